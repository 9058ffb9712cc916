/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/uaccess.h> for module/capture.c in user space: "user memory" is
 * the calling process's own, read through process_vm_readv(2) (uaccess.c),
 * which fails on unmapped memory instead of faulting, as the kernel's
 * fault-free copies do.
 */
#ifndef _SHIM_LINUX_UACCESS_H
#define _SHIM_LINUX_UACCESS_H

#include <linux/types.h>
#include <linux/errno.h>

/* 0, or -EFAULT when any of it is unreadable (nothing copied then). */
long copy_from_user_nofault(void *dst, const void __user *src, size_t size);
/* The kernel's: length without the NUL, count if none in it, or -EFAULT. */
long strncpy_from_user(char *dst, const char __user *src, long count);

/* How the copies read: 0, or -1 if any byte is unreadable (uaccess.c). */
extern int (*kshim_user_read)(void *dst, const void *src, size_t size);

static inline void pagefault_disable(void)
{
}

static inline void pagefault_enable(void)
{
}

#endif /* _SHIM_LINUX_UACCESS_H */
