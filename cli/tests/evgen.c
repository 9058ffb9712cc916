// SPDX-License-Identifier: GPL-2.0
/*
 * evgen.c - makes kstrace event streams (struct kstrace_rec records) for
 * the CLI's tests, so that the formatter can be checked on a host that
 * cannot load the module.
 *
 *   evgen run [-s STRSIZE] SPEC OUT
 *	Make the system calls listed in SPEC and write the records the
 *	module would have streamed for them to OUT. Run it under strace and
 *	both see the very same calls, arguments and return values: the
 *	tests compare `kstrace --format-events OUT` with strace's output.
 *	The captures are module/capture.c's own (rec.c), reading user
 *	memory without faulting and without system calls, so a call shows
 *	what the kernel would show, not more.
 *
 *   evgen text TEXT OUT
 *	Write the records described in TEXT (hand-made scenarios:
 *	interleaved tasks, lost records, exits).
 *
 * SPEC, one call per line ('#' starts a comment):
 *	[int80] NR ARG...	a call; int80: through int $0x80 (ia32 ABI)
 *	seccomp			from here on every call fails with ENOSYS
 *				(except exit_group and writes to OUT)
 *	marker			close(-12345), recorded too: tests cut
 *				strace's output between two markers
 *   ARG: a number (C syntax, may be negative), s:TEXT (a pointer to the
 *   C-escaped TEXT), w:N (a zeroed writable buffer of N bytes), v:A|B|C
 *   (a NULL-terminated array of pointers to the C-escaped strings A, B
 *   and C).
 *
 * TEXT, one record per line ('#' starts a comment):
 *	enter TID NR A0 A1 A2 A3 A4 A5 [OPT...] [CAP...]
 *	exit TID NR RET [OPT...] [CAP...]
 *	lost TID COUNT [OPT...]
 *	texit TID CODE [OPT...]		(a task exit, CODE a wait status)
 *	probe TID IDX [RET] [OPT...]	(a kprobe hit; RET: a kretprobe's)
 *	signal TID SIGNO ACTION [OPT...]  (a signal delivered; ACTION 1
 *					 handler, 2 ignore, 3 stop, 4 term)
 *   OPT: pid=N (default TID), cpu=N, abi=32, ts=NS (default: 1000 ns
 *   after the previous record), dur=NS (exit), group=0 (texit: not the
 *   last thread), vtid=N, vpid=N; for a signal its siginfo_t: code=N,
 *   spid=N, suid=N, sstatus=N, addr=N, errno=N (none: no siginfo capture)
 *   CAP: cap=ARG,KIND,FLAGS,FULL_LEN,TEXT with KIND path|str|buf|argv,
 *   FLAGS a number (1 fault, 2 trunc, 4 more), TEXT C-escaped (\x20 for
 *   a space; argv strings each end with \0)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <uapi/linux/kstrace.h>

#include "rec.h"

#define OUT_FD		1000		/* the one fd writable after seccomp */
#define MAX_LINE	16384
#define MAX_TOKENS	64

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define ALIGN8(x)	(((x) + 7) & ~(size_t)7)
#define MIN(a, b)	((a) < (b) ? (a) : (b))

