// SPDX-License-Identifier: GPL-2.0
/*
 * capture.c - copies the user memory behind syscall arguments (paths,
 * execve's argv, read/write buffers) into event records.
 *
 * The hooks run with preemption disabled and must not sleep, so every
 * copy is made with page faults disabled: memory that is not resident is
 * marked KSTRACE_CAP_FAULT rather than guessed. Only native x86-64 calls
 * are decoded this way; compat calls carry their raw arguments.
 */
#include <linux/kernel.h>
#include <linux/uaccess.h>
#include <linux/string.h>
#include <asm/unistd.h>
#include "kstrace.h"

enum ks_cap_when {
	KS_AT_ENTER,
	KS_AT_EXIT,
};

struct ks_cap_spec {
	u8 arg;
	u8 kind;	/* enum kstrace_cap_kind */
	s8 len_arg;	/* BUF at entry: the argument holding the length */
	u8 when;	/* enum ks_cap_when */
};

struct ks_sc_caps {
	u8 n;
	struct ks_cap_spec cap[3];
};

#define PATH(a)		{ (a), KSTRACE_CAP_PATH, -1, KS_AT_ENTER }
#define STR(a)		{ (a), KSTRACE_CAP_STR, -1, KS_AT_ENTER }
#define ARGV(a)		{ (a), KSTRACE_CAP_ARGV, -1, KS_AT_ENTER }
#define BUF_IN(a, l)	{ (a), KSTRACE_CAP_BUF, (l), KS_AT_ENTER }
#define BUF_OUT(a)	{ (a), KSTRACE_CAP_BUF, -1, KS_AT_EXIT }
#define CAPS(...)	{ ARRAY_SIZE(((struct ks_cap_spec[]){ __VA_ARGS__ })), { __VA_ARGS__ } }

static const struct ks_sc_caps ks_caps[KSTRACE_MAX_SYSCALLS] = {
	[__NR_read] = CAPS(BUF_OUT(1)),
	[__NR_write] = CAPS(BUF_IN(1, 2)),
	[__NR_pread64] = CAPS(BUF_OUT(1)),
	[__NR_pwrite64] = CAPS(BUF_IN(1, 2)),
	[__NR_recvfrom] = CAPS(BUF_OUT(1)),
	[__NR_sendto] = CAPS(BUF_IN(1, 2)),
	[__NR_open] = CAPS(PATH(0)),
	[__NR_creat] = CAPS(PATH(0)),
	[__NR_stat] = CAPS(PATH(0)),
	[__NR_lstat] = CAPS(PATH(0)),
	[__NR_access] = CAPS(PATH(0)),
	[__NR_truncate] = CAPS(PATH(0)),
	[__NR_chdir] = CAPS(PATH(0)),
	[__NR_chroot] = CAPS(PATH(0)),
	[__NR_mkdir] = CAPS(PATH(0)),
	[__NR_rmdir] = CAPS(PATH(0)),
	[__NR_unlink] = CAPS(PATH(0)),
	[__NR_chmod] = CAPS(PATH(0)),
	[__NR_chown] = CAPS(PATH(0)),
	[__NR_lchown] = CAPS(PATH(0)),
	[__NR_mknod] = CAPS(PATH(0)),
	[__NR_statfs] = CAPS(PATH(0)),
	[__NR_umount2] = CAPS(PATH(0)),
	[__NR_readlink] = CAPS(PATH(0), BUF_OUT(1)),
	[__NR_rename] = CAPS(PATH(0), PATH(1)),
	[__NR_link] = CAPS(PATH(0), PATH(1)),
	[__NR_symlink] = CAPS(PATH(0), PATH(1)),
	[__NR_mount] = CAPS(PATH(0), PATH(1), STR(2)),
	[__NR_execve] = CAPS(PATH(0), ARGV(1)),
	[__NR_openat] = CAPS(PATH(1)),
	[__NR_openat2] = CAPS(PATH(1)),
	[__NR_mkdirat] = CAPS(PATH(1)),
	[__NR_mknodat] = CAPS(PATH(1)),
	[__NR_fchownat] = CAPS(PATH(1)),
	[__NR_newfstatat] = CAPS(PATH(1)),
	[__NR_unlinkat] = CAPS(PATH(1)),
	[__NR_fchmodat] = CAPS(PATH(1)),
	[__NR_faccessat] = CAPS(PATH(1)),
	[__NR_faccessat2] = CAPS(PATH(1)),
	[__NR_utimensat] = CAPS(PATH(1)),
	[__NR_statx] = CAPS(PATH(1)),
	[__NR_readlinkat] = CAPS(PATH(1), BUF_OUT(2)),
	[__NR_renameat] = CAPS(PATH(1), PATH(3)),
	[__NR_renameat2] = CAPS(PATH(1), PATH(3)),
	[__NR_linkat] = CAPS(PATH(1), PATH(3)),
	[__NR_symlinkat] = CAPS(PATH(0), PATH(2)),
	[__NR_execveat] = CAPS(PATH(1), ARGV(2)),
};

