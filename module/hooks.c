// SPDX-License-Identifier: GPL-2.0
/*
 * hooks.c - the syscall and scheduler tracepoint probes.
 *
 * The tracepoints are registered only while at least one session runs:
 * registering sys_enter/sys_exit puts every task of the system on the slow
 * syscall path, so an idle module must not hold them. None of them is
 * exported to modules, so they are found by name.
 */
#include <linux/kernel.h>
#include <linux/tracepoint.h>
#include <trace/events/sched.h>
#include <trace/events/syscalls.h>
#include <trace/events/signal.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/percpu.h>
#include <linux/compat.h>
#include <linux/ptrace.h>
#include <asm/syscall.h>
#include <asm/unistd.h>
#include <asm/ucontext.h>
#include "kstrace.h"
#include "compat.h"

static DEFINE_MUTEX(ks_hooks_lock);
static unsigned int ks_hooks_users;
/*
 * Does the task running on this CPU have an entry (is it traced by some
 * session)? Set at every context switch and after tasks are armed
 * (ks_hooks_refresh()), so that the syscall hooks of an untraced task,
 * every other task of the system while a session runs, read one per-CPU
 * flag instead of looking the task up. It may be stale only the safe way:
 * true for a task whose entries just went (the lookup then finds none).
 */
static DEFINE_PER_CPU(bool, ks_cpu_traced);

static void ks_refresh_cpu(void *unused)
{
	bool traced;

	rcu_read_lock();
	traced = ks_task_first(current) || ks_scoped(current);
	rcu_read_unlock();
	__this_cpu_write(ks_cpu_traced, traced);
}

/*
 * After entries were added for tasks that may be running now (arming a
 * process): every CPU looks at its current task again. Sleeps (IPIs).
 */
void ks_hooks_refresh(void)
{
	on_each_cpu(ks_refresh_cpu, NULL, 1);
}

static void ks_switch_to(struct task_struct *next)
{
	bool traced = ks_task_first(next) || ks_scoped(next);

	__this_cpu_write(ks_cpu_traced, traced);
}

#ifdef KS_HAVE_SCHED_SWITCH_PREV_STATE
static void ks_sched_switch(void *data, bool preempt, struct task_struct *prev,
			    struct task_struct *next, unsigned int prev_state)
{
	ks_switch_to(next);
}
#else
static void ks_sched_switch(void *data, bool preempt, struct task_struct *prev,
			    struct task_struct *next)
{
	ks_switch_to(next);
}
#endif

/* Syscall exits counted by any session, for /proc/kstrace/status. */
static DEFINE_PER_CPU(u64, ks_syscalls);

u64 ks_syscalls_seen(void)
{
	u64 sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += per_cpu(ks_syscalls, cpu);
	return sum;
}

bool ks_hooks_registered(void)
{
	return READ_ONCE(ks_hooks_users) > 0;
}

static bool ks_is_execve(int nr, bool compat)
{
#ifdef CONFIG_IA32_EMULATION
	/* ia32 numbers: execve 11, execveat 358 (arch/x86/entry/syscalls). */
	if (compat)
		return nr == 11 || nr == 358;
#endif
	return nr == __NR_execve || nr == __NR_execveat;
}

static bool ks_in_compat(void)
{
	return in_compat_syscall();
}

