// opts: | -v | -s 2
// SPDX-License-Identifier: GPL-2.0
/*
 * t-int.c - int arrays behind pointers (print_int, print-file.c): the
 * descriptors of pipe, pipe2, socketpair; getresuid's and getresgid's
 * ids; getgroups' and setgroups' lists (at most -s elements unless -v);
 * timer_create's id; the socket calls' lengths passed in and out when
 * the address is not printed (a failure, a NULL address). Failures,
 * NULL and bad pointers.
 */
#include "ptest.h"

#include <signal.h>
#include <sys/socket.h>
#include <time.h>

int main(int argc, char **argv)
{
	uid_t r, e, s;
	gid_t groups[8] = { 0, 1, 2, 3, 4, 65534, 100, 7 }, got[16], bad = (gid_t)-1;
	int fds[2], sv[2], tid, lsock, n;
	socklen_t len = 16, zero = 0;
	char buf[16];

	lsock = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	listen(lsock, 1);

	pt_begin(argc, argv);
	PT(SYS_pipe, fds);
	close(fds[0]);
	close(fds[1]);
	PT(SYS_pipe2, fds, O_CLOEXEC | O_NONBLOCK);
	close(fds[0]);
	close(fds[1]);
	PT(SYS_pipe2, fds, 0xffff);
	PT(SYS_pipe, NULL);
	PT(SYS_pipe, (void *)1);
	PT(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sv);
	close(sv[0]);
	close(sv[1]);
	PT(SYS_socketpair, AF_UNIX, SOCK_DGRAM, 0, NULL);
	PT(SYS_socketpair, AF_INET, SOCK_STREAM, 0, sv);

	PT(SYS_getresuid, &r, &e, &s);
	PT(SYS_getresgid, &r, &e, &s);
	PT(SYS_getresuid, NULL, &e, (void *)1);

	PT(SYS_setgroups, 8, groups);
	n = PT(SYS_getgroups, 0, NULL);
	PT(SYS_getgroups, n, got);
	PT(SYS_getgroups, 1, got);
	PT(SYS_getgroups, n, (void *)1);
	PT(SYS_setgroups, 2, groups);
	PT(SYS_getgroups, 16, got);
	PT(SYS_setgroups, 0, groups);
	PT(SYS_getgroups, 16, got);
	PT(SYS_setgroups, 1, NULL);
	PT(SYS_setgroups, -1, groups);
	PT(SYS_setgroups, 1, (void *)1);
	PT(SYS_setgroups, 1, &bad);
	PT(SYS_setgroups, 1, groups);

	PT(SYS_timer_create, CLOCK_MONOTONIC, NULL, &tid);
	PT(SYS_timer_delete, tid);
	PT(SYS_timer_create, 12345, NULL, &tid);
	PT(SYS_timer_create, CLOCK_MONOTONIC, NULL, NULL);

	PT(SYS_accept, lsock, buf, &len);		/* EAGAIN */
	PT(SYS_accept4, lsock, NULL, &len, SOCK_CLOEXEC);
	PT(SYS_accept, lsock, buf, NULL);
	PT(SYS_accept, lsock, buf, (void *)1);
	PT(SYS_getsockname, -1, buf, &len);
	PT(SYS_getpeername, lsock, NULL, &len);
	PT(SYS_getpeername, -1, buf, &zero);
	PT(SYS_recvfrom, lsock, buf, sizeof(buf), MSG_DONTWAIT, buf, &len);
	PT(SYS_recvfrom, lsock, buf, sizeof(buf), MSG_DONTWAIT, NULL, &len);
	PT(SYS_getsockopt, -1, SOL_SOCKET, SO_TYPE, &n, &len);
	PT(SYS_getsockopt, lsock, SOL_SOCKET, SO_TYPE, &n, NULL);
	close(lsock);
	return pt_end();
}
