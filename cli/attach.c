// SPDX-License-Identifier: GPL-2.0
/*
 * attach.c - the calls the threads of a process are blocked in when
 * kstrace attaches to it.
 *
 * strace's attach interrupts a blocked call, which the kernel restarts,
 * and strace shows it entering again ("read(0, "). kstrace never stops
 * the thread: the call goes on, and the module streams its exit (without
 * an entry) when it returns. Its start is read here from
 * /proc/PID/task/TID/syscall (number, arguments, user stack and
 * instruction pointers) and its inputs from the thread's memory, with the
 * capture rules of include/kstrace/sysargs.h for the simple kinds; what
 * is not copied here (vectors, messages) prints as a pointer, as strace
 * prints memory it cannot read.
 */
#define _GNU_SOURCE	/* process_vm_readv() */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include <kstrace/sysnr.h>

#include "attach.h"

#define ALIGN8(x)	(((x) + 7) & ~(size_t)7)

static void die_oom(void)
{
	fputs("kstrace: out of memory\n", stderr);
	exit(1);
}

static int cmp_pid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;

	return x < y ? -1 : x > y;
}

pid_t *proc_threads(pid_t pid, size_t *n)
{
	char path[64];
	struct dirent *de;
	pid_t *v = NULL, *nv, tid;
	size_t cap = 0;
	DIR *d;

	*n = 0;
	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	d = opendir(path);
	if (!d)
		return NULL;
	while ((de = readdir(d))) {
		tid = atoi(de->d_name);
		if (tid <= 0)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			nv = realloc(v, cap * sizeof(*v));
			if (!nv)
				die_oom();
			v = nv;
		}
		v[(*n)++] = tid;
	}
	closedir(d);
	/* the leader first, then the others in order: strace's order */
	qsort(v, *n, sizeof(*v), cmp_pid);
	for (size_t i = 0; i < *n; i++)
		if (v[i] == pid && i) {
			memmove(v + 1, v, i * sizeof(*v));
			v[0] = pid;
		}
	return v;
}

/* ---- the capture rules, for the inputs a call had at entry ---- */

enum { W_IN, W_OUT, W_OUTALL };
enum { L_ONE, L_NUM, L_ARG, L_RET, L_ARGPTR, L_NFDS, L_FIELD, L_DEREF };

struct rule {
	unsigned int nr, arg, when, kind, len, n;
	int sel;
	uint32_t mask, val;
};

static const struct {
	unsigned int elem, max;
} kinds[KSTRACE_CAP_KINDS] = {
#define KS_TYPE(k, e, m)	[KSTRACE_CAP_##k] = { (e), (m) },
#define KS_CAP(sc, a, w, k, l, nn)
#include <kstrace/sysargs.h>
};

