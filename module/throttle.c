// SPDX-License-Identifier: GPL-2.0
/*
 * throttle.c - lossless event streams: a traced task whose records fill
 * its CPU's buffer past a high mark waits, on its way back to user space,
 * until the reader has emptied that buffer below a low mark, the way
 * strace's tracee waits for strace. Nothing else waits: not the kernel,
 * not an untraced task.
 *
 * The hooks run with preemption disabled and cannot sleep, so the wait is
 * put where the task may sleep holding nothing: the task_work the kernel
 * runs before it returns to user space. Not task_work_add() of our own
 * callback, though: a callback in module text that is queued on a task
 * cannot be cancelled by a module (task_work_cancel() is not exported)
 * and would return into the module after it dropped its reference. A
 * file's last fput() from a task queues the file's release as that task's
 * task_work, and the VFS holds the module (fops->owner) for the release
 * and drops it only after it returned: so the hook drops the last
 * reference of a file taken from a pool the session keeps, and the file's
 * release is the wait. A release that does not run in the throttled task
 * (its exit, or a kworker when the task could not take task_work) only
 * refills the pool.
 *
 * The wait is bounded (block MS): a reader that stopped reading (the CLI
 * stopped, its output blocked) must not hold the traced programs forever.
 * When a wait times out, the session falls back to dropping records for
 * the rest of its life, counts them as before, and the results say so
 * ("fallback 1").
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/anon_inodes.h>
#include <linux/kfifo.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/jiffies.h>
#include <linux/lockdep.h>
#include "kstrace.h"

/*
 * A task with a fatal signal pending (a thread of a process that is being
 * killed or ends with exit_group()) cannot wait killably; it waits this
 * long at most, so that the records of thousands of threads ending at once
 * are not lost while no kill is held up for long.
 */
#define KS_THROTTLE_DYING_MS	100

/* Throttle when a CPU's buffer is this full, release below half of it. */
#define KS_THROTTLE_HIGH(size)	((size) / 4 * 3)
#define KS_THROTTLE_LOW(size)	((size) / 2)

static int ks_throttle_release(struct inode *inode, struct file *file);

static const struct file_operations ks_throttle_fops = {
	.owner = THIS_MODULE,
	.release = ks_throttle_release,
};

/* A new pool file, holding a reference on @sess; NULL when none can be made. */
static struct file *ks_throttle_file(struct ks_session *sess)
{
	struct file *f;

	f = anon_inode_getfile("[kstrace-throttle]", &ks_throttle_fops, sess, O_RDONLY);
	if (IS_ERR(f))
		return NULL;
	kref_get(&sess->ref);
	return f;
}

/* Puts @f back in @sess's pool, or drops it when the pool is closed or full. */
static void ks_throttle_push(struct ks_session *sess, struct file *f)
{
	unsigned long flags;
	bool kept = false;

	spin_lock_irqsave(&sess->throttle_lock, flags);
	if (sess->throttle_open && sess->nr_pool < KS_THROTTLE_POOL) {
		sess->pool[sess->nr_pool++] = f;
		kept = true;
	}
	spin_unlock_irqrestore(&sess->throttle_lock, flags);
	if (!kept)
		fput(f);
}

/**
 * ks_throttle_start() - fill the pool of a session that starts, lossless
 * @sess: the session, its lock held
 *
 * A session without a pool (no memory) streams lossy; nothing fails.
 */
void ks_throttle_start(struct ks_session *sess)
{
	struct file *f;
	unsigned int i;

	lockdep_assert_held(&sess->lock);
	if (!sess->events || !sess->block_ms)
		return;
	spin_lock_irq(&sess->throttle_lock);
	sess->throttle_open = true;
	spin_unlock_irq(&sess->throttle_lock);
	for (i = 0; i < KS_THROTTLE_POOL; i++) {
		f = ks_throttle_file(sess);
		if (!f)
			break;
		ks_throttle_push(sess, f);
	}
}

/* Closes the pool and drops its files; tasks still waiting are woken. */
void ks_throttle_stop(struct ks_session *sess)
{
	struct file *f;

	spin_lock_irq(&sess->throttle_lock);
	sess->throttle_open = false;
	spin_unlock_irq(&sess->throttle_lock);
	for (;;) {
		spin_lock_irq(&sess->throttle_lock);
		f = sess->nr_pool ? sess->pool[--sess->nr_pool] : NULL;
		spin_unlock_irq(&sess->throttle_lock);
		if (!f)
			break;
		fput(f);
	}
	wake_up_all(&sess->room_wq);
}

