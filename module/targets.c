// SPDX-License-Identifier: GPL-2.0
/*
 * targets.c - the processes a session names (attach, exec): resolving
 * them, arming their threads, and keeping their exit status.
 *
 * A running session's targets are in one RCU hash table keyed by their
 * struct pid, so that the exit hook finds the target of any process that
 * dies, traced thread or not: the last thread of a target is often one the
 * session does not trace (created after attach without -f), and its status
 * must not be lost. A target whose process ended before it could be
 * watched gets its status from the zombie, or is marked gone. A group whose
 * last thread passed the exit tracepoint before the target was watched, or
 * before the hooks were registered, but has not yet become a zombie, is
 * seen by neither: every read of the results looks again
 * (ks_targets_recheck()), and a reader waiting for the end reads them
 * periodically.
 *
 * Arming a process takes its threads under the group's siglock, which
 * copy_process() also takes to add a thread: a thread is either in the
 * list then, or created after its parent was armed, when the fork hook
 * sees the parent traced. No thread is missed in between.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/hashtable.h>
#include <linux/spinlock.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/lockdep.h>
#include "kstrace.h"

#define KS_TARGET_HASH_BITS 6

static DEFINE_HASHTABLE(ks_target_table, KS_TARGET_HASH_BITS);
static DEFINE_SPINLOCK(ks_target_table_lock);

/*
 * The wait(2) status of a process whose last thread is @task (or has
 * exited), as wait_task_zombie() computes it from the group leader.
 */
int ks_group_status(struct task_struct *task)
{
	struct signal_struct *sig = task->signal;

	if (sig->flags & SIGNAL_GROUP_EXIT)
		return sig->group_exit_code;
	return task->group_leader->exit_code;
}

/*
 * Records the end of @t unless already known (or, @final, even then: the
 * leader's own word on a status another thread read too early); wakes
 * the session's reader.
 */
static void ks_target_ended(struct ks_target *t, enum ks_target_state state, int status,
			    bool final)
{
	struct ks_session *sess = t->sess;

	spin_lock(&sess->target_lock);
	if (t->state == KS_TARGET_ALIVE || final) {
		t->state = state;
		t->status = status;
	}
	spin_unlock(&sess->target_lock);
	/* Never from the hook itself: it may hold the runqueue's lock. */
	irq_work_queue(&sess->wake_work);
}

/**
 * ks_targets_exit() - the sched_process_exit hook, for the last thread
 * @task: a task whose thread group died with it
 *
 * Called under preemption disabled or RCU: only spinlocks are taken.
 */
void ks_targets_exit(struct task_struct *task)
{
	struct pid *tgid = task_tgid(task);
	struct ks_target *t;
	int status = ks_group_status(task);
	/*
	 * Without a group exit the status is the leader's exit code, which a
	 * leader exiting at the same time may not have set yet when another
	 * thread's hook reads it: the leader's hook has the last word.
	 */
	bool final = thread_group_leader(task) ||
		     (task->signal->flags & SIGNAL_GROUP_EXIT);

	rcu_read_lock();
	hash_for_each_possible_rcu(ks_target_table, t, hnode, (unsigned long)tgid)
		if (t->tgid == tgid)
			ks_target_ended(t, KS_TARGET_EXITED, status, final);
	rcu_read_unlock();
}

/*
 * A target that ended unseen by the exit hook: a zombie gives its status;
 * a process already reaped, none. Only a group whose every thread has
 * passed exit_notify() counts, its status then being final; a thread still
 * in do_exit() is either seen by the hook or, past it, by a later look.
 */
static void ks_target_check_ended(struct ks_target *t)
{
	struct task_struct *leader;

	rcu_read_lock();
	leader = pid_task(t->tgid, PIDTYPE_TGID);
	if (!leader)
		ks_target_ended(t, KS_TARGET_GONE, 0, false);
	else if (leader->exit_state && thread_group_empty(leader))
		ks_target_ended(t, KS_TARGET_EXITED, ks_group_status(leader), false);
	rcu_read_unlock();
}

/* Puts @t in the table the exit hook reads, then catches an earlier end. */
static void ks_target_watch(struct ks_target *t)
{
	unsigned long flags;

	spin_lock_irqsave(&ks_target_table_lock, flags);
	hash_add_rcu(ks_target_table, &t->hnode, (unsigned long)t->tgid);
	t->watched = true;
	spin_unlock_irqrestore(&ks_target_table_lock, flags);
	ks_target_check_ended(t);
}

