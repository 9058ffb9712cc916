// SPDX-License-Identifier: GPL-2.0
/*
 * filter.c - strace's -e trace=SET over the two syscall tables. Names are
 * those the CLI prints (sysname()), classes those of sysent.h, which
 * gen-sysent.sh took from strace 6.1 itself.
 */
#include <errno.h>
#include <limits.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "filter.h"
#include "sysname.h"

#define NABI	2

static const unsigned int abis[NABI] = { KSTRACE_ABI_NATIVE,
					 KSTRACE_ABI_COMPAT };

static const struct {
	const char *name;
	unsigned int flag;
} classes[] = {
	{ "file", TF },
	{ "ipc", TI },
	{ "network", TN },
	{ "net", TN },
	{ "process", TP },
	{ "signal", TS },
	{ "desc", TD },
	{ "memory", TM },
	{ "creds", TC },
	{ "clock", TCL },
	{ "stat", TST },
	{ "lstat", TLST },
	{ "fstat", TFST },
	{ "%stat", TSTA },
	{ "statfs", TSF },
	{ "fstatfs", TFSF },
	{ "%statfs", TSFA },
	{ "pure", PU },
};

static void set_bit(struct tracesel *s, int a, unsigned int nr)
{
	s->set[a][nr / 8] |= 1u << (nr % 8);
}

static bool get_bit(const struct tracesel *s, int a, unsigned int nr)
{
	return s->set[a][nr / 8] & (1u << (nr % 8));
}

void tracesel_all(struct tracesel *s)
{
	memset(s->set, 0xff, sizeof(s->set));
	s->given = false;
	s->kp_given = s->kp_all = s->kp_negate = false;
	s->nkp = 0;
}

bool tracesel_has_probe(const struct tracesel *s, const char *func)
{
	bool in;
	size_t i;

	if (!s || !s->kp_given)
		return true;
	in = s->kp_all;
	for (i = 0; !in && i < s->nkp; i++)
		in = !strcmp(s->kp[i], func);
	return in != s->kp_negate;
}

/* add_kprobe - kprobe:FUNC, kprobe:* (FUNC "*") or %kprobe (FUNC NULL). */
static int add_kprobe(struct tracesel *s, const char *func)
{
	char (*kp)[KSTRACE_FUNC_MAX];
	size_t len;

	s->kp_given = true;
	if (!func || !strcmp(func, "*")) {
		s->kp_all = true;
		return 0;
	}
	len = strlen(func);
	/* FUNC%return names the same probe hits */
	if (len > 7 && !strcmp(func + len - 7, "%return"))
		len -= 7;
	if (!len || len >= KSTRACE_FUNC_MAX)
		return -1;
	kp = realloc(s->kp, (s->nkp + 1) * sizeof(*kp));
	if (!kp) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	s->kp = kp;
	memcpy(s->kp[s->nkp], func, len);
	s->kp[s->nkp][len] = '\0';
	s->nkp++;
	return 0;
}

static int abi_index(unsigned int abi)
{
	return abi == KSTRACE_ABI_COMPAT ? 1 : 0;
}

bool tracesel_has(const struct tracesel *s, unsigned int abi, unsigned int nr)
{
	if (!s || nr >= KSTRACE_MAX_SYSCALLS)
		return true;
	return get_bit(s, abi_index(abi), nr);
}

/* The name printed for NR, or NULL when it has none. */
static const char *nr_name(unsigned int abi, unsigned int nr, char *buf,
			   size_t len)
{
	const char *n = sysname(abi, nr, buf, len);

	return strncmp(n, "syscall_", 8) ? n : NULL;
}

