// SPDX-License-Identifier: GPL-2.0
/*
 * fdname.c - what the kernel names the descriptors a call made that have
 * no path of their own (sockets, pipes, anonymous inodes), for -y and -yy.
 * strace reads /proc/PID/fd while the tracee is stopped; kstrace's CLI
 * prints later, when the descriptor or the process may be gone, so the
 * module names them at the call's exit (include/kstrace/sysargs.h says
 * which calls, KS_FDS).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/dcache.h>
#include <linux/err.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/net.h>
#include <linux/uaccess.h>
#include <net/sock.h>
#include <kstrace/sysnr.h>
#include "kstrace.h"

/* Room for "anon_inode:[eventpoll]" and "socket:[4294967295]" */
#define KS_FDNAME_MAX	64
#define KS_PROTO_MAX	24

enum { KS_FDS_RET = 1, KS_FDS_PAIR };

static const struct {
	u8 where;
	u8 arg;
} ks_fds[KSTRACE_MAX_SYSCALLS] = {
#define KS_TYPE(k, e, m)
#define KS_CAP(sc, a, w, k, l, n)
#define KS_FDS(sc, w, n) \
	[KS_NR_##sc] = { KS_FDS_##w, (n) },
#include <kstrace/sysargs.h>
};

/* A socket's protocol, as its "system.sockprotoname" attribute says it. */
static size_t ks_sock_proto(struct file *f, char *buf)
{
	struct sock *sk;
	ssize_t n;

	if (!S_ISSOCK(file_inode(f)->i_mode))
		return 0;
	sk = SOCKET_I(file_inode(f))->sk;
	if (!sk || !sk->sk_prot)
		return 0;
	n = strscpy(buf, sk->sk_prot->name, KS_PROTO_MAX);
	return n < 0 ? 0 : n + 1;
}

/*
 * One FDNAME capture of descriptor @fd at @buf, if it is a file with a
 * made-up name (d_dname: no path to resolve, nothing that sleeps).
 */
static size_t ks_fdname(char *buf, size_t size, int fd, u8 *ncap)
{
	struct {
		s32 fd;
		char name[KS_FDNAME_MAX + KS_PROTO_MAX];
	} c;
	struct file *f = fget_raw(fd);
	size_t len = 0;
	char *p;

	if (!f)
		return 0;
	if (f->f_path.dentry->d_op && f->f_path.dentry->d_op->d_dname) {
		p = d_path(&f->f_path, c.name, KS_FDNAME_MAX);
		if (!IS_ERR(p)) {
			len = strlen(p) + 1;
			memmove(c.name, p, len);
			len += ks_sock_proto(f, c.name + len);
		}
	}
	fput(f);
	if (!len)
		return 0;
	c.fd = fd;
	len += sizeof(c.fd);
	return ks_capture_kernel(buf, size, KSTRACE_CAP_ARG_REC, KSTRACE_CAP_FDNAME, &c, len,
				 len, ncap);
}

/**
 * ks_capture_fdnames() - append the FDNAME captures of a call's exit
 * @buf: where they go
 * @size: room at @buf
 * @nr: native syscall number
 * @args: its arguments
 * @ret: its return value, a success
 * @ncap: incremented by the number of captures made
 *
 * Return: bytes used at @buf.
 */
size_t ks_capture_fdnames(char *buf, size_t size, int nr, const u64 *args, long ret,
			  u8 *ncap)
{
	int fds[2];
	size_t n;

	if (nr < 0 || nr >= KSTRACE_MAX_SYSCALLS || ret < 0)
		return 0;
	switch (ks_fds[nr].where) {
	case KS_FDS_RET:
		return ks_fdname(buf, size, ret, ncap);
	case KS_FDS_PAIR:
		if (copy_from_user_nofault(fds, u64_to_user_ptr(args[ks_fds[nr].arg]),
					   sizeof(fds)))
			return 0;
		n = ks_fdname(buf, size, fds[0], ncap);
		return n + ks_fdname(buf + n, size - n, fds[1], ncap);
	}
	return 0;
}
