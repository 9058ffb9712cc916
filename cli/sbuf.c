// SPDX-License-Identifier: GPL-2.0
/*
 * sbuf.c - growable strings.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sbuf.h"

static void grow(struct sbuf *b, size_t more)
{
	size_t need = b->len + more + 1;
	char *s;

	if (need <= b->cap)
		return;
	b->cap = need < 256 ? 256 : need * 2;
	s = realloc(b->s, b->cap);
	if (!s) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	b->s = s;
}

void sb_putn(struct sbuf *b, const char *s, size_t n)
{
	grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_puts(struct sbuf *b, const char *s)
{
	sb_putn(b, s, strlen(s));
}

/* Formats into the room left, and again only when it was too small. */
void sb_printf(struct sbuf *b, const char *fmt, ...)
{
	size_t room = b->cap > b->len ? b->cap - b->len : 0;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(room ? b->s + b->len : NULL, room, fmt, ap);
	va_end(ap);
	if (n <= 0) {
		if (b->s)
			b->s[b->len] = '\0';
		return;
	}
	if ((size_t)n >= room) {
		grow(b, n);
		va_start(ap, fmt);
		vsnprintf(b->s + b->len, n + 1, fmt, ap);
		va_end(ap);
	}
	b->len += n;
}

static size_t sb_digits(unsigned long long v)
{
	size_t n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

/* Decimal without printf: the leaders and return values of every line. */
void sb_putu(struct sbuf *b, unsigned long long v)
{
	char d[24], *p = d + sizeof(d);

	do
		*--p = '0' + v % 10;
	while (v /= 10);
	sb_putn(b, p, d + sizeof(d) - p);
}

/* printf's "%*llu" (@width > 0) and "%-*llu" (@width < 0). */
void sb_putu_width(struct sbuf *b, unsigned long long v, int width)
{
	size_t start = b->len, n;

	if (width > 0) {
		n = sb_digits(v);
		if (n < (size_t)width)
			sb_pad(b, ' ', width - n);
	}
	sb_putu(b, v);
	n = b->len - start;
	if (width < 0 && n < (size_t)-width)
		sb_pad(b, ' ', -width - n);
}

void sb_pad(struct sbuf *b, char c, size_t n)
{
	grow(b, n);
	memset(b->s + b->len, c, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_putd(struct sbuf *b, long long v)
{
	if (v < 0) {
		sb_putc(b, '-');
		sb_putu(b, -(unsigned long long)v);
	} else {
		sb_putu(b, v);
	}
}

void sb_grow_slow(struct sbuf *b, size_t more)
{
	grow(b, more);
}

void sb_reset(struct sbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

void sb_free(struct sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

const char *sb_str(const struct sbuf *b)
{
	return b->s ? b->s : "";
}
