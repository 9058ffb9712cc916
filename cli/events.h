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

#include <uapi/linux/kstrace.h>

#include "filter.h"

enum ev_ts {
	TS_NONE,
	TS_SEC,		/* -t   HH:MM:SS */
	TS_USEC,	/* -tt  HH:MM:SS.uuuuuu */
	TS_EPOCH,	/* -ttt seconds.uuuuuu */
};

enum ev_pfx {
	PFX_NONE,	/* -ff, or one process into a file */
	PFX_ALWAYS,	/* -o FILE with -f: "PID   " on every line */
	PFX_AUTO,	/* stderr: "[pid N] " while several tasks live */
};

enum ev_result {
	RES_ALL,
	RES_OK,		/* -z */
	RES_ERR,	/* -Z */
};

struct ev_opts {
	enum ev_ts ts;
	enum ev_pfx pfx;
	enum ev_result result;
	bool durations;		/* -T */
	bool decode_fds;	/* -y */
	unsigned int xflag;	/* -x, -xx, --strings-in-hex: enum xflag */
	unsigned int xstyle;	/* -X: enum xlat_style */
	/* per call: NULL is strace's default (abbrev=all, verbose=all) */
	const struct tracesel *abbrev;	/* -e abbrev= (-v: none) */
	const struct tracesel *deref;	/* -e verbose= */
	const struct tracesel *raw;	/* -e raw=; NULL: none */
	/* -e read=, -e write=: dumps of the data; NULL: none */
	const struct fdsel *rd, *wr;
	bool json;		/* --json */
	bool follow;		/* -f: count children for the prefix */
	bool to_stderr;		/* the trace goes to stderr (mode notes) */
	const char *ff_prefix;	/* -ff -o PREFIX: PREFIX.TID files */
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
 * ev_finish - the stream ended: close what is still open (a call still
 * in progress is shown "<detached ...>" as strace shows it when it lets a
 * process go), close -ff files. Returns -1 if writing failed.
 */
int ev_finish(struct ev_state *e);

void ev_free(struct ev_state *e);

/* ev_seed_fds - -y: process pid's descriptors as they are now */
void ev_seed_fds(struct ev_state *e, pid_t pid);

/*
 * ev_exit_pending - is a thread group leader's exit line waiting for its
 * group to end (it ended first, and the rest of its group is untraced)?
 * ev_group_exit prints it, with STATUS, for the process VPID.
 */
bool ev_exit_pending(const struct ev_state *e);
void ev_group_exit(struct ev_state *e, pid_t vpid, int status);

/* Records fed so far, of every type. */
uint64_t ev_records(const struct ev_state *e);

#endif /* KSTRACE_CLI_EVENTS_H */
