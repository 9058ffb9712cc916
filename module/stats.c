// SPDX-License-Identifier: GPL-2.0
/*
 * stats.c - per-syscall statistics of a session.
 *
 * Each CPU has its own copy of a session's counters, written only by the
 * hooks running on that CPU, so that the syscall path takes no lock and
 * shares no cache line. Reading merges the copies; the summary therefore
 * stays exact whatever else is dropped.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/cpumask.h>
#include <linux/log2.h>
#include <linux/err.h>
#include <linux/smp.h>
#include "kstrace.h"

int ks_stats_alloc(struct ks_stats *st)
{
	unsigned int cpu;

	st->cpu = kcalloc(nr_cpu_ids, sizeof(*st->cpu), GFP_KERNEL);
	if (!st->cpu)
		return -ENOMEM;
	for_each_possible_cpu(cpu) {
		st->cpu[cpu] = kvzalloc_node(sizeof(*st->cpu[cpu]), GFP_KERNEL,
					     cpu_to_node(cpu));
		if (!st->cpu[cpu]) {
			ks_stats_free(st);
			return -ENOMEM;
		}
	}
	return 0;
}

void ks_stats_free(struct ks_stats *st)
{
	unsigned int cpu;

	if (!st->cpu)
		return;
	for_each_possible_cpu(cpu)
		kvfree(st->cpu[cpu]);
	kfree(st->cpu);
	st->cpu = NULL;
}

/* Memory one session's statistics take. */
size_t ks_stats_bytes(void)
{
	return num_possible_cpus() * sizeof(struct ks_cpu_stats) +
	       nr_cpu_ids * sizeof(struct ks_cpu_stats *);
}

static unsigned int ks_bucket(u64 ns)
{
	unsigned int b = ns ? ilog2(ns) : 0;

	return min_t(unsigned int, b, KSTRACE_HIST_BUCKETS - 1);
}

/* Adds one call to @s, a CPU's own copy. */
void ks_sc_add(struct ks_sc_stat *s, long ret, u64 ns)
{
	if (!s->calls || ns < s->min_ns)
		s->min_ns = ns;
	if (ns > s->max_ns)
		s->max_ns = ns;
	s->calls++;
	s->total_ns += ns;
	if (IS_ERR_VALUE(ret))
		s->errors++;
	s->hist[ks_bucket(ns)]++;
}

/*
 * Called from the hooks, with preemption disabled by the caller so that
 * the CPU's copy stays ours for the whole update.
 */
void ks_stats_record(struct ks_session *sess, int nr, bool compat, long ret, u64 ns)
{
	struct ks_cpu_stats *cs = sess->stats.cpu[smp_processor_id()];

	if (nr < 0 || nr >= KSTRACE_MAX_SYSCALLS) {
		cs->badnr++;
		return;
	}
	ks_sc_add(compat ? &cs->compat[nr] : &cs->native[nr], ret, ns);
}

/* Bumps the u64 counter at @offset of this CPU's struct ks_cpu_stats. */
void ks_stats_count(struct ks_session *sess, size_t offset)
{
	struct ks_cpu_stats *cs;

	preempt_disable();
	cs = sess->stats.cpu[smp_processor_id()];
	(*(u64 *)((char *)cs + offset))++;
	preempt_enable();
}

void ks_sc_merge(struct ks_sc_stat *dst, const struct ks_sc_stat *src)
{
	unsigned int b;

	if (!src->calls)
		return;
	if (!dst->calls || src->min_ns < dst->min_ns)
		dst->min_ns = src->min_ns;
	dst->max_ns = max(dst->max_ns, src->max_ns);
	dst->calls += src->calls;
	dst->errors += src->errors;
	dst->total_ns += src->total_ns;
	for (b = 0; b < KSTRACE_HIST_BUCKETS; b++)
		dst->hist[b] += src->hist[b];
}

/* Records one CPU dropped: full buffer, or a probe hit inside a write. */
static u64 ks_cpu_lost(const struct ks_cpu_stats *cs)
{
	return cs->lost + local_read(&cs->lost_nested);
}

static void ks_stats_merge(struct ks_stats *st, struct ks_cpu_stats *sum)
{
	unsigned int cpu, nr;

	memset(sum, 0, sizeof(*sum));
	for_each_possible_cpu(cpu) {
		const struct ks_cpu_stats *cs = st->cpu[cpu];

		for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++) {
			ks_sc_merge(&sum->native[nr], &cs->native[nr]);
			ks_sc_merge(&sum->compat[nr], &cs->compat[nr]);
		}
		sum->unpaired += cs->unpaired;
		sum->badnr += cs->badnr;
		sum->untracked += cs->untracked;
		sum->lost += ks_cpu_lost(cs);
		sum->written += cs->written;
	}
}

struct ks_out {
	char *buf;
	size_t len;
	size_t size;
};

static __printf(2, 3) void ks_out(struct ks_out *o, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	o->len += vscnprintf(o->buf + o->len, o->size - o->len, fmt, args);
	va_end(args);
}

