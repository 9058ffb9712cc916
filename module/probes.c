// SPDX-License-Identifier: GPL-2.0
/*
 * probes.c - kprobes and kretprobes on kernel functions, counted only for
 * the tasks a session traces.
 *
 * Each session registers its own probes, so two sessions may probe the
 * same function. A probe is registered, disabled, when the command names
 * it: that is when an unknown or unprobeable symbol is refused, leaving
 * the session unchanged. It is enabled by start and unregistered by stop
 * or by the session's release. Every handler first checks, with one hash
 * lookup, whether current is traced by the probe's session.
 */
#include <linux/kernel.h>
#include <linux/kprobes.h>
#include <linux/slab.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/ptrace.h>
#include <linux/err.h>
#include <linux/security.h>
#include <linux/lockdep.h>
#include "kstrace.h"
#include "compat.h"

struct ks_probe {
	struct kretprobe rp;		/* rp.kp alone for a plain kprobe */
	struct ks_session *sess;
	unsigned int idx;
	bool ret;
	bool registered;
	char func[KSTRACE_FUNC_MAX];
	struct ks_probe_stat __percpu *stats;
};

/* A probe's counters on one CPU. */
struct ks_probe_stat {
	struct ks_sc_stat s;
	u64 hist[KSTRACE_HIST_BUCKETS];
};

/*
 * Is current traced by @sess (and past its exec wait)? As perf counts for
 * a task: a hit in an interrupt belongs to the task it interrupted. Not
 * in_task() only: a kprobe without ftrace or jump optimization runs from
 * the int3 handler, which enters as an NMI, so every hit would look like
 * one in an interrupt.
 */
static bool ks_probe_traced(struct ks_session *sess)
{
	struct ks_task *t;
	bool found = false;

	rcu_read_lock();
	for (t = ks_task_first(current); t; t = ks_task_next(t)) {
		if (t->sess == sess && !t->await_exec) {
			found = true;
			break;
		}
	}
	rcu_read_unlock();
	return found;
}

/*
 * The return value as the function's type would have it: an int errno
 * comes back in eax with the upper half of rax zero.
 */
static long ks_probe_retval(unsigned long rax)
{
	if (!(rax >> 32) && IS_ERR_VALUE((unsigned long)(long)(int)rax))
		return (int)rax;
	return rax;
}

static int ks_kprobe_pre(struct kprobe *kp, struct pt_regs *regs)
{
	struct ks_probe *p = container_of(kp, struct ks_probe, rp.kp);

	if (!ks_probe_traced(p->sess))
		return 0;
	/* A kprobe sees no return: a call, no time, no result. */
	this_cpu_ptr(p->stats)->s.calls++;
	if (p->sess->events)
		ks_event_probe(p->sess, p->idx, 0, 0);
	return 0;
}

static int ks_kretprobe_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct ks_probe *p = container_of(ks_get_kretprobe(ri), struct ks_probe, rp);

	/* Non-zero: no return handler for this call, nothing else to pay. */
	if (!ks_probe_traced(p->sess))
		return 1;
	*(u64 *)ri->data = ks_clock();
	return 0;
}

static int ks_kretprobe_ret(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct ks_probe *p = container_of(ks_get_kretprobe(ri), struct ks_probe, rp);
	u64 ns = ks_elapsed(*(u64 *)ri->data, ks_clock());
	long ret = ks_probe_retval(regs_return_value(regs));

	struct ks_probe_stat *ps = this_cpu_ptr(p->stats);

	ks_sc_add(&ps->s, ps->hist, ret, ns);
	if (p->sess->events)
		ks_event_probe(p->sess, p->idx, ret, ns);
	return 0;
}

static void ks_probe_free(struct ks_probe *p)
{
	free_percpu(p->stats);
	kfree(p);
}

/**
 * ks_probe_add() - register a disabled probe on @func for @sess
 * @sess: the session, idle, its lock held
 * @func: a kernel symbol, "module:symbol" also accepted
 * @ret: a kretprobe (latency and errors) rather than a kprobe (calls)
 *
 * Return: 0; -EPERM when the kernel is locked down (a kretprobe's return
 * value can be a kernel address, so the kernel's own kprobe events refuse
 * too); -E2BIG past KSTRACE_MAX_PROBES; -EEXIST if @sess probes it
 * already; what register_kprobe() says: -ENOENT for an unknown symbol,
 * -EINVAL for one that cannot be probed; -ENOMEM.
 */