static void ks_sys_enter(void *data, struct pt_regs *regs, long id)
{
	unsigned long args[6];
	struct ks_task *t;
	unsigned int i;
	bool compat;

	/*
	 * A preempt-disabled section is an RCU read side (call_rcu() waits
	 * for it) and costs less than rcu_read_lock() on every syscall of
	 * every task while a session runs; the per-CPU work needs it anyway.
	 */
	preempt_disable();
	if (likely(!__this_cpu_read(ks_cpu_traced)))
		goto out;
	ks_scope_enter();
	t = ks_task_first(current);
	if (unlikely(!t))
		goto out;
	compat = ks_in_compat();
	syscall_get_arguments(current, regs, args);
	for (; t; t = ks_task_next(t)) {
		if (unlikely(t->await_exec)) {
			if (!ks_is_execve(id, compat))
				continue;
			t->await_exec = false;
		}
		t->nr = id;
		t->compat = compat;
		t->forked = false;
		t->seen = true;
		for (i = 0; i < 6; i++)
			t->args[i] = args[i];
		/*
		 * rt_sigreturn takes no argument: its first is where the
		 * signal frame keeps the mask it restores, for strace's
		 * "rt_sigreturn({mask=[...]})" (include/kstrace/sysargs.h).
		 */
		if (unlikely(id == __NR_rt_sigreturn && !compat))
			t->args[0] = user_stack_pointer(regs) +
				     offsetof(struct ucontext, uc_sigmask);
		if (t->sess->events)
			ks_event_enter(t);
		/* Last, so that copying arguments is not counted as the call's time. */
		t->enter_ns = ks_clock();
	}
out:
	preempt_enable();
}

/*
 * An exit without its entry:
 * - a new child returning from fork/clone, whose entry was its parent's;
 * - a thread that was in this call when it was attached (its first hook
 *   since): counted as unpaired, and streamed, so that the trace shows the
 *   call that was under way, as strace's "<... read resumed>";
 * - a call the kernel skipped before the entry tracepoint fired: seccomp's
 *   RET_ERRNO, RET_TRAP and RET_KILL still run the exit tracepoint with
 *   the call's number in orig_ax. strace sees those (its stop comes before
 *   seccomp), counts them and prints them: so do we, from the registers,
 *   in 0 ns. A number a ptrace tracer set to -1 is counted as badnr.
 */
static void ks_exit_unpaired(struct ks_task *t, struct pt_regs *regs, long ret)
{
	unsigned long args[6];
	unsigned int i;

	if (t->forked) {
		t->forked = false;
		return;
	}
	t->nr = syscall_get_nr(current, regs);
	t->compat = ks_in_compat();
	syscall_get_arguments(current, regs, args);
	for (i = 0; i < 6; i++)
		t->args[i] = args[i];
	if (!t->seen) {
		ks_count(t->sess, unpaired);
		if (t->sess->events && t->nr >= 0)
			ks_event_exit(t, ret, 0);
	} else {
		ks_stats_record(t->sess, t->nr, t->compat, ret, 0);
		this_cpu_inc(ks_syscalls);
		if (t->sess->events && t->nr >= 0) {
			ks_event_enter(t);
			ks_event_exit(t, ret, 0);
		}
	}
	t->nr = -1;
}

static void ks_sys_exit(void *data, struct pt_regs *regs, long ret)
{
	struct ks_task *t;
	u64 now, ns;

	preempt_disable();	/* the RCU read side, as in ks_sys_enter() */
	if (likely(!__this_cpu_read(ks_cpu_traced)))
		goto out;
	t = ks_task_first(current);
	if (unlikely(!t))
		goto out;
	now = ks_clock();
	for (; t; t = ks_task_next(t)) {
		if (unlikely(t->await_exec))
			continue;
		if (unlikely(t->nr < 0)) {
			ks_exit_unpaired(t, regs, ret);
			t->seen = true;
			continue;
		}
		ns = ks_elapsed(t->enter_ns, now);
		ks_stats_record(t->sess, t->nr, t->compat, ret, ns);
		this_cpu_inc(ks_syscalls);
		if (t->sess->events)
			ks_event_exit(t, ret, ns);
		t->nr = -1;
	}
out:
	preempt_enable();
}

static void ks_sched_fork(void *data, struct task_struct *parent,
			  struct task_struct *child)
{
	ks_task_fork(parent, child);
}

/*
 * A task dies inside exit/exit_group (or execve's de_thread) without a
 * sys_exit: count the syscall it was in, then forget the task. Any
 * process whose group dies may be a target: its exit status is kept.
 */
