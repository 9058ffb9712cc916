// SPDX-License-Identifier: GPL-2.0
/*
 * interval.c - the difference of two snapshots of the results.
 *
 * The module's counters only grow while a session runs, and several
 * readers (the table, --metrics) must see the same totals: so kstrace
 * reads, never resets, and an interval is a subtraction. Nothing is lost
 * between two reads: a call counted after one snapshot is in the next.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dist.h"
#include "interval.h"

static void *dup_array(const void *src, size_t n, size_t size)
{
	void *p;

	if (!n)
		return NULL;
	p = malloc(n * size);
	if (!p) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	memcpy(p, src, n * size);
	return p;
}

void results_copy(struct ks_results *dst, const struct ks_results *r)
{
	*dst = *r;
	dst->lostcpu = NULL;
	dst->nlostcpu = 0;
	dst->targets = dup_array(r->targets, r->ntargets, sizeof(*r->targets));
	dst->sc = dup_array(r->sc, r->nsc, sizeof(*r->sc));
	dst->probes = dup_array(r->probes, r->nprobes, sizeof(*r->probes));
	dst->groups = dup_array(r->groups, r->ngroups, sizeof(*r->groups));
}

static const struct ks_syscall *find_sc(const struct ks_results *r,
					unsigned int abi, unsigned int nr)
{
	size_t i;

	for (i = 0; i < r->nsc; i++)
		if (r->sc[i].abi == abi && r->sc[i].nr == nr)
			return &r->sc[i];
	return NULL;
}

static const struct ks_group *find_group(const struct ks_results *r,
					 const struct ks_group *g)
{
	size_t i;

	for (i = 0; i < r->ngroups; i++)
		if (r->groups[i].key == g->key && r->groups[i].abi == g->abi &&
		    r->groups[i].nr == g->nr)
			return &r->groups[i];
	return NULL;
}

/*
 * bound_extremes - the interval's shortest and longest call. When the
 * run's extreme moved, the interval made it; else the run's extreme is
 * outside the interval and the interval's buckets bound it (never beyond
 * the run's own extremes).
 */
static void bound_extremes(struct ks_syscall *d, const struct ks_syscall *cur,
			   const struct ks_syscall *prev)
{
	int b, lo = -1, hi = -1;
	uint64_t up;

	for (b = 0; b < KS_HIST_MAX; b++) {
		if (!d->hist[b])
			continue;
		if (lo < 0)
			lo = b;
		hi = b;
	}
	d->min_ns = cur->min_ns;
	d->max_ns = cur->max_ns;
	if (!prev || lo < 0)
		return;
	if (cur->min_ns >= prev->min_ns && lo > 0 &&
	    (1ULL << lo) > cur->min_ns)
		d->min_ns = 1ULL << lo;
	up = hist_upper_ns(hi);
	if (cur->max_ns <= prev->max_ns && up && up < cur->max_ns)
		d->max_ns = up;
}

static void diff_syscalls(struct ks_results *d, const struct ks_results *cur,
			  const struct ks_results *prev)
{
	const struct ks_syscall *c, *p;
	struct ks_syscall *o;
	size_t i;
	int b;

	d->sc = calloc(cur->nsc ? cur->nsc : 1, sizeof(*d->sc));
	if (!d->sc) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	for (i = 0; i < cur->nsc; i++) {
		c = &cur->sc[i];
		p = find_sc(prev, c->abi, c->nr);
		if (p && p->calls >= c->calls)
			continue;	/* no call in the interval */
		o = &d->sc[d->nsc++];
		*o = *c;
		if (!p)
			continue;
		o->calls -= p->calls;
		o->errors -= p->errors;
		o->total_ns -= p->total_ns;
		for (b = 0; b < KS_HIST_MAX; b++)
			o->hist[b] -= p->hist[b];
		bound_extremes(o, c, p);
	}
}

static void diff_groups(struct ks_results *d, const struct ks_results *cur,
			const struct ks_results *prev)
{
	const struct ks_group *c, *p;
	struct ks_group *o;
	size_t i;

	if (!cur->ngroups)
		return;
	d->groups = calloc(cur->ngroups, sizeof(*d->groups));
	if (!d->groups) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	for (i = 0; i < cur->ngroups; i++) {
		c = &cur->groups[i];
		p = find_group(prev, c);
		if (p && p->calls >= c->calls)
			continue;
		o = &d->groups[d->ngroups++];
		*o = *c;
		if (!p)
			continue;
		o->calls -= p->calls;
		o->errors -= p->errors;
		o->total_ns -= p->total_ns;
	}
}

static uint64_t sub(uint64_t a, uint64_t b)
{
	return a > b ? a - b : 0;
}

void results_diff(struct ks_results *d, const struct ks_results *cur,
		  const struct ks_results *prev)
{
	memset(d, 0, sizeof(*d));
	d->version = cur->version;
	d->state = cur->state;
	d->tasks = cur->tasks;
	memcpy(d->scope, cur->scope, sizeof(d->scope));
	d->untracked = sub(cur->untracked, prev->untracked);
	d->unpaired = sub(cur->unpaired, prev->unpaired);
	d->badnr = sub(cur->badnr, prev->badnr);
	d->lost = sub(cur->lost, prev->lost);
	d->groupoverflow = sub(cur->groupoverflow, prev->groupoverflow);
	diff_syscalls(d, cur, prev);
	diff_groups(d, cur, prev);
}
