/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/smp.h>: in the shim's <linux/percpu.h>. */
#include <linux/percpu.h>