static void ks_task_exiting(struct task_struct *task, bool group_dead)
{
	struct ks_task *t;
	u64 now = ks_clock();

	rcu_read_lock();
	preempt_disable();
	for (t = ks_task_first(task); t; t = ks_task_next(t)) {
		if (t->nr >= 0 && !t->await_exec) {
			ks_stats_record(t->sess, t->nr, t->compat, 0,
					ks_elapsed(t->enter_ns, now));
			this_cpu_inc(ks_syscalls);
			t->nr = -1;
		}
		if (t->sess->events && !t->await_exec)
			ks_event_task_exit(t, task, group_dead);
	}
	preempt_enable();
	rcu_read_unlock();
	ks_task_exit(task);
	/* The leader reports too: it may have set its exit code last. */
	if (group_dead || (thread_group_leader(task) && !atomic_read(&task->signal->live)))
		ks_targets_exit(task);
}

#ifdef KS_HAVE_SCHED_EXIT_GROUP_DEAD
static void ks_sched_exit(void *data, struct task_struct *task, bool group_dead)
{
	ks_task_exiting(task, group_dead);
}
#else
static void ks_sched_exit(void *data, struct task_struct *task)
{
	/*
	 * do_exit() has decremented live before this tracepoint; two threads
	 * exiting at once may both see 0 (targets.c sorts out whose status
	 * counts).
	 */
	ks_task_exiting(task, !atomic_read(&task->signal->live));
}
#endif

/*
 * A signal delivered to a traced task, from get_signal() (current is the
 * task; its siglock is held, interrupts off): streamed with its siginfo
 * and what the kernel does with it, for strace's "--- SIGCHLD {...} ---"
 * and "--- stopped by SIGSTOP ---".
 */
static void ks_signal_deliver(void *data, int sig, struct kernel_siginfo *info,
			      struct k_sigaction *ka)
{
	struct ks_task *t;

	/*
	 * A group exit kills the other threads with no siginfo at all
	 * (SEND_SIG_NOINFO): strace shows no delivery for it either, only
	 * "+++ killed by SIGKILL +++".
	 */
	if ((unsigned long)info <= (unsigned long)SEND_SIG_PRIV)
		return;
	preempt_disable();	/* the RCU read side, as in ks_sys_enter() */
	for (t = ks_task_first(current); t; t = ks_task_next(t))
		if (t->sess->events && !t->await_exec)
			ks_event_signal(t, sig, info, ka);
	preempt_enable();
}

/*
 * Whether the kernel just dropped, or turned into a group kill, a signal
 * that a ptraced @task would have dequeued and strace shown: an ignored
 * one (sig_ignored() queues it only for a ptraced task), and a fatal one
 * that complete_signal() turns into SIGKILL unless the task is ptraced.
 * A dying group drops signals whoever traces it.
 */
static bool ks_sig_unseen(int sig, struct task_struct *task, int result)
{
	struct signal_struct *signal = task->signal;

	if (result == TRACE_SIGNAL_IGNORED)
		return !(signal->flags & SIGNAL_GROUP_EXIT);
	return result == TRACE_SIGNAL_DELIVERED && sig != SIGKILL &&
	       (signal->flags & SIGNAL_GROUP_EXIT) && signal->group_exit_code == sig;
}

/*
 * A signal sent to a traced task that will never dequeue it, from the
 * sender's context (any task, maybe an interrupt; @task's siglock held):
 * streamed as sent (KSTRACE_SIG_SENT) for the "--- SIGCHLD {...} ---" and
 * "--- SIGTERM {...} ---" lines that strace prints of them.
 */
static void ks_signal_generate(void *data, int sig, struct kernel_siginfo *info,
			       struct task_struct *task, int group, int result)
{
	struct ks_task *t;
	u32 action;

