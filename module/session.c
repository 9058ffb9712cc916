// SPDX-License-Identifier: GPL-2.0
/*
 * session.c - /proc/kstrace/session: one session per open file.
 *
 * Opening creates a session, each write is one command (see the uapi
 * header), reads return a snapshot of the results, and the last close -
 * also when the owner is killed - stops tracing and frees everything. The
 * open file holds a module reference, so the module cannot go while a
 * session exists.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/uaccess.h>
#include <linux/capability.h>
#include <linux/cred.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/user_namespace.h>
#include <linux/lockdep.h>
#include "kstrace.h"

static atomic_t ks_nr_sessions = ATOMIC_INIT(0);

unsigned int ks_session_count(void)
{
	return atomic_read(&ks_nr_sessions);
}

static void ks_session_wake(struct irq_work *work)
{
	struct ks_session *sess = container_of(work, struct ks_session, wake_work);

	/* A reader that is still waiting sets it again before sleeping. */
	WRITE_ONCE(sess->reader_waiting, false);
	wake_up_interruptible(&sess->wq);
}

/*
 * Called from the exit hook, under RCU, for every session that traced a
 * task that ended: wake a reader waiting for the traced tasks to be gone.
 * Readers are woken from irq_work, never from the hook itself.
 */
void ks_session_task_gone(struct ks_session *sess)
{
	if (atomic_read(&sess->nr_tasks) == 0)
		irq_work_queue(&sess->wake_work);
}

static int ks_session_open(struct inode *inode, struct file *file)
{
	struct ks_session *sess;
	int ret;

	/*
	 * /proc is seen from every container: only the host's admin traces.
	 * A session reads other processes' memory and I/O, as ptrace does:
	 * CAP_SYS_PTRACE too (docs/design.md says why not ptrace_may_access()).
	 */
	if (!ns_capable(&init_user_ns, CAP_SYS_ADMIN) ||
	    !ns_capable(&init_user_ns, CAP_SYS_PTRACE))
		return -EPERM;
	if (!try_module_get(THIS_MODULE))
		return -ENODEV;

	sess = kzalloc(sizeof(*sess), GFP_KERNEL);
	if (!sess) {
		ret = -ENOMEM;
		goto err_put_module;
	}
	ret = ks_stats_init(&sess->stats);
	if (ret)
		goto err_free_session;

	kref_init(&sess->ref);
	mutex_init(&sess->lock);
	mutex_init(&sess->read_lock);
	init_waitqueue_head(&sess->room_wq);
	spin_lock_init(&sess->throttle_lock);
	sess->block_ms = KSTRACE_BLOCK_DEFAULT;
	sess->group_slots = KSTRACE_GROUPSIZE_DEFAULT;
	INIT_LIST_HEAD(&sess->scope_node);
	spin_lock_init(&sess->target_lock);
	INIT_LIST_HEAD(&sess->tasks);
	init_waitqueue_head(&sess->wq);
	init_irq_work(&sess->wake_work, ks_session_wake);
	sess->state = KS_IDLE;
	sess->pid_ns = get_pid_ns(task_active_pid_ns(current));
	sess->bufsize_kib = KSTRACE_BUFSIZE_DEFAULT;
	sess->strsize = KSTRACE_STRSIZE_DEFAULT;
	sess->result = KS_RESULT_ALL;
	sess->summary = KSTRACE_SUMMARY_HIST;
	bitmap_fill(sess->trace_native, KSTRACE_MAX_SYSCALLS);
	bitmap_fill(sess->trace_compat, KSTRACE_MAX_SYSCALLS);
	atomic_inc(&ks_nr_sessions);

	file->private_data = sess;
	return 0;

err_free_session:
	kfree(sess);
err_put_module:
	module_put(THIS_MODULE);
	return ret;
}

/*
 * Stops tracing: no task is traced by @sess once this returns; the hooks
 * and the exit hook's target table no longer see it.
 */
static void ks_session_stop(struct ks_session *sess)
{
	lockdep_assert_held(&sess->lock);
	if (sess->state != KS_RUNNING)
		return;
	/* Probes first: their handlers look for our entries. */
	ks_probes_unregister(sess);
	ks_scope_stop(sess);
	ks_task_remove_session(sess);
	ks_targets_unwatch(sess);
	/*
	 * Hooks that found an entry before it went may still be writing
	 * records; a reader that sees STOPPED and empty fifos ends the
	 * stream, so let them finish first (the hooks are RCU readers).
	 */
	synchronize_rcu();
	ks_set_state(sess, KS_STOPPED);
	ks_hooks_put();
	ks_throttle_stop(sess);
	wake_up_interruptible(&sess->wq);
}

/*
 * Frees a session once nothing refers to it: its file is closed and the
 * throttle files it gave out are released (throttle.c). Runs in the
 * closing task or in a traced task's release of a throttle file, which
 * keeps the module while it runs.
 */
