/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/lockdep.h>: a single-threaded test holds every lock it needs. */
#ifndef _SHIM_LINUX_LOCKDEP_H
#define _SHIM_LINUX_LOCKDEP_H

#define lockdep_assert_held(l)	do { (void)(l); } while (0)

#endif /* _SHIM_LINUX_LOCKDEP_H */
