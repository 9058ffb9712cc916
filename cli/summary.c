// SPDX-License-Identifier: GPL-2.0
/*
 * summary.c - print results the way `strace -c` (6.1) prints its summary,
 * byte for byte, or as one JSON object.
 *
 * The arithmetic copies strace's on purpose: times are kept as timespecs,
 * turned into doubles with ts_float(), averages rounded by ts_div(), and
 * usecs/call truncated from a double. Doing it "better" would change the
 * last digit now and then, and the table would no longer match strace's.
 *
 * Like strace, each ABI ("personality") gets its own table: x86-64 first,
 * then ia32 under "System call usage summary for 32 bit mode:".
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "dist.h"
#include "json.h"
#include "summary.h"
#include "sysname.h"
#include "util.h"

#define NSEC_PER_SEC	1000000000ULL

/* Historical strace column widths (they grow when values need more). */
#define W_PERCENT	6
#define W_SECONDS	11
#define W_USECS		11
#define W_CALLS		9
#define W_ERRORS	9
#define W_NAME		16

struct ts {
	uint64_t sec;
	uint64_t nsec;
};

struct row {
	const struct ks_syscall *sc;
	const char *name;	/* from the tables; NULL: see namebuf */
	char namebuf[SYSNAME_MAX];
	struct ts time;
	struct ts avg;		/* strace's time_avg */
	double ftime;		/* seconds */
	double percent;
	uint64_t usecs;		/* usecs/call column */
};

/* One table: the syscalls of one ABI. */
struct table {
	unsigned int abi;
	struct row *rows;
	size_t n;
	struct ts cum;
	double fcum;
	uint64_t calls;
	uint64_t errors;
	uint64_t min_ns;
	uint64_t max_ns;
	uint64_t min_max_ns;	/* the largest minimum: -U min-time's width */
	struct ts avg_max;
	size_t name_max;
};

static const struct {
	const char *name;
	enum sort_key key;
} sort_names[] = {
	/* the aliases strace 6.1 accepts for -S */
	{ "time",		SORT_TIME },
	{ "time_percent",	SORT_TIME },
	{ "time-percent",	SORT_TIME },
	{ "time_total",		SORT_TIME },
	{ "time-total",		SORT_TIME },
	{ "total_time",		SORT_TIME },
	{ "total-time",		SORT_TIME },
	{ "min_time",		SORT_MIN_TIME },
	{ "min-time",		SORT_MIN_TIME },
	{ "shortest",		SORT_MIN_TIME },
	{ "time_min",		SORT_MIN_TIME },
	{ "time-min",		SORT_MIN_TIME },
	{ "longest",		SORT_MAX_TIME },
	{ "max_time",		SORT_MAX_TIME },
	{ "max-time",		SORT_MAX_TIME },
	{ "time_max",		SORT_MAX_TIME },
	{ "time-max",		SORT_MAX_TIME },
	{ "avg_time",		SORT_AVG_TIME },
	{ "avg-time",		SORT_AVG_TIME },
	{ "time_avg",		SORT_AVG_TIME },
	{ "time-avg",		SORT_AVG_TIME },
	{ "calls",		SORT_CALLS },
	{ "count",		SORT_CALLS },
	{ "error",		SORT_ERRORS },
	{ "errors",		SORT_ERRORS },
	{ "name",		SORT_NAME },
	{ "syscall",		SORT_NAME },
	{ "syscall_name",	SORT_NAME },
	{ "syscall-name",	SORT_NAME },
	{ "none",		SORT_NOTHING },
	{ "nothing",		SORT_NOTHING },
};

int summary_sortby(const char *name, enum sort_key *key)
{
	size_t i;

	for (i = 0; i < sizeof(sort_names) / sizeof(sort_names[0]); i++) {
		if (!strcmp(sort_names[i].name, name)) {
			*key = sort_names[i].key;
			return 0;
		}
	}
	return -1;
}

/* ---- strace's timespec arithmetic ---- */

static struct ts ns_to_ts(uint64_t ns)
{
	struct ts t = { ns / NSEC_PER_SEC, ns % NSEC_PER_SEC };

	return t;
}

static uint64_t ts_to_ns(struct ts t)
{
	return t.sec * NSEC_PER_SEC + t.nsec;
}

static double ts_float(struct ts t)
{
	return t.sec + t.nsec / 1000000000.0;
}

/* ts_div - strace's: rounds to the nearest nanosecond. */
static struct ts ts_div(struct ts a, uint64_t n)
{
	uint64_t nsec = (a.sec % n * NSEC_PER_SEC + a.nsec + n / 2) / n;
	struct ts r = { a.sec / n + nsec / NSEC_PER_SEC, nsec % NSEC_PER_SEC };

	return r;
}

/* usecs - the usecs/call column: truncated, as strace does. */
static uint64_t usecs(struct ts t)
{
	return (uint64_t)(ts_float(t) * 1e6);
}

