// SPDX-License-Identifier: GPL-2.0
/*
 * pathtrace.c - strace's -P PATH (its pathtrace.c): a call is shown when
 * a path argument is one of the paths, as the call spelt it, or when a
 * descriptor argument is open on one of them. The argument positions are
 * strace 6.1's; the descriptors' paths come from -y's table (fdtab.c),
 * kept from the trace, where strace reads /proc/PID/fd at the call.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "pathtrace.h"
#include "sbuf.h"

static char *xstrdup(const char *s)
{
	char *p = strdup(s);

	if (!p) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static bool have(const struct pathsel *s, const char *path, size_t len)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strlen(s->paths[i]) == len && !memcmp(s->paths[i], path, len))
			return true;
	return false;
}

static void store(struct pathsel *s, const char *path)
{
	char **v;

	if (have(s, path, strlen(path)))
		return;
	v = realloc(s->paths, (s->n + 1) * sizeof(*v));
	if (!v) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	s->paths = v;
	s->paths[s->n++] = xstrdup(path);
}

void pathsel_add(struct pathsel *s, const char *path, bool quiet)
{
	struct sbuf a = SBUF_INIT, b = SBUF_INIT;
	char *real;

	store(s, path);
	real = realpath(path, NULL);
	if (!real)
		return;
	if (strcmp(path, real)) {
		if (!quiet) {
			quote_string(&a, path, strlen(path), true);
			quote_string(&b, real, strlen(real), true);
			fprintf(stderr,
				"kstrace: Requested path %s resolved into %s\n",
				sb_str(&a), sb_str(&b));
		}
		store(s, real);
	}
	sb_free(&a);
	sb_free(&b);
	free(real);
}

bool pathsel_calls(unsigned int abi, unsigned int nr)
{
	const struct sysent *se = sysent_get(abi, nr);

	return se && se->name && (se->flags & (TF | TD | TN));
}

struct pmatch {
	const struct pathsel *s;
	const struct kstrace_rec *en;
	uint64_t a[6];
	const char *(*fd_path)(void *arg, int fd, char *buf, size_t len);
	void *arg;
};

/* upathmatch: the path argument N, as the module copied it */
static bool path_arg(const struct pmatch *m, unsigned int n)
{
	const struct kstrace_cap *cap = rec_cap(m->en, n);

	if (!cap || cap->kind != KSTRACE_CAP_PATH ||
	    (cap->flags & (KSTRACE_CAP_FAULT | KSTRACE_CAP_TRUNC)))
		return false;
	return have(m->s, cap_data(cap), cap->len);
}

/* fdmatch: is descriptor fd open on a selected path? */
static bool fd_match(const struct pmatch *m, int64_t v)
{
	char buf[PATH_MAX + 64];
	const char *p;
	int fd = (int)v;

	if (fd < 0)
		return false;
	p = m->fd_path(m->arg, fd, buf, sizeof(buf));
	return p && have(m->s, p, strlen(p));
}

static bool fd_arg(const struct pmatch *m, unsigned int n)
{
	return fd_match(m, (int)m->a[n]);
}

/* select and pselect6: every descriptor of the three sets */
static bool fdset_args(const struct pmatch *m)
{
	const struct kstrace_cap *cap;
	const unsigned char *bits;
	int nfds = (int)m->a[0], fd;
	unsigned int i;

	if (nfds <= 0)
		return false;
	for (i = 1; i <= 3; i++) {
		cap = rec_cap(m->en, i);
		if (!cap || cap->kind != KSTRACE_CAP_FDSET ||
		    (cap->flags & KSTRACE_CAP_FAULT))
			continue;
		bits = (const unsigned char *)cap_data(cap);
		for (fd = 0; fd < nfds && (size_t)fd / 8 < cap->len; fd++)
			if ((bits[fd / 8] & (1u << (fd % 8))) && fd_match(m, fd))
				return true;
	}
	return false;
}

/* poll and ppoll: the descriptors of the pollfd array */
static bool pollfd_arg(const struct pmatch *m)
{
	const struct kstrace_cap *cap = rec_cap(m->en, 0);
	const char *d;
	int32_t fd;
	size_t i;

	if (!cap || cap->kind != KSTRACE_CAP_POLLFD ||
	    (cap->flags & KSTRACE_CAP_FAULT))
		return false;
	d = cap_data(cap);
	for (i = 0; i + 8 <= cap->len; i += 8) {
		memcpy(&fd, d + i, sizeof(fd));
		if (fd_match(m, fd))
			return true;
	}
	return false;
}

