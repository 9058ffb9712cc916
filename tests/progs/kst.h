/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kst.h - a session of /proc/kstrace/session driven from a test program:
 * commands and the results text (include/uapi/linux/kstrace.h).
 */
#ifndef KSTRACE_TESTS_KST_H
#define KSTRACE_TESTS_KST_H

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../../include/uapi/linux/kstrace.h"

static inline int kst_open(void)
{
	int fd = open(KSTRACE_SESSION_PATH, O_RDWR);

	if (fd < 0) {
		perror(KSTRACE_SESSION_PATH);
		exit(2);
	}
	return fd;
}

/* One command: 0, or -errno. */
static inline __attribute__((format(printf, 2, 3))) int kst_cmd(int fd, const char *fmt, ...)
{
	char c[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(c, sizeof(c), fmt, ap);
	va_end(ap);
	return write(fd, c, n) == n ? 0 : -errno;
}

/* The results text, in a static buffer. */
static inline const char *kst_results(int fd)
{
	static char buf[1 << 20];
	ssize_t n = pread(fd, buf, sizeof(buf) - 1, KSTRACE_RESULTS_POS);

	if (n < 0) {
		perror("results");
		exit(2);
	}
	buf[n] = '\0';
	return buf;
}

/* The value after "KEY " of the first line that starts so, or NULL. */
static inline const char *kst_field(const char *res, const char *key)
{
	size_t n = strlen(key);
	const char *p = res;

	for (; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, key, n) && p[n] == ' ')
			return p + n + 1;
	return NULL;
}

static inline void kst_nap_ms(long ms)
{
	struct timespec ts = { ms / 1000, ms % 1000 * 1000000L };

	nanosleep(&ts, NULL);
}

#endif /* KSTRACE_TESTS_KST_H */
