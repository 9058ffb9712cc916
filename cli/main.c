// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - kstrace, the command line of the in-kernel strace: options, the
 * life of a tracing run and the exit status.
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
#include "pathtrace.h"
#include "session.h"
#include "summary.h"
#include "xlat.h"

#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))

/* Exit codes of kstrace itself (a traced command's own code wins). */
#define EXIT_ERROR		1
/* An exit code that means "die of signal N": 0x100 | N, as strace's. */
#define EXIT_SIGNAL		0x100

/* How often to look at the results when poll(2) tells nothing, in ms. */
#define WATCH_INTERVAL_MS	50
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

/* strace's -I: when fatal signals reach kstrace */
enum intr {
	INTR_NOT_SET,
	INTR_ANYWHERE,		/* 1: never blocked: they kill kstrace */
	INTR_WHILE_WAIT,	/* 2: acted on (the default) */
	INTR_NEVER,		/* 3: ignored (default of -o FILE PROG) */
	INTR_NEVER_TSTP,	/* 4: ignored, and ^Z too */
};

/* strace's -U columns of the summary (and their order) */
struct kprobe_opt {
	char func[KSTRACE_FUNC_MAX];
	bool ret;			/* FUNC%return or --latency */
};

struct opts {
	bool summary;			/* -c */
	bool summary_too;		/* -C */
	int follow;			/* -f: 1, -ff: 2 */
	bool old_f;			/* -F, strace's old -f */
	bool json;			/* --json */
	enum sort_key sort;		/* -S */
	bool sort_given;
	struct summary_cols cols;	/* -U */
	bool cols_given;
	uint64_t overhead_ns;		/* -O */
	bool wallclock;			/* -w */
	int tshort;			/* -t: 1, -tt: 2, -ttt: 3 */
	bool tlong;			/* --absolute-timestamps */
	enum ev_ts ts;
	int ts_width;
	bool relative;			/* -r */
	int rel_width;
	bool durations;			/* -T */
	int dur_width;
	bool iflag;			/* -i */
	bool nflag;			/* -n */
	unsigned int column;		/* -a */
	int yflag;			/* -y: 1, -yy: 2 */
	bool decode_fds;		/* -y, -e decode-fds=path */
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
	struct numset status;		/* -e status=, -z, -Z */
	int zflags;			/* -z and -Z given */
	struct numset signals;		/* -e signal= */
	struct numset quiet;		/* -e quiet= */
	bool quiet_given;
	int qshort;			/* -q: 1, -qq: 2, -qqq: 3 */
	struct tracesel sel;		/* -e trace= */
	struct pathsel paths;		/* -P */
	const char **pathargs;
	size_t npathargs;
	unsigned int bufsize;		/* --bufsize, KiB; 0: the module's */
	bool lossy;			/* --lossy: drop rather than wait */
	unsigned int wait_limit;	/* --wait-limit MS; 0: the module's */
	const char *output;		/* -o */
	bool append;			/* -A */
	bool detach_on_execve;		/* -b execve */
	uint64_t syscall_limit;		/* --syscall-limit */
	int daemonize;			/* -D */
	enum intr intr;			/* -I */
	const char *user;		/* -u */
	char **env;			/* -E */
	size_t nenv;
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
	OPT_SIGNAL,
	OPT_STATUS,
	OPT_QUIET,
	OPT_FAULT,
	OPT_INJECT,
	OPT_KVM,
	OPT_DECODE_FDS,
	OPT_DECODE_PIDS,
	OPT_TS,
	OPT_DAEMONIZE,
	OPT_SECCOMP,
	OPT_TIPS,
	OPT_SYSCALL_LIMIT,
	OPT_STACK,
	OPT_REL,
	OPT_TIMES,
	OPT_FOLLOW,
};

