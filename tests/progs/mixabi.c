// SPDX-License-Identifier: GPL-2.0
/*
 * mixabi - a 64-bit program that also makes ia32 syscalls with int $0x80
 * (possible from 64-bit code; only syscalls without pointer arguments).
 *
 *   64-bit getppid (110)      x 7     ok
 *   ia32   getppid (64)       x 5     ok
 *   64-bit close(-1) (3)      x 2     EBADF
 *   ia32   close(-1) (6)      x 4     EBADF
 *
 * plus the loader's and libc's 64-bit calls. Exits 0 when every call
 * returned as listed, 1 otherwise. Prints nothing.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

static long int80(long nr, long a)
{
	long r;

	__asm__ volatile("int $0x80"
			 : "=a"(r)
			 : "a"(nr), "b"(a)
			 : "memory", "r8", "r9", "r10", "r11");
	return r;
}

int main(void)
{
	int i, bad = 0;

	for (i = 0; i < 7; i++)
		syscall(SYS_getppid);
	for (i = 0; i < 5; i++)
		bad |= int80(64, 0) <= 0;
	for (i = 0; i < 2; i++)
		bad |= syscall(SYS_close, -1) != -1 || errno != EBADF;
	for (i = 0; i < 4; i++)
		bad |= int80(6, -1) != -EBADF;
	return bad;
}
