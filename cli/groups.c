// SPDX-License-Identifier: GPL-2.0
/*
 * groups.c - --summary-by and --top: the (group, syscall) counters the
 * module keeps ("group" command) turned into one strace -c table per
 * group. Groups are ranked by -S's key (time by default), the top N get
 * a table each, the others one table between them, so that every call
 * counted by group is in exactly one table and the tables add up to the
 * module's per-group counts.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "groups.h"
#include "scope.h"
#include "sysname.h"

static void die_oom(void)
{
	fputs("kstrace: out of memory\n", stderr);
	exit(1);
}

const char *group_word(enum group_by by)
{
	static const char *const words[] = {
		[GROUP_NONE] = "none", [GROUP_PROCESS] = "process",
		[GROUP_THREAD] = "thread", [GROUP_COMMAND] = "command",
		[GROUP_CGROUP] = "cgroup",
	};

	return words[by];
}

static enum sort_key rank_key;

static int cmp_desc(uint64_t a, uint64_t b)
{
	return a < b ? 1 : a > b ? -1 : 0;
}

static int grp_cmp(const void *pa, const void *pb)
{
	const struct grp *a = pa, *b = pb;
	int c;

	switch (rank_key) {
	case SORT_CALLS:
		c = cmp_desc(a->calls, b->calls);
		break;
	case SORT_ERRORS:
		c = cmp_desc(a->errors, b->errors);
		break;
	case SORT_NAME:
		c = strcmp(a->name, b->name);
		break;
	default:
		c = cmp_desc(a->total_ns, b->total_ns);
		if (!c)
			c = cmp_desc(a->calls, b->calls);
		break;
	}
	if (c)
		return c;
	return a->key < b->key ? -1 : a->key > b->key;
}

void groups_collect(struct grp_list *gl, const struct ks_results *r,
		    enum group_by by, enum sort_key key)
{
	const struct ks_group *l;
	size_t i, j;

	gl->by = by;
	gl->n = 0;
	gl->g = calloc(r->ngroups ? r->ngroups : 1, sizeof(*gl->g));
	if (!gl->g)
		die_oom();
	for (i = 0; i < r->ngroups; i++) {
		l = &r->groups[i];
		for (j = 0; j < gl->n && gl->g[j].key != l->key; j++)
			;
		if (j == gl->n) {
			gl->g[gl->n].key = l->key;
			gl->g[gl->n++].name = l->name;
		}
		gl->g[j].calls += l->calls;
		gl->g[j].errors += l->errors;
		gl->g[j].total_ns += l->total_ns;
	}
	rank_key = key;
	qsort(gl->g, gl->n, sizeof(*gl->g), grp_cmp);
}

void groups_free(struct grp_list *gl)
{
	free(gl->g);
	gl->g = NULL;
	gl->n = 0;
}

static bool in_range(const struct grp_list *gl, uint64_t key, size_t from,
		     size_t to)
{
	size_t i;

	for (i = from; i < to && i < gl->n; i++)
		if (gl->g[i].key == key)
			return true;
	return false;
}

static void add_line(struct ks_results *out, const struct ks_group *l)
{
	struct ks_syscall *sc;
	size_t i;

	for (i = 0; i < out->nsc; i++)
		if (out->sc[i].abi == l->abi && out->sc[i].nr == l->nr)
			break;
	sc = &out->sc[i];
	if (i == out->nsc) {
		out->nsc++;
		memset(sc, 0, sizeof(*sc));
		sc->abi = l->abi;
		sc->nr = l->nr;
		sc->min_ns = l->min_ns;
	}
	sc->calls += l->calls;
	sc->errors += l->errors;
	sc->total_ns += l->total_ns;
	if (l->min_ns < sc->min_ns)
		sc->min_ns = l->min_ns;
	if (l->max_ns > sc->max_ns)
		sc->max_ns = l->max_ns;
}

void groups_results(struct ks_results *out, const struct ks_results *r,
		    const struct grp_list *gl, size_t from, size_t to)
{
	size_t i;

	memset(out, 0, sizeof(*out));
	out->version = r->version;
	out->state = r->state;
	out->sc = calloc(r->ngroups ? r->ngroups : 1, sizeof(*out->sc));
	if (!out->sc)
		die_oom();
	for (i = 0; i < r->ngroups; i++)
		if (in_range(gl, r->groups[i].key, from, to))
			add_line(out, &r->groups[i]);
}

const char *group_value(const struct grp_list *gl, const struct grp *g,
			char *buf, size_t len)
{
	switch (gl->by) {
	case GROUP_PROCESS:
	case GROUP_THREAD:
		snprintf(buf, len, "%" PRIu64, g->key);
		break;
	case GROUP_CGROUP:
		cgroup_path_of(g->key, buf, len);
		break;
	default:
		snprintf(buf, len, "%s", g->name);
		break;
	}
	return buf;
}

const char *group_label(const struct grp_list *gl, const struct grp *g,
			char *buf, size_t len)
{
	char v[PATH_MAX_LABEL];

	group_value(gl, g, v, sizeof(v));
	if (gl->by == GROUP_PROCESS || gl->by == GROUP_THREAD)
		snprintf(buf, len, "%s %s (%s)", group_word(gl->by), v, g->name);
	else
		snprintf(buf, len, "%s %s", group_word(gl->by), v);
	return buf;
}

/* plural of the group words: "processes", "threads", ... */
static const char *plural(enum group_by by)
{
	return by == GROUP_PROCESS ? "processes" : by == GROUP_THREAD ?
	       "threads" : by == GROUP_COMMAND ? "commands" : "cgroups";
}

