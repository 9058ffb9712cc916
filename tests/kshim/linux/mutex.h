/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Locks: kstrace.h embeds them in struct ks_session, which the parser
 * never touches, so only their names matter, not their layout.
 */
#ifndef _SHIM_LINUX_MUTEX_H
#define _SHIM_LINUX_MUTEX_H

#include <linux/types.h>

struct mutex {
	int locked;
};

typedef struct {
	int locked;
} spinlock_t;

#endif /* _SHIM_LINUX_MUTEX_H */
