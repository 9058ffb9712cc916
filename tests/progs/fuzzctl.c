// SPDX-License-Identifier: GPL-2.0
/*
 * fuzzctl - writes random and mutated commands to kstrace session files,
 * from several threads at once, with reads in between, and checks that
 * every rejected write left its session as it was.
 *
 * usage: fuzzctl WRITES THREADS PID
 * PID is a live process that valid "attach"/"exec" commands may name.
 * Each thread owns one session at a time and reopens it now and then. A
 * write that fails must leave the results text unchanged (checked on a
 * sample of writes, since reading it costs more than writing).
 * Prints "writes N rejected N accepted N reopened N"; exits 1 on any
 * half-applied write or unexpected errno.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../../include/uapi/linux/kstrace.h"

#define MAXLEN (64 * 1024)

static const char *const seeds[] = {
	"attach %d", "exec %d", "follow 1", "follow 0", "start", "stop",
	"events 1", "events 0", "bufsize 8", "bufsize 64", "strsize 16",
	"trace 64 all", "trace 64 none", "trace 64 0-3,59,257", "trace 32 11",
	"result ok", "result err", "result all", "kprobe vfs_read",
	"kretprobe vfs_write", "kprobe no_such_function_xyz",
};

static long total;
static int target, nthreads;
static unsigned long n_writes, n_rejected, n_accepted, n_reopened, n_bad;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static size_t mutate(unsigned int *seed, char *buf)
{
	size_t len;
	int i, n;

	switch (rand_r(seed) % 6) {
	case 0:	/* random bytes, any length */
		len = rand_r(seed) % (MAXLEN + 1);
		for (i = 0; i < (int)len; i++)
			buf[i] = rand_r(seed);
		return len;
	case 1:	/* a valid command, maybe with a newline */
		len = snprintf(buf, MAXLEN, seeds[rand_r(seed) % (sizeof(seeds) / sizeof(*seeds))],
			       target);
		if (rand_r(seed) % 2)
			buf[len++] = '\n';
		return len;
	default:	/* a valid prefix with garbage, flipped or cut */
		len = snprintf(buf, MAXLEN, seeds[rand_r(seed) % (sizeof(seeds) / sizeof(*seeds))],
			       rand_r(seed) % 3 ? target : rand_r(seed) - RAND_MAX / 2);
		n = rand_r(seed) % 4;
		for (i = 0; i < n; i++) {
			size_t at = rand_r(seed) % (len + 1);

			if (rand_r(seed) % 2 && len < MAXLEN - 1)
				buf[len++] = " \n\t0x-+,:%\\"[rand_r(seed) % 11];
			else if (at < len)
				buf[at] ^= 1 << (rand_r(seed) % 8);
		}
		if (rand_r(seed) % 5 == 0)
			len = rand_r(seed) % (len + 1);
		return len;
	}
}

static int expected_errno(int e)
{
	return e == EINVAL || e == E2BIG || e == ESRCH || e == EPERM || e == EBUSY ||
	       e == EEXIST || e == ENOENT || e == EOPNOTSUPP;
}

static ssize_t results(int fd, char *buf, size_t size)
{
	ssize_t n = pread(fd, buf, size - 1, KSTRACE_RESULTS_POS);

	if (n >= 0)
		buf[n] = '\0';
	return n;
}

/* The results text without the lines that change by themselves. */
static void stable_part(char *text)
{
	char *line, *out = text, *save = NULL;

	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (!strncmp(line, "syscall ", 8) || !strncmp(line, "tasks ", 6) ||
		    !strncmp(line, "unpaired ", 9) || !strncmp(line, "target ", 7) ||
		    !strncmp(line, "probe ", 6) || !strncmp(line, "lost", 4) ||
		    !strncmp(line, "untracked ", 10) || !strncmp(line, "badnr ", 6))
			continue;
		out += sprintf(out, "%s\n", line);
	}
	*out = '\0';
}

static void *worker(void *arg)
{
	unsigned int seed = (unsigned int)(unsigned long)arg;
	char *buf = malloc(MAXLEN + 2), *before = malloc(MAXLEN), *after = malloc(MAXLEN);
	unsigned long writes = 0, rejected = 0, accepted = 0, reopened = 0, bad = 0;
	long share = total / nthreads;
	int fd = -1;

	while (buf && before && after && (long)writes < share) {
		size_t len;
		ssize_t n;
		int check;

		if (fd < 0 || rand_r(&seed) % 500 == 0) {
			if (fd >= 0)
				close(fd);
			fd = open(KSTRACE_SESSION_PATH, O_RDWR | O_NONBLOCK);
			if (fd < 0) {
				perror("fuzzctl: open");
				bad++;
				break;
			}
			reopened++;
		}
		len = mutate(&seed, buf);
		check = rand_r(&seed) % 50 == 0;
		if (check && results(fd, before, MAXLEN) >= 0)
			stable_part(before);
		n = write(fd, buf, len);
		writes++;
		if (n < 0) {
			rejected++;
			if (!expected_errno(errno)) {
				fprintf(stderr, "fuzzctl: unexpected errno %d for %zu bytes\n",
					errno, len);
				bad++;
			}
			if (check && results(fd, after, MAXLEN) >= 0) {
				stable_part(after);
				if (strcmp(before, after)) {
					fprintf(stderr, "fuzzctl: a rejected write changed the session\n");
					bad++;
				}
			}
		} else {
			accepted++;
		}
		if (rand_r(&seed) % 20 == 0)
			(void)!read(fd, buf, MAXLEN);
	}
	if (fd >= 0)
		close(fd);
	free(buf);
	free(before);
	free(after);
	pthread_mutex_lock(&lock);
	n_writes += writes;
	n_rejected += rejected;
	n_accepted += accepted;
	n_reopened += reopened;
	n_bad += bad;
	pthread_mutex_unlock(&lock);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t tids[16];
	int i;

	if (argc != 4) {
		fprintf(stderr, "usage: fuzzctl WRITES THREADS PID\n");
		return 2;
	}
	total = atol(argv[1]);
	nthreads = atoi(argv[2]);
	if (nthreads < 1 || nthreads > 16)
		nthreads = 4;
	target = atoi(argv[3]);
	for (i = 0; i < nthreads; i++)
		pthread_create(&tids[i], NULL, worker, (void *)(unsigned long)(i + 1));
	for (i = 0; i < nthreads; i++)
		pthread_join(tids[i], NULL);
	printf("writes %lu rejected %lu accepted %lu reopened %lu\n",
	       n_writes, n_rejected, n_accepted, n_reopened);
	return n_bad ? 1 : 0;
}