void groups_print(FILE *out, const struct ks_results *r,
		  const struct summary_opts *so, enum group_by by,
		  unsigned int top)
{
	struct summary_opts gso = *so;
	char label[PATH_MAX_LABEL + 64];
	struct ks_results gr;
	struct grp_list gl;
	size_t i, shown;

	/* no histograms per group: the distributions are the whole run's */
	gso.histogram = false;
	groups_collect(&gl, r, by, so->sort);
	shown = gl.n < top ? gl.n : top;
	for (i = 0; i < shown; i++) {
		fprintf(out, "Calls of %s, %zu of %zu %s:\n",
			group_label(&gl, &gl.g[i], label, sizeof(label)),
			i + 1, gl.n, plural(by));
		groups_results(&gr, r, &gl, i, i + 1);
		summary_print(out, &gr, &gso);
		ks_results_free(&gr);
	}
	if (gl.n > shown) {
		fprintf(out, "Calls of the %zu other %s:\n", gl.n - shown,
			plural(by));
		groups_results(&gr, r, &gl, shown, gl.n);
		summary_print(out, &gr, &gso);
		ks_results_free(&gr);
	}
	if (r->groupoverflow)
		fprintf(out, "Calls in no group (the module's group table was full): %" PRIu64 "\n",
			r->groupoverflow);
	fprintf(out, "Calls of all %s:\n", plural(by));
	groups_free(&gl);
}

static void json_group(struct json *j, const struct ks_results *r,
		       const struct grp_list *gl, size_t from, size_t to)
{
	char name[SYSNAME_MAX];
	struct ks_results gr;
	size_t i;

	groups_results(&gr, r, gl, from, to);
	json_key(j, "syscalls");
	json_array_begin(j);
	for (i = 0; i < gr.nsc; i++) {
		json_object_begin(j);
		json_key(j, "name");
		json_string(j, sysname(gr.sc[i].abi, gr.sc[i].nr, name,
				       sizeof(name)));
		json_key(j, "nr");
		json_u64(j, gr.sc[i].nr);
		json_key(j, "abi");
		json_u64(j, gr.sc[i].abi);
		json_key(j, "calls");
		json_u64(j, gr.sc[i].calls);
		json_key(j, "errors");
		json_u64(j, gr.sc[i].errors);
		json_key(j, "total_ns");
		json_u64(j, gr.sc[i].total_ns);
		json_key(j, "min_ns");
		json_u64(j, gr.sc[i].min_ns);
		json_key(j, "max_ns");
		json_u64(j, gr.sc[i].max_ns);
		json_object_end(j);
	}
	json_array_end(j);
	ks_results_free(&gr);
}

static void json_sums(struct json *j, uint64_t calls, uint64_t errors,
		      uint64_t total_ns)
{
	json_key(j, "calls");
	json_u64(j, calls);
	json_key(j, "errors");
	json_u64(j, errors);
	json_key(j, "total_ns");
	json_u64(j, total_ns);
}

void groups_json(struct json *j, const struct ks_results *r, enum group_by by,
		 unsigned int top, enum sort_key key)
{
	uint64_t calls = 0, errors = 0, ns = 0;
	char v[PATH_MAX_LABEL];
	struct grp_list gl;
	size_t i, shown;

	groups_collect(&gl, r, by, key);
	shown = gl.n < top ? gl.n : top;
	json_key(j, "summary_by");
	json_string(j, group_word(by));
	json_key(j, "groups");
	json_array_begin(j);
	for (i = 0; i < shown; i++) {
		json_object_begin(j);
		json_key(j, "key");
		json_string(j, group_value(&gl, &gl.g[i], v, sizeof(v)));
		json_key(j, "name");
		json_string(j, gl.g[i].name);
		json_sums(j, gl.g[i].calls, gl.g[i].errors, gl.g[i].total_ns);
		json_group(j, r, &gl, i, i + 1);
		json_object_end(j);
	}
	json_array_end(j);
	for (i = shown; i < gl.n; i++) {
		calls += gl.g[i].calls;
		errors += gl.g[i].errors;
		ns += gl.g[i].total_ns;
	}
	json_key(j, "others");
	json_object_begin(j);
	json_key(j, "groups");
	json_u64(j, gl.n - shown);
	json_sums(j, calls, errors, ns);
	json_group(j, r, &gl, shown, gl.n);
	json_object_end(j);
	json_key(j, "groupoverflow");
	json_u64(j, r->groupoverflow);
	groups_free(&gl);
}