/**
 * ks_targets_recheck() - look for ends the exit hook missed
 * @sess: the session, its lock held
 *
 * A thread between the exit tracepoint and exit_notify() when its target
 * was watched leaves the target alive for the hook and the first look
 * alike; called before the results are formatted.
 */
void ks_targets_recheck(struct ks_session *sess)
{
	unsigned int i;

	lockdep_assert_held(&sess->lock);
	for (i = 0; i < sess->nr_targets; i++)
		if (sess->targets[i].watched &&
		    READ_ONCE(sess->targets[i].state) == KS_TARGET_ALIVE)
			ks_target_check_ended(&sess->targets[i]);
}

/*
 * Takes @sess's targets out of the exit hook's table; the caller waits
 * for a grace period before the session goes.
 */
void ks_targets_unwatch(struct ks_session *sess)
{
	unsigned long flags;
	unsigned int i;

	spin_lock_irqsave(&ks_target_table_lock, flags);
	for (i = 0; i < sess->nr_targets; i++) {
		if (!sess->targets[i].watched)
			continue;
		hash_del_rcu(&sess->targets[i].hnode);
		sess->targets[i].watched = false;
	}
	spin_unlock_irqrestore(&ks_target_table_lock, flags);
}

/*
 * Traces every thread of @leader's group with the entries of @ents
 * (@n of them), under the group's siglock, which copy_process() takes to
 * add a thread. Returns 0 when done; the number of threads when there are
 * more than @n (the caller allocates more); -EAGAIN when an exec changed
 * the group's sighand meanwhile (lock_task_sighand(), whose out-of-line
 * half is not exported, loops on that); -ESRCH if the group is gone.
 * Entries used are set to NULL in @ents.
 */
static int ks_arm_threads(struct ks_session *sess, struct task_struct *leader,
			  struct ks_task **ents, unsigned int n, unsigned int *added)
{
	struct sighand_struct *sighand;
	struct task_struct *th;
	unsigned long flags;
	unsigned int i = 0;
	int ret = 0;

	rcu_read_lock();
	sighand = rcu_dereference(leader->sighand);
	if (!sighand) {
		rcu_read_unlock();
		return -ESRCH;
	}
	spin_lock_irqsave(&sighand->siglock, flags);
	rcu_read_unlock();
	if (sighand != rcu_access_pointer(leader->sighand)) {
		ret = -EAGAIN;
		goto out_unlock;
	}
	if (leader->signal->nr_threads > n) {
		ret = leader->signal->nr_threads;
		goto out_unlock;
	}
	for_each_thread(leader, th) {
		if (WARN_ON_ONCE(i == n))
			break;
		ret = ks_task_insert(sess, th, false, false, ents[i]);
		if (!ret) {
			ents[i++] = NULL;
			(*added)++;
		} else if (ret != -EEXIST) {
			break;
		}
		ret = 0;
	}
out_unlock:
	spin_unlock_irqrestore(&sighand->siglock, flags);
	return ret;
}

static void ks_free_entries(struct ks_task **ents, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		kfree(ents[i]);
	kvfree(ents);
}

static struct ks_task **ks_alloc_entries(unsigned int n)
{
	struct ks_task **ents = kvcalloc(n, sizeof(*ents), GFP_KERNEL);
	unsigned int i;

	if (!ents)
		return NULL;
	for (i = 0; i < n; i++) {
		ents[i] = kzalloc(sizeof(*ents[i]), GFP_KERNEL);
		if (!ents[i]) {
			ks_free_entries(ents, n);
			return NULL;
		}
	}
	return ents;
}

/* Starts tracing the threads of @t; the session is accepting tasks. */
static int ks_target_arm(struct ks_session *sess, struct ks_target *t)
{
	struct task_struct *leader;
	struct ks_task **ents;
	unsigned int n, added = 0;
	int ret;

	leader = get_pid_task(t->tgid, PIDTYPE_TGID);
	if (!leader)
		return -ESRCH;
	if (t->await_exec) {
		/* Only the main thread: it is the one that will execve. */
		ret = ks_task_add(sess, leader, true);
		goto out_put;
	}
	n = get_nr_threads(leader) + 8;
	for (;;) {
		ents = ks_alloc_entries(n);
		if (!ents) {
			ret = -ENOMEM;
			break;
		}
		ret = ks_arm_threads(sess, leader, ents, n, &added);
		ks_free_entries(ents, n);
		if (ret == -EAGAIN)
			continue;
		if (ret <= 0)
			break;
		/* More threads than entries: start over with enough. */
		n = ret + 8;
	}
	if (!ret && !added)
		ret = -ESRCH;
out_put:
	put_task_struct(leader);
	return ret == -EEXIST ? -ESRCH : ret;
}

