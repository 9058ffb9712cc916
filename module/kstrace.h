/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kstrace.h - declarations shared by the files of kstrace.ko.
 *
 * Data model: a session (an open file of /proc/kstrace/session) owns its
 * targets, its statistics and the traced tasks it created. Every traced
 * task of every session is an entry in one RCU hash table keyed by the
 * task_struct, so that the syscall hooks find the entries of `current`
 * with one lookup and no lock. A task traced by several sessions has one
 * entry per session.
 */
#ifndef _KSTRACE_H
#define _KSTRACE_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/wait.h>
#include <linux/irq_work.h>
#include <linux/atomic.h>
#include <linux/rcupdate.h>
#include <linux/bitmap.h>
#include <linux/kfifo.h>
#include <linux/kref.h>
#include <asm/local.h>
#include <linux/sched/clock.h>
#include <uapi/linux/kstrace.h>

struct pid;
struct pid_namespace;
struct task_struct;
struct proc_dir_entry;
struct ks_probe;

/* One syscall's counters on one CPU. */
struct ks_sc_stat {
	u64 calls;
	u64 errors;
	u64 total_ns;
	u64 min_ns;
	u64 max_ns;
};

/* A session's counters on one CPU; written only by that CPU's hooks. */
struct ks_cpu_stats {
	/* native syscalls, then compat ones; NULL at summary level 0 */
	struct ks_sc_stat *sc;
	/* KSTRACE_HIST_BUCKETS per syscall of sc; NULL below level 2 */
	u64 *hist;
	u64 unpaired;
	u64 badnr;
	u64 untracked;
	u64 lost;		/* event records dropped */
	u64 lost_pending;	/* ... not yet reported by a LOST record */
	u64 written;		/* event records put in the buffer, LOST ones too */
	u64 throttled;		/* waits of traced tasks for the reader */
	struct ks_group_table *groups;	/* summary split by group, or NULL */
	local_t lost_nested;	/* dropped: a probe hit inside a write */
};

struct ks_stats {
	struct ks_cpu_stats __percpu *cpu;
};

enum ks_result_filter {
	KS_RESULT_ALL,
	KS_RESULT_OK,
	KS_RESULT_ERR,
};

enum ks_state {
	KS_IDLE,
	KS_RUNNING,
	KS_STOPPED,
};

enum ks_target_state {
	KS_TARGET_ALIVE,
	KS_TARGET_EXITED,	/* status known */
	KS_TARGET_GONE,		/* ended and reaped before it could be seen */
};

/* A process named by attach or exec; kept by struct pid, not by number. */
struct ks_target {
	struct hlist_node hnode;	/* in the exit hook's table (targets.c) */
	struct pid *tgid;
	struct ks_session *sess;
	pid_t nr;		/* as written, in the opener's namespace */
	bool await_exec;
	bool watched;		/* in the table */
	enum ks_target_state state;	/* target_lock */
	int status;		/* wait(2) status once exited */
};

/* A session's event buffer on one CPU. */
struct ks_evbuf {
	struct kfifo fifo;
	void *mem;			/* the fifo's storage */
	bool busy;			/* a record is going in */
	u64 last_ts;			/* of the last record stamped here */
};

/* What a session traces beyond its targets (scope.c). */
enum ks_scope {
	KS_SCOPE_NONE,
	KS_SCOPE_ALL,
	KS_SCOPE_CGROUP,
};

/* How its summary is split (groups.c), as the "group" command names them. */
enum ks_group_by {
	KS_GROUP_NONE,
	KS_GROUP_PROCESS,
	KS_GROUP_THREAD,
	KS_GROUP_COMMAND,
	KS_GROUP_CGROUP,
};

struct cgroup;
struct ks_group_table;

/* Files a session keeps for throttling tasks (throttle.c). */
#define KS_THROTTLE_POOL	256

