// SPDX-License-Identifier: GPL-2.0
/*
 * capture.c - copies the user memory behind syscall arguments into event
 * records, as include/kstrace/sysargs.h describes it: inputs at entry,
 * outputs at exit when the call succeeded.
 *
 * The hooks run with preemption disabled and must not sleep, so every
 * copy is made with page faults disabled: memory that is not resident is
 * marked KSTRACE_CAP_FAULT rather than guessed. An input string that was
 * not resident at entry is copied again at exit (KSTRACE_CAP_ATEXIT): the
 * kernel has just read it, so it is resident then. Every copy is bounded
 * by its kind's limit (or strsize) and by the record; counts that the
 * traced program passes only ever shrink a copy. Only native x86-64 calls
 * are decoded this way; compat calls carry their raw arguments.
 *
 * The same file builds in user space for the CLI's tests (cli/tests/evgen.c
 * through tests/kshim/), so that what they expect is what this code does.
 */
#include <linux/kernel.h>
#include <linux/uaccess.h>
#include <linux/string.h>
#include <linux/err.h>
#include <kstrace/sysnr.h>
#include "kstrace.h"

enum ks_when {
	KS_WHEN_IN,
	KS_WHEN_OUT,
	KS_WHEN_OUTALL,
};

enum ks_len {
	KS_LEN_ONE,
	KS_LEN_NUM,
	KS_LEN_ARG,
	KS_LEN_RET,
	KS_LEN_ARGPTR,
	KS_LEN_NFDS,
	KS_LEN_FIELD,
	KS_LEN_DEREF,
};

struct ks_kind {
	u16 elem;	/* bytes per element */
	u16 max;	/* bytes per capture; 0: strsize */
};

