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
#include "kstrace.h"

static LIST_HEAD(ks_sessions);
static DEFINE_MUTEX(ks_sessions_lock);
static unsigned int ks_nr_sessions;

unsigned int ks_session_count(void)
{
	return READ_ONCE(ks_nr_sessions);
}

static void ks_session_wake(struct irq_work *work)
{
	struct ks_session *sess = container_of(work, struct ks_session, wake_work);

	/* A reader that is still waiting sets it again before sleeping. */
	WRITE_ONCE(sess->reader_waiting, false);
	wake_up_interruptible(&sess->wq);
}

/*
 * Called from the exit hook, under RCU, for every session that traced
 * @task: keep a target's exit status and wake a reader waiting for the
 * traced tasks to be gone. Readers are woken from irq_work, never from the
 * hook itself.
 */
void ks_session_task_gone(struct ks_session *sess, struct task_struct *task)
{
	struct signal_struct *sig = task->signal;
	bool group_dead = atomic_read(&sig->live) == 0;
	unsigned int i;

	if (group_dead) {
		int status = (sig->flags & SIGNAL_GROUP_EXIT) ?
			     sig->group_exit_code : task->exit_code;
		struct pid *tgid = task_tgid(task);

		spin_lock(&sess->target_lock);
		for (i = 0; i < sess->nr_targets; i++) {
			struct ks_target *t = &sess->targets[i];

			if (t->tgid == tgid && !t->exited) {
				t->status = status;
				t->exited = true;
			}
		}
		spin_unlock(&sess->target_lock);
	}
	if (group_dead || atomic_read(&sess->nr_tasks) == 0)
		irq_work_queue(&sess->wake_work);
}

static int ks_session_open(struct inode *inode, struct file *file)
{
	struct ks_session *sess;
	int ret;

	/* /proc is seen from every container: only the host's admin traces. */
	if (!ns_capable(&init_user_ns, CAP_SYS_ADMIN))
		return -EPERM;
	if (!try_module_get(THIS_MODULE))
		return -ENODEV;

	sess = kzalloc(sizeof(*sess), GFP_KERNEL);
	if (!sess) {
		ret = -ENOMEM;
		goto err_put_module;
	}
	ret = ks_stats_alloc(&sess->stats);
	if (ret)
		goto err_free_session;

	mutex_init(&sess->lock);
	mutex_init(&sess->read_lock);
	spin_lock_init(&sess->target_lock);
	INIT_LIST_HEAD(&sess->tasks);
	init_waitqueue_head(&sess->wq);
	init_irq_work(&sess->wake_work, ks_session_wake);
	sess->state = KS_IDLE;
	sess->pid_ns = get_pid_ns(task_active_pid_ns(current));
	sess->bufsize_kib = KSTRACE_BUFSIZE_DEFAULT;
	sess->strsize = KSTRACE_STRSIZE_DEFAULT;
	sess->result = KS_RESULT_ALL;
	bitmap_fill(sess->trace_native, KSTRACE_MAX_SYSCALLS);
	bitmap_fill(sess->trace_compat, KSTRACE_MAX_SYSCALLS);

	mutex_lock(&ks_sessions_lock);
	list_add(&sess->node, &ks_sessions);
	ks_nr_sessions++;
	mutex_unlock(&ks_sessions_lock);

	file->private_data = sess;
	return 0;

err_free_session:
	kfree(sess);
err_put_module:
	module_put(THIS_MODULE);
	return ret;
}

/* Stops tracing: no task is traced by @sess once this returns. */
static void ks_session_stop(struct ks_session *sess)
{
	if (sess->state != KS_RUNNING)
		return;
	/* Probes first: their handlers look for our entries. */
	ks_probes_unregister(sess);
	ks_task_remove_session(sess);
	/*
	 * Hooks that found an entry before it went may still be writing
	 * records; a reader that sees STOPPED and empty fifos ends the
	 * stream, so let them finish first (the hooks are RCU readers).
	 */
	synchronize_rcu();
	ks_set_state(sess, KS_STOPPED);
	ks_hooks_put();
	wake_up_interruptible(&sess->wq);
}

static int ks_session_release(struct inode *inode, struct file *file)
{
	struct ks_session *sess = file->private_data;
	unsigned int i;

	mutex_lock(&sess->lock);
	ks_session_stop(sess);
	mutex_unlock(&sess->lock);

	/* Hooks of other sessions may still see our entries until now. */
	synchronize_rcu();
	irq_work_sync(&sess->wake_work);

	mutex_lock(&ks_sessions_lock);
	list_del(&sess->node);
	ks_nr_sessions--;
	mutex_unlock(&ks_sessions_lock);

	for (i = 0; i < sess->nr_targets; i++)
		put_pid(sess->targets[i].tgid);
	put_pid_ns(sess->pid_ns);
	ks_probes_free(sess);
	ks_events_free(sess);
	ks_stats_free(&sess->stats);
	kvfree(sess->snap);
	kfree(sess);
	module_put(THIS_MODULE);
	return 0;
}

