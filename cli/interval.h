/* SPDX-License-Identifier: GPL-2.0 */
/*
 * interval.h - --interval: the calls between two snapshots of a session's
 * counters, which the module never resets.
 */
#ifndef KSTRACE_CLI_INTERVAL_H
#define KSTRACE_CLI_INTERVAL_H

#include "session.h"

/* results_copy - a deep copy of r (syscalls, probes and groups). */
void results_copy(struct ks_results *dst, const struct ks_results *r);

/*
 * results_diff - d = cur - prev, the calls of the interval: counts, sums
 * and histograms subtract exactly; the shortest and longest call are the
 * run's when it moved in the interval, else bounds from the interval's
 * histogram (see the man page). d holds no targets; free it with
 * ks_results_free().
 */
void results_diff(struct ks_results *d, const struct ks_results *cur,
		  const struct ks_results *prev);

#endif /* KSTRACE_CLI_INTERVAL_H */
