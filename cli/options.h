/* SPDX-License-Identifier: GPL-2.0 */
/*
 * options.h - kstrace's command line: strace 6.1's options, read and
 * checked as strace reads and checks them, and kstrace's own.
 */
#ifndef KSTRACE_CLI_OPTIONS_H
#define KSTRACE_CLI_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "events.h"
#include "filter.h"
#include "pathtrace.h"
#include "summary.h"
#include "xlat.h"

/* Exit code of kstrace's own errors (a traced command's own code wins). */
#define EXIT_ERROR		1

/* strace's -I: when fatal signals reach kstrace */
enum intr {
	INTR_NOT_SET,
	INTR_ANYWHERE,		/* 1: never blocked: they kill kstrace */
	INTR_WHILE_WAIT,	/* 2: acted on (the default) */
	INTR_NEVER,		/* 3: ignored (default of -o FILE PROG) */
	INTR_NEVER_TSTP,	/* 4: ignored, and ^Z too */
};

/* --summary-by: the module's "group" words, in its order */
enum group_by {
	GROUP_NONE,
	GROUP_PROCESS,
	GROUP_THREAD,
	GROUP_COMMAND,
	GROUP_CGROUP,
};

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
	bool decode_socks;		/* -yy, -e decode-fds=socket */
	bool decode_devs;		/* -yy, -e decode-fds=dev */
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
	bool histogram;			/* --histogram */
	unsigned int interval_ms;	/* --interval SECS; 0: none */
	bool all;			/* --all: every task of the system */
	const char *cgroup;		/* --cgroup PATH */
	enum group_by summary_by;	/* --summary-by */
	unsigned int top;		/* --top N groups shown */
	const char *metrics;		/* --metrics FILE */
	pid_t *pids;			/* -p, duplicates dropped */
	size_t npids;
	char **argv;			/* PROG [ARGS], NULL-terminated */
	int argc;
};

/*
 * parse_args - argv into o, with strace's checks and messages; exits on a
 * usage error (1), after --help and --version (0).
 */
void parse_args(struct opts *o, int argc, char *argv[]);

/* strace's error_msg(): "kstrace: ...", and the run goes on. */
void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif /* KSTRACE_CLI_OPTIONS_H */
