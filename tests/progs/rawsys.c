// SPDX-License-Identifier: GPL-2.0
/*
 * rawsys - a fixed, deterministic list of raw syscall(2) calls, some of
 * which fail on purpose, then exit_group(STATUS).
 *
 * usage: rawsys STATUS [NGETPPID [gate]]
 *
 * With "gate", rawsys first reads one byte from stdin (1 read call) so that
 * a test can hold it before its list. Then, in this order (x86-64 names):
 *
 *   getppid                x NGETPPID (default 100)       ok
 *   close(-1)              x 3                            EBADF
 *   openat(missing path)   x 1                            ENOENT
 *   openat(/dev/zero)      x 1                            ok
 *   read(/dev/zero, 64)    x 2                            ok
 *   openat(/dev/null, W)   x 1                            ok
 *   write(/dev/null, 64)   x 2                            ok
 *   ioctl(/dev/null,TCGETS)x 1                            ENOTTY
 *   close(fds)             x 2                            ok
 *   dup(-1)                x 1                            EBADF
 *   mmap(4096, anonymous)  x 1                            ok
 *   munmap(that)           x 1                            ok
 *   mmap(length 0)         x 1                            EINVAL
 *   munmap(unaligned)      x 1                            EINVAL
 *   getpid                 x 1                            ok
 *   kill(self, signal 1000)x 1                            EINVAL
 *   execve(missing path)   x 1                            ENOENT
 *   sched_yield            x 5                            ok
 *   uname                  x 1                            ok
 *   nfsservctl (nr 180)    x 1                            ENOSYS
 *   exit_group(STATUS)     (never returns)
 *
 * Per syscall, on top of what the dynamic loader and libc start-up do:
 * getppid N/0, close 5/3, openat 3/1, read 2/0 (3/0 with gate), write 2/0,
 * ioctl 1/1, dup 1/1, mmap 2/1, munmap 2/1, getpid 1/0, kill 1/1,
 * execve 1/1 (plus the execve that started rawsys), sched_yield 5/0,
 * uname 1/0, nfsservctl 1/1. Of these the loader and libc start-up use only
 * close, openat, read, mmap and munmap. rawsys prints nothing; a failing
 * step that does not fail as documented makes it exit 100 + step.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>

#ifndef __NR_nfsservctl
#define __NR_nfsservctl 180
#endif

static void die(int step)
{
	syscall(SYS_exit_group, 100 + step);
}

/* expect the call to fail with errno err (err 0: to succeed) */
static long expect(int step, long ret, int err)
{
	if (err ? (ret != -1 || errno != err) : ret < 0)
		die(step);
	return ret;
}

int main(int argc, char **argv)
{
	static char buf[64];
	static char *const nargv[] = { "kstrace-rawsys-missing", NULL };
	static char *const nenvp[] = { NULL };
	long status, n = 100, i, zero, null;
	struct termios t;
	struct utsname u;
	void *p;

	if (argc < 2 || argc > 4) {
		static const char usage[] = "usage: rawsys STATUS [NGETPPID [gate]]\n";

		syscall(SYS_write, 2, usage, sizeof(usage) - 1);
		return 2;
	}
	status = strtol(argv[1], NULL, 0);
	if (argc > 2)
		n = strtol(argv[2], NULL, 0);
	if (argc > 3 && syscall(SYS_read, 0, buf, 1) != 1)
		die(0);

	for (i = 0; i < n; i++)
		syscall(SYS_getppid);
	for (i = 0; i < 3; i++)
		expect(1, syscall(SYS_close, -1), EBADF);
	expect(2, syscall(SYS_openat, AT_FDCWD, "/nonexistent/kstrace-rawsys",
			  O_RDONLY), ENOENT);
	zero = expect(3, syscall(SYS_openat, AT_FDCWD, "/dev/zero", O_RDONLY), 0);
	expect(4, syscall(SYS_read, zero, buf, sizeof(buf)), 0);
	expect(4, syscall(SYS_read, zero, buf, sizeof(buf)), 0);
	null = expect(5, syscall(SYS_openat, AT_FDCWD, "/dev/null", O_WRONLY), 0);
	expect(6, syscall(SYS_write, null, buf, sizeof(buf)), 0);
	expect(6, syscall(SYS_write, null, buf, sizeof(buf)), 0);
	expect(7, syscall(SYS_ioctl, null, TCGETS, &t), ENOTTY);
	expect(8, syscall(SYS_close, zero), 0);
	expect(8, syscall(SYS_close, null), 0);
	expect(9, syscall(SYS_dup, -1), EBADF);
	p = (void *)syscall(SYS_mmap, NULL, 4096, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		die(10);
	expect(11, syscall(SYS_munmap, p, 4096), 0);
	expect(12, syscall(SYS_mmap, NULL, 0, PROT_READ,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), EINVAL);
	expect(13, syscall(SYS_munmap, (void *)1, 4096), EINVAL);
	expect(14, syscall(SYS_kill, syscall(SYS_getpid), 1000), EINVAL);
	expect(15, syscall(SYS_execve, "/nonexistent/kstrace-rawsys", nargv, nenvp),
	       ENOENT);
	for (i = 0; i < 5; i++)
		expect(16, syscall(SYS_sched_yield), 0);
	expect(17, syscall(SYS_uname, &u), 0);
	expect(18, syscall(__NR_nfsservctl, 0, NULL, NULL), ENOSYS);
	syscall(SYS_exit_group, status);
	return 99;
}
