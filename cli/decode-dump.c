// SPDX-License-Identifier: GPL-2.0
/*
 * decode-dump.c - -e read= and -e write=: the hex dumps that strace's
 * dumpio() prints after a call of the data it read or wrote, made from
 * the module's BUF, IOV, MSGHDR and MMSGHDR captures.
 */
#include <inttypes.h>
#include <string.h>

#include "decode-int.h"
#include "print.h"

/*
 * strace's dumpstr(): len bytes at addr as lines of 16,
 * " | 00000  68 65 6c 6c 6f 0a ...  hello.           |". cap holds what
 * the module copied (up to KSTRACE_STRSIZE_MAX bytes, as main.c asks it
 * when -e read=/write= is given); what it could not copy is said so.
 */
static void dump_bytes(struct sbuf *out, const struct kstrace_cap *cap,
		       uint64_t len)
{
	const unsigned char *d;
	uint64_t i, k;
	size_t have;
	char line[66];
	unsigned int j, at;
	int offs;

	if (!len || !cap || cap->kind != KSTRACE_CAP_BUF ||
	    (cap->flags & KSTRACE_CAP_FAULT))
		return;	/* strace prints nothing for memory it cannot read */
	d = (const unsigned char *)cap_data(cap);
	have = cap->len;
	offs = len > (1ULL << 20) ? 1 + (63 - __builtin_clzll(len - 1)) / 4 : 5;
	for (i = 0; i < len; i += 16) {
		if (i >= have) {
			sb_printf(out, " | <%" PRIu64 " bytes not captured> |\n",
				  len - i);
			return;
		}
		memset(line, ' ', sizeof(line));
		for (j = 0; j < 16; j++) {
			k = i + j;
			if (k >= len || k >= have)
				continue;
			at = j * 3 + (j >= 8);
			line[at] = "0123456789abcdef"[d[k] >> 4];
			line[at + 1] = "0123456789abcdef"[d[k] & 15];
			line[50 + j] = d[k] >= ' ' && d[k] < 0x7f ? d[k] : '.';
		}
		sb_printf(out, " | %0*" PRIx64 "  %.*s |\n", offs, i,
			  (int)sizeof(line), line);
	}
}

struct dump_iovec {
	uint64_t base, len;
};

/*
 * strace's dumpiov_upto(): the first count buffers of the iovec array
 * captured in iovcap (its BUF captures follow it), total bytes at most.
 */
static void dump_iov(struct sbuf *out, const struct kstrace_rec *r,
		     const struct kstrace_cap *iovcap, uint64_t count,
		     uint64_t total)
{
	const struct kstrace_cap *buf;
	struct dump_iovec iov;
	uint64_t i, n, len;

	if (!iovcap || iovcap->kind != KSTRACE_CAP_IOV ||
	    (iovcap->flags & KSTRACE_CAP_FAULT))
		return;
	n = iovcap->len / sizeof(iov);
	buf = cap_next(r, iovcap);
	for (i = 0; i < count && i < n; i++) {
		memcpy(&iov, cap_data(iovcap) + i * sizeof(iov), sizeof(iov));
		len = iov.len < total ? iov.len : total;
		if (!len)
			break;
		total -= len;
		sb_printf(out, " * %" PRIu64 " bytes in buffer %" PRIu64 "\n",
			  len, i);
		if (buf && (buf->arg != iovcap->arg || buf->kind != KSTRACE_CAP_BUF))
			buf = NULL;
		dump_bytes(out, buf, len);
		if (buf)
			buf = cap_next(r, buf);
	}
}

/* The IOV capture among the parts of the msghdr capture m, or NULL. */
static const struct kstrace_cap *msghdr_iov(const struct kstrace_rec *r,
					    const struct kstrace_cap *m)
{
	const struct kstrace_cap *c;

	for (c = cap_next(r, m); c && c->arg == m->arg; c = cap_next(r, c)) {
		if (c->kind == KSTRACE_CAP_IOV)
			return c;
		if (c->kind == KSTRACE_CAP_MSGHDR || c->kind == KSTRACE_CAP_MMSGHDR)
			break;
	}
	return NULL;
}

