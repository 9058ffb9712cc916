// SPDX-License-Identifier: GPL-2.0
/*
 * options.c - kstrace's command line, read as strace 6.1 reads its own:
 * the same options, spellings, defaults, checks and messages. An option
 * kstrace cannot honour says why in one line; none is "invalid".
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <uapi/linux/kstrace.h>

#include "child.h"
#include "decode.h"
#include "options.h"
#include "session.h"
#include "util.h"

/* --summary-by's groups shown one by one without --top */
#define DEFAULT_TOP		10

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
	OPT_HISTOGRAM,
	OPT_INTERVAL,
	OPT_ALL,
	OPT_CGROUP,
	OPT_SUMMARY_BY,
	OPT_TOP,
	OPT_METRICS,
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
	{ "histogram",		no_argument,		NULL, OPT_HISTOGRAM },
	{ "interval",		required_argument,	NULL, OPT_INTERVAL },
	{ "all",		no_argument,		NULL, OPT_ALL },
	{ "cgroup",		required_argument,	NULL, OPT_CGROUP },
	{ "summary-by",		required_argument,	NULL, OPT_SUMMARY_BY },
	{ "top",		required_argument,	NULL, OPT_TOP },
	{ "metrics",		required_argument,	NULL, OPT_METRICS },
	{ "format-results",	required_argument,	NULL,
						OPT_FORMAT_RESULTS },
	{ "format-events",	required_argument,	NULL,
						OPT_FORMAT_EVENTS },
	{ "save-events",	required_argument,	NULL, OPT_SAVE_EVENTS },
	{ "help",		no_argument,		NULL, 'h' },
	{ "version",		no_argument,		NULL, 'V' },
	{ NULL,			0,			NULL, 0 },
};


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
"   or: kstrace { -c | --metrics FILE } [--histogram] [--interval SECS]\n"
"               [--summary-by KEY [--top N]]\n"
"               { --all | --cgroup PATH | -p PID | PROG [ARGS] }\n"
"\n"
"Traces the system calls and signals of PROG, or of running processes,\n"
"inside the kernel (module kstrace.ko) instead of stopping them with\n"
"ptrace, and prints them like strace 6.1. Needs root and the module\n"
"loaded (sudo modprobe kstrace). Every strace 6.1 option works as in\n"
"strace or says why not (see the man page, kstrace(1)).\n"
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
"  -yy, --decode-fds=path,socket\n"
"                 print protocol specific information associated with socket\n"
"                 file descriptors, and device numbers (not pidfds)\n"
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
"                 and kstrace's p50, p90, p99: upper bounds from the\n"
"                 kernel's log2 histograms (see kstrace(1))\n"
"  -w, --summary-wall-clock\n"
"                 summarise syscall latency (kstrace's only clock: the time\n"
"                 from entry to exit)\n"
"      --histogram  also print each syscall's log2 latency distribution\n"
"                 (as bcc's funclatency)\n"
"      --interval=SECS  print the calls of every SECS seconds, then the\n"
"                 whole run's (with -c, -C or --metrics)\n"
"      --summary-by=process|thread|command|cgroup\n"
"                 split the summary by group; --top=N groups shown (10),\n"
"                 the others summed\n"
"      --metrics=FILE  write Prometheus metrics to FILE (atomically) every\n"
"                 --interval and at the end; counts only, like -c\n"
"                 (with -C: beside the trace)\n"
"\n"
"Scope (count only: -c or --metrics; root):\n"
"      --all      every process of the system (not kernel threads)\n"
"      --cgroup=PATH  every process of cgroup v2 directory PATH and of\n"
"                 its descendants\n"
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
"Not supported (each says why): -k, -Y, --decode-pids, --tips,\n"
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
void warn(const char *fmt, ...)
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
 * of descriptors (-y) and what sockets are connected to (sockdiag.c);
 * the device numbers and pidfds strace adds with -yy it does not decode,
 * and says so.
 */
