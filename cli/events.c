// SPDX-License-Identifier: GPL-2.0
/*
 * events.c - prints the event stream the way strace prints a trace.
 *
 * A syscall arrives as two records, ENTER and EXIT. strace prints the
 * call's name and first arguments when it enters ("read(0, ") and the
 * rest when it returns, so a quick call makes one line and a call that
 * blocks shows at once where it blocks. Here an ENTER is held back until
 * its EXIT comes, or another line must be printed, or the stream pauses
 * (ev_idle(), which the reader calls when nothing came for LIVE_DELAY_MS,
 * main.c): then the call is printed as strace printed it at entry, its
 * line left open. Its EXIT completes the open line; any other line first
 * ends it with " <unfinished ...>", and the EXIT is then printed as
 * "<... read resumed>...) = 5". Holding back costs nothing in fidelity
 * and keeps the output in one write per call; it also lets an argument
 * the module could only copy at exit (KSTRACE_CAP_ATEXIT) show in full.
 *
 * With -ff each task's file has its own open line. When nothing may be
 * printed before the call ended (--json; -e status= other than all, where
 * strace buffers each call until it knows how it ended; the module drops
 * the EXIT records of the calls -z/-Z leave out) each task holds its own
 * ENTER until its EXIT and nothing is printed unfinished; a held call
 * whose EXIT never comes (the task's next ENTER or its end arrives
 * instead) was filtered out and is dropped, or is shown "= ?" when the
 * task ended in it and -e status= wants unfinished calls.
 *
 * Signals delivered to traced tasks arrive as SIGNAL records and print as
 * strace's "--- SIGCHLD {si_signo=SIGCHLD, ...} ---" (and "--- stopped by
 * SIGSTOP ---" for a stop), task ends as "+++ exited with 0 +++".
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "decode.h"
#include "events.h"
#include "fdtab.h"
#include "json.h"
#include "pathtrace.h"
#include "print.h"
#include "sbuf.h"
#include "sysname.h"
#include "util.h"
#include "xlat.h"

#define HASH_SIZE	1024
#define DEFER_MAX	8
/*
 * A deferred call is cut after DEFER_NS of the stream's time, or, when the
 * stream is quiet, DEFER_IDLE_MS of ours: a loaded machine can keep the
 * task from its exit for tens of ms, and then the path would be lost.
 */
#define DEFER_NS	200000000ull
#define DEFER_IDLE_MS	200

struct task {
	uint32_t tid;			/* global, the key */
	uint32_t vtid, vpid;
	unsigned int abi;		/* of its last call (mode notes) */
	unsigned int last_nr;		/* -n on lines that are no call */
	struct kstrace_rec *enter;	/* the call in flight, a copy */
	uint64_t ip;			/* -i: its instruction pointer, 0: unknown */
	bool open;			/* "name(args" written, line open */
	bool unfinished;		/* ... ended with " <unfinished ...>" */
	bool late;			/* some arguments are printed at exit */
	bool many;			/* several tasks lived at its entry */
	bool pfiltered;			/* -P left the call in flight out */
	bool synthetic;			/* its enter is from /proc, at attach */
	bool deferred;			/* not cut: see defer_cut() */
	int64_t defer_ms;		/* ... since then (CLOCK_MONOTONIC) */
	struct kstrace_rec **sent;	/* signals sent during the call in */
	unsigned int nsent;		/* flight, shown after it (on_signal) */
	size_t col;			/* the open line's length */
	struct kstrace_rec *fdenter;	/* -y: an ENTER not shown, kept */
	uint64_t fd_applied;		/* -y: records fed at the last EXIT applied */
	bool exited;
	bool exit_pending;		/* a leader gone before its group */
	bool execd;			/* -b execve: its first execve passed */
	FILE *out;			/* -ff */
	struct task *next;
};

struct ev_state {
	struct ev_opts o;
	FILE *out;
	bool interleave;		/* one shared output, unfinished lines */
	bool hold;			/* nothing shown before the call ends */
	struct task *tasks[HASH_SIZE];
	struct task *cur;		/* interleave: the task whose call is
					 * held or whose line is open */
	struct task *deferred[DEFER_MAX]; /* interleave: held, not cut */
	unsigned int ndeferred;
	unsigned int live;		/* tasks seen and not exited */
	uint32_t *born;			/* -f: children announced by fork */
	size_t nborn, born_cap;
	uint32_t *initial;		/* tasks traced from the start */
	size_t ninitial, initial_cap;
	uint32_t *gone;			/* -b execve: tasks let go */
	size_t ngone, gone_cap;
	bool command_gone;		/* ... the command among them */
	char *carry;			/* a record cut by the end of a read */
	size_t carry_len;
	uint64_t lost;
	uint64_t records;		/* all records fed, LOST ones too */
	uint64_t calls;			/* calls shown (--syscall-limit) */
	uint64_t last_ts;		/* -r: the previous line's time */
	bool any_line;
	bool failed;			/* an -ff file could not be opened */
	struct fdtab *fds;		/* -y, -P */
	struct sbuf line, a, b, r;	/* scratch */
};

static void die_oom(void)
{
	fputs("kstrace: out of memory\n", stderr);
	exit(1);
}

/* ---- sets of thread ids ---- */

static bool ids_has(const uint32_t *v, size_t n, uint32_t id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i] == id)
			return true;
	return false;
}

static void ids_add(uint32_t **v, size_t *n, size_t *cap, uint32_t id)
{
	if (ids_has(*v, *n, id))
		return;
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = realloc(*v, *cap * sizeof(**v));
		if (!*v)
			die_oom();
	}
	(*v)[(*n)++] = id;
}

static void ids_del(uint32_t *v, size_t *n, uint32_t id)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (v[i] == id) {
			v[i] = v[--*n];
			return;
		}
}

/* ---- tasks ---- */

static struct task *task_find(struct ev_state *e, uint32_t tid)
{
	struct task *t;

	for (t = e->tasks[tid % HASH_SIZE]; t; t = t->next)
		if (t->tid == tid)
			return t;
	return NULL;
}

static bool say(const struct ev_state *e, enum ev_quiet q)
{
	return !(e->o.quiet & (1u << q));
}

/*
 * announce - strace -f's "Process N attached" for a task it did not
 * start or attach to itself: a child, reported on the standard error
 * when it is first known (by its first record or its parent's fork).
 */
static void announce(struct ev_state *e, uint32_t vtid)
{
	if (!e->o.announce || !e->o.follow || !say(e, Q_ATTACH) || e->o.json ||
	    ids_has(e->initial, e->ninitial, vtid))
		return;
	ids_add(&e->initial, &e->ninitial, &e->initial_cap, vtid);
	fflush(e->out);
	fprintf(stderr, "kstrace: Process %u attached\n", vtid);
}

static struct task *task_get(struct ev_state *e,
			     const struct kstrace_rec *r)
{
	struct task *t = task_find(e, r->tid);

	if (t)
		return t;
	t = calloc(1, sizeof(*t));
	if (!t)
		die_oom();
	t->tid = r->tid;
	t->vtid = r->vtid ? r->vtid : r->tid;
	t->vpid = r->vpid ? r->vpid : r->pid;
	t->abi = KSTRACE_ABI_NATIVE;
	t->next = e->tasks[r->tid % HASH_SIZE];
	e->tasks[r->tid % HASH_SIZE] = t;
	e->live++;
	ids_del(e->born, &e->nborn, t->vtid);
	announce(e, t->vtid);
	return t;
}

static void undefer(struct ev_state *e, struct task *t);

static void task_drop(struct ev_state *e, struct task *t)
{
	struct task **pp;

	for (pp = &e->tasks[t->tid % HASH_SIZE]; *pp; pp = &(*pp)->next)
		if (*pp == t) {
			*pp = t->next;
			break;
		}
	if (e->cur == t)
		e->cur = NULL;
	undefer(e, t);
	if (t->out) {
		if (ferror(t->out) | fclose(t->out))
			e->failed = true;
	}
	free(t->enter);
	free(t->fdenter);
	while (t->nsent)
		free(t->sent[--t->nsent]);
	free(t->sent);
	if (!t->exited && e->live)
		e->live--;
	free(t);
}