/**
 * ks_targets_arm() - watch and trace every target of a session that starts
 * @sess: the session, its lock held, accepting tasks
 *
 * A target that ended before start is recorded as such (its status, or
 * gone) and is not an error.
 *
 * Return: 0 or the first error (-ENOMEM, -E2BIG at the task limit).
 */
int ks_targets_arm(struct ks_session *sess)
{
	unsigned int i;
	int ret;

	lockdep_assert_held(&sess->lock);
	for (i = 0; i < sess->nr_targets; i++) {
		ks_target_watch(&sess->targets[i]);
		ret = ks_target_arm(sess, &sess->targets[i]);
		if (ret && ret != -ESRCH)
			return ret;
	}
	/* Threads running now were not switched to since they have entries. */
	ks_hooks_refresh();
	return 0;
}

/* Back to before ks_targets_arm(): not watched, every state alive. */
void ks_targets_reset(struct ks_session *sess)
{
	unsigned int i;

	lockdep_assert_held(&sess->lock);
	ks_targets_unwatch(sess);
	spin_lock(&sess->target_lock);
	for (i = 0; i < sess->nr_targets; i++) {
		sess->targets[i].state = KS_TARGET_ALIVE;
		sess->targets[i].status = 0;
	}
	spin_unlock(&sess->target_lock);
}

/* Resolves @nr in the opener's pid namespace to a process. */
static int ks_target_resolve(struct ks_session *sess, long nr, struct pid **tgidp)
{
	struct task_struct *task;
	int ret = 0;

	rcu_read_lock();
	task = pid_task(find_pid_ns(nr, sess->pid_ns), PIDTYPE_PID);
	if (!task || (task->flags & PF_EXITING))
		ret = -ESRCH;
	else if (task->flags & PF_KTHREAD)
		ret = -EPERM;
	else
		*tgidp = get_pid(task_tgid(task));
	rcu_read_unlock();
	return ret;
}

/**
 * ks_target_add() - the attach and exec commands
 * @sess: the session, its lock held
 * @nr: the process, in the opener's pid namespace
 * @await_exec: trace it from its next execve on
 *
 * Return: 0, or -EBUSY (stopped), -E2BIG (too many targets), -ESRCH, -EPERM
 * (a kernel thread), -EEXIST (already a target), or what arming says.
 */
int ks_target_add(struct ks_session *sess, long nr, bool await_exec)
{
	struct ks_target *t;
	struct pid *tgid;
	unsigned int i;
	int ret;

	lockdep_assert_held(&sess->lock);
	if (sess->state == KS_STOPPED)
		return -EBUSY;
	if (sess->nr_targets == KSTRACE_MAX_TARGETS)
		return -E2BIG;
	ret = ks_target_resolve(sess, nr, &tgid);
	if (ret)
		return ret;
	for (i = 0; i < sess->nr_targets; i++) {
		if (sess->targets[i].tgid == tgid) {
			put_pid(tgid);
			return -EEXIST;
		}
	}

	t = &sess->targets[sess->nr_targets];
	memset(t, 0, sizeof(*t));
	t->tgid = tgid;
	t->nr = nr;
	t->sess = sess;
	t->await_exec = await_exec;
	t->state = KS_TARGET_ALIVE;
	if (sess->state == KS_RUNNING) {
		ret = ks_target_arm(sess, t);
		ks_hooks_refresh();
		if (ret) {
			/* Threads added before the failure stay traced. */
			put_pid(tgid);
			t->tgid = NULL;
			return ret;
		}
		ks_target_watch(t);
	}
	spin_lock(&sess->target_lock);
	sess->nr_targets++;
	spin_unlock(&sess->target_lock);
	return 0;
}

/* Drops the session's references; it is stopped and unwatched. */
void ks_targets_release(struct ks_session *sess)
{
	unsigned int i;

	for (i = 0; i < sess->nr_targets; i++)
		put_pid(sess->targets[i].tgid);
	sess->nr_targets = 0;
}
