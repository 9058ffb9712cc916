// SPDX-License-Identifier: GPL-2.0
/*
 * events.c - the event stream of a session: records of syscall entries,
 * exits and task exits in a kfifo per CPU, read back in timestamp order
 * through read(2) on the session file.
 *
 * Each CPU's fifo has one writer, the hooks of that CPU, and one reader,
 * the session's reader (read_lock): kfifo needs no lock for that. A record
 * is assembled in a per-CPU scratch area (its size is known only once the
 * arguments are copied) and goes in whole or not at all. A full fifo drops
 * the record and counts it, per CPU; the next record that fits on that CPU
 * is preceded by a KSTRACE_REC_LOST record, so the reader sees where the
 * gap is. Readers are woken through irq_work, never from inside a hook.
 *
 * Records are merged by time, so times must order each task's records
 * even under a clock as coarse as jiffies (a guest without TSC or HPET
 * gives hundreds of records one time): ks_rec_stamp() makes them never go
 * down on a CPU and strictly go up for a task. The reader takes the
 * oldest head only when no fifo it found empty has filled meanwhile
 * (ks_oldest_cpu()): that is how a task's earlier record on another CPU,
 * written while the heads were being compared, is not overtaken.
 *
 * Not the kernel's ring_buffer: under QEMU its consuming reader now and
 * then missed records that were written and not counted as lost (likely a
 * reader held up inside rb_get_reader_page() while the writer finished the
 * page: docs/design.md), and the stream must hold every record it does not
 * report as lost.
 */
#include <linux/kernel.h>
#include <linux/kfifo.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task_stack.h>
#include <linux/ptrace.h>
#include <linux/pid_namespace.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/log2.h>
#include <linux/uaccess.h>
#include <linux/timekeeping.h>
#include <linux/signal.h>
#include <linux/compat.h>
#include <linux/cred.h>
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

static struct kfifo *ks_fifo(struct ks_session *sess, int cpu)
{
	return &per_cpu_ptr(sess->evbuf, cpu)->fifo;
}

/* kfifo sizes are powers of two: "bufsize" is rounded up to one. */
static unsigned long ks_fifo_bytes(struct ks_session *sess)
{
	return roundup_pow_of_two(sess->bufsize_kib * 1024UL);
}

/*
 * Without __GFP_NOWARN a CLI killed while "start" allocates would log an
 * allocation failure: vmalloc gives up on a task with a fatal signal
 * pending, which is ordinary here, not a kernel problem.
 */
int ks_events_alloc(struct ks_session *sess)
{
	unsigned long size = ks_fifo_bytes(sess);
	struct ks_evbuf *eb;
	int cpu;

	sess->evbuf = alloc_percpu(struct ks_evbuf);
	if (!sess->evbuf)
		return -ENOMEM;
	for_each_possible_cpu(cpu) {
		eb = per_cpu_ptr(sess->evbuf, cpu);
		eb->mem = kvmalloc_node(size, GFP_KERNEL_ACCOUNT | __GFP_NOWARN,
					cpu_to_node(cpu));
		if (!eb->mem || kfifo_init(&eb->fifo, eb->mem, size))
			goto err_free;
	}
	sess->bounce = kvmalloc(KS_READ_MAX, GFP_KERNEL_ACCOUNT | __GFP_NOWARN);
	if (!sess->bounce)
		goto err_free;
	return 0;

err_free:
	ks_events_free(sess);
	return -ENOMEM;
}

void ks_events_free(struct ks_session *sess)
{
	int cpu;

	if (sess->evbuf) {
		for_each_possible_cpu(cpu)
			kvfree(per_cpu_ptr(sess->evbuf, cpu)->mem);
		free_percpu(sess->evbuf);
		sess->evbuf = NULL;
	}
	kvfree(sess->bounce);
	sess->bounce = NULL;
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
	/* NMI-safe: kprobe hits from int3 run as NMIs (ks_rec_stamp() orders). */
	r->ts = ktime_get_mono_fast_ns();
}

/*
 * The ids of a task's record in the opener's pid namespace, looked up once
 * per task: the namespace walk was an eighth of a record's cost. A thread
 * that execs in a multi-threaded process takes its leader's pid, hence the
 * check of the pid they were looked up for. Only the task itself writes
 * its entry.
 */
static void ks_rec_task(struct kstrace_rec *r, struct ks_task *t, struct task_struct *task)
{
	if (unlikely(t->ids_tid != task->pid || !t->ids_tid)) {
		t->vtid = task_pid_nr_ns(task, t->sess->pid_ns);
		t->vpid = task_tgid_nr_ns(task, t->sess->pid_ns);
		t->ids_tid = task->pid;
	}
	r->vtid = t->vtid;
	r->vpid = t->vpid;
}

