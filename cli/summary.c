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

#include "json.h"
#include "summary.h"
#include "sysname.h"

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

struct widths {
	int seconds, usecs, calls, errors, name;
};

static void divider(FILE *out, const struct widths *w)
{
	const int cols[] = { W_PERCENT, w->seconds, w->usecs, w->calls,
			     w->errors, w->name };
	size_t i;
	int j;

	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
		if (i)
			fputc(' ', out);
		for (j = 0; j < cols[i]; j++)
			fputc('-', out);
	}
	fputc('\n', out);
}

static void print_table(FILE *out, const struct table *t)
{
	struct widths w;
	size_t i;

	w.seconds = max_int(W_SECONDS, snprintf(NULL, 0, "%.6f", t->fcum));
	w.usecs = max_int(W_USECS, num_width_u64(usecs(t->avg_max)));
	w.calls = max_int(W_CALLS, num_width_u64(t->calls));
	w.errors = max_int(W_ERRORS, num_width_u64(t->errors));
	w.name = max_int(W_NAME, t->name_max + 1);

	/* The name column is last, so strace does not pad it. */
	fprintf(out, "%*s %*s %*s %*s %*s %s\n", W_PERCENT, "% time",
		w.seconds, "seconds", w.usecs, "usecs/call", w.calls, "calls",
		w.errors, "errors", "syscall");
	divider(out, &w);

	/* "%.0" on an integer prints nothing for 0: blank error counts. */
	for (i = 0; i < t->n; i++) {
		const struct row *row = &t->rows[i];

		fprintf(out, "%*.2f %*.6f %*" PRIu64 " %*" PRIu64
			" %*.0" PRIu64 " %s\n",
			W_PERCENT, row->percent, w.seconds, row->ftime,
			w.usecs, row->usecs, w.calls, row->sc->calls,
			w.errors, row->sc->errors, row_name(row));
	}

	divider(out, &w);
	fprintf(out, "%*.2f %*.6f %*" PRIu64 " %*" PRIu64 " %*.0" PRIu64
		" %s\n",
		W_PERCENT, 100.0, w.seconds, t->fcum,
		w.usecs, (uint64_t)(t->fcum / t->calls * 1e6),
		w.calls, t->calls, w.errors, t->errors, "total");
}

/* ---- kernel function probes (--kprobe) ---- */

static enum sort_key probe_sort_by;

static uint64_t probe_avg_ns(const struct ks_probe *p)
{
	return p->calls ? ts_to_ns(ts_div(ns_to_ts(p->total_ns), p->calls)) : 0;
}

/* Like row_cmp(); a plain kprobe has calls only, so times sort by calls. */
static int probe_cmp(const void *pa, const void *pb)
{
	const struct ks_probe *a = *(const struct ks_probe *const *)pa;
	const struct ks_probe *b = *(const struct ks_probe *const *)pb;
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
static const struct ks_probe **sorted_probes(const struct ks_results *r,
					     bool ret, enum sort_key key,
					     size_t *n)
{
	const struct ks_probe **v;
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
static void hist_print(FILE *out, const struct ks_probe *p)
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
	const struct ks_probe **v;
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
		const struct ks_probe *p = v[i];
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
	const struct ks_probe **v;
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

/*
 * summary_print - the strace -c output. Like strace, an ABI without any
 * call prints nothing at all, not an empty table. Kernel function probes
 * follow, kretprobes then kprobes, even when they counted nothing.
 */
void summary_print(FILE *out, const struct ks_results *r, enum sort_key key)
{
	struct table t;

	build_table(&t, r, KSTRACE_ABI_NATIVE);
	if (t.n) {
		sort_table(&t, key);
		print_table(out, &t);
	}
	free(t.rows);

	build_table(&t, r, KSTRACE_ABI_COMPAT);
	if (t.n) {
		sort_table(&t, key);
		fputs("System call usage summary for 32 bit mode:\n", out);
		print_table(out, &t);
	}
	free(t.rows);

	print_kretprobes(out, r, key);
	print_kprobes(out, r, key);
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
	const struct ks_probe **v;
	size_t n, i;
	int ret;

	json_array_begin(j);
	for (ret = 1; ret >= 0; ret--) {
		v = sorted_probes(r, ret, key, &n);
		for (i = 0; i < n; i++) {
			const struct ks_probe *p = v[i];

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
			enum sort_key key)
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
	json_object_end(&j);
	fputc('\n', out);
	fflush(out);

	free(t64.rows);
	free(t32.rows);
}
