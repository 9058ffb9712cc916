// SPDX-License-Identifier: GPL-2.0
/*
 * events.c - the event stream of a session: records of syscall entries,
 * exits and task exits in the kernel's per-CPU ring_buffer, read back in
 * timestamp order through read(2) on the session file.
 *
 * A record is assembled in a per-CPU scratch area (its size is known only
 * once the arguments are copied), then written with ring_buffer_write(),
 * which guards against nesting itself. A full buffer drops the record and
 * counts it, per CPU; the next record that fits on that CPU is preceded by
 * a KSTRACE_REC_LOST record, so the reader sees where the gap is. Readers
 * are woken through irq_work, never from inside a hook.
 */
#include <linux/kernel.h>
#include <linux/ring_buffer.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/pid_namespace.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/timekeeping.h>
#include <linux/workqueue.h>
#include "kstrace.h"

struct ks_scratch {
	u64 buf[KSTRACE_REC_MAX / sizeof(u64)];
};

static struct ks_scratch __percpu *ks_scratch;

int ks_events_init(void)
{
	ks_scratch = alloc_percpu(struct ks_scratch);
	return ks_scratch ? 0 : -ENOMEM;
}

void ks_events_exit(void)
{
	free_percpu(ks_scratch);
}

/*
 * The ring buffer's allocator gives up as soon as the user task it runs in
 * has a fatal signal pending, and then WARNs from its CPU-hotplug callback
 * (trace_rb_cpu_prepare()). A CLI killed while "start" runs is ordinary,
 * not a kernel bug, so a kworker allocates the buffer: the kill takes
 * effect when the write returns, and the buffer goes with the session.
 */
struct ks_rb_alloc {
	struct work_struct work;
	unsigned long size;
	struct trace_buffer *rb;
};

static void ks_rb_alloc_work(struct work_struct *work)
{
	struct ks_rb_alloc *a = container_of(work, struct ks_rb_alloc, work);

	a->rb = ring_buffer_alloc(a->size, 0);
}

static struct trace_buffer *ks_rb_alloc(unsigned long size)
{
	struct ks_rb_alloc a = { .size = size };

	INIT_WORK_ONSTACK(&a.work, ks_rb_alloc_work);
	queue_work(system_unbound_wq, &a.work);
	flush_work(&a.work);
	destroy_work_on_stack(&a.work);
	return a.rb;
}

int ks_events_alloc(struct ks_session *sess)
{
	sess->rb = ks_rb_alloc(sess->bufsize_kib * 1024UL);
	if (!sess->rb)
		return -ENOMEM;
	sess->bounce = kvmalloc(KS_READ_MAX, GFP_KERNEL);
	if (!sess->bounce) {
		ring_buffer_free(sess->rb);
		sess->rb = NULL;
		return -ENOMEM;
	}
	return 0;
}

void ks_events_free(struct ks_session *sess)
{
	if (sess->rb)
		ring_buffer_free(sess->rb);
	kvfree(sess->bounce);
}

static void ks_rec_init(struct kstrace_rec *r, struct ks_session *sess,
			struct task_struct *task, u8 type)
{
	memset(r, 0, sizeof(*r));
	r->size = sizeof(*r);
	r->type = type;
	r->version = KSTRACE_REC_VERSION;
	r->cpu = smp_processor_id();
	r->tid = task->pid;
	r->pid = task->tgid;
	r->vtid = task_pid_nr_ns(task, sess->pid_ns);
	r->vpid = task_tgid_nr_ns(task, sess->pid_ns);
	r->ts = ktime_get_ns();
}

/* Writes a finished record; preemption is disabled by the caller. */
static void ks_rec_emit(struct ks_session *sess, struct kstrace_rec *r)
{
	struct ks_cpu_stats *cs = sess->stats.cpu[smp_processor_id()];

	if (unlikely(cs->lost_pending)) {
		struct kstrace_rec lost;

		lost = *r;
		lost.type = KSTRACE_REC_LOST;
		lost.size = sizeof(lost);
		lost.ncap = 0;
		memset(&lost.enter, 0, sizeof(lost.enter));
		lost.lost.count = cs->lost_pending;
		if (ring_buffer_write(sess->rb, lost.size, &lost))
			goto drop;
		cs->lost_pending = 0;
		cs->written++;
	}
	if (ring_buffer_write(sess->rb, r->size, r))
		goto drop;
	cs->written++;
	/* Pairs with ks_events_read(): set reader_waiting, then test. */
	smp_mb();
	if (READ_ONCE(sess->reader_waiting))
		irq_work_queue(&sess->wake_work);
	return;
drop:
	cs->lost++;
	cs->lost_pending++;
}

static bool ks_event_wanted(struct ks_task *t)
{
	struct ks_session *sess = t->sess;

	if (t->nr < 0 || t->nr >= KSTRACE_MAX_SYSCALLS)
		return true;
	return test_bit(t->nr, t->compat ? sess->trace_compat : sess->trace_native);
}

/* The hooks call these with preemption disabled, for sessions in events mode. */
void ks_event_enter(struct ks_task *t)
{
	struct ks_session *sess = t->sess;
	struct kstrace_rec *r = (void *)this_cpu_ptr(ks_scratch)->buf;
	unsigned int i;

	if (!ks_event_wanted(t))
		return;
	ks_rec_init(r, sess, current, KSTRACE_REC_ENTER);
	r->nr = t->nr;
	r->abi = t->compat ? KSTRACE_ABI_COMPAT : KSTRACE_ABI_NATIVE;
	for (i = 0; i < 6; i++)
		r->enter.args[i] = t->args[i];
	if (!t->compat)
		r->size += ks_capture((char *)(r + 1), KSTRACE_REC_MAX - sizeof(*r), t->nr,
				      t->args, false, 0, sess->strsize, &r->ncap);
	ks_rec_emit(sess, r);
}

