/* SPDX-License-Identifier: GPL-2.0 */
/* Only in struct ks_cpu_stats, which the parser never touches. */
#ifndef _SHIM_ASM_LOCAL_H
#define _SHIM_ASM_LOCAL_H

typedef struct {
	long a;
} local_t;

#define local_read(l)		((l)->a)
#define local_set(l, v)		((l)->a = (v))
#define local_inc(l)		((l)->a++)

#endif /* _SHIM_ASM_LOCAL_H */