static void ks_format_hist(struct ks_out *o, const struct ks_sc_stat *s)
{
	unsigned int b;
	bool first = true;

	for (b = 0; b < KSTRACE_HIST_BUCKETS; b++) {
		if (!s->hist[b])
			continue;
		ks_out(o, "%s%u:%u", first ? "" : ",", b, s->hist[b]);
		first = false;
	}
	ks_out(o, "%s\n", first ? "-" : "");
}

static void ks_format_sc(struct ks_out *o, int abi, unsigned int nr,
			 const struct ks_sc_stat *s)
{
	if (!s->calls)
		return;
	ks_out(o, "syscall %d %u %llu %llu %llu %llu %llu ", abi, nr, s->calls,
	       s->errors, s->total_ns, s->min_ns, s->max_ns);
	ks_format_hist(o, s);
}

static void ks_format_probes(struct ks_out *o, struct ks_session *sess)
{
	struct ks_sc_stat s;
	unsigned long missed;
	unsigned int i;

	for (i = 0; i < sess->nr_probes; i++) {
		missed = ks_probe_summary(sess, i, &s);
		ks_out(o, "probe %u %s %s %llu %llu %llu %llu %llu %lu ", i,
		       ks_probe_is_ret(sess, i) ? "kretprobe" : "kprobe",
		       ks_probe_func(sess, i), s.calls, s.errors, s.total_ns,
		       s.min_ns, s.max_ns, missed);
		ks_format_hist(o, &s);
	}
}

static const char *const ks_state_names[] = {
	[KS_IDLE] = "idle",
	[KS_RUNNING] = "running",
	[KS_STOPPED] = "stopped",
};

/* Longest "syscall" line: fixed fields plus every bucket. */
#define KS_SC_LINE_MAX	(128 + KSTRACE_HIST_BUCKETS * 24)

static void ks_format_targets(struct ks_out *o, struct ks_session *sess)
{
	unsigned int i;

	spin_lock(&sess->target_lock);
	for (i = 0; i < sess->nr_targets; i++) {
		const struct ks_target *t = &sess->targets[i];

		ks_out(o, "target %d %s %d\n", t->nr,
		       t->exited ? "exited" : "alive", t->exited ? t->status : 0);
	}
	spin_unlock(&sess->target_lock);
}

/* The "lostcpu" lines, then "nested": what no LOST record reports. */
static void ks_format_lost(struct ks_out *o, struct ks_session *sess)
{
	const struct ks_cpu_stats *cs;
	unsigned int cpu;
	u64 lost, nested = 0;

	for_each_possible_cpu(cpu) {
		cs = sess->stats.cpu[cpu];
		lost = ks_cpu_lost(cs);
		if (lost)
			ks_out(o, "lostcpu %u %llu\n", cpu, lost);
		nested += local_read(&cs->lost_nested);
	}
	ks_out(o, "nested %llu\n", nested);
}

/**
 * ks_stats_format() - the results text of a session (see the uapi header)
 * @sess: the session, its lock held
 * @bufp: set to a kvmalloc()ed buffer the caller frees with kvfree()
 * @lenp: set to the length of the text
 *
 * Return: 0 or -ENOMEM.
 */
int ks_stats_format(struct ks_session *sess, char **bufp, size_t *lenp)
{
	struct ks_cpu_stats *sum;
	struct ks_out o = { };
	unsigned int nr, used = 0;

	sum = kvmalloc(sizeof(*sum), GFP_KERNEL);
	if (!sum)
		return -ENOMEM;
	ks_stats_merge(&sess->stats, sum);
	for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++)
		used += !!sum->native[nr].calls + !!sum->compat[nr].calls;

	o.size = 512 + KSTRACE_MAX_TARGETS * 48 + num_possible_cpus() * 48 +
		 (used + sess->nr_probes) * (KS_SC_LINE_MAX + KSTRACE_FUNC_MAX);
	o.buf = kvmalloc(o.size, GFP_KERNEL);
	if (!o.buf) {
		kvfree(sum);
		return -ENOMEM;
	}
	ks_out(&o, "version %d\n", KSTRACE_FORMAT_VERSION);
	ks_out(&o, "state %s\n", ks_state_names[sess->state]);
	ks_out(&o, "tasks %d\n", atomic_read(&sess->nr_tasks));
	ks_out(&o, "untracked %llu\n", sum->untracked);
	ks_out(&o, "unpaired %llu\n", sum->unpaired);
	ks_out(&o, "badnr %llu\n", sum->badnr);
	ks_out(&o, "lost %llu\n", sum->lost);
	ks_format_lost(&o, sess);
	ks_out(&o, "written %llu\n", sum->written);
	ks_format_targets(&o, sess);
	for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++)
		ks_format_sc(&o, KSTRACE_ABI_NATIVE, nr, &sum->native[nr]);
	for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++)
		ks_format_sc(&o, KSTRACE_ABI_COMPAT, nr, &sum->compat[nr]);
	ks_format_probes(&o, sess);
	ks_out(&o, "end\n");
	kvfree(sum);

	*bufp = o.buf;
	*lenp = o.len;
	return 0;
}
