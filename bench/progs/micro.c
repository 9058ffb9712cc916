// SPDX-License-Identifier: GPL-2.0
/*
 * micro - a syscall loop for the benchmark; prints nanoseconds per
 * iteration, measured inside the (possibly traced) process, so that a
 * tracer's start-up is not counted.
 *
 * usage: micro getppid|read|openat ITERATIONS
 *
 * openat opens a file it creates in /tmp: in the bench guest /tmp is a
 * tmpfs, while the rest of / is the host's over 9p, where every open is a
 * round trip to QEMU that would swamp what is measured.
 */
#define _GNU_SOURCE
#include <fcntl.h>
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

int main(int argc, char **argv)
{
	long i, n;
	long long t0, t1;
	char c, path[64] = "";
	int fd = -1, f;

	if (argc != 3) {
		fprintf(stderr, "usage: micro getppid|read|openat ITERATIONS\n");
		return 2;
	}
	n = atol(argv[2]);
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
