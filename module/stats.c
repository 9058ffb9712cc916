// SPDX-License-Identifier: GPL-2.0
/*
 * stats.c - per-syscall statistics of a session.
 *
 * Each CPU has its own copy of a session's counters, written only by the
 * hooks running on that CPU, so that the syscall path takes no lock and
 * shares no cache line. Reading merges the copies; the summary therefore
 * stays exact whatever else is dropped.
 *
 * A session keeps only what its summary level asks for ("summary" in the
 * uapi header): the stream's counters always, per-syscall counts and
 * times from level 1, latency histograms from level 2. The per-syscall
 * tables are allocated when tracing starts, when the level is final.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/cpumask.h>
#include <linux/log2.h>
#include <linux/err.h>
#include <linux/smp.h>
#include <linux/lockdep.h>
#include "kstrace.h"

/* The counters every session has, whatever it keeps of syscalls. */
int ks_stats_init(struct ks_stats *st)
{
	st->cpu = alloc_percpu(struct ks_cpu_stats);
	return st->cpu ? 0 : -ENOMEM;
}

static size_t ks_sc_bytes(void)
{
	return 2 * KSTRACE_MAX_SYSCALLS * sizeof(struct ks_sc_stat);
}

static size_t ks_hist_bytes(void)
{
	return 2 * KSTRACE_MAX_SYSCALLS * KSTRACE_HIST_BUCKETS * sizeof(u64);
}

/* Frees the per-syscall tables; the session's other counters stay. */
void ks_stats_free_tables(struct ks_stats *st)
{
	struct ks_cpu_stats *cs;
	int cpu;

	for_each_possible_cpu(cpu) {
		cs = per_cpu_ptr(st->cpu, cpu);
		kvfree(cs->sc);
		kvfree(cs->hist);
		cs->sc = NULL;
		cs->hist = NULL;
	}
}

/**
 * ks_stats_alloc() - the per-syscall tables a summary of @level needs
 * @st: the session's statistics, without tables yet
 * @level: KSTRACE_SUMMARY_*
 *
 * Return: 0 or -ENOMEM (nothing allocated then).
 */
int ks_stats_alloc(struct ks_stats *st, unsigned int level)
{
	struct ks_cpu_stats *cs;
	int cpu;

	for_each_possible_cpu(cpu) {
		cs = per_cpu_ptr(st->cpu, cpu);
		if (level >= KSTRACE_SUMMARY_COUNTS) {
			cs->sc = kvzalloc_node(ks_sc_bytes(), GFP_KERNEL, cpu_to_node(cpu));
			if (!cs->sc)
				goto err_free;
		}
		if (level >= KSTRACE_SUMMARY_HIST) {
			cs->hist = kvzalloc_node(ks_hist_bytes(), GFP_KERNEL, cpu_to_node(cpu));
			if (!cs->hist)
				goto err_free;
		}
	}
	return 0;

err_free:
	ks_stats_free_tables(st);
	return -ENOMEM;
}

void ks_stats_free(struct ks_stats *st)
{
	if (!st->cpu)
		return;
	ks_stats_free_tables(st);
	free_percpu(st->cpu);
	st->cpu = NULL;
}

/* Memory a session's statistics take on each CPU at summary @level. */
size_t ks_stats_bytes(unsigned int level)
{
	size_t n = sizeof(struct ks_cpu_stats);

	if (level >= KSTRACE_SUMMARY_COUNTS)
		n += ks_sc_bytes();
	if (level >= KSTRACE_SUMMARY_HIST)
		n += ks_hist_bytes();
	return n;
}

/* The latency bucket of a call of @ns: [2^b, 2^(b+1)) ns, b = 0 from 0 ns. */
unsigned int ks_bucket(u64 ns)
{
	unsigned int b = ns ? ilog2(ns) : 0;

	return min_t(unsigned int, b, KSTRACE_HIST_BUCKETS - 1);
}

/* Adds one call to @s and to its histogram @hist (NULL: none kept). */
void ks_sc_add(struct ks_sc_stat *s, u64 *hist, long ret, u64 ns)
{
	if (!s->calls || ns < s->min_ns)
		s->min_ns = ns;
	if (ns > s->max_ns)
		s->max_ns = ns;
	s->calls++;
	s->total_ns += ns;
	if (IS_ERR_VALUE(ret))
		s->errors++;
	if (hist)
		hist[ks_bucket(ns)]++;
}

