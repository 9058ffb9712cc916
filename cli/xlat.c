// SPDX-License-Identifier: GPL-2.0
/*
 * xlat.c - strace's ways of printing named values and flags, in the three
 * styles of -X (strace's src/xlat.c: printxvals_ex, printflags_ex,
 * print_xlat_ex).
 */
#include <inttypes.h>
#include <stdbool.h>

#include "xlat.h"

enum xlat_style xlat_style = XLAT_ABBREV;

const char *xlookup(const struct xlat *x, uint64_t val)
{
	for (; x->str; x++)
		if (x->val == val)
			return x->str;
	return NULL;
}

void print_xlat_val(struct sbuf *b, uint64_t val, enum xlat_fmt fmt)
{
	switch (fmt) {
	case XFMT_D:
		sb_printf(b, "%" PRId64, (int64_t)val);
		break;
	case XFMT_U:
		sb_printf(b, "%" PRIu64, val);
		break;
	default:
		sb_printf(b, "%#" PRIx64, val);
		break;
	}
}

/* strace's tprints_comment(): nothing for a NULL or empty string. */
static void put_comment(struct sbuf *b, const char *s)
{
	if (s && *s)
		sb_printf(b, " /* %s */", s);
}

void print_xname(struct sbuf *b, uint64_t val, const char *name,
		 const char *dflt, enum xlat_fmt fmt)
{
	if (xlat_style == XLAT_RAW) {
		print_xlat_val(b, val, fmt);
		return;
	}
	if (name && xlat_style == XLAT_ABBREV) {
		sb_puts(b, name);
		return;
	}
	print_xlat_val(b, val, fmt);
	put_comment(b, name ? name : dflt);
}

void print_xval_fmt(struct sbuf *b, const struct xlat *x, uint64_t val,
		    const char *dflt, enum xlat_fmt fmt)
{
	print_xname(b, val, xlookup(x, val), dflt, fmt);
}

void print_xval_verbose(struct sbuf *b, const struct xlat *x, uint64_t val,
			const char *dflt, enum xlat_fmt fmt)
{
	enum xlat_style saved = xlat_style;

	xlat_style = XLAT_VERBOSE;
	print_xval_fmt(b, x, val, dflt, fmt);
	xlat_style = saved;
}

void print_xval(struct sbuf *b, const struct xlat *x, uint64_t val,
		const char *dflt)
{
	print_xval_fmt(b, x, val, dflt, XFMT_X);
}

int print_flags(struct sbuf *b, const struct xlat *x, uint64_t flags,
		const char *dflt)
{
	bool verbose = xlat_style == XLAT_VERBOSE;
	unsigned int n = 0;

	if (xlat_style == XLAT_RAW) {
		print_xlat_val(b, flags, XFMT_X);
		return flags != 0;
	}
	if (verbose && flags)
		print_xlat_val(b, flags, XFMT_X);
	for (; x->str && (flags || !n); x++) {
		if (flags == x->val || (x->val && (flags & x->val) == x->val)) {
			if (verbose && !flags)
				sb_putc(b, '0');
			if (n++)
				sb_putc(b, '|');
			else if (verbose)
				sb_puts(b, " /* ");
			sb_puts(b, x->str);
			flags &= ~x->val;
		}
		if (!flags)
			break;
	}
	if (n) {
		if (flags)
			sb_printf(b, "|%#" PRIx64, flags);
		if (verbose)
			sb_puts(b, " */");
	} else if (flags) {
		if (!verbose)
			sb_printf(b, "%#" PRIx64, flags);
		put_comment(b, dflt);
	} else {
		sb_putc(b, '0');
	}
	return n;
}

void print_xlat_ex(struct sbuf *b, uint64_t val, const char *str,
		   enum xlat_fmt fmt)
{
	switch (xlat_style) {
	case XLAT_ABBREV:
		if (str) {
			sb_puts(b, str);
			break;
		}
		print_xlat_val(b, val, fmt);
		break;
	case XLAT_RAW:
		print_xlat_val(b, val, fmt);
		break;
	case XLAT_VERBOSE:
		print_xlat_val(b, val, fmt);
		put_comment(b, str);
		break;
	}
}

enum xlat_style xlat_abbrev_begin(void)
{
	enum xlat_style saved = xlat_style;

	xlat_style = XLAT_ABBREV;
	return saved;
}

void xlat_abbrev_end(enum xlat_style saved)
{
	xlat_style = saved;
}
