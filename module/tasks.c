// SPDX-License-Identifier: GPL-2.0
/*
 * tasks.c - the table of traced tasks.
 *
 * One RCU hash table keyed by task_struct holds an entry per (task,
 * session). The syscall hooks only read it, under RCU; entries are added
 * and removed under ks_task_lock from the fork and exit hooks and from the
 * control file. An entry holds a reference on its task_struct, so the key
 * cannot be reused while the entry exists; it is dropped after a grace
 * period, once no hook can still see the entry.
 *
 * ks_task_lock is taken with interrupts off: arming a process inserts its
 * threads under the group's siglock (targets.c), which interrupts take.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/hashtable.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/lockdep.h>
#include "kstrace.h"

#define KS_TASK_HASH_BITS 10

static DEFINE_HASHTABLE(ks_task_table, KS_TASK_HASH_BITS);
static DEFINE_SPINLOCK(ks_task_lock);
static atomic_t ks_nr_traced = ATOMIC_INIT(0);

unsigned int ks_tasks_traced(void)
{
	return atomic_read(&ks_nr_traced);
}

static struct hlist_head *ks_bucket_of(const struct task_struct *task)
{
	return &ks_task_table[hash_ptr(task, KS_TASK_HASH_BITS)];
}

struct ks_task *ks_task_first(struct task_struct *task)
{
	struct ks_task *t;

	hlist_for_each_entry_rcu(t, ks_bucket_of(task), hnode)
		if (t->task == task)
			return t;
	return NULL;
}

struct ks_task *ks_task_next(struct ks_task *t)
{
	struct task_struct *task = t->task;

	hlist_for_each_entry_continue_rcu(t, hnode)
		if (t->task == task)
			return t;
	return NULL;
}

static bool ks_task_present(struct ks_session *sess, struct task_struct *task)
{
	struct ks_task *t;

	lockdep_assert_held(&ks_task_lock);
	hlist_for_each_entry(t, ks_bucket_of(task), hnode)
		if (t->task == task && t->sess == sess)
			return true;
	return false;
}

static void ks_task_free_rcu(struct rcu_head *rcu)
{
	struct ks_task *t = container_of(rcu, struct ks_task, rcu);

	put_task_struct(t->task);
	kfree(t);
}

static void ks_task_unlink(struct ks_task *t)
{
	lockdep_assert_held(&ks_task_lock);
	hash_del_rcu(&t->hnode);
	list_del(&t->snode);
	atomic_dec(&t->sess->nr_tasks);
	atomic_dec(&ks_nr_traced);
	call_rcu(&t->rcu, ks_task_free_rcu);
}

/*
 * Links the preallocated entry @t for @task into @sess unless the session
 * stopped accepting tasks or already has one for @task. On failure @t
 * stays the caller's.
 */
int ks_task_insert(struct ks_session *sess, struct task_struct *task,
		   bool await_exec, bool forked, struct ks_task *t)
{
	unsigned long flags;
	int ret = 0;

	t->task = task;
	t->sess = sess;
	t->nr = -1;
	t->await_exec = await_exec;
	t->forked = forked;
	t->seen = false;

	spin_lock_irqsave(&ks_task_lock, flags);
	if (!sess->accepting)
		ret = -ESRCH;
	else if (atomic_read(&sess->nr_tasks) >= READ_ONCE(ks_max_tasks))
		ret = -E2BIG;
	/* Exiting: its exit hook may have run already and would miss us. */
	else if (ks_task_present(sess, task) || (task->flags & PF_EXITING))
		ret = -EEXIST;
	if (!ret) {
		get_task_struct(task);
		hash_add_rcu(ks_task_table, &t->hnode, (unsigned long)task);
		list_add(&t->snode, &sess->tasks);
		atomic_inc(&sess->nr_tasks);
		atomic_inc(&ks_nr_traced);
	}
	spin_unlock_irqrestore(&ks_task_lock, flags);
	return ret;
}

/**
 * ks_task_add() - trace one thread in a session
 * @sess: the session
 * @task: the thread
 * @await_exec: count its syscalls only from its next execve on
 *
 * Return: 0, -EEXIST if already traced or exiting, -ESRCH if the session
 * is not running, -E2BIG at the task limit, -ENOMEM.
 */
int ks_task_add(struct ks_session *sess, struct task_struct *task, bool await_exec)
{
	struct ks_task *t = kzalloc(sizeof(*t), GFP_KERNEL);
	int ret;

	if (!t)
		return -ENOMEM;
	ret = ks_task_insert(sess, task, await_exec, false, t);
	if (ret)
		kfree(t);
	return ret;
}

/* From now on tasks may be added to @sess. */
void ks_task_accept(struct ks_session *sess)
{
	spin_lock_irq(&ks_task_lock);
	sess->accepting = true;
	spin_unlock_irq(&ks_task_lock);
}

/* Drops every entry of @sess; the caller waits for a grace period. */
void ks_task_remove_session(struct ks_session *sess)
{
	struct ks_task *t, *tmp;

	spin_lock_irq(&ks_task_lock);
	sess->accepting = false;
	list_for_each_entry_safe(t, tmp, &sess->tasks, snode)
		ks_task_unlink(t);
	spin_unlock_irq(&ks_task_lock);
}

/*
 * The sched_process_fork hook: a traced parent's new child (process or
 * thread) is traced by each of the parent's sessions that follow.
 */
void ks_task_fork(struct task_struct *parent, struct task_struct *child)
{
	struct ks_task *t, *n;
	int ret;

	rcu_read_lock();
	for (t = ks_task_first(parent); t; t = ks_task_next(t)) {
		if (!READ_ONCE(t->sess->follow))
			continue;
		n = kzalloc(sizeof(*n), GFP_NOWAIT | __GFP_NOWARN);
		ret = n ? ks_task_insert(t->sess, child, t->await_exec, true, n) : -ENOMEM;
		if (ret)
			kfree(n);
		if (ret == -E2BIG || ret == -ENOMEM)
			ks_count(t->sess, untracked);
	}
	rcu_read_unlock();
}

/* The sched_process_exit hook: @task is gone for every session. */
void ks_task_exit(struct task_struct *task)
{
	struct ks_task *t, *found[4];
	unsigned long flags;
	unsigned int n, i;

	/*
	 * Unlink under the lock, then tell the sessions outside it. A task
	 * traced by more than four sessions goes round the loop again.
	 */
	do {
		n = 0;
		spin_lock_irqsave(&ks_task_lock, flags);
		hlist_for_each_entry(t, ks_bucket_of(task), hnode) {
			if (t->task != task)
				continue;
			found[n++] = t;
			if (n == ARRAY_SIZE(found))
				break;
		}
		rcu_read_lock();
		for (i = 0; i < n; i++)
			ks_task_unlink(found[i]);
		spin_unlock_irqrestore(&ks_task_lock, flags);
		for (i = 0; i < n; i++)
			ks_session_task_gone(found[i]->sess);
		rcu_read_unlock();
	} while (n == ARRAY_SIZE(found));
}

void ks_tasks_exit(void)
{
	/* Entries are gone with their sessions; wait for their callbacks. */
	rcu_barrier();
}
