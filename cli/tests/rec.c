// SPDX-License-Identifier: GPL-2.0
/*
 * rec.c - records of this process's own system calls, as kstrace.ko would
 * stream them (see rec.h). The captures are module/capture.c's.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "rec.h"

/* module/capture.c, built against tests/kshim/ */
int ks_capture_init(void);
size_t ks_capture(char *buf, size_t size, int nr, const uint64_t *args, bool at_exit,
		  long ret, size_t strsize, uint8_t *ncap, uint32_t *refetch);
extern int (*kshim_user_read)(void *dst, const void *src, size_t size);

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

void rec_die(const char *fmt, ...)
{
	va_list ap;

	fputs("rec: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

/* ---- the records, in memory until rec_write() ---- */

static char *out_buf;
static size_t out_len, out_cap;
uint64_t rec_last_ts = 1000000000;
static size_t rec_strsize = KSTRACE_STRSIZE_DEFAULT;
static pid_t my_pid;

struct kstrace_rec *rec_new(size_t extra)
{
	size_t need = out_len + sizeof(struct kstrace_rec) + extra;
	struct kstrace_rec *r;

	if (need > out_cap) {
		out_cap = need * 2 + 65536;
		out_buf = realloc(out_buf, out_cap);
		if (!out_buf)
			rec_die("out of memory");
	}
	r = (struct kstrace_rec *)(out_buf + out_len);
	memset(r, 0, sizeof(*r) + extra);
	r->size = sizeof(*r);
	r->version = KSTRACE_REC_VERSION;
	return r;
}

void rec_done(struct kstrace_rec *r)
{
	out_len += r->size;
}

void rec_write(int fd)
{
	const char *p = out_buf;
	size_t len = out_len;
	ssize_t n;

	while (len) {
		n = write(fd, p, len);
		if (n <= 0)
			rec_die("write: %s", strerror(errno));
		p += n;
		len -= n;
	}
}

/* ---- user memory, read without system calls ---- */

static struct { uint64_t lo, hi; } readable[4096];
static int nreadable;

void rec_maps(void)
{
	char line[512], perms[8];
	unsigned long lo, hi;
	FILE *f = fopen("/proc/self/maps", "r");

	if (!f)
		rec_die("/proc/self/maps: %s", strerror(errno));
	nreadable = 0;
	while (fgets(line, sizeof(line), f) && nreadable < (int)ARRAY_SIZE(readable))
		if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) == 3 &&
		    perms[0] == 'r') {
			readable[nreadable].lo = lo;
			readable[nreadable].hi = hi;
			nreadable++;
		}
	fclose(f);
}

static bool is_readable(uint64_t p, size_t n)
{
	int i;

	for (i = 0; i < nreadable; i++)
		if (p >= readable[i].lo && p < readable[i].hi)
			return n <= readable[i].hi - p ||
			       is_readable(readable[i].hi, n - (readable[i].hi - p));
	return false;
}

static int maps_read(void *dst, const void *src, size_t n)
{
	if (!is_readable((uintptr_t)src, n))
		return -1;
	memcpy(dst, src, n);
	return 0;
}

/* ---- calls ---- */

void rec_begin(size_t strsize, size_t max_calls)
{
	if (ks_capture_init())
		rec_die("include/kstrace/sysargs.h: a syscall's rules are not together");
	rec_strsize = strsize;
	my_pid = getpid();
	kshim_user_read = maps_read;
	/* Room for every record, so that no allocation happens later. */
	rec_new((max_calls + 1) * 2 * KSTRACE_REC_MAX);
	rec_maps();
}

/* Synthetic time: the clock could be a system call of its own. */
static uint64_t now_ns(void)
{
	return rec_last_ts += 1000;
}

static void rec_ids(struct kstrace_rec *r)
{
	r->tid = r->vtid = my_pid;
	r->pid = r->vpid = my_pid;
}

static long call64(long nr, const uint64_t *a)
{
	return syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}

static long call32(long nr, const uint64_t *a)
{
	long ret;

	/* ebp holds the sixth argument: save it, around the red zone */
	__asm__ volatile("sub $128, %%rsp\n\tpush %%rbp\n\tmov %7, %%rbp\n\t"
			 "int $0x80\n\tpop %%rbp\n\tadd $128, %%rsp"
			 : "=a"(ret)
			 : "a"(nr), "b"(a[0]), "c"(a[1]), "d"(a[2]), "S"(a[3]),
			   "D"(a[4]), "r"(a[5])
			 : "memory");
	/* syscall(2) turns -errno into -1/errno; do the same */
	if (ret < 0 && ret >= -4095) {
		errno = -ret;
		return -1;
	}
	return ret;
}

static void capture(struct kstrace_rec *r, const uint64_t *args, bool at_exit,
		    long ret, uint32_t *refetch)
{
	r->size += ks_capture((char *)(r + 1), KSTRACE_REC_MAX - sizeof(*r), r->nr,
			      args, at_exit, ret, rec_strsize, &r->ncap, refetch);
}

long rec_call(long nr, const uint64_t *a, bool compat)
{
	struct kstrace_rec *r;
	uint32_t refetch = 0;
	uint64_t t0, t1;
	long ret;
	int i;

	r = rec_new(KSTRACE_REC_MAX);
	rec_ids(r);
	r->type = KSTRACE_REC_ENTER;
	r->nr = nr;
	r->abi = compat ? KSTRACE_ABI_COMPAT : KSTRACE_ABI_NATIVE;
	for (i = 0; i < 6; i++)
		r->enter.args[i] = a[i];
	if (!compat)
		capture(r, a, false, 0, &refetch);
	t0 = r->ts = now_ns();
	rec_done(r);

	ret = compat ? call32(nr, a) : call64(nr, a);
	if (ret == -1)
		ret = -errno;
	t1 = now_ns();

	r = rec_new(KSTRACE_REC_MAX);
	rec_ids(r);
	r->type = KSTRACE_REC_EXIT;
	r->nr = nr;
	r->abi = compat ? KSTRACE_ABI_COMPAT : KSTRACE_ABI_NATIVE;
	r->ts = t1;
	r->exit.ret = ret;
	r->exit.duration_ns = t1 - t0;
	if (!compat)
		capture(r, a, true, ret, &refetch);
	rec_done(r);
	return ret;
}

void rec_marker(void)
{
	syscall(SYS_close, MARKER_FD);
}

long rec_marked(long nr, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3,
		uint64_t a4, uint64_t a5)
{
	uint64_t a[6] = { a0, a1, a2, a3, a4, a5 };

	rec_maps();
	rec_marker();
	return rec_call(nr, a, false);
}
