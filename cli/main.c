// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - kstrace, the command line of the in-kernel strace: the life of
 * a tracing run and the exit status (the options: options.c).
 *
 *   kstrace [-f|-ff] [-o FILE] [-tt] [-T] [-y] [-s N] [-e trace=SET] ...
 *           [-p PID | -- PROG ARGS]	the event mode: a trace, like strace
 *   kstrace -c [-f] [-S SORTBY] [-o FILE] [--json] ...	the summary mode
 *
 * A run (trace() below) is one flow whatever its mode: open the output
 * and a session, set it up, start PROG or attach to the -p processes,
 * follow the event stream (or, with -c, the counts) until the traced
 * tasks are gone or a signal ends the run, print what is left, and exit
 * as strace does: with PROG's status, dying of PROG's signal, or of the
 * signal that interrupted kstrace. What differs between the modes is
 * data in struct run, not another copy of the flow.
 */
#define _GNU_SOURCE	/* strsignal() */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "attach.h"
#include "child.h"
#include "decode.h"
#include "events.h"
#include "fdtab.h"
#include "filter.h"
#include "groups.h"
#include "interval.h"
#include "metrics.h"
#include "options.h"
#include "pathtrace.h"
#include "scope.h"
#include "session.h"
#include "summary.h"
#include "util.h"
#include "xlat.h"

/* An exit code that means "die of signal N": 0x100 | N, as strace's. */
#define EXIT_SIGNAL		0x100

/* How often to look at the results when poll(2) tells nothing, in ms. */
#define WATCH_INTERVAL_MS	50
/* A scope alone ends only by a signal: look at the results less often. */
#define SCOPE_WATCH_MS		500
/*
 * --summary-by's slots per CPU: room for the (group, syscall) pairs of a
 * busy system; the calls of pairs that find none are said.
 */
#define GROUP_SLOTS		8192
/* Event mode: how often to look for the command's end, in ms. */
#define EVENT_POLL_MS		200
/*
 * A call still in progress this long after its entry was read is shown
 * as strace shows it at entry ("read(0, "); one that returns sooner is
 * printed in one piece, so that a quick call costs one write.
 */
#define LIVE_DELAY_MS		10
/* One read(2) of the event stream (at least KSTRACE_REC_MAX). */
#define EVENT_BUF		(256 * 1024)

/* The signal that asked kstrace to stop (strace's "interrupted"). */
static volatile sig_atomic_t interrupted;

/* The time a table covers, in CLOCK_REALTIME seconds. */
struct span {
	unsigned int index;		/* --interval's count; 0: whole run */
	double start;
	double end;
};

/* ---- output ---- */

/* -o |CMD, -o !CMD: the trace goes to CMD's standard input */
static pid_t popen_pid;

static FILE *open_pipe(const char *cmd)
{
	int p[2];
	FILE *f;

	if (pipe2(p, O_CLOEXEC)) {
		warn("pipe: %s", strerror(errno));
		return NULL;
	}
	fflush(NULL);
	popen_pid = fork();
	if (popen_pid < 0) {
		warn("fork: %s", strerror(errno));
		close(p[0]);
		close(p[1]);
		return NULL;
	}
	if (!popen_pid) {
		if (dup2(p[0], 0) < 0)
			_exit(127);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		fprintf(stderr, "kstrace: Can't execute '/bin/sh': %s\n",
			strerror(errno));
		_exit(127);
	}
	close(p[0]);
	f = fdopen(p[1], "w");
	if (!f) {
		warn("fdopen: %s", strerror(errno));
		close(p[1]);
		return NULL;
	}
	/* as strace: whole lines reach the reader at once */
	setvbuf(f, NULL, _IOLBF, 0);
	return f;
}

/* open_output - the -o file, opened before tracing so errors come early. */
static FILE *open_output(const struct opts *o)
{
	FILE *f;

	if (!o->output || o->follow == 2)
		return stderr;
	if (o->output[0] == '|' || o->output[0] == '!')
		return open_pipe(o->output + 1);
	/* 'e': not inherited by PROG */
	f = fopen(o->output, o->append ? "ae" : "we");
	if (!f)
		warn("Can't fopen '%s': %s", o->output, strerror(errno));
	return f;
}

/* close_output - and wait for -o |CMD to read it all, as strace does. */
static int close_output(FILE *out, const struct opts *o)
{
	int ret = 0;

	if (out == stderr)
		return fflush(out) ? -1 : 0;
	if (ferror(out) | fclose(out)) {
		warn("writing '%s' failed", o->output);
		ret = -1;
	}
	while (popen_pid > 0 && waitpid(popen_pid, NULL, 0) < 0 &&
	       errno == EINTR)
		;
	popen_pid = 0;
	return ret;
}

/* discard_output - an error ends the run: the -o file stays as it is. */
static void discard_output(FILE *out, const struct opts *o)
{
	if (out && out != stderr)
		close_output(out, o);
}
/* select_rows - like strace, a summary shows only the traced syscalls. */
static void select_rows(struct ks_results *r, const struct opts *o)
{
	size_t i, n = 0;

	if (!o->sel.given)
		return;
	for (i = 0; i < r->nsc; i++)
		if (tracesel_has(&o->sel, r->sc[i].abi, r->sc[i].nr))
			r->sc[n++] = r->sc[i];
	r->nsc = n;
	for (i = n = 0; i < r->nprobes; i++)
		if (tracesel_has_probe(&o->sel, r->probes[i].func))
			r->probes[n++] = r->probes[i];
	r->nprobes = n;
	for (i = n = 0; i < r->ngroups; i++)
		if (tracesel_has(&o->sel, r->groups[i].abi, r->groups[i].nr))
			r->groups[n++] = r->groups[i];
	r->ngroups = n;
}

