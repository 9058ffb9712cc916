// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - kstrace, the command line of the in-kernel strace: options, the
 * tracing flows and the exit status.
 *
 *   kstrace [-f|-ff] [-o FILE] [-tt] [-T] [-y] [-s N] [-e trace=SET] ...
 *           [-p PID | -- PROG ARGS]	the event mode: a trace, like strace
 *   kstrace -c [-f] [-S SORTBY] [-o FILE] [--json] ...	the summary mode
 *
 * The summary mode reads the counts the module keeps; the event mode
 * reads its event stream (events.c prints it, decode.c decodes each call)
 * and, with -C, the counts too.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "child.h"
#include "decode.h"
#include "events.h"
#include "fdtab.h"
#include "filter.h"
#include "session.h"
#include "summary.h"
#include "xlat.h"


#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))

/* Exit codes of kstrace itself (a traced command's own code wins). */
#define EXIT_ERROR		1

/* How often to look at the results when poll(2) tells nothing, in ms. */
#define WATCH_INTERVAL_MS	50
/* Event mode: how often to look for the command's end, in ms. */
#define EVENT_POLL_MS		200
/* One read(2) of the event stream (at least KSTRACE_REC_MAX). */
#define EVENT_BUF		(256 * 1024)

struct kprobe_opt {
	char func[KSTRACE_FUNC_MAX];
	bool ret;			/* FUNC%return or --latency */
};

struct opts {
	bool summary;			/* -c */
	bool summary_too;		/* -C */
	int follow;			/* -f: 1, -ff: 2 */
	bool json;			/* --json */
	enum sort_key sort;		/* -S */
	int timestamps;			/* -t: 1, -tt: 2, -ttt: 3 */
	bool durations;			/* -T */
	bool decode_fds;		/* -y */
	unsigned int xflag;		/* -x, -xx: enum xflag */
	int xflag_long;			/* --strings-in-hex=: -1 if not given */
	enum xlat_style xstyle;		/* -X */
	struct tracesel abbrev;		/* -e abbrev= (-v: none) */
	struct tracesel deref;		/* -e verbose= */
	struct tracesel raw;		/* -e raw= */
	bool raw_given;
	struct fdsel rd, wr;		/* -e read=, -e write= */
	unsigned int strsize;		/* -s */
	bool strsize_given;
	enum ev_result result;		/* -z, -Z, -e status= */
	struct tracesel sel;		/* -e trace= */
	unsigned int bufsize;		/* --bufsize, KiB; 0: the module's */
	bool lossy;			/* --lossy: drop rather than wait */
	unsigned int wait_limit;	/* --wait-limit MS; 0: the module's */
	const char *output;		/* -o */
	const char *format_results;	/* --format-results */
	const char *format_events;	/* --format-events */
	const char *save_events;	/* --save-events */
	struct kprobe_opt *kprobes;	/* --kprobe, duplicates dropped */
	size_t nkprobes;
	bool latency;			/* --latency: all are kretprobes */
	pid_t *pids;			/* -p, duplicates dropped */
	size_t npids;
	char **argv;			/* PROG [ARGS], NULL-terminated */
	int argc;
};

enum {
	OPT_JSON = 0x100,
	OPT_LOSSY,
	OPT_WAIT_LIMIT,
	OPT_FORMAT_RESULTS,
	OPT_FORMAT_EVENTS,
	OPT_SAVE_EVENTS,
	OPT_BUFSIZE,
	OPT_TRACE,
	OPT_FF,
	OPT_KPROBE,
	OPT_LATENCY,
	OPT_HEXSTR,
	OPT_ABBREV,
	OPT_VERBOSE,
	OPT_RAW,
	OPT_READ,
	OPT_WRITE,
};

static const struct option long_options[] = {
	{ "summary-only",	no_argument,		NULL, 'c' },
	{ "summary",		no_argument,		NULL, 'C' },
	{ "follow-forks",	no_argument,		NULL, 'f' },
	{ "output-separately",	no_argument,		NULL, OPT_FF },
	{ "summary-sort-by",	required_argument,	NULL, 'S' },
	{ "output",		required_argument,	NULL, 'o' },
	{ "attach",		required_argument,	NULL, 'p' },
	{ "string-limit",	required_argument,	NULL, 's' },
	{ "syscall-times",	no_argument,		NULL, 'T' },
	{ "decode-fds",		no_argument,		NULL, 'y' },
	{ "no-abbrev",		no_argument,		NULL, 'v' },
	{ "strings-in-hex",	optional_argument,	NULL, OPT_HEXSTR },
	{ "const-print-style",	required_argument,	NULL, 'X' },
	{ "successful-only",	no_argument,		NULL, 'z' },
	{ "failed-only",	no_argument,		NULL, 'Z' },
	{ "trace",		required_argument,	NULL, OPT_TRACE },
	{ "abbrev",		required_argument,	NULL, OPT_ABBREV },
	{ "verbose",		required_argument,	NULL, OPT_VERBOSE },
	{ "raw",		required_argument,	NULL, OPT_RAW },
	{ "read",		required_argument,	NULL, OPT_READ },
	{ "write",		required_argument,	NULL, OPT_WRITE },
	{ "bufsize",		required_argument,	NULL, OPT_BUFSIZE },
	{ "lossy",		no_argument,		NULL, OPT_LOSSY },
	{ "wait-limit",		required_argument,	NULL, OPT_WAIT_LIMIT },
	{ "kprobe",		required_argument,	NULL, OPT_KPROBE },
	{ "latency",		no_argument,		NULL, OPT_LATENCY },
	{ "json",		no_argument,		NULL, OPT_JSON },
	{ "format-results",	required_argument,	NULL,
						OPT_FORMAT_RESULTS },
	{ "format-events",	required_argument,	NULL,
						OPT_FORMAT_EVENTS },
	{ "save-events",	required_argument,	NULL, OPT_SAVE_EVENTS },
	{ "help",		no_argument,		NULL, 'h' },
	{ "version",		no_argument,		NULL, 'V' },
	{ NULL,			0,			NULL, 0 },
};

