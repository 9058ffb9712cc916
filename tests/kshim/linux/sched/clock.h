/* SPDX-License-Identifier: GPL-2.0 */
/*
 * local_clock() for kstrace.h's ks_clock(), which the parser never calls;
 * declared only, so that a call would fail to link rather than run.
 */
#ifndef _SHIM_LINUX_SCHED_CLOCK_H
#define _SHIM_LINUX_SCHED_CLOCK_H

#include <linux/types.h>

u64 local_clock(void);

#endif /* _SHIM_LINUX_SCHED_CLOCK_H */
