// SPDX-License-Identifier: GPL-2.0
/*
 * json.c - streaming JSON writer (RFC 8259). Strings are escaped as the
 * RFC requires; bytes that are not valid UTF-8 become U+FFFD, so the
 * output is valid JSON whatever the input.
 */
#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "json.h"

void json_init(struct json *j, FILE *out)
{
	j->out = out;
	j->depth = 0;
	j->need_comma[0] = false;
	j->after_key = false;
}

/* before_value - the comma between siblings; none right after a key. */
static void before_value(struct json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (j->need_comma[j->depth])
		fputc(',', j->out);
	j->need_comma[j->depth] = true;
}

static void open_nest(struct json *j, char c)
{
	before_value(j);
	fputc(c, j->out);
	/* Deeper than the fixed stack is a caller bug; stay well-formed. */
	if (j->depth < JSON_MAX_DEPTH - 1)
		j->depth++;
	j->need_comma[j->depth] = false;
}

static void close_nest(struct json *j, char c)
{
	fputc(c, j->out);
	if (j->depth > 0)
		j->depth--;
}

void json_object_begin(struct json *j)
{
	open_nest(j, '{');
}

void json_object_end(struct json *j)
{
	close_nest(j, '}');
}

void json_array_begin(struct json *j)
{
	open_nest(j, '[');
}

void json_array_end(struct json *j)
{
	close_nest(j, ']');
}

/*
 * utf8_len - length of the valid UTF-8 sequence at s, or 0 if s does not
 * start one (overlong forms, surrogates and values past U+10FFFF are not
 * valid).
 */
static int utf8_len(const unsigned char *s)
{
	int n, i;
	uint32_t cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		cp = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		cp = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		cp = s[0] & 0x07;
	} else {
		return 0;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return n;
}

/* write_string - len bytes of str; a NUL byte becomes \u0000. */
static void write_string(FILE *out, const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	const unsigned char *end = s + len;
	unsigned char c[4] = { 0 };
	size_t i, left;
	int n;

	fputc('"', out);
	while (s < end) {
		switch (*s) {
		case '"':
			fputs("\\\"", out);
			break;
		case '\\':
			fputs("\\\\", out);
			break;
		case '\b':
			fputs("\\b", out);
			break;
		case '\f':
			fputs("\\f", out);
			break;
		case '\n':
			fputs("\\n", out);
			break;
		case '\r':
			fputs("\\r", out);
			break;
		case '\t':
			fputs("\\t", out);
			break;
		default:
			if (*s < 0x20 || *s == 0x7f) {
				fprintf(out, "\\u%04x", *s);
				break;
			}
			/* utf8_len() reads up to 4 bytes: never past the end */
			left = end - s;
			if (left < 4) {
				for (i = 0; i < 4; i++)
					c[i] = i < left ? s[i] : 0;
				n = utf8_len(c);
			} else {
				n = utf8_len(s);
			}
			if (!n) {
				fputs("\\ufffd", out);
				break;
			}
			fwrite(s, 1, n, out);
			s += n;
			continue;
		}
		s++;
	}
	fputc('"', out);
}

void json_key(struct json *j, const char *key)
{
	before_value(j);
	write_string(j->out, key, strlen(key));
	fputc(':', j->out);
	j->after_key = true;
}

void json_string(struct json *j, const char *s)
{
	before_value(j);
	write_string(j->out, s, strlen(s));
}

void json_string_len(struct json *j, const char *s, size_t len)
{
	before_value(j);
	write_string(j->out, s, len);
}

void json_null(struct json *j)
{
	before_value(j);
	fputs("null", j->out);
}

void json_u64(struct json *j, uint64_t v)
{
	before_value(j);
	fprintf(j->out, "%" PRIu64, v);
}

void json_i64(struct json *j, int64_t v)
{
	before_value(j);
	fprintf(j->out, "%" PRId64, v);
}

/* json_fixed - a number with DECIMALS digits; JSON has no NaN/Inf: null. */
void json_fixed(struct json *j, double v, int decimals)
{
	before_value(j);
	if (!isfinite(v))
		fputs("null", j->out);
	else
		fprintf(j->out, "%.*f", decimals, v);
}

void json_bool(struct json *j, bool v)
{
	before_value(j);
	fputs(v ? "true" : "false", j->out);
}
