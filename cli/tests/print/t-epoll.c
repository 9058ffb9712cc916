// opts: | -v | -s 2
// SPDX-License-Identifier: GPL-2.0
/*
 * t-epoll.c - epoll events (print-net.c): epoll_ctl's event, what
 * epoll_wait, epoll_pwait and epoll_pwait2 return; none ready, failures,
 * EPOLL_CTL_DEL, NULL and bad pointers, more events than -s.
 */
#include "ptest.h"

#include <signal.h>
#include <sys/epoll.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct epoll_event ev, out[8];
	struct timespec ts = { 0, 1000 };
	sigset_t set;
	int p[2], q[2], ep;

	pt_begin(argc, argv);
	pipe(p);
	pipe(q);
	write(p[1], "x", 1);
	ep = epoll_create1(0);
	ev.events = EPOLLIN | EPOLLET;
	ev.data.u64 = 0x1122334455667788ULL;
	PT(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], &ev);
	ev.events = EPOLLOUT;
	ev.data.fd = p[1];
	PT(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[1], &ev);
	ev.events = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT | 0x1000;
	ev.data.u64 = 3;
	PT(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, q[0], &ev);
	ev.events = EPOLLOUT | EPOLLWAKEUP | EPOLLEXCLUSIVE;
	PT(SYS_epoll_ctl, ep, EPOLL_CTL_MOD, q[0], &ev);
	PT(SYS_epoll_ctl, ep, EPOLL_CTL_DEL, q[0], &ev);
	PT(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, q[1], NULL);
	PT(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, q[1], (void *)1);
	ev.events = 0;
	PT(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, q[1], &ev);
	PT(SYS_epoll_ctl, ep, 9, q[1], &ev);

	PT(SYS_epoll_wait, ep, out, 8, 0);
	PT(SYS_epoll_wait, ep, out, 1, 0);
	PT(SYS_epoll_wait, 999, out, 8, 0);
	PT(SYS_epoll_wait, ep, NULL, 8, 0);
	PT(SYS_epoll_wait, ep, (void *)1, 8, 0);
	PT(SYS_epoll_pwait, ep, out, 8, 0, NULL, 8);
	sigemptyset(&set);
	sigaddset(&set, SIGHUP);
	PT(SYS_epoll_pwait, ep, out, 8, 1, &set, 8);
	PT(SYS_epoll_pwait2, ep, out, 8, &ts, NULL, 8);
	PT(SYS_epoll_pwait2, ep, out, 8, NULL, &set, 8);
	PT(SYS_epoll_pwait2, ep, out, 8, (void *)1, NULL, 8);
	read(p[0], out, 1);
	PT(SYS_epoll_ctl, ep, EPOLL_CTL_DEL, p[1], NULL);
	PT(SYS_epoll_wait, ep, out, 8, 1);
	PT(SYS_epoll_pwait2, ep, out, 8, &ts, NULL, 8);
	return pt_end();
}