/* report_missed - probe hits the kernel could not handle (nmissed). */
static void report_missed(const struct ks_results *r)
{
	size_t i;

	for (i = 0; i < r->nprobes; i++)
		if (r->probes[i].missed)
			fprintf(stderr,
				"kstrace: %llu hits of %s missed by the kernel (kprobe nmissed)\n",
				(unsigned long long)r->probes[i].missed,
				r->probes[i].func);
}

/* scope_options - --all, --cgroup, --summary-by: what the session keeps. */
static int scope_options(struct ctl_session *s, const struct opts *o)
{
	int fd, ret;

	if (o->all && ks_scope_all(s))
		return -1;
	if (o->cgroup) {
		fd = cgroup_open(o->cgroup);
		if (fd < 0)
			return -1;
		/* the module holds the cgroup from here on, not the fd */
		ret = ks_cgroup(s, fd, o->cgroup);
		close(fd);
		if (ret)
			return -1;
	}
	if (o->summary_by &&
	    ks_group(s, group_word(o->summary_by), GROUP_SLOTS))
		return -1;
	return 0;
}

/*
 * session_options - the summary level, then every --kprobe, before start:
 * the module refuses an unknown or unprobeable function here, and the
 * caller gives up before anything runs.
 */
static int session_options(struct ctl_session *s, const struct opts *o)
{
	unsigned int level = KSTRACE_SUMMARY_NONE;
	bool hist;
	size_t i;

	/* Keep only what will be shown: the histograms cost memory. */
	hist = o->json || o->histogram || o->metrics ||
	       summary_cols_need_hist(&o->cols);
	if (o->summary || o->summary_too || o->metrics)
		level = hist ? KSTRACE_SUMMARY_HIST : KSTRACE_SUMMARY_COUNTS;
	if (ks_summary(s, level) || scope_options(s, o))
		return -1;
	for (i = 0; i < o->nkprobes; i++)
		if (ks_kprobe(s, o->kprobes[i].func, o->kprobes[i].ret))
			return -1;
	return 0;
}

/* What a JSON summary adds with --interval and --summary-by. */
struct json_extra {
	const struct opts *o;
	const struct ks_results *r;
	const struct span *span;	/* NULL: not an interval */
};

static void json_extra(struct json *j, const void *arg)
{
	const struct json_extra *x = arg;

	if (x->span) {
		json_key(j, "interval");
		json_object_begin(j);
		json_key(j, "index");
		json_u64(j, x->span->index);
		json_key(j, "start");
		json_fixed(j, x->span->start, 3);
		json_key(j, "end");
		json_fixed(j, x->span->end, 3);
		json_key(j, "seconds");
		json_fixed(j, x->span->end - x->span->start, 3);
		json_object_end(j);
	}
	if (x->o->summary_by)
		groups_json(j, x->r, x->o->summary_by, x->o->top, x->o->sort);
}

/* span_line - "Calls of interval N, from HH:MM:SS to ...": what follows */
static void span_line(FILE *out, const struct span *sp)
{
	char a[16], b[16];
	time_t t;

	t = (time_t)sp->start;
	strftime(a, sizeof(a), "%H:%M:%S", localtime(&t));
	t = (time_t)sp->end;
	strftime(b, sizeof(b), "%H:%M:%S", localtime(&t));
	if (sp->index)
		fprintf(out, "Calls of interval %u, from %s to %s (%.3f s):\n",
			sp->index, a, b, sp->end - sp->start);
	else
		fprintf(out, "Calls of the whole run, from %s to %s (%.3f s):\n",
			a, b, sp->end - sp->start);
}

/*
 * print_summary - the -c output of r; sp: the interval or the whole run
 * it covers, said before the table (NULL: no --interval).
 */
static void print_summary(FILE *out, const struct opts *o,
			  struct ks_results *r, const struct span *sp)
{
	struct summary_opts so = {
		.sort = o->sort,
		.cols = &o->cols,
		.overhead_ns = o->overhead_ns,
		.histogram = o->histogram,
	};
	struct json_extra x = { o, r, sp && sp->index ? sp : NULL };

	select_rows(r, o);
	if (o->json) {
		summary_print_json(out, r, o->sort,
				   sp || o->summary_by ? json_extra : NULL, &x);
	} else {
		if (sp)
			span_line(out, sp);
		if (sp && !r->nsc)
			fputs("No calls.\n", out);
		else if (o->summary_by)
			groups_print(out, r, &so, o->summary_by, o->top);
		summary_print(out, r, &so);
	}

	/* Not part of strace's table: a diagnostic, so always to stderr. */
	report_missed(r);
	if (r->untracked)
		fprintf(stderr,
			"kstrace: warning: %llu %s tasks were not traced (task limit or out of memory); their syscalls are missing\n",
			(unsigned long long)r->untracked,
			o->all || o->cgroup ? "of the scope's" : "descendant");
}

/*
 * report_lost - the records the event buffers had no room for, and the
 * kprobe hits that fired inside the writing of a record on their CPU (a
 * probe on a function the write calls; one writer per buffer: those are
 * dropped whatever its size).
 */
