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

/* Single-threaded tests: taking a lock always succeeds at once. */
#define spin_lock(l)	do { (void)(l); } while (0)
#define spin_unlock(l)	do { (void)(l); } while (0)

#endif /* _SHIM_LINUX_MUTEX_H */
