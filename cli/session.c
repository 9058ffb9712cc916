// SPDX-License-Identifier: GPL-2.0
/*
 * session.c - talk to kstrace.ko through KSTRACE_SESSION_PATH: one write(2)
 * per command, results read back as text and parsed into struct ks_results.
 *
 * The errno of a failed command is turned here into a message that says
 * what to do about it, because only this file knows what each errno means
 * for each command (see include/uapi/linux/kstrace.h).
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "session.h"

/* First results buffer; it doubles until a snapshot fits. */
#define RESULTS_BUF_MIN		(64 * 1024)
/* A runaway module must not make the CLI eat all memory. */
#define RESULTS_BUF_MAX		(256 * 1024 * 1024)
/* Fields looked at on one results line; more are ignored. */
#define MAX_FIELDS		16

bool ks_debug;

static void die_oom(void)
{
	fputs("kstrace: out of memory\n", stderr);
	exit(1);
}

int ks_open(struct ctl_session *s)
{
	struct stat st;

	s->buf = NULL;
	s->cap = 0;
	s->base = KSTRACE_RESULTS_POS;
	/* O_CLOEXEC: the traced command must not inherit the session. */
	s->fd = open(KSTRACE_SESSION_PATH, O_RDWR | O_CLOEXEC);
	if (s->fd >= 0)
		return 0;

	switch (errno) {
	case ENOENT:
		if (stat(KSTRACE_PROC_DIR, &st) == 0) {
			/* The directory without the file: another version. */
			fprintf(stderr,
				"kstrace: %s is missing although %s exists: the loaded kstrace module does not match this CLI; reload it (`sudo rmmod kstrace && sudo modprobe kstrace`)\n",
				KSTRACE_SESSION_PATH, KSTRACE_PROC_DIR);
			break;
		}
		fputs("kstrace: module not loaded: run `sudo modprobe kstrace` (or `sudo insmod module/kstrace.ko`)\n",
		      stderr);
		break;
	case EACCES:
	case EPERM:
		fputs("kstrace: permission denied: tracing needs root (CAP_SYS_ADMIN and CAP_SYS_PTRACE); run with sudo\n",
		      stderr);
		break;
	default:
		fprintf(stderr, "kstrace: cannot open %s: %s\n",
			KSTRACE_SESSION_PATH, strerror(errno));
		break;
	}
	return -1;
}

void ks_close(struct ctl_session *s)
{
	if (s->fd >= 0)
		close(s->fd);
	s->fd = -1;
	free(s->buf);
	s->buf = NULL;
	s->cap = 0;
}

/*
 * send_cmd - one command, one write(2): the module validates a write as a
 * whole, so a command must never be split. Returns 0 or -errno.
 */
static int send_cmd(struct ctl_session *s, const char *fmt, ...)
{
	char cmd[KSTRACE_CMD_MAX + 1];
	va_list ap;
	ssize_t n;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	if (len < 0 || len > KSTRACE_CMD_MAX)
		return -E2BIG;

	if (ks_debug)
		fprintf(stderr, "kstrace: [debug] command '%s'\n", cmd);
	do {
		n = write(s->fd, cmd, len);
	} while (n < 0 && errno == EINTR);
	if (n < 0) {
		if (ks_debug)
			fprintf(stderr, "kstrace: [debug] ... %s\n",
				strerror(errno));
		return -errno;
	}
	if (n != len)
		return -EIO;
	return 0;
}

static void cmd_failed(const char *what, int err)
{
	fprintf(stderr, "kstrace: %s: %s\n", what, strerror(err));
}

