// SPDX-License-Identifier: GPL-2.0
/*
 * stats_test.c - module/stats.c in user space (tests/kshim/): a session's
 * per-CPU counters merged into the results text, with counts past 2^32 in
 * one latency bucket on each of two CPUs (histogram buckets are as wide as
 * the call counts: they must add up to the calls).
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/percpu.h>

#include "../../module/kstrace.h"

int kshim_cpu;

/* What stats.c calls in the rest of the module: no probe, no group. */
unsigned long ks_probe_summary(struct ks_session *sess, unsigned int i,
			       struct ks_sc_stat *sum, u64 *hist)
{
	return 0;
}

const char *ks_probe_func(struct ks_session *sess, unsigned int i)
{
	return "";
}

bool ks_probe_is_ret(struct ks_session *sess, unsigned int i)
{
	return false;
}

unsigned int ks_groups_used(struct ks_session *sess)
{
	return 0;
}

int ks_groups_format(struct ks_session *sess, struct ks_out *o)
{
	return 0;
}

void ks_targets_recheck(struct ks_session *sess)
{
}

void ks_group_record(struct ks_session *sess, struct ks_group_table *g, unsigned int idx,
		     long ret, u64 ns)
{
}

int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int n = vsnprintf(buf, size, fmt, args);

	return n < 0 ? 0 : (size_t)n >= size ? (int)(size ? size - 1 : 0) : n;
}

static int failed, passed;

static void check(int ok, const char *what, const char *got)
{
	if (ok) {
		printf("ok %d - %s\n", ++passed + failed, what);
	} else {
		printf("not ok %d - %s\n#   got: %s\n", passed + ++failed, what, got);
	}
}

/* The "syscall 64 NR ..." line of @text. */
static const char *sc_line(const char *text, unsigned int nr)
{
	static char line[1024];
	char head[32];
	const char *p;

	snprintf(head, sizeof(head), "\nsyscall 64 %u ", nr);
	p = strstr(text, head);
	if (!p)
		return "";
	p++;
	snprintf(line, sizeof(line), "%.*s", (int)strcspn(p, "\n"), p);
	return line;
}

int main(void)
{
	const uint64_t big = (1ULL << 32) + 5;
	struct ks_session sess = { .summary = KSTRACE_SUMMARY_HIST };
	struct ks_cpu_stats *cs;
	unsigned int b = ks_bucket(1000);	/* 1000 ns: bucket 9 */
	char *text, want[256];
	size_t len;
	int cpu;

	if (ks_stats_init(&sess.stats) || ks_stats_alloc(&sess.stats, KSTRACE_SUMMARY_HIST))
		return 2;
	for (cpu = 0; cpu < 2; cpu++) {
		kshim_cpu = cpu;
		/* One real call, then the counters as 2^32 + 5 calls would leave them. */
		ks_stats_record(&sess, 110, false, 0, 1000);
		cs = per_cpu_ptr(sess.stats.cpu, cpu);
		cs->sc[110].calls = big;
		cs->sc[110].total_ns = big * 1000;
		cs->hist[110 * KSTRACE_HIST_BUCKETS + b] = big;
	}
	if (ks_stats_format(&sess, &text, &len))
		return 2;
	snprintf(want, sizeof(want), "syscall 64 110 %" PRIu64 " 0 %" PRIu64 " 1000 1000 %u:%" PRIu64,
		 2 * big, 2 * big * 1000, b, 2 * big);
	check(!strcmp(sc_line(text, 110), want),
	      "two CPUs' 2^32 + 5 calls in one bucket merge to 2^33 + 10, calls and bucket alike",
	      sc_line(text, 110));
	check(ks_bucket(0) == 0 && ks_bucket(1) == 0 && ks_bucket(2) == 1 &&
	      ks_bucket(~0ULL) == KSTRACE_HIST_BUCKETS - 1,
	      "buckets: 0 and 1 ns in the first, the largest in the last", "");
	free(text);

	sess.summary = KSTRACE_SUMMARY_COUNTS;
	ks_stats_free(&sess.stats);
	if (ks_stats_init(&sess.stats) || ks_stats_alloc(&sess.stats, KSTRACE_SUMMARY_COUNTS))
		return 2;
	kshim_cpu = 1;
	ks_stats_record(&sess, 0, false, -2, 50);
	ks_stats_format(&sess, &text, &len);
	check(!strcmp(sc_line(text, 0), "syscall 64 0 1 1 50 50 50 -"),
	      "summary 1: calls, errors and times, no histogram (\"-\")", sc_line(text, 0));
	free(text);
	ks_stats_free(&sess.stats);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
