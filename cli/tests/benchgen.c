// SPDX-License-Identifier: GPL-2.0
/*
 * benchgen.c - large event streams for bench-format, the CLI's formatting
 * benchmark: the records kstrace.ko would stream for long traces, made on
 * the host.
 *
 *   benchgen getppid CALLS OUT
 *	one task calling getppid CALLS times (issue 16's micro loop), then
 *	exit_group
 *   benchgen tasks TASKS CALLS OUT
 *	a process whose leader starts TASKS - 1 threads (clone), then CALLS
 *	getppid calls by its threads in turn, then the threads' ends
 *   benchgen mix TASKS CALLS OUT
 *	a leader that forks TASKS - 1 processes, then CALLS calls of a small
 *	program's mix (open, stat, read, mmap, signals, writes, failures) by
 *	the processes in turn, one in eight cut by another process's call
 *	(strace's "<unfinished ...>" and "resumed" lines); then their ends
 *
 * Each distinct call is made once, for real, and recorded with the
 * module's own capture code (rec.c); its records are then repeated with
 * the task's ids and a time 1000 ns after the previous record. The number
 * of records written goes to the standard output.
 *
 * Thread ids start at 40000, above the host's pid_max (32768 by default):
 * -y finds no such process to read descriptors from, whatever runs.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>

#include <uapi/linux/kstrace.h>

#include "rec.h"

#define TID0		40000
#define MAX_CALLS	32
#define CLONE_THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | \
			    CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | \
			    CLONE_SETTLS | CLONE_PARENT_SETTID | \
			    CLONE_CHILD_CLEARTID)

/* One recorded call: its ENTER and EXIT, as rec.c made them. */
struct call {
	const struct kstrace_rec *en, *x;
};

static struct call calls[MAX_CALLS];
static size_t ncalls;

/* ---- the stream written ---- */

static FILE *out;
static uint64_t ts = 1000000000;
static unsigned long long nrec;

static void put(const struct kstrace_rec *tmpl, uint32_t tid, uint32_t pid)
{
	char buf[KSTRACE_REC_MAX];
	struct kstrace_rec *r = (struct kstrace_rec *)buf;

	memcpy(buf, tmpl, tmpl->size);
	r->tid = r->vtid = tid;
	r->pid = r->vpid = pid;
	r->cpu = tid % 4;
	r->ts = ts += 1000;
	if (fwrite(buf, r->size, 1, out) != 1)
		rec_die("write: %s", strerror(errno));
	nrec++;
}

/* put_new - a record made here: no capture, no template. */
static struct kstrace_rec *new_rec(unsigned int type, unsigned int nr)
{
	static char buf[KSTRACE_REC_MAX];
	struct kstrace_rec *r = (struct kstrace_rec *)buf;

	memset(buf, 0, sizeof(*r));
	r->size = sizeof(*r);
	r->version = KSTRACE_REC_VERSION;
	r->type = type;
	r->nr = nr;
	r->abi = KSTRACE_ABI_NATIVE;
	return r;
}

static void put_call(const struct call *c, uint32_t tid, uint32_t pid)
{
	put(c->en, tid, pid);
	put(c->x, tid, pid);
}

/* clone: the child's id is its return value */
static void put_clone(uint32_t tid, uint32_t pid, uint32_t child,
		      bool thread)
{
	struct kstrace_rec *r = new_rec(KSTRACE_REC_ENTER, SYS_clone);

	r->enter.args[0] = thread ? CLONE_THREAD_FLAGS :
			   CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD;
	r->enter.args[1] = thread ? 0x7f12345fff00 : 0;
	r->enter.args[2] = 0x7f1234600990;
	r->enter.args[3] = 0x7f1234600990;
	r->enter.args[4] = thread ? 0x7f12346006c0 : 0;
	put(r, tid, pid);
	r = new_rec(KSTRACE_REC_EXIT, SYS_clone);
	r->exit.ret = child;
	r->exit.duration_ns = 50000;
	put(r, tid, pid);
}

/* the task's last call (exit or exit_group) and its end */
static void put_end(uint32_t tid, uint32_t pid, bool group_dead)
{
	struct kstrace_rec *r;

	r = new_rec(KSTRACE_REC_ENTER, tid == pid ? SYS_exit_group : SYS_exit);
	put(r, tid, pid);
	r = new_rec(KSTRACE_REC_TASK_EXIT, 0);
	r->task_exit.group_dead = group_dead;
	put(r, tid, pid);
}

/* ---- the calls, made once and recorded ---- */

static long call(long nr, uint64_t a0, uint64_t a1, uint64_t a2,
		 uint64_t a3, uint64_t a4, uint64_t a5)
{
	uint64_t a[6] = { a0, a1, a2, a3, a4, a5 };

	if (ncalls == MAX_CALLS)
		rec_die("too many calls");
	ncalls++;
	return rec_call(nr, a, false);
}

static void record_getppid(void)
{
	call(SYS_getppid, 0, 0, 0, 0, 0, 0);
}

