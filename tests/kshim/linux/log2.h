/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/log2.h>: what stats.c and groups.c use. */
#ifndef _SHIM_LINUX_LOG2_H
#define _SHIM_LINUX_LOG2_H

#define ilog2(n)	(63 - __builtin_clzll((unsigned long long)(n)))

#endif /* _SHIM_LINUX_LOG2_H */
