// SPDX-License-Identifier: GPL-2.0
/*
 * json_test.c - json.c's escaping and nesting against hand-checked output.
 * Prints one line per case and "N passed, N failed"; exits 1 on failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../json.h"

static int passed, failed;

static void expect(const char *what, const char *got, const char *want)
{
	if (!strcmp(got, want)) {
		passed++;
		printf("ok - json: %s\n", what);
		return;
	}
	failed++;
	printf("not ok - json: %s\n#   got:  %s\n#   want: %s\n", what, got,
	       want);
}

/* string_case - json_string(s) alone, compared with WANT. */
static void string_case(const char *what, const char *s, const char *want)
{
	char *buf = NULL;
	size_t len = 0;
	struct json j;
	FILE *f = open_memstream(&buf, &len);

	json_init(&j, f);
	json_string(&j, s);
	fclose(f);
	expect(what, buf, want);
	free(buf);
}

int main(void)
{
	char *buf = NULL;
	size_t len = 0;
	struct json j;
	FILE *f;

	string_case("plain", "read", "\"read\"");
	string_case("quote and backslash", "a\"b\\c", "\"a\\\"b\\\\c\"");
	string_case("short escapes", "\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"");
	string_case("other control bytes", "\x01\x1f\x7f",
		    "\"\\u0001\\u001f\\u007f\"");
	string_case("valid UTF-8 kept", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80",
		    "\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"");
	string_case("invalid UTF-8 replaced", "a\xff" "b\xc0\xaf" "c\xed\xa0\x80",
		    "\"a\\ufffdb\\ufffd\\ufffdc\\ufffd\\ufffd\\ufffd\"");
	string_case("truncated sequence", "x\xe2\x82", "\"x\\ufffd\\ufffd\"");
	string_case("slash not escaped", "/proc", "\"/proc\"");

	f = open_memstream(&buf, &len);
	json_init(&j, f);
	json_object_begin(&j);
	json_key(&j, "a");
	json_array_begin(&j);
	json_u64(&j, 18446744073709551615ULL);
	json_i64(&j, -5);
	json_object_begin(&j);
	json_object_end(&j);
	json_array_begin(&j);
	json_array_end(&j);
	json_bool(&j, true);
	json_array_end(&j);
	json_key(&j, "b");
	json_fixed(&j, 0.0000224, 6);
	json_key(&j, "c");
	json_fixed(&j, 1.0 / 0.0, 6);
	json_object_end(&j);
	fclose(f);
	expect("nesting and numbers", buf,
	       "{\"a\":[18446744073709551615,-5,{},[],true],\"b\":0.000022,\"c\":null}");
	free(buf);

	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
