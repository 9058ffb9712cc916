/* SPDX-License-Identifier: GPL-2.0 */
/*
 * compat.h - the differences between the kernels kstrace.ko builds for
 * (Debian's 5.10, 6.1, 6.12 and 7.x), all in this one place.
 *
 * Each difference is found at build time by a test of the headers of the
 * kernel being built against (gen-features.sh writes features.h; see
 * module/Kbuild), never by LINUX_VERSION_CODE: distribution kernels
 * backport. The probes' prototypes are also checked against the
 * tracepoints' own (check_trace_callback_type_*() in hooks.c), so a
 * wrong answer here fails the build instead of calling a probe with the
 * wrong type.
 *
 * Differences that need no code, checked on each kernel:
 * - syscall tracepoints that may fault (TRACE_EVENT_SYSCALL, in 7.x) and
 *   other tracepoints under SRCU (7.x) run their probes preemptible: the
 *   hooks disable preemption themselves around their per-CPU work, and
 *   tracepoint_synchronize_unregister() waits for both kinds of reader;
 * - kretprobes on rethook (6.1 on) or on the kretprobe hash (5.10) are
 *   used through the same struct kretprobe fields.
 */
#ifndef _KSTRACE_COMPAT_H
#define _KSTRACE_COMPAT_H

#include <linux/kprobes.h>
#include "features.h"

/* The kretprobe of an instance: get_kretprobe() since 5.11, ri->rp before. */
static inline struct kretprobe *ks_get_kretprobe(struct kretprobe_instance *ri)
{
#ifdef KS_HAVE_GET_KRETPROBE
	return get_kretprobe(ri);
#else
	return ri->rp;
#endif
}

/*
 * sched_process_exit's probe: newer kernels also pass group_dead, whether
 * the task's thread group died with it; hooks.c has a probe for each
 * prototype and calls the one that KS_HAVE_SCHED_EXIT_GROUP_DEAD selects.
 */

#endif /* _KSTRACE_COMPAT_H */
