// SPDX-License-Identifier: GPL-2.0
/*
 * evprobe - run a command under a kstrace session in event mode, speaking
 * the session protocol directly (no CLI), and print every record.
 *
 * usage: evprobe [MODE] [OPTIONS] [SESSION-CMD...] -- PROG [ARGS...]
 *
 * MODE (default: blocking read(2) loop):
 *   --poll                 poll(2) for POLLIN before every read(2)
 *   --nonblock             O_NONBLOCK reads; on EAGAIN poll(2) and retry
 *   --spin                 O_NONBLOCK reads; on EAGAIN retry at once (a
 *                          reader that is always caught up with the writers)
 *   --close-while-reading  a second thread blocks in read(2) while the main
 *                          thread close(2)s the session fd, then releases
 *                          the command; the thread reads until read(2)
 *                          returns 0 or fails (EBADF once the fd is gone)
 * OPTIONS:
 *   -o FILE      print to FILE instead of stdout
 *   --delay MS   sleep MS ms after releasing the command, before reading
 *   --reads      print one READ line per read(2)
 *   --timeout S  give up (SIGALRM) after S seconds (default 120)
 *   --readsize N read(2) with a buffer of N bytes (default 128 KiB)
 *   --quiet      do not print ENTER and EXIT records (STATS counts them)
 *
 * evprobe opens /proc/kstrace/session, forks a child that waits on a pipe,
 * writes "exec CHILD", "events 1", each SESSION-CMD verbatim (e.g.
 * "bufsize 8", "strsize 16", "follow 1", "trace 64 257", "result ok"),
 * then "start", and releases the child, which execve(2)s PROG exactly once
 * (PROG without a slash is looked up in PATH first, as strace does, so
 * that no failing execve is traced). The child keeps evprobe's stdin,
 * stdout and stderr.
 *
 * Output, one line each (numbers decimal unless 0x):
 *   CMD TEXT OK | CMD TEXT ERR ERRNAME
 *   READ t=MONO_NS bytes=N                    (--reads)
 *   ENTER tid= pid= vtid= vpid= cpu= ts= nr= abi= args=0x..,(6) [CAP...]
 *   EXIT  tid= pid= vtid= vpid= cpu= ts= nr= abi= ret= dur= [CAP...]
 *   LOST  tid= pid= vtid= vpid= cpu= ts= count=
 *   TASK_EXIT tid= pid= vtid= vpid= cpu= ts= code= group_dead=
 *   PROBE tid= pid= vtid= vpid= cpu= ts= idx= ret= dur=
 *   BAD WHY                                   (a malformed record/read)
 *   EOF t=MONO_NS                             (read returned 0)
 *   READERR t=MONO_NS ERRNAME                 (read failed)
 *   CHILD status=WAITSTATUS
 *   R LINE                                    (the results text, pread at
 *                                              KSTRACE_RESULTS_POS)
 *   STATS reads= bytes= records= enter= exit= lost_recs= lost_sum=
 *         task_exit= probe= bad= polls= eagain= pollin_eagain= dirty_pad=
 *         path_noterm=                        (records with DIRTYPAD,
 *                                              NOTERM, see put_caps())
 *   CWR reads= records= first_t= last=0|ERRNAME closed_t=   (--close-...)
 *
 * A capture is printed as cap=ARG:KIND:FLAGS:LEN:FULL_LEN:DATA with KIND
 * PATH, STR, BUF, ARGV (or K<n>), FLAGS the decimal flag bits and DATA its
 * bytes, those outside '!'..'~' and the backslash written as \xHH (so a
 * record stays one line of space-separated words).
 *
 * Exits 0 when everything went as the protocol says, 1 when a record was
 * malformed or a read failed unexpectedly, 2 on a usage or set-up error
 * (also when a SESSION-CMD is refused).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "../../include/uapi/linux/kstrace.h"

#define BUFSZ	(128 * 1024)

extern char **environ;

static FILE *out;
static int fd = -1;
static int print_reads, quiet;
static size_t readsize = BUFSZ;
static uint64_t bufs[BUFSZ / 8];

static struct {
	unsigned long reads, bytes, records, enter, exit, lost_recs, task_exit, probe, signal;
	unsigned long bad, polls, eagain, pollin_eagain, dirty_pad, path_noterm;
	unsigned long long lost_sum;
} st;

static const char *ename(int e)
{
	static char num[32];
	const char *s = strerrorname_np(e);

	if (s)
		return s;
	snprintf(num, sizeof(num), "E#%d", e);
	return num;
}

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static void msleep(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

static void put_data(const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (p[i] > ' ' && p[i] <= '~' && p[i] != '\\')
			fputc(p[i], out);
		else
			fprintf(out, "\\x%02x", p[i]);
	}
}

/* The kinds' names, as include/kstrace/sysargs.h lists them. */
static const char *const kind_names[KSTRACE_CAP_KINDS] = {
#define KS_TYPE(k, e, m)	[KSTRACE_CAP_##k] = #k,
#define KS_CAP(sc, a, w, k, l, n)
#include "../../include/kstrace/sysargs.h"
};

