// SPDX-License-Identifier: GPL-2.0
/*
 * compat32 - a 32-bit (ia32) program without libc, so that it builds with
 * a plain x86-64 gcc (-m32 -nostdlib -static): no gcc-multilib needed.
 * Every syscall goes through int $0x80, with i386 numbers:
 *
 *   getppid (64)              x 10    ok
 *   close(-1) (6)             x 3     EBADF
 *   open(missing path) (5)    x 1     ENOENT
 *   getpid (20)               x 1     ok
 *   kill(self, 1000) (37)     x 1     EINVAL
 *   exit_group(0) (252)       (never returns)
 *
 * The only other syscall is the 64-bit execve that started it.
 */
#define NR_close	6
#define NR_open		5
#define NR_getpid	20
#define NR_kill		37
#define NR_getppid	64
#define NR_exit_group	252

static long sys3(long nr, long a, long b, long c)
{
	long r;

	__asm__ volatile("int $0x80"
			 : "=a"(r)
			 : "a"(nr), "b"(a), "c"(b), "d"(c)
			 : "memory");
	return r;
}

void _start(void);
void _start(void)
{
	int i, bad = 0;
	long pid;

	for (i = 0; i < 10; i++)
		sys3(NR_getppid, 0, 0, 0);
	for (i = 0; i < 3; i++)
		bad |= sys3(NR_close, -1, 0, 0) != -9;
	bad |= sys3(NR_open, (long)"/nonexistent/kstrace-compat32", 0, 0) != -2;
	pid = sys3(NR_getpid, 0, 0, 0);
	bad |= sys3(NR_kill, pid, 1000, 0) != -22;
	for (;;)
		sys3(NR_exit_group, bad, 0, 0);
}