/* ---- building the tables ---- */

static const char *row_name(const struct row *row)
{
	return row->name ? row->name : row->namebuf;
}

/*
 * -O: strace takes the overhead off each call, never below 0. The module
 * keeps sums, so a total loses calls x OVERHEAD (not below 0): a call
 * shorter than OVERHEAD takes off more than it had, unlike strace's.
 */
static uint64_t minus(uint64_t v, uint64_t d)
{
	return v > d ? v - d : 0;
}

static void fill_row(struct row *row, const struct ks_syscall *sc)
{
	row->sc = sc;
	row->name = sysname(sc->abi, sc->nr, row->namebuf,
			    sizeof(row->namebuf));
	/* qsort() moves rows: never point into the row itself */
	if (row->name == row->namebuf)
		row->name = NULL;
	row->time = ns_to_ts(sc->total_ns);
	row->avg = ts_div(row->time, sc->calls);
	row->ftime = ts_float(row->time);
	row->usecs = usecs(row->avg);
}

static void build_table(struct table *t, const struct ks_results *r,
			unsigned int abi)
{
	uint64_t cum_ns = 0;
	size_t i, len;
	struct row *row;

	memset(t, 0, sizeof(*t));
	t->abi = abi;
	t->min_ns = UINT64_MAX;
	t->rows = calloc(r->nsc ? r->nsc : 1, sizeof(*t->rows));
	if (!t->rows) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	for (i = 0; i < r->nsc; i++) {
		if (r->sc[i].abi != abi || !r->sc[i].calls)
			continue;
		row = &t->rows[t->n++];
		fill_row(row, &r->sc[i]);
		cum_ns += r->sc[i].total_ns;
		t->calls += r->sc[i].calls;
		t->errors += r->sc[i].errors;
		if (r->sc[i].min_ns < t->min_ns)
			t->min_ns = r->sc[i].min_ns;
		if (r->sc[i].max_ns > t->max_ns)
			t->max_ns = r->sc[i].max_ns;
		if (r->sc[i].min_ns > t->min_max_ns)
			t->min_max_ns = r->sc[i].min_ns;
		if (ts_to_ns(row->avg) > ts_to_ns(t->avg_max))
			t->avg_max = row->avg;
		len = strlen(row_name(row));
		if (len > t->name_max)
			t->name_max = len;
	}
	if (!t->n)
		t->min_ns = 0;
	t->cum = ns_to_ts(cum_ns);
	t->fcum = ts_float(t->cum);

	for (i = 0; i < t->n; i++) {
		row = &t->rows[i];
		/* strace: 0/0 would be NaN, so 0% stays 0% */
		row->percent = 100.0 * row->ftime;
		if (row->percent != 0.0)
			row->percent /= t->fcum;
	}
}

/* ---- sorting ---- */

static enum sort_key sort_by;

static int cmp_u64_desc(uint64_t a, uint64_t b)
{
	return a < b ? 1 : a > b ? -1 : 0;
}

/*
 * row_cmp - strace sorts with glibc's qsort, a merge sort (stable) for
 * arrays this small, over rows in syscall number order: equal keys keep
 * number order. Breaking ties by number gives the same order.
 */
static int row_cmp(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	int c = 0;

	switch (sort_by) {
	case SORT_TIME:
		c = cmp_u64_desc(a->sc->total_ns, b->sc->total_ns);
		break;
	case SORT_MIN_TIME:
		c = cmp_u64_desc(a->sc->min_ns, b->sc->min_ns);
		break;
	case SORT_MAX_TIME:
		c = cmp_u64_desc(a->sc->max_ns, b->sc->max_ns);
		break;
	case SORT_AVG_TIME:
		c = cmp_u64_desc(ts_to_ns(a->avg), ts_to_ns(b->avg));
		break;
	case SORT_CALLS:
		c = cmp_u64_desc(a->sc->calls, b->sc->calls);
		break;
	case SORT_ERRORS:
		c = cmp_u64_desc(a->sc->errors, b->sc->errors);
		break;
	case SORT_NAME:
		c = strcmp(row_name(a), row_name(b));
		break;
	case SORT_NOTHING:
		break;
	}
	if (c)
		return c;
	return a->sc->nr < b->sc->nr ? -1 : a->sc->nr > b->sc->nr;
}

static void sort_table(struct table *t, enum sort_key key)
{
	sort_by = key;
	qsort(t->rows, t->n, sizeof(*t->rows), row_cmp);
}

/* ---- the text table ---- */

static int num_width_u64(uint64_t v)
{
	return snprintf(NULL, 0, "%" PRIu64, v);
}

static int max_int(int a, int b)
{
	return a > b ? a : b;
}

/* ---- -U: the columns ---- */

