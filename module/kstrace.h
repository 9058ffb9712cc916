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
#include <uapi/linux/kstrace.h>

#define KSTRACE_VERSION "0.1.0"

struct pid;
struct pid_namespace;
struct task_struct;
struct proc_dir_entry;

/* One syscall's counters on one CPU. */
struct ks_sc_stat {
	u64 calls;
	u64 errors;
	u64 total_ns;
	u64 min_ns;
	u64 max_ns;
	u32 hist[KSTRACE_HIST_BUCKETS];
};

/* A session's counters on one CPU; written only by that CPU's hooks. */
struct ks_cpu_stats {
	struct ks_sc_stat native[KSTRACE_MAX_SYSCALLS];
	struct ks_sc_stat compat[KSTRACE_MAX_SYSCALLS];
	u64 unpaired;
	u64 badnr;
	u64 untracked;
};

struct ks_stats {
	struct ks_cpu_stats **cpu;	/* indexed by CPU number */
};

enum ks_state {
	KS_IDLE,
	KS_RUNNING,
	KS_STOPPED,
};

/* A process named by attach or exec; kept by struct pid, not by number. */
struct ks_target {
	struct pid *tgid;
	pid_t nr;		/* as written, in the opener's namespace */
	bool await_exec;
	bool exited;
	int status;		/* wait(2) status once exited */
};

struct ks_session {
	struct list_head node;		/* in ks_sessions, under ks_lock */
	struct mutex lock;		/* serialises commands and reads */
	enum ks_state state;
	bool follow;
	struct pid_namespace *pid_ns;	/* the opener's */

	struct ks_target targets[KSTRACE_MAX_TARGETS];
	unsigned int nr_targets;
	spinlock_t target_lock;		/* exit status vs. snapshot */

	struct list_head tasks;		/* its ks_task entries, ks_task_lock */
	bool accepting;			/* tasks may be added, ks_task_lock */
	atomic_t nr_tasks;		/* live traced tasks */
	struct ks_stats stats;

	wait_queue_head_t wq;
	struct irq_work wake_work;	/* wakes readers outside the hooks */

	char *snap;			/* last results snapshot for read() */
	size_t snap_len;
};

/* One traced task (thread) of one session. */
struct ks_task {
	struct hlist_node hnode;	/* in the task table, key: task */
	struct list_head snode;		/* in session->tasks */
	struct task_struct *task;	/* referenced */
	struct ks_session *sess;
	/* The fields below are written only by the task itself. */
	u64 enter_ns;
	int nr;				/* syscall in progress, or -1 */
	bool compat;
	bool await_exec;		/* count from the next execve on */
	struct rcu_head rcu;
};

/* main.c */
extern struct proc_dir_entry *ks_proc_dir;
extern unsigned int ks_max_tasks;

/* hooks.c */
int ks_hooks_get(void);
void ks_hooks_put(void);
bool ks_hooks_registered(void);
u64 ks_events_seen(void);

/* tasks.c */
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
int ks_stats_alloc(struct ks_stats *st);
void ks_stats_free(struct ks_stats *st);
void ks_stats_record(struct ks_session *sess, int nr, bool compat, long ret, u64 ns);
void ks_stats_count(struct ks_session *sess, size_t offset);
int ks_stats_format(struct ks_session *sess, char **bufp, size_t *lenp);
size_t ks_stats_bytes(void);

#define ks_count(sess, field) \
	ks_stats_count(sess, offsetof(struct ks_cpu_stats, field))

/* session.c */
int ks_session_init(void);
void ks_session_exit(void);
unsigned int ks_session_count(void);
void ks_session_task_gone(struct ks_session *sess, struct task_struct *task);

/* control.c */
enum ks_cmd_op {
	KS_CMD_ATTACH,
	KS_CMD_EXEC,
	KS_CMD_FOLLOW,
	KS_CMD_START,
	KS_CMD_STOP,
};

struct ks_cmd {
	enum ks_cmd_op op;
	long arg;
};

int ks_cmd_parse(const char *buf, size_t len, struct ks_cmd *cmd);

/* status.c */
int ks_status_init(void);

#endif /* _KSTRACE_H */
