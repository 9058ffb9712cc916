// SPDX-License-Identifier: GPL-2.0
/*
 * dist.c - percentiles and pictures from the kernel's log2 histograms.
 *
 * The module counts each call in bucket b = floor(log2(ns)) (b = 0 also
 * for 0 ns; the last bucket takes everything above): a call's exact time
 * is gone, only its power of two is left. So a percentile is given as the
 * bucket's upper bound, which the call cannot exceed, and never above the
 * longest call seen, which the module keeps exactly. Interpolating inside
 * a bucket would print digits nobody measured.
 */
#include <inttypes.h>
#include <stdlib.h>

#include "dist.h"

/* bcc's width of the bar (stars_max in bcc's table.py) */
#define STARS_MAX	40

uint64_t hist_count(const uint64_t *hist)
{
	uint64_t n = 0;
	int b;

	for (b = 0; b < KS_HIST_MAX; b++)
		n += hist[b];
	return n;
}

uint64_t hist_upper_ns(unsigned int b)
{
	if (b + 1 >= KSTRACE_HIST_BUCKETS || b + 1 >= 64)
		return 0;
	return 1ULL << (b + 1);
}

uint64_t hist_bound(unsigned int b, uint64_t max_ns)
{
	uint64_t up = hist_upper_ns(b);

	return up && up < max_ns ? up : max_ns;
}

static int cell_cmp(const void *pa, const void *pb)
{
	const struct hist_cell *a = pa, *b = pb;

	return a->bound_ns < b->bound_ns ? -1 : a->bound_ns > b->bound_ns;
}

/*
 * Each histogram's cells are capped by its own longest call, so a total
 * over several syscalls is bounded tighter than by their summed buckets.
 */
bool cells_percentile(struct hist_cell *c, size_t n, unsigned int pct,
		      uint64_t *ns)
{
	uint64_t total = 0, rank, seen = 0;
	size_t i;

	for (i = 0; i < n; i++)
		total += c[i].count;
	if (!total)
		return false;
	qsort(c, n, sizeof(*c), cell_cmp);
	rank = (total * pct + 99) / 100;
	for (i = 0; i < n; i++) {
		seen += c[i].count;
		if (seen >= rank && c[i].count)
			break;
	}
	*ns = c[i < n ? i : n - 1].bound_ns;
	return true;
}

bool hist_percentile(const uint64_t *hist, uint64_t max_ns, unsigned int pct,
		     uint64_t *ns)
{
	uint64_t n = hist_count(hist), rank, seen = 0;
	int b;

	if (!n)
		return false;
	/* the rank of the call at PCT percent, rounded up: p100 is the last */
	rank = (n * pct + 99) / 100;
	if (!rank)
		rank = 1;
	for (b = 0; b < KS_HIST_MAX; b++) {
		seen += hist[b];
		if (seen >= rank)
			break;
	}
	*ns = hist_bound(b < KS_HIST_MAX ? b : KS_HIST_MAX - 1, max_ns);
	return true;
}

static void stars(FILE *out, uint64_t val, uint64_t val_max, int width)
{
	uint64_t n = val_max ? val * width / val_max : 0;
	int i;

	for (i = 0; i < width; i++)
		fputc((uint64_t)i < n ? '*' : ' ', out);
}

/*
 * bcc's slot i counts [2^(i-1), 2^i - 1] (slot 1: 0 and 1); the kernel's
 * bucket b is [2^b, 2^(b+1) - 1] (b = 0: 0 and 1): bucket b is slot b + 1,
 * and rows run from slot 1 to the last non-empty one, as bcc's do.
 */
void hist_print_log2(FILE *out, const char *name, const uint64_t *hist,
		     uint64_t total_ns, uint64_t calls)
{
	uint64_t most = 0, low, high;
	int b, last = -1;
	bool wide;

	for (b = 0; b < KS_HIST_MAX; b++) {
		if (hist[b])
			last = b;
		if (hist[b] > most)
			most = hist[b];
	}
	fprintf(out, "\nsyscall = %s\n", name);
	if (last < 0) {
		fputs("no histogram: the module kept none for this syscall\n", out);
		return;
	}
	wide = last + 1 > 32;
	if (wide)
		fprintf(out, "               %-29s : count     distribution\n", "nsecs");
	else
		fprintf(out, "     %-19s : count     distribution\n", "nsecs");
	for (b = 0; b <= last; b++) {
		low = b ? 1ULL << b : 0;
		high = (2ULL << b) - 1;
		if (wide)
			fprintf(out, "%20" PRIu64 " -> %-20" PRIu64 " : %-8" PRIu64 " |",
				low, high, hist[b]);
		else
			fprintf(out, "%10" PRIu64 " -> %-10" PRIu64 " : %-8" PRIu64 " |",
				low, high, hist[b]);
		/* bcc halves the bar when the numbers take more room */
		stars(out, hist[b], most, wide ? STARS_MAX / 2 : STARS_MAX);
		fputs("|\n", out);
	}
	fprintf(out, "\navg = %" PRIu64 " nsecs, total: %" PRIu64 " nsecs, count: %" PRIu64 "\n",
		calls ? total_ns / calls : 0, total_ns, calls);
}