static const char *kind_name(unsigned int k)
{
	static char buf[16];

	if (k < KSTRACE_CAP_KINDS && kind_names[k])
		return kind_names[k];
	snprintf(buf, sizeof(buf), "K%u", k);
	return buf;
}

static FILE *devnull;
static void parse_one(const struct kstrace_rec *r);

static void bad(const char *why, size_t off)
{
	fprintf(out, "BAD %s at_offset=%zu\n", why, off);
	st.bad++;
}

/*
 * Prints the captures of @r; returns 0 when they fill it exactly. Counts
 * captures whose alignment padding is not zero (stale bytes) and PATH
 * captures with no NUL after their data inside the record (the header says
 * "NUL-terminated path"); the record line then ends with DIRTYPAD or NOTERM.
 */
static int put_caps(const struct kstrace_rec *r)
{
	const char *p = (const char *)(r + 1), *end = (const char *)r + r->size;
	int dirty = 0, noterm = 0;
	unsigned int i;

	for (i = 0; i < r->ncap; i++) {
		const struct kstrace_cap *c = (const void *)p;
		size_t adv;

		if (p + sizeof(*c) > end)
			return -1;
		adv = sizeof(*c) + ((c->len + 7) & ~7UL);
		if (p + adv > end)
			return -1;
		fprintf(out, " cap=%u:%s:%u:%u:%llu:", c->arg, kind_name(c->kind),
			c->flags, c->len, (unsigned long long)c->full_len);
		put_data((const unsigned char *)(c + 1), c->len);
		{
			const char *d = (const char *)(c + 1);
			size_t k;

			for (k = c->len; k < adv - sizeof(*c); k++)
				if (d[k])
					dirty = 1;
			if (c->kind == KSTRACE_CAP_PATH && !(c->flags & KSTRACE_CAP_FAULT) &&
			    (c->len == adv - sizeof(*c) || d[c->len]))
				noterm = 1;
		}
		p += adv;
	}
	if (dirty) {
		fprintf(out, " DIRTYPAD");
		st.dirty_pad++;
	}
	if (noterm) {
		fprintf(out, " NOTERM");
		st.path_noterm++;
	}
	return p == end ? 0 : -1;
}

static void put_head(const char *type, const struct kstrace_rec *r)
{
	fprintf(out, "%s tid=%u pid=%u vtid=%u vpid=%u cpu=%u ts=%llu", type,
		r->tid, r->pid, r->vtid, r->vpid, r->cpu, (unsigned long long)r->ts);
}

/* Prints the whole records in @buf; flags anything malformed. */
static unsigned long parse(const char *buf, size_t n)
{
	size_t off = 0;
	unsigned long nrec = 0;

	while (off < n) {
		const struct kstrace_rec *r = (const void *)(buf + off);

		if (n - off < sizeof(*r)) {
			bad("partial-header", off);
			return nrec;
		}
		if (r->size < sizeof(*r) || r->size % 8 || r->size > KSTRACE_REC_MAX ||
		    r->size > n - off) {
			fprintf(out, "BAD size=%u type=%u\n", r->size, r->type);
			st.bad++;
			return nrec;
		}
		if (r->version != KSTRACE_REC_VERSION)
			bad("version", off);
		nrec++;
		if (quiet && (r->type == KSTRACE_REC_ENTER || r->type == KSTRACE_REC_EXIT)) {
			FILE *saved = out;

			/* Still checked: printed into the void. */
			out = devnull;
			parse_one(r);
			out = saved;
		} else {
			parse_one(r);
		}
		off += r->size;
	}
	return nrec;
}

