// SPDX-License-Identifier: GPL-2.0
/*
 * decode-quote.c - strace's quoting of strings and data (its
 * string_quote()): "..." with C escapes and octal for the other bytes, or
 * hex where -x, -xx or --strings-in-hex= ask for it.
 */
#include <stdbool.h>
#include <stddef.h>

#include "decode-int.h"

/*
 * -x: a string with a byte that is neither printable nor whitespace is
 * printed all in hex; -xx: every string is (strace's string_quote()).
 * --strings-in-hex=non-ascii-chars escapes bytes in hex, not in octal.
 */
bool quote_in_hex(const unsigned char *s, size_t len, bool zero_term,
		  unsigned int xflag)
{
	size_t i;

	if (xflag == XFLAG_ALL)
		return true;
	if (xflag != XFLAG_NON_ASCII)
		return false;
	for (i = 0; i < len; i++) {
		if (zero_term && !s[i])
			break;
		if (s[i] > 0x7e || (s[i] < ' ' && (unsigned int)(s[i] - 9) >= 5))
			return true;
	}
	return false;
}

void quote_string_x(struct sbuf *b, const char *str, size_t len, bool zero_term,
		    unsigned int xflag)
{
	const unsigned char *s = (const unsigned char *)str;
	bool hex = quote_in_hex(s, len, zero_term, xflag);
	size_t i;
	int c;

	sb_putc(b, '"');
	for (i = 0; i < len; i++) {
		c = s[i];
		if (zero_term && !c)
			break;
		if (hex) {
			sb_printf(b, "\\x%02x", c);
			continue;
		}
		switch (c) {
		case '"':
		case '\\':
			sb_putc(b, '\\');
			sb_putc(b, c);
			break;
		case '\f':
			sb_puts(b, "\\f");
			break;
		case '\n':
			sb_puts(b, "\\n");
			break;
		case '\r':
			sb_puts(b, "\\r");
			break;
		case '\t':
			sb_puts(b, "\\t");
			break;
		case '\v':
			sb_puts(b, "\\v");
			break;
		default:
			if (c >= ' ' && c <= 0x7e) {
				sb_putc(b, c);
				break;
			}
			if (xflag == XFLAG_NON_ASCII_CHARS) {
				sb_printf(b, "\\x%02x", c);
				break;
			}
			/* octal, as short as the next character allows */
			sb_putc(b, '\\');
			if (i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '7') {
				sb_putc(b, '0' + (c >> 6));
				sb_putc(b, '0' + ((c >> 3) & 7));
			} else if (c >> 3) {
				if (c >> 6)
					sb_putc(b, '0' + (c >> 6));
				sb_putc(b, '0' + ((c >> 3) & 7));
			}
			sb_putc(b, '0' + (c & 7));
			break;
		}
	}
	sb_putc(b, '"');
}

void quote_string(struct sbuf *b, const char *str, size_t len, bool zero_term)
{
	quote_string_x(b, str, len, zero_term, 0);
}
