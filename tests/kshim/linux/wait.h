/* SPDX-License-Identifier: GPL-2.0 */
/* Only embedded in struct ks_session, which the parser never touches. */
#ifndef _SHIM_LINUX_WAIT_H
#define _SHIM_LINUX_WAIT_H

#include <linux/mutex.h>

struct wait_queue_head {
	spinlock_t lock;
	struct list_head head;
};
typedef struct wait_queue_head wait_queue_head_t;

#endif /* _SHIM_LINUX_WAIT_H */
