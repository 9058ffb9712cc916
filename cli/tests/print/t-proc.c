// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-proc.c - capabilities, clone3's arguments, message queue attributes
 * (print-process.c): capget, capset, clone3, mq_open, mq_getsetattr,
 * mq_notify's sigevent.
 */
#include "ptest.h"

#include <linux/capability.h>
#include <linux/sched.h>
#include <mqueue.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#define BAD	((void *)1)

static void caps(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];

	PT(SYS_capget, &h, d);
	PT(SYS_capset, &h, d);
	h.version = _LINUX_CAPABILITY_VERSION_1;
	PT(SYS_capget, &h, d);
	d[0].effective = 0;
	d[0].inheritable = 0;
	PT(SYS_capset, &h, d);
	h.version = 0x12345678;
	PT(SYS_capget, &h, d);
	h.version = _LINUX_CAPABILITY_VERSION_2;
	h.pid = -1;
	PT(SYS_capget, &h, d);
	h.pid = 0;
	PT(SYS_capget, &h, NULL);
	PT(SYS_capget, BAD, d);
	d[0].effective = d[0].permitted = 1u << 31 | 1;
	d[0].inheritable = 0;
	d[1].effective = d[1].permitted = 0;
	d[1].inheritable = 1u << 8 | 1u << 20;
	h.version = _LINUX_CAPABILITY_VERSION_3;
	h.pid = 1;
	PT(SYS_capset, &h, d);
}

static void clone3s(void)
{
	struct clone_args ca;
	int status;
	long pid;

	memset(&ca, 0, sizeof(ca));
	ca.exit_signal = SIGCHLD;
	pid = PT(SYS_clone3, &ca, sizeof(ca));
	if (pid == 0)
		_exit(0);
	waitpid(pid, &status, 0);
	ca.flags = CLONE_NEWNS | CLONE_CHILD_SETTID | CLONE_SETTLS |
		   CLONE_PIDFD | CLONE_PARENT_SETTID | CLONE_INTO_CGROUP |
		   0x400000000ULL;
	ca.pidfd = 8;
	ca.child_tid = 16;
	ca.parent_tid = 24;
	ca.exit_signal = 0x80000000U;
	ca.stack = 0x1000;
	ca.stack_size = 0x2000;
	ca.tls = 0x3000;
	ca.cgroup = 5;
	PT(SYS_clone3, &ca, sizeof(ca));
	PT(SYS_clone3, &ca, 64);
	PT(SYS_clone3, &ca, 63);
	ca.flags = CLONE_THREAD;	/* without CLONE_SIGHAND: EINVAL */
	ca.exit_signal = 0;
	PT(SYS_clone3, &ca, 64);
	PT(SYS_clone3, BAD, sizeof(ca));
}

static void mqs(void)
{
	struct mq_attr a = { 0 }, old;
	struct sigevent sev;
	int fd;

	a.mq_maxmsg = 2;
	a.mq_msgsize = 16;
	a.mq_flags = O_NONBLOCK;
	fd = PT(SYS_mq_open, "kstrace-t-proc", O_CREAT | O_RDWR, 0600, &a);
	PT(SYS_mq_getsetattr, fd, NULL, &old);
	PT(SYS_mq_getsetattr, fd, &a, &old);
	a.mq_flags = 0x12345;
	PT(SYS_mq_getsetattr, fd, &a, NULL);
	PT(SYS_mq_getsetattr, -1, &a, &old);
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	PT(SYS_mq_notify, fd, &sev);
	PT(SYS_mq_notify, fd, NULL);
	PT(SYS_mq_unlink, "kstrace-t-proc");
	close(fd);
	a.mq_maxmsg = -1;
	PT(SYS_mq_open, "kstrace-t-proc", O_CREAT | O_EXCL | O_RDWR, 0600, &a);
}

int main(int argc, char **argv)
{
	sigset_t chld;

	/*
	 * SIGCHLD stays pending: strace would print its delivery between a
	 * marker and the call after it.
	 */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pt_begin(argc, argv);
	caps();
	clone3s();
	mqs();
	return pt_end();
}