struct ks_capbuf {
	char *buf;
	size_t len;
	size_t size;
	u8 ncap;
};

static struct kstrace_cap *ks_cap_begin(struct ks_capbuf *cb, u8 arg, u8 kind)
{
	struct kstrace_cap *cap;

	if (cb->len + sizeof(*cap) + 8 > cb->size)
		return NULL;
	cap = (struct kstrace_cap *)(cb->buf + cb->len);
	memset(cap, 0, sizeof(*cap));
	cap->arg = arg;
	cap->kind = kind;
	return cap;
}

/* Room left for data after @cap, keeping the next record aligned. */
static size_t ks_cap_room(struct ks_capbuf *cb)
{
	return cb->size - cb->len - sizeof(struct kstrace_cap);
}

/*
 * Closes @cap, zeroing the padding up to the next capture, so that no
 * stale byte of the scratch area (maybe another session's) reaches a reader.
 */
static void ks_cap_end(struct ks_capbuf *cb, struct kstrace_cap *cap)
{
	char *data = (char *)(cap + 1);
	size_t padded = ALIGN(cap->len, 8);

	memset(data + cap->len, 0, padded - cap->len);
	cb->len += sizeof(*cap) + padded;
	cb->ncap++;
}

/*
 * Copies a NUL-terminated user string of at most @max bytes (NUL not
 * counted) to @dst, which has room for @max + 1. Returns its length, or
 * -EFAULT; sets *@cut when the string is longer.
 */
static long ks_copy_str(char *dst, const char __user *src, size_t max, bool *cut)
{
	long n;

	pagefault_disable();
	n = strncpy_from_user(dst, src, max + 1);
	pagefault_enable();
	if (n < 0)
		return -EFAULT;
	*cut = n > max;
	if (*cut)
		n = max;
	dst[n] = '\0';
	return n;
}

static void ks_cap_string(struct ks_capbuf *cb, u8 arg, u8 kind,
			  unsigned long uptr, size_t max)
{
	struct kstrace_cap *cap = ks_cap_begin(cb, arg, kind);
	char *data;
	size_t room;
	bool cut = false;
	long n;

	if (!cap)
		return;
	data = (char *)(cap + 1);
	room = ks_cap_room(cb);
	max = min(max, room - 1);
	n = uptr ? ks_copy_str(data, (const char __user *)uptr, max, &cut) : -EFAULT;
	if (n < 0) {
		cap->flags |= KSTRACE_CAP_FAULT;
		n = 0;
	} else if (cut) {
		cap->flags |= KSTRACE_CAP_TRUNC;
	}
	cap->len = n;
	ks_cap_end(cb, cap);
}

