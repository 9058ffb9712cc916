// SPDX-License-Identifier: GPL-2.0
/*
 * fdtab.c - the descriptors of the traced processes, as the trace shows
 * them being made and closed (see fdtab.h).
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "decode.h"
#include "fdtab.h"
#include "print.h"

#define PROC_HASH	256
#define MAX_FD		(1 << 20)	/* larger numbers are not followed */
#define O_CLOEXEC_BIT	02000000
#define CLONE_THREAD_BIT	0x00010000

enum fdstate {
	FD_OPEN,		/* path, or kind to look for in /proc */
	FD_CLOSED,
};

struct fdent {
	int fd;
	enum fdstate state;
	bool cloexec;
	char *path;		/* NULL: not known here */
	const char *kind;	/* what /proc must name: "socket:", ... */
	char proto[24];		/* a socket's, from FDNAME: "TCP" */
	struct fdent *next;
};

struct proc {
	uint32_t vpid;
	struct fdent *fds;
	struct proc *next;
};

struct fdtab {
	struct proc *procs[PROC_HASH];
};

static void *xcalloc(size_t n)
{
	void *p = calloc(1, n);

	if (!p) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static char *xstrdup(const char *s)
{
	char *p = s ? strdup(s) : NULL;

	if (s && !p) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

struct fdtab *fdtab_new(void)
{
	return xcalloc(sizeof(struct fdtab));
}

static void free_fds(struct fdent *e)
{
	struct fdent *next;

	for (; e; e = next) {
		next = e->next;
		free(e->path);
		free(e);
	}
}

void fdtab_free(struct fdtab *f)
{
	struct proc *p, *next;
	int i;

	if (!f)
		return;
	for (i = 0; i < PROC_HASH; i++)
		for (p = f->procs[i]; p; p = next) {
			next = p->next;
			free_fds(p->fds);
			free(p);
		}
	free(f);
}

static struct proc *proc_find(struct fdtab *f, uint32_t vpid, bool create)
{
	struct proc *p;

	for (p = f->procs[vpid % PROC_HASH]; p; p = p->next)
		if (p->vpid == vpid)
			return p;
	if (!create)
		return NULL;
	p = xcalloc(sizeof(*p));
	p->vpid = vpid;
	p->next = f->procs[vpid % PROC_HASH];
	f->procs[vpid % PROC_HASH] = p;
	return p;
}

void fdtab_exit(struct fdtab *f, uint32_t vpid)
{
	struct proc **pp, *p;

	if (!f)
		return;
	for (pp = &f->procs[vpid % PROC_HASH]; (p = *pp); pp = &p->next)
		if (p->vpid == vpid) {
			*pp = p->next;
			free_fds(p->fds);
			free(p);
			return;
		}
}

static struct fdent *fd_find(struct proc *p, int fd)
{
	struct fdent *e;

	for (e = p ? p->fds : NULL; e; e = e->next)
		if (e->fd == fd)
			return e;
	return NULL;
}

static struct fdent *fd_get(struct proc *p, int fd)
{
	struct fdent *e = fd_find(p, fd);

	if (e)
		return e;
	e = xcalloc(sizeof(*e));
	e->fd = fd;
	e->next = p->fds;
	p->fds = e;
	return e;
}

static void fd_open(struct proc *p, int fd, char *path, const char *kind,
		   bool cloexec)
{
	struct fdent *e;

	if (fd < 0 || fd >= MAX_FD) {
		free(path);
		return;
	}
	e = fd_get(p, fd);
	free(e->path);
	e->state = FD_OPEN;
	e->path = path;
	e->kind = kind;
	e->cloexec = cloexec;
	e->proto[0] = '\0';
}

/*
 * The descriptors the call x made, as the module named them at its exit
 * (KSTRACE_CAP_FDNAME: fd, name, a socket's protocol): false if none.
 */
static bool fd_names(struct proc *p, const struct kstrace_rec *x)
{
	const struct kstrace_cap *cap;
	const char *name, *end;
	struct fdent *e;
	bool any = false;
	int32_t fd;
	unsigned int i;

	for_each_cap(x, cap, i) {
		if (cap->kind != KSTRACE_CAP_FDNAME || cap->len <= sizeof(fd) ||
		    cap_data(cap)[cap->len - 1] != '\0')
			continue;
		memcpy(&fd, cap_data(cap), sizeof(fd));
		name = cap_data(cap) + sizeof(fd);
		end = cap_data(cap) + cap->len;
		fd_open(p, fd, xstrdup(name), NULL, false);
		name += strlen(name) + 1;
		e = fd_find(p, fd);
		if (e && name < end)
			snprintf(e->proto, sizeof(e->proto), "%s", name);
		any = true;
	}
	return any;
}

static void fd_close(struct proc *p, int fd)
{
	struct fdent *e;

	if (fd < 0 || fd >= MAX_FD)
		return;
	e = fd_get(p, fd);
	free(e->path);
	e->path = NULL;
	e->kind = NULL;
	e->state = FD_CLOSED;
}

static void fd_forget(struct proc *p, int fd)
{
	struct fdent **pp, *e;

	for (pp = &p->fds; (e = *pp); pp = &e->next)
		if (e->fd == fd) {
			*pp = e->next;
			free(e->path);
			free(e);
			return;
		}
}

/* dup: new is what old is, whatever this table knows of old */
static void fd_dup(struct proc *p, int old, int new, bool cloexec)
{
	struct fdent *e = fd_find(p, old);

	if (new < 0 || new == old)
		return;
	if (!e) {
		/* old is unknown here: so is new (/proc will be asked) */
		fd_forget(p, new);
		return;
	}
	if (e->state == FD_CLOSED)
		return;		/* EBADF: the call failed */
	fd_open(p, new, xstrdup(e->path), e->kind, cloexec);
}

/*
 * The captured path argument ARG of en into buf, or NULL. The data is
 * len bytes: not NUL-terminated in the record.
 */
static const char *cap_path(const struct kstrace_rec *en, unsigned int arg,
			    char *buf, size_t size)
{
	const struct kstrace_cap *cap = rec_cap(en, arg);

	if (!cap || cap->kind != KSTRACE_CAP_PATH || cap->len >= size ||
	    (cap->flags & (KSTRACE_CAP_FAULT | KSTRACE_CAP_TRUNC)))
		return NULL;
	memcpy(buf, cap_data(cap), cap->len);
	buf[cap->len] = '\0';
	return strlen(buf) == cap->len ? buf : NULL;
}

/*
 * resolve - the absolute path open() reached: relative to dirfd (or the
 * working directory, as /proc shows it now), symbolic links resolved as
 * /proc/PID/fd shows them. NULL if it cannot be known.
 */
static char *resolve(struct fdtab *f, struct proc *p, uint32_t vtid,
		     int dirfd, const char *path)
{
	char base[PATH_MAX], full[PATH_MAX * 2], real[PATH_MAX];
	const char *b = "";

	if (!path || !*path)
		return NULL;
	if (path[0] != '/') {
		b = fdtab_path(f, p->vpid, vtid, dirfd == -100 ? -100 : dirfd,
			       base, sizeof(base));
		if (!b || b[0] != '/')
			return NULL;
	}
	snprintf(full, sizeof(full), "%s%s%s", b,
		 (*b && b[strlen(b) - 1] != '/') ? "/" : "", path);
	if (realpath(full, real))
		return xstrdup(real);
	return xstrdup(full);
}

bool fdtab_wants(unsigned int abi, unsigned int nr)
{
	if (abi != KSTRACE_ABI_NATIVE)
		return false;
	switch (nr) {
	case SYS_open: case SYS_openat: case SYS_openat2: case SYS_creat:
	case SYS_close: case SYS_close_range:
	case SYS_dup: case SYS_dup2: case SYS_dup3: case SYS_fcntl:
	case SYS_socket: case SYS_accept: case SYS_accept4:
	case SYS_eventfd: case SYS_eventfd2:
	case SYS_epoll_create: case SYS_epoll_create1:
	case SYS_timerfd_create: case SYS_signalfd: case SYS_signalfd4:
	case SYS_inotify_init: case SYS_inotify_init1: case SYS_fanotify_init:
	case SYS_memfd_create: case SYS_pidfd_open:
	case SYS_execve: case SYS_execveat:
	case SYS_clone: case SYS_clone3: case SYS_fork: case SYS_vfork:
		return true;
	default:
		return false;
	}
}

static void copy_table(struct fdtab *f, struct proc *from, uint32_t to)
{
	struct proc *p;
	struct fdent *e;

	if (proc_find(f, to, false))
		return;		/* the child came first: it knows better */
	p = proc_find(f, to, true);
	for (e = from->fds; e; e = e->next)
		if (e->state == FD_OPEN)
			fd_open(p, e->fd, xstrdup(e->path), e->kind, e->cloexec);
		else
			fd_close(p, e->fd);
}

void fdtab_apply(struct fdtab *f, const struct kstrace_rec *en,
		 const struct kstrace_rec *x)
{
	const __u64 *a = en->enter.args;
	int64_t ret = x->exit.ret;
	char pb[KSTRACE_PATH_MAX + 1];
	struct proc *p;
	struct fdent *e;
	const char *kind = NULL;
	uint64_t fd;

	if (!f || en->abi != KSTRACE_ABI_NATIVE || x->nr != en->nr)
		return;
	p = proc_find(f, en->vpid ? en->vpid : en->pid, true);
	if (ret >= 0 && fd_names(p, x))
		return;
	switch (en->nr) {
	case SYS_open:
		if (ret >= 0)
			fd_open(p, ret, resolve(f, p, en->vtid, -100, cap_path(en, 0, pb, sizeof(pb))),
			       NULL, a[1] & O_CLOEXEC_BIT);
		return;
	case SYS_creat:
		if (ret >= 0)
			fd_open(p, ret, resolve(f, p, en->vtid, -100, cap_path(en, 0, pb, sizeof(pb))),
			       NULL, false);
		return;
	case SYS_openat:
	case SYS_openat2:
		if (ret >= 0)
			fd_open(p, ret, resolve(f, p, en->vtid, (int)a[0],
					       cap_path(en, 1, pb, sizeof(pb))), NULL,
			       en->nr == SYS_openat && (a[2] & O_CLOEXEC_BIT));
		return;
	case SYS_close:
		fd_close(p, (int)a[0]);
		return;
	case SYS_close_range:
		if (ret < 0)
			return;
		for (fd = (uint32_t)a[0]; fd <= (uint32_t)a[1] && fd < 65536;
		     fd++) {
			if (a[2] & 4) {		/* CLOSE_RANGE_CLOEXEC */
				e = fd_find(p, fd);
				if (e)
					e->cloexec = true;
			} else {
				fd_close(p, fd);
			}
		}
		return;
	case SYS_dup:
		if (ret >= 0)
			fd_dup(p, (int)a[0], ret, false);
		return;
	case SYS_dup2:
	case SYS_dup3:
		if (ret >= 0)
			fd_dup(p, (int)a[0], (int)a[1],
			       en->nr == SYS_dup3 && (a[2] & O_CLOEXEC_BIT));
		return;
	case SYS_fcntl:
		if (ret < 0)
			return;
		if ((uint32_t)a[1] == 0 || (uint32_t)a[1] == 1030)
			fd_dup(p, (int)a[0], ret, (uint32_t)a[1] == 1030);
		else if ((uint32_t)a[1] == 2 && (e = fd_find(p, (int)a[0])))
			e->cloexec = a[2] & 1;
		return;
	case SYS_execve:
	case SYS_execveat:
		if (ret != 0)
			return;
		for (e = p->fds; e; e = e->next)
			if (e->state == FD_OPEN && e->cloexec)
				fd_close(p, e->fd);
		return;
	case SYS_clone:
		if (ret > 0 && !(a[0] & CLONE_THREAD_BIT))
			copy_table(f, p, ret);
		return;
	case SYS_clone3:
	case SYS_fork:
	case SYS_vfork:
		/* clone3's flags are behind a pointer: a thread is harmless */
		if (ret > 0)
			copy_table(f, p, ret);
		return;
	case SYS_socket:
	case SYS_accept:
	case SYS_accept4:
		kind = "socket:";
		break;
	case SYS_eventfd:
	case SYS_eventfd2:
		kind = "anon_inode:[eventfd]";
		break;
	case SYS_epoll_create:
	case SYS_epoll_create1:
		kind = "anon_inode:[eventpoll]";
		break;
	case SYS_timerfd_create:
		kind = "anon_inode:[timerfd]";
		break;
	case SYS_signalfd:
	case SYS_signalfd4:
		kind = "anon_inode:[signalfd]";
		break;
	case SYS_inotify_init:
	case SYS_inotify_init1:
		kind = "anon_inode:inotify";
		break;
	case SYS_fanotify_init:
		kind = "anon_inode:[fanotify]";
		break;
	case SYS_memfd_create:
		kind = "/memfd:";
		break;
	case SYS_pidfd_open:
		kind = "anon_inode:[pidfd]";
		break;
	default:
		return;
	}
	if (ret >= 0)
		fd_open(p, ret, NULL, kind, false);
}

void fdtab_seed(struct fdtab *f, uint32_t vpid, pid_t pid)
{
	char dir[64], link[64], path[PATH_MAX], line[128];
	unsigned long flags;
	struct dirent *d;
	struct proc *p;
	ssize_t n;
	FILE *info;
	DIR *dp;
	int fd;

	snprintf(dir, sizeof(dir), "/proc/%d/fd", (int)pid);
	dp = opendir(dir);
	if (!f || !dp)
		return;
	p = proc_find(f, vpid, true);
	while ((d = readdir(dp))) {
		if (d->d_name[0] < '0' || d->d_name[0] > '9')
			continue;
		fd = atoi(d->d_name);
		snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)pid, fd);
		n = readlink(link, path, sizeof(path) - 1);
		if (n <= 0)
			continue;
		path[n] = '\0';
		/* fdinfo's flags tell a close-on-exec descriptor */
		flags = 0;
		snprintf(link, sizeof(link), "/proc/%d/fdinfo/%d", (int)pid, fd);
		info = fopen(link, "re");
		while (info && fgets(line, sizeof(line), info))
			if (sscanf(line, "flags: %lo", &flags) == 1)
				break;
		if (info)
			fclose(info);
		fd_open(p, fd, xstrdup(path), NULL, flags & O_CLOEXEC_BIT);
	}
	closedir(dp);
}

const char *fdtab_path(struct fdtab *f, uint32_t vpid, uint32_t vtid, int fd,
		       char *buf, size_t len)
{
	struct fdent *e = fd >= 0 ? fd_find(proc_find(f, vpid, false), fd) :
				    NULL;
	const char *s;

	if (!e)		/* never seen: inherited, or made unseen */
		return fd_path_proc(vtid, fd, buf, len);
	if (e->state == FD_CLOSED)
		return NULL;
	if (e->path) {
		snprintf(buf, len, "%s", e->path);
		return buf;
	}
	s = fd_path_proc(vtid, fd, buf, len);
	if (s && e->kind && !strncmp(s, e->kind, strlen(e->kind)))
		return s;
	return NULL;
}

const char *fdtab_proto(struct fdtab *f, uint32_t vpid, int fd)
{
	struct fdent *e = fd >= 0 ? fd_find(proc_find(f, vpid, false), fd) : NULL;

	return e && e->state == FD_OPEN && e->proto[0] ? e->proto : NULL;
}
