// SPDX-License-Identifier: GPL-2.0
/*
 * metrics.c - Prometheus text exposition format (version 0.0.4):
 *
 *   kstrace_syscalls_total{syscall,abi[,KEY]}        counter
 *   kstrace_syscall_errors_total{syscall,abi[,KEY]}  counter
 *   kstrace_syscall_duration_seconds{syscall,abi}    histogram
 *   kstrace_events_lost_total                        counter
 *
 * KEY is the --summary-by label (pid and comm, tid and comm, comm, or
 * cgroup): the top --top groups each, the rest under the value "other".
 * No pid label otherwise: a label per process would make a new series
 * for every short-lived process. The histogram has no KEY: the module
 * keeps histograms per syscall only. Its buckets are the kernel's log2
 * buckets, cumulative: le is each bucket's upper bound, 2^(b+1) ns, and
 * the kernel's last bucket (everything above) is only in +Inf.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dist.h"
#include "groups.h"
#include "metrics.h"
#include "scope.h"
#include "sysname.h"

/* label_value - v escaped as the format wants: \\, \", \n. */
static void label_value(FILE *f, const char *v)
{
	for (; *v; v++) {
		if (*v == '\\' || *v == '"')
			fputc('\\', f);
		if (*v == '\n')
			fputs("\\n", f);
		else
			fputc(*v, f);
	}
}

static void sc_labels(FILE *f, unsigned int abi, unsigned int nr)
{
	char buf[SYSNAME_MAX];
	const char *name = sysname(abi, nr, buf, sizeof(buf));

	fputs("syscall=\"", f);
	label_value(f, name);
	fprintf(f, "\",abi=\"%u\"", abi);
}

/* key_labels - the --summary-by labels of group g (NULL: "other"). */
static void key_labels(FILE *f, const struct grp_list *gl,
		       const struct grp *g)
{
	static const char *const names[] = {
		[GROUP_PROCESS] = "pid", [GROUP_THREAD] = "tid",
		[GROUP_COMMAND] = "comm", [GROUP_CGROUP] = "cgroup",
	};
	char v[PATH_MAX_LABEL];

	fprintf(f, ",%s=\"", names[gl->by]);
	label_value(f, g ? group_value(gl, g, v, sizeof(v)) : "other");
	fputc('"', f);
	if (gl->by == GROUP_PROCESS || gl->by == GROUP_THREAD) {
		fputs(",comm=\"", f);
		label_value(f, g ? g->name : "other");
		fputc('"', f);
	}
}

static void header(FILE *f, const char *name, const char *type,
		   const char *help)
{
	fprintf(f, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* One counter per syscall, or per (group, syscall) with --summary-by. */
static void counter(FILE *f, const char *name, const struct ks_results *r,
		    const struct grp_list *gl, unsigned int top, bool errors)
{
	struct ks_results gr;
	size_t i, g, shown;

	if (!gl) {
		for (i = 0; i < r->nsc; i++) {
			fprintf(f, "%s{", name);
			sc_labels(f, r->sc[i].abi, r->sc[i].nr);
			fprintf(f, "} %" PRIu64 "\n", errors ? r->sc[i].errors :
							       r->sc[i].calls);
		}
		return;
	}
	shown = gl->n < top ? gl->n : top;
	for (g = 0; g <= shown; g++) {
		if (g == shown && shown == gl->n)
			break;
		groups_results(&gr, r, gl, g, g == shown ? gl->n : g + 1);
		for (i = 0; i < gr.nsc; i++) {
			fprintf(f, "%s{", name);
			sc_labels(f, gr.sc[i].abi, gr.sc[i].nr);
			key_labels(f, gl, g < shown ? &gl->g[g] : NULL);
			fprintf(f, "} %" PRIu64 "\n", errors ? gr.sc[i].errors :
							       gr.sc[i].calls);
		}
		ks_results_free(&gr);
	}
}

static void histogram(FILE *f, const struct ks_results *r)
{
	const char *name = "kstrace_syscall_duration_seconds";
	uint64_t cum, up;
	size_t i;
	int b;

	for (i = 0; i < r->nsc; i++) {
		const struct ks_syscall *sc = &r->sc[i];

		cum = 0;
		for (b = 0; b < KSTRACE_HIST_BUCKETS; b++) {
			up = hist_upper_ns(b);
			if (!up)
				break;
			cum += sc->hist[b];
			fprintf(f, "%s_bucket{", name);
			sc_labels(f, sc->abi, sc->nr);
			fprintf(f, ",le=\"%.9g\"} %" PRIu64 "\n", up / 1e9, cum);
		}
		fprintf(f, "%s_bucket{", name);
		sc_labels(f, sc->abi, sc->nr);
		fprintf(f, ",le=\"+Inf\"} %" PRIu64 "\n", hist_count(sc->hist));
		fprintf(f, "%s_sum{", name);
		sc_labels(f, sc->abi, sc->nr);
		fprintf(f, "} %.9f\n", sc->total_ns / 1e9);
		fprintf(f, "%s_count{", name);
		sc_labels(f, sc->abi, sc->nr);
		fprintf(f, "} %" PRIu64 "\n", hist_count(sc->hist));
	}
}

static void write_all(FILE *f, const struct opts *o, const struct ks_results *r)
{
	struct grp_list gl, *glp = NULL;

	if (o->summary_by) {
		groups_collect(&gl, r, o->summary_by, o->sort);
		glp = &gl;
	}
	header(f, "kstrace_syscalls_total", "counter",
	       "System calls made by the traced tasks.");
	counter(f, "kstrace_syscalls_total", r, glp, o->top, false);
	header(f, "kstrace_syscall_errors_total", "counter",
	       "System calls that returned an error (-4095..-1).");
	counter(f, "kstrace_syscall_errors_total", r, glp, o->top, true);
	header(f, "kstrace_syscall_duration_seconds", "histogram",
	       "Time from syscall entry to exit, in the kernel's log2 buckets.");
	histogram(f, r);
	header(f, "kstrace_events_lost_total", "counter",
	       "Event records dropped because a buffer was full.");
	fprintf(f, "kstrace_events_lost_total %" PRIu64 "\n", r->lost);
	if (glp)
		groups_free(glp);
}

int metrics_write(const struct opts *o, const struct ks_results *r)
{
	const char *slash = strrchr(o->metrics, '/');
	char tmp[4096];
	bool bad;
	FILE *f;
	int fd;

	/* beside the file: rename(2) does not cross file systems */
	if (slash)
		snprintf(tmp, sizeof(tmp), "%.*s/.%s.XXXXXX",
			 (int)(slash - o->metrics), o->metrics, slash + 1);
	else
		snprintf(tmp, sizeof(tmp), ".%s.XXXXXX", o->metrics);
	fd = mkstemp(tmp);
	if (fd < 0) {
		fprintf(stderr, "kstrace: --metrics %s: cannot create %s: %s\n",
			o->metrics, tmp, strerror(errno));
		return -1;
	}
	/* readable by the exporter, which runs as another user */
	fchmod(fd, 0644);
	f = fdopen(fd, "w");
	if (!f) {
		close(fd);
		unlink(tmp);
		return -1;
	}
	write_all(f, o, r);
	bad = fflush(f) != 0;
	bad |= ferror(f) != 0;
	bad |= fsync(fd) != 0;
	bad |= fclose(f) != 0;
	if (bad || rename(tmp, o->metrics)) {
		fprintf(stderr, "kstrace: --metrics %s: writing failed: %s\n",
			o->metrics, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}
