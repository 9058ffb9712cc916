// SPDX-License-Identifier: GPL-2.0
/*
 * fakesession.c - an LD_PRELOAD stand-in for kstrace.ko, so that the CLI's
 * flow (open, commands, fork/exec hand-off, waiting, exit status, error
 * messages) can be tested on a host that cannot load the module.
 *
 * It catches open() of KSTRACE_SESSION_PATH and the write()/pread() on the
 * fd it returns; everything else passes through. Environment:
 *
 *   FAKE_KSTRACE_LOG=FILE      append each command, one per line
 *   FAKE_KSTRACE_OPEN_ERRNO=N  make open() fail with errno N
 *   FAKE_KSTRACE_FAIL=CMD:N    make the command starting with CMD fail
 *                              with errno N (e.g. "start:38")
 *   FAKE_KSTRACE_SYSCALLS=FILE "syscall ..." lines to report once started
 *   FAKE_KSTRACE_PIDFILE=FILE  a PID in FILE counts as a live descendant
 *                              (for -f) while that process lives
 *   FAKE_KSTRACE_ONLY_ZERO=1   serve the results at offset 0 only, not at
 *                              KSTRACE_RESULTS_POS (EINVAL there)
 *   FAKE_KSTRACE_EVENTS=FILE   in event mode ("events 1"), read(2) serves
 *                              the records of FILE once started, then 0
 *                              when no target lives or the session stopped
 *                              (EAGAIN after a nap while waiting for that)
 *   FAKE_KSTRACE_LOST=N        report N lost records (N on CPU 1)
 *   FAKE_KSTRACE_PAUSE=N:MS    serve the first N records, then nothing
 *                              (EAGAIN) for MS ms before the rest: a call
 *                              that blocks
 *
 * "scope all", "cgroup FD" (FD open), "group WORD" and "groupsize N" are
 * taken before start; a scoped session starts without a target. Targets
 * are reported alive while /proc/PID exists and is no zombie.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include <uapi/linux/kstrace.h>

static int fake_fd = -1;
static int targets[KSTRACE_MAX_TARGETS];
static int ntargets;
static bool started, stopped, events, scoped;
static char *ev_data;
static size_t ev_len, ev_off;

__attribute__((constructor)) static void fake_init(void)
{
	/* The traced command must run without us. */
	unsetenv("LD_PRELOAD");
}

static void log_cmd(const char *cmd)
{
	const char *path = getenv("FAKE_KSTRACE_LOG");
	FILE *f;

	if (!path)
		return;
	f = fopen(path, "a");
	if (!f)
		return;
	fprintf(f, "%s\n", cmd);
	fclose(f);
}

static int fail_errno(const char *cmd)
{
	const char *spec = getenv("FAKE_KSTRACE_FAIL");
	const char *colon;

	if (!spec)
		return 0;
	colon = strchr(spec, ':');
	if (!colon || strncmp(cmd, spec, colon - spec))
		return 0;
	return atoi(colon + 1);
}

static int open_session(void)
{
	const char *e = getenv("FAKE_KSTRACE_OPEN_ERRNO");
	int (*real_open)(const char *, int, ...) = dlsym(RTLD_NEXT, "open");

	if (e) {
		errno = atoi(e);
		return -1;
	}
	/* /dev/null: poll() on it is always ready, the worst case. */
	fake_fd = real_open("/dev/null", O_RDWR | O_CLOEXEC);
	return fake_fd;
}