static volatile sig_atomic_t interrupted;

static void usage(void)
{
	fputs(
"Usage: kstrace [-f|-ff] [-tt|-ttt|-t] [-T] [-y] [-C] [-s N] [-e trace=SET]\n"
"               [-v] [-x|-xx] [-X raw|abbrev|verbose] [-e abbrev|verbose|raw=SET]\n"
"               [-e read|write=FDS] [-z|-Z] [-o FILE] [--json] [--bufsize KIB]\n"
"               [--kprobe FUNC[%return]]... [--latency] [--] PROG [ARGS]\n"
"   or: kstrace [options] -p PID...\n"
"   or: kstrace -c [-f] [-S SORTBY] [-e trace=SET] [-o FILE] [--json] ...\n"
"\n"
"Traces the system calls of PROG, or of running processes, inside the\n"
"kernel (module kstrace.ko) instead of stopping them with ptrace, and\n"
"prints them like strace. Needs root and the module loaded (sudo modprobe\n"
"kstrace).\n"
"\n"
"Statistics:\n"
"  -c, --summary-only     count time, calls, and errors for each syscall and\n"
"                         report a summary like strace -c\n"
"  -C, --summary          like -c, but also print the trace\n"
"  -S, --summary-sort-by=SORTBY\n"
"                         sort syscall counts by: time, min-time, max-time,\n"
"                         avg-time, calls, errors, name, nothing (default\n"
"                         time)\n"
"      --json             print the trace as JSON lines (one object per call\n"
"                         or exit) and the summary as one JSON object\n"
"\n"
"Filtering:\n"
"  -e trace=[!]SET, --trace=SET\n"
"                         trace only the syscalls in SET: names, %file,\n"
"                         %process, %network (%net), %signal, %ipc, %desc,\n"
"                         %memory, %creds, %clock, %stat, %lstat, %fstat,\n"
"                         %%stat, %statfs, %fstatfs, %%statfs, %pure,\n"
"                         /REGEX, ?NAME, all, none; ! negates; the module\n"
"                         skips the others\n"
"  -e status=successful|failed|all\n"
"  -z, --successful-only  print only syscalls that returned without an error\n"
"  -Z, --failed-only      print only syscalls that returned with an error\n"
"\n"
"Tracing:\n"
"  -f, --follow-forks     follow forks: also trace the descendants created\n"
"                         after tracing starts; with PROG, wait for them to\n"
"                         exit too (Ctrl-C stops waiting)\n"
"  -ff, --output-separately\n"
"                         with -o PREFIX: one file PREFIX.TID per task\n"
"      --bufsize=KIB      event buffer per CPU, 8..65536 KiB (default 1024)\n"
"      --wait-limit=MS    a traced task that fills its buffer waits for\n"
"                         kstrace to read it, MS ms at most (default 5000);\n"
"                         after a wait that long, events are dropped (and\n"
"                         counted) instead\n"
"      --lossy            never make a traced task wait: drop events when\n"
"                         a buffer is full (see 'events lost')\n"
"\n"
"Kernel functions:\n"
"      --kprobe=FUNC      count the calls of kernel function FUNC made by\n"
"                         the traced tasks (MOD:FUNC for a module's); may\n"
"                         be repeated, at most 16; FUNC%return also times\n"
"                         them and counts error returns (a kretprobe)\n"
"      --latency          make every --kprobe a kretprobe\n"
"                         -c adds a table of the functions; the trace shows\n"
"                         each hit as kprobe:FUNC() = RET, selected with\n"
"                         -e trace=kprobe:FUNC (or %kprobe)\n"
"\n"
"Output format:\n"
"  -s N, --string-limit=N print at most N bytes of strings and data (default\n"
"                         32, at most 1024; paths are printed whole)\n"
"  -t                     prefix lines with the time of day\n"
"  -tt                    ... with microseconds\n"
"  -ttt                   ... as seconds since the epoch\n"
"  -T, --syscall-times    print the time spent in each syscall\n"
"  -v, --no-abbrev        print structures whole (strace's verbose mode)\n"
"  -e abbrev=SET          abbreviate the structures of these syscalls (all)\n"
"  -e verbose=SET         print what these syscalls' pointers point to (all)\n"
"  -e raw=SET             print these syscalls' arguments in hex, undecoded\n"
"  -e read=FDS            dump the data read from these descriptors\n"
"  -e write=FDS           dump the data written to these descriptors\n"
"  -x, --strings-in-hex=non-ascii\n"
"                         print non-ASCII strings in hex\n"
"  -xx, --strings-in-hex[=all]\n"
"                         print all strings in hex\n"
"      --strings-in-hex=non-ascii-chars\n"
"                         escape non-printable bytes in hex, not octal\n"
"  -X FORMAT, --const-print-style=FORMAT\n"
"                         named constants and flags: raw, abbrev, verbose\n"
"  -y, --decode-fds       print the paths of file descriptors\n"
"\n"
"Startup:\n"
"  -p PID, --attach=PID   trace process with process id PID, may be repeated\n"
"                         or given as a list (1,2,3); tracing ends on\n"
"                         SIGINT or SIGTERM (Ctrl-C), or when all exited\n"
"\n"
"Output:\n"
"  -o FILE, --output=FILE send the trace or the summary to FILE instead of\n"
"                         stderr\n"
"\n"
"Miscellaneous:\n"
"  -h, --help             print help message\n"
"  -V, --version          print version\n"
"\n"
"Testing:\n"
"      --format-results=FILE\n"
"                         do not trace: print the summary of a saved\n"
"                         results file (what " KSTRACE_SESSION_PATH "\n"
"                         reads back; - for stdin), honouring -S, -o, --json\n"
"      --format-events=FILE\n"
"                         do not trace: print a saved event stream (binary\n"
"                         records; - for stdin) as a trace, honouring the\n"
"                         output and filtering options\n"
"      --save-events=FILE also copy the event stream to FILE\n"
"\n"
"Exit status: PROG's (128+N if signal N killed it); 0 with -p or\n"
"--format-*; 1 on errors.\n",
	      stdout);
}

