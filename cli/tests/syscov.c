// SPDX-License-Identifier: GPL-2.0
/*
 * syscov.c - every syscall of cli/sysent.h, x86-64 and ia32, is either
 * decoded by a decoder row (decode_has_row()) or listed in
 * docs/syscalls.md with the reason it is printed raw; nothing is listed
 * that is decoded or unknown; every decoder row names a syscall (no row
 * lost to a typo). Prints "ok"/"not ok" lines.
 *
 * usage: syscov [DOC]      check DOC (default SYSCALLS_MD)
 *        syscov --list     "ABI NAME decoded|raw" of every syscall, for
 *                          scripts/gen-syscalls-md
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../decode-int.h"

#ifndef SYSCALLS_MD
#define SYSCALLS_MD	"docs/syscalls.md"
#endif

#define MAX_LISTED	1024

static const struct abi {
	unsigned int abi;
	const char *name;	/* as docs/syscalls.md heads its section */
} abis[] = {
	{ KSTRACE_ABI_NATIVE, "x86-64" },
	{ KSTRACE_ABI_COMPAT, "ia32" },
};

/* A syscall docs/syscalls.md lists as printed raw. */
struct listed {
	const struct abi *abi;
	char name[64];
	int has_reason;
	int seen;		/* sysent.h has it */
};

static struct listed listed[MAX_LISTED];
static unsigned int nlisted;
static int failures;

static void result(int ok, const char *what)
{
	if (!ok)
		failures++;
	printf("%s - %s\n", ok ? "ok" : "not ok", what);
}

static void list(void)
{
	const struct sysent *se;
	unsigned int a, nr;

	for (a = 0; a < 2; a++)
		for (nr = 0; nr < sysent_count(abis[a].abi); nr++) {
			se = sysent_get(abis[a].abi, nr);
			if (se)
				printf("%s %s %s\n", abis[a].name, se->name,
				       decode_has_row(abis[a].abi, nr) ? "decoded" : "raw");
		}
}

/* "| `name` | reason |" under "## ABI": one listed syscall. */
static void parse_line(const struct abi *abi, const char *line)
{
	struct listed *l;
	const char *end, *reason;

	if (!abi || strncmp(line, "| `", 3))
		return;
	end = strchr(line + 3, '`');
	if (!end || end - (line + 3) >= (int)sizeof(l->name) || nlisted == MAX_LISTED)
		return;
	l = &listed[nlisted++];
	l->abi = abi;
	memcpy(l->name, line + 3, end - (line + 3));
	l->name[end - (line + 3)] = '\0';
	reason = strchr(end, '|');
	l->has_reason = reason && strspn(reason + 1, " |\n") < strlen(reason + 1);
}

static int parse(const char *path)
{
	const struct abi *abi = NULL;
	char line[512];
	unsigned int a;
	FILE *f = fopen(path, "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (!strncmp(line, "## ", 3)) {
			line[strcspn(line, "\n")] = '\0';
			abi = NULL;
			for (a = 0; a < 2; a++)
				if (!strcmp(line + 3, abis[a].name))
					abi = &abis[a];
			continue;
		}
		parse_line(abi, line);
	}
	fclose(f);
	return 0;
}

static struct listed *find_listed(const struct abi *abi, const char *name)
{
	unsigned int i;

	for (i = 0; i < nlisted; i++)
		if (listed[i].abi == abi && !strcmp(listed[i].name, name))
			return &listed[i];
	return NULL;
}

/* The syscalls of one ABI: decoded, or listed with a reason. */
static void check_abi(const struct abi *abi)
{
	unsigned int nr, total = 0, decoded = 0, raw = 0, bad = 0, both = 0;
	const struct sysent *se;
	struct listed *l;
	char what[256];

	for (nr = 0; nr < sysent_count(abi->abi); nr++) {
		se = sysent_get(abi->abi, nr);
		if (!se)
			continue;
		total++;
		l = find_listed(abi, se->name);
		if (l)
			l->seen = 1;
		if (decode_has_row(abi->abi, nr)) {
			decoded++;
			if (l) {
				both++;
				printf("#   %s: %s is decoded, yet listed as raw\n",
				       abi->name, se->name);
			}
		} else if (l && l->has_reason) {
			raw++;
		} else {
			bad++;
			printf("#   %s: %s is printed raw: %s\n", abi->name, se->name,
			       l ? "no reason given" : "not listed in docs/syscalls.md");
		}
	}
	snprintf(what, sizeof(what),
		 "%s: each of %u syscalls is decoded (%u) or listed with a reason (%u)",
		 abi->name, total, decoded, raw);
	result(!bad && total == decoded + raw, what);
	snprintf(what, sizeof(what), "%s: no decoded syscall is listed as raw", abi->name);
	result(!both, what);
}

/* Listed names that no syscall of their ABI has: typos, stale lines. */
static void check_unknown(void)
{
	unsigned int i, bad = 0;

	for (i = 0; i < nlisted; i++)
		if (!listed[i].seen) {
			bad++;
			printf("#   %s: %s is listed, but is no syscall of the ABI\n",
			       listed[i].abi->name, listed[i].name);
		}
	result(!bad, "docs/syscalls.md lists only syscalls of cli/sysent.h");
}

/* Is name a syscall of abi (of either ABI when abi is NULL)? */
static int is_syscall(const struct abi *abi, const char *name)
{
	const struct sysent *se;
	unsigned int a, nr;

	for (a = 0; a < 2; a++) {
		if (abi && abi != &abis[a])
			continue;
		for (nr = 0; nr < sysent_count(abis[a].abi); nr++) {
			se = sysent_get(abis[a].abi, nr);
			if (se && !strcmp(se->name, name))
				return 1;
		}
	}
	return 0;
}

/* Rows named after no syscall would never be used. */
static void check_rows(void)
{
	static const struct {
		const struct decoder_rows *rows;
		const struct abi *abi;	/* NULL: the x86-64 rows serve both */
	} tables[] = {
		{ &decode_file_rows, NULL }, { &decode_misc_rows, NULL },
		{ &decode_net_rows, NULL }, { &decode_process_rows, NULL },
		{ &decode_time_rows, NULL }, { &decode_ia32_rows, &abis[1] },
	};
	unsigned int t, bad = 0, n = 0;
	size_t i;
	char what[128];

	for (t = 0; t < sizeof(tables) / sizeof(tables[0]); t++)
		for (i = 0; i < tables[t].rows->n; i++, n++)
			if (!is_syscall(tables[t].abi, tables[t].rows->row[i].name)) {
				bad++;
				printf("#   the row of %s names no syscall\n",
				       tables[t].rows->row[i].name);
			}
	snprintf(what, sizeof(what), "each of %u decoder rows names a syscall of cli/sysent.h", n);
	result(!bad, what);
}

int main(int argc, char **argv)
{
	const char *doc = argc > 1 ? argv[1] : SYSCALLS_MD;
	unsigned int a;

	if (argc > 1 && !strcmp(argv[1], "--list")) {
		list();
		return 0;
	}
	result(parse(doc) == 0, "docs/syscalls.md is readable");
	result(nlisted > 0, "docs/syscalls.md lists the syscalls printed raw");
	for (a = 0; a < 2; a++)
		check_abi(&abis[a]);
	check_unknown();
	check_rows();
	return failures ? 1 : 0;
}
