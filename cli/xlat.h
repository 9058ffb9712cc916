/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlat.h - number-to-name tables and strace's two ways of printing them:
 * a value (SEEK_END, or 0x7 with a SEEK_??? comment) and a set of flags
 * (O_RDONLY|O_CLOEXEC, unknown bits appended in hex); in the style -X
 * asks for (raw: the number; verbose: the number, the names in a comment).
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

/* -X: how named constants print (strace's xlat_verbosity). */
enum xlat_style {
	XLAT_ABBREV,		/* SEEK_END (the default) */
	XLAT_RAW,		/* 0x2 */
	XLAT_VERBOSE,		/* 0x2 / * SEEK_END * / */
};

/* The style of the whole run: -X, set once before anything is printed. */
extern enum xlat_style xlat_style;

/* How the number of a constant reads in the raw and verbose styles. */
enum xlat_fmt {
	XFMT_X,			/* %#llx, most of them */
	XFMT_U,			/* %llu */
	XFMT_D,			/* %lld: AT_FDCWD, signals */
};

const char *xlookup(const struct xlat *x, uint64_t val);

/* print_xval - the name of val, or val in hex with dflt in a comment. */
void print_xval(struct sbuf *b, const struct xlat *x, uint64_t val,
		const char *dflt);
/* print_xval() with the number in fmt (strace's printxval_u/_d). */
void print_xval_fmt(struct sbuf *b, const struct xlat *x, uint64_t val,
		    const char *dflt, enum xlat_fmt fmt);
/*
 * print_xval_fmt() in the verbose style whatever -X says: strace's
 * printxval_ex(..., XLAT_STYLE_VERBOSE): syslog's action, say.
 */
void print_xval_verbose(struct sbuf *b, const struct xlat *x, uint64_t val,
			const char *dflt, enum xlat_fmt fmt);

/*
 * print_flags - strace's printflags(): the names of the entries whose
 * bits are all set, in table order, "|"-separated; an entry of value 0
 * only when flags is 0; left-over bits in hex; nothing known at all: the
 * value in hex with dflt in a comment (none if dflt is NULL), or "0".
 */
int print_flags(struct sbuf *b, const struct xlat *x, uint64_t flags,
		const char *dflt);	/* returns the number of names printed */

/*
 * print_xlat_ex - a value whose abbreviated form str was made by hand
 * (O_RDONLY|O_CLOEXEC, S_IFIFO|0600, AT_FDCWD): str; raw: the number;
 * verbose: the number with str in a comment. str NULL: the number.
 */
void print_xlat_ex(struct sbuf *b, uint64_t val, const char *str,
		   enum xlat_fmt fmt);

/*
 * print_xname - printxval() of a name found by hand: name (NULL: not
 * known, val with dflt in a comment), in the style of -X.
 */
void print_xname(struct sbuf *b, uint64_t val, const char *name,
		 const char *dflt, enum xlat_fmt fmt);

/* The number as fmt prints it ("0x2", "-100"). */
void print_xlat_val(struct sbuf *b, uint64_t val, enum xlat_fmt fmt);

/*
 * xlat_abbrev_begin/end - print a composite in the abbreviated style
 * whatever -X says (to make the str of print_xlat_ex): begin returns the
 * style to give back to end.
 */
enum xlat_style xlat_abbrev_begin(void);
void xlat_abbrev_end(enum xlat_style saved);

#endif /* KSTRACE_CLI_XLAT_H */
