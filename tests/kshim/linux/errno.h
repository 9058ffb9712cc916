/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's <linux/errno.h> is the uapi errno list plus kernel-only
 * codes control.c does not use; glibc's <errno.h> also includes
 * <linux/errno.h>, so this must stay a thin wrapper of the system one.
 */
#ifndef _SHIM_LINUX_ERRNO_H
#define _SHIM_LINUX_ERRNO_H

#include_next <linux/errno.h>

#endif /* _SHIM_LINUX_ERRNO_H */
