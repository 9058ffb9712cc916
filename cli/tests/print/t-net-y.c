// opts: -y | -y -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-net-y.c - descriptors inside net structures with -y (print-net.c):
 * pollfd arrays, select sets, SCM_RIGHTS. The descriptors are opened by
 * recorded calls, so that kstrace knows their paths from the trace.
 */
#include "ptest.h"

#include <poll.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/uio.h>

int main(int argc, char **argv)
{
	struct pollfd f[2];
	struct timeval tv = { 0, 0 };
	union {
		char buf[CMSG_SPACE(2 * sizeof(int))];
		struct cmsghdr align;
	} ctl;
	struct iovec iov = { (char *)"y", 1 };
	struct msghdr m = { NULL, 0, &iov, 1, ctl.buf, sizeof(ctl.buf), 0 };
	struct cmsghdr *c;
	fd_set r;
	long a, b;
	int sv[2];

	pt_begin(argc, argv);
	a = PT(SYS_open, "/dev/null", O_RDONLY);
	b = PT(SYS_open, "/dev/zero", O_RDONLY);
	f[0] = (struct pollfd){ a, POLLIN, 0 };
	f[1] = (struct pollfd){ b, POLLIN, 0 };
	PT(SYS_poll, f, 2, 0);
	FD_ZERO(&r);
	FD_SET(a, &r);
	FD_SET(b, &r);
	PT(SYS_select, b + 1, &r, NULL, NULL, &tv);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	memset(&ctl, 0, sizeof(ctl));
	c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(2 * sizeof(int));
	memcpy(CMSG_DATA(c), (int[]){ a, b }, 2 * sizeof(int));
	PT(SYS_sendmsg, 999, &m, 0);
	return pt_end();
}