static const struct {
	const char *name;
	enum summary_col col;
} col_names[] = {
	/* the names strace 6.1 accepts for -U */
	{ "time",		SC_PERCENT },
	{ "time_percent",	SC_PERCENT },
	{ "time-percent",	SC_PERCENT },
	{ "time_total",		SC_TOTAL },
	{ "time-total",		SC_TOTAL },
	{ "total_time",		SC_TOTAL },
	{ "total-time",		SC_TOTAL },
	{ "min_time",		SC_MIN },
	{ "min-time",		SC_MIN },
	{ "shortest",		SC_MIN },
	{ "time_min",		SC_MIN },
	{ "time-min",		SC_MIN },
	{ "longest",		SC_MAX },
	{ "max_time",		SC_MAX },
	{ "max-time",		SC_MAX },
	{ "time_max",		SC_MAX },
	{ "time-max",		SC_MAX },
	{ "avg_time",		SC_AVG },
	{ "avg-time",		SC_AVG },
	{ "time_avg",		SC_AVG },
	{ "time-avg",		SC_AVG },
	{ "calls",		SC_CALLS },
	{ "count",		SC_CALLS },
	{ "error",		SC_ERRORS },
	{ "errors",		SC_ERRORS },
	{ "name",		SC_NAME },
	{ "syscall",		SC_NAME },
	{ "syscall_name",	SC_NAME },
	{ "syscall-name",	SC_NAME },
	{ "none",		SC_NONE },
	{ "nothing",		SC_NONE },
	/* kstrace's own: bounds from the kernel's log2 histograms */
	{ "p50",		SC_P50 },
	{ "p90",		SC_P90 },
	{ "p99",		SC_P99 },
};

bool summary_cols_need_hist(const struct summary_cols *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->col[i] == SC_P50 || c->col[i] == SC_P90 ||
		    c->col[i] == SC_P99)
			return true;
	return false;
}

static unsigned int col_pct(enum summary_col c)
{
	return c == SC_P50 ? 50 : c == SC_P90 ? 90 : 99;
}

void summary_cols_default(struct summary_cols *c)
{
	static const unsigned char dflt[] = {
		SC_PERCENT, SC_TOTAL, SC_AVG, SC_CALLS, SC_ERRORS, SC_NAME,
	};

	memcpy(c->col, dflt, sizeof(dflt));
	c->n = sizeof(dflt);
}

/* strace's set_count_summary_columns(), its messages */
int summary_cols_parse(struct summary_cols *c, const char *spec)
{
	bool seen[SC_COUNT] = { false };
	const char *p = spec, *comma;
	size_t len, i;
	bool found;

	c->n = 0;
	for (;;) {
		comma = strchr(p, ',');
		len = comma ? (size_t)(comma - p) : strlen(p);
		found = false;
		for (i = 0; i < sizeof(col_names) / sizeof(col_names[0]); i++) {
			if (strncmp(col_names[i].name, p, len) ||
			    col_names[i].name[len] || col_names[i].col == SC_NONE)
				continue;
			if (seen[col_names[i].col]) {
				fprintf(stderr, "kstrace: call summary column has been provided more than once: '%s' (-U option residual: '%s')\nTry 'kstrace -h' for more information.\n",
					col_names[i].name, p);
				return -1;
			}
			seen[col_names[i].col] = true;
			c->col[c->n++] = col_names[i].col;
			found = true;
			break;
		}
		if (!found) {
			fprintf(stderr, "kstrace: unknown column name: '%.*s'\nTry 'kstrace -h' for more information.\n",
				(int)len, p);
			return -1;
		}
		if (!comma)
			break;
		p = comma + 1;
	}
	/* the name always: a table without it means nothing */
	if (!seen[SC_NAME])
		c->col[c->n++] = SC_NAME;
	return 0;
}

/* The width strace gives a column: its header, or the widest value. */
static int col_width(const struct table *t, enum summary_col c)
{
	switch (c) {
	case SC_PERCENT:
		return W_PERCENT;
	case SC_TOTAL:
		return max_int(W_SECONDS, snprintf(NULL, 0, "%.6f", t->fcum));
	case SC_MIN:
		return max_int(8, snprintf(NULL, 0, "%" PRIu64 ".000000",
					   (uint64_t)(t->min_max_ns / NSEC_PER_SEC)));
	case SC_MAX:
		return max_int(7, snprintf(NULL, 0, "%" PRIu64 ".000000",
					   (uint64_t)(t->max_ns / NSEC_PER_SEC)));
	case SC_AVG:
		return max_int(W_USECS, num_width_u64(usecs(t->avg_max)));
	case SC_CALLS:
		return max_int(W_CALLS, num_width_u64(t->calls));
	case SC_ERRORS:
		return max_int(W_ERRORS, num_width_u64(t->errors));
	case SC_NAME:
		return max_int(W_NAME, t->name_max + 1);
	case SC_P50:
	case SC_P90:
	case SC_P99:
		/* a percentile is never above the longest call */
		return max_int(W_USECS, snprintf(NULL, 0, "%.3f",
						 t->max_ns / 1000.0));
	default:
		return 0;
	}
}

