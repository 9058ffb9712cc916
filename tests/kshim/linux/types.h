/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space stand-in for the kernel's <linux/types.h>, enough for
 * module/kstrace.h and module/control.c to compile unmodified.
 *
 * glibc headers may include <linux/types.h> themselves and then find this
 * file first (it comes first in the include path), so the uapi types
 * (__u8 ... __u64) come from the system header and only the kernel-internal
 * names are added here.
 */
#ifndef _SHIM_LINUX_TYPES_H
#define _SHIM_LINUX_TYPES_H

#include_next <linux/types.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

typedef __u8 u8;
typedef __u16 u16;
typedef __u32 u32;
typedef __u64 u64;
typedef __s8 s8;
typedef __s16 s16;
typedef __s32 s32;
typedef __s64 s64;

/* Sparse annotations: nothing to check in user space. */
#define __user
#define __percpu
#define __must_check	__attribute__((__warn_unused_result__))
#define __printf(a, b)	__attribute__((format(printf, a, b)))

/* Declared here in the kernel too; only ever embedded, never used here. */
struct list_head {
	struct list_head *next, *prev;
};

struct hlist_node {
	struct hlist_node *next, **pprev;
};

struct rcu_head {
	struct rcu_head *next;
	void (*func)(struct rcu_head *head);
};

typedef struct {
	int counter;
} atomic_t;

#endif /* _SHIM_LINUX_TYPES_H */
