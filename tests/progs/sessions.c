// SPDX-License-Identifier: GPL-2.0
/*
 * sessions - many kstrace sessions opened, started, read and closed
 * concurrently on one process tree, for stress tests.
 *
 * usage: sessions THREADS SECONDS PID [events]
 * Each thread loops for SECONDS: open a session, attach PID with follow,
 * optionally in event mode with a small buffer, start, read a little,
 * maybe stop, close. Prints "sessions N errors N"; exits 1 when a command
 * that must succeed failed for another reason than the target being gone.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "../../include/uapi/linux/kstrace.h"

static int seconds, target, events;
static unsigned long opened, failures;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static int cmd(int fd, const char *c)
{
	return write(fd, c, strlen(c)) == (ssize_t)strlen(c) ? 0 : -errno;
}

static void one_session(unsigned int *seed, char *buf, size_t size)
{
	char c[64];
	int fd, err = 0, i;

	fd = open(KSTRACE_SESSION_PATH, O_RDWR | O_NONBLOCK);
	if (fd < 0) {
		err = -errno;
		goto out;
	}
	snprintf(c, sizeof(c), "attach %d", target);
	err = cmd(fd, c);
	if (!err)
		err = cmd(fd, "follow 1");
	if (!err && events)
		err = cmd(fd, "events 1") ?: cmd(fd, "bufsize 8");
	if (!err)
		err = cmd(fd, "start");
	for (i = 0; !err && i < (int)(rand_r(seed) % 8); i++) {
		struct pollfd p = { .fd = fd, .events = POLLIN };

		poll(&p, 1, rand_r(seed) % 20);
		if (read(fd, buf, size) < 0 && errno != EAGAIN)
			err = -errno;
	}
	if (!err && rand_r(seed) % 2)
		err = cmd(fd, "stop");
	if (!err && pread(fd, buf, size, KSTRACE_RESULTS_POS) <= 0)
		err = -EIO;
	close(fd);
out:
	pthread_mutex_lock(&lock);
	opened++;
	/* The target tree may end before the session starts: not a failure. */
	if (err && err != -ESRCH) {
		failures++;
		fprintf(stderr, "sessions: %s\n", strerror(-err));
	}
	pthread_mutex_unlock(&lock);
}

static void *worker(void *arg)
{
	unsigned int seed = (unsigned int)(unsigned long)arg;
	size_t size = 2 * KSTRACE_REC_MAX + 65536;
	char *buf = malloc(size);
	time_t end = time(NULL) + seconds;

	while (buf && time(NULL) < end)
		one_session(&seed, buf, size);
	free(buf);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t tids[64];
	int n, i;

	if (argc < 4) {
		fprintf(stderr, "usage: sessions THREADS SECONDS PID [events]\n");
		return 2;
	}
	n = atoi(argv[1]);
	if (n < 1 || n > 64)
		n = 16;
	seconds = atoi(argv[2]);
	target = atoi(argv[3]);
	events = argc > 4 && !strcmp(argv[4], "events");
	for (i = 0; i < n; i++)
		pthread_create(&tids[i], NULL, worker, (void *)(unsigned long)(i + 1));
	for (i = 0; i < n; i++)
		pthread_join(tids[i], NULL);
	printf("sessions %lu errors %lu\n", opened, failures);
	return failures ? 1 : 0;
}
