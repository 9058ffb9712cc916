/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlat.h - number-to-name tables and strace's two ways of printing them:
 * a value (SEEK_END, or 0x7 with a SEEK_??? comment) and a set of flags
 * (O_RDONLY|O_CLOEXEC, unknown bits appended in hex).
 */
#ifndef KSTRACE_CLI_XLAT_H
#define KSTRACE_CLI_XLAT_H

#include <stdint.h>

#include "sbuf.h"

struct xlat {
	uint64_t val;
	const char *str;		/* NULL ends a table */
};

#define XLAT(v)		{ (uint64_t)(v), #v }
#define XLAT_NAMED(v, s)	{ (uint64_t)(v), (s) }
#define XLAT_END	{ 0, NULL }

const char *xlookup(const struct xlat *x, uint64_t val);

/* print_xval - the name of val, or val in hex with dflt in a comment. */
void print_xval(struct sbuf *b, const struct xlat *x, uint64_t val,
		const char *dflt);

/*
 * print_flags - strace's printflags(): the names of the entries whose
 * bits are all set, in table order, "|"-separated; an entry of value 0
 * only when flags is 0; left-over bits in hex; nothing known at all: the
 * value in hex with dflt in a comment (none if dflt is NULL), or "0".
 */
int print_flags(struct sbuf *b, const struct xlat *x, uint64_t flags,
		const char *dflt);	/* returns the number of names printed */

#endif /* KSTRACE_CLI_XLAT_H */
