// SPDX-License-Identifier: GPL-2.0
/*
 * prog-names.c - syscalls with long names (they widen the name column),
 * errors, and one syscall called many times, for the strace comparison.
 */
#include <fcntl.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts;
	int i;

	for (i = 0; i < 3; i++)
		sched_get_priority_max(SCHED_FIFO);
	sched_get_priority_min(SCHED_FIFO);
	sched_rr_get_interval(0, &ts);
	clock_getres(CLOCK_MONOTONIC, &ts);
	for (i = 0; i < 1000; i++)
		getppid();
	for (i = 0; i < 5; i++)
		open("/nonexistent/kstrace", O_RDONLY);
	close(-1);
	return 0;
}
