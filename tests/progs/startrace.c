// SPDX-License-Identifier: GPL-2.0
/*
 * startrace - read(2) racing "events 0" and "start" on one session, for
 * 36-start.t: a reader must never take the event path of a session that
 * started without events (it has no buffers).
 *
 * usage: startrace ROUNDS
 *
 * Each round opens a session; a second thread reads it without pause
 * while this one writes "events 1", "attach PID" (a sleeping child),
 * "events 0" and "start". Prints "rounds N reads M" and exits 0: the
 * failure this looks for is a kernel oops (NULL buffers), which the
 * harness catches.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/wait.h>

#include "kst.h"

static atomic_int cur_fd = -1;
static atomic_bool done;
static atomic_ulong reads;

static void *reader(void *arg)
{
	static char buf[KSTRACE_REC_MAX * 4];
	int fd;

	(void)arg;
	while (!done) {
		fd = cur_fd;
		if (fd >= 0 && read(fd, buf, sizeof(buf)) >= 0)
			reads++;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	int rounds, i, fd;
	pthread_t t;
	pid_t pid;

	if (argc != 2 || (rounds = atoi(argv[1])) <= 0) {
		fputs("usage: startrace ROUNDS\n", stderr);
		return 2;
	}
	pid = fork();
	if (!pid) {
		for (;;)
			pause();
	}
	if (pthread_create(&t, NULL, reader, NULL))
		return 2;
	for (i = 0; i < rounds; i++) {
		fd = kst_open();
		/* Non-blocking, so that a reader of the stream never sleeps. */
		fcntl(fd, F_SETFL, O_NONBLOCK);
		cur_fd = fd;
		kst_cmd(fd, "events 1");
		kst_cmd(fd, "attach %d", pid);
		kst_cmd(fd, "events 0");
		kst_cmd(fd, "start");
		cur_fd = -1;
		/* The reader may still be in read(2) on fd: let it leave. */
		kst_nap_ms(1);
		close(fd);
	}
	done = true;
	pthread_join(t, NULL);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	printf("rounds %d reads %lu\n", rounds, (unsigned long)reads);
	return 0;
}