static void ks_session_free(struct kref *ref)
{
	struct ks_session *sess = container_of(ref, struct ks_session, ref);

	/* Hooks of other sessions may still see our entries until now. */
	synchronize_rcu();
	irq_work_sync(&sess->wake_work);
	atomic_dec(&ks_nr_sessions);

	ks_targets_release(sess);
	ks_scope_release(sess);
	put_pid_ns(sess->pid_ns);
	ks_probes_free(sess);
	ks_events_free(sess);
	ks_groups_free(sess);
	ks_stats_free(&sess->stats);
	kvfree(sess->snap);
	kfree(sess);
	module_put(THIS_MODULE);
}

void ks_session_put(struct ks_session *sess)
{
	kref_put(&sess->ref, ks_session_free);
}

static int ks_session_release(struct inode *inode, struct file *file)
{
	struct ks_session *sess = file->private_data;

	mutex_lock(&sess->lock);
	ks_session_stop(sess);
	mutex_unlock(&sess->lock);
	ks_session_put(sess);
	return 0;
}

/* Zeroes the counters a failed start may have bumped. */
static void ks_stats_reset_counters(struct ks_session *sess)
{
	struct ks_cpu_stats *cs;
	int cpu;

	for_each_possible_cpu(cpu) {
		cs = per_cpu_ptr(sess->stats.cpu, cpu);
		cs->unpaired = 0;
		cs->badnr = 0;
		cs->untracked = 0;
		cs->lost = 0;
		cs->lost_pending = 0;
		cs->written = 0;
		cs->throttled = 0;
		local_set(&cs->lost_nested, 0);
	}
}

/*
 * Begins tracing. On failure the session is as it was before: idle, its
 * probes registered, no table, no count, so that it can start again. An
 * event buffer stays allocated: a reader or poll that saw the session
 * running may still look at it (they take no session lock).
 */
static int ks_cmd_start(struct ks_session *sess)
{
	int ret;

	if (sess->state != KS_IDLE)
		return -EBUSY;
	if (!sess->nr_targets && sess->scope == KS_SCOPE_NONE)
		return -EINVAL;
	/* Groups are counted with the per-syscall counts. */
	if (sess->group_by != KS_GROUP_NONE && sess->summary == KSTRACE_SUMMARY_NONE)
		return -EINVAL;
	ret = ks_stats_alloc(&sess->stats, sess->summary);
	if (ret)
		return ret;
	ret = ks_groups_alloc(sess);
	if (ret)
		goto err_free_tables;
	if (sess->events && !sess->evbuf) {
		ret = ks_events_alloc(sess);
		if (ret)
			goto err_free_tables;
	}
	ret = ks_hooks_get();
	if (ret)
		goto err_free_tables;
	ks_task_accept(sess);
	ks_set_state(sess, KS_RUNNING);
	ks_scope_start(sess);
	ret = ks_targets_arm(sess);
	if (ret)
		goto err_disarm;
	ret = ks_probes_enable(sess);
	if (ret)
		goto err_disarm;
	ks_throttle_start(sess);
	return 0;

err_disarm:
	ks_scope_stop(sess);
	ks_task_remove_session(sess);
	ks_targets_reset(sess);
	/* No hook may still be counting for us when the counters go. */
	synchronize_rcu();
	ks_set_state(sess, KS_IDLE);
	ks_hooks_put();
	ks_stats_reset_counters(sess);
	/* A reader that saw it running sees the end of that stream. */
	wake_up_interruptible(&sess->wq);
err_free_tables:
	ks_groups_free(sess);
	ks_stats_free_tables(&sess->stats);
	return ret;
}

/* Options of the event stream; they cannot change once started. */
static int ks_cmd_option(struct ks_session *sess, const struct ks_cmd *cmd)
{
	if (sess->state != KS_IDLE)
		return -EBUSY;
	switch (cmd->op) {
	case KS_CMD_FOLLOW:
		WRITE_ONCE(sess->follow, cmd->arg);
		break;
	case KS_CMD_EVENTS:
		WRITE_ONCE(sess->events, cmd->arg);
		break;
	case KS_CMD_BUFSIZE:
		sess->bufsize_kib = cmd->arg;
		break;
	case KS_CMD_STRSIZE:
		sess->strsize = cmd->arg;
		break;
	case KS_CMD_IP:
		sess->ip = cmd->arg;
		break;
	case KS_CMD_RESULT:
		sess->result = cmd->arg;
		break;
	case KS_CMD_SUMMARY:
		sess->summary = cmd->arg;
		break;
	case KS_CMD_BLOCK:
		sess->block_ms = cmd->arg;
		break;
	case KS_CMD_SCOPE:
		return ks_scope_set(sess, KS_SCOPE_ALL, -1);
	case KS_CMD_CGROUP:
		return ks_scope_set(sess, KS_SCOPE_CGROUP, cmd->arg);
	case KS_CMD_GROUP:
		sess->group_by = cmd->arg;
		break;
	case KS_CMD_GROUPSIZE:
		sess->group_slots = roundup_pow_of_two(cmd->arg);
		break;
	case KS_CMD_KPROBE:
	case KS_CMD_KRETPROBE:
		return ks_probe_add(sess, cmd->func, cmd->op == KS_CMD_KRETPROBE);
	case KS_CMD_TRACE:
		bitmap_copy(cmd->abi == KSTRACE_ABI_COMPAT ? sess->trace_compat :
			    sess->trace_native, cmd->set, KSTRACE_MAX_SYSCALLS);
		break;
	default:
		return -EINVAL;
	}
	return 0;
}

