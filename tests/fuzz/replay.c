// SPDX-License-Identifier: GPL-2.0
/*
 * replay.c - runs seed files through the fuzz target's checks and checks
 * the outcome their name promises: a seed named ok-* must be accepted,
 * bad-* rejected, the way ks_session_write() would (past KSTRACE_CMD_MAX
 * bytes with E2BIG, else by ks_cmd_parse()). The name carries the
 * expectation so that a seed cannot silently change sides.
 *
 * usage: control_replay SEED...
 * Prints one line per seed ("ok NAME" or "FAIL NAME: ..."), then
 * "N seeds, N as expected"; exits 1 unless all were. A failed check of the
 * fuzz target aborts, as it does under libFuzzer.
 */
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../module/kstrace.h"
#include "control_fuzz.h"

/* The whole file, however long: seeds past KSTRACE_CMD_MAX are valid. */
static uint8_t *read_file(const char *path, size_t *size)
{
	uint8_t *buf = NULL;
	size_t cap = 0, n = 0, got;
	FILE *f = fopen(path, "rb");

	if (!f)
		return NULL;
	do {
		if (n == cap) {
			cap = cap ? 2 * cap : 4096;
			buf = realloc(buf, cap);
			if (!buf)
				abort();
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got);
	if (ferror(f)) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	*size = n;
	return buf ? buf : malloc(1);
}

int main(int argc, char **argv)
{
	int i, good = 0;

	for (i = 1; i < argc; i++) {
		char *path = strdup(argv[i]);
		const char *name = basename(path);
		bool want_ok = !strncmp(name, "ok-", 3);
		struct ks_cmd cmd;
		uint8_t *data;
		size_t size;
		int ret;

		if (!want_ok && strncmp(name, "bad-", 4)) {
			printf("FAIL %s: name starts with neither ok- nor bad-\n", name);
			free(path);
			continue;
		}
		data = read_file(argv[i], &size);
		if (!data) {
			printf("FAIL %s: %s\n", name, strerror(errno));
			free(path);
			continue;
		}
		LLVMFuzzerTestOneInput(data, size);
		ret = ks_fuzz_write(data, size, &cmd);
		if (!ret == want_ok) {
			printf("ok %s\n", name);
			good++;
		} else {
			printf("FAIL %s: %s (%s), expected %s\n", name,
			       ret ? "rejected" : "accepted", ret ? strerror(-ret) : "0",
			       want_ok ? "acceptance" : "rejection");
		}
		free(data);
		free(path);
	}
	printf("%d seeds, %d as expected\n", argc - 1, good);
	return good == argc - 1 ? 0 : 1;
}