/*
 * strace -i: where the call was made from, the address after its syscall
 * instruction, as ptrace's registers give it at the syscall stop.
 */
static void ks_rec_ip(struct kstrace_rec *r)
{
	u64 ip = instruction_pointer(task_pt_regs(current));

	r->size += ks_capture_kernel((char *)r + r->size, KSTRACE_REC_MAX - r->size,
				     KSTRACE_CAP_ARG_REC, KSTRACE_CAP_IP, &ip, sizeof(ip),
				     sizeof(ip), &r->ncap);
}

/* Puts @r in @fifo whole, or not at all. */
static bool ks_rec_put(struct kfifo *fifo, const struct kstrace_rec *r)
{
	/* Only the reader makes room meanwhile: what is free stays free. */
	if (kfifo_avail(fifo) < r->size)
		return false;
	/* One update of the fifo's index, after the data (kfifo_copy_in()). */
	kfifo_in(fifo, r, r->size);
	return true;
}

/*
 * A record's final time: at least the clock's, not below this CPU's last,
 * above its task's last (@task_ts; NULL for a probe hit, which has none).
 */
static void ks_rec_stamp(struct ks_evbuf *eb, struct kstrace_rec *r,
			 u64 *task_ts)
{
	u64 ts = max(r->ts, eb->last_ts);

	if (task_ts) {
		ts = max(ts, *task_ts + 1);
		*task_ts = ts;
	}
	eb->last_ts = ts;
	r->ts = ts;
}

/*
 * Writes a finished record of @t (NULL: a probe hit, which has no task
 * entry); preemption is disabled by the caller.
 */
static void ks_rec_emit(struct ks_session *sess, struct kstrace_rec *r,
			struct ks_task *t)
{
	u64 *task_ts = t ? &t->last_ts : NULL;
	struct ks_evbuf *eb = this_cpu_ptr(sess->evbuf);
	struct ks_cpu_stats *cs = this_cpu_ptr(sess->stats.cpu);

	/*
	 * A probe on a function this write calls (__kfifo_in(), say) fires
	 * inside it: the fifo has one writer, so the hit is dropped; the
	 * counters below belong to the outer write, hence one of its own.
	 */
	if (READ_ONCE(eb->busy)) {
		local_inc(&cs->lost_nested);
		return;
	}
	WRITE_ONCE(eb->busy, true);
	barrier();
	ks_rec_stamp(eb, r, task_ts);
	if (unlikely(cs->lost_pending)) {
		struct kstrace_rec lost;

		lost = *r;
		lost.type = KSTRACE_REC_LOST;
		lost.size = sizeof(lost);
		lost.ncap = 0;
		memset(&lost.enter, 0, sizeof(lost.enter));
		lost.lost.count = cs->lost_pending;
		if (!ks_rec_put(&eb->fifo, &lost))
			goto drop;
		cs->lost_pending = 0;
		cs->written++;
	}
	if (!ks_rec_put(&eb->fifo, r))
		goto drop;
	cs->written++;
	barrier();
	WRITE_ONCE(eb->busy, false);
	if (t)
		ks_throttle_check(t, &eb->fifo);
	/* Pairs with ks_events_read(): set reader_waiting, then test. */
	smp_mb();
	if (READ_ONCE(sess->reader_waiting))
		irq_work_queue(&sess->wake_work);
	return;
drop:
	cs->lost++;
	cs->lost_pending++;
	barrier();
	WRITE_ONCE(eb->busy, false);
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
	ks_rec_task(r, t, current);
	r->nr = t->nr;
	r->abi = t->compat ? KSTRACE_ABI_COMPAT : KSTRACE_ABI_NATIVE;
	for (i = 0; i < 6; i++)
		r->enter.args[i] = t->args[i];
	if (!t->compat)
		r->size += ks_capture((char *)(r + 1), KSTRACE_REC_MAX - sizeof(*r), t->nr,
				      t->args, false, 0, sess->strsize, &r->ncap,
				      &t->refetch);
	if (sess->ip)
		ks_rec_ip(r);
	ks_rec_emit(sess, r, t);
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
	ks_rec_task(r, t, current);
	r->nr = t->nr;
	r->abi = t->compat ? KSTRACE_ABI_COMPAT : KSTRACE_ABI_NATIVE;
	r->exit.ret = ret;
	r->exit.duration_ns = duration;
	if (!t->compat) {
		r->size += ks_capture((char *)(r + 1), KSTRACE_REC_MAX - sizeof(*r), t->nr,
				      t->args, true, ret, sess->strsize, &r->ncap,
				      &t->refetch);
		r->size += ks_capture_fdnames((char *)r + r->size, KSTRACE_REC_MAX - r->size,
					      t->nr, t->args, ret, &r->ncap);
	}
	ks_rec_emit(sess, r, t);
}