/* Prints one record of a valid size. */
static void parse_one(const struct kstrace_rec *r)
{
	unsigned int i;

	switch (r->type) {
	case KSTRACE_REC_ENTER:
		st.enter++;
		put_head("ENTER", r);
		fprintf(out, " nr=%u abi=%u args=", r->nr, r->abi);
		for (i = 0; i < 6; i++)
			fprintf(out, "%s0x%llx", i ? "," : "",
				(unsigned long long)r->enter.args[i]);
		if (put_caps(r))
			fprintf(out, " BADCAPS"), st.bad++;
		break;
	case KSTRACE_REC_EXIT:
		st.exit++;
		put_head("EXIT", r);
		fprintf(out, " nr=%u abi=%u ret=%lld dur=%llu", r->nr, r->abi,
			(long long)r->exit.ret,
			(unsigned long long)r->exit.duration_ns);
		if (put_caps(r))
			fprintf(out, " BADCAPS"), st.bad++;
		break;
	case KSTRACE_REC_LOST:
		st.lost_recs++;
		st.lost_sum += r->lost.count;
		put_head("LOST", r);
		fprintf(out, " count=%llu", (unsigned long long)r->lost.count);
		if (r->ncap || r->size != sizeof(*r))
			fprintf(out, " BADCAPS"), st.bad++;
		break;
	case KSTRACE_REC_TASK_EXIT:
		st.task_exit++;
		put_head("TASK_EXIT", r);
		fprintf(out, " code=%d group_dead=%u", r->task_exit.code,
			r->task_exit.group_dead);
		if (r->ncap || r->size != sizeof(*r))
			fprintf(out, " BADCAPS"), st.bad++;
		break;
	case KSTRACE_REC_PROBE:
		st.probe++;
		put_head("PROBE", r);
		fprintf(out, " idx=%u ret=%lld dur=%llu", r->nr, (long long)r->exit.ret,
			(unsigned long long)r->exit.duration_ns);
		if (r->ncap || r->size != sizeof(*r))
			fprintf(out, " BADCAPS"), st.bad++;
		break;
	case KSTRACE_REC_SIGNAL:
		st.signal++;
		put_head("SIGNAL", r);
		fprintf(out, " signo=%u action=%u", r->signal.signo, r->signal.action);
		if (put_caps(r))
			fprintf(out, " BADCAPS"), st.bad++;
		break;
	default:
		fprintf(out, "BAD type=%u size=%u", r->type, r->size);
		st.bad++;
	}
	fputc('\n', out);
}

/* Resolves PROG as strace does: a name without '/' is searched in PATH. */
static const char *resolve(const char *prog)
{
	static char path[4096];
	const char *p, *e;
	struct stat sb;

	if (strchr(prog, '/'))
		return prog;
	p = getenv("PATH");
	if (!p)
		p = "/usr/local/bin:/usr/bin:/bin";
	for (; *p; p = *e ? e + 1 : e) {
		e = strchrnul(p, ':');
		if (e == p)
			snprintf(path, sizeof(path), "./%s", prog);
		else
			snprintf(path, sizeof(path), "%.*s/%s", (int)(e - p), p, prog);
		if (!stat(path, &sb) && S_ISREG(sb.st_mode) && !access(path, X_OK))
			return path;
	}
	return prog;
}

static int cmd(const char *c)
{
	ssize_t r = write(fd, c, strlen(c));

	if (r == (ssize_t)strlen(c)) {
		fprintf(out, "CMD %s OK\n", c);
		return 0;
	}
	fprintf(out, "CMD %s ERR %s\n", c, r < 0 ? ename(errno) : "SHORT");
	return -1;
}

static int do_read(unsigned long long *t, int *err)
{
	ssize_t n = read(fd, bufs, readsize);

	*t = now_ns();
	*err = n < 0 ? errno : 0;
	if (n >= 0) {
		st.reads++;
		st.bytes += n;
		if (print_reads)
			fprintf(out, "READ t=%llu bytes=%zd\n", *t, n);
		if (n > 0)
			st.records += parse((const char *)bufs, n);
	}
	return n < 0 ? -1 : (int)(n > 0);
}

