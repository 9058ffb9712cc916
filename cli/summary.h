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

/* -U: the columns of the table, in order (strace 6.1's) */
enum summary_col {
	SC_NONE,
	SC_PERCENT,	/* time-percent: "% time" */
	SC_TOTAL,	/* total-time: "seconds" */
	SC_MIN,		/* min-time: "shortest" */
	SC_MAX,		/* max-time: "longest" */
	SC_AVG,		/* avg-time: "usecs/call" */
	SC_CALLS,
	SC_ERRORS,
	SC_NAME,	/* "syscall", always shown */
	SC_P50,		/* p50: a bound from the log2 histogram (dist.h) */
	SC_P90,
	SC_P99,
	SC_COUNT
};

struct summary_cols {
	unsigned char col[SC_COUNT];
	size_t n;
};

/* strace's default: time-percent,total-time,avg-time,calls,errors,name */
void summary_cols_default(struct summary_cols *c);
/* -U COLUMNS; prints strace's message and returns -1 on a bad one */
int summary_cols_parse(struct summary_cols *c, const char *spec);

struct summary_opts {
	enum sort_key sort;			/* -S */
	const struct summary_cols *cols;	/* -U; NULL: the default */
	uint64_t overhead_ns;			/* -O, taken off each call */
	bool histogram;				/* --histogram */
};

/* Do these columns need the module's histograms (summary level 2)? */
bool summary_cols_need_hist(const struct summary_cols *c);

int summary_sortby(const char *name, enum sort_key *key);
void summary_print(FILE *out, const struct ks_results *r,
		   const struct summary_opts *so);
struct json;
/*
 * summary_print_json - one JSON object; extra(j, arg), when given, adds
 * keys before the object closes (--interval, --summary-by).
 */
void summary_print_json(FILE *out, const struct ks_results *r,
			enum sort_key key,
			void (*extra)(struct json *j, const void *arg),
			const void *arg);

#endif /* KSTRACE_CLI_SUMMARY_H */
