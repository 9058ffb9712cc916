/* SPDX-License-Identifier: GPL-2.0 */
/*
 * session.h - the CLI's side of the kstrace control protocol: open a
 * session, send commands, read and parse the results text (see
 * include/uapi/linux/kstrace.h for the protocol itself).
 *
 * Every function that can fail prints its own message, one that names the
 * fix where there is one, and returns -1; callers only pick the exit code.
 */
#ifndef KSTRACE_CLI_SESSION_H
#define KSTRACE_CLI_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <uapi/linux/kstrace.h>

/*
 * Histogram slots kept per syscall. The kernel sends KSTRACE_HIST_BUCKETS
 * of them today; a 64-bit nanosecond count cannot need more than 64.
 */
#define KS_HIST_MAX	64

enum ks_state {
	KS_STATE_UNKNOWN,
	KS_STATE_IDLE,
	KS_STATE_RUNNING,
	KS_STATE_STOPPED,
};

struct ks_syscall {
	unsigned int abi;		/* KSTRACE_ABI_NATIVE or _COMPAT */
	unsigned int nr;
	uint64_t calls;
	uint64_t errors;
	uint64_t total_ns;
	uint64_t min_ns;
	uint64_t max_ns;
	uint64_t hist[KS_HIST_MAX];	/* hist[b]: calls in [2^b, 2^(b+1)) ns */
};

struct ks_lostcpu {
	unsigned int cpu;
	uint64_t count;
};

/* One "target" line of the results. */
struct res_target {
	pid_t pid;
	bool exited;
	bool gone;			/* ended before start, status unknown */
	int status;			/* wait(2) status once exited */
};

/* One "probe" line: a kprobe or kretprobe on a kernel function. */
struct res_probe {
	unsigned int idx;		/* command order */
	bool ret;			/* kretprobe: times and errors */
	char func[KSTRACE_FUNC_MAX];
	uint64_t calls;
	uint64_t errors;
	uint64_t total_ns;
	uint64_t min_ns;
	uint64_t max_ns;
	uint64_t missed;		/* the kernel's nmissed */
	uint64_t hist[KS_HIST_MAX];
};

/* Longest "group" NAME kept (a command name, escaped: 4 bytes a byte). */
#define KS_GROUP_NAME_MAX	72

/* One "group" line: a (group, syscall) pair of a "group" session. */
struct ks_group {
	uint64_t key;			/* pid, tid, name hash or cgroup id */
	unsigned int abi;
	unsigned int nr;
	uint64_t calls;
	uint64_t errors;
	uint64_t total_ns;
	uint64_t min_ns;
	uint64_t max_ns;
	char name[KS_GROUP_NAME_MAX];	/* the command name, as escaped */
};

struct ks_results {
	unsigned int version;
	enum ks_state state;
	uint64_t tasks;
	uint64_t untracked;
	uint64_t unpaired;
	uint64_t badnr;
	uint64_t lost;			/* event records dropped */
	uint64_t nested;		/* ... of them probe hits inside a write */
	struct ks_lostcpu *lostcpu;	/* ... per CPU that lost some */
	size_t nlostcpu;
	uint64_t written;		/* records put in the buffers ... */
	bool has_written;		/* ... if the module says so */
	struct res_target *targets;
	size_t ntargets;
	struct ks_syscall *sc;
	size_t nsc;
	struct res_probe *probes;	/* in index order */
	size_t nprobes;
	struct ks_group *groups;	/* "group" lines, in their order */
	size_t ngroups;
	uint64_t groupoverflow;		/* calls that found no group slot */
	char scope[16];			/* "scope" line: none, all, cgroup */
};

/* One open /proc/kstrace/session: the CLI's end of a module session. */
struct ctl_session {
	int fd;
	off_t base;			/* where the results text is read */
	char *buf;			/* results text, NUL-terminated */
	size_t cap;
};

/* -d: say every command sent to the module on the standard error. */
extern bool ks_debug;

int ks_open(struct ctl_session *s);
void ks_close(struct ctl_session *s);

int ks_attach(struct ctl_session *s, pid_t pid);
int ks_exec(struct ctl_session *s, pid_t pid);
int ks_follow(struct ctl_session *s, bool on);
int ks_start(struct ctl_session *s);
/* "kprobe FUNC" or "kretprobe FUNC" (ret), before ks_start(). */
int ks_kprobe(struct ctl_session *s, const char *func, bool ret);

/* Event stream options, before ks_start(). */
int ks_events(struct ctl_session *s);
int ks_bufsize(struct ctl_session *s, unsigned int kib);
int ks_strsize(struct ctl_session *s, unsigned int n);
int ks_ip(struct ctl_session *s);
int ks_trace(struct ctl_session *s, unsigned int abi, const char *list);
int ks_result(struct ctl_session *s, const char *which);
/* The longest wait of a traced task for the reader, ms (0: lossy). */
int ks_block(struct ctl_session *s, unsigned int ms);
/* What the module keeps per syscall: KSTRACE_SUMMARY_*, before ks_start(). */
int ks_summary(struct ctl_session *s, unsigned int level);
/* Beyond the targets (before ks_start()): "scope all", "cgroup FD". */
int ks_scope_all(struct ctl_session *s);
int ks_cgroup(struct ctl_session *s, int fd, const char *path);
/* "group WORD" and "groupsize N": the summary split by group. */
int ks_group(struct ctl_session *s, const char *word, unsigned int slots);
/* One read(2) of records: bytes, 0 at the end, -1 (errno set). */
ssize_t ks_read_events(struct ctl_session *s, void *buf, size_t len);
int ks_stop(struct ctl_session *s);

int ks_read_results(struct ctl_session *s, struct ks_results *r);
int ks_parse_results(const char *text, struct ks_results *r,
		     const char *origin);
void ks_results_free(struct ks_results *r);

bool ks_all_targets_exited(const struct ks_results *r);

#endif /* KSTRACE_CLI_SESSION_H */
