// SPDX-License-Identifier: GPL-2.0
/*
 * groups.c - a session's summary split by process, thread, command or
 * cgroup ("group" command): the counters of each (group, syscall) pair,
 * kept by the hooks so that the cost stays per call, not per line of
 * trace.
 *
 * Each CPU has its own open-addressing table of a fixed number of slots
 * ("group" command's size, allocated at start), written only by that
 * CPU's hooks, like the per-syscall tables. A pair that finds no free slot
 * in a few probes is counted in the table's overflow (its calls are still
 * in the per-syscall summary); the results say how many calls that was.
 * Reading merges the CPUs' tables.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/hash.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/cgroup.h>
#include <linux/pid_namespace.h>
#include "kstrace.h"

/* Probes of a pair for its slot. */
#define KS_GROUP_PROBES	8

struct ks_group_slot {
	u64 key;		/* the group; 0: a free slot */
	u32 idx;		/* the syscall's place in the session's tables */
	u32 pad;
	char comm[TASK_COMM_LEN];
	struct ks_sc_stat s;
};

struct ks_group_table {
	unsigned int size;	/* slots, a power of two */
	unsigned int used;
	u64 overflow;		/* calls that found no slot */
	struct ks_group_slot slot[];
};

static size_t ks_group_bytes(unsigned int slots)
{
	return struct_size((struct ks_group_table *)NULL, slot, slots);
}

/* Bytes of a session's group tables per CPU with @slots slots. */
size_t ks_groups_bytes(unsigned int slots)
{
	return slots ? ks_group_bytes(slots) : 0;
}

int ks_groups_alloc(struct ks_session *sess)
{
	struct ks_group_table *g;
	int cpu;

	if (sess->group_by == KS_GROUP_NONE)
		return 0;
	for_each_possible_cpu(cpu) {
		g = kvzalloc_node(ks_group_bytes(sess->group_slots), GFP_KERNEL,
				  cpu_to_node(cpu));
		if (!g) {
			ks_groups_free(sess);
			return -ENOMEM;
		}
		g->size = sess->group_slots;
		per_cpu_ptr(sess->stats.cpu, cpu)->groups = g;
	}
	return 0;
}

void ks_groups_free(struct ks_session *sess)
{
	struct ks_cpu_stats *cs;
	int cpu;

	if (!sess->stats.cpu)
		return;
	for_each_possible_cpu(cpu) {
		cs = per_cpu_ptr(sess->stats.cpu, cpu);
		kvfree(cs->groups);
		cs->groups = NULL;
	}
}

/*
 * The group of current: its process or thread id in the session's pid
 * namespace (+1, so that no key is 0; 0 itself when it is not seen there),
 * its command's name hashed, or its cgroup v2 id.
 */
static u64 ks_group_key(struct ks_session *sess)
{
	switch (sess->group_by) {
	case KS_GROUP_PROCESS:
		return (u64)task_tgid_nr_ns(current, sess->pid_ns) + 1;
	case KS_GROUP_THREAD:
		return (u64)task_pid_nr_ns(current, sess->pid_ns) + 1;
	case KS_GROUP_COMMAND:
		return hash_64(full_name_hash(NULL, current->comm, strnlen(current->comm,
							     TASK_COMM_LEN)), 63) | 1;
#ifdef CONFIG_CGROUPS
	case KS_GROUP_CGROUP: {
		u64 id;

		rcu_read_lock();
		id = cgroup_id(task_dfl_cgroup(current));
		rcu_read_unlock();
		return id;
	}
#endif
	default:
		return 0;
	}
}

/* Called by ks_stats_record() for a call of syscall @idx; preemption disabled. */
void ks_group_record(struct ks_session *sess, struct ks_group_table *g, unsigned int idx,
		     long ret, u64 ns)
{
	u64 key = ks_group_key(sess);
	struct ks_group_slot *s;
	unsigned int i, h;

	if (!key) {
		g->overflow++;
		return;
	}
	h = hash_64(key ^ ((u64)idx << 48), ilog2(g->size));
	for (i = 0; i < KS_GROUP_PROBES; i++) {
		s = &g->slot[(h + i) & (g->size - 1)];
		if (!s->key) {
			s->key = key;
			s->idx = idx;
			g->used++;
			get_task_comm(s->comm, sess->group_by == KS_GROUP_PROCESS ?
				      current->group_leader : current);
		} else if (s->key != key || s->idx != idx) {
			continue;
		}
		ks_sc_add(&s->s, NULL, ret, ns);
		return;
	}
	g->overflow++;
}

/* Slots in use over all CPUs: at most that many "group" lines. */
unsigned int ks_groups_used(struct ks_session *sess)
{
	struct ks_group_table *g;
	unsigned int n = 0;
	int cpu;

	for_each_possible_cpu(cpu) {
		g = per_cpu_ptr(sess->stats.cpu, cpu)->groups;
		n += g ? READ_ONCE(g->used) : 0;
	}
	return n;
}

/*
 * The "group" lines of the results: one per (group, syscall) pair, the
 * CPUs' counts added up; then "groupoverflow N". Called with the session's
 * lock held; allocates what the merge needs.
 */
int ks_groups_format(struct ks_session *sess, struct ks_out *o)
{
	struct ks_group_slot *merged, *m, *s;
	struct ks_group_table *g;
	unsigned int n = 0, size, i, j, h;
	u64 overflow = 0;
	int cpu;

	if (sess->group_by == KS_GROUP_NONE ||
	    !per_cpu_ptr(sess->stats.cpu, 0)->groups)
		return 0;
	size = roundup_pow_of_two(num_possible_cpus() * sess->group_slots);
	merged = kvcalloc(size, sizeof(*merged), GFP_KERNEL);
	if (!merged)
		return -ENOMEM;
	for_each_possible_cpu(cpu) {
		g = per_cpu_ptr(sess->stats.cpu, cpu)->groups;
		overflow += g->overflow;
		for (i = 0; i < g->size; i++) {
			s = &g->slot[i];
			if (!s->key)
				continue;
			h = hash_64(s->key ^ ((u64)s->idx << 48), ilog2(size));
			for (j = 0; j < size; j++) {
				m = &merged[(h + j) & (size - 1)];
				if (!m->key) {
					*m = *s;
					n++;
					break;
				}
				if (m->key == s->key && m->idx == s->idx) {
					ks_sc_merge(&m->s, &s->s);
					break;
				}
			}
		}
	}
	for (i = 0; i < size; i++) {
		m = &merged[i];
		if (!m->key)
			continue;
		/* The name last, escaped: a task names itself as it likes. */
		ks_out(o, "group %llu %d %u %llu %llu %llu %llu %llu %*pE\n",
		       sess->group_by == KS_GROUP_PROCESS || sess->group_by == KS_GROUP_THREAD ?
		       m->key - 1 : m->key,
		       m->idx < KSTRACE_MAX_SYSCALLS ? KSTRACE_ABI_NATIVE : KSTRACE_ABI_COMPAT,
		       m->idx % KSTRACE_MAX_SYSCALLS, m->s.calls, m->s.errors, m->s.total_ns,
		       m->s.min_ns, m->s.max_ns, (int)strnlen(m->comm, TASK_COMM_LEN), m->comm);
	}
	ks_out(o, "groupoverflow %llu\n", overflow);
	kvfree(merged);
	return n;
}