/* target_cmd - "attach PID" or "exec PID": both fail the same ways. */
static int target_cmd(struct ctl_session *s, const char *verb, pid_t pid)
{
	char what[64];
	int err;

	err = send_cmd(s, "%s %d\n", verb, (int)pid);
	if (!err)
		return 0;

	switch (-err) {
	case ESRCH:
		fprintf(stderr, "kstrace: no such process: %d\n", (int)pid);
		break;
	case EPERM:
	case EACCES:
		fprintf(stderr,
			"kstrace: permission denied: cannot trace process %d; run with sudo (tracing needs CAP_SYS_ADMIN and CAP_SYS_PTRACE)\n",
			(int)pid);
		break;
	case E2BIG:
		fprintf(stderr,
			"kstrace: too many targets: a session traces at most %d processes (KSTRACE_MAX_TARGETS); give fewer -p PIDs\n",
			KSTRACE_MAX_TARGETS);
		break;
	case EEXIST:
		fprintf(stderr, "kstrace: process %d is already a target\n",
			(int)pid);
		break;
	case EINVAL:
		fprintf(stderr, "kstrace: Invalid process id: '%d'\n",
			(int)pid);
		break;
	default:
		snprintf(what, sizeof(what), "%s %d", verb, (int)pid);
		cmd_failed(what, -err);
		break;
	}
	return -1;
}

int ks_attach(struct ctl_session *s, pid_t pid)
{
	return target_cmd(s, "attach", pid);
}

int ks_exec(struct ctl_session *s, pid_t pid)
{
	return target_cmd(s, "exec", pid);
}

int ks_follow(struct ctl_session *s, bool on)
{
	int err = send_cmd(s, "follow %d\n", on ? 1 : 0);

	if (!err)
		return 0;
	cmd_failed(on ? "follow 1" : "follow 0", -err);
	return -1;
}

int ks_start(struct ctl_session *s)
{
	int err = send_cmd(s, "start\n");

	if (!err)
		return 0;
	switch (-err) {
	case ENOSYS:
	case EOPNOTSUPP:
		fputs("kstrace: this kernel lacks the syscall tracepoints (CONFIG_FTRACE_SYSCALLS)\n",
		      stderr);
		break;
	case EINVAL:
		fputs("kstrace: start: the session has no target (internal error: attach or exec first)\n",
		      stderr);
		break;
	default:
		cmd_failed("start", -err);
		break;
	}
	return -1;
}

/* module_loaded - is kernel module NAME in /proc/modules ('-' is '_')? */
static bool module_loaded(const char *name, size_t len)
{
	char line[512], want[KSTRACE_FUNC_MAX];
	bool found = false;
	size_t i;
	FILE *f;

	if (len >= sizeof(want))
		return false;
	for (i = 0; i < len; i++)
		want[i] = name[i] == '-' ? '_' : name[i];
	want[len] = '\0';
	f = fopen("/proc/modules", "re");
	if (!f)	/* no file: no modules; unreadable: say "unknown function" */
		return errno != ENOENT;
	while (!found && fgets(line, sizeof(line), f))
		found = !strncmp(line, want, len) && line[len] == ' ';
	fclose(f);
	return found;
}

/*
 * ks_kprobe - register a probe on FUNC. The module registers it at once
 * (disabled), so an unknown or unprobeable function is refused here,
 * before anything is started.
 */
int ks_kprobe(struct ctl_session *s, const char *func, bool ret)
{
	const char *verb = ret ? "kretprobe" : "kprobe";
	const char *colon = strchr(func, ':');
	char what[KSTRACE_FUNC_MAX + 16];
	int err = send_cmd(s, "%s %s\n", verb, func);

	if (!err)
		return 0;
	switch (-err) {
	case ENOENT:
		if (colon && !module_loaded(func, colon - func)) {
			fprintf(stderr, "kstrace: module '%.*s' is not loaded\n",
				(int)(colon - func), func);
			break;
		}
		fprintf(stderr,
			"kstrace: unknown kernel function '%s' (see /proc/kallsyms)\n",
			func);
		break;
	case EINVAL:
		fprintf(stderr,
			"kstrace: '%s' cannot be probed (blacklisted, notrace or not a function entry; see /sys/kernel/debug/kprobes/blacklist)\n",
			func);
		break;
	case EPERM:
		fprintf(stderr,
			"kstrace: kprobes are refused: the kernel is locked down (see /sys/kernel/security/lockdown); trace without --kprobe, or boot without lockdown=confidentiality\n");
		break;
	case E2BIG:
		fprintf(stderr,
			"kstrace: too many probes (at most %d per session)\n",
			KSTRACE_MAX_PROBES);
		break;
	case EEXIST:
		fprintf(stderr, "kstrace: '%s' is already probed (%s given twice)\n",
			func, ret ? "--kprobe FUNC%return" : "--kprobe");
		break;
	case EBUSY:
		fprintf(stderr,
			"kstrace: %s %s: the session has started (internal error: probes go before start)\n",
			verb, func);
		break;
	default:
		snprintf(what, sizeof(what), "%s %s", verb, func);
		cmd_failed(what, -err);
		break;
	}
	return -1;
}