static const char *col_header(enum summary_col c)
{
	static const char *const h[SC_COUNT] = {
		[SC_PERCENT] = "% time", [SC_TOTAL] = "seconds",
		[SC_MIN] = "shortest", [SC_MAX] = "longest",
		[SC_AVG] = "usecs/call", [SC_CALLS] = "calls",
		[SC_ERRORS] = "errors", [SC_NAME] = "syscall",
		/* "p50 <= N usecs": an upper bound, not a measurement */
		[SC_P50] = "p50<=usecs", [SC_P90] = "p90<=usecs",
		[SC_P99] = "p99<=usecs",
	};

	return h[c];
}

static void divider(FILE *out, const struct summary_cols *cols,
		    const int *w)
{
	size_t i;
	int j;

	for (i = 0; i < cols->n; i++) {
		if (i)
			fputc(' ', out);
		for (j = 0; j < w[i]; j++)
			fputc('-', out);
	}
	fputc('\n', out);
}

/*
 * table_percentile - the total's percentile: every row's buckets, each
 * bounded by its row's longest call.
 */
static bool table_percentile(const struct table *t, unsigned int pct,
			     uint64_t *ns)
{
	struct hist_cell *c;
	size_t i, n = 0;
	bool ok;
	int b;

	c = calloc(t->n * KS_HIST_MAX + 1, sizeof(*c));
	if (!c) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	for (i = 0; i < t->n; i++) {
		for (b = 0; b < KS_HIST_MAX; b++) {
			if (!t->rows[i].sc->hist[b])
				continue;
			c[n].bound_ns = hist_bound(b, t->rows[i].sc->max_ns);
			c[n++].count = t->rows[i].sc->hist[b];
		}
	}
	ok = cells_percentile(c, n, pct, ns);
	free(c);
	return ok;
}

/* pct_cell - a percentile bound in usecs, or "-" without a histogram. */
static void pct_cell(FILE *out, int w, const struct table *t,
		     const struct row *row, unsigned int pct)
{
	uint64_t ns;
	bool ok;

	if (row)
		ok = hist_percentile(row->sc->hist, row->sc->max_ns, pct, &ns);
	else
		ok = table_percentile(t, pct, &ns);
	if (ok)
		fprintf(out, "%*.3f", w, ns / 1000.0);
	else
		fprintf(out, "%*s", w, "-");
}

/*
 * One line of the table: a row, or the totals (row NULL). "%.0" on an
 * integer prints nothing for 0: blank error counts, as strace's.
 */
static void table_line(FILE *out, const struct table *t,
		       const struct row *row, const struct summary_cols *cols,
		       const int *w)
{
	bool last;
	size_t i;

	for (i = 0; i < cols->n; i++) {
		last = i + 1 == cols->n;
		if (i)
			fputc(' ', out);
		switch (cols->col[i]) {
		case SC_PERCENT:
			fprintf(out, "%*.2f", w[i], row ? row->percent : 100.0);
			break;
		case SC_TOTAL:
			fprintf(out, "%*.6f", w[i], row ? row->ftime : t->fcum);
			break;
		case SC_MIN:
			fprintf(out, "%*.6f", w[i], ts_float(ns_to_ts(
				row ? row->sc->min_ns : t->min_ns)));
			break;
		case SC_MAX:
			fprintf(out, "%*.6f", w[i], ts_float(ns_to_ts(
				row ? row->sc->max_ns : t->max_ns)));
			break;
		case SC_AVG:
			fprintf(out, "%*" PRIu64, w[i], row ? row->usecs :
				(uint64_t)(t->fcum / t->calls * 1e6));
			break;
		case SC_CALLS:
			fprintf(out, "%*" PRIu64, w[i],
				row ? row->sc->calls : t->calls);
			break;
		case SC_ERRORS:
			fprintf(out, "%*.0" PRIu64, w[i],
				row ? row->sc->errors : t->errors);
			break;
		case SC_P50:
		case SC_P90:
		case SC_P99:
			pct_cell(out, w[i], t, row, col_pct(cols->col[i]));
			break;
		case SC_NAME:
			if (last)
				fputs(row ? row_name(row) : "total", out);
			else
				fprintf(out, "%-*s", w[i],
					row ? row_name(row) : "total");
			break;
		}
	}
	fputc('\n', out);
}