int open(const char *path, int flags, ...)
{
	int (*real_open)(const char *, int, ...) = dlsym(RTLD_NEXT, "open");
	va_list ap;
	int mode;

	if (!strcmp(path, KSTRACE_SESSION_PATH))
		return open_session();
	va_start(ap, flags);
	mode = va_arg(ap, int);
	va_end(ap);
	return real_open(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
	va_list ap;
	int mode;

	va_start(ap, flags);
	mode = va_arg(ap, int);
	va_end(ap);
	return open(path, flags, mode);
}

static bool alive(int pid)
{
	char path[64], buf[512], *p;
	FILE *f;
	bool ret = false;

	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	f = fopen(path, "r");
	if (!f)
		return false;
	if (fgets(buf, sizeof(buf), f)) {
		p = strrchr(buf, ')');
		ret = p && p[1] == ' ' && p[2] != 'Z' && p[2] != 'X';
	}
	fclose(f);
	return ret;
}

static int fake_command(const char *buf, size_t n)
{
	char cmd[KSTRACE_CMD_MAX + 1];
	int err, pid;

	if (n > KSTRACE_CMD_MAX)
		return E2BIG;
	memcpy(cmd, buf, n);
	cmd[n] = '\0';
	if (n && cmd[n - 1] == '\n')
		cmd[n - 1] = '\0';
	log_cmd(cmd);
	err = fail_errno(cmd);
	if (err)
		return err;

	if (sscanf(cmd, "attach %d", &pid) == 1 ||
	    sscanf(cmd, "exec %d", &pid) == 1) {
		if (pid <= 0)
			return EINVAL;
		if (kill(pid, 0) && errno == ESRCH)
			return ESRCH;
		if (ntargets == KSTRACE_MAX_TARGETS)
			return E2BIG;
		targets[ntargets++] = pid;
		return 0;
	}
	if (!strcmp(cmd, "follow 0") || !strcmp(cmd, "follow 1"))
		return started ? EBUSY : 0;
	if (!strcmp(cmd, "events 1") || !strcmp(cmd, "events 0")) {
		if (started)
			return EBUSY;
		events = cmd[7] == '1';
		return 0;
	}
	if (!strcmp(cmd, "summary 0") || !strcmp(cmd, "summary 1") ||
	    !strcmp(cmd, "summary 2"))
		return 0;
	if (!strncmp(cmd, "bufsize ", 8) || !strncmp(cmd, "strsize ", 8) ||
	    !strncmp(cmd, "trace ", 6) || !strncmp(cmd, "result ", 7))
		return started ? EBUSY : 0;
	if (!strncmp(cmd, "kprobe ", 7) || !strncmp(cmd, "kretprobe ", 10))
		return started ? EBUSY : 0;
	if (!strcmp(cmd, "scope all") || sscanf(cmd, "cgroup %d", &pid) == 1) {
		if (started)
			return EBUSY;
		if (cmd[0] == 'c' && fcntl(pid, F_GETFD) < 0)
			return EBADF;
		scoped = true;
		return 0;
	}
	if (!strncmp(cmd, "group ", 6) || !strncmp(cmd, "groupsize ", 10))
		return started ? EBUSY : 0;
	if (!strcmp(cmd, "start")) {
		if (!ntargets && !scoped)
			return EINVAL;
		if (started)
			return EBUSY;
		started = true;
		return 0;
	}
	if (!strcmp(cmd, "stop")) {
		if (!started)
			return EINVAL;
		stopped = true;
		return 0;
	}
	return EINVAL;
}

ssize_t write(int fd, const void *buf, size_t n)
{
	ssize_t (*real_write)(int, const void *, size_t) =
		dlsym(RTLD_NEXT, "write");
	int err;

	if (fd != fake_fd || fd < 0)
		return real_write(fd, buf, n);
	err = fake_command(buf, n);
	if (err) {
		errno = err;
		return -1;
	}
	return n;
}

static int extra_task(void)
{
	const char *path = getenv("FAKE_KSTRACE_PIDFILE");
	int pid = 0;
	FILE *f;

	if (!path || stopped)
		return 0;
	f = fopen(path, "r");
	if (!f)
		return 0;
	if (fscanf(f, "%d", &pid) != 1)
		pid = 0;
	fclose(f);
	return pid > 0 && alive(pid);
}

static size_t render(char *out, size_t cap)
{
	const char *path = getenv("FAKE_KSTRACE_SYSCALLS");
	size_t len = 0;
	int i, tasks = 0;
	char line[1024];
	FILE *f;

#define OUT(...) (len += snprintf(out + len, len < cap ? cap - len : 0, \
				  __VA_ARGS__))
	for (i = 0; i < ntargets; i++)
		tasks += !stopped && alive(targets[i]);
	tasks += extra_task();
	OUT("version 1\nstate %s\ntasks %d\nuntracked 0\nunpaired 0\nbadnr 0\n",
	    stopped ? "stopped" : started ? "running" : "idle", tasks);
	for (i = 0; i < ntargets; i++) {
		if (alive(targets[i]))
			OUT("target %d alive\n", targets[i]);
		else
			OUT("target %d exited 0\n", targets[i]);
	}
	if (started && path && (f = fopen(path, "r"))) {
		while (fgets(line, sizeof(line), f))
			OUT("%s", line);
		fclose(f);
	}
	if (getenv("FAKE_KSTRACE_LOST"))
		OUT("end\nlost %s\nlostcpu 1 %s\n", getenv("FAKE_KSTRACE_LOST"),
		    getenv("FAKE_KSTRACE_LOST"));
	else
		OUT("end\nlost 0\n");
