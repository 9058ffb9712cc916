// opts: | -v | -x | -xx | -s 8
// SPDX-License-Identifier: GPL-2.0
/*
 * t-sockopt.c - socket option values (print-net.c): setsockopt and
 * getsockopt of ints, struct linger, ucred, errors, strings, multicast
 * requests, packet rings, ICMP filters; short lengths, failures, NULL
 * and bad pointers.
 */
#include "ptest.h"

#include <arpa/inet.h>
#include <linux/icmp.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>

int main(int argc, char **argv)
{
	int one = 1, v = 0, big[4] = { 1, 2, 3, 4 };
	struct linger lg = { 1, 30 };
	struct timeval tv = { 5, 0 };
	struct ucred uc;
	struct ip_mreq mreq;
	struct ipv6_mreq mreq6;
	struct packet_mreq pm = { 1, PACKET_MR_PROMISC, 6, "\1\2\3\4\5\6" };
	struct tpacket_req tr = { 4096, 1, 2048, 2 };
	struct icmp_filter icf = { ~(1u << ICMP_ECHOREPLY) };
	char name[32] = "cubic", buf[64];
	socklen_t len;
	long s, u, s6, pk, nl, raw;
	int sv[2];

	pt_begin(argc, argv);
	s = PT(SYS_socket, AF_INET, SOCK_STREAM, 0);
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	len = sizeof(v);
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_REUSEADDR, &v, &len);
	len = sizeof(big);
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, big, &len);
	len = 2;
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, big, &len);
	len = sizeof(v);
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_ERROR, &v, &len);
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg) - 1);
	len = sizeof(lg);
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_LINGER, &lg, &len);
	len = 4;
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_LINGER, &lg, &len);
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_RCVTIMEO_OLD, &tv, sizeof(tv));
	len = sizeof(tv);
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_RCVTIMEO_OLD, &tv, &len);
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
	len = sizeof(buf);
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_BINDTODEVICE, buf, &len);
	PT(SYS_setsockopt, s, SOL_TCP, TCP_NODELAY, &one, sizeof(one));
	PT(SYS_setsockopt, s, SOL_TCP, TCP_CONGESTION, name, strlen(name));
	len = sizeof(name);
	PT(SYS_getsockopt, s, SOL_TCP, TCP_CONGESTION, name, &len);
	len = sizeof(buf);
	PT(SYS_getsockopt, s, SOL_TCP, TCP_MAXSEG, buf, &len);
	PT(SYS_setsockopt, s, SOL_IP, IP_TOS, &one, sizeof(one));
	PT(SYS_setsockopt, s, SOL_IP, IP_TTL, big, 1);

	/* failures, NULL and bad pointers */
	PT(SYS_setsockopt, 999, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, NULL, sizeof(one));
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, (void *)1, sizeof(one));
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, &one, -1);
	len = sizeof(v);
	PT(SYS_getsockopt, 999, SOL_SOCKET, SO_TYPE, &v, &len);
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, &v, NULL);
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, NULL, &len);
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, (void *)1, &len);
	len = 0;
	PT(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, &v, &len);
	PT(SYS_getsockopt, s, 12345, 1, &v, &len);
	close(s);

	/* multicast, peers, packets, raw */
	u = PT(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	inet_pton(AF_INET, "239.1.2.3", &mreq.imr_multiaddr);
	mreq.imr_interface.s_addr = htonl(INADDR_LOOPBACK);
	PT(SYS_setsockopt, u, SOL_IP, IP_ADD_MEMBERSHIP, &mreq, sizeof(mreq));
	PT(SYS_setsockopt, u, SOL_IP, IP_DROP_MEMBERSHIP, &mreq, 4);
	close(u);
	s6 = PT(SYS_socket, AF_INET6, SOCK_DGRAM, 0);
	inet_pton(AF_INET6, "ff02::1:3", &mreq6.ipv6mr_multiaddr);
	mreq6.ipv6mr_interface = 1;
	PT(SYS_setsockopt, s6, SOL_IPV6, IPV6_ADD_MEMBERSHIP, &mreq6, sizeof(mreq6));
	PT(SYS_setsockopt, s6, SOL_IPV6, IPV6_V6ONLY, &one, sizeof(one));
	close(s6);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	len = sizeof(uc);
	PT(SYS_getsockopt, sv[0], SOL_SOCKET, SO_PEERCRED, &uc, &len);
	len = 8;
	PT(SYS_getsockopt, sv[0], SOL_SOCKET, SO_PEERCRED, &uc, &len);
	close(sv[0]);
	close(sv[1]);
	pk = PT(SYS_socket, AF_PACKET, SOCK_RAW, 0);
	PT(SYS_setsockopt, pk, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &pm, sizeof(pm));
	PT(SYS_setsockopt, pk, SOL_PACKET, PACKET_RX_RING, &tr, sizeof(tr));
	len = sizeof(buf);
	PT(SYS_getsockopt, pk, SOL_PACKET, PACKET_STATISTICS, buf, &len);
	close(pk);
	raw = PT(SYS_socket, AF_INET, SOCK_RAW, IPPROTO_ICMP);
	PT(SYS_setsockopt, raw, SOL_RAW, ICMP_FILTER, &icf, sizeof(icf));
	len = sizeof(icf);
	PT(SYS_getsockopt, raw, SOL_RAW, ICMP_FILTER, &icf, &len);
	close(raw);
	nl = PT(SYS_socket, AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	PT(SYS_setsockopt, nl, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &one, sizeof(one));
	len = sizeof(big);
	PT(SYS_getsockopt, nl, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, big, &len);
	len = sizeof(v);
	PT(SYS_getsockopt, nl, SOL_NETLINK, NETLINK_NO_ENOBUFS, &v, &len);
	close(nl);
	return pt_end();
}