static const struct ks_kind ks_kinds[KSTRACE_CAP_KINDS] = {
#define KS_TYPE(k, e, m) \
	[KSTRACE_CAP_##k] = { (e), (m) },
#define KS_CAP(sc, a, w, k, l, n)
#include <kstrace/sysargs.h>
};

struct ks_rule {
	u16 nr;
	u8 arg;
	u8 when;	/* enum ks_when */
	u8 kind;	/* enum kstrace_cap_kind */
	u8 len;		/* enum ks_len */
	u16 n;		/* its parameter */
	s8 sel;		/* the argument that selects the rule, or -1 */
	u32 mask;
	u32 val;
};

static const struct ks_rule ks_rules[] = {
#define KS_TYPE(k, e, m)
#define KS_CAP_IF(sc, a, w, k, l, nn, s, m, v) \
	{ KS_NR_##sc, (a), KS_WHEN_##w, KSTRACE_CAP_##k, KS_LEN_##l, (nn), (s), (m), (v) },
#define KS_CAP(sc, a, w, k, l, nn)	KS_CAP_IF(sc, a, w, k, l, nn, -1, 0, 0)
#include <kstrace/sysargs.h>
};

/* The rules of syscall nr are ks_rules[ks_first[nr]] on, ks_count[nr] of them. */
static u16 ks_first[KSTRACE_MAX_SYSCALLS];
static u8 ks_count[KSTRACE_MAX_SYSCALLS];

/* Bits of ks_task.refetch: at most this many rules per syscall. */
#define KS_RULES_MAX	32

/**
 * ks_capture_init() - index the description by syscall number
 *
 * Return: 0, or -EINVAL if sysargs.h does not keep a syscall's rules
 * together (a build that must not load).
 */
int ks_capture_init(void)
{
	unsigned int i, nr;

	for (i = 0; i < ARRAY_SIZE(ks_rules); i++) {
		nr = ks_rules[i].nr;
		if (nr >= KSTRACE_MAX_SYSCALLS)
			return -EINVAL;
		if (!ks_count[nr])
			ks_first[nr] = i;
		else if (ks_first[nr] + ks_count[nr] != i)
			return -EINVAL;
		if (++ks_count[nr] > KS_RULES_MAX)
			return -EINVAL;
	}
	return 0;
}

struct ks_capbuf {
	char *buf;
	size_t len;
	size_t size;
	u8 ncap;
	size_t strsize;
	struct kstrace_cap *last;	/* the latest capture begun */
};

/* A new capture of @arg, or NULL when the record has no room left. */
static struct kstrace_cap *ks_cap_begin(struct ks_capbuf *cb, u8 arg, u8 kind)
{
	struct kstrace_cap *cap;

	if (cb->len + sizeof(*cap) + 8 > cb->size)
		return NULL;
	cap = (struct kstrace_cap *)(cb->buf + cb->len);
	memset(cap, 0, sizeof(*cap));
	cap->arg = arg;
	cap->kind = kind;
	cb->last = cap;
	return cap;
}

/* Room left for data after @cap, keeping the next record aligned. */
static size_t ks_cap_room(struct ks_capbuf *cb)
{
	return (cb->size - cb->len - sizeof(struct kstrace_cap)) & ~(size_t)7;
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

/* The most bytes one capture of @kind may copy. */
static size_t ks_kind_max(struct ks_capbuf *cb, u8 kind)
{
	return ks_kinds[kind].max ? ks_kinds[kind].max : cb->strsize;
}

/*
 * Copies a NUL-terminated user string of at most @max bytes (NUL not
 * counted) to @dst, which has room for @max + 1. Returns its length, or
 * -EFAULT; sets *@cut when the string is longer.
 */
static long ks_copy_str(char *dst, unsigned long src, size_t max, bool *cut)
{
	long n;

	pagefault_disable();
	n = strncpy_from_user(dst, (const char __user *)src, max + 1);
	pagefault_enable();
	if (n < 0)
		return -EFAULT;
	*cut = n > max;
	if (*cut)
		n = max;
	dst[n] = '\0';
	return n;
}

static int ks_copy(void *dst, unsigned long src, size_t n)
{
	return copy_from_user_nofault(dst, (const void __user *)src, n) ? -EFAULT : 0;
}

static void ks_cap_string(struct ks_capbuf *cb, u8 arg, u8 kind,
			  unsigned long uptr, u16 flags)
{
	struct kstrace_cap *cap = ks_cap_begin(cb, arg, kind);
	size_t max = kind == KSTRACE_CAP_PATH ? KSTRACE_PATH_MAX - 1 : cb->strsize;
	bool cut = false;
	long n;

	if (!cap)
		return;
	max = min(max, ks_cap_room(cb) - 1);
	cap->flags = flags;
	n = ks_copy_str((char *)(cap + 1), uptr, max, &cut);
	if (n < 0) {
		cap->flags |= KSTRACE_CAP_FAULT;
		n = 0;
	} else if (cut) {
		cap->flags |= KSTRACE_CAP_TRUNC;
	}
	cap->len = n;
	ks_cap_end(cb, cap);
}

/*
 * @count elements of @kind at @uptr, whole elements only, as many as the
 * kind's limit, @limit bytes and the record allow. Returns the capture.
 */
static struct kstrace_cap *ks_cap_mem(struct ks_capbuf *cb, u8 arg, u8 kind,
				      unsigned long uptr, u64 count, size_t limit)
{
	struct kstrace_cap *cap = ks_cap_begin(cb, arg, kind);
	size_t elem = ks_kinds[kind].elem;
	size_t max, n;

	if (!cap)
		return NULL;
	cap->full_len = count;
	max = min3(ks_kind_max(cb, kind), limit, ks_cap_room(cb));
	if (count > max / elem) {
		n = max / elem * elem;
		cap->flags |= KSTRACE_CAP_TRUNC;
	} else {
		n = count * elem;
	}
	if (n && ks_copy(cap + 1, uptr, n)) {
		cap->flags = KSTRACE_CAP_FAULT;
		n = 0;
	}
	cap->len = n;
	ks_cap_end(cb, cap);
	return cap;
}

/* Pointers of a NULL-terminated array counted past the copied ones. */
#define KS_ARGV_COUNT_MAX	4096

/*
 * A NULL-terminated array of strings (execve's argv and envp): up to
 * KSTRACE_ARGV_MAX strings, NUL-separated, each of strsize + 1 bytes at
 * most, so that a reader tells a string cut at strsize from one exactly
 * that long; full_len counts the pointers (strace prints "N vars" of an
 * environment).
 */
static void ks_cap_argv(struct ks_capbuf *cb, u8 arg, u8 kind, unsigned long uptr)
{
	struct kstrace_cap *cap = ks_cap_begin(cb, arg, kind);
	char *data;
	unsigned long s;
	size_t room, max;
	unsigned int i;
	bool cut, copying = true;
	long n;

	if (!cap)
		return;
	data = (char *)(cap + 1);
	room = ks_cap_room(cb);
	for (i = 0; i < KS_ARGV_COUNT_MAX; i++) {
		if (ks_copy(&s, uptr + i * sizeof(s), sizeof(s))) {
			cap->flags |= KSTRACE_CAP_FAULT;
			break;
		}
		if (!s)
			break;
		if (copying && (i == KSTRACE_ARGV_MAX || cap->len + 2 > room)) {
			cap->flags |= KSTRACE_CAP_MORE;
			copying = false;
		}
		if (!copying)
			continue;
		max = min(cb->strsize + 1, room - cap->len - 1);
		n = ks_copy_str(data + cap->len, s, max, &cut);
		if (n < 0) {
			cap->flags |= KSTRACE_CAP_FAULT;
			break;
		}
		/* Cut by the record, not by strsize: the reader cannot tell. */
		if (cut && max < cb->strsize + 1)
			cap->flags |= KSTRACE_CAP_TRUNC;
		cap->len += n + 1;
	}
	cap->full_len = i;
	ks_cap_end(cb, cap);
}

struct ks_iovec {
	u64 base;
	u64 len;
};

/*
 * An iovec array (IOV, full_len its count), then a BUF of each element
 * copied, with at most @total bytes over all of them, as strace prints
 * the data of readv up to its return value.
 */
static void ks_cap_iov(struct ks_capbuf *cb, u8 arg, unsigned long uptr,
		       u64 count, u64 total)
{
	struct kstrace_cap *cap, *buf;
	const struct ks_iovec *iov;
	unsigned int i, n;
	u64 want;

	cap = ks_cap_mem(cb, arg, KSTRACE_CAP_IOV, uptr, count, SIZE_MAX);
	if (!cap || (cap->flags & KSTRACE_CAP_FAULT))
		return;
	n = cap->len / sizeof(*iov);
	iov = (const struct ks_iovec *)(cap + 1);
	for (i = 0; i < n && total; i++) {
		want = min(iov[i].len, total);
		total -= want;
		buf = ks_cap_mem(cb, arg, KSTRACE_CAP_BUF, iov[i].base, want, SIZE_MAX);
		if (!buf)
			return;
	}
}

/* struct user_msghdr, as the x86-64 kernel has it. */
struct ks_msghdr {
	u64 name;
	s32 namelen;
	u32 pad1;
	u64 iov;
	u64 iovlen;
	u64 control;
	u64 controllen;
	u32 flags;
	u32 pad2;
};

/* A msghdr and what it points to, its data up to @total bytes. */
static void ks_cap_msghdr(struct ks_capbuf *cb, u8 arg, u8 kind, unsigned long uptr,
			  u64 total)
{
	struct kstrace_cap *cap = ks_cap_mem(cb, arg, kind, uptr, 1, SIZE_MAX);
	struct ks_msghdr m;

	if (!cap || (cap->flags & KSTRACE_CAP_FAULT))
		return;
	/* The msghdr ends the capture: an mmsghdr's msg_len follows it. */
	memcpy(&m, cap + 1, sizeof(m));
	if (m.name && m.namelen > 0)
		ks_cap_mem(cb, arg, KSTRACE_CAP_SOCKADDR, m.name, m.namelen, SIZE_MAX);
	if (m.iov)
		ks_cap_iov(cb, arg, m.iov, m.iovlen, total);
	if (m.control && m.controllen)
		ks_cap_mem(cb, arg, KSTRACE_CAP_CMSG, m.control, m.controllen, SIZE_MAX);
}

struct ks_mmsghdr {
	struct ks_msghdr hdr;
	u32 len;
	u32 pad;
};

/* Elements of an mmsghdr array copied with what they point to. */
#define KS_MMSG_MAX	8

/*
 * @count mmsghdrs and what they point to; the data of each up to its
 * msg_len (received), or all of it when @all_data (sent: msg_len is set
 * only for the messages that went). No element: an empty capture, so
 * that the array shows as [].
 */
static void ks_cap_mmsghdr(struct ks_capbuf *cb, u8 arg, unsigned long uptr, u64 count,
			   bool all_data)
{
	struct ks_mmsghdr mm;
	unsigned int i;

	if (!count)
		ks_cap_mem(cb, arg, KSTRACE_CAP_MMSGHDR, uptr, 0, SIZE_MAX);
	for (i = 0; i < min_t(u64, count, KS_MMSG_MAX); i++) {
		unsigned long p = uptr + i * sizeof(mm);

		if (ks_copy(&mm, p, sizeof(mm))) {
			ks_cap_mem(cb, arg, KSTRACE_CAP_MMSGHDR, p, 1, SIZE_MAX);
			return;
		}
		ks_cap_msghdr(cb, arg, KSTRACE_CAP_MMSGHDR, p, all_data ? U64_MAX : mm.len);
	}
}

/* Bytes of a getdents buffer walked to count its records. */
#define KS_DIRENTS_WALK_MAX	(256 * 1024)

/*
 * Directory records (linux_dirent and linux_dirent64 both have d_reclen
 * at byte 16): whole records up to the kind's limit; full_len counts them
 * all, as strace prints "N entries".
 */
static void ks_cap_dirents(struct ks_capbuf *cb, u8 arg, unsigned long uptr, u64 bytes)
{
	struct kstrace_cap *cap = ks_cap_begin(cb, arg, KSTRACE_CAP_DIRENTS);
	size_t max, off = 0, copy = 0;
	u64 count = 0;
	u16 reclen;

	if (!cap)
		return;
	max = min(ks_kind_max(cb, KSTRACE_CAP_DIRENTS), ks_cap_room(cb));
	bytes = min_t(u64, bytes, KS_DIRENTS_WALK_MAX);
	while (off + 18 <= bytes) {
		if (ks_copy(&reclen, uptr + off + 16, sizeof(reclen))) {
			cap->flags |= KSTRACE_CAP_FAULT;
			break;
		}
		if (reclen < 19 || off + reclen > bytes)
			break;
		if (copy == off && off + reclen <= max)
			copy = off + reclen;
		off += reclen;
		count++;
	}
	if (copy < off)
		cap->flags |= KSTRACE_CAP_TRUNC;
	if (copy && ks_copy(cap + 1, uptr, copy)) {
		cap->flags |= KSTRACE_CAP_FAULT;
		copy = 0;
	}
	cap->len = copy;
	cap->full_len = count;
	ks_cap_end(cb, cap);
}

/* The element count of @r's capture; false if it cannot be known. */
static bool ks_rule_count(const struct ks_rule *r, const u64 *args, long ret,
			  unsigned long uptr, u64 *count)
{
	u32 v;

	switch (r->len) {
	case KS_LEN_ONE:
		*count = 1;
		return true;
	case KS_LEN_NUM:
		*count = r->n;
		return true;
	case KS_LEN_ARG:
		*count = args[r->n];
		return true;
	case KS_LEN_RET:
		*count = ret < 0 ? 0 : ret;
		return true;
	case KS_LEN_ARGPTR:
		if (ks_copy(&v, args[r->n], sizeof(v)))
			return false;
		*count = (s32)v < 0 ? 0 : v;
		return true;
	case KS_LEN_NFDS:
		*count = DIV_ROUND_UP((u64)(u32)args[r->n], 64) * 8;
		return true;
	case KS_LEN_FIELD:
		if (ks_copy(&v, uptr + KS_AT_OFF(r->n), sizeof(v)))
			return false;
		*count = v ? v : KS_AT_BYTES(r->n);
		return true;
	case KS_LEN_DEREF:
		*count = KS_AT_BYTES(r->n) / ks_kinds[r->kind].elem;
		return true;
	}
	return false;
}

/*
 * DEREF: the memory a pointer field of argument @uptr's structure points
 * to; full_len says which field (its offset), for the reader.
 */
static void ks_cap_deref(struct ks_capbuf *cb, const struct ks_rule *r,
			 unsigned long uptr, u64 count)
{
	struct kstrace_cap *cap;
	unsigned long p;

	if (ks_copy(&p, uptr + KS_AT_OFF(r->n), sizeof(p)) || !p)
		return;
	cap = ks_cap_mem(cb, r->arg, r->kind, p, count, SIZE_MAX);
	if (cap)
		cap->full_len = KS_AT_OFF(r->n);
}

static void ks_cap_rule(struct ks_capbuf *cb, const struct ks_rule *r, const u64 *args,
			bool at_exit, long ret, u16 flags)
{
	unsigned long uptr = args[r->arg];
	struct kstrace_cap *cap;
	u64 count;

	switch (r->kind) {
	case KSTRACE_CAP_PATH:
	case KSTRACE_CAP_STR:
		ks_cap_string(cb, r->arg, r->kind, uptr, flags);
		return;
	case KSTRACE_CAP_ARGV:
	case KSTRACE_CAP_ENVP:
		ks_cap_argv(cb, r->arg, r->kind, uptr);
		return;
	}
	if (!ks_rule_count(r, args, ret, uptr, &count)) {
		cap = ks_cap_begin(cb, r->arg, r->kind);
		if (cap) {
			cap->flags = KSTRACE_CAP_FAULT;
			ks_cap_end(cb, cap);
		}
		return;
	}
	if (r->len == KS_LEN_DEREF) {
		ks_cap_deref(cb, r, uptr, count);
		return;
	}
	switch (r->kind) {
	case KSTRACE_CAP_IOV:
		ks_cap_iov(cb, r->arg, uptr, count, at_exit ? (u64)ret : U64_MAX);
		return;
	case KSTRACE_CAP_MSGHDR:
		ks_cap_msghdr(cb, r->arg, r->kind, uptr, at_exit ? (u64)ret : U64_MAX);
		return;
	case KSTRACE_CAP_MMSGHDR:
		/* OUTALL: sendmmsg's vector, its data sent whatever msg_len says */
		ks_cap_mmsghdr(cb, r->arg, uptr, count, r->when == KS_WHEN_OUTALL);
		return;
	case KSTRACE_CAP_DIRENTS:
		ks_cap_dirents(cb, r->arg, uptr, count);
		return;
	}
	ks_cap_mem(cb, r->arg, r->kind, uptr, count, SIZE_MAX);
}

/* Does @r apply to this call, at this point? */
static bool ks_rule_applies(const struct ks_rule *r, const u64 *args, bool at_exit,
			    long ret)
{
	if (r->sel >= 0 && (args[r->sel] & r->mask) != r->val)
		return false;
	if (!args[r->arg])
		return false;	/* NULL: printed as such, nothing to copy */
	switch (r->when) {
	case KS_WHEN_IN:
		return !at_exit;
	case KS_WHEN_OUT:
		return at_exit && !IS_ERR_VALUE(ret);
	default:
		return at_exit;
	}
}

/*
 * An input is copied again at exit when it faulted at entry: the kernel
 * has read it since. Not a structure's pointed-to memory (DEREF), which
 * the call may not have read.
 */
static bool ks_rule_refetchable(const struct ks_rule *r)
{
	return r->when == KS_WHEN_IN && r->len != KS_LEN_DEREF;
}

/* ... unless the call was an execve that succeeded: the old memory is gone. */
static bool ks_refetch_at_exit(int nr, long ret)
{
	return !((nr == KS_NR_execve || nr == KS_NR_execveat) && !ret);
}

/**
 * ks_capture_kernel() - append a capture of kernel memory to a record
 * @buf: where it goes
 * @size: room at @buf
 * @arg: its argument index
 * @kind: its kind
 * @src: the data
 * @len: bytes of it
 * @total: the capture's length, @len and zeroes after (a kernel structure
 *	   that is the start of a larger user one: kernel_siginfo, siginfo_t)
 * @ncap: incremented when the capture is made
 *
 * Return: bytes used at @buf, a multiple of 8; 0 if it does not fit.
 */
size_t ks_capture_kernel(char *buf, size_t size, u8 arg, u8 kind, const void *src,
			 size_t len, size_t total, u8 *ncap)
{
	struct ks_capbuf cb = { .buf = buf, .size = size };
	struct kstrace_cap *cap = ks_cap_begin(&cb, arg, kind);

	if (!cap || ks_cap_room(&cb) < total)
		return 0;
	memcpy(cap + 1, src, len);
	memset((char *)(cap + 1) + len, 0, total - len);
	cap->len = total;
	ks_cap_end(&cb, cap);
	*ncap += cb.ncap;
	return cb.len;
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
 * @refetch: rules (bits) whose input faulted at entry; set at entry, read
 *	     at exit to copy those inputs again
 *
 * Return: bytes used at @buf, a multiple of 8.
 */
size_t ks_capture(char *buf, size_t size, int nr, const u64 *args, bool at_exit,
		  long ret, size_t strsize, u8 *ncap, u32 *refetch)
{
	struct ks_capbuf cb = { .buf = buf, .size = size, .strsize = strsize };
	const struct ks_rule *r;
	unsigned int i;
	u8 before;

	if (nr < 0 || nr >= KSTRACE_MAX_SYSCALLS)
		return 0;
	if (!at_exit)
		*refetch = 0;
	for (i = 0; i < ks_count[nr]; i++) {
		r = &ks_rules[ks_first[nr] + i];
		if (at_exit && (*refetch & BIT(i))) {
			if (ks_refetch_at_exit(nr, ret))
				ks_cap_rule(&cb, r, args, true, ret, KSTRACE_CAP_ATEXIT);
			continue;
		}
		if (!ks_rule_applies(r, args, at_exit, ret))
			continue;
		before = cb.ncap;
		ks_cap_rule(&cb, r, args, at_exit, ret, 0);
		if (!at_exit && ks_rule_refetchable(r) && cb.ncap != before &&
		    (cb.last->flags & KSTRACE_CAP_FAULT))
			*refetch |= BIT(i);
	}
	*ncap += cb.ncap;
	return cb.len;
}