/*
 * Takes a reference on every thread of the process @tgid into a new array,
 * so that they can be added with sleeping allocations afterwards.
 */
static int ks_collect_threads(struct pid *tgid, struct task_struct ***arrp,
			      unsigned int *np)
{
	struct task_struct *leader, *t, **arr;
	unsigned int n, max;

	for (;;) {
		rcu_read_lock();
		leader = pid_task(tgid, PIDTYPE_TGID);
		max = leader ? get_nr_threads(leader) + 8 : 0;
		rcu_read_unlock();
		if (!max)
			return -ESRCH;

		arr = kvmalloc_array(max, sizeof(*arr), GFP_KERNEL);
		if (!arr)
			return -ENOMEM;
		n = 0;
		rcu_read_lock();
		leader = pid_task(tgid, PIDTYPE_TGID);
		if (leader) {
			for_each_thread(leader, t) {
				if (n == max)
					break;
				get_task_struct(t);
				arr[n++] = t;
			}
		}
		rcu_read_unlock();
		if (n < max) {
			*arrp = arr;
			*np = n;
			return n ? 0 : -ESRCH;
		}
		/* More threads appeared meanwhile: start over, bigger. */
		while (n)
			put_task_struct(arr[--n]);
		kvfree(arr);
	}
}

/* Starts tracing the threads of @t; the session is accepting tasks. */
static int ks_target_arm(struct ks_session *sess, struct ks_target *t)
{
	struct task_struct **threads, *leader;
	unsigned int n, i, added = 0;
	int ret;

	if (t->await_exec) {
		/* Only the main thread: it is the one that will execve. */
		leader = get_pid_task(t->tgid, PIDTYPE_TGID);
		if (!leader)
			return -ESRCH;
		ret = ks_task_add(sess, leader, true);
		put_task_struct(leader);
		return ret == -EEXIST ? -ESRCH : ret;
	}

	ret = ks_collect_threads(t->tgid, &threads, &n);
	if (ret)
		return ret;
	for (i = 0; i < n; i++) {
		if (!ret) {
			int err = ks_task_add(sess, threads[i], false);

			if (!err)
				added++;
			else if (err != -EEXIST)
				ret = err;
		}
		put_task_struct(threads[i]);
	}
	kvfree(threads);
	if (!ret && !added)
		ret = -ESRCH;
	return ret;
}

/* Resolves @nr in the opener's pid namespace to a new target. */
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

static int ks_cmd_target(struct ks_session *sess, long nr, bool await_exec)
{
	struct ks_target *t;
	struct pid *tgid;
	unsigned int i;
	int ret;

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
	t->tgid = tgid;
	t->nr = nr;
	t->await_exec = await_exec;
	t->exited = false;
	if (sess->state == KS_RUNNING) {
		ret = ks_target_arm(sess, t);
		if (ret) {
			/* Threads added before the failure stay traced. */
			put_pid(tgid);
			t->tgid = NULL;
			return ret;
		}
	}
	spin_lock(&sess->target_lock);
	sess->nr_targets++;
	spin_unlock(&sess->target_lock);
	return 0;
}

static int ks_cmd_start(struct ks_session *sess)
{
	unsigned int i;
	int ret;

	if (sess->state != KS_IDLE)
		return -EBUSY;
	if (!sess->nr_targets)
		return -EINVAL;
	if (sess->events && !sess->evbuf) {
		ret = ks_events_alloc(sess);
		if (ret)
			return ret;
	}
	ret = ks_hooks_get();
	if (ret)
		return ret;
	ks_task_accept(sess);
	ks_set_state(sess, KS_RUNNING);
	for (i = 0; i < sess->nr_targets; i++) {
		ret = ks_target_arm(sess, &sess->targets[i]);
		if (ret && ret != -ESRCH)
			goto err_stop;
		/* A target that died before start has no status to give. */
	}
	ret = ks_probes_enable(sess);
	if (ret)
		goto err_stop;
	return 0;

err_stop:
	ks_session_stop(sess);
	ks_set_state(sess, KS_IDLE);
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
		sess->events = cmd->arg;
		break;
	case KS_CMD_BUFSIZE:
		sess->bufsize_kib = cmd->arg;
		break;
	case KS_CMD_STRSIZE:
		sess->strsize = cmd->arg;
		break;
	case KS_CMD_RESULT:
		sess->result = cmd->arg;
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
	switch (cmd->op) {
	case KS_CMD_ATTACH:
		return ks_cmd_target(sess, cmd->arg, false);
	case KS_CMD_EXEC:
		return ks_cmd_target(sess, cmd->arg, true);
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

static bool ks_streaming(struct ks_session *sess)
{
	return sess->events && ks_get_state(sess) != KS_IDLE;
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