/* option_failed - an event stream option was refused. */
static int option_failed(const char *what, int err)
{
	switch (err) {
	case EINVAL:
		fprintf(stderr,
			"kstrace: %s: refused by the module (EINVAL): the loaded kstrace module has no event stream or does not take this value; load the module of this release (`sudo rmmod kstrace && sudo modprobe kstrace`)\n",
			what);
		break;
	case ENOMEM:
		fprintf(stderr,
			"kstrace: %s: out of kernel memory; try a smaller --bufsize\n",
			what);
		break;
	default:
		cmd_failed(what, err);
		break;
	}
	return -1;
}

int ks_events(struct ctl_session *s)
{
	int err = send_cmd(s, "events 1\n");

	return err ? option_failed("events 1", -err) : 0;
}

int ks_bufsize(struct ctl_session *s, unsigned int kib)
{
	char what[32];
	int err = send_cmd(s, "bufsize %u\n", kib);

	snprintf(what, sizeof(what), "bufsize %u", kib);
	return err ? option_failed(what, -err) : 0;
}

/* -i: ENTER records carry the call's user instruction pointer. */
int ks_ip(struct ctl_session *s)
{
	int err = send_cmd(s, "ip 1\n");

	return err ? option_failed("ip 1", -err) : 0;
}

int ks_strsize(struct ctl_session *s, unsigned int n)
{
	char what[32];
	int err = send_cmd(s, "strsize %u\n", n);

	snprintf(what, sizeof(what), "strsize %u", n);
	return err ? option_failed(what, -err) : 0;
}

int ks_trace(struct ctl_session *s, unsigned int abi, const char *list)
{
	char what[32];
	int err = send_cmd(s, "trace %u %s\n", abi, list);

	snprintf(what, sizeof(what), "trace %u", abi);
	return err ? option_failed(what, -err) : 0;
}

int ks_block(struct ctl_session *s, unsigned int ms)
{
	char what[32];
	int err = send_cmd(s, "block %u\n", ms);

	snprintf(what, sizeof(what), "block %u", ms);
	return err ? option_failed(what, -err) : 0;
}

int ks_summary(struct ctl_session *s, unsigned int level)
{
	char what[32];
	int err = send_cmd(s, "summary %u\n", level);

	snprintf(what, sizeof(what), "summary %u", level);
	return err ? option_failed(what, -err) : 0;
}

int ks_result(struct ctl_session *s, const char *which)
{
	char what[32];
	int err = send_cmd(s, "result %s\n", which);

	snprintf(what, sizeof(what), "result %s", which);
	return err ? option_failed(what, -err) : 0;
}

int ks_scope_all(struct ctl_session *s)
{
	int err = send_cmd(s, "scope all\n");

	if (!err)
		return 0;
	if (err == -EINVAL)
		fputs("kstrace: --all: the loaded kstrace module has no scopes; load the module of this release (`sudo rmmod kstrace && sudo modprobe kstrace`)\n",
		      stderr);
	else
		cmd_failed("scope all", -err);
	return -1;
}