static bool named(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(name, *list))
			return true;
	return false;
}

bool pathsel_match(const struct pathsel *s, const struct kstrace_rec *en,
		   const char *(*fd_path)(void *arg, int fd, char *buf,
					  size_t len),
		   void *arg)
{
	static const char *const fd_fd[] = {
		"dup2", "dup3", "kexec_file_load", "sendfile", "tee", NULL,
	};
	static const char *const fd_path_[] = {
		"execveat", "faccessat", "faccessat2", "fchmodat", "fchownat",
		"fspick", "futimesat", "inotify_add_watch", "mkdirat",
		"mknodat", "mount_setattr", "name_to_handle_at", "newfstatat",
		"open_tree", "openat", "openat2", "readlinkat", "statx",
		"unlinkat", "utimensat", NULL,
	};
	static const char *const path_path[] = {
		"link", "mount", "pivot_root", NULL,
	};
	static const char *const x_path[] = { "quotactl", "symlink", NULL };
	static const char *const fd_path_fd_path[] = {
		"linkat", "move_mount", "renameat2", "renameat", NULL,
	};
	static const char *const fd_x_fd[] = {
		"copy_file_range", "splice", NULL,
	};
	static const char *const none[] = {
		"bpf", "epoll_create", "epoll_create1", "eventfd2", "eventfd",
		"fanotify_init", "fsopen", "inotify_init", "inotify_init1",
		"io_uring_setup", "landlock_create_ruleset", "memfd_create",
		"memfd_secret", "mq_open", "perf_event_open", "pidfd_open",
		"pipe", "pipe2", "socket", "socketpair", "timerfd_create",
		"userfaultfd", NULL,
	};
	const struct sysent *se = sysent_get(en->abi, en->nr);
	struct pmatch m = { s, en, { 0 }, fd_path, arg };
	const char *n;
	unsigned int i;

	if (!s || !s->n)
		return true;
	if (!se || !se->name || !(se->flags & (TF | TD | TN)))
		return false;
	n = se->name;
	for (i = 0; i < 6; i++)
		m.a[i] = en->abi == KSTRACE_ABI_COMPAT ?
			 (uint32_t)en->enter.args[i] : en->enter.args[i];
	if (named(n, fd_fd))
		return fd_arg(&m, 0) || fd_arg(&m, 1);
	if (named(n, fd_path_))
		return fd_arg(&m, 0) || path_arg(&m, 1);
	if (named(n, path_path))
		return path_arg(&m, 0) || path_arg(&m, 1);
	if (named(n, x_path))
		return path_arg(&m, 1);
	if (named(n, fd_path_fd_path))
		return fd_arg(&m, 0) || fd_arg(&m, 2) || path_arg(&m, 1) ||
		       path_arg(&m, 3);
	if (named(n, fd_x_fd))
		return fd_arg(&m, 0) || fd_arg(&m, 2);
	if (named(n, none))
		return false;
	if (!strcmp(n, "mmap") || !strcmp(n, "mmap2"))
		return fd_arg(&m, 4);
	if (!strcmp(n, "symlinkat"))
		return fd_arg(&m, 1) || path_arg(&m, 2);
	if (!strcmp(n, "epoll_ctl"))
		return fd_arg(&m, 2);
	if (!strcmp(n, "fanotify_mark"))	/* the mask is one argument */
		return fd_arg(&m, 3) || path_arg(&m, 4);
	if (!strcmp(n, "select") || !strcmp(n, "pselect6") ||
	    !strcmp(n, "_newselect"))
		return fdset_args(&m);
	if (!strcmp(n, "poll") || !strcmp(n, "ppoll"))
		return pollfd_arg(&m);
	if (!strcmp(n, "fsconfig")) {
		if ((unsigned int)m.a[1] == 3 || (unsigned int)m.a[1] == 4)
			return fd_arg(&m, 4) || path_arg(&m, 3);
		return (unsigned int)m.a[1] == 5 && fd_arg(&m, 4);
	}
	if (se->flags & TF)
		return path_arg(&m, 0);
	return fd_arg(&m, 0);
}