/* usage_error - strace's way: the problem, then where to read more. */
static void __attribute__((noreturn, format(printf, 1, 2)))
usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("kstrace: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'kstrace -h' for more information.\n", stderr);
	exit(EXIT_ERROR);
}

/* ---- options ---- */

static void add_pid(struct opts *o, const char *s)
{
	unsigned long v;
	pid_t *pids;
	char *end;
	size_t i;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (*s < '0' || *s > '9' || *end || errno || v == 0 || v > INT_MAX) {
		fprintf(stderr, "kstrace: Invalid process id: '%s'\n", s);
		exit(EXIT_ERROR);
	}
	if ((pid_t)v == getpid()) {
		/* strace's words; tracing ourselves would count our polling */
		fputs("kstrace: I'm sorry, I can't let you do that, Dave.\n",
		      stderr);
		exit(EXIT_ERROR);
	}
	for (i = 0; i < o->npids; i++)
		if (o->pids[i] == (pid_t)v)
			return;
	pids = realloc(o->pids, (o->npids + 1) * sizeof(*pids));
	if (!pids) {
		fputs("kstrace: out of memory\n", stderr);
		exit(EXIT_ERROR);
	}
	o->pids = pids;
	o->pids[o->npids++] = v;
}

/* add_pid_list - one -p argument: PIDs separated by commas or blanks. */
static void add_pid_list(struct opts *o, const char *arg)
{
	char *copy = strdup(arg), *save, *tok;

	if (!copy) {
		fputs("kstrace: out of memory\n", stderr);
		exit(EXIT_ERROR);
	}
	tok = strtok_r(copy, ", \t\n", &save);
	if (!tok) {
		fprintf(stderr, "kstrace: Invalid process id: '%s'\n", arg);
		exit(EXIT_ERROR);
	}
	for (; tok; tok = strtok_r(NULL, ", \t\n", &save))
		add_pid(o, tok);
	free(copy);
}

/* bad_option - getopt's complaint, worded as strace words it. */
static void bad_option(char *const argv[], int c)
{
	const char *opt = argv[optind - 1];
	/* optopt names a long option by its short letter: show it whole */
	bool named = optopt > 0 && optopt < 0x80 && strncmp(opt, "--", 2);

	if (c == ':') {
		if (named)
			usage_error("option requires an argument -- '%c'",
				    optopt);
		usage_error("option '%s' requires an argument", opt);
	}
	if (named)
		usage_error("invalid option -- '%c'", optopt);
	usage_error("unrecognized option '%s'", opt);
}

/* add_kprobe - --kprobe FUNC or FUNC%return; a repeat is dropped. */
static void add_kprobe(struct opts *o, const char *arg)
{
	struct kprobe_opt k = { .ret = false }, *v;
	size_t len = strlen(arg), i;

	if (len > 7 && !strcmp(arg + len - 7, "%return")) {
		k.ret = true;
		len -= 7;
	}
	if (!len || len >= sizeof(k.func))
		usage_error("--kprobe '%s': not a kernel function name", arg);
	for (i = 0; i < len; i++)
		if (!isalnum((unsigned char)arg[i]) && arg[i] != '_' &&
		    arg[i] != '.' && arg[i] != ':')
			usage_error("--kprobe '%s': not a kernel function name (letters, digits, '_', '.', and MOD: before a module's function)",
				    arg);
	memcpy(k.func, arg, len);
	k.func[len] = '\0';
	for (i = 0; i < o->nkprobes; i++)
		if (o->kprobes[i].ret == k.ret &&
		    !strcmp(o->kprobes[i].func, k.func))
			return;
	v = realloc(o->kprobes, (o->nkprobes + 1) * sizeof(*v));
	if (!v) {
		fputs("kstrace: out of memory\n", stderr);
		exit(EXIT_ERROR);
	}
	o->kprobes = v;
	o->kprobes[o->nkprobes++] = k;
}

/*
 * finish_kprobes - --latency turns every probe into a kretprobe (a repeat
 * that makes is dropped); kprobe:FUNC in -e trace= must name a probe.
 */
static void finish_kprobes(struct opts *o)
{
	size_t i, j, n = 0;
	bool known;

	for (i = 0; i < o->nkprobes; i++) {
		if (o->latency)
			o->kprobes[i].ret = true;
		for (j = 0; j < n; j++)
			if (o->kprobes[j].ret == o->kprobes[i].ret &&
			    !strcmp(o->kprobes[j].func, o->kprobes[i].func))
				break;
		if (j == n)
			o->kprobes[n++] = o->kprobes[i];
	}
	o->nkprobes = n;
	if (o->latency && !n)
		usage_error("--latency times the --kprobe functions: give --kprobe FUNC");
	for (i = 0; i < o->sel.nkp; i++) {
		known = false;
		for (j = 0; j < n; j++)
			known |= !strcmp(o->sel.kp[i], o->kprobes[j].func);
		if (!known)
			usage_error("-e trace=kprobe:%s: no --kprobe %s is given",
				    o->sel.kp[i], o->sel.kp[i]);
	}
}

static void set_result(struct opts *o, enum ev_result r, bool *seen)
{
	if (*seen && o->result != r)
		fputs("kstrace: Only the last of -z/--successful-only/-Z/--failed-only options will take effect. See status qualifier for more complex filters.\n",
		      stderr);
	*seen = true;
	o->result = r;
}

static void set_trace(struct opts *o, const char *set)
{
	if (tracesel_parse(&o->sel, set))
		exit(EXIT_ERROR);
}

