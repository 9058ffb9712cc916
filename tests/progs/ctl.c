// SPDX-License-Identifier: GPL-2.0
/*
 * ctl - drive one kstrace session by hand.
 *
 * usage: ctl [-d] [-f PATH] [--] CMD...
 *
 * Opens PATH (default KSTRACE_SESSION_PATH) read-write once, then writes
 * each CMD as one write(2) of exactly its bytes (no newline is added; an
 * empty CMD is a zero-byte write). Prints one line with one word per CMD:
 * OK when the whole command was accepted, SHORT:N when write(2) returned a
 * smaller count N, else the errno name (EINVAL, ESRCH, ...). With -d, then
 * prints the session's results text, read with pread(2) at
 * KSTRACE_RESULTS_POS (where it is in every mode).
 *
 * A CMD of the form @N is no command: ctl sleeps N milliseconds there
 * (and prints nothing for it), so that the traced tasks run between two
 * commands.
 *
 * When the open fails, prints "open:ERRNAME" and exits 1. Exits 0
 * otherwise, whatever the writes did.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/kstrace.h>

static const char *ename(int e)
{
	static char num[32];
	const char *s = strerrorname_np(e);

	if (s)
		return s;
	snprintf(num, sizeof(num), "E#%d", e);
	return num;
}

int main(int argc, char **argv)
{
	const char *path = KSTRACE_SESSION_PATH;
	static char buf[1 << 20];
	int dump = 0, printed = 0, fd, i;
	ssize_t r;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-d")) {
			dump = 1;
		} else if (!strcmp(argv[i], "-f") && i + 1 < argc) {
			path = argv[++i];
		} else if (!strcmp(argv[i], "--")) {
			i++;
			break;
		} else {
			break;
		}
	}
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		printf("open:%s\n", ename(errno));
		return 1;
	}
	for (; i < argc; i++) {
		size_t len = strlen(argv[i]);

		if (argv[i][0] == '@' && len > 1 && strspn(argv[i] + 1, "0123456789") == len - 1) {
			usleep(atoi(argv[i] + 1) * 1000);
			continue;
		}
		if (printed++)
			printf(" ");
		r = write(fd, argv[i], len);
		if (r < 0)
			printf("%s", ename(errno));
		else if ((size_t)r == len)
			printf("OK");
		else
			printf("SHORT:%zd", r);
	}
	printf("\n");
	if (dump) {
		r = pread(fd, buf, sizeof(buf) - 1, KSTRACE_RESULTS_POS);
		if (r < 0) {
			printf("read:%s\n", ename(errno));
		} else {
			fflush(stdout);
			if (write(1, buf, r) != r)
				return 1;
		}
	}
	close(fd);
	return 0;
}