static void __attribute__((noreturn, format(printf, 1, 2)))
die(const char *fmt, ...)
{
	va_list ap;

	fputs("evgen: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

static void *xcalloc(size_t n)
{
	void *p = calloc(1, n ? n : 1);

	if (!p)
		die("out of memory");
	return p;
}

/* ---- C escapes ---- */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* unescape - the C escapes of s decoded into a new buffer (NUL-ended). */
static char *unescape(const char *s, size_t *len)
{
	char *out = xcalloc(strlen(s) + 1), *o = out;
	unsigned int v;
	int i;

	while (*s) {
		if (*s != '\\') {
			*o++ = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'n': *o++ = '\n'; s++; break;
		case 't': *o++ = '\t'; s++; break;
		case 'r': *o++ = '\r'; s++; break;
		case 'v': *o++ = '\v'; s++; break;
		case 'f': *o++ = '\f'; s++; break;
		case 'x':
			s++;
			for (v = 0, i = 0; i < 2 && hexval(*s) >= 0; i++, s++)
				v = v * 16 + hexval(*s);
			*o++ = (char)v;
			break;
		case '0': case '1': case '2': case '3':
		case '4': case '5': case '6': case '7':
			for (v = 0, i = 0; i < 3 && *s >= '0' && *s <= '7'; i++, s++)
				v = v * 8 + (*s - '0');
			*o++ = (char)v;
			break;
		case '\0':
			*o++ = '\\';
			break;
		default:
			*o++ = *s++;
			break;
		}
	}
	*len = o - out;
	*o = '\0';
	return out;
}

static uint64_t parse_num(const char *s)
{
	char *end;
	uint64_t v;

	errno = 0;
	if (*s == '-')
		v = (uint64_t)strtoll(s, &end, 0);
	else
		v = strtoull(s, &end, 0);
	if (errno || end == s || *end)
		die("bad number '%s'", s);
	return v;
}

static int split(char *line, char **tok)
{
	char *save, *t;
	int n = 0;

	for (t = strtok_r(line, " \t\r\n", &save); t && n < MAX_TOKENS;
	     t = strtok_r(NULL, " \t\r\n", &save))
		tok[n++] = t;
	return n;
}

/* ---- run: make the calls ---- */

static void install_seccomp(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 0, 6),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_exit_group, 3, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_write, 0, 3),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, args[0])),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, OUT_FD, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
	};
	struct sock_fprog prog = { ARRAY_SIZE(f), f };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog))
		die("seccomp: %s", strerror(errno));
}

/* arg_value - one ARG of SPEC: a number or a pointer to what it makes. */
static uint64_t arg_value(const char *tok)
{
	size_t len, n, i;
	char *s, *copy, *save, *item;
	uint64_t *vec;

	if (!strncmp(tok, "s:", 2))
		return (uintptr_t)unescape(tok + 2, &len);
	if (!strncmp(tok, "w:", 2))
		return (uintptr_t)xcalloc(parse_num(tok + 2));
	if (!strncmp(tok, "v:", 2)) {
		copy = strdup(tok + 2);
		for (n = 1, s = copy; *s; s++)
			n += *s == '|';
		vec = xcalloc((n + 1) * sizeof(*vec));
		i = 0;
		for (item = strtok_r(copy, "|", &save); item;
		     item = strtok_r(NULL, "|", &save))
			vec[i++] = (uintptr_t)unescape(item, &len);
		return (uintptr_t)vec;
	}
	return parse_num(tok);
}

enum { C_CALL, C_CALL32, C_SECCOMP, C_MARKER };

struct call {
	int what;
	long nr;
	uint64_t a[6];
};

static int cmd_run(int argc, char **argv)
{
	size_t strsize = KSTRACE_STRSIZE_DEFAULT;
	char line[MAX_LINE], *tok[MAX_TOKENS], *hash;
	struct call *calls = NULL, *c;
	size_t ncalls = 0, k;
	FILE *spec;
	int fd, n, i, first;

	if (argc > 2 && !strcmp(argv[0], "-s")) {
		strsize = parse_num(argv[1]);
		argc -= 2;
		argv += 2;
	}
	if (argc != 2)
		die("usage: evgen run [-s STRSIZE] SPEC OUT");
	spec = fopen(argv[0], "r");
	if (!spec)
		die("%s: %s", argv[0], strerror(errno));

	/* Everything is read and allocated before the first call. */
	while (fgets(line, sizeof(line), spec)) {
		hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		n = split(line, tok);
		if (!n)
			continue;
		calls = realloc(calls, (ncalls + 1) * sizeof(*calls));
		if (!calls)
			die("out of memory");
		c = &calls[ncalls++];
		memset(c, 0, sizeof(*c));
		if (!strcmp(tok[0], "seccomp")) {
			c->what = C_SECCOMP;
			continue;
		}
		if (!strcmp(tok[0], "marker")) {
			c->what = C_MARKER;
			c->nr = SYS_close;
			c->a[0] = (uint64_t)(int64_t)MARKER_FD;
			continue;
		}
		c->what = strcmp(tok[0], "int80") ? C_CALL : C_CALL32;
		first = c->what == C_CALL32;
		if (n <= first)
			die("no syscall number: %s", tok[0]);
		c->nr = parse_num(tok[first]);
		for (i = first + 1; i < n && i - first - 1 < 6; i++)
			c->a[i - first - 1] = arg_value(tok[i]);
		/* an ia32 program has 32-bit registers */
		if (c->what == C_CALL32)
			for (i = 0; i < 6; i++)
				c->a[i] &= 0xffffffff;
	}
	fclose(spec);
	fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || dup2(fd, OUT_FD) < 0)
		die("%s: %s", argv[1], strerror(errno));
	close(fd);
	/* The mappings are read once, before any call: none is made later. */
	rec_begin(strsize, ncalls);
	for (k = 0; k < ncalls; k++) {
		c = &calls[k];
		if (c->what == C_SECCOMP)
			install_seccomp();
		else
			rec_call(c->nr, c->a, c->what == C_CALL32);
	}
	rec_write(OUT_FD);
	return 0;
}

