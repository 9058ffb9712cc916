/* SPDX-License-Identifier: GPL-2.0 */
/*
 * groups.h - --summary-by: the module's "group" lines as one summary per
 * process, thread, command or cgroup, the top N of them, the rest summed.
 */
#ifndef KSTRACE_CLI_GROUPS_H
#define KSTRACE_CLI_GROUPS_H

#include <stdio.h>

#include "json.h"
#include "options.h"
#include "session.h"
#include "summary.h"

/* One group: the sum of its (group, syscall) lines. */
struct grp {
	uint64_t key;
	const char *name;		/* the first line's command name */
	uint64_t calls;
	uint64_t errors;
	uint64_t total_ns;
};

struct grp_list {
	enum group_by by;
	struct grp *g;			/* ranked: the first are the top */
	size_t n;
};

/* The module's word for a --summary-by value ("process", ...). */
const char *group_word(enum group_by by);

/* groups_collect - r's groups, ranked by -S (time, calls, errors, name). */
void groups_collect(struct grp_list *gl, const struct ks_results *r,
		    enum group_by by, enum sort_key key);
void groups_free(struct grp_list *gl);

/*
 * groups_results - the syscalls of groups [from, to) of gl merged, as
 * results a summary prints (no histograms: the module keeps none per
 * group). Free with ks_results_free().
 */
void groups_results(struct ks_results *out, const struct ks_results *r,
		    const struct grp_list *gl, size_t from, size_t to);

/* group_label - "process 1234 (flood)", "cgroup /system.slice", ... */
const char *group_label(const struct grp_list *gl, const struct grp *g,
			char *buf, size_t len);
/* group_value - the key alone, as a metric label or JSON value shows it */
const char *group_value(const struct grp_list *gl, const struct grp *g,
			char *buf, size_t len);

/* groups_print - the top groups' tables, then the others' summed. */
void groups_print(FILE *out, const struct ks_results *r,
		  const struct summary_opts *so, enum group_by by,
		  unsigned int top);
/* groups_json - the same as a "groups" array and an "others" object. */
void groups_json(struct json *j, const struct ks_results *r, enum group_by by,
		 unsigned int top, enum sort_key key);

#endif /* KSTRACE_CLI_GROUPS_H */