static int ks_session_exec(struct ks_session *sess, const struct ks_cmd *cmd)
{
	lockdep_assert_held(&sess->lock);
	switch (cmd->op) {
	case KS_CMD_ATTACH:
		return ks_target_add(sess, cmd->arg, false);
	case KS_CMD_EXEC:
		return ks_target_add(sess, cmd->arg, true);
	case KS_CMD_START:
		return ks_cmd_start(sess);
	case KS_CMD_STOP:
		if (sess->state != KS_RUNNING)
			return -EINVAL;
		ks_session_stop(sess);
		return 0;
	default:
		return ks_cmd_option(sess, cmd);
	}
}

static ssize_t ks_session_write(struct file *file, const char __user *ubuf,
				size_t count, loff_t *ppos)
{
	struct ks_session *sess = file->private_data;
	struct ks_cmd cmd;
	char *buf;
	int ret;

	if (count > KSTRACE_CMD_MAX)
		return -E2BIG;
	buf = memdup_user_nul(ubuf, count);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	ret = ks_cmd_parse(buf, count, &cmd);
	kfree(buf);
	if (ret)
		return ret;

	mutex_lock(&sess->lock);
	ret = ks_session_exec(sess, &cmd);
	mutex_unlock(&sess->lock);
	return ret ? ret : count;
}

/* The results text, a fresh snapshot when read from its start. */
static ssize_t ks_results_read(struct ks_session *sess, char __user *ubuf,
			       size_t count, loff_t *pos)
{
	ssize_t ret = 0;

	mutex_lock(&sess->lock);
	if (*pos == 0 || !sess->snap) {
		kvfree(sess->snap);
		sess->snap = NULL;
		ret = ks_stats_format(sess, &sess->snap, &sess->snap_len);
	}
	if (!ret)
		ret = simple_read_from_buffer(ubuf, count, pos, sess->snap, sess->snap_len);
	mutex_unlock(&sess->lock);
	return ret;
}

/*
 * Is @sess streaming events? The state first: once it is seen past idle,
 * the options and the buffers that start published before it are too
 * (ks_set_state()); "events" read first could be a value that a command
 * changed before a start whose state this then sees.
 */
static bool ks_streaming(struct ks_session *sess)
{
	return ks_get_state(sess) != KS_IDLE && READ_ONCE(sess->events);
}

static ssize_t ks_session_read(struct file *file, char __user *ubuf,
			       size_t count, loff_t *ppos)
{
	struct ks_session *sess = file->private_data;
	loff_t pos;
	ssize_t ret;

	if (*ppos >= KSTRACE_RESULTS_POS) {
		pos = *ppos - KSTRACE_RESULTS_POS;
		ret = ks_results_read(sess, ubuf, count, &pos);
		*ppos = pos + KSTRACE_RESULTS_POS;
		return ret;
	}
	if (ks_streaming(sess))
		return ks_events_read(sess, ubuf, count, file->f_flags & O_NONBLOCK);
	return ks_results_read(sess, ubuf, count, ppos);
}

static __poll_t ks_session_poll(struct file *file, struct poll_table_struct *pt)
{
	struct ks_session *sess = file->private_data;
	enum ks_state state;

	poll_wait(file, &sess->wq, pt);
	if (ks_streaming(sess)) {
		WRITE_ONCE(sess->reader_waiting, true);
		/* Pairs with the hooks: commit, then test reader_waiting. */
		smp_mb();
		return ks_events_readable(sess) ? EPOLLIN | EPOLLRDNORM : 0;
	}
	state = ks_get_state(sess);
	if (state == KS_STOPPED ||
	    (state == KS_RUNNING && atomic_read(&sess->nr_tasks) == 0))
		return EPOLLIN | EPOLLRDNORM;
	return 0;
}

static const struct proc_ops ks_session_ops = {
	.proc_open = ks_session_open,
	.proc_release = ks_session_release,
	.proc_read = ks_session_read,
	.proc_write = ks_session_write,
	.proc_poll = ks_session_poll,
	.proc_lseek = default_llseek,
};

int ks_session_init(void)
{
	if (!proc_create("session", 0600, ks_proc_dir, &ks_session_ops))
		return -ENOMEM;
	return 0;
}