/* ---- text: records described by hand ---- */

static void add_cap(struct kstrace_rec *r, const char *spec)
{
	char *copy = strdup(spec), *f[5], *p = copy;
	struct kstrace_cap *cap;
	size_t len;
	char *data;
	int i;

	for (i = 0; i < 4; i++) {
		f[i] = p;
		p = strchr(p, ',');
		if (!p)
			die("bad cap '%s'", spec);
		*p++ = '\0';
	}
	f[4] = p;
	cap = (struct kstrace_cap *)((char *)r + r->size);
	memset(cap, 0, sizeof(*cap));
	cap->arg = parse_num(f[0]);
	if (!strcmp(f[1], "path"))
		cap->kind = KSTRACE_CAP_PATH;
	else if (!strcmp(f[1], "str"))
		cap->kind = KSTRACE_CAP_STR;
	else if (!strcmp(f[1], "buf"))
		cap->kind = KSTRACE_CAP_BUF;
	else if (!strcmp(f[1], "argv"))
		cap->kind = KSTRACE_CAP_ARGV;
	else
		cap->kind = parse_num(f[1]);
	cap->flags = parse_num(f[2]);
	cap->full_len = parse_num(f[3]);
	data = unescape(f[4], &len);
	if (r->size + sizeof(*cap) + ALIGN8(len) > KSTRACE_REC_MAX)
		die("cap too long: '%s'", spec);
	cap->len = len;
	memcpy(cap + 1, data, len);
	r->size += sizeof(*cap) + ALIGN8(len);
	r->ncap++;
	free(data);
	free(copy);
}

/* a field of a siginfo_t, little-endian */
static void si_set(unsigned char *si, size_t off, size_t len, uint64_t v)
{
	memcpy(si + off, &v, len);
}

/* the SIGINFO capture of a SIGNAL record (arg 0, 128 bytes) */
static void add_siginfo(struct kstrace_rec *r, const unsigned char *si)
{
	struct kstrace_cap *cap = (struct kstrace_cap *)((char *)r + r->size);

	memset(cap, 0, sizeof(*cap));
	cap->kind = KSTRACE_CAP_SIGINFO;
	cap->len = 128;
	memcpy(cap + 1, si, 128);
	r->size += sizeof(*cap) + 128;
	r->ncap++;
}