/* ---- output ---- */

static FILE *task_out(struct ev_state *e, struct task *t)
{
	char path[4096];

	if (!e->o.ff_prefix)
		return e->out;
	if (!t->out) {
		snprintf(path, sizeof(path), "%s.%u", e->o.ff_prefix, t->vtid);
		t->out = fopen(path, e->o.append ? "ae" : "we");
		if (!t->out) {
			if (!e->failed)
				fprintf(stderr, "kstrace: Can't fopen '%s': %s\n",
					path, strerror(errno));
			e->failed = true;
			t->out = fopen("/dev/null", "we");
			if (!t->out)
				die_oom();
		}
	}
	return t->out;
}

static void put_time(struct ev_state *e, struct sbuf *b, uint64_t mono)
{
	static const long scale[] = { 1000000000, 100000000, 10000000,
				      1000000, 100000, 10000, 1000, 100,
				      10, 1 };
	int64_t ns = (int64_t)mono + e->o.realtime_offset;
	time_t sec = ns / 1000000000;
	long frac = ns % 1000000000;
	struct tm tm;
	char buf[32];

	switch (e->o.ts) {
	case TS_NONE:
		return;
	case TS_UNIX:
		snprintf(buf, sizeof(buf), "%lld", (long long)sec);
		break;
	case TS_TIME:
		localtime_r(&sec, &tm);
		strftime(buf, sizeof(buf), "%H:%M:%S", &tm);
		break;
	}
	if (e->o.ts_width)
		sb_printf(b, "%s.%0*ld ", buf, e->o.ts_width,
			  frac / scale[e->o.ts_width]);
	else
		sb_printf(b, "%s ", buf);
}

/* -r: the time since the previous line, as strace's printleader() */
static void put_relative(struct ev_state *e, struct sbuf *b, uint64_t ts)
{
	static const long scale[] = { 1000000000, 100000000, 10000000,
				      1000000, 100000, 10000, 1000, 100,
				      10, 1 };
	uint64_t d = e->any_line && ts > e->last_ts ? ts - e->last_ts : 0;

	if (!e->o.relative)
		return;
	sb_printf(b, "%s%6" PRIu64, e->o.ts != TS_NONE ? "(+" : "",
		  d / 1000000000);
	if (e->o.rel_width)
		sb_printf(b, ".%0*" PRIu64, e->o.rel_width,
			  (d % 1000000000) / scale[e->o.rel_width]);
	sb_puts(b, e->o.ts != TS_NONE ? ") " : " ");
}

static bool many_tasks(const struct ev_state *e)
{
	return e->live + e->nborn > 1;
}

/*
 * leader_as - what starts a line: the pid prefix, the times, -n's
 * number and -i's pointer. strace decides on "[pid N] " when it starts
 * a line, so a call's line uses what was true when the call began (many).
 */
static void leader_full(struct ev_state *e, struct task *t, uint64_t ts,
			bool many, unsigned int nr, uint64_t ip,
			unsigned int abi)
{
	sb_reset(&e->line);
	switch (e->o.pfx) {
	case PFX_ALWAYS:
		sb_putu_width(&e->line, t->vtid, -5);
		sb_putc(&e->line, ' ');
		break;
	case PFX_AUTO:
		if (!many)
			break;
		sb_puts(&e->line, "[pid ");
		sb_putu_width(&e->line, t->vtid, 5);
		sb_puts(&e->line, "] ");
		break;
	case PFX_NONE:
		break;
	}
	put_time(e, &e->line, ts);
	put_relative(e, &e->line, ts);
	e->last_ts = ts;
	e->any_line = true;
	if (e->o.nflag)
		sb_printf(&e->line, "[%4u] ", nr);
	if (!e->o.iflag)
		return;
	if (ip)
		sb_printf(&e->line, abi == KSTRACE_ABI_COMPAT ? "[%08" PRIx64 "] " :
			  "[%016" PRIx64 "] ", ip);
	else
		sb_puts(&e->line, abi == KSTRACE_ABI_COMPAT ? "[????????] " :
			"[????????????????] ");
}

static void leader_as(struct ev_state *e, struct task *t, uint64_t ts,
		      bool many)
{
	leader_full(e, t, ts, many, t->last_nr, 0, t->abi);
}

static void leader(struct ev_state *e, struct task *t, uint64_t ts)
{
	leader_as(e, t, ts, many_tasks(e));
}

/* The leader of the line of t's call in flight. */
static void call_leader(struct ev_state *e, struct task *t, uint64_t ts,
			bool many)
{
	leader_full(e, t, ts, many, t->enter->nr, t->ip, t->enter->abi);
}

/* end_open - t's open line gets END and its newline. */
static void end_open(struct ev_state *e, struct task *t, const char *end)
{
	FILE *f = task_out(e, t);

	fputs(end, f);
	fputc('\n', f);
	t->open = false;
	if (e->cur == t)
		e->cur = NULL;
}

static const char *call_name(const struct kstrace_rec *r, char *buf,
			     size_t len)
{
	return sysname(r->abi, r->nr, buf, len);
}

static struct dctx ctx_of(struct ev_state *e, struct task *t,
			  const struct kstrace_rec *r);

/* render_entry - "name(args" of t's call in flight into e->line. */
static void render_entry(struct ev_state *e, struct task *t)
{
	struct dctx c = ctx_of(e, t, t->enter);
	char nb[SYSNAME_MAX];

	sb_reset(&e->a);
	sb_reset(&e->b);
	decode_args(&c, t->enter, NULL, &e->a, &e->b, &t->late);
	call_leader(e, t, t->enter->ts, t->many);
	sb_puts(&e->line, call_name(t->enter, nb, sizeof(nb)));
	sb_putc(&e->line, '(');
	sb_putn(&e->line, sb_str(&e->a), e->a.len);
}

/*
 * cut - t's call in flight gets " <unfinished ...>": another line comes
 * before its end (strace's printleader()).
 */
static void cut(struct ev_state *e, struct task *t)
{
	FILE *f;

	if (t->open) {
		end_open(e, t, " <unfinished ...>");
	} else if (t->enter && !t->unfinished) {
		render_entry(e, t);
		sb_puts(&e->line, " <unfinished ...>\n");
		f = task_out(e, t);
		fwrite(e->line.s, 1, e->line.len, f);
	}
	t->unfinished = t->enter != NULL;
	if (e->cur == t)
		e->cur = NULL;
}

/* Did an input of the call r fault at entry (not resident)? */
static bool faulted_input(const struct kstrace_rec *r)
{
	const struct kstrace_cap *cap;
	unsigned int i;

	for (i = 0; i < 6; i++) {
		cap = rec_cap(r, i);
		if (cap && (cap->flags & KSTRACE_CAP_FAULT))
			return true;
	}
	return false;
}

/*
 * defer_cut - an interleaved call whose input faulted at entry is not cut
 * when another task's line comes: the module copies that input again at
 * exit, after the kernel has read it, and strace shows it whole. So the
 * call is printed whole at its end, after the other lines, instead of
 * cut with an address; one still in flight after DEFER_NS, or when
 * DEFER_MAX are held, is cut as any other (cut_deferred()).
 */
static bool defer_cut(struct ev_state *e, struct task *t)
{
	if (t->deferred)
		return true;
	if (e->hold || t->open || !t->enter || t->unfinished ||
	    e->ndeferred == DEFER_MAX || !faulted_input(t->enter))
		return false;
	t->deferred = true;
	t->defer_ms = mono_ms();
	t->many = true;		/* its line comes after another task's */
	e->deferred[e->ndeferred++] = t;
	if (e->cur == t)
		e->cur = NULL;
	return true;
}