/* --close-while-reading: the reader thread. */
static struct {
	unsigned long reads, records;
	unsigned long long first_t;
	int last_err;
} cwr;

static void *reader(void *arg)
{
	unsigned long long t;
	int err, r;

	(void)arg;
	for (;;) {
		unsigned long before = st.records;

		r = do_read(&t, &err);
		if (!cwr.reads++)
			cwr.first_t = t;
		cwr.records += st.records - before;
		if (r <= 0) {
			cwr.last_err = r < 0 ? err : 0;
			break;
		}
	}
	return NULL;
}

static void usage(void)
{
	fprintf(stderr, "usage: evprobe [--poll|--nonblock|--spin|--close-while-reading] [-o FILE]\n"
		"               [--delay MS] [--reads] [--timeout S] [--readsize N]\n"
		"               [SESSION-CMD...] -- PROG [ARGS...]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	enum { M_BLOCK, M_POLL, M_NONBLOCK, M_SPIN, M_CWR } mode = M_BLOCK;
	const char *outname = NULL, *path;
	long delay = 0, timeout = 120;
	int ncmds = 0, i, p[2], status, err, ret = 0;
	char **cmds, line[64], c = 'x';
	unsigned long long t;
	pid_t child;

	cmds = calloc(argc, sizeof(*cmds));
	if (!cmds)
		return 2;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		} else if (!strcmp(argv[i], "--poll")) {
			mode = M_POLL;
		} else if (!strcmp(argv[i], "--nonblock")) {
			mode = M_NONBLOCK;
		} else if (!strcmp(argv[i], "--spin")) {
			mode = M_SPIN;
		} else if (!strcmp(argv[i], "--close-while-reading")) {
			mode = M_CWR;
		} else if (!strcmp(argv[i], "--quiet")) {
			quiet = 1;
		} else if (!strcmp(argv[i], "--reads")) {
			print_reads = 1;
		} else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			outname = argv[++i];
		} else if (!strcmp(argv[i], "--delay") && i + 1 < argc) {
			delay = strtol(argv[++i], NULL, 0);
		} else if (!strcmp(argv[i], "--readsize") && i + 1 < argc) {
			readsize = strtoul(argv[++i], NULL, 0);
			if (readsize > BUFSZ)
				usage();
		} else if (!strcmp(argv[i], "--timeout") && i + 1 < argc) {
			timeout = strtol(argv[++i], NULL, 0);
		} else if (argv[i][0] == '-') {
			usage();
		} else {
			cmds[ncmds++] = argv[i];
		}
	}
	if (i >= argc)
		usage();
	out = outname ? fopen(outname, "we") : stdout;
	if (!out) {
		perror(outname);
		return 2;
	}
	alarm(timeout);
	devnull = fopen("/dev/null", "we");
	if (!devnull)
		return 2;

	fd = open(KSTRACE_SESSION_PATH, O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		fprintf(stderr, "evprobe: %s: %s\n", KSTRACE_SESSION_PATH, strerror(errno));
		return 2;
	}
	if (pipe2(p, O_CLOEXEC))
		return 2;
	path = resolve(argv[i]);
	fflush(out);
	child = fork();
	if (child < 0)
		return 2;
	if (child == 0) {
		close(p[1]);
		if (read(p[0], &c, 1) != 1)
			_exit(126);
		execve(path, argv + i, environ);
		_exit(127);
	}
	close(p[0]);

	snprintf(line, sizeof(line), "exec %d", (int)child);
	if (cmd(line) || cmd("events 1"))
		ret = 2;
	for (i = 0; !ret && i < ncmds; i++)
		if (cmd(cmds[i]))
			ret = 2;
	if (!ret && cmd("start"))
		ret = 2;
	if (ret) {
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
		return ret;
	}
	fflush(out);

	if (mode == M_CWR) {
		pthread_t th;
		unsigned long long closed_t;

		if (pthread_create(&th, NULL, reader, NULL))
			return 2;
		/* Let the thread block in read(2): nothing is traced yet. */
		msleep(200);
		close(fd);
		closed_t = now_ns();
		if (write(p[1], &c, 1) != 1)
			return 2;
		close(p[1]);
		waitpid(child, &status, 0);
		pthread_join(th, NULL);
		fprintf(out, "CHILD status=%d\n", status);
		fprintf(out, "CWR reads=%lu records=%lu first_t=%llu last=%s closed_t=%llu\n",
			cwr.reads, cwr.records, cwr.first_t,
			cwr.last_err ? ename(cwr.last_err) : "0", closed_t);
		fprintf(out, "STATS reads=%lu bytes=%lu records=%lu enter=%lu exit=%lu lost_recs=%lu lost_sum=%llu task_exit=%lu probe=%lu bad=%lu polls=0 eagain=0 pollin_eagain=0\n",
			st.reads, st.bytes, st.records, st.enter, st.exit, st.lost_recs,
			st.lost_sum, st.task_exit, st.probe, st.bad);
		fclose(out);
		return st.bad ? 1 : 0;
	}

	if (write(p[1], &c, 1) != 1)
		return 2;
	close(p[1]);
	if (delay)
		msleep(delay);
	if ((mode == M_NONBLOCK || mode == M_SPIN) && fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK))
		return 2;

	for (;;) {
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		int r, pollin = 0;

		if (mode == M_POLL) {
			st.polls++;
			if (poll(&pfd, 1, -1) != 1 || !(pfd.revents & POLLIN)) {
				fprintf(out, "BAD poll revents=0x%x\n", pfd.revents);
				st.bad++;
			}
		}
		r = do_read(&t, &err);
		while (r < 0 && err == EAGAIN && mode == M_NONBLOCK) {
			st.eagain++;
			if (pollin)
				st.pollin_eagain++;
			st.polls++;
			pfd.revents = 0;
			pollin = poll(&pfd, 1, 10000) == 1 && (pfd.revents & POLLIN);
			r = do_read(&t, &err);
		}
		if (r < 0 && (err == EINTR || (err == EAGAIN && mode == M_SPIN))) {
			st.eagain += err == EAGAIN;
			continue;
		}
		if (r < 0) {
			fprintf(out, "READERR t=%llu %s\n", t, ename(err));
			ret = 1;
			break;
		}
		if (r == 0) {
			fprintf(out, "EOF t=%llu\n", t);
			break;
		}
	}
	if (mode == M_POLL) {
		/* At the end poll(2) must still say readable (end of stream). */
		struct pollfd pfd = { .fd = fd, .events = POLLIN };

		if (poll(&pfd, 1, 0) != 1 || !(pfd.revents & POLLIN)) {
			fprintf(out, "BAD poll-at-end revents=0x%x\n", pfd.revents);
			st.bad++;
		}
	}
	waitpid(child, &status, 0);
	fprintf(out, "CHILD status=%d\n", status);
	{
		char *res = (char *)bufs, *l, *nl;
		long long off = 0;
		ssize_t n;

		while ((n = pread(fd, res + off, sizeof(bufs) - 1 - off,
				  KSTRACE_RESULTS_POS + off)) > 0)
			off += n;
		if (n < 0) {
			fprintf(out, "BAD results %s\n", ename(errno));
			st.bad++;
		}
		res[off] = '\0';
		for (l = res; *l; l = nl + 1) {
			nl = strchrnul(l, '\n');
			fprintf(out, "R %.*s\n", (int)(nl - l), l);
			if (!*nl)
				break;
		}
	}
	fprintf(out, "STATS reads=%lu bytes=%lu records=%lu enter=%lu exit=%lu lost_recs=%lu lost_sum=%llu task_exit=%lu probe=%lu bad=%lu polls=%lu eagain=%lu pollin_eagain=%lu dirty_pad=%lu path_noterm=%lu\n",
		st.reads, st.bytes, st.records, st.enter, st.exit, st.lost_recs,
		st.lost_sum, st.task_exit, st.probe, st.bad, st.polls, st.eagain, st.pollin_eagain,
		st.dirty_pad, st.path_noterm);
	fclose(out);
	close(fd);
	return st.bad || ret ? 1 : 0;
}
