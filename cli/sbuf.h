/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sbuf.h - a growable string: the decoders build a line piece by piece,
 * and the printer measures it (strace pads the return value to a column).
 */
#ifndef KSTRACE_CLI_SBUF_H
#define KSTRACE_CLI_SBUF_H

#include <stddef.h>

struct sbuf {
	char *s;		/* NUL-terminated; NULL until the first write */
	size_t len;
	size_t cap;
};

#define SBUF_INIT	{ NULL, 0, 0 }

void sb_grow_slow(struct sbuf *b, size_t more);
void sb_puts(struct sbuf *b, const char *s);
void sb_putu(struct sbuf *b, unsigned long long v);
void sb_putd(struct sbuf *b, long long v);
void sb_putu_width(struct sbuf *b, unsigned long long v, int width);
void sb_pad(struct sbuf *b, char c, size_t n);
void sb_putn(struct sbuf *b, const char *s, size_t n);
void sb_printf(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_reset(struct sbuf *b);

/* The decoders' most frequent call: no function call when there is room. */
static inline void sb_putc(struct sbuf *b, char c)
{
	if (b->len + 2 > b->cap)
		sb_grow_slow(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

void sb_free(struct sbuf *b);
const char *sb_str(const struct sbuf *b);	/* "" when empty */

#endif /* KSTRACE_CLI_SBUF_H */