#undef OUT
	return len;
}

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	ssize_t (*real_pread)(int, void *, size_t, off_t) =
		dlsym(RTLD_NEXT, "pread");
	static char snap[1 << 16];
	static size_t snap_len;

	if (fd != fake_fd || fd < 0)
		return real_pread(fd, buf, n, off);
	if (off >= KSTRACE_RESULTS_POS) {
		if (getenv("FAKE_KSTRACE_ONLY_ZERO")) {
			errno = EINVAL;
			return -1;
		}
		off -= KSTRACE_RESULTS_POS;
	}
	/* a snapshot at offset 0, continued at later offsets */
	if (off == 0)
		snap_len = render(snap, sizeof(snap));
	if ((size_t)off >= snap_len)
		return 0;
	if (n > snap_len - off)
		n = snap_len - off;
	memcpy(buf, snap + off, n);
	return n;
}

static void load_events(void)
{
	const char *path = getenv("FAKE_KSTRACE_EVENTS");
	size_t cap = 0;
	ssize_t (*real_read)(int, void *, size_t) = dlsym(RTLD_NEXT, "read");
	int (*real_open)(const char *, int, ...) = dlsym(RTLD_NEXT, "open");
	ssize_t n;
	int fd;

	if (ev_data || !path)
		return;
	fd = real_open(path, O_RDONLY);
	if (fd < 0)
		return;
	for (;;) {
		if (ev_len == cap) {
			cap = cap ? cap * 2 : 65536;
			ev_data = realloc(ev_data, cap);
			if (!ev_data)
				abort();
		}
		n = real_read(fd, ev_data + ev_len, cap - ev_len);
		if (n <= 0)
			break;
		ev_len += n;
	}
	close(fd);
}

static bool any_target_alive(void)
{
	int i;

	for (i = 0; i < ntargets; i++)
		if (alive(targets[i]))
			return true;
	return extra_task();
}

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* FAKE_KSTRACE_PAUSE: may record number idx be served now? */
static bool pause_allows(unsigned long idx)
{
	static long until = -1;
	const char *spec = getenv("FAKE_KSTRACE_PAUSE");
	unsigned long n;
	long ms;

	if (!spec || sscanf(spec, "%lu:%ld", &n, &ms) != 2 || idx < n)
		return true;
	if (until < 0)
		until = now_ms() + ms;
	return now_ms() >= until;
}

/* read(2) of the event stream: whole records, then 0 at the end. */
ssize_t read(int fd, void *buf, size_t n)
{
	ssize_t (*real_read)(int, void *, size_t) = dlsym(RTLD_NEXT, "read");
	static unsigned long served;
	const struct kstrace_rec *r;
	size_t len = 0;
	struct timespec nap = { 0, 20 * 1000 * 1000 };

	if (fd != fake_fd || fd < 0 || !events)
		return real_read(fd, buf, n);
	if (n < KSTRACE_REC_MAX) {
		errno = EINVAL;
		return -1;
	}
	load_events();
	if (started) {
		while (ev_off + len + sizeof(*r) <= ev_len) {
			r = (const struct kstrace_rec *)(ev_data + ev_off + len);
			if (!r->size || len + r->size > n ||
			    ev_off + len + r->size > ev_len ||
			    !pause_allows(served))
				break;
			len += r->size;
			served++;
		}
	}
	if (len) {
		memcpy(buf, ev_data + ev_off, len);
		ev_off += len;
		return len;
	}
	if (stopped || (started && !any_target_alive() && ev_off >= ev_len))
		return 0;
	nanosleep(&nap, NULL);
	errno = EAGAIN;
	return -1;
}

ssize_t pread64(int fd, void *buf, size_t n, off_t off)
{
	return pread(fd, buf, n, off);
}
