/* SPDX-License-Identifier: GPL-2.0 */
/*
 * INT_MAX, LONG_MAX and friends. In the kernel they come from
 * <linux/limits.h> (vdso/limits.h); here from <limits.h>. glibc's
 * <limits.h> includes <linux/limits.h> itself (for PATH_MAX and the like),
 * hence the include_next and the guard before it.
 */
#ifndef _SHIM_LINUX_LIMITS_H
#define _SHIM_LINUX_LIMITS_H

#include_next <linux/limits.h>
#include <limits.h>

#endif /* _SHIM_LINUX_LIMITS_H */
