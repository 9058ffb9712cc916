/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/mm.h>: the allocators are in the shim's <linux/slab.h>. */
#include <linux/slab.h>
