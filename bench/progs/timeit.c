// SPDX-License-Identifier: GPL-2.0
/*
 * timeit - runs a command and prints its wall time in nanoseconds. The
 * benchmark runs it under the tracer, so the time covers the traced
 * workload but not the tracer's own start-up and shut-down.
 *
 * usage: timeit CMD [ARGS...]   (prints "NS STATUS" on stderr)
 */
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec a, b;
	int status = 0;
	pid_t pid;

	if (argc < 2)
		return 2;
	clock_gettime(CLOCK_MONOTONIC, &a);
	pid = fork();
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	fprintf(stderr, "timeit %lld %d\n",
		(b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec), status);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
