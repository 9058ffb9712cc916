// opts: | -v | -x | -xx | -s 8
// SPDX-License-Identifier: GPL-2.0
/*
 * t-msg.c - message headers (print-net.c): sendmsg, recvmsg with names,
 * data and control messages (SCM_RIGHTS, SCM_CREDENTIALS, others),
 * sendmmsg and recvmmsg; failures, NULL and bad pointers, short control
 * buffers.
 */
#include "ptest.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>


static void t_unix(void)
{
	union {
		char buf[CMSG_SPACE(3 * sizeof(int)) + CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} ctl;
	char rctl[256], data[64] = "message", rbuf[64];
	struct iovec iov[2] = { { data, 7 }, { (char *)"\n2nd", 4 } };
	struct iovec riov = { rbuf, sizeof(rbuf) };
	struct msghdr m = { .msg_iov = iov, .msg_iovlen = 2 };
	struct msghdr r = { .msg_iov = &riov, .msg_iovlen = 1 };
	struct cmsghdr *c;
	struct ucred uc = { getpid(), getuid(), getgid() };
	int sv[2], one = 1;

	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
	PT(SYS_sendmsg, sv[0], &m, 0);
	PT(SYS_recvmsg, sv[1], &r, 0);

	/* descriptors and credentials */
	memset(&ctl, 0, sizeof(ctl));
	m.msg_control = ctl.buf;
	m.msg_controllen = sizeof(ctl.buf);
	c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(3 * sizeof(int));
	memcpy(CMSG_DATA(c), (int[]){ 0, 1, 2 }, 3 * sizeof(int));
	c = CMSG_NXTHDR(&m, c);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_CREDENTIALS;
	c->cmsg_len = CMSG_LEN(sizeof(uc));
	memcpy(CMSG_DATA(c), &uc, sizeof(uc));
	PT(SYS_sendmsg, sv[0], &m, MSG_DONTWAIT);
	r.msg_control = rctl;
	r.msg_controllen = sizeof(rctl);
	PT(SYS_recvmsg, sv[1], &r, MSG_CMSG_CLOEXEC);
	/* a control buffer too short for what came: MSG_CTRUNC */
	PT(SYS_sendmsg, sv[0], &m, 0);
	r.msg_controllen = CMSG_SPACE(sizeof(int));
	PT(SYS_recvmsg, sv[1], &r, 0);

	/* control data the call rejects, printed all the same */
	m.msg_controllen = 8;
	PT(SYS_sendmsg, sv[0], &m, 0);
	m.msg_controllen = CMSG_LEN(3 * sizeof(int)) + 4;
	PT(SYS_sendmsg, sv[0], &m, 0);
	c = CMSG_FIRSTHDR(&m);
	c->cmsg_type = 77;
	m.msg_controllen = CMSG_LEN(3 * sizeof(int));
	PT(SYS_sendmsg, sv[0], &m, 0);
	c->cmsg_level = 77;
	PT(SYS_sendmsg, sv[0], &m, 0);
	c->cmsg_level = SOL_IP;
	c->cmsg_type = IP_TTL;
	PT(SYS_sendmsg, sv[0], &m, 0);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_CREDENTIALS;
	PT(SYS_sendmsg, sv[0], &m, 0);
	c->cmsg_len = 0;
	PT(SYS_sendmsg, sv[0], &m, 0);
	c->cmsg_len = 1000;
	PT(SYS_sendmsg, sv[0], &m, 0);
	m.msg_control = (void *)1;
	PT(SYS_sendmsg, sv[0], &m, 0);
	m.msg_control = NULL;
	m.msg_controllen = 0;

	/* failures, NULL and bad pointers */
	r.msg_control = NULL;
	r.msg_controllen = 0;
	PT(SYS_recvmsg, sv[1], &r, MSG_DONTWAIT);
	PT(SYS_recvmsg, 999, &r, 0);
	PT(SYS_sendmsg, 999, &m, 0);
	PT(SYS_sendmsg, sv[0], NULL, 0);
	PT(SYS_sendmsg, sv[0], (void *)1, 0);
	PT(SYS_recvmsg, sv[1], NULL, 0);
	m.msg_iov = NULL;
	m.msg_iovlen = 0;
	PT(SYS_sendmsg, sv[0], &m, 0);
	m.msg_iov = (void *)1;
	m.msg_iovlen = 1;
	PT(SYS_sendmsg, sv[0], &m, 0);
	close(sv[0]);
	close(sv[1]);
}

static void t_inet(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET }, from;
	struct sockaddr_storage ss;
	char buf[32] = "datagram", rbuf[32], rbuf2[32];
	struct iovec iov = { buf, 8 }, riov = { rbuf, sizeof(rbuf) };
	struct iovec riov2 = { rbuf2, 4 };
	struct msghdr m = { &a, sizeof(a), &iov, 1, NULL, 0, 0 };
	struct msghdr r = { &ss, sizeof(ss), &riov, 1, NULL, 0, 0 };
	struct mmsghdr mm[3], rm[3];
	struct timespec ts = { 1, 0 };
	socklen_t len = sizeof(a);
	long u1, u2;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	u1 = PT(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	bind(u1, (struct sockaddr *)&a, sizeof(a));
	getsockname(u1, (struct sockaddr *)&a, &len);
	u2 = PT(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	PT(SYS_sendmsg, u2, &m, 0);
	PT(SYS_recvmsg, u1, &r, 0);
	/* a name buffer shorter than the name */
	PT(SYS_sendmsg, u2, &m, 0);
	r.msg_namelen = 8;
	PT(SYS_recvmsg, u1, &r, 0);
	/* truncated: MSG_TRUNC */
	PT(SYS_sendmsg, u2, &m, 0);
	r.msg_namelen = sizeof(ss);
	r.msg_iov = &riov2;
	PT(SYS_recvmsg, u1, &r, 0);

	/* mmsg: three out, three in */
	memset(mm, 0, sizeof(mm));
	memset(rm, 0, sizeof(rm));
	for (int i = 0; i < 3; i++) {
		mm[i].msg_hdr = m;
		rm[i].msg_hdr.msg_iov = i ? &riov2 : &riov;
		rm[i].msg_hdr.msg_iovlen = 1;
	}
	mm[1].msg_hdr.msg_name = NULL;
	mm[1].msg_hdr.msg_namelen = 0;
	PT(SYS_sendmmsg, u2, mm, 2, 0);
	PT(SYS_recvmmsg, u1, rm, 3, MSG_DONTWAIT, NULL);
	PT(SYS_sendmmsg, u2, mm, 1, 0);
	rm[0].msg_hdr.msg_name = &from;
	rm[0].msg_hdr.msg_namelen = sizeof(from);
	PT(SYS_recvmmsg, u1, rm, 3, MSG_WAITFORONE, &ts);
	PT(SYS_sendmmsg, 999, mm, 2, 0);
	PT(SYS_recvmmsg, 999, rm, 2, 0, NULL);
	PT(SYS_recvmmsg, u1, rm, 2, MSG_DONTWAIT, &ts);
	PT(SYS_sendmmsg, u2, NULL, 2, 0);
	PT(SYS_sendmmsg, u2, mm, 0, 0);
	close(u1);
	close(u2);
}

int main(int argc, char **argv)
{
	pt_begin(argc, argv);
	t_unix();
	t_inet();
	return pt_end();
}