/* -e abbrev=, verbose=, raw=: a set of syscalls, as -e trace= reads it */
static void set_syscalls(struct tracesel *s, const char *set)
{
	if (tracesel_parse(s, set))
		exit(EXIT_ERROR);
}

/* -e read=, write=: a set of descriptors */
static void set_fds(struct fdsel *s, const char *set)
{
	if (fdsel_parse(s, set))
		exit(EXIT_ERROR);
}

/* is expr "NAME=..." for one of names (NULL-terminated)? */
static bool qual_is(const char *expr, size_t n, const char *const *names)
{
	for (; *names; names++)
		if (strlen(*names) == n && !strncmp(expr, *names, n))
			return true;
	return false;
}

/*
 * -e EXPR: trace=SET (or a bare SET), status=SET, abbrev=, verbose=,
 * raw= (syscall sets), read=, write= (descriptor sets).
 */
static void qualify(struct opts *o, const char *expr, bool *result_seen)
{
	static const char *const unsupported[] = {
		"signal", "signals", "s", "fault", "inject", "quiet", "silent",
		"silence", "q", "kvm", "decode-fds", "decode-fd", "decode-pids",
		"decode-pid",
	};
	static const char *const abbrev[] = { "abbrev", "a", NULL };
	static const char *const verbose[] = { "verbose", "v", NULL };
	static const char *const raw[] = { "raw", "x", NULL };
	static const char *const rd[] = { "read", "reads", "r", NULL };
	static const char *const wr[] = { "write", "writes", "w", NULL };
	const char *eq = strchr(expr, '=');
	size_t n = eq ? (size_t)(eq - expr) : 0, i;
	const char *v = eq ? eq + 1 : NULL;

	if (eq && ((n == 5 && !strncmp(expr, "trace", 5)) ||
		   (n == 1 && expr[0] == 't'))) {
		set_trace(o, v);
		return;
	}
	if (eq && qual_is(expr, n, abbrev)) {
		set_syscalls(&o->abbrev, v);
		return;
	}
	if (eq && qual_is(expr, n, verbose)) {
		set_syscalls(&o->deref, v);
		return;
	}
	if (eq && qual_is(expr, n, raw)) {
		set_syscalls(&o->raw, v);
		o->raw_given = true;
		return;
	}
	if (eq && qual_is(expr, n, rd)) {
		set_fds(&o->rd, v);
		return;
	}
	if (eq && qual_is(expr, n, wr)) {
		set_fds(&o->wr, v);
		return;
	}
	if (eq && n == 6 && !strncmp(expr, "status", 6)) {
		if (!strcmp(v, "successful"))
			set_result(o, RES_OK, result_seen);
		else if (!strcmp(v, "failed"))
			set_result(o, RES_ERR, result_seen);
		else if (!strcmp(v, "all"))
			set_result(o, RES_ALL, result_seen);
		else if (!strcmp(v, "unfinished") || !strcmp(v, "unavailable") ||
			 !strcmp(v, "detached") || !strcmp(v, "none") ||
			 strchr(v, ',') || *v == '!')
			usage_error("-e status=%s: only successful, failed or all is supported",
				    v);
		else {
			fprintf(stderr, "kstrace: invalid status '%s'\n", v);
			exit(EXIT_ERROR);
		}
		return;
	}
	for (i = 0; eq && i < ARRAY_SIZE(unsupported); i++)
		if (strlen(unsupported[i]) == n &&
		    !strncmp(expr, unsupported[i], n))
			usage_error("-e %.*s=: not supported by kstrace",
				    (int)n, expr);
	set_trace(o, expr);
}

static unsigned int parse_uint_arg(const char *s, const char *what,
				   unsigned long max)
{
	unsigned long v;
	char *end;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (*s < '0' || *s > '9' || *end || errno || v > max)
		usage_error("invalid %s argument: '%s'", what, s);
	return v;
}

/* strace's complaint about an option's argument, named as it was given */
static void __attribute__((noreturn))
bad_opt_arg(int c, int li, const char *arg)
{
	if (li >= 0)
		usage_error("invalid --%s argument: '%s'",
			    long_options[li].name, arg);
	usage_error("invalid -%c argument: '%s'", c, arg);
}

/* --strings-in-hex[=WHAT]: strace's names of its xflag values */
static void set_hexstr(struct opts *o, int li, const char *arg)
{
	static const struct {
		const char *name;
		int val;
	} names[] = {
		{ "none", XFLAG_NONE },
		{ "non-ascii-chars", XFLAG_NON_ASCII_CHARS },
		{ "non-ascii", XFLAG_NON_ASCII },
		{ "all", XFLAG_ALL },
	};
	size_t i;

	if (!arg) {
		o->xflag_long = XFLAG_ALL;
		return;
	}
	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(arg, names[i].name)) {
			o->xflag_long = names[i].val;
			return;
		}
	bad_opt_arg(OPT_HEXSTR, li, arg);
}

/* -X raw|abbrev|verbose */
static void set_xstyle(struct opts *o, int li, const char *arg)
{
	if (!strcmp(arg, "raw"))
		o->xstyle = XLAT_RAW;
	else if (!strcmp(arg, "abbrev"))
		o->xstyle = XLAT_ABBREV;
	else if (!strcmp(arg, "verbose"))
		o->xstyle = XLAT_VERBOSE;
	else
		bad_opt_arg('X', li, arg);
}

