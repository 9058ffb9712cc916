// SPDX-License-Identifier: GPL-2.0
/*
 * xlat.c - strace's ways of printing named values and flags.
 */
#include <inttypes.h>

#include "xlat.h"

const char *xlookup(const struct xlat *x, uint64_t val)
{
	for (; x->str; x++)
		if (x->val == val)
			return x->str;
	return NULL;
}

void print_xval(struct sbuf *b, const struct xlat *x, uint64_t val,
		const char *dflt)
{
	const char *s = xlookup(x, val);

	if (s) {
		sb_puts(b, s);
		return;
	}
	sb_printf(b, "%#" PRIx64, val);
	if (dflt)
		sb_printf(b, " /* %s */", dflt);
}

int print_flags(struct sbuf *b, const struct xlat *x, uint64_t flags,
		const char *dflt)
{
	unsigned int n = 0;

	for (; x->str && (flags || !n); x++) {
		if (flags == x->val || (x->val && (flags & x->val) == x->val)) {
			if (n++)
				sb_putc(b, '|');
			sb_puts(b, x->str);
			flags &= ~x->val;
		}
		if (!flags)
			break;
	}
	if (n) {
		if (flags)
			sb_printf(b, "|%#" PRIx64, flags);
	} else if (flags) {
		sb_printf(b, "%#" PRIx64, flags);
		if (dflt)
			sb_printf(b, " /* %s */", dflt);
	} else {
		sb_putc(b, '0');
	}
	return n;
}
