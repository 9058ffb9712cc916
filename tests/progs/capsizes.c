// SPDX-License-Identifier: GPL-2.0
/*
 * capsizes - syscalls whose data, path and argv arguments have known sizes,
 * to check how much of them a tracer copies.
 *
 * usage: capsizes N
 *
 * Raw syscall(2) calls, in this order (x86-64 names):
 *
 *   write(1, PATTERN, N)            N bytes of "0123456789abcdefghij..."
 *                                   (the 36 characters [0-9a-z] repeated);
 *                                   returns N when fd 1 is /dev/null or a
 *                                   file
 *   openat(AT_FDCWD, "/dev/zero")   ok
 *   read(that, buf, N)              N zero bytes
 *   close(that)                     ok
 *   openat(AT_FDCWD, LONGPATH)      ENOENT: "/nonexistent/" then 'p' up to
 *                                   2000 bytes in all
 *   execve("/nonexistent/capsizes", 40 arguments "arg00".."arg39", {})
 *                                   ENOENT
 *
 * then exit_group(0). N is at most 65536. Exits 1 on a bad N, 100 + step
 * when a step does not end as documented.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAXN 65536
#define NARGS 40

int main(int argc, char **argv)
{
	static char pat[MAXN], buf[MAXN], longpath[2001], args[NARGS][8];
	static char *nargv[NARGS + 1];
	static char *const nenvp[] = { NULL };
	const char *digits = "0123456789abcdefghijklmnopqrstuvwxyz";
	long n, i, fd;

	if (argc != 2)
		return 1;
	n = strtol(argv[1], NULL, 0);
	if (n < 0 || n > MAXN)
		return 1;
	for (i = 0; i < n; i++)
		pat[i] = digits[i % 36];
	strcpy(longpath, "/nonexistent/");
	memset(longpath + strlen(longpath), 'p', 2000 - strlen(longpath));
	longpath[2000] = '\0';
	for (i = 0; i < NARGS; i++) {
		snprintf(args[i], sizeof(args[i]), "arg%02ld", i);
		nargv[i] = args[i];
	}

	if (syscall(SYS_write, 1, pat, n) != n)
		return 101;
	fd = syscall(SYS_openat, AT_FDCWD, "/dev/zero", O_RDONLY);
	if (fd < 0)
		return 102;
	if (syscall(SYS_read, fd, buf, n) != n)
		return 103;
	if (syscall(SYS_close, fd))
		return 104;
	if (syscall(SYS_openat, AT_FDCWD, longpath, O_RDONLY) != -1 || errno != ENOENT)
		return 105;
	if (syscall(SYS_execve, "/nonexistent/capsizes", nargv, nenvp) != -1 ||
	    errno != ENOENT)
		return 106;
	syscall(SYS_exit_group, 0);
	return 99;
}
