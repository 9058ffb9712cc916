// opts: | -v | -xx | -s 2
// SPDX-License-Identifier: GPL-2.0
/*
 * t-cmsg.c - control messages the kernel writes (print-net.c): received
 * timestamps, IP_PKTINFO, IP_TTL, IP_TOS, IP_ORIGDSTADDR, the error queue
 * (IP_RECVERR), many descriptors (SCM_RIGHTS beyond -s).
 */
#include "ptest.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

static long udp_pair(long *u2, struct sockaddr_in *a)
{
	socklen_t len = sizeof(*a);
	long u1 = socket(AF_INET, SOCK_DGRAM, 0);

	memset(a, 0, sizeof(*a));
	a->sin_family = AF_INET;
	a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(u1, (struct sockaddr *)a, sizeof(*a));
	getsockname(u1, (struct sockaddr *)a, &len);
	*u2 = socket(AF_INET, SOCK_DGRAM, 0);
	return u1;
}

static void recv_one(long u1, long u2, const struct sockaddr_in *a, int flags)
{
	char buf[16], ctl[512];
	struct iovec iov = { buf, sizeof(buf) };
	struct msghdr m = { NULL, 0, &iov, 1, ctl, sizeof(ctl), 0 };

	sendto(u2, "x", 1, 0, (const struct sockaddr *)a, sizeof(*a));
	PT(SYS_recvmsg, u1, &m, flags);
}

int main(int argc, char **argv)
{
	struct sockaddr_in a, closed;
	int one = 1, fds[6] = { 0, 1, 2, 0, 1, 2 }, sv[2];
	union {
		char buf[CMSG_SPACE(sizeof(fds))];
		struct cmsghdr align;
	} ctl;
	char rctl[256], data[4] = "fds", ebuf[64], ectl[256];
	struct iovec iov = { data, 3 }, eiov = { ebuf, sizeof(ebuf) };
	struct msghdr m = { NULL, 0, &iov, 1, ctl.buf, sizeof(ctl.buf), 0 };
	struct msghdr em = { NULL, 0, &eiov, 1, ectl, sizeof(ectl), 0 };
	struct cmsghdr *c;
	long u1, u2, e;

	pt_begin(argc, argv);
	u1 = udp_pair(&u2, &a);
	setsockopt(u1, SOL_SOCKET, SO_TIMESTAMP_OLD, &one, sizeof(one));
	recv_one(u1, u2, &a, 0);
	setsockopt(u1, SOL_SOCKET, SO_TIMESTAMP_OLD, &(int){ 0 }, sizeof(int));
	setsockopt(u1, SOL_SOCKET, SO_TIMESTAMPNS_OLD, &one, sizeof(one));
	recv_one(u1, u2, &a, 0);
	setsockopt(u1, SOL_SOCKET, SO_TIMESTAMPNS_OLD, &(int){ 0 }, sizeof(int));
	setsockopt(u1, SOL_IP, IP_PKTINFO, &one, sizeof(one));
	setsockopt(u1, SOL_IP, IP_RECVTTL, &one, sizeof(one));
	setsockopt(u1, SOL_IP, IP_RECVTOS, &one, sizeof(one));
	setsockopt(u1, SOL_IP, IP_RECVORIGDSTADDR, &one, sizeof(one));
	recv_one(u1, u2, &a, MSG_DONTWAIT);
	close(u1);
	close(u2);

	/* the error queue: a datagram to a closed port */
	e = socket(AF_INET, SOCK_DGRAM, 0);
	setsockopt(e, SOL_IP, IP_RECVERR, &one, sizeof(one));
	closed = a;
	closed.sin_port = htons(9);
	connect(e, (struct sockaddr *)&closed, sizeof(closed));
	send(e, "lost", 4, 0);
	usleep(20000);
	PT(SYS_recvmsg, e, &em, MSG_ERRQUEUE | MSG_DONTWAIT);
	close(e);

	/* six descriptors: more than -s 2 */
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(fds));
	memcpy(CMSG_DATA(c), fds, sizeof(fds));
	PT(SYS_sendmsg, sv[0], &m, 0);
	m.msg_control = rctl;
	m.msg_controllen = sizeof(rctl);
	PT(SYS_recvmsg, sv[1], &m, 0);
	return pt_end();
}
