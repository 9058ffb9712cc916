// SPDX-License-Identifier: GPL-2.0
/*
 * flood - a loop of cheap syscalls.
 *
 * usage: flood N [close]
 *
 * Makes N getppid() calls through syscall(2) (with "close": N close(-1)
 * calls, each failing with EBADF), then exits 0. N < 0 loops forever, for
 * tests that attach to a running process.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n, i;
	int useclose;

	if (argc < 2)
		return 2;
	n = strtol(argv[1], NULL, 0);
	useclose = argc > 2 && !strcmp(argv[2], "close");
	for (i = 0; n < 0 || i < n; i++) {
		if (useclose)
			syscall(SYS_close, -1);
		else
			syscall(SYS_getppid);
	}
	return 0;
}
