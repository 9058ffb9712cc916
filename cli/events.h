/* SPDX-License-Identifier: GPL-2.0 */
/*
 * events.h - the event stream printed the way strace prints a trace:
 * records in, lines (or JSON objects) out.
 */
#ifndef KSTRACE_CLI_EVENTS_H
#define KSTRACE_CLI_EVENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include <uapi/linux/kstrace.h>

#include "filter.h"

/* -t, -tt, -ttt, --absolute-timestamps=FORMAT */
enum ev_ts {
	TS_NONE,
	TS_TIME,	/* HH:MM:SS[.fraction] */
	TS_UNIX,	/* seconds since the epoch[.fraction] */
};

enum ev_pfx {
	PFX_NONE,	/* -ff, or one process into a file */
	PFX_ALWAYS,	/* -o FILE with -f: "PID   " on every line */
	PFX_AUTO,	/* stderr: "[pid N] " while several tasks live */
};

/* -e status=SET: how a call ended (strace's STATUS_*, bit numbers) */
enum ev_status {
	ST_SUCCESSFUL,		/* returned, not an error */
	ST_FAILED,		/* returned an error */
	ST_UNFINISHED,		/* its task ended inside it ("= ?") */
	ST_UNAVAILABLE,		/* returned, value unknown (never here) */
	ST_DETACHED,		/* still running when tracing stopped */
	ST_COUNT
};

/* -e quiet=SET, -q, -qq, -qqq: strace's QUIET_* (bit numbers) */
enum ev_quiet {
	Q_ATTACH,		/* "Process N attached", "... detached" */
	Q_EXIT,			/* "+++ exited with N +++" */
	Q_PATH_RESOLVE,		/* -P: "Requested path ... resolved into" */
	Q_PERSONALITY,		/* "[ Process PID=N runs in 32 bit mode. ]" */
	Q_THREAD_EXECVE,	/* "+++ superseded by execve ... +++" */
	Q_COUNT
};

struct pathsel;

struct ev_opts {
	enum ev_ts ts;		/* -t ... */
	int ts_width;		/* digits of its fraction: 0, 3, 6 or 9 */
	bool relative;		/* -r */
	int rel_width;		/* digits of -r's fraction */
	enum ev_pfx pfx;
	unsigned int status;	/* 1 << ST_*: the calls shown */
	unsigned int quiet;	/* 1 << Q_*: the messages not shown */
	const struct numset *signals;	/* -e signal=; NULL: all */
	bool durations;		/* -T */
	int dur_width;		/* digits of -T's fraction */
	bool iflag;		/* -i: the instruction pointer */
	bool nflag;		/* -n: the syscall number */
	unsigned int column;	/* -a: where "= " goes (strace: 40) */
	bool decode_fds;	/* -y */
	bool decode_socks;	/* -yy */
	bool decode_devs;	/* -yy */
	unsigned int xflag;	/* -x, -xx, --strings-in-hex: enum xflag */
	unsigned int xstyle;	/* -X: enum xlat_style */
	/* per call: NULL is strace's default (abbrev=all, verbose=all) */
	const struct tracesel *abbrev;	/* -e abbrev= (-v: none) */
	const struct tracesel *deref;	/* -e verbose= */
	const struct tracesel *raw;	/* -e raw=; NULL: none */
	/* -e read=, -e write=: dumps of the data; NULL: none */
	const struct fdsel *rd, *wr;
	const struct pathsel *paths;	/* -P: NULL, every call */
	bool json;		/* --json */
	bool follow;		/* -f: count children for the prefix */
	bool live;		/* print a call in flight before it returns */
	bool announce;		/* say "Process N attached" of -f's children
				 * (a live trace, not --format-events) */
	const char *ff_prefix;	/* -ff -o PREFIX: PREFIX.TID files */
	bool append;		/* -A: -ff files opened for appending */
	bool detach_on_execve;	/* -b execve */
	pid_t command;		/* the command kstrace started (-b execve
				 * lets its first execve pass), or 0 */
	uint64_t syscall_limit;	/* --syscall-limit: 0, none */
	unsigned int strsize;	/* -s */
	const struct tracesel *sel;	/* NULL: all */
	int64_t realtime_offset;	/* CLOCK_REALTIME - CLOCK_MONOTONIC, ns */
	/* --kprobe, by probe index: names the KSTRACE_REC_PROBE records */
	struct {
		const char *func;
		bool ret;
	} probes[KSTRACE_MAX_PROBES];
	size_t nprobes;
};

struct ev_state;

/* ev_new - a printer writing to out (unused with ff_prefix). */
struct ev_state *ev_new(const struct ev_opts *o, FILE *out);

/*
 * ev_feed - records as read(2) returns them; a record cut at the end of
 * buf is kept until the rest arrives. Returns -1 on a malformed stream.
 */
int ev_feed(struct ev_state *e, const void *buf, size_t len);

/*
 * ev_idle - the stream paused: a call whose entry is still held back
 * (waiting for its return, so as to print one line) is printed now as
 * strace prints a call in progress, "read(0, ", its line left open.
 * ev_pending - is there such a call?
 */
void ev_idle(struct ev_state *e);
bool ev_pending(const struct ev_state *e);
/* another writer's lines come next: cut a call written open (-C --interval) */
void ev_break(struct ev_state *e);

/*
 * ev_inflight - the call a thread was inside when kstrace attached to it
 * (from /proc/PID/task/TID/syscall): ENTER is a record made from it. It is
 * shown as strace shows the call it finds a thread in, and completed by
 * the exit the module streams when the call returns.
 */
void ev_inflight(struct ev_state *e, const struct kstrace_rec *enter,
		 uint64_t ip);

/*
 * ev_finish - the stream ended: close what is still open (a call still
 * in progress is shown "<detached ...>" as strace shows it when it lets a
 * process go), close -ff files. Returns -1 if writing failed.
 */
int ev_finish(struct ev_state *e);

void ev_free(struct ev_state *e);

/* ev_seed_fds - -y, -P: process pid's descriptors as they are now */
void ev_seed_fds(struct ev_state *e, pid_t pid);

/*
 * ev_exit_pending - is a thread group leader's exit line waiting for its
 * group to end (it ended first, and the rest of its group is untraced)?
 * ev_group_exit prints it, with STATUS, for the process VPID.
 */
bool ev_exit_pending(const struct ev_state *e);
void ev_group_exit(struct ev_state *e, pid_t vpid, int status);

/*
 * ev_live_tasks - the tasks (thread ids) seen and not ended, for strace's
 * "Process N detached": calls fn for each.
 */
void ev_live_tasks(const struct ev_state *e, void (*fn)(pid_t tid, void *),
		   void *arg);

/*
 * ev_initial - thread TID was traced from the start (the command, a -p
 * process's threads): it is no child to announce ("Process N attached").
 */
void ev_initial(struct ev_state *e, pid_t tid);

/* ev_known - has a task with this thread id been seen? */
bool ev_known(const struct ev_state *e, pid_t vtid);

/*
 * ev_limit_reached - --syscall-limit: that many calls were shown.
 * ev_detached_command - -b execve let the command go (its exit status
 * does not count then, as in strace).
 */
bool ev_limit_reached(const struct ev_state *e);
bool ev_detached_command(const struct ev_state *e);

/* Records fed so far, of every type. */
uint64_t ev_records(const struct ev_state *e);

/* Calls shown so far (--syscall-limit counts them). */
uint64_t ev_calls(const struct ev_state *e);

#endif /* KSTRACE_CLI_EVENTS_H */