static void set_decode_fds(struct opts *o, const char *v)
{
	struct numset s;

	if (numset_parse(&s, v, decode_fd_number, "decode-fds"))
		exit(EXIT_ERROR);
	o->decode_fds = numset_has(&s, 0) || numset_has(&s, 1) || numset_has(&s, 2);
	o->decode_socks = numset_has(&s, 1);
	o->decode_devs = numset_has(&s, 2);
	if (numset_has(&s, 3))
		warn("-e decode-fds=%s: kstrace decodes paths, sockets and devices: no pidfd details",
		     v);
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
	if (o->yflag > 1) {
		warn("-yy: kstrace decodes paths, sockets and devices: no pidfd details");
		o->decode_socks = true;
		o->decode_devs = true;
	}
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

/*
 * parse_interval - --interval SECS: seconds, fractions allowed, above 0
 * and at most a day (a longer one is a typo, and must fit in ms).
 */
static unsigned int parse_interval(const char *arg)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (errno || end == arg || *end || !(v >= 0.001) || v > 86400)
		die("--interval '%s': give the seconds between tables, above 0 (e.g. --interval 15)",
		    arg);
	return (unsigned int)(v * 1000 + 0.5);
}

static enum group_by parse_group_by(const char *arg)
{
	static const char *const names[] = {
		[GROUP_PROCESS] = "process", [GROUP_THREAD] = "thread",
		[GROUP_COMMAND] = "command", [GROUP_CGROUP] = "cgroup",
	};
	size_t i;

	for (i = GROUP_PROCESS; i < ARRAY_SIZE(names); i++)
		if (!strcmp(arg, names[i]))
			return i;
	die("--summary-by '%s': give process, thread, command or cgroup", arg);
}

/*
 * finish_beyond - the checks of kstrace's own summary options: each says
 * what to give instead. A whole-system trace would trace its own output,
 * so scopes count only.
 */
static void finish_beyond(struct opts *o)
{
	bool counts = o->summary || o->summary_too || o->metrics;

	if (o->all && o->cgroup)
		die("--all and --cgroup: give one (--all already counts every cgroup)");
	if ((o->all || o->cgroup) && ((!o->summary && !o->metrics) || o->summary_too))
		die("%s counts only: give -c or --metrics FILE%s (a trace of every process would trace kstrace's own output)",
		    o->all ? "--all" : "--cgroup", o->summary_too ? ", not -C" : "");
	if (o->interval_ms && !o->summary && !o->summary_too && !o->metrics)
		die("--interval prints -c tables or writes --metrics: add -c, -C or --metrics FILE");
	if (o->histogram && !o->summary && !o->summary_too)
		die("--histogram prints with the summary: add -c or -C");
	if (o->summary_by && !counts)
		die("--summary-by splits the summary: add -c or --metrics FILE");
	if (o->top && !o->summary_by)
		die("--top N picks groups of --summary-by: add --summary-by=process (or thread, command, cgroup)");
	if (!o->top)
		o->top = DEFAULT_TOP;
	if (o->metrics && o->json && !o->summary)
		die("--json with --metrics alone prints nothing: add -c, or drop --json");
}

void parse_args(struct opts *o, int argc, char *argv[])
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
		case OPT_HISTOGRAM:
			o->histogram = true;
			break;
		case OPT_INTERVAL:
			o->interval_ms = parse_interval(optarg);
			break;
		case OPT_ALL:
			o->all = true;
			break;
		case OPT_CGROUP:
			o->cgroup = optarg;
			break;
		case OPT_SUMMARY_BY:
			o->summary_by = parse_group_by(optarg);
			break;
		case OPT_TOP:
			o->top = parse_uint_arg(optarg, "--top", INT_MAX);
			if (!o->top)
				die("--top 0 shows no group: give --top 1 or more");
			break;
		case OPT_METRICS:
			o->metrics = optarg;
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
		if (!o->top)
			o->top = DEFAULT_TOP;
		if (o->format_results && o->format_events)
			usage_error("give one of --format-results and --format-events");
		if (o->argc || o->npids)
			usage_error("--format-%s formats a file and traces nothing: drop PROG and -p",
				    o->format_results ? "results" : "events");
		if (o->format_events && (o->summary || o->summary_too))
			usage_error("--format-events prints a trace: drop -c and -C (--format-results prints summaries)");
		return;
	}
	finish_beyond(o);
	if (!o->argc && !o->npids && !o->all && !o->cgroup)
		usage_error("must have PROG [ARGS] or -p PID");
	if (o->npids + (o->argc > 0) > KSTRACE_MAX_TARGETS)
		usage_error("too many targets: a session traces at most %d processes (KSTRACE_MAX_TARGETS); give fewer -p PIDs",
			    KSTRACE_MAX_TARGETS);
}