/*
 * Called by ks_rec_emit() after it wrote a record of @t's on this CPU,
 * preemption disabled: past the high mark, @t waits on its way to user
 * space. Only in task context: a hit in an interrupt is not its task's
 * doing.
 */
void ks_throttle_check(struct ks_task *t, struct kfifo *fifo)
{
	struct ks_session *sess = t->sess;
	struct file *f = NULL;
	unsigned long flags;

	if (!sess->block_ms || READ_ONCE(sess->fallback) || t->throttled ||
	    !in_task() || (current->flags & (PF_EXITING | PF_KTHREAD)) ||
	    kfifo_len(fifo) <= KS_THROTTLE_HIGH(kfifo_size(fifo)))
		return;
	spin_lock_irqsave(&sess->throttle_lock, flags);
	if (sess->nr_pool)
		f = sess->pool[--sess->nr_pool];
	spin_unlock_irqrestore(&sess->throttle_lock, flags);
	if (!f)
		return;
	t->throttled = true;
	t->throttle_cpu = smp_processor_id();
	this_cpu_ptr(sess->stats.cpu)->throttled++;
	/* The last reference: the release runs before current's return to user. */
	fput(f);
}

static bool ks_throttle_room(struct ks_session *sess, int cpu)
{
	struct kfifo *fifo = &per_cpu_ptr(sess->evbuf, cpu)->fifo;

	return kfifo_len(fifo) <= KS_THROTTLE_LOW(kfifo_size(fifo)) ||
	       ks_get_state(sess) != KS_RUNNING || READ_ONCE(sess->fallback);
}

/*
 * If current is a task of @sess that the hook throttled, the CPU whose
 * buffer it filled; -1 otherwise. Clears the mark: only the task itself
 * writes it.
 */
static int ks_throttled_cpu(struct ks_session *sess)
{
	struct ks_task *t;
	int cpu = -1;

	rcu_read_lock();
	for (t = ks_task_first(current); t; t = ks_task_next(t)) {
		if (t->sess == sess && t->throttled) {
			t->throttled = false;
			cpu = t->throttle_cpu;
			break;
		}
	}
	rcu_read_unlock();
	return cpu;
}

static void ks_throttle_wait(struct ks_session *sess, int cpu)
{
	long left;

	wake_up_interruptible(&sess->wq);	/* the reader, in case it sleeps */
	if (fatal_signal_pending(current)) {
		wait_event_timeout(sess->room_wq, ks_throttle_room(sess, cpu),
				   msecs_to_jiffies(min(sess->block_ms, KS_THROTTLE_DYING_MS)));
		return;
	}
	left = wait_event_killable_timeout(sess->room_wq, ks_throttle_room(sess, cpu),
					   msecs_to_jiffies(sess->block_ms));
	if (!left) {
		/* The reader is stuck: drop from now on rather than hold the tasks. */
		WRITE_ONCE(sess->fallback, true);
		wake_up_all(&sess->room_wq);
	}
}

/* The file's release: the throttled task's wait, then a new pool file. */
static int ks_throttle_release(struct inode *inode, struct file *file)
{
	struct ks_session *sess = file->private_data;
	struct file *f;
	int cpu;

	if (!(current->flags & (PF_EXITING | PF_KTHREAD))) {
		cpu = ks_throttled_cpu(sess);
		if (cpu >= 0)
			ks_throttle_wait(sess, cpu);
	}
	if (READ_ONCE(sess->throttle_open)) {
		f = ks_throttle_file(sess);
		if (f)
			ks_throttle_push(sess, f);
	}
	ks_session_put(sess);
	return 0;
}

/* The reader made room: wake the tasks that wait for it. */
void ks_throttle_room_made(struct ks_session *sess)
{
	/* The fifo's index moved before the queue is looked at. */
	smp_mb();
	/*
	 * waitqueue_active() without the queue's lock: a waiter's
	 * set_current_state() in prepare_to_wait() orders its enqueueing
	 * before it tests the fifo, so either it sees the room or we see it
	 * queued.
	 */
	if (waitqueue_active(&sess->room_wq))
		wake_up_all(&sess->room_wq);
}