static void report_lost(const struct opts *o, const struct ks_results *r)
{
	uint64_t nested = r->nested <= r->lost ? r->nested : r->lost;
	size_t i;

	if (nested)
		fprintf(stderr, "kstrace: %llu kprobe hits not shown: the probed function is called while kstrace writes a record (-c counts them)\n",
			(unsigned long long)nested);
	if (r->lost == nested)
		return;
	fprintf(stderr, "kstrace: %llu events lost (buffer full); use --bufsize (now %u KiB per CPU) or -e trace= to keep up",
		(unsigned long long)(r->lost - nested),
		o->bufsize ? o->bufsize : KSTRACE_BUFSIZE_DEFAULT);
	if (r->nlostcpu) {
		fputs("; lost per CPU:", stderr);
		for (i = 0; i < r->nlostcpu; i++)
			fprintf(stderr, " cpu%u=%llu", r->lostcpu[i].cpu,
				(unsigned long long)r->lostcpu[i].count);
	}
	fputc('\n', stderr);
}

/*
 * report_vanished - a stream read to its end holds every record the module
 * wrote; anything else is a bug in kstrace, not a full buffer.
 */
static void report_vanished(const struct ks_results *r, uint64_t read)
{
	if (!r->has_written || r->written == read)
		return;
	fprintf(stderr, "kstrace: bug: the module wrote %llu event records and %llu were read; please report it\n",
		(unsigned long long)r->written, (unsigned long long)read);
}


/* ---- the event stream's set-up ---- */

/* numset_mask - the bits of s below n, as a mask of 1 << bit */
static unsigned int numset_mask(const struct numset *s, unsigned int n)
{
	unsigned int m = 0, i;

	for (i = 0; i < n; i++)
		if (numset_has(s, i))
			m |= 1u << i;
	return m;
}

static void fill_ev_opts(struct ev_opts *eo, const struct opts *o, FILE *out,
			 pid_t command)
{
	struct timespec mono, real;
	size_t i;

	memset(eo, 0, sizeof(*eo));
	eo->ts = o->ts;
	eo->ts_width = o->ts_width;
	eo->relative = o->relative;
	eo->rel_width = o->rel_width;
	eo->durations = o->durations;
	eo->dur_width = o->dur_width;
	eo->iflag = o->iflag;
	eo->nflag = o->nflag;
	eo->column = o->column;
	eo->status = numset_mask(&o->status, ST_COUNT);
	eo->quiet = numset_mask(&o->quiet, Q_COUNT);
	eo->signals = &o->signals;
	eo->decode_fds = o->decode_fds;
	eo->decode_socks = o->decode_socks;
	eo->decode_devs = o->decode_devs;
	eo->xflag = o->xflag;
	eo->xstyle = o->xstyle;
	eo->abbrev = &o->abbrev;
	eo->deref = &o->deref;
	eo->raw = o->raw_given ? &o->raw : NULL;
	eo->rd = o->rd.n || o->rd.not ? &o->rd : NULL;
	eo->wr = o->wr.n || o->wr.not ? &o->wr : NULL;
	eo->paths = o->paths.n ? &o->paths : NULL;
	eo->json = o->json;
	eo->follow = o->follow > 0;
	eo->live = !o->json;
	eo->append = o->append;
	eo->detach_on_execve = o->detach_on_execve;
	eo->command = command;
	eo->syscall_limit = o->syscall_limit;
	eo->strsize = o->strsize;
	eo->sel = &o->sel;
	eo->nprobes = o->nkprobes;
	for (i = 0; i < o->nkprobes && i < KSTRACE_MAX_PROBES; i++) {
		eo->probes[i].func = o->kprobes[i].func;
		eo->probes[i].ret = o->kprobes[i].ret;
	}
	if (o->follow == 2) {
		eo->ff_prefix = o->output;
		eo->pfx = PFX_NONE;
	} else if (out != stderr) {
		/* strace -o FILE: "PID " on every line with -f */
		eo->pfx = (o->follow || o->npids + (o->argc > 0) > 1) ?
			  PFX_ALWAYS : PFX_NONE;
	} else {
		eo->pfx = PFX_AUTO;
	}
	/* wall clock = monotonic + offset, sampled once */
	clock_gettime(CLOCK_REALTIME, &real);
	clock_gettime(CLOCK_MONOTONIC, &mono);
	eo->realtime_offset =
		((int64_t)real.tv_sec - mono.tv_sec) * 1000000000LL +
		(real.tv_nsec - mono.tv_nsec);
}

/* add_calls - the calls of want(abi, nr) to the set s */
static void add_calls(struct tracesel *s, bool (*want)(unsigned int,
						       unsigned int))
{
	unsigned int nr;

	for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++) {
		if (want(KSTRACE_ABI_NATIVE, nr))
			s->set[0][nr / 8] |= 1u << (nr % 8);
		if (want(KSTRACE_ABI_COMPAT, nr))
			s->set[1][nr / 8] |= 1u << (nr % 8);
	}
}

static bool is_execve_nr(unsigned int abi, unsigned int nr)
{
	const struct sysent *se = sysent_get(abi, nr);

	return se && se->name && (!strcmp(se->name, "execve") ||
				  !strcmp(se->name, "execveat"));
}

/*
 * event_options - the session's event stream set-up, before start. The
 * module drops what -e trace=, -P (by syscall: the calls that take no
 * path nor descriptor) and -z/-Z leave out; but -y and -P follow the
 * descriptors through the calls that make them, shown or not, and -b
 * execve watches execve, so the module is asked for those too and the
 * CLI filters itself.
 */