int ks_cgroup(struct ctl_session *s, int fd, const char *path)
{
	int err = send_cmd(s, "cgroup %d\n", fd);

	if (!err)
		return 0;
	switch (-err) {
	case EBADF:
	case EINVAL:
		fprintf(stderr,
			"kstrace: --cgroup %s: not a cgroup v2 directory; give a directory under the cgroup2 mount (e.g. /sys/fs/cgroup/system.slice)\n",
			path);
		break;
	case EOPNOTSUPP:
		fputs("kstrace: --cgroup: this kernel has no cgroups (CONFIG_CGROUPS)\n",
		      stderr);
		break;
	default:
		cmd_failed("cgroup", -err);
		break;
	}
	return -1;
}

int ks_group(struct ctl_session *s, const char *word, unsigned int slots)
{
	char what[64];
	int err = send_cmd(s, "group %s\n", word);

	snprintf(what, sizeof(what), "group %s", word);
	if (err)
		return option_failed(what, -err);
	err = send_cmd(s, "groupsize %u\n", slots);
	snprintf(what, sizeof(what), "groupsize %u", slots);
	return err ? option_failed(what, -err) : 0;
}

ssize_t ks_read_events(struct ctl_session *s, void *buf, size_t len)
{
	return read(s->fd, buf, len);
}

int ks_stop(struct ctl_session *s)
{
	int err = send_cmd(s, "stop\n");

	if (!err)
		return 0;
	cmd_failed("stop", -err);
	return -1;
}

/*
 * pread_results - read the results text at OFF within it. The header puts
 * it at KSTRACE_RESULTS_POS in every mode (at 0 too, outside event mode);
 * s->base says which of the two this module answers at.
 */
static ssize_t pread_results(struct ctl_session *s, size_t len, size_t off)
{
	ssize_t n;

	do {
		n = pread(s->fd, s->buf + off, len, s->base + off);
	} while (n < 0 && errno == EINTR);
	return n;
}

/*
 * read_snapshot - the whole results text into s->buf. A read at offset 0
 * takes a fresh snapshot and reads at later offsets continue it, so read
 * sequentially until EOF; if the buffer fills up, grow it and start over
 * at offset 0, since a snapshot must be read whole to be consistent.
 * Returns the length, or -1 with errno set.
 */
static ssize_t read_snapshot(struct ctl_session *s)
{
	size_t len;
	ssize_t n;
	char *nbuf;

	if (!s->buf) {
		s->buf = malloc(RESULTS_BUF_MIN + 1);
		if (!s->buf)
			die_oom();
		s->cap = RESULTS_BUF_MIN;
	}
	for (;;) {
		len = 0;
		while (len < s->cap) {
			n = pread_results(s, s->cap - len, len);
			/*
			 * Nothing at KSTRACE_RESULTS_POS: a module that only
			 * serves offset 0. Use that from now on.
			 */
			if (!len && n <= 0 && s->base) {
				s->base = 0;
				continue;
			}
			if (n < 0)
				return -1;
			if (n == 0)
				break;
			len += n;
		}
		if (len < s->cap) {
			s->buf[len] = '\0';
			return len;
		}
		if (s->cap >= RESULTS_BUF_MAX) {
			errno = EFBIG;
			return -1;
		}
		nbuf = realloc(s->buf, s->cap * 2 + 1);
		if (!nbuf)
			die_oom();
		s->buf = nbuf;
		s->cap *= 2;
	}
}

int ks_read_results(struct ctl_session *s, struct ks_results *r)
{
	ssize_t len = read_snapshot(s);

	if (len < 0) {
		fprintf(stderr, "kstrace: reading %s: %s\n",
			KSTRACE_SESSION_PATH, strerror(errno));
		return -1;
	}
	if (memchr(s->buf, '\0', len)) {
		fprintf(stderr, "kstrace: %s: results contain a NUL byte\n",
			KSTRACE_SESSION_PATH);
		return -1;
	}
	return ks_parse_results(s->buf, r, KSTRACE_SESSION_PATH);
}