static void undefer(struct ev_state *e, struct task *t)
{
	unsigned int i;

	if (!t->deferred)
		return;
	t->deferred = false;
	for (i = 0; i < e->ndeferred; i++)
		if (e->deferred[i] == t) {
			e->deferred[i] = e->deferred[--e->ndeferred];
			break;
		}
}

/* The interleaved line held or open is cut, or its call deferred. */
static void cut_cur(struct ev_state *e)
{
	if (!defer_cut(e, e->cur))
		cut(e, e->cur);
}

/*
 * line_begin - a new line for t is about to be written: the line held or
 * left open on its output (the shared one's, or t's own with -ff) is cut,
 * unless it is the one this line completes (self's call).
 */
static void line_begin(struct ev_state *e, struct task *t, struct task *self)
{
	if (e->interleave) {
		if (e->cur && e->cur != self)
			cut_cur(e);
	} else if (t && t != self && !e->hold &&
		   (t->open || (t->enter && !t->unfinished))) {
		cut(e, t);
	}
}

static void line_out(struct ev_state *e, struct task *t)
{
	FILE *f = task_out(e, t);

	sb_putc(&e->line, '\n');
	fwrite(e->line.s, 1, e->line.len, f);
}

/* ") " then spaces to -a's column then "= ": strace's tabto(). */
static void tab_to_ret(struct ev_state *e, size_t col)
{
	sb_puts(&e->line, ") ");
	if (col + e->line.len < e->o.column)
		sb_pad(&e->line, ' ', e->o.column - col - e->line.len);
	sb_puts(&e->line, "= ");
}

static const char *ev_fd_path(const struct dctx *c, int fd, char *buf,
			      size_t len)
{
	struct ev_state *e = c->priv;

	return fdtab_path(e->fds, c->tgid, c->pid, fd, buf, len);
}

static const char *ev_fd_proto(const struct dctx *c, int fd)
{
	struct ev_state *e = c->priv;

	return fdtab_proto(e->fds, c->tgid, fd);
}

/* Is the call r in the syscall set s (dflt: s is not given)? */
static bool in_set(const struct tracesel *s, const struct kstrace_rec *r,
		   bool dflt)
{
	return s ? tracesel_has(s, r->abi, r->nr) : dflt;
}

static struct dctx ctx_of(struct ev_state *e, struct task *t,
			  const struct kstrace_rec *r)
{
	struct dctx c = {
		.abi = r->abi,
		.pid = t->vtid,
		.tgid = t->vpid,
		.decode_fds = e->o.decode_fds,
		.decode_socks = e->o.decode_socks,
		.decode_devs = e->o.decode_devs,
		.strsize = e->o.strsize,
		.verbose = !in_set(e->o.abbrev, r, true),
		.no_deref = !in_set(e->o.deref, r, true),
		.raw = in_set(e->o.raw, r, false),
		.xflag = e->o.xflag,
		.fd_path = e->fds && e->o.decode_fds ? ev_fd_path : NULL,
		.fd_proto = e->fds && e->o.decode_socks ? ev_fd_proto : NULL,
		.priv = e,
	};

	return c;
}

/*
 * fd_update - -y: what the call en/x did to the descriptors, once; after
 * its arguments are decoded and before its return value is. Once per EXIT
 * record fed, whose position in the stream tells it: not its time, which
 * a coarse clock (jiffies) gives to many calls.
 */
static void fd_update(struct ev_state *e, struct task *t,
		      const struct kstrace_rec *en, const struct kstrace_rec *x)
{
	if (!e->fds || !en || !x || t->fd_applied == e->records)
		return;
	t->fd_applied = e->records;
	fdtab_apply(e->fds, en, x);
}

/*
 * Descriptors a call made show with their names in its own line, as in
 * strace's "pipe2([3<pipe:[45]>, 4<pipe:[45]>], 0)": the table learns them
 * before the arguments are printed. (Other calls' arguments, close's, are
 * the table's state before the call.)
 */
static void fd_update_made(struct ev_state *e, struct task *t,
			   const struct kstrace_rec *en, const struct kstrace_rec *x)
{
	if (e->fds && x && rec_cap_kind(x, KSTRACE_CAP_FDNAME))
		fd_update(e, t, en, x);
}

static void put_duration(struct ev_state *e, const struct kstrace_rec *x)
{
	static const uint64_t scale[] = { 1000000000, 100000000, 10000000,
					  1000000, 100000, 10000, 1000, 100,
					  10, 1 };
	uint64_t d = x->exit.duration_ns;

	if (!e->o.durations)
		return;
	sb_printf(&e->line, " <%" PRIu64, d / 1000000000);
	if (e->o.dur_width)
		sb_printf(&e->line, ".%0*" PRIu64, e->o.dur_width,
			  (d % 1000000000) / scale[e->o.dur_width]);
	sb_putc(&e->line, '>');
}

/*
 * -e read=/write=: strace's dump of the data after the call's line, when
 * its descriptor is in one of the sets.
 */
static void put_dump(struct ev_state *e, struct task *t, const struct dctx *c,
		     const struct kstrace_rec *en, const struct kstrace_rec *x)
{
	int fd;
	bool rd, wr;

	if (!en || (!e->o.rd && !e->o.wr))
		return;
	fd = (int)en->enter.args[0];
	rd = fdsel_has(e->o.rd, fd);
	wr = fdsel_has(e->o.wr, fd);
	if (!rd && !wr)
		return;
	sb_reset(&e->line);
	decode_dump(c, en, x, rd, wr, &e->line);
	if (!e->line.len)
		return;
	fwrite(e->line.s, 1, e->line.len, task_out(e, t));
}

/* A whole call: "name(args) = ret". */
static void print_call(struct ev_state *e, struct task *t,
		       const struct kstrace_rec *en, const struct kstrace_rec *x)
{
	struct dctx c = ctx_of(e, t, en);
	char nb[SYSNAME_MAX];
	bool late;

	line_begin(e, t, t);
	sb_reset(&e->a);
	sb_reset(&e->b);
	sb_reset(&e->r);
	fd_update_made(e, t, en, x);
	decode_args(&c, en, x, &e->a, &e->b, &late);
	fd_update(e, t, en, x);
	decode_ret(&c, en, x, &e->r);
	call_leader(e, t, en->ts, t->many);
	sb_puts(&e->line, call_name(en, nb, sizeof(nb)));
	sb_putc(&e->line, '(');
	sb_putn(&e->line, sb_str(&e->a), e->a.len);
	sb_putn(&e->line, sb_str(&e->b), e->b.len);
	tab_to_ret(e, 0);
	sb_puts(&e->line, sb_str(&e->r));
	put_duration(e, x);
	line_out(e, t);
	put_dump(e, t, &c, en, x);
}

/* The rest of an open line: "args) = ret". */
static void print_rest(struct ev_state *e, struct task *t,
		       const struct kstrace_rec *en, const struct kstrace_rec *x)
{
	struct dctx c = ctx_of(e, t, en);
	bool late;

	sb_reset(&e->a);
	sb_reset(&e->b);
	sb_reset(&e->r);
	fd_update_made(e, t, en, x);
	decode_args(&c, en, x, &e->a, &e->b, &late);
	fd_update(e, t, en, x);
	decode_ret(&c, en, x, &e->r);
	sb_reset(&e->line);
	sb_puts(&e->line, sb_str(&e->b));
	tab_to_ret(e, t->col);
	sb_puts(&e->line, sb_str(&e->r));
	put_duration(e, x);
	t->open = false;
	if (e->cur == t)
		e->cur = NULL;
	line_out(e, t);
	put_dump(e, t, &c, en, x);
}