/* add_name - NAME (maybe NAME@64 or NAME@32) into s; 0 if it matched. */
static int add_name(struct tracesel *s, const char *token)
{
	char name[SYSNAME_MAX], buf[SYSNAME_MAX];
	const char *at = strchr(token, '@'), *n;
	int only = -1, a, found = 0;
	unsigned int nr;

	if (at) {
		if (!strcmp(at, "@64"))
			only = 0;
		else if (!strcmp(at, "@32"))
			only = 1;
		else
			return -1;
		if ((size_t)(at - token) >= sizeof(name))
			return -1;
		memcpy(name, token, at - token);
		name[at - token] = '\0';
	} else {
		if (strlen(token) >= sizeof(name))
			return -1;
		strcpy(name, token);
	}
	for (a = 0; a < NABI; a++) {
		if (only >= 0 && a != only)
			continue;
		for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++) {
			n = nr_name(abis[a], nr, buf, sizeof(buf));
			if (n && !strcmp(n, name)) {
				set_bit(s, a, nr);
				found = 1;
			}
		}
	}
	return found ? 0 : -1;
}

static int add_class(struct tracesel *s, const char *name)
{
	const struct sysent *se;
	unsigned int flag = 0, nr;
	size_t i;
	int a;

	for (i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
		if (!strcmp(name, classes[i].name))
			flag = classes[i].flag;
	if (!flag)
		return -1;
	for (a = 0; a < NABI; a++)
		for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++) {
			se = sysent_get(abis[a], nr);
			if (se && (se->flags & flag))
				set_bit(s, a, nr);
		}
	return 0;
}

static int add_regex(struct tracesel *s, const char *re)
{
	char buf[SYSNAME_MAX];
	const char *n;
	unsigned int nr;
	regex_t rx;
	int a;

	if (regcomp(&rx, re, REG_EXTENDED | REG_NOSUB))
		return -1;
	for (a = 0; a < NABI; a++)
		for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++) {
			n = nr_name(abis[a], nr, buf, sizeof(buf));
			if (n && !regexec(&rx, n, 0, NULL, 0))
				set_bit(s, a, nr);
		}
	regfree(&rx);
	return 0;
}

int tracesel_parse(struct tracesel *s, const char *spec)
{
	char *copy, *tok, *p, *next;
	bool negate = false;
	size_t i;
	int a, ret = 0;

	memset(s->set, 0, sizeof(s->set));
	s->given = true;
	s->kp_given = s->kp_all = s->kp_negate = false;
	s->nkp = 0;
	if (*spec == '!') {
		negate = true;
		spec++;
	}
	s->kp_negate = negate;
	copy = strdup(spec);
	if (!copy) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	p = copy;
	do {
		next = strchr(p, ',');
		if (next)
			*next++ = '\0';
		tok = p;
		p = next;
		if (!strcmp(tok, "all") || !strcmp(tok, "%all")) {
			memset(s->set, 0xff, sizeof(s->set));
			continue;
		}
		if (!strcmp(tok, "none"))
			continue;
		if (!strncmp(tok, "kprobe:", 7)) {
			if (!add_kprobe(s, tok + 7))
				continue;
		} else if (!strcmp(tok, "%kprobe")) {
			add_kprobe(s, NULL);
			continue;
		} else if (*tok == '%') {
			if (!add_class(s, tok + 1))
				continue;
		} else if (*tok == '/') {
			if (!add_regex(s, tok + 1))
				continue;
		} else if (*tok == '?') {
			add_name(s, tok + 1);
			continue;
		} else if (*tok) {
			/* a name first: "file" the class lost to no syscall */
			if (!add_name(s, tok) || !add_class(s, tok))
				continue;
		}
		fprintf(stderr, "kstrace: invalid system call '%s'\n", tok);
		ret = -1;
		break;
	} while (p);
	free(copy);
	if (negate)
		for (a = 0; a < NABI; a++)
			for (i = 0; i < sizeof(s->set[a]); i++)
				s->set[a][i] = ~s->set[a][i];
	return ret;
}

int tracesel_list(const struct tracesel *s, unsigned int abi, char *buf,
		  size_t len)
{
	int a = abi_index(abi), n;
	unsigned int nr, start, count = 0;
	size_t used = 0;

	for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++)
		count += get_bit(s, a, nr);
	if (count == KSTRACE_MAX_SYSCALLS) {
		snprintf(buf, len, "all");
		return 0;
	}
	if (!count) {
		snprintf(buf, len, "none");
		return 0;
	}
	buf[0] = '\0';
	for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++) {
		if (!get_bit(s, a, nr))
			continue;
		start = nr;
		while (nr + 1 < KSTRACE_MAX_SYSCALLS && get_bit(s, a, nr + 1))
			nr++;
		if (start == nr)
			n = snprintf(buf + used, len - used, "%s%u",
				     used ? "," : "", start);
		else
			n = snprintf(buf + used, len - used, "%s%u-%u",
				     used ? "," : "", start, nr);
		if (n < 0 || (size_t)n >= len - used)
			return -1;
		used += n;
	}
	return 0;
}

