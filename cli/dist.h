/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dist.h - what the kernel's log2 latency histograms say: percentiles
 * (bounds, not estimates) and bcc funclatency's picture of them.
 */
#ifndef KSTRACE_CLI_DIST_H
#define KSTRACE_CLI_DIST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "session.h"

/* Calls in a histogram: 0 when the module kept none (summary 1). */
uint64_t hist_count(const uint64_t *hist);

/*
 * hist_percentile - an upper bound of percentile PCT (1..100) in ns: the
 * upper bound of the bucket the PCT-th call falls in, capped by max_ns,
 * the longest call seen. false when the histogram is empty.
 */
bool hist_percentile(const uint64_t *hist, uint64_t max_ns, unsigned int pct,
		     uint64_t *ns);

/* hist_upper_ns - the exclusive upper bound of bucket b; 0: unbounded. */
uint64_t hist_upper_ns(unsigned int b);

/* hist_bound - what a call of bucket b took at most, given the longest. */
uint64_t hist_bound(unsigned int b, uint64_t max_ns);

/* One bucket of one histogram, as a bound: for percentiles over several. */
struct hist_cell {
	uint64_t bound_ns;
	uint64_t count;
};

/*
 * cells_percentile - percentile PCT of n cells (sorted here): the bound
 * of the cell the PCT-th call falls in. false when they hold no call.
 */
bool cells_percentile(struct hist_cell *c, size_t n, unsigned int pct,
		      uint64_t *ns);

/*
 * hist_print_log2 - NAME's histogram as bcc's funclatency prints one, in
 * nsecs (the kernel's buckets are powers of two of nanoseconds), then its
 * "avg = ..., total: ..., count: ..." line.
 */
void hist_print_log2(FILE *out, const char *name, const uint64_t *hist,
		     uint64_t total_ns, uint64_t calls);

#endif /* KSTRACE_CLI_DIST_H */