struct ks_session {
	struct kref ref;		/* the open file's, and the pool files' */
	struct mutex lock;		/* serialises commands and reads */
	enum ks_state state;
	bool follow;
	struct pid_namespace *pid_ns;	/* the opener's */

	struct ks_target targets[KSTRACE_MAX_TARGETS];
	unsigned int nr_targets;
	spinlock_t target_lock;		/* their states: exit hook vs. reader */

	struct list_head tasks;		/* its ks_task entries, ks_task_lock */
	bool accepting;			/* tasks may be added, ks_task_lock */
	atomic_t nr_tasks;		/* live traced tasks */
	struct ks_stats stats;
	unsigned int summary;		/* KSTRACE_SUMMARY_*, fixed once started */
	enum ks_scope scope;		/* fixed once started */
	struct cgroup *cgrp;		/* KS_SCOPE_CGROUP's, referenced */
	struct list_head scope_node;	/* in scope.c's list while running */
	enum ks_group_by group_by;	/* fixed once started */
	unsigned int group_slots;	/* per CPU, a power of two */

	wait_queue_head_t wq;
	struct irq_work wake_work;	/* wakes readers outside the hooks */

	char *snap;			/* last results snapshot for read() */
	size_t snap_len;

	/* Event stream; options fixed once started. */
	bool events;
	unsigned int bufsize_kib;
	unsigned int strsize;
	bool ip;			/* ENTER records carry the user IP */
	enum ks_result_filter result;
	DECLARE_BITMAP(trace_native, KSTRACE_MAX_SYSCALLS);
	DECLARE_BITMAP(trace_compat, KSTRACE_MAX_SYSCALLS);
	struct ks_evbuf __percpu *evbuf;
	struct mutex read_lock;		/* one reader at a time */
	char *bounce;			/* records on their way to read() */
	bool reader_waiting;

	struct ks_probe *probes[KSTRACE_MAX_PROBES];
	unsigned int nr_probes;

	/* Lossless streams (throttle.c). */
	unsigned int block_ms;		/* longest wait of a task; 0: lossy */
	bool fallback;			/* a wait timed out: dropping since */
	wait_queue_head_t room_wq;	/* throttled tasks */
	spinlock_t throttle_lock;	/* the pool */
	bool throttle_open;
	unsigned int nr_pool;
	struct file *pool[KS_THROTTLE_POOL];
};

/*
 * The state is read without the session lock by the event reader and by
 * poll: publish it after what it guards (the event buffer, the entries).
 */
static inline void ks_set_state(struct ks_session *sess, enum ks_state state)
{
	/* Pairs with ks_get_state(). */
	smp_store_release(&sess->state, state);
}

static inline enum ks_state ks_get_state(struct ks_session *sess)
{
	/* Pairs with ks_set_state(). */
	return smp_load_acquire(&sess->state);
}

/* Most bytes one read(2) of the event stream returns. */
#define KS_READ_MAX	(64 * 1024)

/* One traced task (thread) of one session. */
struct ks_task {
	struct hlist_node hnode;	/* in the task table, key: task */
	struct list_head snode;		/* in session->tasks */
	struct task_struct *task;	/* referenced */
	struct ks_session *sess;
	/* The fields below are written only by the task itself. */
	u64 enter_ns;
	u64 last_ts;			/* of its last event record */
	u64 args[6];
	u32 refetch;			/* captures to copy again at exit */
	int nr;				/* syscall in progress, or -1 */
	bool compat;
	bool await_exec;		/* count from the next execve on */
	bool forked;			/* new child: first exit is fork's return */
	bool seen;			/* a hook saw it since it was added */
	pid_t ids_tid;			/* the task's pid when ... */
	u32 vtid, vpid;			/* ... these were looked up */
	bool throttled;			/* waits on its way to user space */
	int throttle_cpu;		/* for room in this CPU's buffer */
	struct rcu_head rcu;
};

/* main.c */
extern struct proc_dir_entry *ks_proc_dir;
extern unsigned int ks_max_tasks;

