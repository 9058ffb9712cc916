/* SPDX-License-Identifier: GPL-2.0 */
/* Only embedded in struct ks_session, which the parser never touches. */
#ifndef _SHIM_LINUX_IRQ_WORK_H
#define _SHIM_LINUX_IRQ_WORK_H

#include <linux/types.h>

struct irq_work {
	void (*func)(struct irq_work *work);
};

#endif /* _SHIM_LINUX_IRQ_WORK_H */