/* "<... name resumed>rest) = ret"; en may be NULL (entry never seen). */
static void print_resumed(struct ev_state *e, struct task *t,
			  const struct kstrace_rec *en,
			  const struct kstrace_rec *x)
{
	struct dctx c = ctx_of(e, t, x);
	char nb[SYSNAME_MAX];
	bool late;

	line_begin(e, t, t);
	sb_reset(&e->a);
	sb_reset(&e->b);
	sb_reset(&e->r);
	fd_update_made(e, t, en, x);
	if (en)
		decode_args(&c, en, x, &e->a, &e->b, &late);
	fd_update(e, t, en, x);
	decode_ret(&c, en, x, &e->r);
	leader_full(e, t, x->ts, many_tasks(e), x->nr, t->ip, x->abi);
	sb_printf(&e->line, "<... %s resumed>%s", call_name(x, nb, sizeof(nb)),
		  sb_str(&e->b));
	tab_to_ret(e, 0);
	sb_puts(&e->line, sb_str(&e->r));
	put_duration(e, x);
	line_out(e, t);
	put_dump(e, t, &c, en, x);
}

/* The task ended inside the call it entered: "... = ?". */
static void print_no_return(struct ev_state *e, struct task *t, uint64_t ts)
{
	struct dctx c = ctx_of(e, t, t->enter);
	char nb[SYSNAME_MAX];
	bool late;

	if (t->open) {
		sb_reset(&e->line);
		if (t->late)
			sb_puts(&e->line, " <unfinished ...>");
		tab_to_ret(e, t->col);
		sb_putc(&e->line, '?');
		t->open = false;
		if (e->cur == t)
			e->cur = NULL;
		line_out(e, t);
		return;
	}
	line_begin(e, t, t);
	sb_reset(&e->a);
	sb_reset(&e->b);
	decode_args(&c, t->enter, NULL, &e->a, &e->b, &late);
	if (t->unfinished) {
		leader_full(e, t, ts, many_tasks(e), t->enter->nr, t->ip,
			    t->enter->abi);
		sb_printf(&e->line, "<... %s resumed>%s",
			  call_name(t->enter, nb, sizeof(nb)),
			  late ? " <unfinished ...>" : "");
	} else {
		call_leader(e, t, t->enter->ts, t->many);
		sb_printf(&e->line, "%s(%s%s",
			  call_name(t->enter, nb, sizeof(nb)), sb_str(&e->a),
			  late ? " <unfinished ...>" : "");
	}
	tab_to_ret(e, 0);
	sb_putc(&e->line, '?');
	line_out(e, t);
}

/* Is signal sig shown (-e signal=)? */
static bool sig_shown(const struct ev_state *e, int sig)
{
	return !e->o.signals || numset_has(e->o.signals, sig);
}

static void print_exit_status(struct ev_state *e, struct task *t, int code,
			      uint64_t ts)
{
	int sig = code & 0x7f;
	char buf[32];
	const char *name;

	if (!sig) {
		if (!say(e, Q_EXIT))
			return;
		line_begin(e, t, NULL);
		leader(e, t, ts);
		sb_printf(&e->line, "+++ exited with %d +++", (code >> 8) & 0xff);
	} else if (sig != 0x7f) {
		if (!sig_shown(e, sig))
			return;
		line_begin(e, t, NULL);
		leader(e, t, ts);
		name = signal_name(sig, buf, sizeof(buf));
		if (name)
			sb_printf(&e->line, "+++ killed by %s %s+++", name,
				  (code & 0x80) ? "(core dumped) " : "");
		else
			sb_printf(&e->line, "+++ killed by %d %s+++", sig,
				  (code & 0x80) ? "(core dumped) " : "");
	} else {
		return;
	}
	line_out(e, t);
}

/* ---- JSON ---- */

static const char *cap_kind_name(unsigned int kind)
{
	switch (kind) {
	case KSTRACE_CAP_PATH:
		return "path";
	case KSTRACE_CAP_STR:
		return "str";
	case KSTRACE_CAP_BUF:
		return "buf";
	case KSTRACE_CAP_ARGV:
		return "argv";
	default:
		return "unknown";
	}
}

static void json_caps(struct json *j, const struct kstrace_rec *r)
{
	const struct kstrace_cap *cap;
	const char *s, *end;
	unsigned int i;
	size_t n;

	for_each_cap(r, cap, i) {
		json_object_begin(j);
		json_key(j, "arg");
		json_u64(j, cap->arg);
		json_key(j, "kind");
		json_string(j, cap_kind_name(cap->kind));
		if (cap->flags & KSTRACE_CAP_FAULT) {
			json_key(j, "fault");
			json_bool(j, true);
		}
		if (cap->flags & KSTRACE_CAP_TRUNC) {
			json_key(j, "truncated");
			json_bool(j, true);
		}
		if (cap->flags & KSTRACE_CAP_MORE) {
			json_key(j, "more");
			json_bool(j, true);
		}
		if (cap->kind == KSTRACE_CAP_BUF) {
			json_key(j, "full_len");
			json_u64(j, cap->full_len);
		}
		json_key(j, "data");
		if (cap->kind == KSTRACE_CAP_ARGV) {
			json_array_begin(j);
			s = cap_data(cap);
			end = s + cap->len;
			while (s < end) {
				n = strnlen(s, end - s);
				json_string_len(j, s, n);
				s += n + 1;
			}
			json_array_end(j);
		} else {
			json_string_len(j, cap_data(cap), cap->len);
		}
		json_object_end(j);
	}
}

static void json_head(struct json *j, const char *type,
		      const struct kstrace_rec *r, struct task *t)
{
	json_object_begin(j);
	json_key(j, "type");
	json_string(j, type);
	/* docs/json.md: readers check it before they trust a field */
	json_key(j, "version");
	json_u64(j, KSTRACE_JSON_VERSION);
	json_key(j, "ts");
	json_u64(j, r->ts);
	json_key(j, "cpu");
	json_u64(j, r->cpu);
	json_key(j, "pid");
	json_u64(j, t ? t->vpid : r->vpid);
	json_key(j, "tid");
	json_u64(j, t ? t->vtid : r->vtid);
}

static void json_end(struct json *j, FILE *f)
{
	json_object_end(j);
	fputc('\n', f);
}

/* One call; en or x may be NULL (an entry without exit, or the reverse). */
static void json_call(struct ev_state *e, struct task *t,
		      const struct kstrace_rec *en, const struct kstrace_rec *x)
{
	const struct kstrace_rec *r = en ? en : x;
	const struct sysent *se = sysent_get(r->abi, r->nr);
	unsigned int i, nargs = se ? se->nargs : 6;
	struct dctx c = ctx_of(e, t, r);
	FILE *f = task_out(e, t);
	char nb[SYSNAME_MAX];
	struct json j;
	bool late;
	int64_t ret;

	json_init(&j, f);
	json_head(&j, "syscall", r, t);
	json_key(&j, "name");
	json_string(&j, call_name(r, nb, sizeof(nb)));
	json_key(&j, "nr");
	json_u64(&j, r->nr);
	json_key(&j, "abi");
	json_u64(&j, r->abi);
	if (en) {
		sb_reset(&e->a);
		sb_reset(&e->b);
		decode_args(&c, en, x, &e->a, &e->b, &late);
		json_key(&j, "args");
		json_array_begin(&j);
		for (i = 0; i < nargs && i < 6; i++)
			json_u64(&j, en->abi == KSTRACE_ABI_COMPAT ?
				 (uint32_t)en->enter.args[i] :
				 en->enter.args[i]);
		json_array_end(&j);
		json_key(&j, "text");
		sb_puts(&e->a, sb_str(&e->b));
		json_string(&j, sb_str(&e->a));
	}
	fd_update(e, t, en, x);
	json_key(&j, "captures");
	json_array_begin(&j);
	if (en)
		json_caps(&j, en);
	if (x)
		json_caps(&j, x);
	json_array_end(&j);
	json_key(&j, "ret");
	if (x) {
		ret = x->exit.ret;
		json_i64(&j, ret);
		if (ret < 0 && ret >= -4095 && errno_name(-ret)) {
			json_key(&j, "errno");
			json_string(&j, errno_name(-ret));
		}
		sb_reset(&e->r);
		decode_ret(&c, en, x, &e->r);
		json_key(&j, "ret_text");
		json_string(&j, sb_str(&e->r));
		json_key(&j, "duration_ns");
		json_u64(&j, x->exit.duration_ns);
	} else {
		json_null(&j);
	}
	json_end(&j, f);
}