static void print_table(FILE *out, const struct table *t,
			const struct summary_cols *cols)
{
	int w[SC_COUNT];
	size_t i;

	for (i = 0; i < cols->n; i++) {
		w[i] = col_width(t, cols->col[i]);
		if (i)
			fputc(' ', out);
		/* the name is left-aligned, and not padded when last */
		if (cols->col[i] == SC_NAME && i + 1 == cols->n)
			fputs(col_header(SC_NAME), out);
		else if (cols->col[i] == SC_NAME)
			fprintf(out, "%-*s", w[i], col_header(SC_NAME));
		else
			fprintf(out, "%*s", w[i], col_header(cols->col[i]));
	}
	fputc('\n', out);
	divider(out, cols, w);
	for (i = 0; i < t->n; i++)
		table_line(out, t, &t->rows[i], cols, w);
	divider(out, cols, w);
	table_line(out, t, NULL, cols, w);
}

/* ---- kernel function probes (--kprobe) ---- */

static enum sort_key probe_sort_by;

static uint64_t probe_avg_ns(const struct res_probe *p)
{
	return p->calls ? ts_to_ns(ts_div(ns_to_ts(p->total_ns), p->calls)) : 0;
}

/* Like row_cmp(); a plain kprobe has calls only, so times sort by calls. */
static int probe_cmp(const void *pa, const void *pb)
{
	const struct res_probe *a = *(const struct res_probe *const *)pa;
	const struct res_probe *b = *(const struct res_probe *const *)pb;
	bool timed = a->ret && b->ret;
	int c = 0;

	switch (probe_sort_by) {
	case SORT_TIME:
		c = timed ? cmp_u64_desc(a->total_ns, b->total_ns) :
			    cmp_u64_desc(a->calls, b->calls);
		break;
	case SORT_MIN_TIME:
		c = timed ? cmp_u64_desc(a->min_ns, b->min_ns) :
			    cmp_u64_desc(a->calls, b->calls);
		break;
	case SORT_MAX_TIME:
		c = timed ? cmp_u64_desc(a->max_ns, b->max_ns) :
			    cmp_u64_desc(a->calls, b->calls);
		break;
	case SORT_AVG_TIME:
		c = timed ? cmp_u64_desc(probe_avg_ns(a), probe_avg_ns(b)) :
			    cmp_u64_desc(a->calls, b->calls);
		break;
	case SORT_CALLS:
		c = cmp_u64_desc(a->calls, b->calls);
		break;
	case SORT_ERRORS:
		c = cmp_u64_desc(a->errors, b->errors);
		break;
	case SORT_NAME:
		c = strcmp(a->func, b->func);
		break;
	case SORT_NOTHING:
		break;
	}
	if (c)
		return c;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* sorted_probes - the probes of one kind (ret), sorted; *n of them. */
static const struct res_probe **sorted_probes(const struct ks_results *r,
					     bool ret, enum sort_key key,
					     size_t *n)
{
	const struct res_probe **v;
	size_t i;

	v = calloc(r->nprobes ? r->nprobes : 1, sizeof(*v));
	if (!v) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	*n = 0;
	for (i = 0; i < r->nprobes; i++)
		if (r->probes[i].ret == ret)
			v[(*n)++] = &r->probes[i];
	probe_sort_by = key;
	qsort(v, *n, sizeof(*v), probe_cmp);
	return v;
}

static void dashes(FILE *out, const int *cols, size_t n)
{
	size_t i;
	int j;

	for (i = 0; i < n; i++) {
		if (i)
			fputc(' ', out);
		for (j = 0; j < cols[i]; j++)
			fputc('-', out);
	}
	fputc('\n', out);
}

/* Power-of-two bounds as bpftrace prints them: 512, 1K, 2M... */
static void pow2_label(char *buf, size_t len, unsigned int b)
{
	static const char units[] = " KMGTPE";
	unsigned int u = b / 10;

	if (u >= sizeof(units) - 1)
		u = sizeof(units) - 2;
	if (!u)
		snprintf(buf, len, "%llu", 1ULL << b);
	else
		snprintf(buf, len, "%llu%c", 1ULL << (b - 10 * u), units[u]);
}

/* hist_print - a kretprobe's log2 latency histogram, bpftrace style. */
static void hist_print(FILE *out, const struct res_probe *p)
{
	uint64_t most = 0;
	int b, first = -1, last = -1, i, bar;
	char lo[24], hi[24], range[56];

	for (b = 0; b < KS_HIST_MAX; b++) {
		if (!p->hist[b])
			continue;
		if (first < 0)
			first = b;
		last = b;
		if (p->hist[b] > most)
			most = p->hist[b];
	}
	if (first < 0)
		return;
	fprintf(out, "%s latency (ns):\n", p->func);
	for (b = first; b <= last; b++) {
		pow2_label(lo, sizeof(lo), b);
		if (b == KSTRACE_HIST_BUCKETS - 1 || b == KS_HIST_MAX - 1)
			snprintf(range, sizeof(range), "[%s, ...)", lo);
		else {
			pow2_label(hi, sizeof(hi), b + 1);
			snprintf(range, sizeof(range), "[%s, %s)", lo, hi);
		}
		bar = (int)((p->hist[b] * 50 + most - 1) / most);
		fprintf(out, "%-16s %9" PRIu64 " |", range, p->hist[b]);
		for (i = 0; i < 50; i++)
			fputc(i < bar ? '@' : ' ', out);
		fputs("|\n", out);
	}
}

/*
 * print_kretprobes - kretprobes as a strace table: time spent in the
 * function (nested calls of probed functions overlap: no total line),
 * with the fastest and slowest call.
 */
static void print_kretprobes(FILE *out, const struct ks_results *r,
			     enum sort_key key)
{
	const struct res_probe **v;
	uint64_t cum_ns = 0, calls = 0, errors = 0, umax = 0;
	size_t n, i, name = W_NAME;
	int ws, wu, wmin, wmax, wc, we;
	double fcum, pct;

	v = sorted_probes(r, true, key, &n);
	if (!n) {
		free(v);
		return;
	}
	for (i = 0; i < n; i++) {
		cum_ns += v[i]->total_ns;
		calls = v[i]->calls > calls ? v[i]->calls : calls;
		errors = v[i]->errors > errors ? v[i]->errors : errors;
		if (v[i]->max_ns / 1000 > umax)
			umax = v[i]->max_ns / 1000;
		if (strlen(v[i]->func) + 1 > name)
			name = strlen(v[i]->func) + 1;
	}
	fcum = ts_float(ns_to_ts(cum_ns));
	ws = max_int(W_SECONDS, snprintf(NULL, 0, "%.6f", fcum));
	wu = max_int(W_USECS, num_width_u64(umax));
	wmin = wu;
	wmax = wu;
	wc = max_int(W_CALLS, num_width_u64(calls));
	we = max_int(W_ERRORS, num_width_u64(errors));
	{
		const int cols[] = { W_PERCENT, ws, wu, wmin, wmax, wc, we,
				     (int)name };

		fputs("Kernel functions (kretprobe):\n", out);
		fprintf(out, "%*s %*s %*s %*s %*s %*s %*s %s\n", W_PERCENT,
			"% time", ws, "seconds", wu, "usecs/call", wmin,
			"min usecs", wmax, "max usecs", wc, "calls", we,
			"errors", "function");
		dashes(out, cols, sizeof(cols) / sizeof(cols[0]));
	}
	for (i = 0; i < n; i++) {
		const struct res_probe *p = v[i];
		struct ts t = ns_to_ts(p->total_ns);

		pct = 100.0 * ts_float(t);
		if (pct != 0.0)
			pct /= fcum;
		fprintf(out, "%*.2f %*.6f %*" PRIu64 " %*" PRIu64 " %*" PRIu64
			" %*" PRIu64 " %*.0" PRIu64 " %s\n",
			W_PERCENT, pct, ws, ts_float(t), wu,
			p->calls ? usecs(ts_div(t, p->calls)) : 0,
			wmin, p->min_ns / 1000, wmax, p->max_ns / 1000,
			wc, p->calls, we, p->errors, p->func);
	}
	for (i = 0; i < n; i++)
		hist_print(out, v[i]);
	free(v);
}

/* print_kprobes - plain kprobes: calls (and the kernel's misses). */
static void print_kprobes(FILE *out, const struct ks_results *r,
			  enum sort_key key)
{
	const struct res_probe **v;
	uint64_t calls = 0, missed = 0;
	size_t n, i, name = W_NAME;
	int wc, wm;

	v = sorted_probes(r, false, key, &n);
	if (!n) {
		free(v);
		return;
	}
	for (i = 0; i < n; i++) {
		calls = v[i]->calls > calls ? v[i]->calls : calls;
		missed = v[i]->missed > missed ? v[i]->missed : missed;
		if (strlen(v[i]->func) + 1 > name)
			name = strlen(v[i]->func) + 1;
	}
	wc = max_int(W_CALLS, num_width_u64(calls));
	wm = max_int(W_ERRORS, num_width_u64(missed));
	{
		const int cols[] = { wc, wm, (int)name };

		fputs("Kernel functions (kprobe):\n", out);
		fprintf(out, "%*s %*s %s\n", wc, "calls", wm, "missed",
			"function");
		dashes(out, cols, sizeof(cols) / sizeof(cols[0]));
	}
	for (i = 0; i < n; i++)
		fprintf(out, "%*" PRIu64 " %*.0" PRIu64 " %s\n", wc,
			v[i]->calls, wm, v[i]->missed, v[i]->func);
	free(v);
}

/* print_hists - --histogram: each row's distribution, in table order. */
static void print_hists(FILE *out, const struct table *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		hist_print_log2(out, row_name(&t->rows[i]), t->rows[i].sc->hist,
				t->rows[i].sc->total_ns, t->rows[i].sc->calls);
}

/*
 * summary_print - the strace -c output. Like strace, an ABI without any
 * call prints nothing at all, not an empty table. Kernel function probes
 * follow, kretprobes then kprobes, even when they counted nothing.
 */
void summary_print(FILE *out, const struct ks_results *r,
		   const struct summary_opts *so)
{
	struct summary_cols dflt;
	const struct summary_cols *cols = so->cols;
	struct ks_results adj = *r;
	struct ks_syscall *sc = NULL;
	struct table t;
	size_t i;

	if (!cols) {
		summary_cols_default(&dflt);
		cols = &dflt;
	}
	if (so->overhead_ns && r->nsc) {
		sc = malloc(r->nsc * sizeof(*sc));
		if (!sc) {
			fputs("kstrace: out of memory\n", stderr);
			exit(1);
		}
		for (i = 0; i < r->nsc; i++) {
			sc[i] = r->sc[i];
			sc[i].total_ns = minus(sc[i].total_ns,
					       sc[i].calls * so->overhead_ns);
			sc[i].min_ns = minus(sc[i].min_ns, so->overhead_ns);
			sc[i].max_ns = minus(sc[i].max_ns, so->overhead_ns);
		}
		adj.sc = sc;
	}

	build_table(&t, &adj, KSTRACE_ABI_NATIVE);
	if (t.n) {
		sort_table(&t, so->sort);
		print_table(out, &t, cols);
		if (so->histogram)
			print_hists(out, &t);
	}
	free(t.rows);

	build_table(&t, &adj, KSTRACE_ABI_COMPAT);
	if (t.n) {
		sort_table(&t, so->sort);
		fputs("System call usage summary for 32 bit mode:\n", out);
		print_table(out, &t, cols);
		if (so->histogram)
			print_hists(out, &t);
	}
	free(t.rows);
	free(sc);

	print_kretprobes(out, r, so->sort);
	print_kprobes(out, r, so->sort);
	fflush(out);
}

/* ---- JSON ---- */

static void json_hist(struct json *j, const uint64_t *hist)
{
	int b;

	json_array_begin(j);
	for (b = 0; b < KS_HIST_MAX; b++) {
		if (!hist[b])
			continue;
		json_object_begin(j);
		json_key(j, "bucket");
		json_u64(j, b);
		json_key(j, "count");
		json_u64(j, hist[b]);
		json_object_end(j);
	}
	json_array_end(j);
}

/*
 * json_pcts - the -U p50/p90/p99 bounds, in ns ("p50_le_ns": no call of
 * the lower half took longer), when the row has a histogram.
 */
static void json_pcts(struct json *j, const struct ks_syscall *sc)
{
	static const char *const keys[] = { "p50_le_ns", "p90_le_ns", "p99_le_ns" };
	static const unsigned int pcts[] = { 50, 90, 99 };
	uint64_t ns;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(pcts); i++) {
		if (!hist_percentile(sc->hist, sc->max_ns, pcts[i], &ns))
			return;
		json_key(j, keys[i]);
		json_u64(j, ns);
	}
}