void ks_event_task_exit(struct ks_task *t, struct task_struct *task, bool group_dead)
{
	struct ks_session *sess = t->sess;
	struct kstrace_rec *r = (void *)this_cpu_ptr(ks_scratch)->buf;
	struct signal_struct *sig = task->signal;

	ks_rec_init(r, sess, task, KSTRACE_REC_TASK_EXIT);
	ks_rec_task(r, t, task);
	r->task_exit.group_dead = group_dead;
	r->task_exit.code = (group_dead && (sig->flags & SIGNAL_GROUP_EXIT)) ?
			    sig->group_exit_code : task->exit_code;
	if (group_dead)
		r->task_exit.group_code = ks_group_status(task);
	ks_rec_emit(sess, r, t);
}

/* What the kernel does with @sig whose action is @ka (get_signal()'s order). */
static u32 ks_sig_action(int sig, const struct k_sigaction *ka)
{
	if (ka->sa.sa_handler == SIG_IGN)
		return KSTRACE_SIG_IGNORE;
	if (ka->sa.sa_handler != SIG_DFL)
		return KSTRACE_SIG_HANDLER;
	if (sig_kernel_ignore(sig))
		return KSTRACE_SIG_IGNORE;
	if (sig_kernel_stop(sig))
		return KSTRACE_SIG_STOP;
	return KSTRACE_SIG_TERM;
}

/* The signal of a SIGNAL record @r that has @room bytes, and its siginfo. */
static void ks_rec_signal(struct kstrace_rec *r, size_t room, int sig, u32 action,
			  const kernel_siginfo_t *info)
{
	r->nr = sig;
	r->signal.signo = sig;
	r->signal.action = action;
	r->size += ks_capture_kernel((char *)(r + 1), room - sizeof(*r), 0,
				     KSTRACE_CAP_SIGINFO, info, sizeof(*info),
				     sizeof(siginfo_t), &r->ncap);
}

/*
 * The siginfo that __send_signal_locked() makes of the kernel's own sends
 * (SEND_SIG_NOINFO: from current, SEND_SIG_PRIV: from the kernel).
 */
static void ks_siginfo_of_send(kernel_siginfo_t *si, int sig, struct task_struct *task,
			       const struct kernel_siginfo *info)
{
	clear_siginfo(si);
	si->si_signo = sig;
	if (info == SEND_SIG_PRIV) {
		si->si_code = SI_KERNEL;
		return;
	}
	si->si_code = SI_USER;
	rcu_read_lock();
	si->si_pid = task_tgid_nr_ns(current, task_active_pid_ns(task));
	si->si_uid = from_kuid_munged(task_cred_xxx(task, user_ns), current_uid());
	rcu_read_unlock();
}

/*
 * A signal sent to traced @task that it will never dequeue (see
 * KSTRACE_SIG_SENT), from the sender's context: any task, maybe an
 * interrupt, with @task's siglock held. So the record is built on the
 * stack (the per-CPU scratch may hold a record in progress), its ids are
 * looked up rather than cached (only the task writes its entry), and no
 * task is throttled for it.
 */
void ks_event_signal_sent(struct ks_task *t, struct task_struct *task, int sig,
			  const struct kernel_siginfo *info, u32 action)
{
	u64 buf[DIV_ROUND_UP(sizeof(struct kstrace_rec) + sizeof(struct kstrace_cap) +
			     sizeof(siginfo_t), sizeof(u64))];
	struct kstrace_rec *r = (void *)buf;
	struct ks_session *sess = t->sess;
	kernel_siginfo_t si;

	if ((unsigned long)info <= (unsigned long)SEND_SIG_PRIV) {
		ks_siginfo_of_send(&si, sig, task, info);
		info = &si;
	}
	ks_rec_init(r, sess, task, KSTRACE_REC_SIGNAL);
	r->vtid = task_pid_nr_ns(task, sess->pid_ns);
	r->vpid = task_tgid_nr_ns(task, sess->pid_ns);
	r->abi = KSTRACE_ABI_NATIVE;
	ks_rec_signal(r, sizeof(buf), sig, action | KSTRACE_SIG_SENT, info);
	ks_rec_emit(sess, r, NULL);
}

