// SPDX-License-Identifier: GPL-2.0
/*
 * prog-int80.c - a 64-bit program that makes ia32 syscalls through
 * int $0x80, so that the summary has a "32 bit mode" table.
 */
int main(void)
{
	long ret;
	int i;

	for (i = 0; i < 3; i++)		/* ia32 getpid */
		__asm__ volatile("int $0x80" : "=a"(ret) : "a"(20L) : "memory");
	/* ia32 write(-1, NULL, 0): fails with EBADF */
	__asm__ volatile("int $0x80" : "=a"(ret)
			 : "a"(4L), "b"(-1L), "c"(0L), "d"(0L) : "memory");
	return 0;
}