void ks_results_free(struct ks_results *r)
{
	free(r->lostcpu);
	free(r->targets);
	free(r->sc);
	free(r->probes);
	free(r->groups);
	memset(r, 0, sizeof(*r));
}

bool ks_all_targets_exited(const struct ks_results *r)
{
	size_t i;

	if (!r->ntargets)
		return false;
	for (i = 0; i < r->ntargets; i++)
		if (!r->targets[i].exited && !r->targets[i].gone)
			return false;
	return true;
}

/* ---- results parsing ---- */

struct parser {
	const char *origin;	/* file name for messages */
	unsigned int lineno;
	const char *line;	/* unsplit copy, for messages */
	struct ks_results *r;
	size_t sc_cap;
	size_t tg_cap;
	size_t lc_cap;
	size_t pr_cap;
	size_t gr_cap;
	bool seen_end;
};

static int malformed(const struct parser *p, const char *why)
{
	fprintf(stderr, "kstrace: %s: line %u: %s: '%s'\n",
		p->origin, p->lineno, why, p->line);
	return -1;
}

/* Decimal digits only: no sign, no blanks, no base prefix. */
static int parse_u64(const char *s, uint64_t *v)
{
	unsigned long long x;
	char *end;

	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	x = strtoull(s, &end, 10);
	if (errno || *end)
		return -1;
	*v = x;
	return 0;
}

static int parse_uint(const char *s, unsigned int *v)
{
	uint64_t x;

	if (parse_u64(s, &x) || x > 0xffffffffu)
		return -1;
	*v = x;
	return 0;
}

static int parse_int(const char *s, int *v)
{
	long x;
	char *end;

	if (!*s)
		return -1;
	errno = 0;
	x = strtol(s, &end, 10);
	if (errno || *end || x < -2147483647L - 1 || x > 2147483647L)
		return -1;
	*v = x;
	return 0;
}

/* parse_hist - "-" or "B:C,B:C,..." into hist[]. */
static int parse_hist(char *s, uint64_t *hist)
{
	char *save, *item, *colon;
	unsigned int b;
	uint64_t c;

	if (!strcmp(s, "-"))
		return 0;
	for (item = strtok_r(s, ",", &save); item;
	     item = strtok_r(NULL, ",", &save)) {
		colon = strchr(item, ':');
		if (!colon)
			return -1;
		*colon = '\0';
		if (parse_uint(item, &b) || b >= KS_HIST_MAX ||
		    parse_u64(colon + 1, &c))
			return -1;
		hist[b] += c;
	}
	return 0;
}

static struct ks_syscall *find_or_add_syscall(struct parser *p,
					      unsigned int abi,
					      unsigned int nr)
{
	struct ks_results *r = p->r;
	struct ks_syscall *sc;
	size_t i;

	/* A repeated line adds up: merge rather than print it twice. */
	for (i = 0; i < r->nsc; i++)
		if (r->sc[i].abi == abi && r->sc[i].nr == nr)
			return &r->sc[i];

	if (r->nsc == p->sc_cap) {
		p->sc_cap = p->sc_cap ? p->sc_cap * 2 : 64;
		sc = realloc(r->sc, p->sc_cap * sizeof(*sc));
		if (!sc)
			die_oom();
		r->sc = sc;
	}
	sc = &r->sc[r->nsc++];
	memset(sc, 0, sizeof(*sc));
	sc->abi = abi;
	sc->nr = nr;
	sc->min_ns = UINT64_MAX;
	return sc;
}