/* hooks.c */
int ks_hooks_get(void);
void ks_hooks_put(void);
bool ks_hooks_registered(void);
void ks_hooks_refresh(void);
u64 ks_syscalls_seen(void);

/* tasks.c */
int ks_task_insert(struct ks_session *sess, struct task_struct *task,
		   bool await_exec, bool forked, struct ks_task *t);
int ks_task_add(struct ks_session *sess, struct task_struct *task, bool await_exec);
void ks_task_accept(struct ks_session *sess);
void ks_task_remove_session(struct ks_session *sess);
void ks_task_exit(struct task_struct *task);
void ks_task_fork(struct task_struct *parent, struct task_struct *child);
unsigned int ks_tasks_traced(void);
void ks_tasks_exit(void);
/* Iterate the entries of @task; caller holds rcu_read_lock(). */
struct ks_task *ks_task_first(struct task_struct *task);
struct ks_task *ks_task_next(struct ks_task *t);

/* stats.c */
int ks_stats_init(struct ks_stats *st);
int ks_stats_alloc(struct ks_stats *st, unsigned int level);
void ks_stats_free_tables(struct ks_stats *st);
void ks_stats_free(struct ks_stats *st);
void ks_stats_record(struct ks_session *sess, int nr, bool compat, long ret, u64 ns);
unsigned int ks_bucket(u64 ns);
void ks_sc_add(struct ks_sc_stat *s, u64 *hist, long ret, u64 ns);
void ks_sc_merge(struct ks_sc_stat *dst, const struct ks_sc_stat *src);
void ks_hist_merge(u64 *dst, const u64 *src);
void ks_stats_count(struct ks_session *sess, size_t offset);
int ks_stats_format(struct ks_session *sess, char **bufp, size_t *lenp);
size_t ks_stats_bytes(unsigned int level);

#define ks_count(sess, field) \
	ks_stats_count(sess, offsetof(struct ks_cpu_stats, field))

/*
 * The clock of syscall and probe durations: local_clock(), as perf and
 * ftrace use, is a TSC read where ktime_get_ns() reads the clocksource,
 * which in a VM may be an emulated HPET costing microseconds per read.
 * When sched_clock is unstable, a call that migrated may see it step back
 * a little between CPUs: ks_elapsed() clamps that to zero.
 */
static inline u64 ks_clock(void)
{
	return local_clock();
}

static inline u64 ks_elapsed(u64 start, u64 now)
{
	return now > start ? now - start : 0;
}

/* session.c */
int ks_session_init(void);
void ks_session_put(struct ks_session *sess);
unsigned int ks_session_count(void);
void ks_session_task_gone(struct ks_session *sess);

/* targets.c */
int ks_target_add(struct ks_session *sess, long nr, bool await_exec);
int ks_targets_arm(struct ks_session *sess);
void ks_targets_reset(struct ks_session *sess);
void ks_targets_unwatch(struct ks_session *sess);
void ks_targets_recheck(struct ks_session *sess);
void ks_targets_release(struct ks_session *sess);
void ks_targets_exit(struct task_struct *task);
int ks_group_status(struct task_struct *task);

/* control.c */
enum ks_cmd_op {
	KS_CMD_ATTACH,
	KS_CMD_EXEC,
	KS_CMD_FOLLOW,
	KS_CMD_START,
	KS_CMD_STOP,
	KS_CMD_EVENTS,
	KS_CMD_BUFSIZE,
	KS_CMD_STRSIZE,
	KS_CMD_TRACE,
	KS_CMD_RESULT,
	KS_CMD_KPROBE,
	KS_CMD_KRETPROBE,
	KS_CMD_SUMMARY,
	KS_CMD_BLOCK,
	KS_CMD_SCOPE,
	KS_CMD_CGROUP,
	KS_CMD_GROUP,
	KS_CMD_GROUPSIZE,
	KS_CMD_IP,
};

