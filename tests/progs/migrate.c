// SPDX-License-Identifier: GPL-2.0
/*
 * migrate - move between the CPUs it may run on, one syscall on each: a
 * task whose records land in every CPU's buffer in turn, so that merging
 * the buffers by time must keep its order.
 *
 * usage: migrate N
 *
 * N times: sched_setaffinity(0) to the next CPU of the starting affinity
 * mask (round robin), then getppid. Exits 0; 2 on a usage error, 1 when
 * sched_setaffinity fails. With one CPU it still makes its 2N calls.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	cpu_set_t all, one;
	int cpus[CPU_SETSIZE];
	int i, n, ncpu = 0;

	if (argc != 2 || (n = atoi(argv[1])) <= 0) {
		fprintf(stderr, "usage: migrate N\n");
		return 2;
	}
	if (sched_getaffinity(0, sizeof(all), &all)) {
		perror("migrate: sched_getaffinity");
		return 1;
	}
	for (i = 0; i < CPU_SETSIZE; i++)
		if (CPU_ISSET(i, &all))
			cpus[ncpu++] = i;
	for (i = 0; i < n; i++) {
		CPU_ZERO(&one);
		CPU_SET(cpus[i % ncpu], &one);
		if (sched_setaffinity(0, sizeof(one), &one)) {
			perror("migrate: sched_setaffinity");
			return 1;
		}
		syscall(SYS_getppid);
	}
	return 0;
}
