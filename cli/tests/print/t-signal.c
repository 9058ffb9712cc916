// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-signal.c - signal actions, sets, siginfo and stacks
 * (print-process.c): rt_sigaction, rt_sigprocmask, rt_sigpending,
 * rt_sigqueueinfo and rt_sigtimedwait with siginfo of every kind a
 * process may queue to itself, sigaltstack, signalfd4.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/signalfd.h>

#include "ptest.h"

#define BAD	((void *)1)

/* The kernel's struct sigaction on x86-64. */
struct ksigaction {
	unsigned long handler, flags, restorer;
	uint64_t mask;
};

static void handler(int sig)
{
	(void)sig;
}

static uint64_t bit(int sig)
{
	return 1ULL << (sig - 1);
}

static void actions(void)
{
	struct ksigaction act = { 0 }, old;

	act.handler = (unsigned long)handler;
	act.flags = 0x04000000 | SA_RESTART;	/* SA_RESTORER */
	act.restorer = 0x1234;
	act.mask = bit(SIGINT) | bit(SIGTERM);
	PT(SYS_rt_sigaction, SIGUSR1, &act, &old, 8);
	PT(SYS_rt_sigaction, SIGUSR1, NULL, &old, 8);
	PT(SYS_rt_sigaction, SIGUSR2, NULL, &old, 8);
	act.handler = 1;		/* SIG_IGN */
	act.flags = 0;
	act.mask = ~(bit(SIGKILL) | bit(SIGSTOP));
	PT(SYS_rt_sigaction, SIGUSR2, &act, &old, 8);
	act.handler = 0;
	act.flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESETHAND |
		    SA_NOCLDSTOP | SA_NOCLDWAIT | 0x400;
	act.mask = bit(32) | bit(33) | bit(64) | bit(SIGHUP);
	PT(SYS_rt_sigaction, SIGCHLD, &act, &old, 8);
	act.flags = 0;
	act.mask = 0;
	PT(SYS_rt_sigaction, SIGCHLD, &act, NULL, 8);
	act.handler = ~0UL;		/* SIG_ERR */
	PT(SYS_rt_sigaction, SIGURG, &act, &old, 8);
	act.handler = 2;
	PT(SYS_rt_sigaction, SIGURG, &act, &old, 8);
	act.handler = 0;
	PT(SYS_rt_sigaction, SIGURG, &act, &old, 8);
	PT(SYS_rt_sigaction, SIGKILL, &act, &old, 8);
	PT(SYS_rt_sigaction, SIGUSR1, &act, &old, 7);
	PT(SYS_rt_sigaction, SIGUSR1, BAD, &old, 8);
	PT(SYS_rt_sigaction, 0, NULL, NULL, 8);
}

static void masks(void)
{
	uint64_t set = bit(SIGUSR1) | bit(SIGUSR2) | bit(SIGHUP) | bit(SIGCHLD) |
		       bit(SIGSEGV) | bit(SIGIO) | bit(SIGBUS) | bit(SIGRTMIN + 2),
		 old = 0, all = ~0ULL;
	uint32_t small = 0;

	PT(SYS_rt_sigprocmask, SIG_BLOCK, &set, &old, 8);
	PT(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &old, 8);
	PT(SYS_rt_sigprocmask, SIG_UNBLOCK, &all, NULL, 4);
	PT(SYS_rt_sigprocmask, SIG_UNBLOCK, &all, &old, 16);
	PT(SYS_rt_sigprocmask, 12345, &set, &old, 8);
	PT(SYS_rt_sigprocmask, SIG_SETMASK, BAD, &old, 8);
	PT(SYS_rt_sigprocmask, SIG_BLOCK, NULL, NULL, 8);
	PT(SYS_rt_sigpending, &old, 8);
	PT(SYS_rt_sigpending, &small, 4);
	PT(SYS_rt_sigpending, &old, 16);
	PT(SYS_signalfd4, -1, &set, 8, SFD_CLOEXEC);
	PT(SYS_signalfd4, -1, &set, 4, 0);
	PT(SYS_signalfd, -1, &set, 8);
	PT(SYS_signalfd, -1, BAD, 8);
}