/* syscall ABI NR CALLS ERRORS TOTAL_NS MIN_NS MAX_NS HIST */
static int parse_syscall(struct parser *p, char **f, int nf)
{
	uint64_t calls, errors, total, min, max;
	uint64_t hist[KS_HIST_MAX] = { 0 };
	unsigned int abi, nr;
	struct ks_syscall *sc;
	int b;

	if (nf < 9 || parse_uint(f[1], &abi) || parse_uint(f[2], &nr) ||
	    parse_u64(f[3], &calls) || parse_u64(f[4], &errors) ||
	    parse_u64(f[5], &total) || parse_u64(f[6], &min) ||
	    parse_u64(f[7], &max) || parse_hist(f[8], hist))
		return malformed(p, "bad syscall line");

	/* An ABI this CLI does not know is a future extension: skip it. */
	if (abi != KSTRACE_ABI_NATIVE && abi != KSTRACE_ABI_COMPAT)
		return 0;
	if (!calls)
		return 0;

	sc = find_or_add_syscall(p, abi, nr);
	sc->calls += calls;
	sc->errors += errors;
	sc->total_ns += total;
	if (min < sc->min_ns)
		sc->min_ns = min;
	if (max > sc->max_ns)
		sc->max_ns = max;
	for (b = 0; b < KS_HIST_MAX; b++)
		sc->hist[b] += hist[b];
	return 0;
}

/* probe IDX kprobe|kretprobe FUNC CALLS ERRORS TOTAL_NS MIN_NS MAX_NS MISSED HIST */
static int parse_probe(struct parser *p, char **f, int nf)
{
	struct ks_results *r = p->r;
	struct res_probe pr = { 0 }, *np;
	size_t i;

	if (nf < 11 || parse_uint(f[1], &pr.idx) ||
	    strlen(f[3]) >= sizeof(pr.func) || parse_u64(f[4], &pr.calls) ||
	    parse_u64(f[5], &pr.errors) || parse_u64(f[6], &pr.total_ns) ||
	    parse_u64(f[7], &pr.min_ns) || parse_u64(f[8], &pr.max_ns) ||
	    parse_u64(f[9], &pr.missed) || parse_hist(f[10], pr.hist))
		return malformed(p, "bad probe line");
	if (!strcmp(f[2], "kretprobe"))
		pr.ret = true;
	else if (strcmp(f[2], "kprobe"))
		return 0;	/* a newer kind of probe: skip it */
	strcpy(pr.func, f[3]);
	if (!pr.calls)
		pr.min_ns = 0;
	for (i = 0; i < r->nprobes; i++)
		if (r->probes[i].idx == pr.idx)
			return malformed(p, "probe index repeated");

	if (r->nprobes == p->pr_cap) {
		p->pr_cap = p->pr_cap ? p->pr_cap * 2 : KSTRACE_MAX_PROBES;
		np = realloc(r->probes, p->pr_cap * sizeof(*np));
		if (!np)
			die_oom();
		r->probes = np;
	}
	/* keep index order whatever the line order */
	for (i = r->nprobes; i > 0 && r->probes[i - 1].idx > pr.idx; i--)
		r->probes[i] = r->probes[i - 1];
	r->probes[i] = pr;
	r->nprobes++;
	return 0;
}

/* field_start - where field n (from 0) of the unsplit line begins */
static const char *field_start(const char *line, int n)
{
	while (*line == ' ')
		line++;
	while (n-- > 0) {
		line += strcspn(line, " ");
		while (*line == ' ')
			line++;
	}
	return line;
}

/* group KEY ABI NR CALLS ERRORS TOTAL_NS MIN_NS MAX_NS NAME */
static int parse_group(struct parser *p, char **f, int nf)
{
	struct ks_results *r = p->r;
	struct ks_group g = { 0 }, *ng;

	if (nf < 9 || parse_u64(f[1], &g.key) || parse_uint(f[2], &g.abi) ||
	    parse_uint(f[3], &g.nr) || parse_u64(f[4], &g.calls) ||
	    parse_u64(f[5], &g.errors) || parse_u64(f[6], &g.total_ns) ||
	    parse_u64(f[7], &g.min_ns) || parse_u64(f[8], &g.max_ns))
		return malformed(p, "bad group line");
	/* the name runs to the end of the line, blanks included */
	snprintf(g.name, sizeof(g.name), "%s", field_start(p->line, 9));
	g.name[strcspn(g.name, "\r")] = '\0';
	if (!g.calls || (g.abi != KSTRACE_ABI_NATIVE &&
			 g.abi != KSTRACE_ABI_COMPAT))
		return 0;
	if (r->ngroups == p->gr_cap) {
		p->gr_cap = p->gr_cap ? p->gr_cap * 2 : 256;
		ng = realloc(r->groups, p->gr_cap * sizeof(*ng));
		if (!ng)
			die_oom();
		r->groups = ng;
	}
	r->groups[r->ngroups++] = g;
	return 0;
}

