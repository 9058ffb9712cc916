// SPDX-License-Identifier: GPL-2.0
/*
 * badptr - syscalls whose pointer arguments are NULL, unmapped or run off
 * the end of a mapping, so that a tracer copying them meets faults.
 *
 * usage: badptr
 *
 * Maps two pages, writes "abc" (no NUL) into the last 3 bytes of the first,
 * unmaps the second ("the hole"), maps one more page that is never touched
 * ("fresh"), makes a pipe, opens /dev/zero, then in this order (x86-64
 * names, raw syscall(2) calls):
 *
 *   1 openat(AT_FDCWD, NULL, O_RDONLY)             EFAULT
 *   2 openat(AT_FDCWD, hole, O_RDONLY)             EFAULT
 *   3 openat(AT_FDCWD, hole - 3, O_RDONLY)         EFAULT ("abc" runs into
 *                                                  the hole, no NUL)
 *   4 write(pipe, hole, 10)                        EFAULT
 *   5 write(pipe, hole - 5, 10)                    not checked (half mapped)
 *   6 read(/dev/zero, hole, 10)                    EFAULT
 *   7 execve(NULL, NULL, NULL)                     EFAULT
 *   8 execve("/nonexistent/badptr", hole, NULL)    fails (EFAULT; ENOENT on
 *                                                  kernels that open the file
 *                                                  before reading argv)
 *   9 execve("/nonexistent/badptr", {"a", hole, NULL}, NULL)   fails
 *  10 openat(AT_FDCWD, fresh, O_RDONLY)            ENOENT (an empty path in
 *                                                  a page never faulted in)
 *  11 write(1, hole, 10)                           not checked (EFAULT, or 10
 *                                                  when fd 1 is /dev/null)
 *
 * then exit_group(0). A step that does not fail as documented makes it
 * exit 100 + step; a failed set-up exits 90..92. Prints nothing.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PG 4096

/* The call must fail; with err != 0, with that errno. */
static void expect(int step, long ret, int err)
{
	if (ret != -1 || (err && errno != err))
		syscall(SYS_exit_group, 100 + step);
}

int main(void)
{
	static char *targv[] = { "a", NULL, NULL };
	char *page, *hole, *fresh;
	int p[2];
	long zero;

	page = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	fresh = mmap(NULL, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED || fresh == MAP_FAILED)
		return 90;
	hole = page + PG;
	memcpy(hole - 3, "abc", 3);
	if (munmap(hole, PG) || pipe(p))
		return 91;
	zero = syscall(SYS_openat, AT_FDCWD, "/dev/zero", O_RDONLY);
	if (zero < 0)
		return 92;
	targv[1] = hole;

	expect(1, syscall(SYS_openat, AT_FDCWD, NULL, O_RDONLY), EFAULT);
	expect(2, syscall(SYS_openat, AT_FDCWD, hole, O_RDONLY), EFAULT);
	expect(3, syscall(SYS_openat, AT_FDCWD, hole - 3, O_RDONLY), EFAULT);
	expect(4, syscall(SYS_write, p[1], hole, 10), EFAULT);
	syscall(SYS_write, p[1], hole - 5, 10);
	expect(6, syscall(SYS_read, zero, hole, 10), EFAULT);
	expect(7, syscall(SYS_execve, NULL, NULL, NULL), EFAULT);
	expect(8, syscall(SYS_execve, "/nonexistent/badptr", hole, NULL), 0);
	expect(9, syscall(SYS_execve, "/nonexistent/badptr", targv, NULL), 0);
	expect(10, syscall(SYS_openat, AT_FDCWD, fresh, O_RDONLY), ENOENT);
	syscall(SYS_write, 1, hole, 10);
	syscall(SYS_exit_group, 0);
	return 99;
}