/* A syscall's place in a session's tables: native ones, then compat ones. */
static unsigned int ks_sc_index(int nr, bool compat)
{
	return compat ? KSTRACE_MAX_SYSCALLS + nr : nr;
}

/*
 * Called from the hooks, with preemption disabled by the caller so that
 * the CPU's copy stays ours for the whole update.
 */
void ks_stats_record(struct ks_session *sess, int nr, bool compat, long ret, u64 ns)
{
	struct ks_cpu_stats *cs = this_cpu_ptr(sess->stats.cpu);
	unsigned int i;

	if (nr < 0 || nr >= KSTRACE_MAX_SYSCALLS) {
		cs->badnr++;
		return;
	}
	if (!cs->sc)
		return;
	i = ks_sc_index(nr, compat);
	ks_sc_add(&cs->sc[i], cs->hist ? &cs->hist[i * KSTRACE_HIST_BUCKETS] : NULL,
		  ret, ns);
	if (cs->groups)
		ks_group_record(sess, cs->groups, i, ret, ns);
}

/* Bumps the u64 counter at @offset of this CPU's struct ks_cpu_stats. */
void ks_stats_count(struct ks_session *sess, size_t offset)
{
	struct ks_cpu_stats *cs;

	preempt_disable();
	cs = this_cpu_ptr(sess->stats.cpu);
	(*(u64 *)((char *)cs + offset))++;
	preempt_enable();
}

void ks_sc_merge(struct ks_sc_stat *dst, const struct ks_sc_stat *src)
{
	if (!src->calls)
		return;
	if (!dst->calls || src->min_ns < dst->min_ns)
		dst->min_ns = src->min_ns;
	dst->max_ns = max(dst->max_ns, src->max_ns);
	dst->calls += src->calls;
	dst->errors += src->errors;
	dst->total_ns += src->total_ns;
}

void ks_hist_merge(u64 *dst, const u64 *src)
{
	unsigned int b;

	for (b = 0; b < KSTRACE_HIST_BUCKETS; b++)
		dst[b] += src[b];
}

/* Records one CPU dropped: full buffer, or a probe hit inside a write. */
static u64 ks_cpu_lost(const struct ks_cpu_stats *cs)
{
	return cs->lost + local_read(&cs->lost_nested);
}

/* A session's counters summed over its CPUs. */
struct ks_stats_sum {
	struct ks_cpu_stats c;
	struct ks_sc_stat sc[2 * KSTRACE_MAX_SYSCALLS];
	u64 hist[2 * KSTRACE_MAX_SYSCALLS][KSTRACE_HIST_BUCKETS];
};

static void ks_stats_merge(struct ks_stats *st, struct ks_stats_sum *sum)
{
	unsigned int i;
	int cpu;

	memset(sum, 0, sizeof(*sum));
	for_each_possible_cpu(cpu) {
		const struct ks_cpu_stats *cs = per_cpu_ptr(st->cpu, cpu);

		for (i = 0; cs->sc && i < 2 * KSTRACE_MAX_SYSCALLS; i++) {
			ks_sc_merge(&sum->sc[i], &cs->sc[i]);
			if (cs->hist)
				ks_hist_merge(sum->hist[i], &cs->hist[i * KSTRACE_HIST_BUCKETS]);
		}
		sum->c.unpaired += cs->unpaired;
		sum->c.badnr += cs->badnr;
		sum->c.untracked += cs->untracked;
		sum->c.lost += ks_cpu_lost(cs);
		sum->c.written += cs->written;
		sum->c.throttled += cs->throttled;
	}
}

void ks_out(struct ks_out *o, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	o->len += vscnprintf(o->buf + o->len, o->size - o->len, fmt, args);
	va_end(args);
}

static void ks_format_hist(struct ks_out *o, const u64 *hist)
{
	unsigned int b;
	bool first = true;

	for (b = 0; b < KSTRACE_HIST_BUCKETS; b++) {
		if (!hist[b])
			continue;
		ks_out(o, "%s%u:%llu", first ? "" : ",", b, hist[b]);
		first = false;
	}
	ks_out(o, "%s\n", first ? "-" : "");
}

static void ks_format_sc(struct ks_out *o, int abi, unsigned int nr,
			 const struct ks_sc_stat *s, const u64 *hist)
{
	if (!s->calls)
		return;
	ks_out(o, "syscall %d %u %llu %llu %llu %llu %llu ", abi, nr, s->calls,
	       s->errors, s->total_ns, s->min_ns, s->max_ns);
	ks_format_hist(o, hist);
}