/* A signal delivered to a traced task; its siginfo as user space has it. */
void ks_event_signal(struct ks_task *t, int sig, const kernel_siginfo_t *info,
		     const struct k_sigaction *ka)
{
	struct ks_session *sess = t->sess;
	struct kstrace_rec *r = (void *)this_cpu_ptr(ks_scratch)->buf;

	ks_rec_init(r, sess, current, KSTRACE_REC_SIGNAL);
	ks_rec_task(r, t, current);
	r->abi = in_compat_syscall() ? KSTRACE_ABI_COMPAT : KSTRACE_ABI_NATIVE;
	ks_rec_signal(r, KSTRACE_REC_MAX, sig, ks_sig_action(sig, ka), info);
	ks_rec_emit(sess, r, t);
}

/*
 * A probe hit. Built on the stack, not in the scratch area: a probe may
 * fire while a syscall record is being assembled there.
 */
void ks_event_probe(struct ks_session *sess, unsigned int idx, long ret, u64 ns)
{
	struct kstrace_rec r;

	ks_rec_init(&r, sess, current, KSTRACE_REC_PROBE);
	r.vtid = task_pid_nr_ns(current, sess->pid_ns);
	r.vpid = task_tgid_nr_ns(current, sess->pid_ns);
	r.nr = idx;
	r.exit.ret = ret;
	r.exit.duration_ns = ns;
	ks_rec_emit(sess, &r, NULL);
}

/* What the reader looks at before taking a record: its size and time. */
#define KS_REC_HEAD	offsetofend(struct kstrace_rec, ts)

/*
 * The CPU whose next record is the oldest, its head in @head, and in
 * @busy how many fifos hold records; -1 if all are empty.
 */
static int ks_oldest_head(struct ks_session *sess, struct kstrace_rec *head,
			  unsigned int *busy)
{
	struct kstrace_rec cur;
	struct kfifo *fifo;
	int cpu, found = -1;

	*busy = 0;
	for_each_possible_cpu(cpu) {
		fifo = ks_fifo(sess, cpu);
		if (kfifo_is_empty(fifo))
			continue;
		(*busy)++;
		/* Pairs with kfifo_copy_in()'s smp_wmb(): index, then data. */
		smp_rmb();
		/* Records go in whole: one byte of one means all of it. */
		if (kfifo_out_peek(fifo, &cur, KS_REC_HEAD) != KS_REC_HEAD)
			continue;
		if (found < 0 || cur.ts < head->ts) {
			memcpy(head, &cur, KS_REC_HEAD);
			found = cpu;
		}
	}
	return found;
}

static unsigned int ks_busy_fifos(struct ks_session *sess)
{
	unsigned int n = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		n += !kfifo_is_empty(ks_fifo(sess, cpu));
	return n;
}

/*
 * ks_oldest_head(), confirmed: a task's record seen there was written
 * after its earlier ones, which a fifo read before may not have shown
 * yet; once the record is seen, they are visible. Only the reader takes
 * records out, so a fifo that filled meanwhile is one more busy fifo.
 * Each round that fails found a fifo filled: at most one per CPU.
 */
static int ks_oldest_cpu(struct ks_session *sess, struct kstrace_rec *head)
{
	unsigned int busy;
	int cpu;

	do {
		cpu = ks_oldest_head(sess, head, &busy);
		/* The heads seen, then the fifos' indexes again. */
		smp_rmb();
	} while (cpu >= 0 && ks_busy_fifos(sess) != busy);
	return cpu;
}

/* Moves whole records, oldest first, into the bounce buffer. */
static size_t ks_events_fill(struct ks_session *sess, size_t count)
{
	struct kstrace_rec head;
	size_t len = 0;
	int cpu;

	count = min_t(size_t, count, KS_READ_MAX);
	for (;;) {
		cpu = ks_oldest_cpu(sess, &head);
		if (cpu < 0 || len + head.size > count)
			break;
		len += kfifo_out(ks_fifo(sess, cpu), sess->bounce + len, head.size);
	}
	return len;
}

static bool ks_events_empty(struct ks_session *sess)
{
	return !ks_busy_fifos(sess);
}

/* A scoped session has no end of its own: tasks come and go. */
static bool ks_events_done(struct ks_session *sess)
{
	enum ks_state state = ks_get_state(sess);

	return state == KS_STOPPED ||
	       (sess->scope == KS_SCOPE_NONE && atomic_read(&sess->nr_tasks) == 0);
}

bool ks_events_readable(struct ks_session *sess)
{
	return !ks_events_empty(sess) || ks_events_done(sess);
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
			ks_throttle_room_made(sess);
			break;
		}
		/* Check "done" before emptiness: records come before the end. */
		if (ks_events_done(sess) && ks_events_empty(sess)) {
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