static int event_options(struct ctl_session *s, const struct opts *o)
{
	char list[KSTRACE_CMD_MAX];
	struct tracesel sel = o->sel;
	unsigned int status = numset_mask(&o->status, ST_COUNT), nr, a;
	bool fds = o->decode_fds || o->paths.n;

	if (ks_events(s))
		return -1;
	if (o->lossy && ks_block(s, 0))
		return -1;
	if (o->wait_limit && ks_block(s, o->wait_limit))
		return -1;
	if (o->bufsize && ks_bufsize(s, o->bufsize))
		return -1;
	if (o->iflag && ks_ip(s))
		return -1;
	/*
	 * -e read=/write= dump whole buffers: the module copies as much as
	 * it can, and the CLI cuts strings at -s itself.
	 */
	if (o->rd.n || o->rd.not || o->wr.n || o->wr.not) {
		if (ks_strsize(s, KSTRACE_STRSIZE_MAX))
			return -1;
	} else if (o->strsize_given && ks_strsize(s, o->strsize)) {
		return -1;
	}
	if (o->paths.n) {
		sel.given = true;
		for (a = 0; a < 2; a++)
			for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++)
				if (!pathsel_calls(a ? KSTRACE_ABI_COMPAT :
						   KSTRACE_ABI_NATIVE, nr))
					sel.set[a][nr / 8] &= ~(1u << (nr % 8));
	}
	if (sel.given) {
		if (fds)
			add_calls(&sel, fdtab_wants);
		if (o->detach_on_execve)
			add_calls(&sel, is_execve_nr);
		if (tracesel_list(&sel, KSTRACE_ABI_NATIVE, list,
				  sizeof(list) - 16) ||
		    ks_trace(s, KSTRACE_ABI_NATIVE, list))
			return -1;
		if (tracesel_list(&sel, KSTRACE_ABI_COMPAT, list,
				  sizeof(list) - 16) ||
		    ks_trace(s, KSTRACE_ABI_COMPAT, list))
			return -1;
	}
	/*
	 * The module's "result" drops the EXIT of the calls left out; only
	 * -z and -Z alone map onto it: with unfinished or detached calls
	 * wanted too, a missing EXIT would say nothing.
	 */
	if (fds || o->detach_on_execve)
		return 0;
	if (status == 1u << ST_SUCCESSFUL && ks_result(s, "ok"))
		return -1;
	if (status == 1u << ST_FAILED && ks_result(s, "err"))
		return -1;
	return 0;
}

static int save_records(int fd, const char *buf, size_t n)
{
	ssize_t w;

	while (n && fd >= 0) {
		w = write(fd, buf, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			warn("writing the saved events failed: %s",
			     strerror(errno));
			return -1;
		}
		buf += w;
		n -= w;
	}
	return 0;
}

/* ---- signals ---- */

/* What strace acts on, or ignores (its -I). */
static const int fatal_sigs[] = { SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM };

static void on_fatal(int sig)
{
	interrupted = sig;
}

