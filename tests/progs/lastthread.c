// SPDX-License-Identifier: GPL-2.0
/*
 * lastthread - a process whose last thread is one created after a tracer
 * attached, for 35-targets.t.
 *
 * Prints "ready", waits for a line on stdin (the tracer has attached),
 * starts a thread, and ends its main thread alone (SYS_exit): the
 * process lives on in the new thread, which after 200 ms ends it with
 * exit_group(STATUS) (default 7).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static int status = 7;

static void *last(void *arg)
{
	(void)arg;
	usleep(200000);
	exit(status);
}

int main(int argc, char **argv)
{
	pthread_t t;
	char line[16];

	if (argc > 1)
		status = atoi(argv[1]);
	printf("ready\n");
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		return 1;
	if (pthread_create(&t, NULL, last, NULL))
		return 1;
	syscall(SYS_exit, 0);
	return 0;
}