static int cmd_text(int argc, char **argv)
{
	char line[MAX_LINE], *tok[MAX_TOKENS], *hash, *eq;
	unsigned char si[128];
	bool has_si;
	struct kstrace_rec *r;
	FILE *in;
	int fd, n, i, fixed;

	if (argc != 2)
		die("usage: evgen text TEXT OUT");
	in = strcmp(argv[0], "-") ? fopen(argv[0], "r") : stdin;
	if (!in)
		die("%s: %s", argv[0], strerror(errno));
	while (fgets(line, sizeof(line), in)) {
		hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		n = split(line, tok);
		if (!n)
			continue;
		if (n < 3)
			die("short line: %s", tok[0]);
		r = rec_new(KSTRACE_REC_MAX);
		has_si = false;
		r->tid = r->pid = r->vtid = r->vpid = parse_num(tok[1]);
		r->abi = KSTRACE_ABI_NATIVE;
		if (!strcmp(tok[0], "enter")) {
			r->type = KSTRACE_REC_ENTER;
			r->nr = parse_num(tok[2]);
			for (i = 0; i < 6 && 3 + i < n && !strchr(tok[3 + i], '='); i++)
				r->enter.args[i] = parse_num(tok[3 + i]);
			fixed = 3 + i;
		} else if (!strcmp(tok[0], "exit")) {
			r->type = KSTRACE_REC_EXIT;
			r->nr = parse_num(tok[2]);
			if (n < 4)
				die("exit without RET");
			r->exit.ret = parse_num(tok[3]);
			r->exit.duration_ns = 1000;
			fixed = 4;
		} else if (!strcmp(tok[0], "lost")) {
			r->type = KSTRACE_REC_LOST;
			r->lost.count = parse_num(tok[2]);
			fixed = 3;
		} else if (!strcmp(tok[0], "probe")) {
			r->type = KSTRACE_REC_PROBE;
			r->abi = 0;
			r->nr = parse_num(tok[2]);
			r->exit.ret = n > 3 && !strchr(tok[3], '=') ?
				      parse_num(tok[3]) : 0;
			fixed = n > 3 && !strchr(tok[3], '=') ? 4 : 3;
		} else if (!strcmp(tok[0], "signal")) {
			if (n < 4)
				die("signal without SIGNO ACTION");
			r->type = KSTRACE_REC_SIGNAL;
			r->nr = r->signal.signo = parse_num(tok[2]);
			r->signal.action = parse_num(tok[3]);
			memset(si, 0, sizeof(si));
			si_set(si, 0, 4, r->signal.signo);
			has_si = true;
			fixed = 4;
		} else if (!strcmp(tok[0], "texit")) {
			r->type = KSTRACE_REC_TASK_EXIT;
			r->task_exit.code = parse_num(tok[2]);
			r->task_exit.group_dead = 1;
			fixed = 3;
		} else {
			die("unknown record type '%s'", tok[0]);
		}
		r->ts = rec_last_ts + 1000;
		for (i = fixed; i < n; i++) {
			if (!strcmp(tok[i], "none")) {
				has_si = false;
				continue;
			}
			eq = strchr(tok[i], '=');
			if (!eq)
				die("bad option '%s'", tok[i]);
			*eq++ = '\0';
			if (!strcmp(tok[i], "pid"))
				r->pid = r->vpid = parse_num(eq);
			else if (!strcmp(tok[i], "vtid"))
				r->vtid = parse_num(eq);
			else if (!strcmp(tok[i], "vpid"))
				r->vpid = parse_num(eq);
			else if (!strcmp(tok[i], "cpu"))
				r->cpu = parse_num(eq);
			else if (!strcmp(tok[i], "abi"))
				r->abi = parse_num(eq);
			else if (!strcmp(tok[i], "ts"))
				r->ts = parse_num(eq);
			else if (!strcmp(tok[i], "dur"))
				r->exit.duration_ns = parse_num(eq);
			else if (!strcmp(tok[i], "group"))
				r->task_exit.group_dead = parse_num(eq);
			else if (!strcmp(tok[i], "cap"))
				add_cap(r, eq);
			else if (!strcmp(tok[i], "code"))
				si_set(si, 8, 4, parse_num(eq));
			else if (!strcmp(tok[i], "errno"))
				si_set(si, 4, 4, parse_num(eq));
			else if (!strcmp(tok[i], "spid") || !strcmp(tok[i], "addr"))
				si_set(si, 16, tok[i][0] == 'a' ? 8 : 4,
				       parse_num(eq));
			else if (!strcmp(tok[i], "suid"))
				si_set(si, 20, 4, parse_num(eq));
			else if (!strcmp(tok[i], "sstatus"))
				si_set(si, 24, 4, parse_num(eq));
			else
				die("unknown option '%s'", tok[i]);
		}
		if (has_si)
			add_siginfo(r, si);
		rec_last_ts = r->ts;
		rec_done(r);
	}
	fd = strcmp(argv[1], "-") ? open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644) : 1;
	if (fd < 0)
		die("%s: %s", argv[1], strerror(errno));
	rec_write(fd);
	if (fd != 1)
		close(fd);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "run"))
		return cmd_run(argc - 2, argv + 2);
	if (argc >= 2 && !strcmp(argv[1], "text"))
		return cmd_text(argc - 2, argv + 2);
	die("usage: evgen run [-s STRSIZE] SPEC OUT | evgen text TEXT OUT");
}
