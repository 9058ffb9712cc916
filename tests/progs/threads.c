// SPDX-License-Identifier: GPL-2.0
/*
 * threads - N pthreads, each doing a known number of syscalls, then joined.
 *
 * usage: threads [NTHREADS [NCALLS]]   (defaults 4 and 50)
 *
 * Each thread makes NCALLS getppid() and NCALLS close(-1) (EBADF) calls
 * through syscall(2). The main thread creates all threads, then waits for
 * each with pthread_tryjoin_np() in a busy loop: pthread_join() would sleep
 * in futex(2) only when the thread is still running, which would make the
 * futex count depend on timing. The main thread itself calls getppid and
 * close(-1) zero times, so with threads traced:
 *   getppid NTHREADS*NCALLS/0, close >= NTHREADS*NCALLS (errors exactly
 *   NTHREADS*NCALLS), clone3 NTHREADS/0.
 * Exits 0, or 1 when a thread cannot be created.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAX_THREADS 64

static long ncalls = 50;

static void *worker(void *arg)
{
	long i;

	(void)arg;
	for (i = 0; i < ncalls; i++) {
		syscall(SYS_getppid);
		syscall(SYS_close, -1);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t tid[MAX_THREADS];
	long n = 4, i;

	if (argc > 1)
		n = strtol(argv[1], NULL, 0);
	if (argc > 2)
		ncalls = strtol(argv[2], NULL, 0);
	if (n < 0 || n > MAX_THREADS)
		return 2;
	for (i = 0; i < n; i++)
		if (pthread_create(&tid[i], NULL, worker, NULL))
			return 1;
	for (i = 0; i < n; i++)
		while (pthread_tryjoin_np(tid[i], NULL) == EBUSY)
			;
	return 0;
}