static void json_row(struct json *j, const struct row *row)
{
	const struct ks_syscall *sc = row->sc;

	json_object_begin(j);
	json_key(j, "name");
	json_string(j, row_name(row));
	json_key(j, "nr");
	json_u64(j, sc->nr);
	json_key(j, "abi");
	json_u64(j, sc->abi);
	json_key(j, "calls");
	json_u64(j, sc->calls);
	json_key(j, "errors");
	json_u64(j, sc->errors);
	json_key(j, "seconds");
	json_fixed(j, row->ftime, 6);
	json_key(j, "percent");
	json_fixed(j, row->percent, 2);
	json_key(j, "usecs_per_call");
	json_u64(j, row->usecs);
	json_key(j, "total_ns");
	json_u64(j, sc->total_ns);
	json_key(j, "min_ns");
	json_u64(j, sc->min_ns);
	json_key(j, "max_ns");
	json_u64(j, sc->max_ns);
	json_pcts(j, sc);
	json_key(j, "hist");
	json_hist(j, sc->hist);
	json_object_end(j);
}

/* json_total - both ABIs together; the tables give each ABI's own. */
static void json_total(struct json *j, const struct table *t64,
		       const struct table *t32)
{
	uint64_t calls = t64->calls + t32->calls;
	uint64_t ns = ts_to_ns(t64->cum) + ts_to_ns(t32->cum);
	double fcum = ts_float(ns_to_ts(ns));
	uint64_t min = 0, max = t64->max_ns > t32->max_ns ?
				 t64->max_ns : t32->max_ns;

	if (t64->n && t32->n)
		min = t64->min_ns < t32->min_ns ? t64->min_ns : t32->min_ns;
	else if (t64->n || t32->n)
		min = t64->n ? t64->min_ns : t32->min_ns;

	json_object_begin(j);
	json_key(j, "calls");
	json_u64(j, calls);
	json_key(j, "errors");
	json_u64(j, t64->errors + t32->errors);
	json_key(j, "seconds");
	json_fixed(j, fcum, 6);
	json_key(j, "usecs_per_call");
	json_u64(j, calls ? (uint64_t)(fcum / calls * 1e6) : 0);
	json_key(j, "total_ns");
	json_u64(j, ns);
	json_key(j, "min_ns");
	json_u64(j, min);
	json_key(j, "max_ns");
	json_u64(j, max);
	json_object_end(j);
}

