/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/kref.h>: struct kref for module/kstrace.h; the shim never counts. */
#ifndef _SHIM_LINUX_KREF_H
#define _SHIM_LINUX_KREF_H

#include <linux/types.h>

struct kref {
	atomic_t refcount;
};

#endif /* _SHIM_LINUX_KREF_H */
