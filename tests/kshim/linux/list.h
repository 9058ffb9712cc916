/* SPDX-License-Identifier: GPL-2.0 */
/* struct list_head and hlist_node are in the shim's <linux/types.h>. */
#ifndef _SHIM_LINUX_LIST_H
#define _SHIM_LINUX_LIST_H

#include <linux/types.h>

#endif /* _SHIM_LINUX_LIST_H */