/* target PID alive|exited|gone [STATUS] */
static int parse_target(struct parser *p, char **f, int nf)
{
	struct ks_results *r = p->r;
	struct res_target *t;
	int pid, status = 0;
	bool exited = false, gone = false;

	if (nf < 3 || parse_int(f[1], &pid) || pid <= 0)
		return malformed(p, "bad target line");
	if (!strcmp(f[2], "exited"))
		exited = true;
	else if (!strcmp(f[2], "gone"))
		gone = true;
	else if (strcmp(f[2], "alive"))
		return malformed(p, "bad target state");
	if (nf >= 4 && parse_int(f[3], &status))
		return malformed(p, "bad target status");

	if (r->ntargets == p->tg_cap) {
		p->tg_cap = p->tg_cap ? p->tg_cap * 2 : 8;
		t = realloc(r->targets, p->tg_cap * sizeof(*t));
		if (!t)
			die_oom();
		r->targets = t;
	}
	t = &r->targets[r->ntargets++];
	t->pid = pid;
	t->exited = exited;
	t->gone = gone;
	t->status = status;
	return 0;
}

/* lostcpu CPU N */
static int parse_lostcpu(struct parser *p, char **f, int nf)
{
	struct ks_results *r = p->r;
	struct ks_lostcpu *l;
	unsigned int cpu;
	uint64_t n;

	if (nf < 3 || parse_uint(f[1], &cpu) || parse_u64(f[2], &n))
		return malformed(p, "bad lostcpu line");
	if (r->nlostcpu == p->lc_cap) {
		p->lc_cap = p->lc_cap ? p->lc_cap * 2 : 8;
		l = realloc(r->lostcpu, p->lc_cap * sizeof(*l));
		if (!l)
			die_oom();
		r->lostcpu = l;
	}
	l = &r->lostcpu[r->nlostcpu++];
	l->cpu = cpu;
	l->count = n;
	return 0;
}

static int parse_state(struct parser *p, char **f, int nf)
{
	if (nf < 2)
		return malformed(p, "bad state line");
	if (!strcmp(f[1], "idle"))
		p->r->state = KS_STATE_IDLE;
	else if (!strcmp(f[1], "running"))
		p->r->state = KS_STATE_RUNNING;
	else if (!strcmp(f[1], "stopped"))
		p->r->state = KS_STATE_STOPPED;
	else
		p->r->state = KS_STATE_UNKNOWN;	/* a newer state */
	return 0;
}

/* counter NAME N: the one-number lines. */
static int parse_counter(struct parser *p, char **f, int nf, uint64_t *v)
{
	if (nf < 2 || parse_u64(f[1], v))
		return malformed(p, "bad counter line");
	return 0;
}

static int split_fields(char *line, char **f)
{
	char *save, *tok;
	int nf = 0;

	for (tok = strtok_r(line, " \t\r", &save); tok && nf < MAX_FIELDS;
	     tok = strtok_r(NULL, " \t\r", &save))
		f[nf++] = tok;
	return nf;
}

/*
 * parse_line - one line. Returns 0 or -1 on error. Line types this CLI
 * does not know are skipped: newer modules may add them (the header
 * promises readers do so).
 */