static const char *state_name(enum ks_state s)
{
	switch (s) {
	case KS_STATE_IDLE:
		return "idle";
	case KS_STATE_RUNNING:
		return "running";
	case KS_STATE_STOPPED:
		return "stopped";
	default:
		return "unknown";
	}
}

/* json_probes - "kprobes": one object per probe, in -S order. */
static void json_probes(struct json *j, const struct ks_results *r,
			enum sort_key key)
{
	const struct res_probe **v;
	size_t n, i;
	int ret;

	json_array_begin(j);
	for (ret = 1; ret >= 0; ret--) {
		v = sorted_probes(r, ret, key, &n);
		for (i = 0; i < n; i++) {
			const struct res_probe *p = v[i];

			json_object_begin(j);
			json_key(j, "func");
			json_string(j, p->func);
			json_key(j, "kind");
			json_string(j, p->ret ? "kretprobe" : "kprobe");
			json_key(j, "idx");
			json_u64(j, p->idx);
			json_key(j, "calls");
			json_u64(j, p->calls);
			json_key(j, "errors");
			json_u64(j, p->errors);
			json_key(j, "total_ns");
			json_u64(j, p->total_ns);
			json_key(j, "avg_ns");
			json_u64(j, probe_avg_ns(p));
			json_key(j, "min_ns");
			json_u64(j, p->min_ns);
			json_key(j, "max_ns");
			json_u64(j, p->max_ns);
			json_key(j, "missed");
			json_u64(j, p->missed);
			json_key(j, "hist");
			json_hist(j, p->hist);
			json_object_end(j);
		}
		free(v);
	}
	json_array_end(j);
}