static void ks_format_probes(struct ks_out *o, struct ks_session *sess)
{
	u64 hist[KSTRACE_HIST_BUCKETS];
	struct ks_sc_stat s;
	unsigned long missed;
	unsigned int i;

	for (i = 0; i < sess->nr_probes; i++) {
		missed = ks_probe_summary(sess, i, &s, hist);
		ks_out(o, "probe %u %s %s %llu %llu %llu %llu %llu %lu ", i,
		       ks_probe_is_ret(sess, i) ? "kretprobe" : "kprobe",
		       ks_probe_func(sess, i), s.calls, s.errors, s.total_ns,
		       s.min_ns, s.max_ns, missed);
		ks_format_hist(o, hist);
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
	static const char *const states[] = {
		[KS_TARGET_ALIVE] = "alive",
		[KS_TARGET_EXITED] = "exited",
		[KS_TARGET_GONE] = "gone",
	};
	unsigned int i;

	spin_lock(&sess->target_lock);
	for (i = 0; i < sess->nr_targets; i++) {
		const struct ks_target *t = &sess->targets[i];

		ks_out(o, "target %d %s %d\n", t->nr, states[t->state],
		       t->state == KS_TARGET_EXITED ? t->status : 0);
	}
	spin_unlock(&sess->target_lock);
}

/* The "lostcpu" lines, then "nested": what no LOST record reports. */
static void ks_format_lost(struct ks_out *o, struct ks_session *sess)
{
	const struct ks_cpu_stats *cs;
	u64 lost, nested = 0;
	int cpu;

	for_each_possible_cpu(cpu) {
		cs = per_cpu_ptr(sess->stats.cpu, cpu);
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
	static const char *const scopes[] = {
		[KS_SCOPE_NONE] = "none",
		[KS_SCOPE_ALL] = "all",
		[KS_SCOPE_CGROUP] = "cgroup",
	};
	struct ks_stats_sum *sum;
	struct ks_out o = { };
	unsigned int i, used = 0;
	int ret;

	lockdep_assert_held(&sess->lock);
	ks_targets_recheck(sess);
	sum = kvmalloc(sizeof(*sum), GFP_KERNEL);
	if (!sum)
		return -ENOMEM;
	ks_stats_merge(&sess->stats, sum);
	for (i = 0; i < 2 * KSTRACE_MAX_SYSCALLS; i++)
		used += !!sum->sc[i].calls;

	o.size = 512 + KSTRACE_MAX_TARGETS * 48 + num_possible_cpus() * 48 +
		 (used + sess->nr_probes) * (KS_SC_LINE_MAX + KSTRACE_FUNC_MAX) +
		 ks_groups_used(sess) * KS_GROUP_LINE_MAX;
	o.buf = kvmalloc(o.size, GFP_KERNEL);
	if (!o.buf) {
		kvfree(sum);
		return -ENOMEM;
	}
	ks_out(&o, "version %d\n", KSTRACE_FORMAT_VERSION);
	ks_out(&o, "state %s\n", ks_state_names[sess->state]);
	ks_out(&o, "summary %u\n", sess->summary);
	ks_out(&o, "scope %s\n", scopes[sess->scope]);
	ks_out(&o, "tasks %d\n", atomic_read(&sess->nr_tasks));
	ks_out(&o, "untracked %llu\n", sum->c.untracked);
	ks_out(&o, "unpaired %llu\n", sum->c.unpaired);
	ks_out(&o, "badnr %llu\n", sum->c.badnr);
	ks_out(&o, "lost %llu\n", sum->c.lost);
	ks_format_lost(&o, sess);
	ks_out(&o, "written %llu\n", sum->c.written);
	ks_out(&o, "throttled %llu\n", sum->c.throttled);
	ks_out(&o, "fallback %d\n", READ_ONCE(sess->fallback));
	ks_format_targets(&o, sess);
	for (i = 0; i < 2 * KSTRACE_MAX_SYSCALLS; i++)
		ks_format_sc(&o, i < KSTRACE_MAX_SYSCALLS ? KSTRACE_ABI_NATIVE :
			     KSTRACE_ABI_COMPAT, i % KSTRACE_MAX_SYSCALLS, &sum->sc[i],
			     sum->hist[i]);
	ks_format_probes(&o, sess);
	ret = ks_groups_format(sess, &o);
	if (ret < 0) {
		kvfree(o.buf);
		kvfree(sum);
		return ret;
	}
	ks_out(&o, "end\n");
	kvfree(sum);

	*bufp = o.buf;
	*lenp = o.len;
	return 0;
}
