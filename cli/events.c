// SPDX-License-Identifier: GPL-2.0
/*
 * events.c - prints the event stream the way strace prints a trace.
 *
 * A syscall arrives as two records, ENTER and EXIT, and strace prints it
 * as one line when nothing happens in between; so an ENTER is held back.
 * If the same task's EXIT is the next record, the two make one line. If
 * another task's record comes first, the held call is printed the way
 * strace -f prints it, "name(args <unfinished ...>", and its EXIT later
 * as "<... name resumed>rest) = ret".
 *
 * When lines cannot interleave (-ff: a file per task; --json; -z/-Z,
 * where the module drops the EXIT records of filtered calls) each task
 * holds its own ENTER until its EXIT, and nothing is printed unfinished;
 * with -z/-Z a held call whose EXIT never comes (the task's next ENTER or
 * its exit arrives instead) was filtered out, and is dropped.
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
#include "sbuf.h"
#include "sysname.h"
#include "xlat.h"

#define HASH_SIZE	1024
#define COLUMN		40	/* strace's -a default: where "= " goes */

struct task {
	uint32_t tid;			/* global, the key */
	uint32_t vtid, vpid;
	unsigned int abi;		/* of its last call (mode notes) */
	struct kstrace_rec *enter;	/* held or unfinished ENTER, a copy */
	bool unfinished;		/* ... printed as "<unfinished ...>" */
	bool many;			/* several tasks lived at its entry */
	struct kstrace_rec *fdenter;	/* -y: an ENTER not shown, kept */
	uint64_t fd_applied;		/* -y: records fed at the last EXIT applied */
	bool exited;
	bool exit_pending;		/* a leader gone before its group */
	FILE *out;			/* -ff */
	struct task *next;
};

struct ev_state {
	struct ev_opts o;
	FILE *out;
	bool interleave;		/* one shared output, unfinished lines */
	struct task *tasks[HASH_SIZE];
	struct task *held;		/* interleave: the ENTER not yet shown */
	unsigned int live;		/* tasks seen and not exited */
	uint32_t *born;			/* -f: children announced by fork */
	size_t nborn, born_cap;
	char *carry;			/* a record cut by the end of a read */
	size_t carry_len;
	uint64_t lost;
	uint64_t records;		/* all records fed, LOST ones too */
	bool failed;			/* an -ff file could not be opened */
	struct fdtab *fds;		/* -y */
	struct sbuf line, a, b, r;	/* scratch */
};

