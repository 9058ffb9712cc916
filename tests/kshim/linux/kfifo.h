/* SPDX-License-Identifier: GPL-2.0 */
/* Only embedded in struct ks_evbuf, which the parser never touches. */
#ifndef _SHIM_LINUX_KFIFO_H
#define _SHIM_LINUX_KFIFO_H

struct kfifo {
	void *data;
};

#endif /* _SHIM_LINUX_KFIFO_H */
