// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-deref.c - memory behind a structure's pointer fields (DEREF rules of
 * include/kstrace/sysargs.h): what clone3 wrote through parent_tid and
 * pidfd, pselect6's signal mask.
 */
#include <linux/sched.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/wait.h>

#include "ptest.h"

int main(int argc, char **argv)
{
	struct clone_args ca = { 0 };
	struct { const sigset_t *ss; size_t len; } sm;
	struct timespec ts = { 0, 1000 };
	sigset_t set;
	int ptid = 0, pidfd = -1;
	long pid;

	pt_begin(argc, argv);
	ca.flags = CLONE_PARENT_SETTID | CLONE_PIDFD;
	ca.parent_tid = (uintptr_t)&ptid;
	ca.pidfd = (uintptr_t)&pidfd;
	ca.exit_signal = SIGCHLD;
	pid = PT(SYS_clone3, &ca, sizeof(ca));
	if (pid == 0)
		_exit(0);
	waitpid(pid, NULL, 0);
	ca.flags = CLONE_PARENT_SETTID;
	pid = PT(SYS_clone3, &ca, sizeof(ca));
	if (pid == 0)
		_exit(0);
	waitpid(pid, NULL, 0);

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sm.ss = &set;
	sm.len = 8;
	PT(SYS_pselect6, 0, NULL, NULL, NULL, &ts, &sm);
	sm.len = 9;
	PT(SYS_pselect6, 0, NULL, NULL, NULL, &ts, &sm);
	sm.ss = (void *)1;
	sm.len = 8;
	PT(SYS_pselect6, 0, NULL, NULL, NULL, &ts, &sm);
	return pt_end();
}
