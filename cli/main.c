// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - kstrace, the command line of the in-kernel strace: options, the
 * tracing flow and the exit status.
 *
 *   kstrace -c [-f] [-S SORTBY] [-o FILE] [--json] [--] PROG [ARGS]
 *   kstrace -c [-f] [-S SORTBY] [-o FILE] [--json] -p PID[,PID...]
 *
 * Only the summary mode (-c) exists yet. The modes are separate functions
 * picked in main(), so that an event mode can join them later.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "child.h"
#include "session.h"
#include "summary.h"

#define KSTRACE_VERSION		"0.1"

#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))

/* Exit codes of kstrace itself (a traced command's own code wins). */
#define EXIT_ERROR		1
#define EXIT_UNIMPLEMENTED	2

/* How often to look at the results when poll(2) tells nothing, in ms. */
#define WATCH_INTERVAL_MS	50

struct opts {
	bool summary;			/* -c */
	bool follow;			/* -f */
	bool json;			/* --json */
	enum sort_key sort;		/* -S */
	const char *output;		/* -o */
	const char *format_results;	/* --format-results */
	pid_t *pids;			/* -p, duplicates dropped */
	size_t npids;
	char **argv;			/* PROG [ARGS], NULL-terminated */
	int argc;
};

enum {
	OPT_JSON = 0x100,
	OPT_FORMAT_RESULTS,
};

static const struct option long_options[] = {
	{ "summary-only",	no_argument,		NULL, 'c' },
	{ "follow-forks",	no_argument,		NULL, 'f' },
	{ "summary-sort-by",	required_argument,	NULL, 'S' },
	{ "output",		required_argument,	NULL, 'o' },
	{ "attach",		required_argument,	NULL, 'p' },
	{ "json",		no_argument,		NULL, OPT_JSON },
	{ "format-results",	required_argument,	NULL,
						OPT_FORMAT_RESULTS },
	{ "help",		no_argument,		NULL, 'h' },
	{ "version",		no_argument,		NULL, 'V' },
	{ NULL,			0,			NULL, 0 },
};

static volatile sig_atomic_t interrupted;

static void usage(void)
{
	fputs(
"Usage: kstrace -c [-f] [-S SORTBY] [-o FILE] [--json] [--] PROG [ARGS]\n"
"   or: kstrace -c [-f] [-S SORTBY] [-o FILE] [--json] -p PID...\n"
"\n"
"Counts the system calls of PROG, or of running processes, inside the\n"
"kernel (module kstrace.ko) instead of stopping them with ptrace. Needs\n"
"root and the module loaded (sudo modprobe kstrace).\n"
"\n"
"Statistics:\n"
"  -c, --summary-only     count time, calls, and errors for each syscall and\n"
"                         report a summary like strace -c (the only mode\n"
"                         for now)\n"
"  -S, --summary-sort-by=SORTBY\n"
"                         sort syscall counts by: time, min-time, max-time,\n"
"                         avg-time, calls, errors, name, nothing (default\n"
"                         time)\n"
"      --json             print the summary as one JSON object\n"
"\n"
"Tracing:\n"
"  -f, --follow-forks     follow forks: also count the descendants created\n"
"                         after tracing starts; with PROG, wait for them to\n"
"                         exit too (Ctrl-C stops waiting)\n"
"\n"
"Startup:\n"
"  -p PID, --attach=PID   trace process with process id PID, may be repeated\n"
"                         or given as a list (1,2,3); tracing ends on\n"
"                         SIGINT or SIGTERM (Ctrl-C), or when all exited\n"
"\n"
"Output:\n"
"  -o FILE, --output=FILE send the summary to FILE instead of stderr\n"
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
"\n"
"Exit status: PROG's (128+N if signal N killed it); 0 with -p or\n"
"--format-results; 1 on errors; 2 without -c.\n",
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

static void parse_args(struct opts *o, int argc, char *argv[])
{
	int c;

	memset(o, 0, sizeof(*o));
	o->sort = SORT_TIME;
	opterr = 0;

	/* '+': options end at PROG, so "kstrace -c ls -l" gives -l to ls. */
	while ((c = getopt_long(argc, argv, "+:cfS:o:p:hV", long_options,
				NULL)) != -1) {
		switch (c) {
		case 'c':
			o->summary = true;
			break;
		case 'f':
			o->follow = true;
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
		case OPT_JSON:
			o->json = true;
			break;
		case OPT_FORMAT_RESULTS:
			o->format_results = optarg;
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

	if (o->format_results) {
		if (o->argc || o->npids)
			usage_error("--format-results formats a file and traces nothing: drop PROG and -p");
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

	if (!o->output)
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

static void print_summary(FILE *out, const struct opts *o,
			  const struct ks_results *r)
{
	if (o->json)
		summary_print_json(out, r, o->sort);
	else
		summary_print(out, r, o->sort);

	/* Not part of strace's table: a diagnostic, so always to stderr. */
	if (r->untracked)
		fprintf(stderr,
			"kstrace: warning: %llu descendant tasks were not traced (task limit or out of memory); their syscalls are missing\n",
			(unsigned long long)r->untracked);
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

/* ---- the modes ---- */

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

/* read_file - all of PATH ("-": stdin), NUL-terminated. */
static char *read_file(const char *path)
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

	text = read_file(o->format_results);
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

int main(int argc, char *argv[])
{
	struct opts o;

	parse_args(&o, argc, argv);

	if (o.format_results)
		return format_results(&o);
	if (!o.summary) {
		fputs("kstrace: event mode is not implemented yet; use -c\n",
		      stderr);
		return EXIT_UNIMPLEMENTED;
	}
	if (o.npids)
		return trace_pids(&o);
	return trace_command(&o);
}