static void parse_args(struct opts *o, int argc, char *argv[])
{
	bool result_seen = false;
	int c, li;

	memset(o, 0, sizeof(*o));
	o->sort = SORT_TIME;
	o->strsize = KSTRACE_STRSIZE_DEFAULT;
	o->xflag_long = -1;
	o->xstyle = XLAT_ABBREV;
	tracesel_all(&o->sel);
	/* strace's defaults: abbrev=all, verbose=all, raw=none */
	tracesel_all(&o->abbrev);
	tracesel_all(&o->deref);
	set_syscalls(&o->raw, "none");
	opterr = 0;

	/* '+': options end at PROG, so "kstrace -c ls -l" gives -l to ls. */
	while (li = -1, (c = getopt_long(argc, argv,
					 "+:cCfS:o:p:s:e:tTvxX:yzZhV",
					 long_options, &li)) != -1) {
		switch (c) {
		case 'c':
			o->summary = true;
			break;
		case 'C':
			o->summary_too = true;
			break;
		case 'f':
			o->follow++;
			break;
		case OPT_FF:
			o->follow = 2;
			break;
		case 'S':
			if (summary_sortby(optarg, &o->sort))
				usage_error("invalid sortby: '%s' (use time, min-time, max-time, avg-time, calls, errors, name or nothing)",
					    optarg);
			break;
		case 'o':
			o->output = optarg;
			break;
		case 'p':
			add_pid_list(o, optarg);
			break;
		case 's':
			o->strsize = parse_uint_arg(optarg, "-s", INT_MAX);
			o->strsize_given = true;
			break;
		case 'e':
			qualify(o, optarg, &result_seen);
			break;
		case OPT_TRACE:
			set_trace(o, optarg);
			break;
		case 't':
			o->timestamps++;
			break;
		case 'T':
			o->durations = true;
			break;
		case 'y':
			o->decode_fds = true;
			break;
		case 'v':
			set_syscalls(&o->abbrev, "none");
			break;
		case 'x':
			if (o->xflag < XFLAG_ALL)
				o->xflag++;
			break;
		case OPT_HEXSTR:
			set_hexstr(o, li, optarg);
			break;
		case 'X':
			set_xstyle(o, li, optarg);
			break;
		case OPT_ABBREV:
			set_syscalls(&o->abbrev, optarg);
			break;
		case OPT_VERBOSE:
			set_syscalls(&o->deref, optarg);
			break;
		case OPT_RAW:
			set_syscalls(&o->raw, optarg);
			o->raw_given = true;
			break;
		case OPT_READ:
			set_fds(&o->rd, optarg);
			break;
		case OPT_WRITE:
			set_fds(&o->wr, optarg);
			break;
		case 'z':
			set_result(o, RES_OK, &result_seen);
			break;
		case 'Z':
			set_result(o, RES_ERR, &result_seen);
			break;
		case OPT_LOSSY:
			o->lossy = true;
			break;
		case OPT_WAIT_LIMIT:
			o->wait_limit = parse_uint_arg(optarg, "--wait-limit",
						       KSTRACE_BLOCK_MAX);
			if (!o->wait_limit)
				usage_error("--wait-limit 0 never waits: say --lossy");
			break;
		case OPT_BUFSIZE:
			o->bufsize = parse_uint_arg(optarg, "--bufsize",
						    UINT_MAX);
			if (o->bufsize < KSTRACE_BUFSIZE_MIN ||
			    o->bufsize > KSTRACE_BUFSIZE_MAX)
				usage_error("--bufsize %u: the event buffer per CPU is %d to %d KiB",
					    o->bufsize, KSTRACE_BUFSIZE_MIN,
					    KSTRACE_BUFSIZE_MAX);
			break;
		case OPT_JSON:
			o->json = true;
			break;
		case OPT_KPROBE:
			add_kprobe(o, optarg);
			break;
		case OPT_LATENCY:
			o->latency = true;
			break;
		case OPT_FORMAT_RESULTS:
			o->format_results = optarg;
			break;
		case OPT_FORMAT_EVENTS:
			o->format_events = optarg;
			break;
		case OPT_SAVE_EVENTS:
			o->save_events = optarg;
			break;
		case 'h':
			usage();
			exit(0);
		case 'V':
			printf("kstrace %s\n", KSTRACE_VERSION);
			exit(0);
		default:
			bad_option(argv, c);
		}
	}
	o->argv = argv + optind;
	o->argc = argc - optind;

	if (o->xflag_long >= 0) {
		if (o->xflag) {
			fputs("kstrace: -x and --strings-in-hex cannot be provided simultaneously\n",
			      stderr);
			exit(EXIT_ERROR);
		}
		o->xflag = o->xflag_long;
	}
	if (o->summary && o->summary_too)
		usage_error("-c/--summary-only and -C/--summary are mutually exclusive");
	if (o->follow > 2)
		o->follow = 2;
	if (o->follow == 2 && !o->output)
		o->follow = 1;	/* strace: -ff without -o is -f */
	if (o->follow == 2 && (o->summary || o->summary_too))
		usage_error("(-c/--summary-only or -C/--summary) and -ff/--output-separately are mutually exclusive");
	if (o->timestamps > 3)
		o->timestamps = 3;
	if (o->summary && o->durations)
		fputs("kstrace: -T/--syscall-times has no effect with -c/--summary-only\n",
		      stderr);
	if (o->strsize > KSTRACE_STRSIZE_MAX)
		o->strsize = KSTRACE_STRSIZE_MAX;
	finish_kprobes(o);

	if (o->format_results || o->format_events) {
		if (o->format_results && o->format_events)
			usage_error("give one of --format-results and --format-events");
		if (o->argc || o->npids)
			usage_error("--format-%s formats a file and traces nothing: drop PROG and -p",
				    o->format_results ? "results" : "events");
		if (o->format_events && (o->summary || o->summary_too))
			usage_error("--format-events prints a trace: drop -c and -C (--format-results prints summaries)");
		return;
	}
	if (!o->argc && !o->npids)
		usage_error("must have PROG [ARGS] or -p PID");
	if (o->argc && o->npids)
		usage_error("cannot trace PROG and -p PID in one run: give one of them");
	if (o->npids > KSTRACE_MAX_TARGETS)
		usage_error("too many targets: a session traces at most %d processes (KSTRACE_MAX_TARGETS); give fewer -p PIDs",
			    KSTRACE_MAX_TARGETS);
}

/* ---- output ---- */