static void ks_cap_buffer(struct ks_capbuf *cb, u8 arg, unsigned long uptr,
			  u64 want, size_t max)
{
	struct kstrace_cap *cap = ks_cap_begin(cb, arg, KSTRACE_CAP_BUF);
	size_t n;

	if (!cap)
		return;
	cap->full_len = want;
	n = min_t(u64, want, min(max, ks_cap_room(cb)));
	if (n < want)
		cap->flags |= KSTRACE_CAP_TRUNC;
	if (n && (!uptr || copy_from_user_nofault(cap + 1, (const void __user *)uptr, n))) {
		cap->flags = KSTRACE_CAP_FAULT;
		n = 0;
	}
	cap->len = n;
	ks_cap_end(cb, cap);
}

/* execve's argv: up to KSTRACE_ARGV_MAX strings, NUL-separated. */
static void ks_cap_argv(struct ks_capbuf *cb, u8 arg, unsigned long uptr, size_t strsize)
{
	struct kstrace_cap *cap = ks_cap_begin(cb, arg, KSTRACE_CAP_ARGV);
	const char __user *const __user *argv = (const void __user *)uptr;
	const char __user *s;
	char *data;
	size_t room, max;
	unsigned int i;
	bool cut;
	long n;

	if (!cap)
		return;
	data = (char *)(cap + 1);
	room = ks_cap_room(cb);
	for (i = 0; argv; i++) {
		if (copy_from_user_nofault(&s, &argv[i], sizeof(s))) {
			cap->flags |= KSTRACE_CAP_FAULT;
			break;
		}
		if (!s)
			break;
		if (i == KSTRACE_ARGV_MAX || cap->len + 2 > room) {
			cap->flags |= KSTRACE_CAP_MORE;
			break;
		}
		max = min(strsize, room - cap->len - 1);
		n = ks_copy_str(data + cap->len, s, max, &cut);
		if (n < 0) {
			cap->flags |= KSTRACE_CAP_FAULT;
			break;
		}
		if (cut)
			cap->flags |= KSTRACE_CAP_TRUNC;
		cap->len += n + 1;
	}
	if (!argv)
		cap->flags |= KSTRACE_CAP_FAULT;
	ks_cap_end(cb, cap);
}

/**
 * ks_capture() - append the captures of one syscall to a record
 * @buf: where the captures go (right after the record's payload)
 * @size: room at @buf
 * @nr: native syscall number
 * @args: its arguments
 * @at_exit: entry or exit captures
 * @ret: the return value, at exit
 * @strsize: the session's limit for strings and buffers
 * @ncap: incremented by the number of captures made
 *
 * Return: bytes used at @buf, a multiple of 8.
 */
size_t ks_capture(char *buf, size_t size, int nr, const u64 *args, bool at_exit,
		  long ret, size_t strsize, u8 *ncap)
{
	struct ks_capbuf cb = { .buf = buf, .size = size };
	const struct ks_sc_caps *c;
	unsigned int i;

	if (nr < 0 || nr >= KSTRACE_MAX_SYSCALLS)
		return 0;
	c = &ks_caps[nr];
	for (i = 0; i < c->n; i++) {
		const struct ks_cap_spec *s = &c->cap[i];

		if (s->when != (at_exit ? KS_AT_EXIT : KS_AT_ENTER))
			continue;
		switch (s->kind) {
		case KSTRACE_CAP_PATH:
			ks_cap_string(&cb, s->arg, s->kind, args[s->arg], KSTRACE_PATH_MAX - 1);
			break;
		case KSTRACE_CAP_STR:
			ks_cap_string(&cb, s->arg, s->kind, args[s->arg], strsize);
			break;
		case KSTRACE_CAP_ARGV:
			ks_cap_argv(&cb, s->arg, args[s->arg], strsize);
			break;
		case KSTRACE_CAP_BUF:
			/* Data read in exists only when the call succeeded. */
			if (at_exit && ret <= 0)
				break;
			ks_cap_buffer(&cb, s->arg, args[s->arg],
				      at_exit ? ret : args[s->len_arg], strsize);
			break;
		}
	}
	*ncap += cb.ncap;
	return cb.len;
}
