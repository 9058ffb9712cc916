/* SPDX-License-Identifier: GPL-2.0 */
/*
 * summary.h - the strace -c summary table and its JSON form.
 */
#ifndef KSTRACE_CLI_SUMMARY_H
#define KSTRACE_CLI_SUMMARY_H

#include <stdio.h>

#include "session.h"

/* -S: the column to sort rows by (descending, except name). */
enum sort_key {
	SORT_TIME,
	SORT_MIN_TIME,
	SORT_MAX_TIME,
	SORT_AVG_TIME,
	SORT_CALLS,
	SORT_ERRORS,
	SORT_NAME,
	SORT_NOTHING,		/* syscall number order */
};

int summary_sortby(const char *name, enum sort_key *key);
void summary_print(FILE *out, const struct ks_results *r, enum sort_key key);
void summary_print_json(FILE *out, const struct ks_results *r,
			enum sort_key key);

#endif /* KSTRACE_CLI_SUMMARY_H */