/* What a small program does, successes and failures. */
static void record_mix(void)
{
	static char data[] = "hello, world\n";
	char buf[4096], cwd[256];
	struct termios tio;
	struct utsname u;
	struct stat st;
	uint64_t set = 1ull << (SIGCHLD - 1), old = 0;
	long fd, p;
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);

	if (null < 0)
		rec_die("/dev/null: %s", strerror(errno));
	call(SYS_access, (uintptr_t)"/etc/ld.so.preload", R_OK, 0, 0, 0, 0);
	fd = call(SYS_openat, AT_FDCWD, (uintptr_t)"/etc/passwd",
		  O_RDONLY | O_CLOEXEC, 0, 0, 0);
	if (fd < 0)
		rec_die("/etc/passwd: %s", strerror(-fd));
	call(SYS_newfstatat, fd, (uintptr_t)"", (uintptr_t)&st, AT_EMPTY_PATH,
	     0, 0);
	call(SYS_read, fd, (uintptr_t)buf, sizeof(buf), 0, 0, 0);
	call(SYS_lseek, fd, 0, SEEK_SET, 0, 0, 0);
	call(SYS_close, fd, 0, 0, 0, 0, 0);
	call(SYS_openat, AT_FDCWD, (uintptr_t)"/nonexistent/lib.so",
	     O_RDONLY | O_CLOEXEC, 0, 0, 0);
	p = call(SYS_mmap, 0, 8192, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	call(SYS_mprotect, p, 4096, PROT_READ, 0, 0, 0);
	call(SYS_munmap, p, 8192, 0, 0, 0, 0);
	call(SYS_rt_sigprocmask, SIG_BLOCK, (uintptr_t)&set, (uintptr_t)&old,
	     8, 0, 0);
	call(SYS_rt_sigprocmask, SIG_SETMASK, (uintptr_t)&old, 0, 8, 0, 0);
	call(SYS_getpid, 0, 0, 0, 0, 0, 0);
	call(SYS_ioctl, null, TCGETS, (uintptr_t)&tio, 0, 0, 0);
	call(SYS_fcntl, null, F_GETFD, 0, 0, 0, 0);
	call(SYS_uname, (uintptr_t)&u, 0, 0, 0, 0, 0);
	call(SYS_getcwd, (uintptr_t)cwd, sizeof(cwd), 0, 0, 0, 0);
	call(SYS_write, null, (uintptr_t)data, sizeof(data) - 1, 0, 0, 0);
	close(null);
}

/* rec.c's records, read back and cut into calls */
static void load_calls(void)
{
	FILE *tmp = tmpfile();
	const char *p;
	char *buf;
	long len;
	size_t i;

	if (!tmp)
		rec_die("tmpfile: %s", strerror(errno));
	rec_write(fileno(tmp));
	len = lseek(fileno(tmp), 0, SEEK_END);
	buf = malloc(len);
	if (!buf || pread(fileno(tmp), buf, len, 0) != len)
		rec_die("reading the records back failed");
	fclose(tmp);
	p = buf;
	for (i = 0; i < ncalls; i++) {
		calls[i].en = (const struct kstrace_rec *)p;
		p += calls[i].en->size;
		calls[i].x = (const struct kstrace_rec *)p;
		p += calls[i].x->size;
	}
	if (p != buf + len)
		rec_die("the records are not ENTER/EXIT pairs");
}

/* ---- the streams ---- */

static void gen_getppid(unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		put_call(&calls[0], TID0, TID0);
	put_end(TID0, TID0, true);
}

static void gen_tasks(unsigned long tasks, unsigned long n)
{
	unsigned long i;

	for (i = 1; i < tasks; i++)
		put_clone(TID0, TID0, TID0 + i, true);
	for (i = 0; i < n; i++)
		put_call(&calls[0], TID0 + i % tasks, TID0);
	for (i = tasks - 1; i > 0; i--)
		put_end(TID0 + i, TID0, false);
	put_end(TID0, TID0, true);
}

static void gen_mix(unsigned long tasks, unsigned long n)
{
	unsigned long i, k;
	uint32_t a, b;

	for (i = 1; i < tasks; i++)
		put_clone(TID0, TID0, TID0 + i, false);
	for (i = 0; i < n; i++) {
		a = TID0 + i % tasks;
		k = (i / tasks) % ncalls;
		if (i % 8 != 7 || tasks < 2 || i + 1 == n) {
			put_call(&calls[k], a, a);
			continue;
		}
		/* a's call is cut by the next task's */
		b = TID0 + (i + 1) % tasks;
		put(calls[k].en, a, a);
		put_call(&calls[((i + 1) / tasks) % ncalls], b, b);
		put(calls[k].x, a, a);
		i++;
	}
	for (i = tasks - 1; i > 0; i--)
		put_end(TID0 + i, TID0 + i, true);
	put_end(TID0, TID0, true);
}

static unsigned long num(const char *s)
{
	char *end;
	unsigned long v = strtoul(s, &end, 10);

	if (!*s || *end || !v)
		rec_die("bad number '%s'", s);
	return v;
}

static void usage(void)
{
	fputs("usage: benchgen getppid CALLS OUT\n"
	      "       benchgen tasks TASKS CALLS OUT\n"
	      "       benchgen mix TASKS CALLS OUT\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	const char *path;

	if (!strcmp(what, "getppid") && argc == 4)
		path = argv[3];
	else if ((!strcmp(what, "tasks") || !strcmp(what, "mix")) &&
		 argc == 5)
		path = argv[4];
	else
		usage();
	rec_begin(KSTRACE_STRSIZE_DEFAULT, MAX_CALLS);
	if (!strcmp(what, "mix"))
		record_mix();
	else
		record_getppid();
	load_calls();
	out = fopen(path, "we");
	if (!out)
		rec_die("%s: %s", path, strerror(errno));
	if (!strcmp(what, "getppid"))
		gen_getppid(num(argv[2]));
	else if (!strcmp(what, "tasks"))
		gen_tasks(num(argv[2]), num(argv[3]));
	else
		gen_mix(num(argv[2]), num(argv[3]));
	if (fclose(out))
		rec_die("%s: %s", path, strerror(errno));
	printf("%llu\n", nrec);
	return 0;
}