static void die_oom(void)
{
	fputs("kstrace: out of memory\n", stderr);
	exit(1);
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

static void born_forget(struct ev_state *e, uint32_t vtid)
{
	size_t i;

	for (i = 0; i < e->nborn; i++)
		if (e->born[i] == vtid) {
			e->born[i] = e->born[--e->nborn];
			return;
		}
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
	born_forget(e, t->vtid);
	return t;
}

static void task_drop(struct ev_state *e, struct task *t)
{
	struct task **pp;

	for (pp = &e->tasks[t->tid % HASH_SIZE]; *pp; pp = &(*pp)->next)
		if (*pp == t) {
			*pp = t->next;
			break;
		}
	if (e->held == t)
		e->held = NULL;
	if (t->out) {
		if (ferror(t->out) | fclose(t->out))
			e->failed = true;
	}
	free(t->enter);
	free(t->fdenter);
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
		t->out = fopen(path, "we");
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
	int64_t ns = (int64_t)mono + e->o.realtime_offset;
	time_t sec = ns / 1000000000;
	long usec = (ns % 1000000000) / 1000;
	struct tm tm;
	char buf[32];

	switch (e->o.ts) {
	case TS_NONE:
		return;
	case TS_EPOCH:
		sb_printf(b, "%lld.%06ld ", (long long)sec, usec);
		return;
	case TS_SEC:
	case TS_USEC:
		localtime_r(&sec, &tm);
		strftime(buf, sizeof(buf), "%H:%M:%S", &tm);
		if (e->o.ts == TS_USEC)
			sb_printf(b, "%s.%06ld ", buf, usec);
		else
			sb_printf(b, "%s ", buf);
		return;
	}
}

static bool many_tasks(const struct ev_state *e)
{
	return e->live + e->nborn > 1;
}

/*
 * leader_as - what starts a line: the pid prefix, then the time. strace
 * decides on "[pid N] " when it starts a line, so a call's line uses what
 * was true when the call began (many).
 */
static void leader_as(struct ev_state *e, struct task *t, uint64_t ts,
		      bool many)
{
	sb_reset(&e->line);
	switch (e->o.pfx) {
	case PFX_ALWAYS:
		sb_printf(&e->line, "%-5u ", t->vtid);
		break;
	case PFX_AUTO:
		if (many)
			sb_printf(&e->line, "[pid %5u] ", t->vtid);
		break;
	case PFX_NONE:
		break;
	}
	put_time(e, &e->line, ts);
}

static void leader(struct ev_state *e, struct task *t, uint64_t ts)
{
	leader_as(e, t, ts, many_tasks(e));
}

static void line_out(struct ev_state *e, struct task *t)
{
	FILE *f = task_out(e, t);

	sb_putc(&e->line, '\n');
	fwrite(e->line.s, 1, e->line.len, f);
	if (!e->o.ff_prefix)
		fflush(f);
}

/* ") " then spaces to COLUMN then "= ": strace's tabto(). */
static void tab_to_ret(struct ev_state *e)
{
	sb_puts(&e->line, ") ");
	while (e->line.len < COLUMN)
		sb_putc(&e->line, ' ');
	sb_puts(&e->line, "= ");
}

static const char *call_name(const struct kstrace_rec *r, char *buf,
			     size_t len)
{
	return sysname(r->abi, r->nr, buf, len);
}

static const char *ev_fd_path(const struct dctx *c, int fd, char *buf,
			      size_t len)
{
	struct ev_state *e = c->priv;

	return fdtab_path(e->fds, c->tgid, c->pid, fd, buf, len);
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
		.strsize = e->o.strsize,
		.verbose = !in_set(e->o.abbrev, r, true),
		.no_deref = !in_set(e->o.deref, r, true),
		.raw = in_set(e->o.raw, r, false),
		.xflag = e->o.xflag,
		.fd_path = e->fds ? ev_fd_path : NULL,
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

static void put_duration(struct ev_state *e, const struct kstrace_rec *x)
{
	uint64_t d = x->exit.duration_ns;

	if (e->o.durations)
		sb_printf(&e->line, " <%" PRIu64 ".%06" PRIu64 ">",
			  d / 1000000000, (d % 1000000000) / 1000);
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
	if (!e->o.ff_prefix)
		fflush(task_out(e, t));
}

/* A whole call: "name(args) = ret". */
static void print_call(struct ev_state *e, struct task *t,
		       const struct kstrace_rec *en, const struct kstrace_rec *x)
{
	struct dctx c = ctx_of(e, t, en);
	char nb[SYSNAME_MAX];
	bool late;

	sb_reset(&e->a);
	sb_reset(&e->b);
	sb_reset(&e->r);
	decode_args(&c, en, x, &e->a, &e->b, &late);
	fd_update(e, t, en, x);
	decode_ret(&c, en, x, &e->r);
	leader_as(e, t, en->ts, t->many);
	sb_printf(&e->line, "%s(%s%s", call_name(en, nb, sizeof(nb)),
		  sb_str(&e->a), sb_str(&e->b));
	tab_to_ret(e);
	sb_puts(&e->line, sb_str(&e->r));
	put_duration(e, x);
	line_out(e, t);
	put_dump(e, t, &c, en, x);
}

/* "name(args <unfinished ...>" */
static void print_unfinished(struct ev_state *e, struct task *t)
{
	struct dctx c = ctx_of(e, t, t->enter);
	char nb[SYSNAME_MAX];
	bool late;

	sb_reset(&e->a);
	sb_reset(&e->b);
	decode_args(&c, t->enter, NULL, &e->a, &e->b, &late);
	leader_as(e, t, t->enter->ts, t->many);
	sb_printf(&e->line, "%s(%s <unfinished ...>",
		  call_name(t->enter, nb, sizeof(nb)), sb_str(&e->a));
	line_out(e, t);
	t->unfinished = true;
}

/* "<... name resumed>rest) = ret"; en may be NULL (entry never seen). */
static void print_resumed(struct ev_state *e, struct task *t,
			  const struct kstrace_rec *en,
			  const struct kstrace_rec *x)
{
	struct dctx c = ctx_of(e, t, x);
	char nb[SYSNAME_MAX];
	bool late;

	sb_reset(&e->a);
	sb_reset(&e->b);
	sb_reset(&e->r);
	if (en)
		decode_args(&c, en, x, &e->a, &e->b, &late);
	fd_update(e, t, en, x);
	decode_ret(&c, en, x, &e->r);
	leader(e, t, x->ts);
	sb_printf(&e->line, "<... %s resumed>%s", call_name(x, nb, sizeof(nb)),
		  sb_str(&e->b));
	tab_to_ret(e);
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

	sb_reset(&e->a);
	sb_reset(&e->b);
	decode_args(&c, t->enter, NULL, &e->a, &e->b, &late);
	if (t->unfinished) {
		leader(e, t, ts);
		sb_printf(&e->line, "<... %s resumed>%s",
			  call_name(t->enter, nb, sizeof(nb)),
			  late ? " <unfinished ...>" : "");
	} else {
		leader_as(e, t, t->enter->ts, t->many);
		sb_printf(&e->line, "%s(%s%s",
			  call_name(t->enter, nb, sizeof(nb)), sb_str(&e->a),
			  late ? " <unfinished ...>" : "");
	}
	tab_to_ret(e);
	sb_putc(&e->line, '?');
	line_out(e, t);
}

static void print_exit_status(struct ev_state *e, struct task *t, int code,
			      uint64_t ts)
{
	int sig = code & 0x7f;
	char buf[32];
	const char *name;

	leader(e, t, ts);
	if (!sig) {
		sb_printf(&e->line, "+++ exited with %d +++", (code >> 8) & 0xff);
	} else if (sig != 0x7f) {
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
	const char *p = (const char *)(r + 1), *s, *end;
	const struct kstrace_cap *cap;
	unsigned int i;
	size_t n;

	for (i = 0; i < r->ncap; i++) {
		cap = (const struct kstrace_cap *)p;
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
		p += sizeof(*cap) + ((cap->len + 7) & ~7u);
	}
}

static void json_head(struct json *j, const char *type,
		      const struct kstrace_rec *r, struct task *t)
{
	json_object_begin(j);
	json_key(j, "type");
	json_string(j, type);
	json_key(j, "ts");
	json_u64(j, r->ts);
	json_key(j, "cpu");
	json_u64(j, r->cpu);
	json_key(j, "pid");
	json_u64(j, t ? t->vpid : r->vpid);
	json_key(j, "tid");
	json_u64(j, t ? t->vtid : r->vtid);
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
	json_object_end(&j);
	fputc('\n', f);
	if (!e->o.ff_prefix)
		fflush(f);
}

static void json_sys_exit(struct ev_state *e, struct task *t,
		      const struct kstrace_rec *r)
{
	FILE *f = task_out(e, t);
	int code = r->task_exit.code, sig = code & 0x7f;
	char buf[32];
	const char *name;
	struct json j;

	json_init(&j, f);
	json_head(&j, "exit", r, t);
	json_key(&j, "status");
	json_i64(&j, code);
	if (!sig) {
		json_key(&j, "exit_code");
		json_i64(&j, (code >> 8) & 0xff);
	} else if (sig != 0x7f) {
		name = signal_name(sig, buf, sizeof(buf));
		json_key(&j, "signal");
		if (name)
			json_string(&j, name);
		else
			json_i64(&j, sig);
		json_key(&j, "core_dumped");
		json_bool(&j, code & 0x80);
	}
	json_key(&j, "group_dead");
	json_bool(&j, r->task_exit.group_dead);
	json_object_end(&j);
	fputc('\n', f);
	if (!e->o.ff_prefix)
		fflush(f);
}

/* ---- the state machine ---- */

static void hold(struct ev_state *e, struct task *t,
		 const struct kstrace_rec *r)
{
	free(t->enter);
	t->enter = malloc(r->size);
	if (!t->enter)
		die_oom();
	memcpy(t->enter, r, r->size);
	t->unfinished = false;
	t->many = many_tasks(e);
	if (e->interleave)
		e->held = t;
}

static void release(struct ev_state *e, struct task *t)
{
	free(t->enter);
	t->enter = NULL;
	t->unfinished = false;
	if (e->held == t)
		e->held = NULL;
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

/*
 * A child's pid, announced by the fork that made it: strace counts the
 * child from then on, before its first call (unless that came first).
 */
static void note_child(struct ev_state *e, const struct kstrace_rec *x)
{
	char nb[SYSNAME_MAX];
	const char *n;

	if (!e->o.follow || x->exit.ret <= 0 || vtid_known(e, x->exit.ret))
		return;
	n = call_name(x, nb, sizeof(nb));
	if (strcmp(n, "clone") && strcmp(n, "clone3") && strcmp(n, "fork") &&
	    strcmp(n, "vfork"))
		return;
	if (e->nborn == e->born_cap) {
		e->born_cap = e->born_cap ? e->born_cap * 2 : 16;
		e->born = realloc(e->born, e->born_cap * sizeof(*e->born));
		if (!e->born)
			die_oom();
	}
	e->born[e->nborn++] = x->exit.ret;
}

static void mode_note(struct ev_state *e, struct task *t,
		      const struct kstrace_rec *r)
{
	if (r->abi == t->abi)
		return;
	t->abi = r->abi;
	if (!e->o.to_stderr || e->o.json)
		return;
	leader(e, t, r->ts);
	sb_printf(&e->line, "[ Process PID=%u runs in %s mode. ]", t->vtid,
		  r->abi == KSTRACE_ABI_COMPAT ? "32 bit" : "64 bit");
	line_out(e, t);
}

static void on_enter(struct ev_state *e, struct task *t,
		     const struct kstrace_rec *r)
{
	if (t->enter) {
		/* the previous call never returned: its exit was lost */
		if (!e->interleave && e->o.result == RES_ALL && !e->o.json)
			print_unfinished(e, t);
		release(e, t);
	}
	mode_note(e, t, r);
	hold(e, t, r);
}

static void on_sys_exit(struct ev_state *e, struct task *t,
		    const struct kstrace_rec *r)
{
	const struct kstrace_rec *en = t->enter;

	if (en && (en->nr != r->nr || en->abi != r->abi)) {
		/* not this call's entry: lost records in between */
		if (!t->unfinished && !e->o.json &&
		    (e->interleave || e->o.result == RES_ALL))
			print_unfinished(e, t);
		release(e, t);
		en = NULL;
	}
	if (e->o.json)
		json_call(e, t, en, r);
	else if (en && !t->unfinished)
		print_call(e, t, en, r);
	else
		print_resumed(e, t, en, r);
	note_child(e, r);
	release(e, t);
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
		if (e->o.json)
			json_call(e, t, t->enter, NULL);
		else if (e->o.result == RES_ALL)
			print_no_return(e, t, r->ts);
		release(e, t);
	}
	if (defer_exit(e, r))
		t->exit_pending = true;
	else if (e->o.json)
		json_sys_exit(e, t, r);
	else
		print_exit_status(e, t, r->task_exit.code, r->ts);
	t->exited = true;
	if (e->live)
		e->live--;
	born_forget(e, t->vtid);
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
		json_object_end(&j);
		fputc('\n', f);
		fflush(f);
		return;
	}
	sb_reset(&e->line);
	put_time(e, &e->line, r->ts);
	sb_printf(&e->line, "--- lost %llu events ---",
		  (unsigned long long)r->lost.count);
	line_out(e, t);
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
		json_object_end(&j);
		fputc('\n', f);
		if (!e->o.ff_prefix)
			fflush(f);
		return;
	}
	leader(e, t, r->ts);
	sb_printf(&e->line, "kprobe:%s()", name);
	if (has_ret) {
		sb_puts(&e->line, " = ");
		probe_ret(&e->line, r->exit.ret);
		put_duration(e, r);
	}
	line_out(e, t);
}

/* wanted - what the module would have streamed (--format-events). */
static bool wanted(const struct ev_state *e, const struct kstrace_rec *r)
{
	char nb[16];
	bool err;

	if (r->type == KSTRACE_REC_PROBE) {
		if (!tracesel_has_probe(e->o.sel, probe_name(e, r->nr, nb,
							     sizeof(nb))))
			return false;
		/* -z/-Z: by the return value, which a kprobe does not see */
		if (e->o.result == RES_ALL || !probe_has_ret(e, r->nr))
			return true;
		err = r->exit.ret < 0 && r->exit.ret >= -4095;
		return e->o.result == RES_ERR ? err : !err;
	}

	if ((r->type == KSTRACE_REC_ENTER || r->type == KSTRACE_REC_EXIT) &&
	    !tracesel_has(e->o.sel, r->abi, r->nr))
		return false;
	if (r->type != KSTRACE_REC_EXIT || e->o.result == RES_ALL)
		return true;
	err = r->exit.ret < 0 && r->exit.ret >= -4095;
	return e->o.result == RES_ERR ? err : !err;
}

/* -y: a call not shown still changes the descriptors */
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

static void one_record(struct ev_state *e, const struct kstrace_rec *r)
{
	struct task *t;

	e->records++;
	if (r->version != KSTRACE_REC_VERSION)
		return;
	if (r->type < KSTRACE_REC_ENTER || r->type > KSTRACE_REC_PROBE)
		return;		/* a newer record type: skip it */
	/* a task is known (for "[pid N] ") even by the calls not shown */
	t = task_get(e, r);
	if (!wanted(e, r)) {
		if (e->fds)
			fd_unseen(e, t, r);
		return;
	}

	/* another record comes between a held ENTER and its EXIT */
	if (e->held && !(r->type == KSTRACE_REC_EXIT && e->held == t &&
			 r->nr == t->enter->nr && r->abi == t->enter->abi)) {
		if (!(r->type == KSTRACE_REC_TASK_EXIT && e->held == t))
			print_unfinished(e, e->held);
		e->held = NULL;
	}

	switch (r->type) {
	case KSTRACE_REC_ENTER:
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
	return 0;
}

struct ev_state *ev_new(const struct ev_opts *o, FILE *out)
{
	struct ev_state *e = calloc(1, sizeof(*e));

	if (!e)
		die_oom();
	e->o = *o;
	e->out = out;
	if (o->decode_fds)
		e->fds = fdtab_new();
	e->interleave = !o->ff_prefix && !o->json && o->result == RES_ALL;
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
			if (t->enter && !t->unfinished && !e->o.json &&
			    e->o.result == RES_ALL &&
			    (e->held == t || !e->interleave)) {
				struct dctx c = ctx_of(e, t, t->enter);
				char nb[SYSNAME_MAX];
				bool late;

				sb_reset(&e->a);
				sb_reset(&e->b);
				decode_args(&c, t->enter, NULL, &e->a, &e->b,
					    &late);
				leader_as(e, t, t->enter->ts, t->many);
				sb_printf(&e->line, "%s(%s <detached ...>",
					  call_name(t->enter, nb, sizeof(nb)),
					  sb_str(&e->a));
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
}


uint64_t ev_records(const struct ev_state *e)
{
	return e->records;
}

void ev_free(struct ev_state *e)
{
	if (!e)
		return;
	free(e->born);
	free(e->carry);
	fdtab_free(e->fds);
	sb_free(&e->line);
	sb_free(&e->a);
	sb_free(&e->b);
	sb_free(&e->r);
	free(e);
}