static void json_targets(struct json *j, const struct ks_results *r)
{
	size_t i;

	json_array_begin(j);
	for (i = 0; i < r->ntargets; i++) {
		json_object_begin(j);
		json_key(j, "pid");
		json_i64(j, r->targets[i].pid);
		json_key(j, "exited");
		json_bool(j, r->targets[i].exited);
		if (r->targets[i].exited) {
			json_key(j, "status");
			json_i64(j, r->targets[i].status);
		}
		json_object_end(j);
	}
	json_array_end(j);
}

/*
 * summary_print_json - the same summary as one JSON object on one line:
 * syscalls in table order (x86-64, then ia32), "percent" relative to the
 * row's own ABI as in the tables, then the totals and the counters.
 */
void summary_print_json(FILE *out, const struct ks_results *r,
			enum sort_key key,
			void (*extra)(struct json *j, const void *arg),
			const void *arg)
{
	struct table t64, t32;
	struct json j;
	size_t i;

	build_table(&t64, r, KSTRACE_ABI_NATIVE);
	build_table(&t32, r, KSTRACE_ABI_COMPAT);
	sort_table(&t64, key);
	sort_table(&t32, key);

	json_init(&j, out);
	json_object_begin(&j);
	json_key(&j, "version");
	json_u64(&j, r->version);
	json_key(&j, "syscalls");
	json_array_begin(&j);
	for (i = 0; i < t64.n; i++)
		json_row(&j, &t64.rows[i]);
	for (i = 0; i < t32.n; i++)
		json_row(&j, &t32.rows[i]);
	json_array_end(&j);
	json_key(&j, "total");
	json_total(&j, &t64, &t32);
	/* only with --kprobe: the summary of syscalls alone stays as it was */
	if (r->nprobes) {
		json_key(&j, "kprobes");
		json_probes(&j, r, key);
	}
	json_key(&j, "lost");
	json_u64(&j, r->lost);
	json_key(&j, "untracked");
	json_u64(&j, r->untracked);
	json_key(&j, "unpaired");
	json_u64(&j, r->unpaired);
	json_key(&j, "badnr");
	json_u64(&j, r->badnr);
	json_key(&j, "state");
	json_string(&j, state_name(r->state));
	json_key(&j, "tasks");
	json_u64(&j, r->tasks);
	json_key(&j, "targets");
	json_targets(&j, r);
	if (extra)
		extra(&j, arg);
	json_object_end(&j);
	fputc('\n', out);
	fflush(out);

	free(t64.rows);
	free(t32.rows);
}