/* Queues si to this process (SIG blocked), then takes it back. */
static void queue(int sig, int code, siginfo_t *si)
{
	struct timespec ts = { 0, 0 };
	uint64_t set = bit(sig);
	siginfo_t got;

	si->si_signo = sig;
	si->si_code = code;
	PT(SYS_rt_sigqueueinfo, getpid(), sig, si);
	PT(SYS_rt_sigtimedwait, &set, &got, &ts, 8);
}

static void infos(void)
{
	struct timespec ts = { 0, 0 };
	uint64_t set = bit(SIGUSR1);
	siginfo_t si, got;

	memset(&si, 0, sizeof(si));
	si.si_pid = getpid();
	si.si_uid = getuid();
	si.si_value.sival_ptr = &si;
	queue(SIGUSR1, SI_QUEUE, &si);
	si.si_value.sival_ptr = NULL;
	queue(SIGUSR1, SI_QUEUE, &si);
	queue(SIGUSR2, SI_USER, &si);
	queue(SIGUSR2, SI_TKILL, &si);
	si.si_uid = -1;
	queue(SIGUSR1, SI_MESGQ, &si);
	si.si_errno = ENOENT;
	queue(SIGUSR1, -100, &si);
	si.si_errno = 4000;
	queue(SIGUSR1, SI_ASYNCIO, &si);
	si.si_errno = 0;

	memset(&si, 0, sizeof(si));
	si.si_timerid = 0x12;
	si.si_overrun = 3;
	si.si_value.sival_int = 5;
	queue(SIGUSR2, SI_TIMER, &si);
	memset(&si, 0, sizeof(si));
	si.si_band = 65;
	si.si_fd = 3;
	queue(SIGIO, SI_SIGIO, &si);
	queue(SIGIO, POLL_IN, &si);
	queue(SIGIO, POLL_HUP, &si);

	memset(&si, 0, sizeof(si));
	si.si_pid = 77;
	si.si_uid = 1000;
	si.si_status = 3;
	si.si_utime = 123;
	queue(SIGCHLD, CLD_EXITED, &si);
	si.si_status = SIGKILL;
	si.si_utime = 0;
	si.si_stime = 1;
	queue(SIGCHLD, CLD_KILLED, &si);
	si.si_status = 99;
	queue(SIGCHLD, CLD_STOPPED, &si);

	memset(&si, 0, sizeof(si));
	si.si_addr = &si;
	queue(SIGSEGV, SEGV_MAPERR, &si);
	queue(SIGSEGV, SI_KERNEL, &si);
	si.si_addr_lsb = 12;
	queue(SIGBUS, BUS_MCEERR_AR, &si);
	queue(SIGBUS, BUS_ADRALN, &si);
	queue(SIGSEGV, 77, &si);
	memset(&si, 0, sizeof(si));
	queue(SIGHUP, 5, &si);
	si.si_pid = 1;
	queue(SIGHUP, 5, &si);

	PT(SYS_rt_sigtimedwait, &set, &got, &ts, 8);
	PT(SYS_rt_sigtimedwait, &set, NULL, &ts, 8);
	PT(SYS_rt_sigtimedwait, &set, &got, NULL, 16);
	PT(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, BAD);
	PT(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, NULL);

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = 5;
	PT(SYS_rt_tgsigqueueinfo, getpid(), getpid(), SIGUSR1, &si);
	PT(SYS_rt_sigtimedwait, &set, &got, &ts, 8);
}

static void stacks(void)
{
	static char mem[65536];
	stack_t ss = { mem, 0, sizeof(mem) }, old;

	PT(SYS_sigaltstack, &ss, &old);
	PT(SYS_sigaltstack, NULL, &old);
	ss.ss_flags = SS_DISABLE;
	PT(SYS_sigaltstack, &ss, NULL);
	ss.ss_flags = 12345;
	PT(SYS_sigaltstack, &ss, &old);
	ss.ss_flags = (int)0x80000000 /* SS_AUTODISARM */;
	ss.ss_size = 1;
	PT(SYS_sigaltstack, &ss, &old);
	PT(SYS_sigaltstack, BAD, BAD);
}

int main(int argc, char **argv)
{
	pt_begin(argc, argv);
	actions();
	masks();
	infos();
	stacks();
	return pt_end();
}
