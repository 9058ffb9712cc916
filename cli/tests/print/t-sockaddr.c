// opts: | -v | -x | -xx | -s 8
// SPDX-License-Identifier: GPL-2.0
/*
 * t-sockaddr.c - socket addresses (print-net.c): connect, bind, sendto
 * (IN, the length an argument), accept, accept4, getsockname, getpeername,
 * recvfrom (OUT, the length behind a socklen_t pointer) on real sockets:
 * AF_UNIX (a path, abstract, unnamed), AF_INET, AF_INET6, AF_NETLINK,
 * AF_PACKET, unknown families, short and bad addresses.
 */
#include "ptest.h"

#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>


static socklen_t un_len(const struct sockaddr_un *un, size_t pathlen)
{
	(void)un;
	return offsetof(struct sockaddr_un, sun_path) + pathlen;
}

static void t_unix(void)
{
	struct sockaddr_un un = { .sun_family = AF_UNIX }, peer;
	struct sockaddr_storage ss;
	socklen_t len;
	long srv, cli, acc;

	snprintf(un.sun_path, sizeof(un.sun_path), "/tmp/kst-net-%d", getpid());
	unlink(un.sun_path);
	srv = PT(SYS_socket, AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
	PT(SYS_bind, srv, &un, un_len(&un, strlen(un.sun_path) + 1));
	PT(SYS_listen, srv, 4);
	cli = PT(SYS_socket, AF_UNIX, SOCK_STREAM, 0);
	PT(SYS_connect, cli, &un, sizeof(un));
	len = sizeof(peer);
	acc = PT(SYS_accept, srv, &peer, &len);
	len = sizeof(ss);
	PT(SYS_getsockname, srv, &ss, &len);
	len = sizeof(ss);
	PT(SYS_getpeername, cli, &ss, &len);
	len = sizeof(ss);
	PT(SYS_getpeername, acc, &ss, &len);
	/* shorter than the address: cut */
	len = 5;
	PT(SYS_getsockname, srv, &ss, &len);
	len = 0;
	PT(SYS_getsockname, srv, &ss, &len);
	/* no address, or no length */
	PT(SYS_getsockname, srv, NULL, &len);
	PT(SYS_getsockname, srv, &ss, NULL);
	PT(SYS_getsockname, srv, NULL, NULL);
	PT(SYS_getsockname, srv, &ss, (void *)1);
	/* failures: the length at entry */
	len = sizeof(ss);
	PT(SYS_getsockname, 999, &ss, &len);
	PT(SYS_accept4, 999, &ss, &len, SOCK_CLOEXEC);
	PT(SYS_accept, srv, NULL, NULL);
	close(acc);
	close(cli);

	/* a second client, accepted with accept4 */
	cli = PT(SYS_socket, AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
	PT(SYS_connect, cli, &un, un_len(&un, strlen(un.sun_path)));
	len = sizeof(ss);
	acc = PT(SYS_accept4, srv, &ss, &len, SOCK_CLOEXEC | SOCK_NONBLOCK);
	close(acc);
	close(cli);
	close(srv);
	unlink(un.sun_path);

	/* abstract */
	memset(&un, 0, sizeof(un));
	un.sun_family = AF_UNIX;
	memcpy(un.sun_path, "\0kst-abstract\n\1", 15);
	srv = PT(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
	PT(SYS_bind, srv, &un, un_len(&un, 15));
	len = sizeof(ss);
	PT(SYS_getsockname, srv, &ss, &len);
	/* an unnamed one: autobind */
	cli = PT(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
	un.sun_path[0] = '\0';
	PT(SYS_bind, cli, &un, sizeof(sa_family_t));
	len = sizeof(ss);
	PT(SYS_getsockname, cli, &ss, &len);
	close(cli);
	close(srv);

	/* a path without NUL, the whole structure */
	memset(un.sun_path, 'x', sizeof(un.sun_path));
	PT(SYS_connect, 999, &un, sizeof(un));
	PT(SYS_connect, 999, &un, un_len(&un, 1));
	un.sun_path[0] = '\0';
	PT(SYS_connect, 999, &un, un_len(&un, 1));
	PT(SYS_connect, 999, &un, un_len(&un, 0));
}

static void t_inet(void)
{
	struct sockaddr_in sin = { .sin_family = AF_INET }, peer;
	struct sockaddr_storage ss;
	char buf[16] = "ping";
	socklen_t len;
	long srv, cli, acc, u1, u2;

	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	srv = PT(SYS_socket, AF_INET, SOCK_STREAM, IPPROTO_TCP);
	PT(SYS_bind, srv, &sin, sizeof(sin));
	len = sizeof(sin);
	PT(SYS_getsockname, srv, &sin, &len);
	PT(SYS_listen, srv, 4);
	cli = PT(SYS_socket, AF_INET, SOCK_STREAM, 0);
	PT(SYS_connect, cli, &sin, sizeof(sin));
	len = sizeof(ss);
	acc = PT(SYS_accept, srv, &ss, &len);
	len = sizeof(peer);
	PT(SYS_getpeername, acc, &peer, &len);
	len = 8;
	PT(SYS_getpeername, acc, &peer, &len);
	close(acc);
	close(cli);
	close(srv);

	/* datagrams: sendto and recvfrom */
	sin.sin_port = 0;
	u1 = PT(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	PT(SYS_bind, u1, &sin, sizeof(sin));
	len = sizeof(sin);
	PT(SYS_getsockname, u1, &sin, &len);
	u2 = PT(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	PT(SYS_sendto, u2, buf, 4, 0, &sin, sizeof(sin));
	PT(SYS_sendto, u2, buf, 4, MSG_DONTWAIT, NULL, 0);
	len = sizeof(ss);
	PT(SYS_recvfrom, u1, buf, sizeof(buf), 0, &ss, &len);
	PT(SYS_sendto, u2, "pong", 4, 0, &sin, sizeof(sin));
	PT(SYS_recvfrom, u1, buf, sizeof(buf), 0, NULL, NULL);
	len = sizeof(ss);
	PT(SYS_recvfrom, u1, buf, sizeof(buf), MSG_DONTWAIT, &ss, &len);
	PT(SYS_recvfrom, u1, buf, sizeof(buf), MSG_DONTWAIT, &ss, NULL);
	PT(SYS_recvfrom, u1, buf, sizeof(buf), MSG_DONTWAIT, NULL, &len);
	/* an address shorter than the sender's: cut, and both lengths */
	PT(SYS_sendto, u2, "pang", 4, 0, &sin, sizeof(sin));
	len = 6;
	PT(SYS_recvfrom, u1, buf, 2, 0, &ss, &len);
	close(u1);
	close(u2);

	/* addresses the call rejects, printed all the same */
	sin.sin_port = htons(80);
	inet_pton(AF_INET, "10.1.2.3", &sin.sin_addr);
	PT(SYS_connect, 999, &sin, sizeof(sin));
	PT(SYS_connect, 999, &sin, sizeof(sin) - 1);
	PT(SYS_connect, 999, &sin, 2);
	PT(SYS_connect, 999, &sin, 1);
	PT(SYS_connect, 999, &sin, 0);
	PT(SYS_connect, 999, &sin, -1);
	PT(SYS_connect, 999, &sin, 200);
	PT(SYS_connect, 999, NULL, 16);
	PT(SYS_connect, 999, (void *)1, 16);
	PT(SYS_bind, 999, &sin, sizeof(sin));
}

static void t_inet6(void)
{
	struct sockaddr_in6 sin6 = { .sin6_family = AF_INET6 };
	struct sockaddr_storage ss;
	socklen_t len;
	long fd;

	sin6.sin6_addr = in6addr_loopback;
	fd = PT(SYS_socket, AF_INET6, SOCK_DGRAM, 0);
	PT(SYS_bind, fd, &sin6, sizeof(sin6));
	len = sizeof(ss);
	PT(SYS_getsockname, fd, &ss, &len);
	close(fd);

	sin6.sin6_port = htons(443);
	sin6.sin6_flowinfo = htonl(0x12345);
	inet_pton(AF_INET6, "2001:db8::1", &sin6.sin6_addr);
	PT(SYS_connect, 999, &sin6, sizeof(sin6));
	sin6.sin6_scope_id = 7;
	PT(SYS_connect, 999, &sin6, sizeof(sin6));
	PT(SYS_connect, 999, &sin6, 24);
	PT(SYS_connect, 999, &sin6, 20);
	inet_pton(AF_INET6, "fe80::1", &sin6.sin6_addr);
	sin6.sin6_scope_id = 1;
	PT(SYS_connect, 999, &sin6, sizeof(sin6));
	sin6.sin6_scope_id = 4242;
	PT(SYS_connect, 999, &sin6, sizeof(sin6));
	inet_pton(AF_INET6, "::ffff:127.0.0.1", &sin6.sin6_addr);
	PT(SYS_connect, 999, &sin6, sizeof(sin6));
}

static void t_other(void)
{
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	struct sockaddr_ll ll = { .sll_family = AF_PACKET };
	struct sockaddr_storage ss;
	socklen_t len;
	long fd;

	fd = PT(SYS_socket, AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	PT(SYS_bind, fd, &nl, sizeof(nl));
	len = sizeof(ss);
	PT(SYS_getsockname, fd, &ss, &len);
	close(fd);
	nl.nl_groups = 0x11;
	nl.nl_pid = 1234;
	PT(SYS_bind, 999, &nl, sizeof(nl));
	nl.nl_pad = 3;
	PT(SYS_bind, 999, &nl, sizeof(nl));

	ll.sll_protocol = htons(0x0800);
	ll.sll_ifindex = 1;
	fd = PT(SYS_socket, AF_PACKET, SOCK_DGRAM, htons(0x0800));
	PT(SYS_bind, fd, &ll, sizeof(ll));
	len = sizeof(ss);
	PT(SYS_getsockname, fd, &ss, &len);
	close(fd);
	ll.sll_hatype = 1;
	ll.sll_pkttype = 4;
	ll.sll_halen = 6;
	memcpy(ll.sll_addr, "\x02\xfc\x00\x00\x00\x01", 6);
	PT(SYS_bind, 999, &ll, sizeof(ll));
	PT(SYS_bind, 999, &ll, offsetof(struct sockaddr_ll, sll_addr) + 3);
	ll.sll_ifindex = 777;
	ll.sll_protocol = htons(0x1234);
	ll.sll_hatype = 0x4321;
	ll.sll_pkttype = 77;
	PT(SYS_bind, 999, &ll, sizeof(ll));

	/* families without a decoder, and unknown ones */
	memset(&ss, 0, sizeof(ss));
	ss.ss_family = AF_APPLETALK;
	memcpy((char *)&ss + 2, "abc\0\1\2", 6);
	PT(SYS_connect, 999, &ss, 8);
	ss.ss_family = 200;
	PT(SYS_connect, 999, &ss, 8);
	ss.ss_family = AF_UNSPEC;
	PT(SYS_connect, 999, &ss, 16);
	PT(SYS_connect, 999, &ss, sizeof(ss));
	PT(SYS_connect, 999, &ss, sizeof(ss) + 8);
}

int main(int argc, char **argv)
{
	pt_begin(argc, argv);
	t_unix();
	t_inet();
	t_inet6();
	t_other();
	return pt_end();
}
