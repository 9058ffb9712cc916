// SPDX-License-Identifier: GPL-2.0
/*
 * idle - a process with N threads that sleep, for measuring kstrace's
 * memory per traced task. Prints "ready" once all threads exist, then
 * sleeps until killed.
 *
 * usage: idle THREADS
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void *sleeper(void *arg)
{
	(void)arg;
	for (;;)
		pause();
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_attr_t attr;
	int i, n = argc > 1 ? atoi(argv[1]) : 1;

	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	for (i = 1; i < n; i++) {
		pthread_t t;

		if (pthread_create(&t, &attr, sleeper, NULL)) {
			fprintf(stderr, "idle: only %d threads\n", i);
			return 1;
		}
	}
	printf("ready\n");
	fflush(stdout);
	for (;;)
		pause();
}