static void json_signame(struct json *j, int sig)
{
	char buf[32];
	const char *name = signal_name(sig, buf, sizeof(buf));

	if (name)
		json_string(j, name);
	else
		json_i64(j, sig);
}

static void json_sys_exit(struct ev_state *e, struct task *t,
			  const struct kstrace_rec *r)
{
	FILE *f = task_out(e, t);
	int code = r->task_exit.code, sig = code & 0x7f;
	struct json j;

	json_init(&j, f);
	json_head(&j, "exit", r, t);
	json_key(&j, "status");
	json_i64(&j, code);
	if (!sig) {
		json_key(&j, "exit_code");
		json_i64(&j, (code >> 8) & 0xff);
	} else if (sig != 0x7f) {
		json_key(&j, "signal");
		json_signame(&j, sig);
		json_key(&j, "core_dumped");
		json_bool(&j, code & 0x80);
	}
	json_key(&j, "group_dead");
	json_bool(&j, r->task_exit.group_dead);
	json_end(&j, f);
}

/* ---- the state machine ---- */

static void show_sent(struct ev_state *e, struct task *t);

static void hold(struct ev_state *e, struct task *t,
		 const struct kstrace_rec *r)
{
	free(t->enter);
	t->enter = malloc(r->size);
	if (!t->enter)
		die_oom();
	memcpy(t->enter, r, r->size);
	t->unfinished = false;
	t->open = false;
	t->many = many_tasks(e);
	if (e->interleave)
		e->cur = t;
}

static void release(struct ev_state *e, struct task *t)
{
	free(t->enter);
	t->enter = NULL;
	t->unfinished = false;
	t->open = false;
	t->synthetic = false;
	t->ip = 0;
	if (e->cur == t)
		e->cur = NULL;
	undefer(e, t);
}

static bool vtid_known(const struct ev_state *e, uint32_t vtid)
{
	const struct task *t;
	unsigned int i;

	for (i = 0; i < HASH_SIZE; i++)
		for (t = e->tasks[i]; t; t = t->next)
			if (t->vtid == vtid)
				return true;
	return false;
}

static bool is_fork(const struct kstrace_rec *x)
{
	char nb[SYSNAME_MAX];
	const char *n = call_name(x, nb, sizeof(nb));

	return !strcmp(n, "clone") || !strcmp(n, "clone3") ||
	       !strcmp(n, "fork") || !strcmp(n, "vfork");
}

/*
 * A child's pid, announced by the fork that made it: strace counts the
 * child from then on, before its first call (unless that came first).
 */
static void note_child(struct ev_state *e, const struct kstrace_rec *x)
{
	/* vtid_known() walks every task: last. */
	if (!e->o.follow || x->exit.ret <= 0 || !is_fork(x) ||
	    vtid_known(e, x->exit.ret))
		return;
	ids_add(&e->born, &e->nborn, &e->born_cap, x->exit.ret);
	announce(e, x->exit.ret);
}

static void mode_note(struct ev_state *e, struct task *t,
		      const struct kstrace_rec *r)
{
	if (r->abi == t->abi)
		return;
	t->abi = r->abi;
	if (!say(e, Q_PERSONALITY) || e->o.json)
		return;
	line_begin(e, t, NULL);
	leader(e, t, r->ts);
	sb_printf(&e->line, "[ Process PID=%u runs in %s mode. ]", t->vtid,
		  r->abi == KSTRACE_ABI_COMPAT ? "32 bit" : "64 bit");
	line_out(e, t);
}

static bool shows(const struct ev_state *e, enum ev_status st)
{
	return e->o.status & (1u << st);
}

/*
 * adopt - the call found in /proc at attach had not begun before the
 * attach after all: its real entry comes, and replaces it on its line.
 */
static bool adopt(struct task *t, const struct kstrace_rec *r)
{
	struct kstrace_rec *en = t->enter;

	if (!t->synthetic || en->nr != r->nr || en->abi != r->abi ||
	    memcmp(en->enter.args, r->enter.args, sizeof(en->enter.args)))
		return false;
	t->enter = malloc(r->size);
	if (!t->enter)
		die_oom();
	memcpy(t->enter, r, r->size);
	free(en);
	t->synthetic = false;
	return true;
}

/* -i: the instruction pointer the module recorded with an entry, or 0. */
static uint64_t rec_ip(const struct kstrace_rec *r)
{
	const struct kstrace_cap *cap;
	uint64_t ip = 0;
	unsigned int i;

	for_each_cap(r, cap, i)
		if (cap->kind == KSTRACE_CAP_IP && cap->arg == KSTRACE_CAP_ARG_REC &&
		    cap->len == sizeof(ip))
			memcpy(&ip, cap_data(cap), sizeof(ip));
	return ip;
}

static void on_enter(struct ev_state *e, struct task *t,
		     const struct kstrace_rec *r)
{
	if (t->enter && adopt(t, r))
		return;
	t->synthetic = false;
	if (t->enter) {
		/* the previous call never returned: its exit was lost */
		if (!e->hold)
			cut(e, t);
		release(e, t);
		show_sent(e, t);
	}
	mode_note(e, t, r);
	t->last_nr = r->nr;
	hold(e, t, r);
	if (e->o.iflag)
		t->ip = rec_ip(r);
}

static void on_sys_exit(struct ev_state *e, struct task *t,
			const struct kstrace_rec *r)
{
	const struct kstrace_rec *en = t->enter;

	t->last_nr = r->nr;
	if (en && (en->nr != r->nr || en->abi != r->abi)) {
		/* not this call's entry: lost records in between */
		if (!e->hold)
			cut(e, t);
		release(e, t);
		en = NULL;
	}
	if (e->o.json)
		json_call(e, t, en, r);
	else if (en && t->open)
		print_rest(e, t, en, r);
	else if (en && !t->unfinished)
		print_call(e, t, en, r);
	else
		print_resumed(e, t, en, r);
	e->calls++;
	note_child(e, r);
	release(e, t);
	show_sent(e, t);
}

/* CLOCK_MONOTONIC, the clock of the records' times. */
static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/*
 * strace prints a thread group leader's exit when its whole group is
 * gone, with the process's status: a leader that ends first (SYS_exit,
 * pthread_exit in main) waits for its group.
 */
static bool defer_exit(const struct ev_state *e,
		       const struct kstrace_rec *r)
{
	return !e->o.json && r->tid == r->pid && !r->task_exit.group_dead;
}

/* The pending leader of the process whose last thread r ended, if any. */
static void group_ended(struct ev_state *e, const struct kstrace_rec *r)
{
	struct task *l = task_find(e, r->pid);

	if (!l || !l->exit_pending)
		return;
	print_exit_status(e, l, r->task_exit.group_code, r->ts);
	task_drop(e, l);
}

static void on_task_exit(struct ev_state *e, struct task *t,
			 const struct kstrace_rec *r)
{
	if (t->enter) {
		if (e->o.json) {
			json_call(e, t, t->enter, NULL);
		} else if (shows(e, ST_UNFINISHED)) {
			print_no_return(e, t, r->ts);
			e->calls++;
		}
		release(e, t);
	}
	show_sent(e, t);
	if (defer_exit(e, r))
		t->exit_pending = true;
	else if (e->o.json)
		json_sys_exit(e, t, r);
	else
		print_exit_status(e, t, r->task_exit.code, r->ts);
	t->exited = true;
	if (e->live)
		e->live--;
	ids_del(e->born, &e->nborn, t->vtid);
	if (e->fds && r->task_exit.group_dead)
		fdtab_exit(e->fds, t->vpid);
	if (t->exit_pending)
		return;
	if (r->task_exit.group_dead && r->tid != r->pid)
		group_ended(e, r);
	task_drop(e, t);
}

