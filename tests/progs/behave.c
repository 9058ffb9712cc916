// SPDX-License-Identifier: GPL-2.0
/*
 * behave - small programs whose traces tests/guest/43-behaviour.t compares
 * between strace and kstrace: calls that block, signals, deaths.
 *
 *   behave read             read(0) once (a pipe the test writes later)
 *   behave sleep SEC        nanosleep
 *   behave wait SEC         fork a child that sleeps SEC, wait4 for it
 *   behave signals          SIGUSR1 raised and handled, then a child
 *                           whose end brings a handled SIGCHLD
 *   behave segv             a write through NULL (SIGSEGV)
 *   behave kill9            SIGKILL to itself
 *   behave stop             SIGSTOP to itself, then exit 0 once continued
 *   behave ignore-term SEC  SIGTERM ignored, then nanosleep
 *   behave calls N          N getppid calls, then exit 0
 *   behave threads SEC      a thread sleeps SEC while the main one joins it
 *   behave id               print the real and effective uid and gid, and
 *                           the groups
 *   behave exec PROG ARGS   execve PROG (for -b execve)
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void nap(long sec)
{
	struct timespec ts = { sec, 0 };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

static void on_sig(int sig)
{
	(void)sig;
}

static int signals(void)
{
	struct sigaction sa = { .sa_handler = on_sig };
	pid_t pid;

	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	/* a handler: the kernel delivers SIGCHLD instead of discarding it */
	sigaction(SIGCHLD, &sa, NULL);
	raise(SIGUSR1);
	pid = fork();
	if (pid == 0)
		_exit(3);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	return 0;
}

static int waitchild(long sec)
{
	pid_t pid = fork();

	if (pid == 0) {
		nap(sec);
		_exit(0);
	}
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	return 0;
}

static void *sleeper(void *arg)
{
	nap((long)arg);
	return NULL;
}

static int threads(long sec)
{
	pthread_t t;

	if (pthread_create(&t, NULL, sleeper, (void *)sec))
		return 1;
	return pthread_join(t, NULL) != 0;
}

static int id(void)
{
	gid_t groups[64];
	int i, n = getgroups(64, groups);

	printf("uid=%u euid=%u gid=%u egid=%u groups=", getuid(), geteuid(),
	       getgid(), getegid());
	for (i = 0; i < n; i++)
		printf("%s%u", i ? "," : "", groups[i]);
	putchar('\n');
	return 0;
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	long n = argc > 2 ? atol(argv[2]) : 1;
	char buf[64];

	if (!strcmp(what, "read"))
		return read(0, buf, sizeof(buf)) < 0;
	if (!strcmp(what, "sleep")) {
		nap(n);
		return 0;
	}
	if (!strcmp(what, "wait"))
		return waitchild(n);
	if (!strcmp(what, "signals"))
		return signals();
	if (!strcmp(what, "segv"))
		*(volatile int *)NULL = 1;
	if (!strcmp(what, "kill9"))
		kill(getpid(), SIGKILL);
	if (!strcmp(what, "stop")) {
		raise(SIGSTOP);
		return 0;
	}
	if (!strcmp(what, "ignore-term")) {
		signal(SIGTERM, SIG_IGN);
		nap(n);
		return 0;
	}
	if (!strcmp(what, "calls")) {
		while (n-- > 0)
			syscall(SYS_getppid);
		return 0;
	}
	if (!strcmp(what, "threads"))
		return threads(n);
	if (!strcmp(what, "id"))
		return id();
	if (!strcmp(what, "exec") && argc > 2) {
		execv(argv[2], argv + 2);
		return 127;
	}
	fprintf(stderr, "usage: behave read|sleep|wait|signals|segv|kill9|stop|ignore-term|calls|threads|id|exec ...\n");
	return 2;
}
