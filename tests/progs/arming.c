// SPDX-License-Identifier: GPL-2.0
/*
 * arming - attach with -f to a process that creates threads without
 * pause, for 35-targets.t: no thread may escape tracing while the target
 * is being armed.
 *
 * usage: arming ROUNDS CHAINS
 *
 * Each round forks a child whose CHAINS threads each create their
 * successor and end, over and over; attaches to it with follow; lets it
 * run 100 ms; then has it freeze (SIGUSR1: each chain's current thread
 * stops creating and sleeps). Once the child has CHAINS + 1 threads (or
 * after 30 s: a loaded debug kernel can take longer to end the last
 * creators), all created after the attach but the main one, every thread
 * alive must be traced: the session's "tasks" must be at least the
 * threads /proc counts right after it. A thread that was not yet armed
 * when it created its successor loses that successor's chain.
 * Prints "rounds R good G short S untracked U" and one line per short
 * round; exits 0.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include "kst.h"

static volatile sig_atomic_t frozen;

static void on_usr1(int sig)
{
	(void)sig;
	frozen = 1;
}

static void *chain(void *arg)
{
	pthread_attr_t attr;
	pthread_t next;

	syscall(SYS_getpid);
	if (frozen) {
		for (;;)
			pause();
	}
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	while (pthread_create(&next, &attr, chain, arg))
		sched_yield();
	return NULL;
}

static void child(int chains)
{
	pthread_attr_t attr;
	pthread_t t;
	int i;

	signal(SIGUSR1, on_usr1);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	for (i = 0; i < chains; i++)
		if (pthread_create(&t, &attr, chain, NULL))
			_exit(2);
	for (;;)
		pause();
}

static int threads_of(pid_t pid)
{
	char path[64], line[256];
	int n = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "Threads: %d", &n) == 1)
			break;
	fclose(f);
	return n;
}

int main(int argc, char **argv)
{
	int rounds, chains, i, k, fd, n, live, good = 0, shortr = 0;
	unsigned long untracked = 0;
	const char *res;
	pid_t pid;

	if (argc != 3 || (rounds = atoi(argv[1])) <= 0 || (chains = atoi(argv[2])) <= 0) {
		fputs("usage: arming ROUNDS CHAINS\n", stderr);
		return 2;
	}
	for (i = 0; i < rounds; i++) {
		pid = fork();
		if (pid < 0)
			return 2;
		if (!pid)
			child(chains);
		kst_nap_ms(50);
		fd = kst_open();
		if (kst_cmd(fd, "attach %d", pid) || kst_cmd(fd, "follow 1") ||
		    kst_cmd(fd, "summary 0") || kst_cmd(fd, "start")) {
			perror("session");
			return 2;
		}
		kst_nap_ms(100);
		kill(pid, SIGUSR1);
		for (k = 0; k < 3000 && threads_of(pid) != chains + 1; k++)
			kst_nap_ms(10);
		res = kst_results(fd);
		n = atoi(kst_field(res, "tasks"));
		live = threads_of(pid);
		untracked += strtoul(kst_field(res, "untracked"), NULL, 10);
		if (n >= live && live >= chains + 1) {
			good++;
		} else {
			shortr++;
			printf("round %d: %d threads, %d traced\n", i, live, n);
		}
		close(fd);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	printf("rounds %d good %d short %d untracked %lu\n", rounds, good, shortr, untracked);
	return 0;
}