bool ev_exit_pending(const struct ev_state *e)
{
	const struct task *t;
	unsigned int i;

	for (i = 0; i < HASH_SIZE; i++)
		for (t = e->tasks[i]; t; t = t->next)
			if (t->exit_pending)
				return true;
	return false;
}

void ev_group_exit(struct ev_state *e, pid_t vpid, int status)
{
	struct task *t, *next;
	unsigned int i;

	for (i = 0; i < HASH_SIZE; i++)
		for (t = e->tasks[i]; t; t = next) {
			next = t->next;
			if (t->exit_pending && (pid_t)t->vpid == vpid) {
				print_exit_status(e, t, status, now_ns());
				task_drop(e, t);
			}
		}
}

static void on_lost(struct ev_state *e, struct task *t,
		    const struct kstrace_rec *r)
{
	FILE *f;
	struct json j;

	e->lost += r->lost.count;
	if (e->o.json) {
		f = task_out(e, t);
		json_init(&j, f);
		json_head(&j, "lost", r, NULL);
		json_key(&j, "count");
		json_u64(&j, r->lost.count);
		json_end(&j, f);
		return;
	}
	line_begin(e, t, NULL);
	sb_reset(&e->line);
	put_time(e, &e->line, r->ts);
	sb_printf(&e->line, "--- lost %llu events ---",
		  (unsigned long long)r->lost.count);
	line_out(e, t);
}

/* ---- signals ---- */

static const char *sig_action_name(unsigned int action)
{
	switch (action & ~KSTRACE_SIG_SENT) {
	case KSTRACE_SIG_HANDLER:
		return "handler";
	case KSTRACE_SIG_IGNORE:
		return "ignore";
	case KSTRACE_SIG_STOP:
		return "stop";
	case KSTRACE_SIG_TERM:
		return "terminate";
	default:
		return "unknown";
	}
}

/* The siginfo_t of a SIGNAL record, as strace's printsiginfo() prints it. */
static void put_siginfo(struct ev_state *e, struct task *t,
			const struct kstrace_rec *r, struct sbuf *b)
{
	const struct kstrace_cap *cap = rec_cap(r, 0);
	struct dctx c = ctx_of(e, t, r);
	static const uint64_t noargs[6];
	struct pctx p = {
		.c = &c,
		.name = "",
		.args = noargs,
		.enter = r,
		.arg = 0,
		.in = cap,
	};

	if (!cap || cap->kind != KSTRACE_CAP_SIGINFO ||
	    (cap->flags & KSTRACE_CAP_FAULT))
		sb_puts(b, "{}");
	else
		print_siginfo(b, &p, cap);
}

/*
 * A signal that the task never dequeues (KSTRACE_SIG_SENT) shows, as in
 * strace, where the task returns to user space: after the call it was
 * sent during.
 */
static void keep_sent(struct task *t, const struct kstrace_rec *r)
{
	struct kstrace_rec **sent = realloc(t->sent, (t->nsent + 1) * sizeof(*sent));

	if (!sent)
		die_oom();
	t->sent = sent;
	sent[t->nsent] = malloc(r->size);
	if (!sent[t->nsent])
		die_oom();
	memcpy(sent[t->nsent++], r, r->size);
}

/*
 * on_signal - "--- SIGUSR1 {si_signo=SIGUSR1, ...} ---" for a signal
 * delivered to t, and "--- stopped by SIGSTOP ---" when it stops t's
 * group, as strace prints its signal-delivery and group stops.
 */
static void on_signal(struct ev_state *e, struct task *t,
		      const struct kstrace_rec *r)
{
	int sig = r->signal.signo;
	char buf[32];
	const char *name = signal_name(sig, buf, sizeof(buf));
	FILE *f;
	struct json j;

	if (!sig_shown(e, sig))
		return;
	if ((r->signal.action & KSTRACE_SIG_SENT) && t->enter) {
		keep_sent(t, r);
		return;
	}
	if (e->o.json) {
		f = task_out(e, t);
		sb_reset(&e->a);
		put_siginfo(e, t, r, &e->a);
		json_init(&j, f);
		json_head(&j, "signal", r, t);
		json_key(&j, "signo");
		json_u64(&j, sig);
		json_key(&j, "signal");
		json_signame(&j, sig);
		json_key(&j, "action");
		json_string(&j, sig_action_name(r->signal.action));
		json_key(&j, "siginfo");
		json_string(&j, sb_str(&e->a));
		json_end(&j, f);
		return;
	}
	line_begin(e, t, NULL);
	leader(e, t, r->ts);
	if (name)
		sb_printf(&e->line, "--- %s ", name);
	else
		sb_printf(&e->line, "--- %d ", sig);
	put_siginfo(e, t, r, &e->line);
	sb_puts(&e->line, " ---");
	line_out(e, t);
	if ((r->signal.action & ~KSTRACE_SIG_SENT) != KSTRACE_SIG_STOP)
		return;
	leader(e, t, r->ts);
	if (name)
		sb_printf(&e->line, "--- stopped by %s ---", name);
	else
		sb_printf(&e->line, "--- stopped by %d ---", sig);
	line_out(e, t);
}

static void show_sent(struct ev_state *e, struct task *t)
{
	unsigned int i, n = t->nsent;

	t->nsent = 0;
	for (i = 0; i < n; i++) {
		on_signal(e, t, t->sent[i]);
		free(t->sent[i]);
	}
}

/* ---- kernel function probes ---- */

/* probe_name - FUNC of probe IDX, "#IDX" when --kprobe did not name it. */
static const char *probe_name(const struct ev_state *e, unsigned int idx,
			      char *buf, size_t len)
{
	if (idx < e->o.nprobes && e->o.probes[idx].func)
		return e->o.probes[idx].func;
	snprintf(buf, len, "#%u", idx);
	return buf;
}

/* A kretprobe's hit has a value; one of an unnamed probe may have too. */
static bool probe_has_ret(const struct ev_state *e, unsigned int idx)
{
	return idx >= e->o.nprobes || e->o.probes[idx].ret;
}

/* probe_ret - a kernel function's return: errno, pointer or number. */
static void probe_ret(struct sbuf *b, int64_t ret)
{
	const char *name;

	if (ret < 0 && ret >= -4095) {
		name = errno_name(-ret);
		if (name)
			sb_printf(b, "%" PRId64 " %s (%s)", ret, name,
				  strerror(-ret));
		else
			sb_printf(b, "%" PRId64, ret);
	} else if (ret < 0 || ret > 0xffffffffLL) {
		sb_printf(b, "%#" PRIx64, (uint64_t)ret);
	} else {
		sb_printf(b, "%" PRId64, ret);
	}
}

/*
 * on_probe - "kprobe:FUNC() = RET <DURATION>" for a kretprobe's hit,
 * "kprobe:FUNC()" for a kprobe's. A hit inside a syscall of the same
 * task comes after that syscall's line was cut "<unfinished ...>".
 */
static void on_probe(struct ev_state *e, struct task *t,
		     const struct kstrace_rec *r)
{
	bool has_ret = probe_has_ret(e, r->nr);
	FILE *f;
	char nb[16];
	const char *name = probe_name(e, r->nr, nb, sizeof(nb));
	struct json j;

	if (e->o.json) {
		f = task_out(e, t);
		json_init(&j, f);
		json_head(&j, "kprobe", r, t);
		json_key(&j, "func");
		json_string(&j, name);
		json_key(&j, "kind");
		json_string(&j, r->nr < e->o.nprobes ?
			    (has_ret ? "kretprobe" : "kprobe") : "unknown");
		json_key(&j, "idx");
		json_u64(&j, r->nr);
		if (has_ret) {
			json_key(&j, "ret");
			json_i64(&j, r->exit.ret);
			if (r->exit.ret < 0 && r->exit.ret >= -4095 &&
			    errno_name(-r->exit.ret)) {
				json_key(&j, "errno");
				json_string(&j, errno_name(-r->exit.ret));
			}
			json_key(&j, "duration_ns");
			json_u64(&j, r->exit.duration_ns);
		}
		json_end(&j, f);
		return;
	}
	line_begin(e, t, NULL);
	leader(e, t, r->ts);
	sb_printf(&e->line, "kprobe:%s()", name);
	if (has_ret) {
		sb_puts(&e->line, " = ");
		probe_ret(&e->line, r->exit.ret);
		put_duration(e, r);
	}
	line_out(e, t);
}