/* open_output - the -o file, opened before tracing so errors come early. */
static FILE *open_output(const struct opts *o)
{
	FILE *f;

	if (!o->output || o->follow == 2)
		return stderr;
	f = fopen(o->output, "we");	/* 'e': not inherited by PROG */
	if (!f)
		fprintf(stderr, "kstrace: Can't fopen '%s': %s\n", o->output,
			strerror(errno));
	return f;
}

static int close_output(FILE *out, const struct opts *o)
{
	if (out == stderr)
		return fflush(out) ? -1 : 0;
	if (ferror(out) | fclose(out)) {
		fprintf(stderr, "kstrace: writing '%s' failed\n", o->output);
		return -1;
	}
	return 0;
}

/* discard_output - an error ends the run: the -o file stays as it is. */
static void discard_output(FILE *out)
{
	if (out != stderr)
		fclose(out);
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

/*
 * register_kprobes - every --kprobe, before start: the module refuses an
 * unknown or unprobeable function here, and the caller gives up before
 * anything runs.
 */
static int session_options(struct ks_session *s, const struct opts *o)
{
	unsigned int level = KSTRACE_SUMMARY_NONE;
	size_t i;

	/* Keep only what will be printed: histograms are for --json. */
	if (o->summary || o->summary_too)
		level = o->json ? KSTRACE_SUMMARY_HIST : KSTRACE_SUMMARY_COUNTS;
	if (ks_summary(s, level))
		return -1;
	for (i = 0; i < o->nkprobes; i++)
		if (ks_kprobe(s, o->kprobes[i].func, o->kprobes[i].ret))
			return -1;
	return 0;
}

static void print_summary(FILE *out, const struct opts *o,
			  struct ks_results *r)
{
	select_rows(r, o);
	if (o->json)
		summary_print_json(out, r, o->sort);
	else
		summary_print(out, r, o->sort);

	/* Not part of strace's table: a diagnostic, so always to stderr. */
	report_missed(r);
	if (r->untracked)
		fprintf(stderr,
			"kstrace: warning: %llu descendant tasks were not traced (task limit or out of memory); their syscalls are missing\n",
			(unsigned long long)r->untracked);
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

/* ---- waiting on the session ---- */

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

/* catch_signals - make SIGS end a wait (no SA_RESTART: poll returns). */
static void catch_signals(const int *sigs, size_t n)
{
	struct sigaction sa = { .sa_handler = on_signal };
	size_t i;

	sigemptyset(&sa.sa_mask);
	for (i = 0; i < n; i++)
		sigaction(sigs[i], &sa, NULL);
}

static void nap_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/*
 * watch - read the results until done() holds, a caught signal arrives,
 * or the session stops. Sleeps in poll(2), which the module makes readable
 * on a change of state; a poll that is always ready (a /proc file without
 * a poll method is) costs a nap instead of a busy loop, and a poll that
 * never fires still lets us look every WATCH_INTERVAL_MS.
 */
static int watch(struct ks_session *s, struct ks_results *r,
		 bool (*done)(const struct ks_results *))
{
	struct pollfd pfd = { .fd = s->fd, .events = POLLIN };
	int n;

	for (;;) {
		if (ks_read_results(s, r))
			return -1;
		if (done(r) || r->state == KS_STATE_STOPPED || interrupted)
			return 0;
		n = poll(&pfd, 1, WATCH_INTERVAL_MS);
		if (n > 0 && !interrupted) {
			if (ks_read_results(s, r))
				return -1;
			if (done(r))
				return 0;
			nap_ms(WATCH_INTERVAL_MS);
		}
	}
}

static bool no_tasks_left(const struct ks_results *r)
{
	return r->tasks == 0;
}

/* finish - stop the session, print what it counted, close the output. */
static int finish(struct ks_session *s, const struct opts *o, FILE *out)
{
	struct ks_results r = { 0 };

	if (ks_stop(s) || ks_read_results(s, &r)) {
		discard_output(out);
		return -1;
	}
	print_summary(out, o, &r);
	ks_results_free(&r);
	return close_output(out, o);
}

/* ---- the summary mode (-c) ---- */

/*
 * trace_command - kstrace -c PROG: count PROG (and with -f its
 * descendants) from its execve() on; exit with PROG's status.
 */
static int trace_command(const struct opts *o)
{
	static const int stop_sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct sigaction ign = { .sa_handler = SIG_IGN }, old_int, old_quit;
	struct ks_results r = { 0 };
	struct ks_session s;
	char path[PATH_MAX];
	struct child c;
	int status, ret;
	FILE *out;

	if (resolve_command(o->argv[0], path, sizeof(path)))
		return EXIT_ERROR;
	out = open_output(o);
	if (!out)
		return EXIT_ERROR;
	if (ks_open(&s)) {
		discard_output(out);
		return EXIT_ERROR;
	}
	/* before the command exists: a refused probe means it never runs */
	if (session_options(&s, o)) {
		discard_output(out);
		ks_close(&s);
		return EXIT_ERROR;
	}

	/*
	 * Like strace, outlive a Ctrl-C aimed at PROG to print its summary.
	 * Ignore before fork() so no signal finds us unprotected; the child
	 * puts back what we were started with before it execs.
	 */
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);

	if (child_spawn(&c, path, o->argv, &old_int, &old_quit))
		goto fail;
	if (ks_exec(&s, c.pid) || (o->follow && ks_follow(&s, true)) ||
	    ks_start(&s)) {
		child_abort(&c);
		goto fail;
	}
	child_release(&c);
	if (child_wait(&c, &status))
		goto fail;

	if (o->follow) {
		/* Descendants may outlive PROG; Ctrl-C gives up on them. */
		catch_signals(stop_sigs, ARRAY_SIZE(stop_sigs));
		if (watch(&s, &r, no_tasks_left))
			goto fail;
		ks_results_free(&r);
	}
	ret = finish(&s, o, out) ? EXIT_ERROR : exit_code_of(status);
	ks_close(&s);
	return ret;

fail:
	discard_output(out);
	ks_results_free(&r);
	ks_close(&s);
	return EXIT_ERROR;
}

/*
 * trace_pids - kstrace -c -p PID...: count running processes until a
 * signal asks us to stop or all of them have exited.
 */
static int trace_pids(const struct opts *o)
{
	static const int stop_sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct ks_results r = { 0 };
	struct ks_session s;
	size_t i;
	FILE *out;
	int ret;

	out = open_output(o);
	if (!out)
		return EXIT_ERROR;
	if (ks_open(&s)) {
		discard_output(out);
		return EXIT_ERROR;
	}
	catch_signals(stop_sigs, ARRAY_SIZE(stop_sigs));

	if (session_options(&s, o))
		goto fail;
	for (i = 0; i < o->npids; i++)
		if (ks_attach(&s, o->pids[i]))
			goto fail;
	if ((o->follow && ks_follow(&s, true)) || ks_start(&s))
		goto fail;
	if (watch(&s, &r, ks_all_targets_exited))
		goto fail;
	ks_results_free(&r);
	ret = finish(&s, o, out) ? EXIT_ERROR : 0;
	ks_close(&s);
	return ret;

fail:
	discard_output(out);
	ks_results_free(&r);
	ks_close(&s);
	return EXIT_ERROR;
}

/* ---- the event mode ---- */

static void fill_ev_opts(struct ev_opts *eo, const struct opts *o, FILE *out)
{
	struct timespec mono, real;
	size_t i;

	memset(eo, 0, sizeof(*eo));
	eo->ts = o->timestamps == 1 ? TS_SEC : o->timestamps == 2 ? TS_USEC :
		 o->timestamps == 3 ? TS_EPOCH : TS_NONE;
	eo->durations = o->durations;
	eo->decode_fds = o->decode_fds;
	eo->xflag = o->xflag;
	eo->xstyle = o->xstyle;
	eo->abbrev = &o->abbrev;
	eo->deref = &o->deref;
	eo->raw = o->raw_given ? &o->raw : NULL;
	eo->rd = o->rd.n || o->rd.not ? &o->rd : NULL;
	eo->wr = o->wr.n || o->wr.not ? &o->wr : NULL;
	eo->json = o->json;
	eo->follow = o->follow > 0;
	eo->result = o->result;
	eo->strsize = o->strsize;
	eo->sel = &o->sel;
	eo->nprobes = o->nkprobes;
	for (i = 0; i < o->nkprobes && i < KSTRACE_MAX_PROBES; i++) {
		eo->probes[i].func = o->kprobes[i].func;
		eo->probes[i].ret = o->kprobes[i].ret;
	}
	eo->to_stderr = out == stderr && o->follow != 2;
	if (o->follow == 2) {
		eo->ff_prefix = o->output;
		eo->pfx = PFX_NONE;
	} else if (out != stderr) {
		/* strace -o FILE: "PID " on every line with -f */
		eo->pfx = (o->follow || o->npids > 1) ? PFX_ALWAYS : PFX_NONE;
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

/* event_options - the session's event stream set-up, before start. */
/*
 * event_options - the session's event stream set-up, before start. The
 * module drops what -e trace= and -z/-Z leave out; but -y follows the
 * descriptors through the calls that make them, shown or not, so it asks
 * for those too and filters itself.
 */
static int event_options(struct ks_session *s, const struct opts *o)
{
	char list[KSTRACE_CMD_MAX];
	struct tracesel sel = o->sel;
	unsigned int nr;

	if (ks_events(s))
		return -1;
	if (o->lossy && ks_block(s, 0))
		return -1;
	if (o->wait_limit && ks_block(s, o->wait_limit))
		return -1;
	if (o->bufsize && ks_bufsize(s, o->bufsize))
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
	if (sel.given) {
		if (o->decode_fds)
			for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++)
				if (fdtab_wants(KSTRACE_ABI_NATIVE, nr))
					sel.set[0][nr / 8] |= 1u << (nr % 8);
		if (tracesel_list(&sel, KSTRACE_ABI_NATIVE, list,
				  sizeof(list) - 16) ||
		    ks_trace(s, KSTRACE_ABI_NATIVE, list))
			return -1;
		if (tracesel_list(&sel, KSTRACE_ABI_COMPAT, list,
				  sizeof(list) - 16) ||
		    ks_trace(s, KSTRACE_ABI_COMPAT, list))
			return -1;
	}
	if (o->decode_fds)
		return 0;
	if (o->result == RES_OK && ks_result(s, "ok"))
		return -1;
	if (o->result == RES_ERR && ks_result(s, "err"))
		return -1;
	return 0;
}

static int save_fd = -1;

static int save_records(const char *buf, size_t n)
{
	ssize_t w;

	while (n && save_fd >= 0) {
		w = write(save_fd, buf, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			fprintf(stderr, "kstrace: writing the saved events failed: %s\n",
				strerror(errno));
			return -1;
		}
		buf += w;
		n -= w;
	}
	return 0;
}

/*
 * pump - read the event stream until it ends: the module returns 0 once
 * the session stopped, or no traced task is left and every record was
 * read. Between reads, look for the command's end (to reap it, and with
 * -f to let Ctrl-C stop the wait) and for a stop request.
 */
static int pump(struct ks_session *s, struct ev_state *ev, struct child *c,
		int *status, bool *reaped, const struct opts *o)
{
	static const int stop_sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct pollfd pfd = { .fd = s->fd, .events = POLLIN };
	bool stopped = false;
	char *buf;
	ssize_t n;
	int ret = -1;

	buf = malloc(EVENT_BUF);
	if (!buf) {
		fputs("kstrace: out of memory\n", stderr);
		return -1;
	}
	for (;;) {
		if (c && !*reaped && waitpid(c->pid, status, WNOHANG) == c->pid) {
			*reaped = true;
			/* the command is gone: Ctrl-C now gives up on the rest */
			if (o->follow)
				catch_signals(stop_sigs, ARRAY_SIZE(stop_sigs));
		}
		if (interrupted && !stopped) {
			if (ks_stop(s))
				goto out;
			stopped = true;
		}
		n = poll(&pfd, 1, EVENT_POLL_MS);
		if (n < 0 && errno != EINTR) {
			fprintf(stderr, "kstrace: poll: %s\n", strerror(errno));
			goto out;
		}
		if (n <= 0)
			continue;
		n = ks_read_events(s, buf, EVENT_BUF);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			fprintf(stderr, "kstrace: reading %s: %s\n",
				KSTRACE_SESSION_PATH, strerror(errno));
			goto out;
		}
		if (n == 0)
			break;
		if (save_records(buf, n))
			goto out;
		if (ev_feed(ev, buf, n)) {
			fputs("kstrace: malformed event record from the module\n",
			      stderr);
			goto out;
		}
	}
	ret = 0;
out:
	free(buf);
	return ret;
}

/*
 * print_group_exits - a target's leader that ended before the rest of its
 * untraced group gets its "+++ exited with N +++" once the target is gone,
 * as strace prints it then.
 */
static int print_group_exits(struct ks_session *s, struct ev_state *ev,
			     struct ks_results *r)
{
	size_t i;

	if (!ev_exit_pending(ev))
		return 0;
	if (watch(s, r, ks_all_targets_exited))
		return -1;
	for (i = 0; i < r->ntargets; i++)
		if (r->targets[i].exited)
			ev_group_exit(ev, r->targets[i].pid, r->targets[i].status);
	ks_results_free(r);
	return 0;
}

/*
 * trace_events - the trace of PROG (or of -p PIDs): strace's own mode.
 */
static int trace_events(const struct opts *o)
{
	static const int stop_sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct sigaction ign = { .sa_handler = SIG_IGN }, old_int, old_quit;
	struct ks_results r = { 0 };
	struct ev_state *ev = NULL;
	struct ev_opts eo;
	struct ks_session s;
	char path[PATH_MAX];
	struct child c, *cp = NULL;
	bool reaped = false;
	int status = 0, ret = EXIT_ERROR;
	size_t i;
	FILE *out;

	if (o->argc && resolve_command(o->argv[0], path, sizeof(path)))
		return EXIT_ERROR;
	out = open_output(o);
	if (!out)
		return EXIT_ERROR;
	if (o->save_events) {
		save_fd = open(o->save_events,
			       O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
		if (save_fd < 0) {
			fprintf(stderr, "kstrace: Can't open '%s': %s\n",
				o->save_events, strerror(errno));
			discard_output(out);
			return EXIT_ERROR;
		}
	}
	if (ks_open(&s)) {
		discard_output(out);
		return EXIT_ERROR;
	}
	if (event_options(&s, o) || session_options(&s, o))
		goto out;

	if (o->argc) {
		/* as in -c mode: outlive a Ctrl-C aimed at PROG */
		sigemptyset(&ign.sa_mask);
		sigaction(SIGINT, &ign, &old_int);
		sigaction(SIGQUIT, &ign, &old_quit);
		if (child_spawn(&c, path, o->argv, &old_int, &old_quit))
			goto out;
		cp = &c;
		if (ks_exec(&s, c.pid) || (o->follow && ks_follow(&s, true)) ||
		    ks_start(&s)) {
			child_abort(&c);
			cp = NULL;
			goto out;
		}
	} else {
		catch_signals(stop_sigs, ARRAY_SIZE(stop_sigs));
		for (i = 0; i < o->npids; i++)
			if (ks_attach(&s, o->pids[i]))
				goto out;
		if ((o->follow && ks_follow(&s, true)) || ks_start(&s))
			goto out;
	}

	fill_ev_opts(&eo, o, out);
	ev = ev_new(&eo, out);
	/* -y: the descriptors there are before the first traced call */
	if (cp)
		ev_seed_fds(ev, cp->pid);
	for (i = 0; i < o->npids; i++)
		ev_seed_fds(ev, o->pids[i]);
	if (cp)
		child_release(cp);
	if (pump(&s, ev, cp, &status, &reaped, o))
		goto out;
	if (cp && !reaped && child_wait(cp, &status))
		goto out;
	if (print_group_exits(&s, ev, &r))
		goto out;
	if (ev_finish(ev))
		goto out;

	if (ks_read_results(&s, &r))
		goto out;
	if (o->summary_too)
		print_summary(out, o, &r);
	else
		report_missed(&r);
	report_lost(o, &r);
	report_vanished(&r, ev_records(ev));
	ks_results_free(&r);
	if (close_output(out, o)) {
		out = NULL;
		goto out;
	}
	out = NULL;
	ret = cp ? exit_code_of(status) : 0;
out:
	/* on an error the command goes on untraced, as in -c mode */
	if (out)
		discard_output(out);
	if (save_fd >= 0)
		close(save_fd);
	ev_free(ev);
	ks_results_free(&r);
	ks_close(&s);
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
	print_summary(out, o, &r);
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
	fill_ev_opts(&eo, o, out);
	eo.realtime_offset = 0;
	ev = ev_new(&eo, out);
	if (ev_feed(ev, data, len))
		fprintf(stderr, "kstrace: %s: malformed event record\n",
			o->format_events);
	else if (!ev_finish(ev))
		ret = 0;
	if (close_output(out, o))
		ret = EXIT_ERROR;
	ev_free(ev);
	free(data);
	return ret;
}

int main(int argc, char *argv[])
{
	struct opts o;

	parse_args(&o, argc, argv);

	if (o.format_results)
		return format_results(&o);
	if (o.format_events)
		return format_events(&o);
	if (!o.summary)
		return trace_events(&o);
	if (o.npids)
		return trace_pids(&o);
	return trace_command(&o);
}
