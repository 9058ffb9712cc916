/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/cpumask.h>: in the shim's <linux/percpu.h>. */
#include <linux/percpu.h>
