/* SPDX-License-Identifier: GPL-2.0 */
/* The kernel's allocators, as the C library's. */
#ifndef _SHIM_LINUX_SLAB_H
#define _SHIM_LINUX_SLAB_H

#include <stdlib.h>

#define GFP_KERNEL	0
#define GFP_NOWAIT	0
#define __GFP_NOWARN	0
#define kzalloc(n, gfp)			calloc(1, (n))
#define kvzalloc_node(n, gfp, node)	calloc(1, (n))
#define kvmalloc(n, gfp)		malloc(n)
#define kvcalloc(n, size, gfp)		calloc((n), (size))
#define kfree(p)			free(p)
#define kvfree(p)			free(p)

#endif /* _SHIM_LINUX_SLAB_H */