static void set_handler(int sig, void (*fn)(int))
{
	struct sigaction sa = { .sa_handler = fn };

	/* no SA_RESTART: a wait in poll(2) or waitpid(2) returns at once */
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

/*
 * block_fatal - before forking PROG: a signal then waits until kstrace
 * is ready for it; PROG gets the mask back, and its dispositions are
 * kstrace's own at start (nothing is changed before the fork).
 */
static void block_fatal(sigset_t *old)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < ARRAY_SIZE(fatal_sigs); i++)
		sigaddset(&set, fatal_sigs[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

/*
 * catch_fatal - strace's dispositions once PROG is forked: with -I2 (the
 * default, but with -o FILE PROG) the fatal signals end the run, with -I3
 * and -I4 they are ignored, with -I1 they kill kstrace as they would any
 * program. SIGTTOU and SIGTTIN are ignored as strace ignores them.
 */
static void catch_fatal(enum intr intr, const sigset_t *old)
{
	size_t i;

	set_handler(SIGTTOU, SIG_IGN);
	set_handler(SIGTTIN, SIG_IGN);
	if (intr == INTR_NEVER_TSTP)
		set_handler(SIGTSTP, SIG_IGN);
	if (intr != INTR_ANYWHERE)
		for (i = 0; i < ARRAY_SIZE(fatal_sigs); i++)
			set_handler(fatal_sigs[i],
				    intr == INTR_WHILE_WAIT ? on_fatal : SIG_IGN);
	sigprocmask(SIG_SETMASK, old, NULL);
}

static void nap_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* ---- one tracing run ---- */

/*
 * The mode of a run, as data: what it traces (PROG, -p PIDs, or both, as
 * strace allows), whether it prints a trace (the event stream) or counts
 * only (-c), and how it is ending.
 */
struct run {
	const struct opts *o;
	bool events;			/* a trace: the event stream (not -c) */
	bool command;			/* PROG: kstrace starts it */
	FILE *out;
	struct ctl_session s;
	bool session;			/* s is open */
	char path[PATH_MAX];		/* PROG, found on $PATH */
	struct child_opts co;		/* -u, -E, the signal mask */
	sigset_t mask;			/* kstrace's own, restored */
	struct child c;
	bool spawned;			/* PROG exists */
	bool reaped;			/* ... and was waited for */
	int status;			/* ... its wait(2) status */
	int stop_sig;			/* the signal that ends the run */
	bool passed_on;			/* ... given to PROG: wait for its end */
	bool stopping;			/* "stop" sent: the stream drains */
	bool limit;			/* --syscall-limit reached */
	pid_t *detached;		/* "Process N detached", to say */
	size_t ndetached;
	struct ev_state *ev;
	struct ks_results res;
	int save_fd;			/* --save-events */
	char *buf;			/* one read of the stream */
	bool scoped;			/* --all or --cgroup */
	double t0;			/* start, CLOCK_REALTIME seconds */
	struct span span;		/* --interval: the current one */
	int64_t next_ms;		/* ... ends then, CLOCK_MONOTONIC */
	struct ks_results prev;		/* ... the counts at its start */
};

/* run_open - PROG found, the output and the session opened and set up. */
static int run_open(struct run *r)
{
	const struct opts *o = r->o;

	if (r->command) {
		if (resolve_command(o->argv[0], r->path, sizeof(r->path)))
			return -1;
		r->co.envp = child_env(o->env, o->nenv);
	}
	if (o->user && child_user(&r->co, o->user))
		return -1;
	r->out = open_output(o);
	if (!r->out)
		return -1;
	if (o->save_events) {
		r->save_fd = open(o->save_events,
				  O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
		if (r->save_fd < 0) {
			warn("Can't open '%s': %s", o->save_events,
			     strerror(errno));
			return -1;
		}
	}
	if (ks_open(&r->s))
		return -1;
	r->session = true;
	/* before PROG exists: a refused probe means it never runs */
	if (r->events && event_options(&r->s, o))
		return -1;
	return session_options(&r->s, o);
}

/*
 * run_start - PROG forked (held before its execve), the -p processes
 * attached, then "start"; PROG is let go once the printer is ready.
 */
static int run_start(struct run *r)
{
	const struct opts *o = r->o;
	struct ev_opts eo;
	size_t i;

	block_fatal(&r->mask);
	r->co.mask = &r->mask;
	if (r->command) {
		if (child_spawn(&r->c, r->path, o->argv, &r->co))
			goto fail;
		r->spawned = true;
		if (ks_exec(&r->s, r->c.pid))
			goto fail;
	}
	for (i = 0; i < o->npids; i++)
		if (ks_attach(&r->s, o->pids[i]))
			goto fail;
	if ((o->follow && ks_follow(&r->s, true)) || ks_start(&r->s))
		goto fail;
	catch_fatal(o->intr, &r->mask);
	if (r->events) {
		fill_ev_opts(&eo, o, r->out, r->command ? r->c.pid : 0);
		eo.announce = true;
		r->ev = ev_new(&eo, r->out);
		/* -y, -P: the descriptors there are before the first call */
		if (r->command)
			ev_seed_fds(r->ev, r->c.pid);
		for (i = 0; i < o->npids; i++)
			ev_seed_fds(r->ev, o->pids[i]);
	}
	if (r->command)
		child_release(&r->c);
	return 0;
fail:
	/* the command must not run untraced */
	if (r->spawned)
		child_abort(&r->c);
	r->spawned = false;
	sigprocmask(SIG_SETMASK, &r->mask, NULL);
	return -1;
}

/*
 * run_attached - what strace says when it attaches to running processes:
 * "Process N attached" (with its threads), then the call each thread is
 * blocked in, which kstrace reads from /proc and the exit record completes.
 */
static void run_attached(struct run *r)
{
	const struct opts *o = r->o;
	struct kstrace_rec *rec;
	uint64_t ip;
	size_t i, j, n;
	pid_t *tids;

	for (i = 0; i < o->npids; i++) {
		tids = proc_threads(o->pids[i], &n);
		if (!numset_has(&o->quiet, Q_ATTACH)) {
			if (n > 1)
				warn("Process %d attached with %zu threads",
				     (int)o->pids[i], n);
			else
				warn("Process %d attached", (int)o->pids[i]);
		}
		for (j = 0; r->ev && j < n; j++) {
			ev_initial(r->ev, tids[j]);
			rec = proc_inflight(o->pids[i], tids[j], o->strsize, &ip);
			if (rec)
				ev_inflight(r->ev, rec, ip);
			free(rec);
		}
		free(tids);
	}
}

/* run_reap - has PROG ended? (wait: block until it has) */
static void run_reap(struct run *r, bool wait)
{
	pid_t p;

	if (!r->spawned || r->reaped)
		return;
	p = waitpid(r->c.pid, &r->status, wait ? 0 : WNOHANG);
	if (p == r->c.pid)
		r->reaped = true;
}

static bool alive(pid_t tid)
{
	return !kill(tid, 0) || errno != ESRCH;
}

static void add_detached(pid_t tid, void *arg)
{
	struct run *r = arg;
	pid_t *v;
	size_t i;

	for (i = 0; i < r->ndetached; i++)
		if (r->detached[i] == tid)
			return;
	v = realloc(r->detached, (r->ndetached + 1) * sizeof(*v));
	if (!v)
		return;
	r->detached = v;
	r->detached[r->ndetached++] = tid;
}

/*
 * note_detached - what a run that stops early leaves running, for
 * strace's "Process N detached": the -p processes (their threads and
 * children with -f), PROG if alive, with -f its descendants.
 */
static void note_detached(struct run *r)
{
	const struct opts *o = r->o;
	size_t i, j, n;
	pid_t *tids;

	if (numset_has(&o->quiet, Q_ATTACH))
		return;
	if (r->spawned && !r->reaped && alive(r->c.pid))
		add_detached(r->c.pid, r);
	for (i = 0; i < o->npids; i++) {
		tids = proc_threads(o->pids[i], &n);
		/* strace attaches to a process's other threads with -f only */
		for (j = 0; j < n && (j == 0 || o->follow); j++)
			add_detached(tids[j], r);
		free(tids);
	}
	if (r->ev && o->follow)
		ev_live_tasks(r->ev, add_detached, r);
}

/*
 * run_stop - "stop": the stream drains, then ends. early: the run ends
 * before its tracees (a signal, --syscall-limit), which strace detaches
 * from: say so at the end.
 */
static void run_stop(struct run *r, bool early)
{
	if (r->stopping)
		return;
	r->stopping = true;
	if (early)
		note_detached(r);
	if (ks_stop(&r->s))
		warn("could not stop the session");
}

/*
 * run_signal - a fatal signal while tracing. With PROG alive it is passed
 * on (strace's cleanup(): SIGCONT, then the signal) and the run ends with
 * PROG, so that its end is in the trace; with -p, or the second time, the
 * run ends now: the processes are left running, untraced, as strace's
 * detach leaves them. Either way kstrace then dies of the signal.
 */
static void run_signal(struct run *r)
{
	int sig = interrupted;

	interrupted = 0;
	r->stop_sig = sig;
	if (r->spawned && !r->reaped && !r->passed_on) {
		r->passed_on = true;
		kill(r->c.pid, SIGCONT);
		kill(r->c.pid, sig);
		return;
	}
	run_stop(r, true);
}

/* --syscall-limit: enough calls shown; the tracees go on untraced */
static void run_limit(struct run *r)
{
	r->limit = true;
	if (!numset_has(&r->o->quiet, Q_ATTACH))
		warn("System call limit has been reached, detaching tracees");
	run_stop(r, true);
}

/* calls counted of the syscalls -e trace= selects (-c's --syscall-limit) */
static uint64_t counted_calls(const struct ks_results *res,
			      const struct opts *o)
{
	uint64_t n = 0;
	size_t i;

	for (i = 0; i < res->nsc; i++)
		if (tracesel_has(&o->sel, res->sc[i].abi, res->sc[i].nr))
			n += res->sc[i].calls;
	return n;
}

/* Is a counting run over: the session stopped, every target gone? */
static bool counts_done(const struct run *r)
{
	if (r->res.state == KS_STATE_STOPPED)
		return true;
	if (r->spawned && !r->reaped)
		return false;
	/* a scope's tasks come and go: its run ends with its targets */
	if (r->scoped)
		return (r->command || r->o->npids) &&
		       ks_all_targets_exited(&r->res);
	return ks_all_targets_exited(&r->res) &&
	       (!r->o->follow || r->res.tasks == 0);
}

static double real_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * interval_print - --interval: the calls since the last tick (this
 * snapshot minus the previous one: the module's counters are read, never
 * reset), printed with the span they cover.
 */
static void interval_print(struct run *r)
{
	const struct opts *o = r->o;
	struct ks_results d;

	r->span.end = real_now();
	r->span.index++;
	if (o->summary || o->summary_too) {
		results_diff(&d, &r->res, &r->prev);
		print_summary(r->out, o, &d, &r->span);
		fflush(r->out);
		ks_results_free(&d);
	}
	ks_results_free(&r->prev);
	results_copy(&r->prev, &r->res);
	r->span.start = r->span.end;
}

/* interval_tick - and --metrics gets the totals, as at the end */
static void interval_tick(struct run *r)
{
	const struct opts *o = r->o;

	interval_print(r);
	if (o->metrics)
		metrics_write(o, &r->res);
	/* a late tick does not make the next ones early */
	do
		r->next_ms += o->interval_ms;
	while (r->next_ms <= mono_ms());
}

/*
 * events_tick - -C --interval, --metrics: the counts of the interval,
 * between two lines of the trace.
 */
static int events_tick(struct run *r)
{
	ks_results_free(&r->res);
	if (ks_read_results(&r->s, &r->res))
		return -1;
	if (r->o->summary_too)
		ev_break(r->ev);
	interval_tick(r);
	return 0;
}

/* until_tick - @ms, or less if the next --interval tick comes sooner */
static int until_tick(const struct run *r, int ms)
{
	int64_t left;

	if (!r->o->interval_ms)
		return ms;
	left = r->next_ms - mono_ms();
	if (left < ms)
		ms = left > 0 ? left : 0;
	return ms;
}

/* events_poll_ms - how long run_events() may sleep in poll(2) */
static int events_poll_ms(const struct run *r)
{
	return until_tick(r, ev_pending(r->ev) ? LIVE_DELAY_MS : EVENT_POLL_MS);
}

/*
 * run_events - the trace: read the stream until it ends (the module
 * returns 0 once the session stopped, or no traced task is left and every
 * record was read). A call still held after LIVE_DELAY_MS of silence is
 * printed as strace prints a call in progress. With --interval, the
 * counts are taken between two lines.
 */
static int run_events(struct run *r)
{
	struct pollfd pfd = { .fd = r->s.fd, .events = POLLIN };
	int64_t last = mono_ms();
	ssize_t n;

	r->buf = malloc(EVENT_BUF);
	if (!r->buf) {
		warn("out of memory");
		return -1;
	}
	for (;;) {
		run_reap(r, false);
		if (interrupted)
			run_signal(r);
		if (r->passed_on && r->reaped)
			run_stop(r, true);
		if (!r->limit && ev_limit_reached(r->ev))
			run_limit(r);
		/* the stream was quiet for LIVE_DELAY_MS: show a call held */
		if (ev_pending(r->ev) && mono_ms() - last >= LIVE_DELAY_MS)
			ev_idle(r->ev);
		if (r->o->interval_ms && mono_ms() >= r->next_ms &&
		    events_tick(r))
			return -1;
		n = poll(&pfd, 1, events_poll_ms(r));
		if (n < 0 && errno != EINTR) {
			warn("poll: %s", strerror(errno));
			return -1;
		}
		if (n <= 0)
			continue;
		n = ks_read_events(&r->s, r->buf, EVENT_BUF);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			warn("reading %s: %s", KSTRACE_SESSION_PATH,
			     strerror(errno));
			return -1;
		}
		if (n == 0)
			return 0;
		last = mono_ms();
		if (save_records(r->save_fd, r->buf, n))
			return -1;
		if (ev_feed(r->ev, r->buf, n)) {
			warn("malformed event record from the module");
			return -1;
		}
	}
}

/* watch_ms - how long run_counts() may sleep in poll(2) */
static int watch_ms(const struct run *r)
{
	int ms = WATCH_INTERVAL_MS;

	if (r->scoped && !r->command && !r->o->npids)
		ms = SCOPE_WATCH_MS;
	return until_tick(r, ms);
}

/*
 * run_counts - -c: no stream, the counts only. Sleeps in waitpid(2) for
 * PROG (without -f), else in poll(2), which the module makes readable on
 * a change of state; a poll that is always ready costs a nap instead of
 * a busy loop, and one that never fires still looks every
 * WATCH_INTERVAL_MS.
 */
static int run_counts(struct run *r)
{
	struct pollfd pfd = { .fd = r->s.fd, .events = POLLIN };
	bool block;
	int ms;

	for (;;) {
		if (interrupted)
			run_signal(r);
		if (r->passed_on && r->reaped)
			run_stop(r, true);
		block = r->spawned && !r->reaped && !r->o->follow &&
			!r->o->npids && !r->o->syscall_limit && !r->stopping &&
			!r->o->interval_ms;
		run_reap(r, block);
		if (block && !r->reaped)
			continue;	/* a signal: handled above */
		ks_results_free(&r->res);
		if (ks_read_results(&r->s, &r->res))
			return -1;
		if (!r->limit && r->o->syscall_limit &&
		    counted_calls(&r->res, r->o) >= r->o->syscall_limit)
			run_limit(r);
		if (counts_done(r))
			return 0;
		if (r->o->interval_ms && mono_ms() >= r->next_ms)
			interval_tick(r);
		ms = watch_ms(r);
		if (poll(&pfd, 1, ms) > 0 && !interrupted)
			nap_ms(ms);
	}
}

/*
 * run_group_exits - a target's leader that ended before the rest of its
 * untraced group gets its "+++ exited with N +++" once the target is gone,
 * as strace prints it then.
 */
static int run_group_exits(struct run *r)
{
	struct pollfd pfd = { .fd = r->s.fd, .events = POLLIN };
	size_t i;

	if (!ev_exit_pending(r->ev))
		return 0;
	for (;;) {
		ks_results_free(&r->res);
		if (ks_read_results(&r->s, &r->res))
			return -1;
		if (ks_all_targets_exited(&r->res) ||
		    r->res.state == KS_STATE_STOPPED || interrupted)
			break;
		if (poll(&pfd, 1, WATCH_INTERVAL_MS) > 0 && !interrupted)
			nap_ms(WATCH_INTERVAL_MS);
	}
	for (i = 0; i < r->res.ntargets; i++)
		if (r->res.targets[i].exited)
			ev_group_exit(r->ev, r->res.targets[i].pid,
				      r->res.targets[i].status);
	return 0;
}

/*
 * run_finish - what is left to print once the stream ended or the counts
 * are final: the leaders' late exits, the calls still in progress
 * ("<detached ...>"), the detach messages, the summary, the reports.
 */
static int run_finish(struct run *r)
{
	const struct opts *o = r->o;
	bool mfail;
	size_t i;

	/*
	 * PROG's status, unless --syscall-limit let it go on untraced, or a
	 * second signal ended the run while it lives on (kstrace dies of the
	 * signal then, whatever PROG does).
	 */
	if (r->spawned && !r->reaped && !r->limit && !r->stop_sig) {
		if (child_wait(&r->c, &r->status))
			return -1;
		r->reaped = true;
	}
	if (r->ev && run_group_exits(r))
		return -1;
	if (!r->events)
		run_stop(r, false);	/* the counts are final */
	if (r->ev && ev_finish(r->ev))
		return -1;
	for (i = 0; i < r->ndetached; i++)
		warn("Process %d detached", (int)r->detached[i]);
	ks_results_free(&r->res);
	if (ks_read_results(&r->s, &r->res))
		return -1;
	/* a file that cannot be written fails the run, after the tables */
	mfail = o->metrics && metrics_write(o, &r->res);
	/* the last, shorter interval: every call is in one interval table */
	if (o->interval_ms)
		interval_print(r);
	r->span.index = 0;
	r->span.start = r->t0;
	r->span.end = real_now();
	if (o->summary || o->summary_too)
		print_summary(r->out, o, &r->res,
			      o->interval_ms ? &r->span : NULL);
	else
		report_missed(&r->res);
	if (r->ev) {
		report_lost(o, &r->res);
		report_vanished(&r->res, ev_records(r->ev));
	}
	if (close_output(r->out, o)) {
		r->out = NULL;
		return -1;
	}
	r->out = NULL;
	return mfail ? -1 : 0;
}

/*
 * run_exit_code - strace's: the signal that interrupted kstrace; else
 * PROG's status (its signal as 0x100 | N: kstrace dies of it), 0 when
 * -b execve or --syscall-limit let it go; 0 with -p alone.
 */
static int run_exit_code(const struct run *r)
{
	if (r->stop_sig)
		return EXIT_SIGNAL | r->stop_sig;
	if (!r->spawned || r->limit || (r->ev && ev_detached_command(r->ev)))
		return 0;
	if (WIFSIGNALED(r->status))
		return EXIT_SIGNAL | WTERMSIG(r->status);
	if (WIFEXITED(r->status))
		return WEXITSTATUS(r->status);
	return EXIT_ERROR;
}

static void run_close(struct run *r)
{
	/* on an error the command goes on untraced, as in strace */
	discard_output(r->out, r->o);
	if (r->save_fd >= 0)
		close(r->save_fd);
	ev_free(r->ev);
	ks_results_free(&r->res);
	ks_results_free(&r->prev);
	if (r->session)
		ks_close(&r->s);
	free(r->buf);
	free(r->detached);
	if (r->co.envp && r->co.envp != environ)
		free(r->co.envp);
}

/*
 * trace - one run, in every mode: the output and the session; PROG and
 * the -p processes; the stream or the counts until the end; what is left
 * to print; the exit code (EXIT_SIGNAL | N: die of signal N).
 */
static int trace(const struct opts *o)
{
	struct run r = {
		.o = o,
		.events = !o->summary && (!o->metrics || o->summary_too),
		.command = o->argc > 0,
		.save_fd = -1,
		.scoped = o->all || o->cgroup,
	};
	int ret = EXIT_ERROR;

	/* nothing runs when the system cannot do what was asked */
	if (scope_check(o))
		return EXIT_ERROR;
	if (run_open(&r) || run_start(&r))
		goto out;
	r.t0 = real_now();
	r.span.start = r.t0;
	r.next_ms = mono_ms() + o->interval_ms;
	run_attached(&r);
	if (r.events ? run_events(&r) : run_counts(&r))
		goto out;
	if (run_finish(&r))
		goto out;
	ret = run_exit_code(&r);
out:
	run_close(&r);
	return ret;
}
/* ---- formatting saved data ---- */

/* read_file - all of PATH ("-": stdin), NUL-terminated. */
static char *read_file(const char *path, size_t *lenp)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "re") : stdin;
	size_t len = 0, cap = 65536, n;
	char *buf, *nbuf;

	if (!f) {
		fprintf(stderr, "kstrace: Can't open '%s': %s\n", path,
			strerror(errno));
		return NULL;
	}
	buf = malloc(cap + 1);
	while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
		len += n;
		if (len == cap) {
			cap *= 2;
			nbuf = realloc(buf, cap + 1);
			if (!nbuf)
				free(buf);
			buf = nbuf;
		}
	}
	if (!buf || ferror(f)) {
		fprintf(stderr, "kstrace: reading '%s' failed\n", path);
		free(buf);
		buf = NULL;
	} else {
		buf[len] = '\0';
		if (lenp)
			*lenp = len;
	}
	if (f != stdin)
		fclose(f);
	return buf;
}

