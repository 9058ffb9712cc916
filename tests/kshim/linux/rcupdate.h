/* SPDX-License-Identifier: GPL-2.0 */
/* struct rcu_head is in the shim's <linux/types.h>; no RCU in a parser. */
#ifndef _SHIM_LINUX_RCUPDATE_H
#define _SHIM_LINUX_RCUPDATE_H

#include <linux/types.h>

#endif /* _SHIM_LINUX_RCUPDATE_H */