static bool ks_result_wanted(struct ks_session *sess, long ret)
{
	switch (sess->result) {
	case KS_RESULT_OK:
		return !IS_ERR_VALUE(ret);
	case KS_RESULT_ERR:
		return IS_ERR_VALUE(ret);
	default:
		return true;
	}
}

void ks_event_exit(struct ks_task *t, long ret, u64 duration)
{
	struct ks_session *sess = t->sess;
	struct kstrace_rec *r = (void *)this_cpu_ptr(ks_scratch)->buf;

	if (!ks_event_wanted(t) || !ks_result_wanted(sess, ret))
		return;
	ks_rec_init(r, sess, current, KSTRACE_REC_EXIT);
	r->nr = t->nr;
	r->abi = t->compat ? KSTRACE_ABI_COMPAT : KSTRACE_ABI_NATIVE;
	r->exit.ret = ret;
	r->exit.duration_ns = duration;
	if (!t->compat)
		r->size += ks_capture((char *)(r + 1), KSTRACE_REC_MAX - sizeof(*r), t->nr,
				      t->args, true, ret, sess->strsize, &r->ncap);
	ks_rec_emit(sess, r);
}

void ks_event_task_exit(struct ks_task *t, struct task_struct *task)
{
	struct ks_session *sess = t->sess;
	struct kstrace_rec *r = (void *)this_cpu_ptr(ks_scratch)->buf;
	struct signal_struct *sig = task->signal;
	bool group_dead = atomic_read(&sig->live) == 0;

	ks_rec_init(r, sess, task, KSTRACE_REC_TASK_EXIT);
	r->task_exit.group_dead = group_dead;
	r->task_exit.code = (group_dead && (sig->flags & SIGNAL_GROUP_EXIT)) ?
			    sig->group_exit_code : task->exit_code;
	ks_rec_emit(sess, r);
}

/*
 * A probe hit. Built on the stack, not in the scratch area: a probe may
 * fire while a syscall record is being assembled there.
 */
void ks_event_probe(struct ks_session *sess, unsigned int idx, long ret, u64 ns)
{
	struct kstrace_rec r;

	ks_rec_init(&r, sess, current, KSTRACE_REC_PROBE);
	r.nr = idx;
	r.exit.ret = ret;
	r.exit.duration_ns = ns;
	ks_rec_emit(sess, &r);
}

/* The CPU whose next record is the oldest, or -1 if all are empty. */
static int ks_oldest_cpu(struct ks_session *sess)
{
	struct ring_buffer_event *ev;
	const struct kstrace_rec *r;
	u64 best = U64_MAX;
	int cpu, found = -1;

	for_each_possible_cpu(cpu) {
		ev = ring_buffer_peek(sess->rb, cpu, NULL, NULL);
		if (!ev)
			continue;
		r = ring_buffer_event_data(ev);
		if (r->ts < best) {
			best = r->ts;
			found = cpu;
		}
	}
	return found;
}

/* Moves whole records, oldest first, into the bounce buffer. */
static size_t ks_events_fill(struct ks_session *sess, size_t count)
{
	struct ring_buffer_event *ev;
	const struct kstrace_rec *r;
	size_t len = 0;
	int cpu;

	count = min_t(size_t, count, KS_READ_MAX);
	for (;;) {
		cpu = ks_oldest_cpu(sess);
		if (cpu < 0)
			break;
		ev = ring_buffer_peek(sess->rb, cpu, NULL, NULL);
		r = ring_buffer_event_data(ev);
		if (len + r->size > count)
			break;
		memcpy(sess->bounce + len, r, r->size);
		len += r->size;
		ring_buffer_consume(sess->rb, cpu, NULL, NULL);
	}
	return len;
}

static bool ks_events_done(struct ks_session *sess)
{
	enum ks_state state = ks_get_state(sess);

	return state == KS_STOPPED || atomic_read(&sess->nr_tasks) == 0;
}

bool ks_events_readable(struct ks_session *sess)
{
	return !ring_buffer_empty(sess->rb) || ks_events_done(sess);
}

/**
 * ks_events_read() - read(2) of a session in events mode
 * @sess: a session that started in events mode
 * @ubuf: the user's buffer
 * @count: its size
 * @nonblock: O_NONBLOCK
 *
 * Return: bytes of whole records, 0 at the end of the stream, or -errno.
 */
ssize_t ks_events_read(struct ks_session *sess, char __user *ubuf, size_t count,
		       bool nonblock)
{
	ssize_t ret;
	size_t len;

	if (count < KSTRACE_REC_MAX)
		return -EINVAL;
	if (mutex_lock_interruptible(&sess->read_lock))
		return -ERESTARTSYS;
	for (;;) {
		len = ks_events_fill(sess, count);
		if (len) {
			ret = copy_to_user(ubuf, sess->bounce, len) ? -EFAULT : len;
			break;
		}
		/* Check "done" before emptiness: records come before the end. */
		if (ks_events_done(sess) && ring_buffer_empty(sess->rb)) {
			ret = 0;
			break;
		}
		if (nonblock) {
			ret = -EAGAIN;
			break;
		}
		WRITE_ONCE(sess->reader_waiting, true);
		/* Pairs with the hooks: commit, then test reader_waiting. */
		smp_mb();
		ret = wait_event_interruptible(sess->wq, ks_events_readable(sess));
		if (ret)
			break;
	}
	mutex_unlock(&sess->read_lock);
	return ret;
}
