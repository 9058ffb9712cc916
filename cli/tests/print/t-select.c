// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-select.c - select and pselect6 (print-net.c): the descriptor sets at
 * entry, the ready ones and the time left after the return value; empty,
 * NULL and bad sets, nfds 0, large descriptors, timeouts.
 */
#include "ptest.h"

#include <signal.h>
#include <sys/select.h>
#include <time.h>

int main(int argc, char **argv)
{
	fd_set r, w, e;
	struct timeval tv = { 0, 1000 }, tv2 = { 1, 0 };
	struct timespec ts = { 0, 1000 };
	struct { void *p; size_t len; } sm;
	int p[2], hi;

	pt_begin(argc, argv);
	pipe(p);
	write(p[1], "x", 1);
	hi = dup2(p[0], 1000);
	FD_ZERO(&r); FD_ZERO(&w); FD_ZERO(&e);
	FD_SET(p[0], &r); FD_SET(p[1], &r); FD_SET(p[1], &w); FD_SET(0, &e);
	PT(SYS_select, p[1] + 1, &r, &w, &e, &tv);
	FD_ZERO(&r); FD_SET(p[1], &r);
	PT(SYS_select, p[1] + 1, &r, NULL, NULL, &tv);
	FD_ZERO(&r); FD_SET(p[0], &r); FD_SET(hi, &r);
	PT(SYS_select, hi + 1, &r, NULL, NULL, NULL);
	FD_ZERO(&r); FD_SET(p[0], &r); FD_SET(p[1], &w);
	PT(SYS_select, p[1] + 1, &r, &w, NULL, &tv2);
	PT(SYS_select, p[1], &r, &w, NULL, &tv2);
	PT(SYS_select, 0, &r, NULL, NULL, &tv);
	PT(SYS_select, 0, NULL, NULL, NULL, &tv);
	PT(SYS_select, -1, &r, NULL, NULL, &tv);
	PT(SYS_select, 2, (void *)1, NULL, NULL, &tv);
	PT(SYS_select, 2, NULL, NULL, NULL, (void *)1);
	FD_ZERO(&r); FD_SET(p[1], &r);
	PT(SYS_select, 1024, &r, NULL, NULL, &tv);

	FD_ZERO(&r); FD_SET(p[0], &r); FD_SET(p[1], &w);
	PT(SYS_pselect6, p[1] + 1, &r, &w, NULL, &ts, NULL);
	FD_ZERO(&r); FD_SET(p[1], &r);
	PT(SYS_pselect6, p[1] + 1, &r, NULL, NULL, &ts, NULL);
	/*
	 * A signal mask that is not NULL: the module does not copy the set
	 * the structure points to (strace: {sigmask=[USR2], sigsetsize=8}).
	 */
	sm.p = NULL;
	sm.len = 8;
	FD_ZERO(&r); FD_SET(p[0], &r);
	PT(SYS_pselect6, p[1] + 1, &r, NULL, NULL, NULL, &sm);
	sm.len = 3;
	PT(SYS_pselect6, p[1] + 1, &r, NULL, NULL, NULL, &sm);
	PT(SYS_pselect6, p[1] + 1, &r, NULL, NULL, (void *)1, (void *)1);
	return pt_end();
}