	if (!ks_sig_unseen(sig, task, result))
		return;
	action = result == TRACE_SIGNAL_IGNORED ? KSTRACE_SIG_IGNORE : KSTRACE_SIG_TERM;
	preempt_disable();	/* the RCU read side, as in ks_sys_enter() */
	for (t = ks_task_first(task); t; t = ks_task_next(t))
		if (t->sess->events && !READ_ONCE(t->await_exec))
			ks_event_signal_sent(t, task, sig, info, action);
	preempt_enable();
}

struct ks_hook {
	const char *name;
	void *probe;
	struct tracepoint *tp;
	bool registered;
};

static struct ks_hook ks_hooks[] = {
	{ .name = "sched_process_fork", .probe = ks_sched_fork },
	{ .name = "sched_process_exit", .probe = ks_sched_exit },
	{ .name = "sched_switch", .probe = ks_sched_switch },
	{ .name = "sys_enter", .probe = ks_sys_enter },
	{ .name = "sys_exit", .probe = ks_sys_exit },
	{ .name = "signal_deliver", .probe = ks_signal_deliver },
	{ .name = "signal_generate", .probe = ks_signal_generate },
};

static void ks_find_tracepoint(struct tracepoint *tp, void *priv)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ks_hooks); i++)
		if (!strcmp(tp->name, ks_hooks[i].name))
			ks_hooks[i].tp = tp;
}

static void ks_hooks_unregister(void)
{
	int i;

	for (i = ARRAY_SIZE(ks_hooks) - 1; i >= 0; i--) {
		if (!ks_hooks[i].registered)
			continue;
		tracepoint_probe_unregister(ks_hooks[i].tp, ks_hooks[i].probe, NULL);
		ks_hooks[i].registered = false;
	}
	/* No probe may still run once this returns. */
	tracepoint_synchronize_unregister();
}

static int ks_hooks_register(void)
{
	unsigned int i;
	int ret;

	/* The probes' types must be the tracepoints' (compat.h). */
	check_trace_callback_type_sched_process_fork(ks_sched_fork);
	check_trace_callback_type_sched_process_exit(ks_sched_exit);
	check_trace_callback_type_sched_switch(ks_sched_switch);
	check_trace_callback_type_sys_enter(ks_sys_enter);
	check_trace_callback_type_sys_exit(ks_sys_exit);
	check_trace_callback_type_signal_deliver(ks_signal_deliver);
	check_trace_callback_type_signal_generate(ks_signal_generate);

	for_each_kernel_tracepoint(ks_find_tracepoint, NULL);
	for (i = 0; i < ARRAY_SIZE(ks_hooks); i++) {
		if (!ks_hooks[i].tp) {
			pr_err("tracepoint %s not found (CONFIG_FTRACE_SYSCALLS?)\n",
			       ks_hooks[i].name);
			ret = -EOPNOTSUPP;
			goto err_unregister;
		}
		ret = tracepoint_probe_register(ks_hooks[i].tp, ks_hooks[i].probe, NULL);
		if (ret) {
			pr_err("cannot register tracepoint %s: %d\n", ks_hooks[i].name, ret);
			goto err_unregister;
		}
		ks_hooks[i].registered = true;
	}
	return 0;

err_unregister:
	ks_hooks_unregister();
	return ret;
}

/* Takes a reference on the hooks, registering them for the first user. */
int ks_hooks_get(void)
{
	int ret = 0;

	mutex_lock(&ks_hooks_lock);
	if (!ks_hooks_users)
		ret = ks_hooks_register();
	if (!ret)
		WRITE_ONCE(ks_hooks_users, ks_hooks_users + 1);
	mutex_unlock(&ks_hooks_lock);
	return ret;
}

/* Drops a reference; the last one unregisters and waits for the probes. */
void ks_hooks_put(void)
{
	mutex_lock(&ks_hooks_lock);
	if (!WARN_ON_ONCE(!ks_hooks_users)) {
		WRITE_ONCE(ks_hooks_users, ks_hooks_users - 1);
		if (!ks_hooks_users)
			ks_hooks_unregister();
	}
	mutex_unlock(&ks_hooks_lock);
}