struct ks_cmd {
	enum ks_cmd_op op;
	long arg;
	int abi;				/* trace */
	DECLARE_BITMAP(set, KSTRACE_MAX_SYSCALLS);	/* trace */
	char func[KSTRACE_FUNC_MAX];			/* kprobe, kretprobe */
};

int ks_cmd_parse(char *line, size_t len, struct ks_cmd *cmd);

/* events.c */
int ks_events_init(void);
void ks_events_exit(void);
int ks_events_alloc(struct ks_session *sess);
void ks_events_free(struct ks_session *sess);
void ks_event_enter(struct ks_task *t);
void ks_event_exit(struct ks_task *t, long ret, u64 duration);
void ks_event_task_exit(struct ks_task *t, struct task_struct *task, bool group_dead);
bool ks_events_readable(struct ks_session *sess);
ssize_t ks_events_read(struct ks_session *sess, char __user *ubuf, size_t count,
		       bool nonblock);

void ks_event_probe(struct ks_session *sess, unsigned int idx, long ret, u64 ns);
struct kernel_siginfo;
struct k_sigaction;
void ks_event_signal_sent(struct ks_task *t, struct task_struct *task, int sig,
			  const struct kernel_siginfo *info, u32 action);
void ks_event_signal(struct ks_task *t, int sig, const struct kernel_siginfo *info,
		     const struct k_sigaction *ka);

/* probes.c */
int ks_probe_add(struct ks_session *sess, const char *func, bool ret);
int ks_probes_enable(struct ks_session *sess);
void ks_probes_unregister(struct ks_session *sess);
void ks_probes_free(struct ks_session *sess);
unsigned long ks_probe_summary(struct ks_session *sess, unsigned int i,
			       struct ks_sc_stat *sum, u64 *hist);
const char *ks_probe_func(struct ks_session *sess, unsigned int i);
bool ks_probe_is_ret(struct ks_session *sess, unsigned int i);

/* capture.c */
int ks_capture_init(void);
size_t ks_capture(char *buf, size_t size, int nr, const u64 *args, bool at_exit,
		  long ret, size_t strsize, u8 *ncap, u32 *refetch);
size_t ks_capture_fdnames(char *buf, size_t size, int nr, const u64 *args, long ret,
			  u8 *ncap);
size_t ks_capture_kernel(char *buf, size_t size, u8 arg, u8 kind, const void *src,
			 size_t len, size_t total, u8 *ncap);

/* scope.c */
bool ks_scoped(struct task_struct *task);
void ks_scope_enter(void);
void ks_scope_start(struct ks_session *sess);
void ks_scope_stop(struct ks_session *sess);
int ks_scope_set(struct ks_session *sess, int scope, int fd);
void ks_scope_release(struct ks_session *sess);

/* groups.c */
struct ks_out {
	char *buf;
	size_t len;
	size_t size;
};

__printf(2, 3) void ks_out(struct ks_out *o, const char *fmt, ...);
/* Longest "group" line: fixed fields and an escaped command name. */
#define KS_GROUP_LINE_MAX	(160 + 4 * 16)
int ks_groups_alloc(struct ks_session *sess);
void ks_groups_free(struct ks_session *sess);
size_t ks_groups_bytes(unsigned int slots);
void ks_group_record(struct ks_session *sess, struct ks_group_table *g, unsigned int idx,
		     long ret, u64 ns);
unsigned int ks_groups_used(struct ks_session *sess);
int ks_groups_format(struct ks_session *sess, struct ks_out *o);

/* throttle.c */
void ks_throttle_start(struct ks_session *sess);
void ks_throttle_stop(struct ks_session *sess);
void ks_throttle_check(struct ks_task *t, struct kfifo *fifo);
void ks_throttle_room_made(struct ks_session *sess);

/* status.c */
int ks_status_init(void);

#endif /* _KSTRACE_H */
