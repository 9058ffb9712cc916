// SPDX-License-Identifier: GPL-2.0
/*
 * uaccess.c - the fault-free user copies of the shim's <linux/uaccess.h>:
 * by default process_vm_readv(2) on the calling process, which reports
 * unmapped memory as EFAULT where a plain read would crash. A program
 * whose system calls are watched (cli/tests/rec.c, under strace) sets
 * kshim_user_read to a reader that makes none.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/uio.h>
#include <unistd.h>
#include <linux/uaccess.h>

static int vm_read(void *dst, const void *src, size_t size)
{
	struct iovec local = { dst, size }, remote = { (void *)src, size };

	return process_vm_readv(getpid(), &local, 1, &remote, 1, 0) == (ssize_t)size ?
	       0 : -1;
}

int (*kshim_user_read)(void *dst, const void *src, size_t size) = vm_read;

long copy_from_user_nofault(void *dst, const void __user *src, size_t size)
{
	if (!size)
		return 0;
	return kshim_user_read(dst, (const void *)src, size) ? -EFAULT : 0;
}

long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long n;

	/* A byte at a time: the string may end just before an unmapped page. */
	for (n = 0; n < count; n++) {
		if (copy_from_user_nofault(dst + n, src + n, 1))
			return -EFAULT;
		if (!dst[n])
			return n;
	}
	return count;
}
