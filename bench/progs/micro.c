// SPDX-License-Identifier: GPL-2.0
/*
 * micro - a syscall loop for the benchmark; prints nanoseconds per
 * iteration, measured inside the (possibly traced) process, so that a
 * tracer's start-up is not counted.
 *
 * usage: micro getppid|read|openat ITERATIONS [THREADS [SYNC]]
 *
 * THREADS: the process has that many threads, all but the looping one
 * asleep, so that a tracer holds THREADS traced tasks (kstrace's hash
 * chains). SYNC: a path; micro writes its pid to SYNC.pid, then waits for
 * SYNC.go to exist before it starts the clock, so that more tracers can
 * attach to it first.
 *
 * openat opens a file it creates in /tmp: in the bench guest /tmp is a
 * tmpfs, while the rest of / is the host's over 9p, where every open is a
 * round trip to QEMU that would swamp what is measured.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void *sleeper(void *arg)
{
	(void)arg;
	for (;;)
		pause();
	return NULL;
}

/* start_threads N: N-1 more threads, asleep until the process exits */
static int start_threads(long n)
{
	pthread_attr_t attr;
	pthread_t t;
	long i;

	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	for (i = 1; i < n; i++)
		if (pthread_create(&t, &attr, sleeper, NULL)) {
			fprintf(stderr, "micro: only %ld threads\n", i);
			return -1;
		}
	return 0;
}

/* sync_start SYNC: SYNC.pid written, then wait for SYNC.go */
static int sync_start(const char *sync)
{
	char p[4096];
	FILE *f;

	snprintf(p, sizeof(p), "%s.pid", sync);
	f = fopen(p, "w");
	if (!f || fprintf(f, "%d\n", (int)getpid()) < 0 || fclose(f))
		return -1;
	snprintf(p, sizeof(p), "%s.go", sync);
	while (access(p, F_OK))
		usleep(10000);
	return 0;
}

int main(int argc, char **argv)
{
	long i, n;
	long long t0, t1;
	char c, path[64] = "";
	int fd = -1, f;

	if (argc < 3 || argc > 5) {
		fprintf(stderr, "usage: micro getppid|read|openat ITERATIONS [THREADS [SYNC]]\n");
		return 2;
	}
	n = atol(argv[2]);
	if (argc > 3 && start_threads(atol(argv[3])))
		return 1;
	if (argc > 4 && sync_start(argv[4]))
		return 1;
	if (!strcmp(argv[1], "read")) {
		fd = open("/dev/zero", O_RDONLY);
		if (fd < 0)
			return 1;
	} else if (!strcmp(argv[1], "openat")) {
		snprintf(path, sizeof(path), "/tmp/micro-open.%d", (int)getpid());
		f = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (f < 0)
			return 1;
		close(f);
	}
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		if (!strcmp(argv[1], "getppid")) {
			syscall(SYS_getppid);
		} else if (fd >= 0) {
			if (read(fd, &c, 1) != 1)
				return 1;
		} else {
			f = syscall(SYS_openat, AT_FDCWD, path, O_RDONLY);
			if (f < 0)
				return 1;
			close(f);
		}
	}
	t1 = now_ns();
	if (*path)
		unlink(path);
	printf("%.1f\n", (double)(t1 - t0) / n);
	return 0;
}