/* ---- what is shown ---- */

static bool is_error(int64_t ret)
{
	return ret < 0 && ret >= -4095;
}

struct fdq {
	struct ev_state *e;
	struct task *t;
};

static const char *fdq_path(void *arg, int fd, char *buf, size_t len)
{
	struct fdq *q = arg;

	return fdtab_path(q->e->fds, q->t->vpid, q->t->vtid, fd, buf, len);
}

/* wanted - what the module would have streamed (--format-events), -P. */
static bool wanted(struct ev_state *e, struct task *t,
		   const struct kstrace_rec *r)
{
	struct fdq q = { e, t };
	char nb[16];
	bool err;

	if (r->type == KSTRACE_REC_PROBE) {
		if (!tracesel_has_probe(e->o.sel, probe_name(e, r->nr, nb,
							     sizeof(nb))))
			return false;
		/* -z/-Z: by the return value, which a kprobe does not see */
		if (!probe_has_ret(e, r->nr))
			return true;
		return shows(e, is_error(r->exit.ret) ? ST_FAILED :
				ST_SUCCESSFUL);
	}
	if ((r->type == KSTRACE_REC_ENTER || r->type == KSTRACE_REC_EXIT) &&
	    !tracesel_has(e->o.sel, r->abi, r->nr))
		return false;
	if (e->o.paths && r->type == KSTRACE_REC_ENTER) {
		t->pfiltered = !pathsel_match(e->o.paths, r, fdq_path, &q);
		return !t->pfiltered;
	}
	if (e->o.paths && r->type == KSTRACE_REC_EXIT) {
		if (t->pfiltered || !t->enter) {
			t->pfiltered = false;
			return false;
		}
	}
	if (r->type != KSTRACE_REC_EXIT)
		return true;
	err = is_error(r->exit.ret);
	return shows(e, err ? ST_FAILED : ST_SUCCESSFUL);
}

/* -y, -P: a call not shown still changes the descriptors */
static void fd_unseen(struct ev_state *e, struct task *t,
		      const struct kstrace_rec *r)
{
	const struct kstrace_rec *en;

	if (r->type == KSTRACE_REC_ENTER && fdtab_wants(r->abi, r->nr)) {
		free(t->fdenter);
		t->fdenter = malloc(r->size);
		if (!t->fdenter)
			die_oom();
		memcpy(t->fdenter, r, r->size);
	} else if (r->type == KSTRACE_REC_EXIT) {
		en = t->enter && t->enter->nr == r->nr ? t->enter :
		     t->fdenter && t->fdenter->nr == r->nr ? t->fdenter : NULL;
		fd_update(e, t, en, r);
		free(t->fdenter);
		t->fdenter = NULL;
	}
}

/* ---- -b execve ---- */

static bool is_execve(const struct kstrace_rec *r)
{
	char nb[SYSNAME_MAX];
	const char *n = call_name(r, nb, sizeof(nb));

	return !strcmp(n, "execve") || !strcmp(n, "execveat");
}

/*
 * detach_on_exec - -b execve: a task whose execve succeeded is let go,
 * but the command's first (the one tracing starts with). Its call is
 * shown "<detached ...>" as strace shows it; then nothing of it, nor of
 * the children it makes after.
 */
static bool detach_on_exec(struct ev_state *e, struct task *t,
			   const struct kstrace_rec *r)
{
	FILE *f;

	if (!e->o.detach_on_execve || r->type != KSTRACE_REC_EXIT ||
	    r->exit.ret != 0 || !is_execve(r))
		return false;
	if (!t->execd && (pid_t)t->vpid == e->o.command &&
	    !e->command_gone) {
		t->execd = true;
		return false;
	}
	if (t->open) {
		end_open(e, t, " <detached ...>");
	} else if (t->enter && !t->unfinished && !e->hold) {
		line_begin(e, t, t);
		render_entry(e, t);
		sb_puts(&e->line, " <detached ...>\n");
		f = task_out(e, t);
		fwrite(e->line.s, 1, e->line.len, f);
	}
	if (e->fds)
		fd_unseen(e, t, r);
	if ((pid_t)t->vpid == e->o.command)
		e->command_gone = true;
	if (say(e, Q_ATTACH) && e->o.announce && !e->o.json) {
		fflush(e->out);
		fprintf(stderr, "kstrace: Process %u detached\n", t->vtid);
	}
	ids_add(&e->gone, &e->ngone, &e->gone_cap, t->vtid);
	t->exited = true;
	if (e->live)
		e->live--;
	task_drop(e, t);
	return true;
}

/* A record of a task let go: its forks let their children go too. */
static bool let_go(struct ev_state *e, const struct kstrace_rec *r)
{
	uint32_t vtid = r->vtid ? r->vtid : r->tid;

	if (!e->ngone || !ids_has(e->gone, e->ngone, vtid))
		return false;
	if (r->type == KSTRACE_REC_EXIT && r->exit.ret > 0 && is_fork(r))
		ids_add(&e->gone, &e->ngone, &e->gone_cap, r->exit.ret);
	return true;
}

/*
 * Deferred calls in flight since before @now - DEFER_NS are cut; with @now
 * 0 (the stream is quiet), those deferred DEFER_IDLE_MS ago.
 */
static void cut_deferred(struct ev_state *e, uint64_t now)
{
	int64_t ms = now ? 0 : mono_ms();
	struct task *t;
	unsigned int i = e->ndeferred;

	while (i--) {
		t = e->deferred[i];
		if (now ? t->enter->ts + DEFER_NS > now :
			  ms - t->defer_ms < DEFER_IDLE_MS)
			continue;
		undefer(e, t);
		if (e->cur && e->cur->open)
			cut(e, e->cur);
		cut(e, t);
	}
}

static void one_record(struct ev_state *e, const struct kstrace_rec *r)
{
	struct task *t;

	e->records++;
	if (r->version != KSTRACE_REC_VERSION)
		return;
	if (r->type < KSTRACE_REC_ENTER || r->type > KSTRACE_REC_SIGNAL)
		return;		/* a newer record type: skip it */
	if (let_go(e, r) || ev_limit_reached(e))
		return;
	/* a task is known (for "[pid N] ") even by the calls not shown */
	t = task_get(e, r);
	if (detach_on_exec(e, t, r))
		return;
	if (!wanted(e, t, r)) {
		if (e->fds)
			fd_unseen(e, t, r);
		if (r->type == KSTRACE_REC_EXIT && t->enter &&
		    t->enter->nr == r->nr) {
			/* -z, -Z, -P: the call held is not shown */
			if (e->cur == t)
				e->cur = NULL;
			release(e, t);
		}
		return;
	}

	if (e->ndeferred)
		cut_deferred(e, r->ts);
	switch (r->type) {
	case KSTRACE_REC_ENTER:
		/* the interleaved line held or open is another's: cut it */
		if (e->interleave && e->cur && e->cur != t)
			cut_cur(e);
		on_enter(e, t, r);
		break;
	case KSTRACE_REC_EXIT:
		on_sys_exit(e, t, r);
		break;
	case KSTRACE_REC_TASK_EXIT:
		on_task_exit(e, t, r);
		break;
	case KSTRACE_REC_LOST:
		on_lost(e, t, r);
		break;
	case KSTRACE_REC_PROBE:
		on_probe(e, t, r);
		break;
	case KSTRACE_REC_SIGNAL:
		on_signal(e, t, r);
		break;
	}
}