/* format_results - --format-results FILE: the summary of saved results. */
static int format_results(const struct opts *o)
{
	struct ks_results r = { 0 };
	char *text;
	FILE *out;
	int ret = EXIT_ERROR;

	text = read_file(o->format_results, NULL);
	if (!text)
		return EXIT_ERROR;
	if (ks_parse_results(text, &r, o->format_results))
		goto out;
	out = open_output(o);
	if (!out)
		goto out;
	print_summary(out, o, &r, NULL);
	if (!close_output(out, o))
		ret = 0;
out:
	ks_results_free(&r);
	free(text);
	return ret;
}

/*
 * format_events - --format-events FILE: a saved stream printed as a
 * trace. Times are shown as if CLOCK_MONOTONIC counted from the epoch, so
 * that the output does not depend on when it is made; -y looks at the
 * processes of the record's pids, if they still exist.
 */
static int format_events(const struct opts *o)
{
	struct ev_state *ev;
	struct ev_opts eo;
	size_t len = 0;
	char *data;
	FILE *out;
	int ret = EXIT_ERROR;

	data = read_file(o->format_events, &len);
	if (!data)
		return EXIT_ERROR;
	out = open_output(o);
	if (!out) {
		free(data);
		return EXIT_ERROR;
	}
	fill_ev_opts(&eo, o, out, 0);
	eo.realtime_offset = 0;
	ev = ev_new(&eo, out);
	if (ev_feed(ev, data, len))
		warn("%s: malformed event record", o->format_events);
	else if (!ev_finish(ev))
		ret = 0;
	if (close_output(out, o))
		ret = EXIT_ERROR;
	ev_free(ev);
	free(data);
	return ret;
}

/*
 * terminate - strace's: exit with CODE, or die of signal N for
 * EXIT_SIGNAL | N (with no core file: it would clobber PROG's), as the
 * command died or as kstrace was interrupted, so that a caller's
 * wait(2) sees what it would see without kstrace.
 */
static void __attribute__((noreturn)) terminate(int code)
{
	struct rlimit rl = { 0, 0 };
	sigset_t set;
	int sig;

	fflush(NULL);
	if (code <= 0xff)
		exit(code);
	sig = code & 0xff;
	setrlimit(RLIMIT_CORE, &rl);
	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	/* not a fatal signal after all: a shell's way of saying it */
	exit(128 + sig);
}

int main(int argc, char *argv[])
{
	struct opts o;

	parse_args(&o, argc, argv);

	if (o.format_results)
		return format_results(&o);
	if (o.format_events)
		return format_events(&o);
	terminate(trace(&o));
}
