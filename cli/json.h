/* SPDX-License-Identifier: GPL-2.0 */
/*
 * json.h - a small streaming JSON writer: values go straight to a FILE,
 * commas and nesting are tracked here so callers cannot get them wrong.
 */
#ifndef KSTRACE_CLI_JSON_H
#define KSTRACE_CLI_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define JSON_MAX_DEPTH	16

/*
 * The "version" of --json's objects (docs/json.md): it changes when a
 * field changes meaning or goes; new fields may come without it.
 */
#define KSTRACE_JSON_VERSION	1

struct json {
	FILE *out;
	int depth;
	bool need_comma[JSON_MAX_DEPTH];
	bool after_key;		/* a key was written, its value is next */
};

void json_init(struct json *j, FILE *out);
void json_object_begin(struct json *j);
void json_object_end(struct json *j);
void json_array_begin(struct json *j);
void json_array_end(struct json *j);
void json_key(struct json *j, const char *key);
void json_string(struct json *j, const char *s);
void json_string_len(struct json *j, const char *s, size_t len);
void json_null(struct json *j);
void json_u64(struct json *j, uint64_t v);
void json_i64(struct json *j, int64_t v);
void json_fixed(struct json *j, double v, int decimals);
void json_bool(struct json *j, bool v);

#endif /* KSTRACE_CLI_JSON_H */
