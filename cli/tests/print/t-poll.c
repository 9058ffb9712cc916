// opts: | -v | -s 2
// SPDX-License-Identifier: GPL-2.0
/*
 * t-poll.c - poll and ppoll (print-net.c): the pollfd array at entry,
 * the ready ones after the return value, ppoll's time left; timeouts,
 * negative descriptors, NULL and bad pointers, more entries than -s.
 */
#include "ptest.h"

#include <poll.h>
#include <signal.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct pollfd f[4], many[6];
	struct timespec ts = { 0, 1000 }, big = { 2, 500000000 };
	sigset_t set;
	int p[2], q[2], i;

	pt_begin(argc, argv);
	pipe(p);
	pipe(q);
	write(p[1], "x", 1);
	f[0] = (struct pollfd){ p[0], POLLIN | POLLPRI, 0 };
	f[1] = (struct pollfd){ p[1], POLLOUT, 0 };
	f[2] = (struct pollfd){ -1, POLLIN, 0 };
	f[3] = (struct pollfd){ q[0], POLLIN | POLLRDNORM | 0x8000, 0 };
	PT(SYS_poll, f, 4, 0);
	PT(SYS_poll, f, 1, 10);
	PT(SYS_poll, f + 2, 2, 0);
	PT(SYS_poll, f, 0, 0);
	PT(SYS_poll, NULL, 0, 0);
	PT(SYS_poll, NULL, 1, 0);
	PT(SYS_poll, (void *)1, 1, 0);
	PT(SYS_poll, f + 3, 1, 1);
	close(q[1]);
	PT(SYS_poll, f + 3, 1, 1);
	f[3].fd = 999;
	PT(SYS_poll, f + 3, 1, 1);

	PT(SYS_ppoll, f, 4, &ts, NULL, 8);
	PT(SYS_ppoll, f, 2, &big, NULL, 8);
	PT(SYS_ppoll, f + 2, 1, &ts, NULL, 8);
	PT(SYS_ppoll, f, 2, NULL, NULL, 8);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	PT(SYS_ppoll, f, 1, &ts, &set, 8);
	PT(SYS_ppoll, f, 1, &ts, NULL, 4);
	PT(SYS_ppoll, f, 1, (void *)1, NULL, 8);

	for (i = 0; i < 6; i++)
		many[i] = (struct pollfd){ i % 2 ? p[1] : p[0], POLLIN | POLLOUT, 0 };
	PT(SYS_poll, many, 6, 0);
	PT(SYS_ppoll, many, 6, &ts, NULL, 8);
	return pt_end();
}