static const struct option long_options[] = {
	{ "columns",		required_argument,	NULL, 'a' },
	{ "output-append-mode",	no_argument,		NULL, 'A' },
	{ "detach-on",		required_argument,	NULL, 'b' },
	{ "summary-only",	no_argument,		NULL, 'c' },
	{ "summary",		no_argument,		NULL, 'C' },
	{ "debug",		no_argument,		NULL, 'd' },
	{ "daemonize",		optional_argument,	NULL, OPT_DAEMONIZE },
	{ "env",		required_argument,	NULL, 'E' },
	{ "follow-forks",	no_argument,		NULL, OPT_FOLLOW },
	{ "output-separately",	no_argument,		NULL, OPT_FF },
	{ "instruction-pointer", no_argument,		NULL, 'i' },
	{ "interruptible",	required_argument,	NULL, 'I' },
	{ "stack-traces",	optional_argument,	NULL, OPT_STACK },
	{ "syscall-number",	no_argument,		NULL, 'n' },
	{ "output",		required_argument,	NULL, 'o' },
	{ "summary-syscall-overhead", required_argument, NULL, 'O' },
	{ "attach",		required_argument,	NULL, 'p' },
	{ "trace-path",		required_argument,	NULL, 'P' },
	{ "relative-timestamps", optional_argument,	NULL, OPT_REL },
	{ "string-limit",	required_argument,	NULL, 's' },
	{ "summary-sort-by",	required_argument,	NULL, 'S' },
	{ "absolute-timestamps", optional_argument,	NULL, OPT_TS },
	{ "syscall-times",	optional_argument,	NULL, OPT_TIMES },
	{ "user",		required_argument,	NULL, 'u' },
	{ "summary-columns",	required_argument,	NULL, 'U' },
	{ "no-abbrev",		no_argument,		NULL, 'v' },
	{ "summary-wall-clock",	no_argument,		NULL, 'w' },
	{ "strings-in-hex",	optional_argument,	NULL, OPT_HEXSTR },
	{ "const-print-style",	required_argument,	NULL, 'X' },
	{ "decode-fds",		optional_argument,	NULL, OPT_DECODE_FDS },
	{ "decode-pids",	required_argument,	NULL, OPT_DECODE_PIDS },
	{ "successful-only",	no_argument,		NULL, 'z' },
	{ "failed-only",	no_argument,		NULL, 'Z' },
	{ "seccomp-bpf",	no_argument,		NULL, OPT_SECCOMP },
	{ "tips",		optional_argument,	NULL, OPT_TIPS },
	{ "syscall-limit",	required_argument,	NULL, OPT_SYSCALL_LIMIT },
	{ "trace",		required_argument,	NULL, OPT_TRACE },
	{ "abbrev",		required_argument,	NULL, OPT_ABBREV },
	{ "verbose",		required_argument,	NULL, OPT_VERBOSE },
	{ "raw",		required_argument,	NULL, OPT_RAW },
	{ "signal",		required_argument,	NULL, OPT_SIGNAL },
	{ "status",		required_argument,	NULL, OPT_STATUS },
	{ "quiet",		optional_argument,	NULL, OPT_QUIET },
	{ "read",		required_argument,	NULL, OPT_READ },
	{ "write",		required_argument,	NULL, OPT_WRITE },
	{ "fault",		required_argument,	NULL, OPT_FAULT },
	{ "inject",		required_argument,	NULL, OPT_INJECT },
	{ "kvm",		required_argument,	NULL, OPT_KVM },
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

/* The signal that asked kstrace to stop (strace's "interrupted"). */
static volatile sig_atomic_t interrupted;

static void usage(void)
{
	fputs(
"Usage: kstrace [-ACdffhiqqrtttTvVwxxyzZ] [-I N] [-b execve] [-e EXPR]...\n"
"               [-a COLUMN] [-o FILE] [-s STRSIZE] [-X FORMAT] [-O OVERHEAD]\n"
"               [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS] [--json]\n"
"               [--bufsize KIB] [--kprobe FUNC[%return]]... [--latency]\n"
"               { -p PID | [-E VAR=VAL]... [-u USERNAME] PROG [ARGS] }\n"
"   or: kstrace -c[dfwzZ] [-I N] [-b execve] [-e EXPR]... [-O OVERHEAD]\n"
"               [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS] [--json]\n"
"               { -p PID | [-E VAR=VAL]... [-u USERNAME] PROG [ARGS] }\n"
"\n"
"Traces the system calls and signals of PROG, or of running processes,\n"
"inside the kernel (module kstrace.ko) instead of stopping them with\n"
"ptrace, and prints them like strace 6.1. Needs root and the module\n"
"loaded (sudo modprobe kstrace). Every strace 6.1 option is accepted;\n"
"those kstrace cannot honour say why (see the man page, kstrace(1)).\n"
"\n"
"General:\n"
"  -e EXPR        a qualifying expression: OPTION=[!]all or OPTION=[!]VAL1[,VAL2]...\n"
"     options:    trace, abbrev, verbose, raw, signal, read, write, status,\n"
"                 quiet, decode-fds (fault, inject, kvm: not supported)\n"
"\n"
"Startup:\n"
"  -E VAR=VAL, --env=VAR=VAL\n"
"                 put VAR=VAL in the environment for command\n"
"  -E VAR, --env=VAR\n"
"                 remove VAR from the environment for command\n"
"  -p PID, --attach=PID\n"
"                 trace process with process id PID (all its threads), may\n"
"                 be repeated or given as a list (1,2,3)\n"
"  -u USERNAME, --user=USERNAME\n"
"                 run command as USERNAME (or UID[:GID]) handling setuid\n"
"                 and/or setgid\n"
"\n"
"Tracing:\n"
"  -b execve, --detach-on=execve\n"
"                 detach on execve syscall\n"
"  -D, -DD, -DDD, --daemonize[=grandchild|pgroup|session]\n"
"                 accepted, no effect: kstrace never stops PROG\n"
"  -f, --follow-forks\n"
"                 follow forks\n"
"  -ff, --follow-forks --output-separately\n"
"                 follow forks with output into separate files\n"
"  -I INTERRUPTIBLE, --interruptible=INTERRUPTIBLE\n"
"     1, anywhere:   no signals are blocked\n"
"     2, waiting:    fatal signals end the run (default)\n"
"     3, never:      fatal signals are ignored (default if '-o FILE PROG')\n"
"     4, never_tstp: fatal signals and SIGTSTP (^Z) are ignored\n"
"      --bufsize=KIB  event buffer per CPU, 8..65536 KiB (default 1024)\n"
"      --wait-limit=MS\n"
"                 a traced task that fills its buffer waits for kstrace to\n"
"                 read it, MS ms at most (default 5000); after a wait that\n"
"                 long, events are dropped (and counted) instead\n"
"      --lossy    never make a traced task wait: drop events when a buffer\n"
"                 is full (see 'events lost')\n"
"\n"
"Filtering:\n"
"  -e trace=[!][?]{{SYSCALL|GROUP|all|/REGEX}[@64|@32]|none},\n"
"   --trace=[!][?]{{SYSCALL|GROUP|all|/REGEX}[@64|@32]|none}\n"
"                 trace only specified syscalls (the module skips the\n"
"                 others); also kprobe:FUNC, kprobe:* or %kprobe\n"
"     groups:     %clock, %creds, %desc, %file, %fstat, %fstatfs %ipc, %lstat,\n"
"                 %memory, %net, %process, %pure, %signal, %stat, %%stat,\n"
"                 %statfs, %%statfs\n"
"  -e signal=SET, --signal=SET\n"
"                 print only the signals from SET\n"
"  -e status=SET, --status=SET\n"
"                 print only system calls with the return statuses in SET\n"
"     statuses:   successful, failed, unfinished, unavailable, detached\n"
"  -P PATH, --trace-path=PATH\n"
"                 trace accesses to PATH\n"
"  -z, --successful-only\n"
"                 print only syscalls that returned without an error code\n"
"  -Z, --failed-only\n"
"                 print only syscalls that returned with an error code\n"
"      --syscall-limit=LIMIT\n"
"                 detach all tracees after tracing LIMIT syscalls\n"
"\n"
"Output format:\n"
"  -a COLUMN, --columns=COLUMN\n"
"                 alignment COLUMN for printing syscall results (default 40)\n"
"  -e abbrev=SET, --abbrev=SET\n"
"                 abbreviate output for the syscalls in SET\n"
"  -e verbose=SET, --verbose=SET\n"
"                 dereference structures for the syscall in SET\n"
"  -e raw=SET, --raw=SET\n"
"                 print undecoded arguments for the syscalls in SET\n"
"  -e read=SET, --read=SET\n"
"                 dump the data read from the file descriptors in SET\n"
"  -e write=SET, --write=SET\n"
"                 dump the data written to the file descriptors in SET\n"
"  -e quiet=SET, --quiet=SET\n"
"                 suppress various informational messages\n"
"     messages:   attach, exit, path-resolution, personality, thread-execve\n"
"  -i, --instruction-pointer\n"
"                 print instruction pointer at time of syscall (unknown:\n"
"                 [????????????????], but for calls found at attach)\n"
"  -n, --syscall-number\n"
"                 print syscall number\n"
"  -o FILE, --output=FILE\n"
"                 send trace output to FILE instead of stderr; |CMD or !CMD\n"
"                 pipes it to CMD\n"
"  -A, --output-append-mode\n"
"                 open the file provided in the -o option in append mode\n"
"  --output-separately\n"
"                 output into separate files (by appending pid to file names)\n"
"  -q, --quiet=attach,personality\n"
"                 suppress messages about attaching, detaching, etc.\n"
"  -qq, --quiet=attach,personality,exit\n"
"                 suppress messages about process exit status as well.\n"
"  -qqq, --quiet=all\n"
"                 suppress all suppressible messages.\n"
"  -r, --relative-timestamps[=PRECISION]\n"
"                 print relative timestamp\n"
"     precision:  one of s, ms, us, ns; default is microseconds\n"
"  -s STRSIZE, --string-limit=STRSIZE\n"
"                 limit length of print strings to STRSIZE chars (default 32,\n"
"                 at most 1024; paths are printed whole)\n"
"  --absolute-timestamps=[[format:]FORMAT[,[precision:]PRECISION]]\n"
"                 set the format of absolute timestamps\n"
"     format:     none, time, or unix; default is time\n"
"     precision:  one of s, ms, us, ns; default is seconds\n"
"  -t, --absolute-timestamps[=time]\n"
"                 print absolute timestamp\n"
"  -tt, --absolute-timestamps=[time,]us\n"
"                 print absolute timestamp with usecs\n"
"  -ttt, --absolute-timestamps=unix,us\n"
"                 print absolute UNIX time with usecs\n"
"  -T, --syscall-times[=PRECISION]\n"
"                 print time spent in each syscall\n"
"     precision:  one of s, ms, us, ns; default is microseconds\n"
"  -v, --no-abbrev\n"
"                 verbose mode: print entities unabbreviated\n"
"  --strings-in-hex=non-ascii-chars\n"
"                 use hex instead of octal in escape sequences\n"
"  -x, --strings-in-hex=non-ascii\n"
"                 print non-ASCII strings in hex\n"
"  -xx, --strings-in-hex[=all]\n"
"                 print all strings in hex\n"
"  -X FORMAT, --const-print-style=FORMAT\n"
"                 set the FORMAT for printing of named constants and flags\n"
"     formats:    raw, abbrev, verbose\n"
"  -y, --decode-fds[=path]\n"
"                 print paths associated with file descriptor arguments\n"
"      --json     print the trace as JSON lines (one object per call,\n"
"                 signal or exit) and the summary as one JSON object\n"
"\n"
"Statistics:\n"
"  -c, --summary-only\n"
"                 count time, calls, and errors for each syscall and report\n"
"                 summary (counted in the kernel)\n"
"  -C, --summary  like -c, but also print the regular output\n"
"  -O OVERHEAD[UNIT], --summary-syscall-overhead=OVERHEAD[UNIT]\n"
"                 set overhead for tracing syscalls to OVERHEAD UNITs\n"
"     units:      one of s, ms, us, ns; default is microseconds\n"
"  -S SORTBY, --summary-sort-by=SORTBY\n"
"                 sort syscall counts by: time, min-time, max-time, avg-time,\n"
"                 calls, errors, name, nothing (default time)\n"
"  -U COLUMNS, --summary-columns=COLUMNS\n"
"                 show specific columns in the summary report: comma-separated\n"
"                 list of time-percent, total-time, min-time, max-time,\n"
"                 avg-time, calls, errors, name\n"
"                 (default time-percent,total-time,avg-time,calls,errors,name)\n"
"  -w, --summary-wall-clock\n"
"                 summarise syscall latency (kstrace's only clock: the time\n"
"                 from entry to exit)\n"
"\n"
"Kernel functions:\n"
"      --kprobe=FUNC  count the calls of kernel function FUNC made by the\n"
"                 traced tasks (MOD:FUNC for a module's); may be repeated,\n"
"                 at most 16; FUNC%return also times them (a kretprobe)\n"
"      --latency  make every --kprobe a kretprobe\n"
"\n"
"Miscellaneous:\n"
"  -d, --debug    print the commands sent to the module\n"
"  -h, --help     print help message\n"
"  --seccomp-bpf  accepted: kstrace filters in the kernel anyway\n"
"  -V, --version  print version\n"
"\n"
"Not supported (each says why): -k, -yy, -Y, --decode-pids, --tips,\n"
"-e inject=, -e fault=, -e kvm=.\n"
"\n"
"Testing:\n"
"      --format-results=FILE\n"
"                 do not trace: print the summary of a saved results file\n"
"                 (what " KSTRACE_SESSION_PATH " reads back; - for\n"
"                 stdin), honouring -S, -U, -o, --json\n"
"      --format-events=FILE\n"
"                 do not trace: print a saved event stream (binary records;\n"
"                 - for stdin) as a trace, honouring the output and\n"
"                 filtering options\n"
"      --save-events=FILE  also copy the event stream to FILE\n"
"\n"
"Exit status: PROG's; kstrace dies of the signal that killed PROG, or of\n"
"the signal that interrupted it (as strace); 0 with -p; 1 on errors.\n",
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

/* die - strace's error_msg_and_die(): the problem alone. */
static void __attribute__((noreturn, format(printf, 1, 2)))
die(const char *fmt, ...)
{
	va_list ap;

	fputs("kstrace: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(EXIT_ERROR);
}

/* warn - strace's error_msg(): a note, and the run goes on. */
static void __attribute__((format(printf, 1, 2)))
warn(const char *fmt, ...)
{
	va_list ap;

	fputs("kstrace: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
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

/* -z, -Z: strace's shortcuts of -e status= */
static void set_zflag(struct opts *o, enum ev_status st)
{
	memset(&o->status, 0, sizeof(o->status));
	o->status.bits[0] = 1ULL << st;
	o->zflags++;
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

static int status_number(const char *s)
{
	static const char *const names[ST_COUNT] = {
		[ST_SUCCESSFUL] = "successful", [ST_FAILED] = "failed",
		[ST_UNFINISHED] = "unfinished",
		[ST_UNAVAILABLE] = "unavailable", [ST_DETACHED] = "detached",
	};
	int i;

	for (i = 0; i < ST_COUNT; i++)
		if (!strcmp(s, names[i]))
			return i;
	return -1;
}

static int quiet_number(const char *s)
{
	static const struct {
		const char *name;
		int q;
	} names[] = {
		{ "attach", Q_ATTACH }, { "exit", Q_EXIT }, { "exits", Q_EXIT },
		{ "path-resolution", Q_PATH_RESOLVE },
		{ "personality", Q_PERSONALITY },
		{ "superseded", Q_THREAD_EXECVE },
		{ "thread-execve", Q_THREAD_EXECVE },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(s, names[i].name))
			return names[i].q;
	return -1;
}

static void set_status(struct opts *o, const char *v)
{
	if (numset_parse(&o->status, v, status_number, "status"))
		exit(EXIT_ERROR);
}

static void set_signals(struct opts *o, const char *v)
{
	if (numset_parse(&o->signals, v, signal_number, "signal"))
		exit(EXIT_ERROR);
}

static void set_quiet(struct opts *o, const char *v)
{
	if (numset_parse(&o->quiet, v ? v : "attach,personality",
			 quiet_number, "quiet"))
		exit(EXIT_ERROR);
	o->quiet_given = true;
}

static int decode_fd_number(const char *s)
{
	static const char *const names[] = {
		"path", "socket", "dev", "pidfd",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(s, names[i]))
			return i;
	return -1;
}

/*
 * -e decode-fds=SET, --decode-fds[=SET], -yy: kstrace prints the paths
 * of descriptors (-y); the other details strace adds with -yy it does
 * not decode, and says so.
 */
static void set_decode_fds(struct opts *o, const char *v)
{
	struct numset s;
	unsigned int i;

	if (numset_parse(&s, v, decode_fd_number, "decode-fds"))
		exit(EXIT_ERROR);
	o->decode_fds = numset_has(&s, 0);
	for (i = 1; i < 4; i++)
		if (numset_has(&s, i)) {
			warn("-e decode-fds=%s: kstrace decodes descriptors as paths only (-y): no socket, device or pidfd details",
			     v);
			break;
		}
}

/* strace's refusal of an option kstrace cannot honour: why, then exit */
static void __attribute__((noreturn)) cannot(const char *opt,
					     const char *why)
{
	die("%s: not supported by kstrace: %s", opt, why);
}

/*
 * -e EXPR: trace=SET (or a bare SET), status=SET, signal=SET, quiet=SET,
 * abbrev=, verbose=, raw= (syscall sets), read=, write= (descriptor
 * sets), decode-fds=; inject=, fault=, kvm=, decode-pids= say why not.
 */
static void qualify(struct opts *o, const char *expr)
{
	static const char *const trace[] = { "trace", "t", NULL };
	static const char *const abbrev[] = { "abbrev", "a", NULL };
	static const char *const verbose[] = { "verbose", "v", NULL };
	static const char *const raw[] = { "raw", "x", NULL };
	static const char *const rd[] = { "read", "reads", "r", NULL };
	static const char *const wr[] = { "write", "writes", "w", NULL };
	static const char *const sig[] = { "signal", "signals", "s", NULL };
	static const char *const status[] = { "status", NULL };
	static const char *const quiet[] = { "quiet", "silent", "silence",
					     "q", NULL };
	static const char *const fds[] = { "decode-fds", "decode-fd", NULL };
	static const char *const pids[] = { "decode-pids", "decode-pid",
					    NULL };
	static const char *const inject[] = { "inject", "fault", NULL };
	static const char *const kvm[] = { "kvm", NULL };
	const char *eq = strchr(expr, '=');
	size_t n = eq ? (size_t)(eq - expr) : 0;
	const char *v = eq ? eq + 1 : NULL;

	if (!eq)
		set_trace(o, expr);
	else if (qual_is(expr, n, trace))
		set_trace(o, v);
	else if (qual_is(expr, n, abbrev))
		set_syscalls(&o->abbrev, v);
	else if (qual_is(expr, n, verbose))
		set_syscalls(&o->deref, v);
	else if (qual_is(expr, n, raw)) {
		set_syscalls(&o->raw, v);
		o->raw_given = true;
	} else if (qual_is(expr, n, rd))
		set_fds(&o->rd, v);
	else if (qual_is(expr, n, wr))
		set_fds(&o->wr, v);
	else if (qual_is(expr, n, sig))
		set_signals(o, v);
	else if (qual_is(expr, n, status))
		set_status(o, v);
	else if (qual_is(expr, n, quiet))
		set_quiet(o, v);
	else if (qual_is(expr, n, fds))
		set_decode_fds(o, v);
	else if (qual_is(expr, n, pids))
		warn("-e %.*s=: kstrace prints no command names nor other namespaces' ids for pids; ignored",
		     (int)n, expr);
	else if (qual_is(expr, n, inject))
		cannot(n == 5 ? "-e fault=" : "-e inject=",
		       "kstrace never stops or changes the traced processes (no ptrace), so it cannot inject errors, signals or delays");
	else if (qual_is(expr, n, kvm))
		warn("-e kvm=%s: kstrace does not decode KVM vcpu exits; ignored",
		     v);
	else
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

/* strace's str2timescale: s, ms, us, ns -> digits of the fraction */
static int timescale(const char *s)
{
	static const char *const names[] = { "s", "ms", "us", "ns" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(s, names[i]))
			return i * 3;
	return -1;
}

/*
 * --absolute-timestamps=[[format:]FORMAT][,[precision:]PRECISION]:
 * strace's parse_ts_arg(); -t, -tt and -ttt are its short forms.
 */
static int set_ts(struct opts *o, const char *arg)
{
	char *copy = strdup(arg), *tok, *save = NULL;
	bool fmt, prec;
	int w, ret = 0;

	if (!copy)
		die("out of memory");
	o->ts = TS_TIME;
	o->ts_width = 0;
	for (tok = strtok_r(copy, ",", &save); tok && !ret;
	     tok = strtok_r(NULL, ",", &save)) {
		fmt = !strncmp(tok, "format:", 7);
		prec = !strncmp(tok, "precision:", 10);
		if (fmt || prec)
			tok = strchr(tok, ':') + 1;
		if (!prec && !strcmp(tok, "none"))
			o->ts = TS_NONE;
		else if (!prec && !strcmp(tok, "time"))
			o->ts = TS_TIME;
		else if (!prec && !strcmp(tok, "unix"))
			o->ts = TS_UNIX;
		else if (!fmt && (w = timescale(tok)) >= 0)
			o->ts_width = w;
		else
			ret = -1;
	}
	free(copy);
	return ret;
}

/* -O OVERHEAD[UNIT]: strace's parse_ts(), microseconds by default */
static int parse_overhead(const char *s, uint64_t *ns)
{
	static const struct {
		const char *unit;
		double mul;
	} units[] = { { "", 1e3 }, { "s", 1e9 }, { "ms", 1e6 }, { "us", 1e3 },
		      { "ns", 1 } };
	char *end;
	double v;
	size_t i;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || errno || v < 0)
		return -1;
	for (i = 0; i < ARRAY_SIZE(units); i++)
		if (!strcmp(end, units[i].unit)) {
			*ns = (uint64_t)(v * units[i].mul + 0.5);
			return 0;
		}
	return -1;
}

/* -I 1..4 or anywhere, waiting, never, never_tstp */
static enum intr parse_intr(const char *s)
{
	static const char *const names[] = {
		NULL, "anywhere", "waiting", "never", "never_tstp",
	};
	int i;

	for (i = INTR_ANYWHERE; i <= INTR_NEVER_TSTP; i++)
		if (!strcmp(s, names[i]) || (s[0] == '0' + i && !s[1]))
			return i;
	return INTR_NOT_SET;
}

static void add_env(struct opts *o, char *arg)
{
	char **v = realloc(o->env, (o->nenv + 1) * sizeof(*v));

	if (!v)
		die("out of memory");
	o->env = v;
	o->env[o->nenv++] = arg;
}

static void add_path(struct opts *o, const char *arg)
{
	const char **v = realloc(o->pathargs, (o->npathargs + 1) * sizeof(*v));

	if (!v)
		die("out of memory");
	o->pathargs = v;
	o->pathargs[o->npathargs++] = arg;
}

/* set_quiet_default - strace's -q levels, and -o FILE PROG's -q */
static void finish_quiet(struct opts *o)
{
	static const char *const levels[] = {
		NULL, "attach,personality", "attach,personality,exit", "all",
	};

	if (o->output && o->argc && !o->qshort && !o->quiet_given)
		o->qshort = 1;
	if (!o->qshort)
		return;
	if (o->quiet_given)
		die("-q and -e quiet/--quiet cannot be provided simultaneously");
	if (o->qshort > 3)
		o->qshort = 3;
	set_quiet(o, levels[o->qshort]);
}

/* the checks strace makes once every option is read, in its order */
static void finish_args(struct opts *o)
{
	static const char *const ts_forms[] = {
		NULL, "time", "time,us", "unix,us",
	};
	bool counts;
	size_t i;

	if (o->xflag_long >= 0) {
		if (o->xflag)
			die("-x and --strings-in-hex cannot be provided simultaneously");
		o->xflag = o->xflag_long;
	}
	if (o->daemonize) {
		if (!o->argc)
			usage_error("PROG [ARGS] must be specified with -D/--daemonize");
		if (o->daemonize > 3)
			usage_error("Too many -D's (%d), maximum supported -D count is 3",
				    o->daemonize);
		warn("-D/--daemonize: no effect: kstrace never stops PROG, which runs as its child with or without -D");
	}
	if (o->tshort) {
		if (o->tlong)
			die("-t and --absolute-timestamps cannot be provided simultaneously");
		set_ts(o, ts_forms[o->tshort > 3 ? 3 : o->tshort]);
	}
	if (o->yflag > 1)
		warn("-yy/--decode-fds=all: kstrace decodes descriptors as paths only (-y): no socket, device or pidfd details");
	if (o->yflag)
		o->decode_fds = true;
	if (o->summary && o->summary_too)
		usage_error("-c/--summary-only and -C/--summary are mutually exclusive");
	if (o->old_f && o->follow) {
		warn("deprecated option -F ignored");
	} else if (o->old_f) {
		warn("option -F is deprecated, please use -f/--follow-forks instead");
		o->follow = 1;
	}
	if (o->follow > 2)
		o->follow = 2;
	if (o->follow == 2 && (o->summary || o->summary_too))
		usage_error("(-c/--summary-only or -C/--summary) and -ff/--output-separately are mutually exclusive");
	/* --format-results prints a summary too */
	counts = o->summary || o->summary_too || o->format_results;
	if (o->wallclock && !counts)
		usage_error("-w/--summary-wall-clock must be given with (-c/--summary-only or -C/--summary)");
	if (o->cols_given && !counts)
		usage_error("-U/--summary-columns must be given with (-c/--summary-only or -C/--summary)");
	if (o->sort_given && !counts)
		warn("-S/--summary-sort-by has no effect without (-c/--summary-only or -C/--summary)");
	if (o->summary) {
		if (o->iflag)
			warn("-i/--instruction-pointer has no effect with -c/--summary-only");
		if (o->nflag)
			warn("-n/--syscall-number has no effect with -c/--summary-only");
		if (o->relative)
			warn("-r/--relative-timestamps has no effect with -c/--summary-only");
		if (o->ts != TS_NONE)
			warn("-t/--absolute-timestamps has no effect with -c/--summary-only");
		if (o->durations)
			warn("-T/--syscall-times has no effect with -c/--summary-only");
		if (o->decode_fds)
			warn("-y/--decode-fds has no effect with -c/--summary-only");
	}
	if (!o->output) {
		if (o->follow == 2)
			o->follow = 1;	/* strace: -ff without -o is -f */
		if (o->append)
			warn("-A/--output-append-mode has no effect without -o/--output");
	} else if ((o->output[0] == '|' || o->output[0] == '!') &&
		   o->follow == 2) {
		usage_error("piping the output and -ff/--output-separately are mutually exclusive");
	}
	if (o->zflags > 1)
		warn("Only the last of -z/--successful-only/-Z/--failed-only options will take effect. See status qualifier for more complex filters.");
	finish_quiet(o);
	for (i = 0; i < o->npathargs; i++)
		pathsel_add(&o->paths, o->pathargs[i],
			    numset_has(&o->quiet, Q_PATH_RESOLVE));
	if (o->intr == INTR_NOT_SET)
		o->intr = o->output && o->argc ? INTR_NEVER : INTR_WHILE_WAIT;
	if (o->strsize > KSTRACE_STRSIZE_MAX)
		o->strsize = KSTRACE_STRSIZE_MAX;
	finish_kprobes(o);
}

static void parse_args(struct opts *o, int argc, char *argv[])
{
	int c, li, w;

	memset(o, 0, sizeof(*o));
	o->sort = SORT_TIME;
	summary_cols_default(&o->cols);
	o->strsize = KSTRACE_STRSIZE_DEFAULT;
	o->xflag_long = -1;
	o->xstyle = XLAT_ABBREV;
	o->rel_width = 6;
	o->dur_width = 6;
	o->column = 40;
	tracesel_all(&o->sel);
	/* strace's defaults: abbrev=all, verbose=all, raw=none */
	tracesel_all(&o->abbrev);
	tracesel_all(&o->deref);
	set_syscalls(&o->raw, "none");
	numset_all(&o->status);
	numset_all(&o->signals);
	memset(&o->quiet, 0, sizeof(o->quiet));
	opterr = 0;

	/* '+': options end at PROG, so "kstrace -c ls -l" gives -l to ls. */
	while (li = -1, (c = getopt_long(argc, argv,
					 "+:a:Ab:cCdDe:E:fFhiI:kno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ",
					 long_options, &li)) != -1) {
		switch (c) {
		case 'a':
			o->column = parse_uint_arg(optarg, "-a", INT_MAX);
			break;
		case 'A':
			o->append = true;
			break;
		case 'b':
			if (strcmp(optarg, "execve"))
				die("Syscall '%s' for -b isn't supported",
				    optarg);
			o->detach_on_execve = true;
			break;
		case 'c':
			if (o->summary_too)
				usage_error("-c/--summary-only and -C/--summary are mutually exclusive");
			o->summary = true;
			break;
		case 'C':
			if (o->summary)
				usage_error("-c/--summary-only and -C/--summary are mutually exclusive");
			o->summary_too = true;
			break;
		case 'd':
			ks_debug = true;
			break;
		case 'D':
			o->daemonize++;
			break;
		case OPT_DAEMONIZE:
			if (optarg && strcmp(optarg, "grandchild") &&
			    strcmp(optarg, "pgroup") && strcmp(optarg, "pgrp") &&
			    strcmp(optarg, "session"))
				bad_opt_arg(c, li, optarg);
			o->daemonize = 1;
			break;
		case 'e':
			qualify(o, optarg);
			break;
		case 'E':
			add_env(o, optarg);
			break;
		case 'f':
			o->follow++;
			break;
		case OPT_FOLLOW:
			if (!o->follow)
				o->follow = 1;
			break;
		case 'F':
			o->old_f = true;
			break;
		case OPT_FF:
			o->follow = 2;
			break;
		case 'i':
			o->iflag = true;
			break;
		case 'I':
			o->intr = parse_intr(optarg);
			if (o->intr == INTR_NOT_SET)
				bad_opt_arg(c, li, optarg);
			break;
		case 'k':
		case OPT_STACK:
			cannot("-k/--stack-traces",
			       "the module records no user stack");
		case 'n':
			o->nflag = true;
			break;
		case 'o':
			o->output = optarg;
			break;
		case 'O':
			if (parse_overhead(optarg, &o->overhead_ns))
				bad_opt_arg(c, li, optarg);
			break;
		case 'p':
			add_pid_list(o, optarg);
			break;
		case 'P':
			add_path(o, optarg);
			break;
		case 'q':
			o->qshort++;
			break;
		case 'r':
			o->relative = true;
			break;
		case OPT_REL:
			o->relative = true;
			w = optarg ? timescale(optarg) : 6;
			if (w < 0)
				bad_opt_arg(c, li, optarg);
			o->rel_width = w;
			break;
		case 's':
			o->strsize = parse_uint_arg(optarg, "-s", INT_MAX);
			o->strsize_given = true;
			break;
		case 'S':
			if (summary_sortby(optarg, &o->sort))
				usage_error("invalid sortby: '%s' (use time, min-time, max-time, avg-time, calls, errors, name or nothing)",
					    optarg);
			o->sort_given = true;
			break;
		case 't':
			o->tshort++;
			break;
		case OPT_TS:
			o->tlong = true;
			if (set_ts(o, optarg ? optarg : "time"))
				bad_opt_arg(c, li, optarg);
			break;
		case 'T':
			o->durations = true;
			break;
		case OPT_TIMES:
			o->durations = true;
			w = optarg ? timescale(optarg) : 6;
			if (w < 0)
				bad_opt_arg(c, li, optarg);
			o->dur_width = w;
			break;
		case 'u':
			o->user = optarg;
			break;
		case 'U':
			if (summary_cols_parse(&o->cols, optarg))
				exit(EXIT_ERROR);
			o->cols_given = true;
			break;
		case 'v':
			set_syscalls(&o->abbrev, "none");
			break;
		case 'w':
			o->wallclock = true;
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
		case 'y':
			o->yflag++;
			break;
		case OPT_DECODE_FDS:
			set_decode_fds(o, optarg ? optarg : "path");
			break;
		case 'Y':
		case OPT_DECODE_PIDS:
			warn("%s: kstrace prints no command names nor other namespaces' ids for pids; ignored",
			     c == 'Y' ? "-Y" : "--decode-pids");
			break;
		case 'z':
			set_zflag(o, ST_SUCCESSFUL);
			break;
		case 'Z':
			set_zflag(o, ST_FAILED);
			break;
		case OPT_TRACE:
			set_trace(o, optarg);
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
		case OPT_SIGNAL:
			set_signals(o, optarg);
			break;
		case OPT_STATUS:
			set_status(o, optarg);
			break;
		case OPT_QUIET:
			set_quiet(o, optarg);
			break;
		case OPT_FAULT:
		case OPT_INJECT:
			cannot(c == OPT_FAULT ? "--fault" : "--inject",
			       "kstrace never stops or changes the traced processes (no ptrace), so it cannot inject errors, signals or delays");
		case OPT_KVM:
			warn("--kvm=%s: kstrace does not decode KVM vcpu exits; ignored",
			     optarg);
			break;
		case OPT_SECCOMP:
			break;	/* kstrace's -e trace= filters in the kernel */
		case OPT_TIPS:
			warn("--tips: kstrace has no tips to show; see kstrace(1)");
			break;
		case OPT_SYSCALL_LIMIT:
			o->syscall_limit = parse_uint_arg(optarg,
							  "--syscall-limit",
							  UINT_MAX);
			if (!o->syscall_limit)
				bad_opt_arg(c, li, optarg);
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
	finish_args(o);

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
	if (o->npids + (o->argc > 0) > KSTRACE_MAX_TARGETS)
		usage_error("too many targets: a session traces at most %d processes (KSTRACE_MAX_TARGETS); give fewer -p PIDs",
			    KSTRACE_MAX_TARGETS);
}

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
 * session_options - the summary level, then every --kprobe, before start:
 * the module refuses an unknown or unprobeable function here, and the
 * caller gives up before anything runs.
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
	struct summary_opts so = {
		.sort = o->sort,
		.cols = &o->cols,
		.overhead_ns = o->overhead_ns,
	};

	select_rows(r, o);
	if (o->json)
		summary_print_json(out, r, o->sort);
	else
		summary_print(out, r, &so);

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
static int event_options(struct ks_session *s, const struct opts *o)
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
	struct ks_session s;
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

/*
 * run_events - the trace: read the stream until it ends (the module
 * returns 0 once the session stopped, or no traced task is left and every
 * record was read). A call still held after LIVE_DELAY_MS of silence is
 * printed as strace prints a call in progress.
 */
static int64_t mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

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
		n = poll(&pfd, 1, ev_pending(r->ev) ? LIVE_DELAY_MS :
						      EVENT_POLL_MS);
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
	return ks_all_targets_exited(&r->res) &&
	       (!r->o->follow || r->res.tasks == 0);
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

	for (;;) {
		if (interrupted)
			run_signal(r);
		if (r->passed_on && r->reaped)
			run_stop(r, true);
		block = r->spawned && !r->reaped && !r->o->follow &&
			!r->o->npids && !r->o->syscall_limit && !r->stopping;
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
		if (poll(&pfd, 1, WATCH_INTERVAL_MS) > 0 && !interrupted)
			nap_ms(WATCH_INTERVAL_MS);
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
	if (o->summary || o->summary_too)
		print_summary(r->out, o, &r->res);
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
	return 0;
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
		.events = !o->summary,
		.command = o->argc > 0,
		.save_fd = -1,
	};
	int ret = EXIT_ERROR;

	if (run_open(&r) || run_start(&r))
		goto out;
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