/* strace's string_to_uint(): decimal digits only, up to INT_MAX. */
static int fd_number(const char *s)
{
	unsigned long v;
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (*end || errno || v > INT_MAX)
		return -1;
	return v;
}

int fdsel_parse(struct fdsel *s, const char *spec)
{
	char *copy, *tok, *save = NULL;
	unsigned int *fds;
	int fd = -1;

	free(s->fds);
	s->fds = NULL;
	s->n = 0;
	s->not = false;
	/* each leading ! inverts what follows, as in strace */
	for (; *spec == '!'; spec++)
		s->not = !s->not;
	if (!strcmp(spec, "none"))
		return 0;
	if (!strcmp(spec, "all")) {
		s->not = !s->not;
		return 0;
	}
	copy = strdup(spec);
	if (!copy) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	for (tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		fd = fd_number(tok);
		if (fd < 0) {
			fprintf(stderr, "kstrace: invalid descriptor '%s'\n",
				tok);
			free(copy);
			return -1;
		}
		fds = realloc(s->fds, (s->n + 1) * sizeof(*fds));
		if (!fds) {
			fputs("kstrace: out of memory\n", stderr);
			exit(1);
		}
		s->fds = fds;
		s->fds[s->n++] = fd;
	}
	free(copy);
	if (fd < 0) {
		fprintf(stderr, "kstrace: invalid descriptor '%s'\n", spec);
		return -1;
	}
	return 0;
}

bool fdsel_has(const struct fdsel *s, int fd)
{
	size_t i;

	if (!s || fd < 0)
		return false;
	for (i = 0; i < s->n; i++)
		if (s->fds[i] == (unsigned int)fd)
			return !s->not;
	return s->not;
}

/* ---- small sets: -e signal=, -e status=, -e quiet= ---- */

void numset_all(struct numset *s)
{
	memset(s, 0, sizeof(*s));
	s->not = true;
}

static void numset_add(struct numset *s, unsigned int n)
{
	if (n < 256)
		s->bits[n / 64] |= 1ULL << (n % 64);
}

bool numset_has(const struct numset *s, unsigned int n)
{
	bool in = n < 256 && (s->bits[n / 64] & (1ULL << (n % 64)));

	return in != s->not;
}

int numset_parse(struct numset *s, const char *spec,
		 int (*number)(const char *), const char *what)
{
	const char *p = spec;
	char *copy, *tok, *save = NULL;
	bool done = false;
	int n;

	memset(s, 0, sizeof(*s));
again:
	for (; *p == '!'; p++)
		s->not = !s->not;
	if (!strcmp(p, "none"))
		return 0;
	if (!strcmp(p, "all")) {
		p = "!none";
		goto again;
	}
	copy = strdup(p);
	if (!copy) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	for (tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		n = number(tok);
		if (n < 0) {
			fprintf(stderr, "kstrace: invalid %s '%s'\n", what, tok);
			free(copy);
			return -1;
		}
		numset_add(s, n);
		done = true;
	}
	free(copy);
	if (!done) {
		fprintf(stderr, "kstrace: invalid %s '%s'\n", what, spec);
		return -1;
	}
	return 0;
}

int signal_number(const char *s)
{
	char buf[32];
	const char *name;
	unsigned long v;
	char *end;
	int i;

	if (*s >= '0' && *s <= '9') {
		errno = 0;
		v = strtoul(s, &end, 10);
		return *end || errno || v > 255 ? -1 : (int)v;
	}
	if (!strncasecmp(s, "SIG", 3))
		s += 3;
	for (i = 1; i <= 64; i++) {
		name = signal_name(i, buf, sizeof(buf));
		if (name && !strcasecmp(name + 3, s))
			return i;
	}
	return -1;
}
