// SPDX-License-Identifier: GPL-2.0
/*
 * scope.c - sessions that trace more than the processes they name: every
 * task of the system ("scope all", as bcc's syscount), or every task of a
 * cgroup v2 directory and of its descendants ("cgroup FD": a container, a
 * systemd unit).
 *
 * Such a session has no entry to start from: a task in its scope gets one
 * at its first syscall entry, with a non-sleeping allocation (a task whose
 * entry cannot be made is counted as untracked), and keeps it until it
 * exits; a task that leaves the cgroup stays traced. Kernel threads make
 * no syscalls and are never in a scope. The running scoped sessions are
 * an RCU list that the context-switch hook also reads, so that a task in
 * a scope takes the hooks' slow path from its first syscall on.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/rculist.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/cgroup.h>
#include <linux/lockdep.h>
#include "kstrace.h"

static LIST_HEAD(ks_scopes);
static DEFINE_SPINLOCK(ks_scopes_lock);
static atomic_t ks_nr_scopes = ATOMIC_INIT(0);

/* Is @task in @sess's scope? Under RCU. */
static bool ks_scope_wants(struct ks_session *sess, struct task_struct *task)
{
	if (task->flags & PF_KTHREAD)
		return false;
	switch (sess->scope) {
	case KS_SCOPE_ALL:
		return true;
#ifdef CONFIG_CGROUPS
	case KS_SCOPE_CGROUP:
		return task_under_cgroup_hierarchy(task, sess->cgrp);
#endif
	default:
		return false;
	}
}

/* Is @task in the scope of some running session? Under RCU. */
bool ks_scoped(struct task_struct *task)
{
	struct ks_session *sess;

	if (likely(!atomic_read(&ks_nr_scopes)))
		return false;
	list_for_each_entry_rcu(sess, &ks_scopes, scope_node)
		if (ks_scope_wants(sess, task))
			return true;
	return false;
}

static bool ks_has_entry(struct ks_session *sess, struct task_struct *task)
{
	struct ks_task *t;

	for (t = ks_task_first(task); t; t = ks_task_next(t))
		if (t->sess == sess)
			return true;
	return false;
}

/*
 * The sys_enter hook, before it looks at current's entries: current gets
 * one in each running session whose scope it is in and that has none yet.
 * Preemption disabled: nothing sleeps.
 */
void ks_scope_enter(void)
{
	struct ks_session *sess;
	struct ks_task *t;
	int ret;

	if (likely(!atomic_read(&ks_nr_scopes)))
		return;
	list_for_each_entry_rcu(sess, &ks_scopes, scope_node) {
		if (ks_has_entry(sess, current) || !ks_scope_wants(sess, current))
			continue;
		t = kzalloc(sizeof(*t), GFP_NOWAIT | __GFP_NOWARN);
		ret = t ? ks_task_insert(sess, current, false, false, t) : -ENOMEM;
		if (ret)
			kfree(t);
		if (ret == -E2BIG || ret == -ENOMEM)
			ks_count(sess, untracked);
	}
}

/* A scoped session starts: its tasks get entries from now on. */
void ks_scope_start(struct ks_session *sess)
{
	lockdep_assert_held(&sess->lock);
	if (sess->scope == KS_SCOPE_NONE)
		return;
	spin_lock(&ks_scopes_lock);
	list_add_rcu(&sess->scope_node, &ks_scopes);
	atomic_inc(&ks_nr_scopes);
	spin_unlock(&ks_scopes_lock);
	/* Tasks running now take the slow path at their next syscall. */
	ks_hooks_refresh();
}

/* ... and stops: the caller waits for a grace period before it goes. */
void ks_scope_stop(struct ks_session *sess)
{
	if (sess->scope == KS_SCOPE_NONE || list_empty(&sess->scope_node))
		return;
	spin_lock(&ks_scopes_lock);
	list_del_rcu(&sess->scope_node);
	INIT_LIST_HEAD_RCU(&sess->scope_node);
	atomic_dec(&ks_nr_scopes);
	spin_unlock(&ks_scopes_lock);
}

/**
 * ks_scope_set() - the scope all and cgroup commands
 * @sess: an idle session, its lock held
 * @scope: KS_SCOPE_ALL or KS_SCOPE_CGROUP
 * @fd: for a cgroup, an open descriptor of its cgroup v2 directory in the
 *	writer's file table
 *
 * Return: 0; -EBADF (@fd not open), -EBADF or -EINVAL (not a cgroup v2
 * directory), -EOPNOTSUPP (a kernel without cgroups).
 */
int ks_scope_set(struct ks_session *sess, int scope, int fd)
{
	lockdep_assert_held(&sess->lock);
	if (scope == KS_SCOPE_CGROUP) {
#ifdef CONFIG_CGROUPS
		struct cgroup *cgrp = cgroup_get_from_fd(fd);

		if (IS_ERR(cgrp))
			return PTR_ERR(cgrp);
		ks_scope_release(sess);
		sess->cgrp = cgrp;
#else
		return -EOPNOTSUPP;
#endif
	}
	sess->scope = scope;
	return 0;
}

/* Drops the session's cgroup; it is stopped. */
void ks_scope_release(struct ks_session *sess)
{
#ifdef CONFIG_CGROUPS
	if (sess->cgrp)
		cgroup_put(sess->cgrp);
#endif
	sess->cgrp = NULL;
}