int ks_probe_add(struct ks_session *sess, const char *func, bool ret)
{
	struct ks_probe *p;
	unsigned int i;
	int err;

	lockdep_assert_held(&sess->lock);
	if (security_locked_down(LOCKDOWN_KPROBES))
		return -EPERM;
	if (sess->nr_probes == KSTRACE_MAX_PROBES)
		return -E2BIG;
	for (i = 0; i < sess->nr_probes; i++)
		if (sess->probes[i]->ret == ret && !strcmp(sess->probes[i]->func, func))
			return -EEXIST;

	p = kzalloc(sizeof(*p), GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	p->stats = alloc_percpu(struct ks_probe_stat);
	if (!p->stats) {
		kfree(p);
		return -ENOMEM;
	}
	p->sess = sess;
	p->idx = sess->nr_probes;
	p->ret = ret;
	strscpy(p->func, func, sizeof(p->func));
	p->rp.kp.symbol_name = p->func;
	p->rp.kp.flags = KPROBE_FLAG_DISABLED;
	if (ret) {
		p->rp.entry_handler = ks_kretprobe_entry;
		p->rp.handler = ks_kretprobe_ret;
		p->rp.data_size = sizeof(u64);
		/* Calls in flight at once: a few per CPU. */
		p->rp.maxactive = max_t(int, 16, 4 * num_possible_cpus());
		err = register_kretprobe(&p->rp);
	} else {
		p->rp.kp.pre_handler = ks_kprobe_pre;
		err = register_kprobe(&p->rp.kp);
	}
	if (err) {
		ks_probe_free(p);
		return err;
	}
	p->registered = true;
	sess->probes[sess->nr_probes++] = p;
	return 0;
}

/* Arms every probe of @sess; on failure none stays armed. */
int ks_probes_enable(struct ks_session *sess)
{
	unsigned int i;
	int err;

	lockdep_assert_held(&sess->lock);
	for (i = 0; i < sess->nr_probes; i++) {
		struct ks_probe *p = sess->probes[i];

		err = p->ret ? enable_kretprobe(&p->rp) : enable_kprobe(&p->rp.kp);
		if (err)
			goto err_disable;
	}
	return 0;

err_disable:
	while (i--) {
		struct ks_probe *p = sess->probes[i];

		if (p->ret)
			disable_kretprobe(&p->rp);
		else
			disable_kprobe(&p->rp.kp);
	}
	return err;
}

/* Unregisters every probe of @sess; the statistics stay readable. */
void ks_probes_unregister(struct ks_session *sess)
{
	unsigned int i;

	for (i = 0; i < sess->nr_probes; i++) {
		struct ks_probe *p = sess->probes[i];

		if (!p->registered)
			continue;
		if (p->ret)
			unregister_kretprobe(&p->rp);
		else
			unregister_kprobe(&p->rp.kp);
		p->registered = false;
	}
}

void ks_probes_free(struct ks_session *sess)
{
	unsigned int i;

	ks_probes_unregister(sess);
	for (i = 0; i < sess->nr_probes; i++)
		ks_probe_free(sess->probes[i]);
	sess->nr_probes = 0;
}

/**
 * ks_probe_summary() - the merged counters of one probe
 * @sess: the session
 * @i: the probe's index, below sess->nr_probes
 * @sum: set to the sum over CPUs
 * @hist: set to the sum of its latency histograms
 *
 * Return: the probe's missed hits (kprobe and kretprobe misses).
 */
unsigned long ks_probe_summary(struct ks_session *sess, unsigned int i,
			       struct ks_sc_stat *sum, u64 *hist)
{
	struct ks_probe *p = sess->probes[i];
	struct ks_probe_stat *ps;
	int cpu;

	memset(sum, 0, sizeof(*sum));
	memset(hist, 0, KSTRACE_HIST_BUCKETS * sizeof(*hist));
	for_each_possible_cpu(cpu) {
		ps = per_cpu_ptr(p->stats, cpu);
		ks_sc_merge(sum, &ps->s);
		ks_hist_merge(hist, ps->hist);
	}
	return p->rp.kp.nmissed + (p->ret ? p->rp.nmissed : 0);
}

const char *ks_probe_func(struct ks_session *sess, unsigned int i)
{
	return sess->probes[i]->func;
}

bool ks_probe_is_ret(struct ks_session *sess, unsigned int i)
{
	return sess->probes[i]->ret;
}