static const struct rule rules[] = {
#define KS_TYPE(k, e, m)
#define KS_CAP_IF(sc, a, w, k, l, nn, s, m, v) \
	{ KS_NR_##sc, (a), W_##w, KSTRACE_CAP_##k, L_##l, (nn), (s), (m), (v) },
#define KS_CAP(sc, a, w, k, l, nn)	KS_CAP_IF(sc, a, w, k, l, nn, -1, 0, 0)
#include <kstrace/sysargs.h>
};

/* read n bytes at addr of thread tid; 0 or -1 */
static int peek(pid_t tid, uint64_t addr, void *dst, size_t n)
{
	struct iovec local = { dst, n };
	struct iovec remote = { (void *)(uintptr_t)addr, n };

	return process_vm_readv(tid, &local, 1, &remote, 1, 0) == (ssize_t)n ?
	       0 : -1;
}

/* a NUL-terminated string, at most max bytes: its length, -1 on a fault */
static long peek_str(pid_t tid, uint64_t addr, char *dst, size_t max,
		     bool *cut)
{
	size_t got = 0, chunk;
	char *nul;

	*cut = false;
	while (got <= max) {
		/* up to the end of the page: the next one may not exist */
		chunk = 4096 - ((addr + got) & 4095);
		if (chunk > max + 1 - got)
			chunk = max + 1 - got;
		if (peek(tid, addr + got, dst + got, chunk))
			return -1;
		nul = memchr(dst + got, '\0', chunk);
		if (nul)
			return nul - dst;
		got += chunk;
	}
	*cut = true;
	return max;
}

struct recbuf {
	struct kstrace_rec *r;
	size_t room;
};

static struct kstrace_cap *cap_add(struct recbuf *b, unsigned int arg,
				   unsigned int kind, size_t need)
{
	struct kstrace_cap *cap;

	if (b->r->size + sizeof(*cap) + ALIGN8(need) > b->room)
		return NULL;
	cap = (struct kstrace_cap *)((char *)b->r + b->r->size);
	memset(cap, 0, sizeof(*cap) + ALIGN8(need));
	cap->arg = arg;
	cap->kind = kind;
	return cap;
}

static void cap_done(struct recbuf *b, struct kstrace_cap *cap)
{
	b->r->size += sizeof(*cap) + ALIGN8(cap->len);
	b->r->ncap++;
}

static void cap_string(struct recbuf *b, pid_t tid, const struct rule *ru,
		       uint64_t addr, unsigned int strsize)
{
	size_t max = ru->kind == KSTRACE_CAP_PATH ? KSTRACE_PATH_MAX - 1 :
						    strsize;
	struct kstrace_cap *cap = cap_add(b, ru->arg, ru->kind, max + 1);
	bool cut;
	long n;

	if (!cap)
		return;
	n = peek_str(tid, addr, (char *)(cap + 1), max, &cut);
	if (n < 0) {
		cap->flags = KSTRACE_CAP_FAULT;
		n = 0;
	} else if (cut) {
		cap->flags = KSTRACE_CAP_TRUNC;
	}
	memset((char *)(cap + 1) + n, 0, ALIGN8(n) - n);
	cap->len = n;
	cap_done(b, cap);
}

static void cap_mem(struct recbuf *b, pid_t tid, const struct rule *ru,
		    const uint64_t *args, unsigned int strsize)
{
	size_t elem = kinds[ru->kind].elem, max, n;
	uint64_t count;
	struct kstrace_cap *cap;

	switch (ru->len) {
	case L_ONE:
		count = 1;
		break;
	case L_NUM:
		count = ru->n;
		break;
	case L_ARG:
		count = args[ru->n];
		break;
	case L_NFDS:
		count = ((uint64_t)(uint32_t)args[ru->n] + 63) / 64 * 8;
		break;
	default:
		return;		/* sized by memory read at the call: left out */
	}
	max = kinds[ru->kind].max ? kinds[ru->kind].max : strsize;
	if (!elem)
		return;
	n = count > max / elem ? max / elem * elem : count * elem;
	cap = cap_add(b, ru->arg, ru->kind, n);
	if (!cap)
		return;
	cap->full_len = count;
	if (count > max / elem)
		cap->flags = KSTRACE_CAP_TRUNC;
	if (n && peek(tid, args[ru->arg], cap + 1, n)) {
		cap->flags = KSTRACE_CAP_FAULT;
		n = 0;
	}
	cap->len = n;
	cap_done(b, cap);
}

/* The inputs of call nr, as the module copies them at entry. */
static void capture_inputs(struct recbuf *b, pid_t tid, unsigned int nr,
			   const uint64_t *args, unsigned int strsize)
{
	const struct rule *ru;
	size_t i;

	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
		ru = &rules[i];
		if (ru->nr != nr || ru->when != W_IN || !args[ru->arg])
			continue;
		if (ru->sel >= 0 && (args[ru->sel] & ru->mask) != ru->val)
			continue;
		switch (ru->kind) {
		case KSTRACE_CAP_PATH:
		case KSTRACE_CAP_STR:
			cap_string(b, tid, ru, args[ru->arg], strsize);
			break;
		case KSTRACE_CAP_ARGV:
		case KSTRACE_CAP_ENVP:
		case KSTRACE_CAP_IOV:
		case KSTRACE_CAP_MSGHDR:
		case KSTRACE_CAP_MMSGHDR:
		case KSTRACE_CAP_DIRENTS:
			break;	/* compound: not copied here */
		default:
			cap_mem(b, tid, ru, args, strsize);
			break;
		}
	}
}

/* Is the program of process pid a 32-bit one (ELFCLASS32)? */
static bool is_32bit(pid_t pid)
{
	unsigned char ident[5];
	char path[64];
	FILE *f;
	bool ret = false;

	snprintf(path, sizeof(path), "/proc/%d/exe", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return false;
	if (fread(ident, 1, sizeof(ident), f) == sizeof(ident) &&
	    !memcmp(ident, "\177ELF", 4))
		ret = ident[4] == 1;
	fclose(f);
	return ret;
}

struct kstrace_rec *proc_inflight(pid_t pid, pid_t tid, unsigned int strsize,
				  uint64_t *ip)
{
	unsigned long long nr, a[6], sp, pc;
	uint64_t args[6];
	struct timespec now;
	struct recbuf b;
	char path[96], line[512];
	FILE *f;
	int n, i;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/syscall", (int)pid,
		 (int)tid);
	f = fopen(path, "re");
	if (!f)
		return NULL;
	n = fgets(line, sizeof(line), f) ?
	    sscanf(line, "%llu %llx %llx %llx %llx %llx %llx %llx %llx", &nr,
		   &a[0], &a[1], &a[2], &a[3], &a[4], &a[5], &sp, &pc) : 0;
	fclose(f);
	/* "running", or "-1 SP PC" for a thread stopped outside a call */
	if (n != 9 || nr >= KSTRACE_MAX_SYSCALLS)
		return NULL;
	b.room = KSTRACE_REC_MAX;
	b.r = calloc(1, b.room);
	if (!b.r)
		die_oom();
	b.r->size = sizeof(*b.r);
	b.r->type = KSTRACE_REC_ENTER;
	b.r->version = KSTRACE_REC_VERSION;
	b.r->nr = nr;
	b.r->abi = is_32bit(pid) ? KSTRACE_ABI_COMPAT : KSTRACE_ABI_NATIVE;
	b.r->tid = b.r->vtid = tid;
	b.r->pid = b.r->vpid = pid;
	clock_gettime(CLOCK_MONOTONIC, &now);
	b.r->ts = (uint64_t)now.tv_sec * 1000000000 + now.tv_nsec;
	for (i = 0; i < 6; i++)
		b.r->enter.args[i] = args[i] = a[i];
	if (b.r->abi == KSTRACE_ABI_NATIVE)
		capture_inputs(&b, tid, nr, args, strsize);
	*ip = pc;
	return b.r;
}