static int parse_line(struct parser *p, char *line, bool *seen_version)
{
	struct ks_results *r = p->r;
	char *f[MAX_FIELDS];
	uint64_t v;
	int nf;

	nf = split_fields(line, f);
	if (!nf)
		return 0;

	if (!strcmp(f[0], "version")) {
		if (nf < 2 || parse_u64(f[1], &v))
			return malformed(p, "bad version line");
		if (v != KSTRACE_FORMAT_VERSION) {
			fprintf(stderr,
				"kstrace: %s: results format version %llu, but this CLI reads version %d: use a kstrace CLI and module from the same release\n",
				p->origin, (unsigned long long)v,
				KSTRACE_FORMAT_VERSION);
			return -1;
		}
		r->version = v;
		*seen_version = true;
		return 0;
	}
	if (!*seen_version) {
		fprintf(stderr,
			"kstrace: %s: results do not start with 'version %d'\n",
			p->origin, KSTRACE_FORMAT_VERSION);
		return -1;
	}

	if (!strcmp(f[0], "end")) {
		p->seen_end = true;
		return 0;
	}
	if (!strcmp(f[0], "syscall"))
		return parse_syscall(p, f, nf);
	if (!strcmp(f[0], "target"))
		return parse_target(p, f, nf);
	if (!strcmp(f[0], "group"))
		return parse_group(p, f, nf);
	if (!strcmp(f[0], "groupoverflow"))
		return parse_counter(p, f, nf, &r->groupoverflow);
	if (!strcmp(f[0], "scope")) {
		if (nf >= 2)
			snprintf(r->scope, sizeof(r->scope), "%s", f[1]);
		return 0;
	}
	if (!strcmp(f[0], "probe"))
		return parse_probe(p, f, nf);
	if (!strcmp(f[0], "state"))
		return parse_state(p, f, nf);
	if (!strcmp(f[0], "tasks"))
		return parse_counter(p, f, nf, &r->tasks);
	if (!strcmp(f[0], "untracked"))
		return parse_counter(p, f, nf, &r->untracked);
	if (!strcmp(f[0], "unpaired"))
		return parse_counter(p, f, nf, &r->unpaired);
	if (!strcmp(f[0], "badnr"))
		return parse_counter(p, f, nf, &r->badnr);
	if (!strcmp(f[0], "lost"))
		return parse_counter(p, f, nf, &r->lost);
	if (!strcmp(f[0], "nested"))
		return parse_counter(p, f, nf, &r->nested);
	if (!strcmp(f[0], "lostcpu"))
		return parse_lostcpu(p, f, nf);
	if (!strcmp(f[0], "written")) {
		r->has_written = true;
		return parse_counter(p, f, nf, &r->written);
	}
	return 0;
}

/*
 * ks_parse_results - parse results text (NUL-terminated) into *r, which
 * must be zeroed or hold earlier results. origin names the source in
 * messages. Lines after "end" are read too: the header lists "lost" and
 * "lostcpu" there.
 */
int ks_parse_results(const char *text, struct ks_results *r,
		     const char *origin)
{
	struct parser p = { .origin = origin, .r = r };
	bool seen_version = false;
	char *copy, *line, *next, *work;
	int ret = -1;
	size_t len;

	ks_results_free(r);
	copy = strdup(text);
	if (!copy)
		die_oom();

	for (line = copy; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		p.lineno++;
		p.line = line;
		/* split_fields() writes into the line; keep it for messages */
		len = strlen(line);
		work = malloc(len + 1);
		if (!work)
			die_oom();
		memcpy(work, line, len + 1);
		if (parse_line(&p, work, &seen_version)) {
			free(work);
			goto out;
		}
		free(work);
	}
	if (!seen_version)
		fprintf(stderr, "kstrace: %s: no results (no 'version' line)\n",
			origin);
	else if (!p.seen_end)
		fprintf(stderr,
			"kstrace: %s: results are truncated (no 'end' line)\n",
			origin);
	else
		ret = 0;
out:
	free(copy);
	if (ret)
		ks_results_free(r);
	return ret;
}