/* msg_iovlen of a struct user_msghdr at the start of cap */
static uint64_t msghdr_iovlen(const struct kstrace_cap *m)
{
	uint64_t v = 0;

	if (m->len >= 32)
		memcpy(&v, cap_data(m) + 24, sizeof(v));
	return v;
}

/* strace's dumpiov_in_msghdr() */
static void dump_msghdr(struct sbuf *out, const struct kstrace_rec *r,
			const struct kstrace_cap *m, uint64_t total)
{
	if (!m || m->kind != KSTRACE_CAP_MSGHDR || (m->flags & KSTRACE_CAP_FAULT))
		return;
	dump_iov(out, r, msghdr_iov(r, m), msghdr_iovlen(m), total);
}

/* strace's dumpiov_in_mmsghdr(): the first n elements of the array */
static void dump_mmsghdr(struct sbuf *out, const struct kstrace_rec *r,
			 const struct kstrace_cap *m, unsigned int n)
{
	uint32_t msg_len;
	unsigned int i, arg;

	for (i = 0; i < n && m; i++) {
		if (m->kind != KSTRACE_CAP_MMSGHDR || m->len < 60 ||
		    (m->flags & KSTRACE_CAP_FAULT))
			return;
		memcpy(&msg_len, cap_data(m) + 56, sizeof(msg_len));
		sb_printf(out, " = %" PRIu64 " buffers in vector %u\n",
			  msghdr_iovlen(m), i);
		dump_iov(out, r, msghdr_iov(r, m), msghdr_iovlen(m), msg_len);
		/* the next element: the next MMSGHDR of this argument */
		arg = m->arg;
		do
			m = cap_next(r, m);
		while (m && m->arg == arg && m->kind != KSTRACE_CAP_MMSGHDR);
		if (m && m->arg != arg)
			m = NULL;
	}
}

void decode_dump(const struct dctx *c, const struct kstrace_rec *enter,
		 const struct kstrace_rec *exit, bool rd, bool wr,
		 struct sbuf *out)
{
	const struct sysent *se = sysent_get(enter->abi, enter->nr);
	const char *n = se ? se->name : "";
	struct actx x;
	int64_t ret;

	if (!exit || enter->abi != KSTRACE_ABI_NATIVE)
		return;
	actx_init(&x, c, enter, exit);
	ret = exit->exit.ret;
	if (wr) {
		if (!strcmp(n, "write") || !strcmp(n, "pwrite64") ||
		    !strcmp(n, "sendto"))
			dump_bytes(out, in_cap(&x, 1), x.a[2]);
		else if (!strcmp(n, "writev") || !strcmp(n, "pwritev") ||
			 !strcmp(n, "pwritev2"))
			dump_iov(out, enter, rec_cap(enter, 1), (uint32_t)x.a[2],
				 UINT64_MAX);
		else if (!strcmp(n, "sendmsg"))
			dump_msghdr(out, enter, rec_cap(enter, 1), UINT64_MAX);
		else if (!strcmp(n, "sendmmsg"))
			dump_mmsghdr(out, exit, rec_cap(exit, 1), ret);
	}
	if (!rd || ret < 0)
		return;
	if (!strcmp(n, "read") || !strcmp(n, "pread64") ||
	    !strcmp(n, "recvfrom"))
		dump_bytes(out, rec_cap(exit, 1), ret);
	else if (!strcmp(n, "readv") || !strcmp(n, "preadv") ||
		 !strcmp(n, "preadv2"))
		dump_iov(out, exit, rec_cap(exit, 1), (uint32_t)x.a[2], ret);
	else if (!strcmp(n, "recvmsg"))
		dump_msghdr(out, exit, rec_cap(exit, 1), ret);
	else if (!strcmp(n, "recvmmsg"))
		dump_mmsghdr(out, exit, rec_cap(exit, 1), ret);
}
