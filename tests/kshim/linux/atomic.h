/* SPDX-License-Identifier: GPL-2.0 */
/*
 * atomic_t is in the shim's <linux/types.h>. kstrace.h's inline state
 * accessors use the release/acquire pair; the compiler's builtins give the
 * same ordering (they are never called by the parser anyway).
 */
#ifndef _SHIM_LINUX_ATOMIC_H
#define _SHIM_LINUX_ATOMIC_H

#include <linux/types.h>

#define smp_store_release(p, v)	__atomic_store_n(p, v, __ATOMIC_RELEASE)
#define smp_load_acquire(p)	__atomic_load_n(p, __ATOMIC_ACQUIRE)
#define READ_ONCE(x)		__atomic_load_n(&(x), __ATOMIC_RELAXED)
#define WRITE_ONCE(x, v)	__atomic_store_n(&(x), v, __ATOMIC_RELAXED)
#define atomic_read(v)		READ_ONCE((v)->counter)

#endif /* _SHIM_LINUX_ATOMIC_H */
