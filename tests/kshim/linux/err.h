/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/err.h>: in the shim's kernel.h, as the kernel's pulls it in too. */
#ifndef _SHIM_LINUX_ERR_H
#define _SHIM_LINUX_ERR_H

#include <linux/kernel.h>
#include <linux/errno.h>

#endif /* _SHIM_LINUX_ERR_H */