int ev_feed(struct ev_state *e, const void *buf, size_t len)
{
	const char *p = buf;
	size_t n, need;
	char *nc;

	/* complete a record cut by the previous read */
	while (e->carry_len && len) {
		need = e->carry_len < sizeof(struct kstrace_rec) ?
		       sizeof(struct kstrace_rec) :
		       ((const struct kstrace_rec *)e->carry)->size;
		if (need < sizeof(struct kstrace_rec) || need > KSTRACE_REC_MAX)
			return -1;
		n = need - e->carry_len;
		if (n > len)
			n = len;
		memcpy(e->carry + e->carry_len, p, n);
		e->carry_len += n;
		p += n;
		len -= n;
		if (e->carry_len < sizeof(struct kstrace_rec))
			continue;
		need = ((const struct kstrace_rec *)e->carry)->size;
		if (e->carry_len < need)
			continue;
		if (!rec_check(e->carry, e->carry_len))
			return -1;
		one_record(e, (const struct kstrace_rec *)e->carry);
		e->carry_len = 0;
	}
	while (len) {
		if (len >= sizeof(struct kstrace_rec)) {
			n = ((const struct kstrace_rec *)p)->size;
			if (n < sizeof(struct kstrace_rec) ||
			    n > KSTRACE_REC_MAX || n % 8)
				return -1;
			if (n <= len) {
				if (!rec_check(p, n))
					return -1;
				if ((uintptr_t)p % 8) {
					/* a read that split a record oddly */
					if (!e->carry) {
						e->carry = malloc(KSTRACE_REC_MAX);
						if (!e->carry)
							die_oom();
					}
					memcpy(e->carry, p, n);
					one_record(e, (const struct kstrace_rec *)e->carry);
				} else {
					one_record(e, (const struct kstrace_rec *)p);
				}
				p += n;
				len -= n;
				continue;
			}
		}
		if (!e->carry) {
			nc = malloc(KSTRACE_REC_MAX);
			if (!nc)
				die_oom();
			e->carry = nc;
		}
		memcpy(e->carry, p, len);
		e->carry_len = len;
		len = 0;
	}
	/*
	 * Lines reach the output a read's worth at a time, whole: one write
	 * per line was a tenth of the reader's cost. -ff's files are
	 * flushed when they close.
	 */
	if (!e->o.ff_prefix)
		fflush(e->out);
	return 0;
}

/* ---- live output ---- */

/* open_line - t's held call is written as strace writes it at entry. */
static void open_line(struct ev_state *e, struct task *t)
{
	FILE *f = task_out(e, t);

	render_entry(e, t);
	fwrite(e->line.s, 1, e->line.len, f);
	fflush(f);
	t->open = true;
	t->col = e->line.len;
}

static bool held_call(const struct ev_state *e, const struct task *t)
{
	return t->enter && !t->open && !t->unfinished && e->o.live && !e->hold;
}

/*
 * ev_break - lines of another kind follow on the shared output (an
 * --interval table): a call written open there is cut, as strace cuts it
 * for another task's line; one still held is not written yet.
 */
void ev_break(struct ev_state *e)
{
	if (e->interleave && e->cur && e->cur->open)
		cut(e, e->cur);
}

bool ev_pending(const struct ev_state *e)
{
	const struct task *t;
	unsigned int i;

	if (e->interleave)
		return (e->cur && held_call(e, e->cur)) || e->ndeferred;
	if (!e->o.live || e->hold)
		return false;
	for (i = 0; i < HASH_SIZE; i++)
		for (t = e->tasks[i]; t; t = t->next)
			if (held_call(e, t))
				return true;
	return false;
}

void ev_idle(struct ev_state *e)
{
	struct task *t;
	unsigned int i;

	if (e->interleave) {
		cut_deferred(e, 0);
		if (e->cur && held_call(e, e->cur))
			open_line(e, e->cur);
		return;
	}
	for (i = 0; i < HASH_SIZE; i++)
		for (t = e->tasks[i]; t; t = t->next)
			if (held_call(e, t))
				open_line(e, t);
}

void ev_inflight(struct ev_state *e, const struct kstrace_rec *r,
		 uint64_t ip)
{
	struct task *t;

	ids_add(&e->initial, &e->ninitial, &e->initial_cap,
		r->vtid ? r->vtid : r->tid);
	t = task_get(e, r);
	if (!wanted(e, t, r))
		return;
	if (e->interleave && e->cur && e->cur != t)
		cut_cur(e);
	on_enter(e, t, r);
	t->synthetic = true;
	t->ip = ip;
}

/* ---- the life of the printer ---- */

struct ev_state *ev_new(const struct ev_opts *o, FILE *out)
{
	struct ev_state *e = calloc(1, sizeof(*e));

	if (!e)
		die_oom();
	e->o = *o;
	e->out = out;
	if (!e->o.column)
		e->o.column = 40;
	if (o->decode_fds || o->paths)
		e->fds = fdtab_new();
	/*
	 * strace buffers a call until it knows how it ended when -e status=
	 * is not all: no line can be cut or left open then.
	 */
	e->hold = o->json || o->status != (1u << ST_COUNT) - 1;
	e->interleave = !o->ff_prefix && !e->hold;
	/* -X is one style for the whole run, as in strace */
	xlat_style = o->xstyle;
	return e;
}

int ev_finish(struct ev_state *e)
{
	struct task *t, *next;
	unsigned int i;
	int ret = 0;

	for (i = 0; i < HASH_SIZE; i++) {
		for (t = e->tasks[i]; t; t = next) {
			next = t->next;
			if (t->open) {
				end_open(e, t, " <detached ...>");
			} else if (t->enter && !t->unfinished && !e->o.json &&
				   shows(e, ST_DETACHED) &&
				   (e->cur == t || t->deferred || !e->interleave)) {
				render_entry(e, t);
				sb_puts(&e->line, " <detached ...>");
				line_out(e, t);
			}
			task_drop(e, t);
		}
		e->tasks[i] = NULL;
	}
	if (e->carry_len) {
		fputs("kstrace: the event stream ends inside a record\n",
		      stderr);
		ret = -1;
	}
	if (e->failed)
		ret = -1;
	if (e->out && (fflush(e->out) || ferror(e->out)))
		ret = -1;
	return ret;
}

void ev_seed_fds(struct ev_state *e, pid_t pid)
{
	if (e->fds)
		fdtab_seed(e->fds, pid, pid);
	ids_add(&e->initial, &e->ninitial, &e->initial_cap, pid);
}

void ev_initial(struct ev_state *e, pid_t tid)
{
	ids_add(&e->initial, &e->ninitial, &e->initial_cap, tid);
}

void ev_live_tasks(const struct ev_state *e, void (*fn)(pid_t tid, void *),
		   void *arg)
{
	const struct task *t;
	unsigned int i;

	for (i = 0; i < HASH_SIZE; i++)
		for (t = e->tasks[i]; t; t = t->next)
			if (!t->exited)
				fn(t->vtid, arg);
}

bool ev_known(const struct ev_state *e, pid_t vtid)
{
	return vtid_known(e, vtid);
}

bool ev_limit_reached(const struct ev_state *e)
{
	return e->o.syscall_limit && e->calls >= e->o.syscall_limit;
}

bool ev_detached_command(const struct ev_state *e)
{
	return e->command_gone;
}

uint64_t ev_records(const struct ev_state *e)
{
	return e->records;
}

uint64_t ev_calls(const struct ev_state *e)
{
	return e->calls;
}

void ev_free(struct ev_state *e)
{
	if (!e)
		return;
	free(e->born);
	free(e->initial);
	free(e->gone);
	free(e->carry);
	fdtab_free(e->fds);
	sb_free(&e->line);
	sb_free(&e->a);
	sb_free(&e->b);
	sb_free(&e->r);
	free(e);
}
