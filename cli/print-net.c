// SPDX-License-Identifier: GPL-2.0
/*
 * print-net.c - printers of the net family (print.h): socket addresses,
 * iovec arrays, message headers and their control data, socket option
 * values, pollfd arrays, descriptor sets and epoll events, as strace 6.1
 * prints them (its sockaddr.c, net.c, msghdr.c, mmsghdr.c, io.c, poll.c,
 * desc.c, epoll.c), and the text strace adds after the return value of
 * poll, ppoll, select, pselect6 and recvmmsg.
 *
 * Structures are read from the capture's bytes at the x86-64 kernel's
 * offsets. Where strace fetches more than one piece of memory (a msghdr,
 * then its name, its iovec array, each buffer, its control data), the
 * module made one capture per piece, in that order, after the first
 * (include/uapi/linux/kstrace.h); a struct parts walks them.
 */
#include <arpa/inet.h>
#include <inttypes.h>
#include <limits.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#include "print.h"
#include "tables.h"
#include "util.h"

/* ---- bytes of a capture ---- */

static uint16_t get16(const unsigned char *p)
{
	uint16_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static uint32_t get32(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static uint64_t get64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static const unsigned char *cdata(const struct kstrace_cap *cap)
{
	return (const unsigned char *)(cap + 1);
}

static bool cap_ok(const struct kstrace_cap *cap)
{
	return cap && !(cap->flags & KSTRACE_CAP_FAULT);
}

/* The record that holds cap: the entry's, or the exit's. */
static const struct kstrace_rec *rec_of(const struct pctx *p,
					const struct kstrace_cap *cap)
{
	const char *r = (const char *)p->enter, *c = (const char *)cap;

	if (r && c > r && c < r + p->enter->size)
		return p->enter;
	return p->exit;
}

/* The first capture of arg in r of one kind, or NULL. */
static const struct kstrace_cap *find_kind(const struct kstrace_rec *r,
					   unsigned int arg, unsigned int kind)
{
	const struct kstrace_cap *cap;
	unsigned int i;

	if (!r || !r->ncap)
		return NULL;
	cap = (const struct kstrace_cap *)(r + 1);
	for (i = 0; i < r->ncap && cap; i++, cap = cap_next(r, cap))
		if (cap->arg == arg && cap->kind == kind &&
		    !(cap->flags & KSTRACE_CAP_ATEXIT))
			return cap;
	return NULL;
}

/* The int behind a pointer argument (a socklen_t), from its capture. */
static bool cap_int(const struct kstrace_cap *cap, int *v)
{
	if (!cap_ok(cap) || cap->len < 4)
		return false;
	*v = (int)get32(cdata(cap));
	return true;
}

/*
 * The captures that follow a compound one (an IOV's BUFs, a MSGHDR's
 * name, iovec array and control data), taken in the module's order.
 */
struct parts {
	const struct kstrace_rec *r;
	const struct kstrace_cap *next;
	unsigned int arg;
};

static void parts_init(struct parts *w, const struct pctx *p,
		       const struct kstrace_cap *cap)
{
	w->r = rec_of(p, cap);
	w->next = w->r ? cap_next(w->r, cap) : NULL;
	w->arg = cap->arg;
}

/* The next part if it is of this kind (else it was not made: NULL). */
static const struct kstrace_cap *part_take(struct parts *w, unsigned int kind)
{
	const struct kstrace_cap *c = w->next;

	if (!c || c->arg != w->arg || c->kind != kind)
		return NULL;
	w->next = cap_next(w->r, c);
	return c;
}

/* ---- what the printers share ---- */

static void put_hex(struct sbuf *b, uint64_t v)
{
	sb_printf(b, "%#" PRIx64, v);
}

/* strace's print_quoted_string(): -x aware, no -s limit. */
static void put_quoted(struct sbuf *b, const struct pctx *p, const void *s,
		       size_t len, bool zero_term)
{
	quote_string_x(b, s, len, zero_term, p->c->xflag);
}

/* strace's printstrn() of captured data: -s bytes, then "...". */
static void put_strn(struct sbuf *b, const struct pctx *p, const void *s,
		     size_t have, uint64_t len)
{
	size_t n = len < p->c->strsize ? len : p->c->strsize;

	if (n > have)
		n = have;
	print_data(b, p, s, n, len > p->c->strsize);
}

/* A descriptor, with -y its path (strace's printfd()). */
static void put_fd(struct sbuf *b, const struct pctx *p, int fd)
{
	const struct dctx *c = p->c;
	const unsigned char *s;
	const char *path;
	char buf[PATH_MAX];
	size_t i;

	sb_printf(b, "%d", fd);
	if (!c->decode_fds || fd < 0)
		return;
	path = c->fd_path ? c->fd_path(c, fd, buf, sizeof(buf)) :
			    fd_path_proc(c->pid, fd, buf, sizeof(buf));
	if (!path)
		return;
	sb_putc(b, '<');
	for (s = (const unsigned char *)path, i = 0; s[i]; i++) {
		if (s[i] == '\\')
			sb_puts(b, "\\\\");
		else if (s[i] >= ' ' && s[i] <= 0x7e && s[i] != '<' && s[i] != '>')
			sb_putc(b, s[i]);
		else
			sb_printf(b, "\\%o", s[i]);
	}
	sb_putc(b, '>');
}

/* strace's PRINT_FIELD_IFINDEX: if_nametoindex("lo"), or the number. */
static void put_ifindex(struct sbuf *b, const struct pctx *p, uint32_t idx)
{
	char name[IF_NAMESIZE + 1];

	if (if_indextoname(idx, name)) {
		sb_puts(b, "if_nametoindex(");
		put_quoted(b, p, name, strlen(name), true);
		sb_putc(b, ')');
	} else {
		sb_printf(b, "%u", idx);
	}
}

/* A uid or gid: -1, or unsigned (PRINT_FIELD_ID). */
static void put_id(struct sbuf *b, uint32_t id)
{
	if (id == UINT32_MAX)
		sb_puts(b, "-1");
	else
		sb_printf(b, "%u", id);
}

/* inet_addr("127.0.0.1") */
static void put_inet_addr(struct sbuf *b, const struct pctx *p,
			  const unsigned char *a)
{
	char s[INET_ADDRSTRLEN];

	inet_ntop(AF_INET, a, s, sizeof(s));
	sb_puts(b, "inet_addr(");
	put_quoted(b, p, s, strlen(s), true);
	sb_putc(b, ')');
}

/* inet_pton(AF_INET6, "::1", &name) */
static void put_inet6_addr(struct sbuf *b, const struct pctx *p,
			   const unsigned char *a, const char *name)
{
	char s[INET6_ADDRSTRLEN];

	inet_ntop(AF_INET6, a, s, sizeof(s));
	sb_puts(b, "inet_pton(AF_INET6, ");
	put_quoted(b, p, s, strlen(s), true);
	sb_printf(b, ", &%s)", name);
}

/*
 * The time structures of ppoll, select and control messages, as strace's
 * print_timespec.c and print_timeval.c print them (the fraction
 * unsigned). Private: the time family's printers (print-time.c) take a
 * capture, not bytes.
 */
static void put_timespec(struct sbuf *b, const unsigned char *t)
{
	sb_printf(b, "{tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}",
		  (int64_t)get64(t), get64(t + 8));
}

static void put_timeval(struct sbuf *b, const unsigned char *t)
{
	sb_printf(b, "{tv_sec=%" PRId64 ", tv_usec=%" PRIu64 "}",
		  (int64_t)get64(t), get64(t + 8));
}

/*
 * The elements strace's print_array() shows of n: all with -v, else -s
 * of them, then "...".
 */
static bool elem_cut(const struct pctx *p, uint64_t i)
{
	return !p->c->verbose && i >= p->c->strsize;
}

/*
 * print_array()'s checks before the elements: NULL, [], or the address
 * when the array wraps around. True when the elements are to be printed.
 */
static bool array_start(struct sbuf *b, uint64_t addr, uint64_t n, size_t elem)
{
	if (!addr) {
		sb_puts(b, "NULL");
		return false;
	}
	if (!n) {
		sb_puts(b, "[]");
		return false;
	}
	if (n > UINT64_MAX / elem || addr + n * elem <= addr) {
		put_hex(b, addr);
		return false;
	}
	return true;
}

/* ---- socket addresses ---- */

#define SA_STORAGE	128	/* sizeof(struct sockaddr_storage) */

static void sa_unix(struct sbuf *b, const struct pctx *p,
		    const unsigned char *sa, int len)
{
	int un_len = len > 110 ? 110 : len;
	int path_len = un_len - 2;
	const unsigned char *path = sa + 2;

	sb_puts(b, "sun_path=");
	if (path[0]) {
		put_quoted(b, p, path, path_len, true);
	} else {
		sb_putc(b, '@');
		put_quoted(b, p, path + 1, path_len - 1, false);
	}
}

static void sa_inet(struct sbuf *b, const struct pctx *p,
		    const unsigned char *sa, int len)
{
	(void)len;
	sb_printf(b, "sin_port=htons(%u), sin_addr=", ntohs(get16(sa + 2)));
	put_inet_addr(b, p, sa + 4);
}

static void sa_inet6(struct sbuf *b, const struct pctx *p,
		     const unsigned char *sa, int len)
{
	const unsigned char *a = sa + 8;

	sb_printf(b, "sin6_port=htons(%u), sin6_flowinfo=htonl(%u), ",
		  ntohs(get16(sa + 2)), ntohl(get32(sa + 4)));
	put_inet6_addr(b, p, a, "sin6_addr");
	if (len <= 24)
		return;
	sb_puts(b, ", sin6_scope_id=");
	/* link-local unicast or multicast: the scope is an interface */
	if ((a[0] == 0xfe && (a[1] & 0xc0) == 0x80) ||
	    (a[0] == 0xff && (a[1] & 0xf) == 0x2))
		put_ifindex(b, p, get32(sa + 24));
	else
		sb_printf(b, "%u", get32(sa + 24));
}

static void sa_netlink(struct sbuf *b, const struct pctx *p,
		       const unsigned char *sa, int len)
{
	(void)p;
	(void)len;
	if (get16(sa + 2))
		sb_printf(b, "nl_pad=%#x, ", get16(sa + 2));
	sb_printf(b, "nl_pid=%d, nl_groups=%#08x", (int)get32(sa + 4),
		  get32(sa + 8));
}

static void sa_packet(struct sbuf *b, const struct pctx *p,
		      const unsigned char *sa, int len)
{
	unsigned int halen = sa[11], oob = len - 12, i;

	sb_puts(b, "sll_protocol=htons(");
	print_xval(b, ethernet_protocols, ntohs(get16(sa + 2)), "ETH_P_???");
	sb_puts(b, "), sll_ifindex=");
	put_ifindex(b, p, get32(sa + 4));
	sb_puts(b, ", sll_hatype=");
	print_xval(b, arp_hardware_types, get16(sa + 8), "ARPHRD_???");
	sb_puts(b, ", sll_pkttype=");
	print_xval(b, af_packet_types, sa[10], "PACKET_???");
	sb_printf(b, ", sll_halen=%u", halen);
	if (!halen)
		return;
	sb_puts(b, ", sll_addr=[");
	for (i = 0; i < halen; i++) {
		if (i)
			sb_puts(b, ", ");
		if (i >= oob) {
			sb_puts(b, "...");
			break;
		}
		sb_printf(b, "%#02x", sa[12 + i]);
	}
	sb_putc(b, ']');
}

/* xlat tables of the families below, in strace's order */
static const struct xlat vsock_cids[] = {
	XLAT_NAMED(0, "VMADDR_CID_HYPERVISOR"), XLAT_NAMED(1, "VMADDR_CID_LOCAL"),
	XLAT_NAMED(2, "VMADDR_CID_HOST"), XLAT_NAMED(0xffffffff, "VMADDR_CID_ANY"),
	XLAT_END
};
static const struct xlat vsock_ports[] = {
	XLAT_NAMED(0xffffffff, "VMADDR_PORT_ANY"), XLAT_END
};
static const struct xlat vsock_flags[] = {
	XLAT_NAMED(1, "VMADDR_FLAG_TO_HOST"), XLAT_END
};
static const struct xlat qipcrtr_nodes[] = {
	XLAT_NAMED(0xffffffff, "QRTR_NODE_BCAST"), XLAT_END
};
static const struct xlat qipcrtr_ports[] = {
	XLAT_NAMED(0xfffffffe, "QRTR_PORT_CTRL"), XLAT_END
};
static const struct xlat xdp_sockaddr_flags[] = {
	XLAT_NAMED(1, "XDP_SHARED_UMEM"), XLAT_NAMED(2, "XDP_COPY"),
	XLAT_NAMED(4, "XDP_ZEROCOPY"), XLAT_NAMED(8, "XDP_USE_NEED_WAKEUP"),
	XLAT_END
};
static const struct xlat mctp_nets[] = {
	XLAT_NAMED(0, "MCTP_NET_ANY"), XLAT_END
};
static const struct xlat mctp_addrs[] = {
	XLAT_NAMED(0, "MCTP_ADDR_NULL"), XLAT_NAMED(0xff, "MCTP_ADDR_ANY"),
	XLAT_END
};
static const struct xlat alg_sockaddr_flags[] = {
	XLAT_NAMED(0x1000, "CRYPTO_ALG_KERN_DRIVER_ONLY"), XLAT_END
};
static const struct xlat hci_channels[] = {
	XLAT_NAMED(0, "HCI_CHANNEL_RAW"), XLAT_NAMED(1, "HCI_CHANNEL_USER"),
	XLAT_NAMED(2, "HCI_CHANNEL_MONITOR"), XLAT_NAMED(3, "HCI_CHANNEL_CONTROL"),
	XLAT_NAMED(4, "HCI_CHANNEL_LOGGING"),
	XLAT_END
};
static const struct xlat bluetooth_l2_psm[] = {
	XLAT_NAMED(0x0001, "L2CAP_PSM_SDP"), XLAT_NAMED(0x0003, "L2CAP_PSM_RFCOMM"),
	XLAT_NAMED(0x0021, "L2CAP_PSM_3DSP"), XLAT_NAMED(0x0023, "L2CAP_PSM_IPSP"),
	XLAT_NAMED(0x0080, "L2CAP_PSM_LE_DYN_START"),
	XLAT_NAMED(0x00ff, "L2CAP_PSM_LE_DYN_END"),
	XLAT_NAMED(0x1001, "L2CAP_PSM_DYN_START"),
	XLAT_NAMED(0x10ff, "L2CAP_PSM_AUTO_END"),
	XLAT_NAMED(0xffff, "L2CAP_PSM_DYN_END"),
	XLAT_END
};
static const struct xlat bluetooth_l2_cid[] = {
	XLAT_NAMED(0x0001, "L2CAP_CID_SIGNALING"),
	XLAT_NAMED(0x0002, "L2CAP_CID_CONN_LESS"),
	XLAT_NAMED(0x0003, "L2CAP_CID_A2MP"), XLAT_NAMED(0x0004, "L2CAP_CID_ATT"),
	XLAT_NAMED(0x0005, "L2CAP_CID_LE_SIGNALING"),
	XLAT_NAMED(0x0006, "L2CAP_CID_SMP"), XLAT_NAMED(0x0007, "L2CAP_CID_SMP_BREDR"),
	XLAT_NAMED(0x0040, "L2CAP_CID_DYN_START"),
	XLAT_NAMED(0x007f, "L2CAP_CID_LE_DYN_END"),
	XLAT_NAMED(0xffff, "L2CAP_CID_DYN_END"),
	XLAT_END
};
static const struct xlat bdaddr_types[] = {
	XLAT_NAMED(0, "BDADDR_BREDR"), XLAT_NAMED(1, "BDADDR_LE_PUBLIC"),
	XLAT_NAMED(2, "BDADDR_LE_RANDOM"),
	XLAT_END
};
static const struct xlat rxrpc_services[] = {
	XLAT_NAMED(1, "CM_SERVICE"), XLAT_NAMED(2500, "YFS_FS_SERVICE"),
	XLAT_NAMED(2501, "YFS_CM_SERVICE"), XLAT_NAMED(2503, "YFS_VL_SERVICE"),
	XLAT_END
};
static const struct xlat ieee802154_addr_types[] = {
	XLAT_NAMED(0, "IEEE802154_ADDR_NONE"), XLAT_NAMED(2, "IEEE802154_ADDR_SHORT"),
	XLAT_NAMED(3, "IEEE802154_ADDR_LONG"),
	XLAT_END
};
static const struct xlat ieee802154_pan_ids[] = {
	XLAT_NAMED(0xffff, "IEEE802154_PANID_BROADCAST"), XLAT_END
};
static const struct xlat ieee802154_addrs[] = {
	XLAT_NAMED(0xffff, "IEEE802154_ADDR_BROADCAST"),
	XLAT_NAMED(0xfffe, "IEEE802154_ADDR_UNDEF"),
	XLAT_END
};
static const struct xlat nfc_sockaddr_protocols[] = {
	XLAT_NAMED(1, "NFC_PROTO_JEWEL"), XLAT_NAMED(2, "NFC_PROTO_MIFARE"),
	XLAT_NAMED(3, "NFC_PROTO_FELICA"), XLAT_NAMED(4, "NFC_PROTO_ISO14443"),
	XLAT_NAMED(5, "NFC_PROTO_NFC_DEP"), XLAT_NAMED(6, "NFC_PROTO_ISO14443_B"),
	XLAT_NAMED(7, "NFC_PROTO_ISO15693"),
	XLAT_END
};
static const struct xlat nfc_saps[] = {
	XLAT_NAMED(1, "LLCP_SAP_SDP"), XLAT_NAMED(2, "LLCP_SAP_IP"),
	XLAT_NAMED(3, "LLCP_SAP_OBEX"), XLAT_NAMED(4, "LLCP_SAP_SNEP"),
	XLAT_NAMED(0xff, "LLCP_SAP_MAX"),
	XLAT_END
};

/* PRINT_FIELD_XVAL_VERBOSE: the number, then its name in a comment */
static void put_xval_verbose(struct sbuf *b, const struct xlat *x, uint64_t v,
			     const char *dflt)
{
	const char *s = xlookup(x, v);

	sb_printf(b, "%#" PRIx64, v);
	if (s || dflt)
		sb_printf(b, " /* %s */", s ? s : dflt);
}

/* 01:02:03:04:05:06 */
static void put_mac(struct sbuf *b, const unsigned char *a, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		sb_printf(b, "%s%02x", i ? ":" : "", a[i]);
}

/*
 * A NUL-terminated field of n bytes (strace's QUOTE_0_TERMINATED |
 * QUOTE_EXPECT_TRAILING_0): without its NUL, n - 1 bytes and "...".
 */
static void put_cstring(struct sbuf *b, const struct pctx *p,
			const unsigned char *s, unsigned int n)
{
	size_t len = strnlen((const char *)s, n);

	if (n && len == n) {
		put_quoted(b, p, s, n - 1, false);
		sb_puts(b, "...");
	} else {
		put_quoted(b, p, s, len, false);
	}
}

static void sa_vsock(struct sbuf *b, const struct pctx *p,
		     const unsigned char *sa, int len)
{
	(void)p;
	(void)len;
	if (get16(sa + 2))
		sb_printf(b, "svm_reserved1=%#x, ", get16(sa + 2));
	sb_puts(b, "svm_cid=");
	print_xval(b, vsock_cids, get32(sa + 8), NULL);
	sb_puts(b, ", svm_port=");
	print_xval(b, vsock_ports, get32(sa + 4), NULL);
	sb_puts(b, ", svm_flags=");
	print_flags(b, vsock_flags, sa[12], "VMADDR_FLAG_???");
	if (sa[13] || sa[14] || sa[15]) {
		sb_puts(b, ", svm_zero=");
		quote_string_x(b, (const char *)sa + 13, 3, false, 2);
	}
}

static void sa_qrtr(struct sbuf *b, const struct pctx *p,
		    const unsigned char *sa, int len)
{
	(void)p;
	(void)len;
	sb_puts(b, "sq_node=");
	print_xval(b, qipcrtr_nodes, get32(sa + 4), NULL);
	sb_puts(b, ", sq_port=");
	print_xval(b, qipcrtr_ports, get32(sa + 8), NULL);
}

static void sa_xdp(struct sbuf *b, const struct pctx *p,
		   const unsigned char *sa, int len)
{
	uint16_t flags = get16(sa + 2);

	(void)len;
	sb_puts(b, "sxdp_flags=");
	print_flags(b, xdp_sockaddr_flags, flags, "XDP_???");
	sb_puts(b, ", sxdp_ifindex=");
	put_ifindex(b, p, get32(sa + 4));
	sb_printf(b, ", sxdp_queue_id=%u", get32(sa + 8));
	if (flags & 1) {			/* XDP_SHARED_UMEM */
		sb_puts(b, ", sxdp_shared_umem_fd=");
		put_fd(b, p, (int)get32(sa + 12));
	} else if (get32(sa + 12)) {
		sb_printf(b, ", sxdp_shared_umem_fd=%#x", get32(sa + 12));
	}
}

static void sa_mctp(struct sbuf *b, const struct pctx *p,
		    const unsigned char *sa, int len)
{
	(void)p;
	(void)len;
	if (get16(sa + 2))
		sb_printf(b, "__smctp_pad0=%#x, ", get16(sa + 2));
	sb_puts(b, "smctp_network=");
	print_xval(b, mctp_nets, get32(sa + 4), NULL);
	sb_puts(b, ", smctp_addr={s_addr=");
	print_xval(b, mctp_addrs, sa[8], NULL);
	sb_printf(b, "}, smctp_type=%#x, smctp_tag=%#x", sa[9], sa[10]);
	if (sa[11])
		sb_printf(b, ", __smctp_pad1=%#x", sa[11]);
}

/* PRINT_FIELD_FLAGS_VERBOSE: the number, then its flags in a comment */
static void put_flags_verbose(struct sbuf *b, const struct xlat *x, uint32_t v,
			      const char *dflt)
{
	const struct xlat *e;
	bool known = false;

	sb_printf(b, "%#x", v);
	if (!v)
		return;
	for (e = x; e->str; e++)
		if (e->val && (v & e->val) == e->val)
			known = true;
	sb_puts(b, " /* ");
	if (known)
		print_flags(b, x, v, NULL);
	else
		sb_puts(b, dflt);
	sb_puts(b, " */");
}

static void sa_alg(struct sbuf *b, const struct pctx *p,
		   const unsigned char *sa, int len)
{
	sb_puts(b, "salg_type=");
	put_cstring(b, p, sa + 2, 14);
	sb_puts(b, ", salg_feat=");
	put_flags_verbose(b, alg_sockaddr_flags, get32(sa + 16), "CRYPTO_ALG_???");
	sb_puts(b, ", salg_mask=");
	put_flags_verbose(b, alg_sockaddr_flags, get32(sa + 20), "CRYPTO_ALG_???");
	sb_puts(b, ", salg_name=");
	put_cstring(b, p, sa + 24, len - 24);
}

static void sa_x25(struct sbuf *b, const struct pctx *p,
		   const unsigned char *sa, int len)
{
	(void)len;
	sb_puts(b, "sx25_addr={x25_addr=");
	put_cstring(b, p, sa + 2, 16);
	sb_putc(b, '}');
}

static void sa_ipx(struct sbuf *b, const struct pctx *p,
		   const unsigned char *sa, int len)
{
	unsigned int i;

	(void)p;
	(void)len;
	sb_printf(b, "sipx_port=htons(%u), sipx_network=htonl(%#x), sipx_node=[",
		  ntohs(get16(sa + 2)), ntohl(get32(sa + 4)));
	for (i = 0; i < 6; i++)
		sb_printf(b, "%s%#02x", i ? ", " : "", sa[8 + i]);
	sb_printf(b, "], sipx_type=%#02x", sa[14]);
	if (sa[15])
		sb_printf(b, ", sipx_zero=%#x", sa[15]);
}

/*
 * AX.25 callsigns: MDAB-1 when the bytes make one, else (or also) the
 * raw bytes (strace's check_ax25_address()).
 */
enum { AX25_NAME, AX25_BOTH, AX25_RAW };

static int ax25_style(const unsigned char *a)
{
	bool space = false, chr = false;
	int style = AX25_NAME, i;
	unsigned char c;

	for (i = 0; i < 6; i++) {
		c = a[i];
		if (c & 1)
			style = AX25_BOTH;
		c >>= 1;
		if (c == ' ')
			space = true;
		else
			chr = true;
		if ((c < '0' || c > '9') && (c < 'A' || c > 'Z') && c != ' ')
			style = AX25_BOTH;
		if (c != ' ' && space)
			style = AX25_BOTH;
		if (c < ' ' || c > 0x7e || c == '*' || c == '/')
			return AX25_RAW;
	}
	if (a[6] & ~0x1e)
		style = AX25_BOTH;
	if (!chr && a[6])
		style = AX25_BOTH;
	return style;
}

static void put_ax25_addr(struct sbuf *b, const unsigned char *a)
{
	int style = ax25_style(a), end, i;
	unsigned int ssid;
	char s[16], *q = s;

	if (style != AX25_NAME) {
		sb_puts(b, "{ax25_call=");
		quote_string_x(b, (const char *)a, 7, false, 2);
		sb_putc(b, '}');
	}
	if (style == AX25_RAW)
		return;
	for (end = 6; end; end--)
		if ((a[end - 1] >> 1) != ' ')
			break;
	for (i = 0; i < end; i++)
		*q++ = a[i] >> 1;
	*q++ = '-';
	ssid = (a[6] >> 1) & 0xf;
	if (ssid > 9) {
		*q++ = '1';
		ssid -= 10;
	}
	*q++ = '0' + ssid;
	*q = '\0';
	if (s[0] == '-' && s[1] == '0')
		strcpy(s, "*");
	if (style == AX25_BOTH)
		sb_printf(b, " /* %s */", s);
	else
		sb_puts(b, s);
}

static void sa_ax25(struct sbuf *b, const struct pctx *p,
		    const unsigned char *sa, int len)
{
	unsigned int ulen = len < 0 ? 0 : len, has, want, n, i;
	int ndigis = (int)get32(sa + 12);
	bool full = ndigis || ulen > 16;

	(void)p;
	if (full)
		sb_puts(b, "fsa_ax25={");
	sb_puts(b, "sax25_call=");
	put_ax25_addr(b, sa + 2);
	sb_printf(b, ", sax25_ndigis=%d", ndigis);
	if (!full)
		return;
	sb_putc(b, '}');
	has = (ulen - 16) / 7;
	if (has > 8)
		has = 8;
	want = ndigis < 0 ? 0 : (unsigned int)ndigis;
	if (want > 8)
		want = 8;
	n = has < want ? has : want;
	if (want) {
		sb_puts(b, ", fsa_digipeater=[");
		for (i = 0; i < n; i++) {
			if (i)
				sb_puts(b, ", ");
			put_ax25_addr(b, sa + 16 + 7 * i);
		}
		if (want > has)
			sb_puts(b, n ? ", ..." : "...");
		sb_putc(b, ']');
	}
	if (ulen > has * 7 + 16)
		sb_puts(b, ", ...");
}

/* a dynamic range of Bluetooth L2CAP PSMs or CIDs */
struct l2_dyn {
	uint16_t lo, hi;
	const char *name;
};

/* htobs(L2CAP_PSM_SDP), htobs(L2CAP_PSM_DYN_START+1), or the number */
static void put_l2(struct sbuf *b, uint16_t v, const struct xlat *x,
		   const struct l2_dyn *dyn, unsigned int ndyn, const char *dflt)
{
	const char *name = xlookup(x, v);
	unsigned int i;

	sb_puts(b, "htobs(");
	if (name) {
		sb_printf(b, "%s)", name);
		return;
	}
	for (i = 0; i < ndyn; i++)
		if (v >= dyn[i].lo && v <= dyn[i].hi) {
			sb_printf(b, "%s+%u)", dyn[i].name, v - dyn[i].lo);
			return;
		}
	sb_printf(b, "%#x /* %s */)", v, dflt);
}

static void sa_bluetooth(struct sbuf *b, const struct pctx *p,
			 const unsigned char *sa, int len)
{
	static const struct l2_dyn psm_dyn[] = {
		{ 0x0080, 0x00ff, "L2CAP_PSM_LE_DYN_START" },
		{ 0x1001, 0xffff, "L2CAP_PSM_DYN_START" },
	}, cid_dyn[] = {
		{ 0x0040, 0xffff, "L2CAP_CID_DYN_START" },
	};

	switch (len) {
	case 4:		/* struct sockaddr_hci, up to hci_dev */
	case 6:
		sb_printf(b, "hci_dev=htobs(%u)", get16(sa + 2));
		if (len == 6) {
			sb_puts(b, ", hci_channel=");
			print_xval(b, hci_channels, get16(sa + 4), "HCI_CHANNEL_???");
		}
		break;
	case 8:		/* struct sockaddr_sco */
		sb_puts(b, "sco_bdaddr=");
		put_mac(b, sa + 2, 6);
		break;
	case 10:	/* struct sockaddr_rc */
		sb_puts(b, "rc_bdaddr=");
		put_mac(b, sa + 2, 6);
		sb_printf(b, ", rc_channel=%u", sa[8]);
		break;
	case 12:	/* struct sockaddr_l2, up to l2_bdaddr_type */
	case 14:
		sb_puts(b, "l2_psm=");
		put_l2(b, get16(sa + 2), bluetooth_l2_psm, psm_dyn,
		       ARRAY_SIZE(psm_dyn), "L2CAP_PSM_???");
		sb_puts(b, ", l2_bdaddr=");
		put_mac(b, sa + 4, 6);
		sb_puts(b, ", l2_cid=");
		put_l2(b, get16(sa + 10), bluetooth_l2_cid, cid_dyn,
		       ARRAY_SIZE(cid_dyn), "L2CAP_CID_???");
		if (len == 14) {
			sb_puts(b, ", l2_bdaddr_type=");
			print_xval(b, bdaddr_types, sa[12], "BDADDR_???");
		}
		break;
	default:
		sb_puts(b, "sa_data=");
		put_quoted(b, p, sa + 2, len - 2, false);
		break;
	}
}

static void sa_rxrpc(struct sbuf *b, const struct pctx *p,
		     const unsigned char *sa, int len)
{
	unsigned int tlen = get16(sa + 6), family = get16(sa + 8);
	int transport_len = (int)tlen < len - 8 ? (int)tlen : len - 8;
	int rest = transport_len - 2 > 0 ? transport_len - 2 : 0;

	sb_puts(b, "srx_service=");
	put_xval_verbose(b, rxrpc_services, get16(sa + 2), "???_SERVICE");
	sb_puts(b, ", transport_type=");
	print_xval(b, socktypes, get16(sa + 4), "SOCK_???");
	sb_printf(b, ", transport_len=%u, transport={", tlen);
	switch (family) {
	case AF_INET:
	case AF_INET6:
		sb_puts(b, family == AF_INET ? "sin={sin_family=" :
					       "sin6={sin6_family=");
		print_xval(b, addrfams, family, "AF_???");
		if (tlen >= (family == AF_INET ? 16u : 24u)) {
			sb_puts(b, ", ");
			if (family == AF_INET)
				sa_inet(b, p, sa + 8, transport_len);
			else
				sa_inet6(b, p, sa + 8, transport_len);
		} else if (rest > 0) {
			sb_puts(b, ", ");
			put_quoted(b, p, sa + 10, rest, false);
		}
		sb_putc(b, '}');
		break;
	default:
		sb_puts(b, "family=");
		print_xval(b, addrfams, family, "AF_???");
		if (rest > 0) {
			sb_puts(b, ", ");
			put_quoted(b, p, sa + 10, rest, false);
		}
		break;
	}
	sb_putc(b, '}');
}

static void sa_ieee802154(struct sbuf *b, const struct pctx *p,
			  const unsigned char *sa, int len)
{
	int type = (int)get32(sa + 4);

	(void)p;
	(void)len;
	sb_puts(b, "addr={addr_type=");
	put_xval_verbose(b, ieee802154_addr_types, (uint32_t)type,
			 "IEEE802154_ADDR_???");
	sb_puts(b, ", pan_id=");
	put_xval_verbose(b, ieee802154_pan_ids, get16(sa + 8), NULL);
	switch (type) {
	case 0:		/* IEEE802154_ADDR_NONE */
		break;
	case 2:		/* IEEE802154_ADDR_SHORT */
		sb_puts(b, ", short_addr=");
		put_xval_verbose(b, ieee802154_addrs, get16(sa + 10), NULL);
		break;
	default:
		sb_puts(b, ", hwaddr=");
		put_mac(b, sa + 10, 8);
		break;
	}
	sb_putc(b, '}');
}

static void sa_nfc(struct sbuf *b, const struct pctx *p,
		   const unsigned char *sa, int len)
{
	uint64_t snsz;

	sb_puts(b, "dev_idx=");
	put_ifindex(b, p, get32(sa + 4));
	sb_printf(b, ", target_idx=%#x, nfc_protocol=", get32(sa + 8));
	print_xval(b, nfc_sockaddr_protocols, get32(sa + 12), "NFC_PROTO_???");
	if (len < 96) {		/* not a struct sockaddr_nfc_llcp */
		if (len > 16)
			sb_puts(b, ", ...");
		return;
	}
	snsz = get64(sa + 88);
	sb_puts(b, ", dsap=");
	put_xval_verbose(b, nfc_saps, sa[16], NULL);
	sb_puts(b, ", ssap=");
	put_xval_verbose(b, nfc_saps, sa[17], NULL);
	sb_puts(b, ", service_name=");
	put_quoted(b, p, sa + 18, snsz < 63 ? snsz : 63, false);
	sb_printf(b, ", service_name_len=%" PRIu64, snsz);
}

typedef void sa_printer(struct sbuf *b, const struct pctx *p,
			const unsigned char *sa, int len);

static const struct {
	sa_printer *fn;
	int min_len;
} sa_printers[] = {
	[AF_UNIX] = { sa_unix, 3 },
	[AF_INET] = { sa_inet, 16 },
	[AF_AX25] = { sa_ax25, 16 },
	[AF_IPX] = { sa_ipx, 16 },
	[AF_X25] = { sa_x25, 18 },
	[AF_INET6] = { sa_inet6, 24 },
	[AF_NETLINK] = { sa_netlink, 12 },
	[AF_PACKET] = { sa_packet, 20 },
	[AF_BLUETOOTH] = { sa_bluetooth, 3 },
	[AF_RXRPC] = { sa_rxrpc, 36 },
	[AF_IEEE802154] = { sa_ieee802154, 20 },
	[AF_ALG] = { sa_alg, 25 },
	[AF_NFC] = { sa_nfc, 16 },
	[AF_VSOCK] = { sa_vsock, 16 },
	[AF_QIPCRTR] = { sa_qrtr, 12 },
	[AF_XDP] = { sa_xdp, 16 },
	[AF_MCTP] = { sa_mctp, 12 },
};

/*
 * strace's print_sockaddr(): the family, then its fields when the length
 * holds them, else the bytes after the family as sa_data. sa has
 * SA_STORAGE + 1 bytes, zeroed past len.
 */
static void sockaddr_fields(struct sbuf *b, const struct pctx *p,
			    const unsigned char *sa, int len)
{
	unsigned int family = get16(sa);

	sb_puts(b, "{sa_family=");
	print_xval(b, addrfams, family, "AF_???");
	if (len > 2) {
		sb_puts(b, ", ");
		if (family < ARRAY_SIZE(sa_printers) && sa_printers[family].fn &&
		    len >= sa_printers[family].min_len) {
			sa_printers[family].fn(b, p, sa, len);
		} else {
			sb_puts(b, "sa_data=");
			put_quoted(b, p, sa + 2, len - 2, false);
		}
	}
	sb_putc(b, '}');
}

/*
 * strace's decode_sockaddr(): addr as len bytes of socket address, from
 * cap (NULL: not captured). Shorter than a family, or unreadable: the
 * address.
 */
static void put_sockaddr(struct sbuf *b, const struct pctx *p,
			 const struct kstrace_cap *cap, uint64_t addr, int len)
{
	unsigned char sa[SA_STORAGE + 1];

	if (len < 2 || !addr || !cap_ok(cap)) {
		print_ptr(b, addr);
		return;
	}
	if (len > SA_STORAGE)
		len = SA_STORAGE;
	if (cap->len < (uint32_t)len) {	/* cut short: not what strace read */
		print_ptr(b, addr);
		return;
	}
	memset(sa, 0, sizeof(sa));
	memcpy(sa, cdata(cap), len);
	sockaddr_fields(b, p, sa, len);
}

/*
 * connect, bind, sendto: the length is the next argument. accept,
 * accept4, getsockname, getpeername, recvfrom: the next argument points
 * to it; strace reads what the caller gave at entry and what the kernel
 * returned at exit, and prints the smaller of both.
 */
void print_sockaddr(struct sbuf *b, const struct pctx *p,
		    const struct kstrace_cap *cap)
{
	int len = (int)p->args[p->arg + 1], ulen;

	if (cap == p->out) {
		if (!cap_int(find_kind(p->enter, p->arg + 1, KSTRACE_CAP_INT),
			     &ulen)) {
			print_ptr(b, p->args[p->arg]);
			return;
		}
		len = (int)cap->full_len;
		if (!cap_int(find_kind(p->exit, p->arg + 1, KSTRACE_CAP_INT),
			     &len))
			len = (int)cap->full_len;
		if (ulen < len)
			len = ulen;
	}
	put_sockaddr(b, p, cap, p->args[p->arg], len);
}

/* ---- iovec arrays ---- */

/*
 * strace's tprint_iov_upto(): count iovecs at addr from the IOV capture
 * and the BUFs after it (w), their data up to total bytes in all; with
 * data false (a failed read) the buffers' addresses.
 */
static void put_iov(struct sbuf *b, const struct pctx *p, struct parts *w,
		    const struct kstrace_cap *iov, uint64_t addr, uint64_t count,
		    uint64_t total, bool data)
{
	const struct kstrace_cap *buf;
	const unsigned char *e;
	uint64_t i, n, base, len, want;
	bool has_buf;

	if (!array_start(b, addr, count, 16))
		return;
	if (!cap_ok(iov) || iov->len < 16) {
		put_hex(b, addr);
		return;
	}
	n = iov->len / 16;
	sb_putc(b, '[');
	for (i = 0; i < count; i++) {
		if (i)
			sb_puts(b, ", ");
		if (elem_cut(p, i) || i >= n) {
			sb_puts(b, "...");
			break;
		}
		e = cdata(iov) + i * 16;
		base = get64(e);
		len = get64(e + 8);
		/* the module copied a BUF while it had data left to give */
		has_buf = total > 0;
		want = len < total ? len : total;
		total -= want;
		buf = has_buf ? part_take(w, KSTRACE_CAP_BUF) : NULL;
		sb_puts(b, "{iov_base=");
		if (!data || !base)
			print_ptr(b, base);
		else if (!has_buf || !want)
			sb_puts(b, "\"\"");
		else if (!cap_ok(buf))
			put_hex(b, base);
		else
			put_strn(b, p, cdata(buf), buf->len, want);
		sb_printf(b, ", iov_len=%" PRIu64 "}", len);
	}
	sb_putc(b, ']');
}

/*
 * readv, preadv, preadv2 (captured at exit whatever the result: strace
 * shows the buffers' addresses of a failed read), writev, pwritev,
 * pwritev2.
 */
void print_iov(struct sbuf *b, const struct pctx *p,
	       const struct kstrace_cap *cap)
{
	struct parts w;
	bool out = cap == p->out && p->exit;
	int64_t ret = out ? pctx_ret(p) : 0;

	parts_init(&w, p, cap);
	put_iov(b, p, &w, cap, p->args[p->arg], p->args[p->arg + 1],
		out ? (uint64_t)ret : UINT64_MAX, !out || ret >= 0);
}

/* ---- control messages ---- */

static void cmsg_fds(struct sbuf *b, const struct pctx *p,
		     const unsigned char *d, unsigned int len)
{
	unsigned int i, n = len / 4;

	sb_putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			sb_puts(b, ", ");
		if (elem_cut(p, i)) {
			sb_puts(b, "...");
			break;
		}
		put_fd(b, p, (int)get32(d + 4 * i));
	}
	sb_putc(b, ']');
}

static void cmsg_creds(struct sbuf *b, const struct pctx *p,
		       const unsigned char *d, unsigned int len)
{
	(void)p;
	(void)len;
	sb_printf(b, "{pid=%d, uid=", (int)get32(d));
	put_id(b, get32(d + 4));
	sb_puts(b, ", gid=");
	put_id(b, get32(d + 8));
	sb_putc(b, '}');
}

static void cmsg_string(struct sbuf *b, const struct pctx *p,
			const unsigned char *d, unsigned int len)
{
	put_quoted(b, p, d, len, false);
}

/* a struct timeval, or (strace's print_struct_timeval_data_size) ??? */
static void cmsg_timeval(struct sbuf *b, const struct pctx *p,
			 const unsigned char *d, unsigned int len)
{
	(void)p;
	if (len < 16)
		sb_puts(b, "???");
	else
		put_timeval(b, d);
}

static void cmsg_timespec(struct sbuf *b, const struct pctx *p,
			  const unsigned char *d, unsigned int len)
{
	(void)p;
	if (len < 16)
		sb_puts(b, "???");
	else
		put_timespec(b, d);
}

static void cmsg_timespec3(struct sbuf *b, const struct pctx *p,
			   const unsigned char *d, unsigned int len)
{
	unsigned int i;

	(void)p;
	if (len < 48) {
		sb_puts(b, "???");
		return;
	}
	sb_putc(b, '[');
	for (i = 0; i < 3; i++) {
		if (i)
			sb_puts(b, ", ");
		put_timespec(b, d + 16 * i);
	}
	sb_putc(b, ']');
}

static void cmsg_pktinfo(struct sbuf *b, const struct pctx *p,
			 const unsigned char *d, unsigned int len)
{
	(void)len;
	sb_puts(b, "{ipi_ifindex=");
	put_ifindex(b, p, get32(d));
	sb_puts(b, ", ipi_spec_dst=");
	put_inet_addr(b, p, d + 4);
	sb_puts(b, ", ipi_addr=");
	put_inet_addr(b, p, d + 8);
	sb_putc(b, '}');
}

static void cmsg_uints(struct sbuf *b, const struct pctx *p,
		       const unsigned char *d, unsigned int len)
{
	unsigned int i, n = len / 4;

	sb_putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			sb_puts(b, ", ");
		if (elem_cut(p, i)) {
			sb_puts(b, "...");
			break;
		}
		sb_printf(b, "%u", get32(d + 4 * i));
	}
	sb_putc(b, ']');
}

static void cmsg_bytes(struct sbuf *b, const struct pctx *p,
		       const unsigned char *d, unsigned int len)
{
	unsigned int i;

	sb_putc(b, '[');
	for (i = 0; i < len; i++) {
		if (i)
			sb_puts(b, ", ");
		if (elem_cut(p, i)) {
			sb_puts(b, "...");
			break;
		}
		sb_printf(b, "%#x", d[i]);
	}
	sb_putc(b, ']');
}

static void cmsg_recverr(struct sbuf *b, const struct pctx *p,
			 const unsigned char *d, unsigned int len)
{
	unsigned char sa[SA_STORAGE + 1];

	(void)len;
	sb_printf(b, "{ee_errno=%u, ee_origin=%u, ee_type=%u, ee_code=%u, "
		  "ee_info=%u, ee_data=%u, offender=", get32(d), d[4], d[5],
		  d[6], get32(d + 8), get32(d + 12));
	memset(sa, 0, sizeof(sa));
	memcpy(sa, d + 16, 16);
	sockaddr_fields(b, p, sa, 16);
	sb_putc(b, '}');
}

static void cmsg_origdstaddr(struct sbuf *b, const struct pctx *p,
			     const unsigned char *d, unsigned int len)
{
	unsigned char sa[SA_STORAGE + 1];

	if (len > SA_STORAGE)
		len = SA_STORAGE;
	memset(sa, 0, sizeof(sa));
	memcpy(sa, d, len);
	sockaddr_fields(b, p, sa, len);
}

typedef void cmsg_printer(struct sbuf *b, const struct pctx *p,
			  const unsigned char *d, unsigned int len);

static const struct cmsg_type {
	cmsg_printer *fn;
	unsigned int min_len;
} cmsg_socket[] = {
	[1] = { cmsg_fds, 4 },			/* SCM_RIGHTS */
	[2] = { cmsg_creds, 12 },		/* SCM_CREDENTIALS */
	[3] = { cmsg_string, 1 },		/* SCM_SECURITY */
	[29] = { cmsg_timeval, 1 },		/* SO_TIMESTAMP_OLD */
	[35] = { cmsg_timespec, 1 },		/* SO_TIMESTAMPNS_OLD */
	[37] = { cmsg_timespec3, 1 },		/* SO_TIMESTAMPING_OLD */
	[63] = { cmsg_timeval, 1 },		/* SO_TIMESTAMP_NEW */
	[64] = { cmsg_timespec, 1 },		/* SO_TIMESTAMPNS_NEW */
	[65] = { cmsg_timespec3, 1 },		/* SO_TIMESTAMPING_NEW */
}, cmsg_ip[] = {
	[1] = { cmsg_bytes, 1 },		/* IP_TOS */
	[2] = { cmsg_uints, 4 },		/* IP_TTL */
	[3] = { cmsg_string, 1 },		/* SCM_SECURITY */
	[6] = { cmsg_bytes, 1 },		/* IP_RECVOPTS */
	[7] = { cmsg_bytes, 1 },		/* IP_RETOPTS */
	[8] = { cmsg_pktinfo, 12 },		/* IP_PKTINFO */
	[11] = { cmsg_recverr, 32 },		/* IP_RECVERR */
	[20] = { cmsg_origdstaddr, 16 },	/* IP_ORIGDSTADDR */
	[23] = { cmsg_uints, 4 },		/* IP_CHECKSUM */
};

static void cmsg_data(struct sbuf *b, const struct pctx *p,
		      const struct cmsg_type *t, size_t nt, uint32_t type,
		      const unsigned char *d, unsigned int len)
{
	if (type >= nt || !t[type].fn || len < t[type].min_len)
		return;
	sb_puts(b, ", cmsg_data=");
	t[type].fn(b, p, d, len);
}

/* /proc/sys/net/core/optmem_max, the most control data strace reads */
static uint64_t optmem_max(void)
{
	static uint64_t max;
	FILE *f;
	int v;

	if (max)
		return max;
	max = 8 * (2 * 1024 + 512);		/* IOV_MAX */
	f = fopen("/proc/sys/net/core/optmem_max", "r");
	if (f) {
		if (fscanf(f, "%d", &v) == 1 && v > 0)
			max = ((uint64_t)v + 7) & ~7ULL;
		fclose(f);
	}
	return max;
}

/*
 * strace's decode_msg_control(): the cmsghdrs in len bytes at addr, from
 * cap (the capture may hold less than strace reads: "..." then).
 */
static void put_cmsgs(struct sbuf *b, const struct pctx *p,
		      const struct kstrace_cap *cap, uint64_t addr, uint64_t in_len)
{
	uint64_t control_len = in_len > optmem_max() ? optmem_max() : in_len;
	uint64_t buf_len = control_len, off = 0, clen, len;
	const unsigned char *c;
	int level;
	uint32_t type;

	if (buf_len < 16 || !cap_ok(cap)) {
		print_ptr(b, addr);
		return;
	}
	sb_putc(b, '[');
	while (buf_len >= 16) {
		if (off)
			sb_puts(b, ", ");
		if (off + 16 > cap->len) {
			sb_puts(b, "...");	/* past what was captured */
			sb_putc(b, ']');
			return;
		}
		c = cdata(cap) + off;
		clen = get64(c);
		level = (int)get32(c + 8);
		type = get32(c + 12);
		sb_printf(b, "{cmsg_len=%" PRIu64 ", cmsg_level=", clen);
		print_xval(b, socketlayers, (uint32_t)level, "SOL_???");
		sb_puts(b, ", cmsg_type=");
		len = clen > buf_len ? buf_len : clen;
		len = len > 16 ? len - 16 : 0;
		if (off + 16 + len > cap->len)
			len = cap->len - off - 16;
		switch (level) {
		case 1:		/* SOL_SOCKET */
			print_xval(b, scmvals, type, "SCM_???");
			cmsg_data(b, p, cmsg_socket, ARRAY_SIZE(cmsg_socket),
				  type, c + 16, len);
			break;
		case 0:		/* SOL_IP */
			print_xval(b, ip_cmsg_types, type, "IP_???");
			cmsg_data(b, p, cmsg_ip, ARRAY_SIZE(cmsg_ip), type,
				  c + 16, len);
			break;
		default:
			sb_printf(b, "%#x", type);
			break;
		}
		sb_putc(b, '}');
		if (clen < 16) {
			buf_len -= 16;
			break;
		}
		len = (clen + 7) & ~7ULL;
		if (len >= buf_len) {
			buf_len = 0;
			break;
		}
		off += len;
		buf_len -= len;
	}
	if (buf_len)
		sb_printf(b, ", ... /* %#" PRIx64 " */",
			  addr + (control_len - buf_len));
	else if (control_len < in_len)
		sb_puts(b, ", ...");
	sb_putc(b, ']');
}

/* The control data alone (not reached: the MSGHDR's printer shows it). */
void print_cmsg(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	put_cmsgs(b, p, cap, p->args[p->arg], cap->full_len);
}

/* ---- message headers ---- */

/* struct user_msghdr, as the x86-64 kernel has it */
struct msghdr64 {
	uint64_t name;
	int32_t namelen;
	uint64_t iov, iovlen, control, controllen;
	uint32_t flags;
};

static void msghdr_get(struct msghdr64 *m, const unsigned char *d)
{
	m->name = get64(d);
	m->namelen = (int32_t)get32(d + 8);
	m->iov = get64(d + 16);
	m->iovlen = get64(d + 24);
	m->control = get64(d + 32);
	m->controllen = get64(d + 40);
	m->flags = get32(d + 48);
}

/*
 * strace's print_struct_msghdr(): m, with what w holds of it; user_namelen
 * is what the caller gave at entry (NULL: not a receive), data the bytes
 * of data the buffers hold.
 */
static void put_msghdr(struct sbuf *b, const struct pctx *p, struct parts *w,
		       const struct msghdr64 *m, const int *user_namelen,
		       uint64_t data)
{
	const struct kstrace_cap *name = NULL, *iov = NULL, *ctl = NULL;
	int namelen = m->namelen;

	/* the module's order: name, iovec array (and BUFs), control */
	if (m->name && m->namelen > 0)
		name = part_take(w, KSTRACE_CAP_SOCKADDR);
	if (user_namelen && namelen > *user_namelen)
		namelen = *user_namelen;
	sb_puts(b, "{msg_name=");
	put_sockaddr(b, p, name, m->name, namelen);
	sb_puts(b, ", msg_namelen=");
	if (user_namelen && *user_namelen != m->namelen)
		sb_printf(b, "%d => ", *user_namelen);
	sb_printf(b, "%d, msg_iov=", m->namelen);
	if (m->iov)
		iov = part_take(w, KSTRACE_CAP_IOV);
	put_iov(b, p, w, iov, m->iov, m->iovlen, data, true);
	sb_printf(b, ", msg_iovlen=%" PRIu64, m->iovlen);
	if (m->controllen) {
		/* the BUFs of elements past the ones printed come first */
		while (part_take(w, KSTRACE_CAP_BUF))
			;
		if (m->control)
			ctl = part_take(w, KSTRACE_CAP_CMSG);
		sb_puts(b, ", msg_control=");
		put_cmsgs(b, p, ctl, m->control, m->controllen);
	}
	sb_printf(b, ", msg_controllen=%" PRIu64 ", msg_flags=", m->controllen);
	print_flags(b, msg_flags, m->flags, "MSG_???");
	sb_putc(b, '}');
}

/* What the caller gave as msg_namelen, from the entry's capture of arg. */
static bool entry_namelen(const struct pctx *p, unsigned int kind, int *v)
{
	const struct kstrace_cap *in = find_kind(p->enter, p->arg, kind);

	if (!cap_ok(in) || in->len < 12)
		return false;
	*v = (int)get32(cdata(in) + 8);
	return true;
}

/*
 * sendmsg: the header at entry. recvmsg: the header at exit, its name
 * length as given and as returned; a failed one shows what was given.
 */
void print_msghdr(struct sbuf *b, const struct pctx *p,
		  const struct kstrace_cap *cap)
{
	bool recv = !strcmp(p->name, "recvmsg");
	struct msghdr64 m;
	struct parts w;
	int ulen;

	if (recv) {
		if (!entry_namelen(p, KSTRACE_CAP_MSGHDR, &ulen)) {
			print_ptr(b, p->args[p->arg]);
			return;
		}
		if (!p->exit || pctx_ret(p) < 0 || cap != p->out) {
			sb_printf(b, "{msg_namelen=%d}", ulen);
			return;
		}
	}
	if (cap->len < 56) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	msghdr_get(&m, cdata(cap));
	parts_init(&w, p, cap);
	put_msghdr(b, p, &w, &m, recv ? &ulen : NULL,
		   recv ? (uint64_t)pctx_ret(p) : UINT64_MAX);
}

/* The next element of an mmsghdr array: skips the parts of the last. */
static const struct kstrace_cap *next_mmsg(struct parts *w)
{
	const struct kstrace_cap *c;

	while ((c = w->next) && c->arg == w->arg &&
	       c->kind != KSTRACE_CAP_MMSGHDR)
		w->next = cap_next(w->r, c);
	return part_take(w, KSTRACE_CAP_MMSGHDR);
}

/*
 * sendmmsg: the whole vector (captured at exit, whatever the result),
 * msg_len of the messages sent. recvmmsg: the messages received, their
 * name lengths as given at entry and as returned, their data up to
 * msg_len.
 */
void print_mmsghdr(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	bool recv = !strcmp(p->name, "recvmmsg");
	int64_t ret = p->exit ? pctx_ret(p) : -1;
	uint64_t addr = p->args[p->arg], vlen = (uint32_t)p->args[p->arg + 1];
	uint64_t i, n = recv ? (uint64_t)ret : vlen;
	uint64_t with_len = ret < 0 ? 0 : (uint64_t)ret;
	const struct kstrace_cap *in = NULL, *e = cap;
	struct parts w, win;
	struct msghdr64 m;
	int ulen, *pulen;

	if (recv && ret < 0) {
		put_hex(b, addr);
		return;
	}
	if (!array_start(b, addr, n, 64))
		return;
	if (!cap_ok(cap) || cap->len < 64) {
		put_hex(b, addr);
		return;
	}
	if (recv) {
		in = find_kind(p->enter, p->arg, KSTRACE_CAP_MMSGHDR);
		if (in)
			parts_init(&win, p, in);
	}
	parts_init(&w, p, cap);
	sb_putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i) {
			sb_puts(b, ", ");
			e = next_mmsg(&w);
			if (in)
				in = next_mmsg(&win);
		}
		if (elem_cut(p, i) || !cap_ok(e) || e->len < 64) {
			sb_puts(b, "...");
			break;
		}
		pulen = NULL;
		if (cap_ok(in) && in->len >= 12) {
			ulen = (int)get32(cdata(in) + 8);
			pulen = &ulen;
		}
		msghdr_get(&m, cdata(e));
		sb_puts(b, "{msg_hdr=");
		put_msghdr(b, p, &w, &m, pulen,
			   recv ? get32(cdata(e) + 56) : UINT64_MAX);
		if (i < with_len)
			sb_printf(b, ", msg_len=%u", get32(cdata(e) + 56));
		sb_putc(b, '}');
	}
	sb_putc(b, ']');
}

/* ---- socket options ---- */

/* strace's MAYBE_PRINT_FIELD_LEN: a field the length covers, or part. */
static bool field_len(struct sbuf *b, const struct pctx *p, const char *name,
		      const unsigned char *d, unsigned int off, unsigned int len,
		      bool first)
{
	if (len <= off)
		return false;
	sb_printf(b, "%s%s=", first ? "" : ", ", name);
	if (len < off + 4) {
		quote_string_x(b, (const char *)d + off, len - off, false, 2);
		return false;
	}
	(void)p;
	return true;
}

static void sockopt_int(struct sbuf *b, const unsigned char *d)
{
	sb_printf(b, "[%d]", (int)get32(d));
}

/* ~[ICMP_ECHOREPLY ICMP_ECHO]: the bits set, or those clear */
static void sockopt_icmp_filter(struct sbuf *b, const unsigned char *d, int len)
{
	uint32_t data = ~0u;
	bool first = true;
	int i;

	memcpy(&data, d, len > 4 ? 4 : len);
	if (__builtin_popcount(data) > 16) {
		data = ~data;
		sb_putc(b, '~');
	}
	sb_putc(b, '[');
	for (i = 0; i < 32; i++) {
		if (!(data & (1u << i)))
			continue;
		if (!first)
			sb_putc(b, ' ');
		first = false;
		print_xval(b, icmp_filter_flags, i, "ICMP_???");
	}
	sb_putc(b, ']');
}

/* SOL_SOCKET options strace prints as an int */
static bool so_int_like(uint32_t name)
{
	static const unsigned char ints[] = {
		1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 27, 29,
		30, 32, 33, 34, 35, 36, 37, 40, 41, 42, 43, 44, 45, 46, 49,
		53, 56, 60, 63, 64, 65, 68, 69, 70, 73, 75,
	};
	size_t i;

	for (i = 0; i < sizeof(ints); i++)
		if (ints[i] == name)
			return true;
	return false;
}

static void sockopt_packet_mreq(struct sbuf *b, const struct pctx *p,
				const unsigned char *d)
{
	unsigned int alen = get16(d + 6), i;

	sb_puts(b, "{mr_ifindex=");
	put_ifindex(b, p, get32(d));
	sb_puts(b, ", mr_type=");
	print_xval(b, packet_mreq_type, get16(d + 4), "PACKET_MR_???");
	sb_printf(b, ", mr_alen=%u, mr_address=", alen);
	for (i = 0; i < alen && i < 8; i++)
		sb_printf(b, "%s%02x", i ? ":" : "", d[8 + i]);
	sb_putc(b, '}');
}

/* setsockopt's value: len bytes at addr (strace's print_setsockopt()) */
static bool sockopt_set(struct sbuf *b, const struct pctx *p, uint32_t level,
			uint32_t name, const unsigned char *d, int len)
{
	switch (level) {
	case 1:		/* SOL_SOCKET */
		if (name == 13) {		/* SO_LINGER */
			if (len < 8)
				return false;
			sb_printf(b, "{l_onoff=%d, l_linger=%d}", (int)get32(d),
				  (int)get32(d + 4));
			return true;
		}
		if (name == 26 || name == 51) {	/* SO_ATTACH_FILTER, ..._CBPF */
			if (len != 16)
				return false;
			sb_printf(b, "{len=%u, filter=", get16(d));
			print_ptr(b, get64(d + 8));
			sb_putc(b, '}');
			return true;
		}
		if (name == 74) {		/* SO_TXREHASH */
			if (len < 4)
				return false;
			/* strace's printxval_d(): in decimal, -X raw too */
			sb_putc(b, '[');
			print_xval_fmt(b, sockopt_txrehash_vals,
				       (uint64_t)(int64_t)(int32_t)get32(d),
				       "SOCK_TXREHASH_???", XFMT_D);
			sb_putc(b, ']');
			return true;
		}
		if (so_int_like(name)) {
			if (len < 4)
				return false;
			sockopt_int(b, d);
			return true;
		}
		break;
	case 0:		/* SOL_IP */
		if (name == 35 || name == 36) {	/* IP_{ADD,DROP}_MEMBERSHIP */
			if (len < 8)
				return false;
			sb_puts(b, "{imr_multiaddr=");
			put_inet_addr(b, p, d);
			sb_puts(b, ", imr_interface=");
			put_inet_addr(b, p, d + 4);
			sb_putc(b, '}');
			return true;
		}
		if (name == 42 || name == 45)	/* MCAST_{JOIN,LEAVE}_GROUP */
			goto group_req;
		break;
	case 41:	/* SOL_IPV6 */
		if (name == 20 || name == 21 || name == 27 || name == 28) {
			if (len < 20)
				return false;
			sb_puts(b, "{");
			put_inet6_addr(b, p, d, "ipv6mr_multiaddr");
			sb_puts(b, ", ipv6mr_interface=");
			put_ifindex(b, p, get32(d + 16));
			sb_putc(b, '}');
			return true;
		}
		if (name == 42 || name == 45)
			goto group_req;
		break;
	case 263:	/* SOL_PACKET */
		if (name == 5 || name == 13) {	/* PACKET_{RX,TX}_RING */
			if (len != 16)
				return false;
			sb_printf(b, "{tp_block_size=%u, tp_block_nr=%u, "
				  "tp_frame_size=%u, tp_frame_nr=%u}", get32(d),
				  get32(d + 4), get32(d + 8), get32(d + 12));
			return true;
		}
		if (name == 1 || name == 2) {	/* PACKET_{ADD,DROP}_MEMBERSHIP */
			if (len != 16)
				return false;
			sockopt_packet_mreq(b, p, d);
			return true;
		}
		break;
	case 255:	/* SOL_RAW */
		if (name == 1) {		/* ICMP_FILTER */
			if (len <= 0)
				return false;
			sockopt_icmp_filter(b, d, len);
			return true;
		}
		break;
	case 270:	/* SOL_NETLINK */
		if (len < 4)
			return false;
		sockopt_int(b, d);
		return true;
	}
	if (len == 4) {
		sockopt_int(b, d);
		return true;
	}
	if (len < 0)
		return false;
	put_strn(b, p, d, len, len);
	return true;

group_req:
	{
		unsigned char sa[SA_STORAGE + 1];

		if (len != 136)
			return false;
		sb_puts(b, "{gr_interface=");
		put_ifindex(b, p, get32(d));
		sb_puts(b, ", gr_group=");
		memset(sa, 0, sizeof(sa));
		memcpy(sa, d + 8, SA_STORAGE);
		sockaddr_fields(b, p, sa, SA_STORAGE);
		sb_putc(b, '}');
		return true;
	}
}

/* getsockopt's value: rlen bytes at addr (strace's print_getsockopt()) */
static bool sockopt_get(struct sbuf *b, const struct pctx *p, uint32_t level,
			uint32_t name, const unsigned char *d, int ulen, int rlen)
{
	unsigned int len = rlen, i, n;

	switch (level) {
	case 1:		/* SOL_SOCKET */
		switch (name) {
		case 13:			/* SO_LINGER */
			if (len > 8)
				len = 8;
			sb_putc(b, '{');
			if (field_len(b, p, "l_onoff", d, 0, len, true))
				sb_printf(b, "%d", (int)get32(d));
			if (field_len(b, p, "l_linger", d, 4, len, false))
				sb_printf(b, "%d", (int)get32(d + 4));
			sb_putc(b, '}');
			return true;
		case 17:			/* SO_PEERCRED */
			if (len > 12)
				len = 12;
			sb_putc(b, '{');
			if (field_len(b, p, "pid", d, 0, len, true))
				sb_printf(b, "%d", (int)get32(d));
			if (field_len(b, p, "uid", d, 4, len, false))
				put_id(b, get32(d + 4));
			if (field_len(b, p, "gid", d, 8, len, false))
				put_id(b, get32(d + 8));
			sb_putc(b, '}');
			return true;
		case 26:			/* SO_GET_FILTER: not captured */
			return false;
		case 4:				/* SO_ERROR */
			if (len < 4) {
				quote_string_x(b, (const char *)d, len, false, 2);
				return true;
			}
			if (get32(d) && errno_name(get32(d)))
				sb_printf(b, "[%s]", errno_name(get32(d)));
			else
				sb_printf(b, "[%u]", get32(d));
			return true;
		case 74:			/* SO_TXREHASH */
			if (len < 4) {
				quote_string_x(b, (const char *)d, len, false, 2);
				return true;
			}
			return sockopt_set(b, p, level, name, d, rlen);
		}
		if (so_int_like(name)) {
			if (len >= 4)
				sockopt_int(b, d);
			else
				quote_string_x(b, (const char *)d, len, false, 2);
			return true;
		}
		break;
	case 263:	/* SOL_PACKET */
		if (name == 6) {		/* PACKET_STATISTICS */
			if (len > 12)
				len = 12;
			sb_putc(b, '{');
			if (field_len(b, p, "tp_packets", d, 0, len, true))
				sb_printf(b, "%u", get32(d));
			if (field_len(b, p, "tp_drops", d, 4, len, false))
				sb_printf(b, "%u", get32(d + 4));
			if (field_len(b, p, "tp_freeze_q_cnt", d, 8, len, false))
				sb_printf(b, "%u", get32(d + 8));
			sb_putc(b, '}');
			return true;
		}
		break;
	case 255:	/* SOL_RAW */
		if (name == 1) {		/* ICMP_FILTER */
			sockopt_icmp_filter(b, d, rlen);
			return true;
		}
		break;
	case 270:	/* SOL_NETLINK */
		if (name == 9) {		/* NETLINK_LIST_MEMBERSHIPS */
			n = (ulen < rlen ? ulen : rlen) / 4;
			if (!n) {
				sb_puts(b, "[]");
				return true;
			}
			sb_putc(b, '[');
			for (i = 0; i < n; i++) {
				if (i)
					sb_puts(b, ", ");
				if (elem_cut(p, i)) {
					sb_puts(b, "...");
					break;
				}
				sb_printf(b, "%u", get32(d + 4 * i));
			}
			sb_putc(b, ']');
			return true;
		}
		if (rlen < 4)
			return false;
		sockopt_int(b, d);
		return true;
	}
	if (rlen == 4) {
		sockopt_int(b, d);
		return true;
	}
	put_strn(b, p, d, rlen, rlen);
	return true;
}

/*
 * setsockopt: optlen bytes (the next argument) at entry. getsockopt: what
 * the kernel returned, the length behind the next argument as given at
 * entry and as returned at exit.
 */
void print_sockopt(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	uint32_t level = p->args[1], name = p->args[2];
	int ulen, rlen;
	bool done;

	/* the module copies up to 256 bytes of it: less is a damaged record */
	rlen = (int)p->args[p->arg + 1];
	if (cap != p->out && rlen > 0 && cap->len < (uint32_t)(rlen < 256 ? rlen : 256)) {
		print_ptr(b, p->args[p->arg]);
		return;
	}

	if (cap == p->out) {
		if (!cap_int(find_kind(p->enter, p->arg + 1, KSTRACE_CAP_INT),
			     &ulen) ||
		    !cap_int(find_kind(p->exit, p->arg + 1, KSTRACE_CAP_INT),
			     &rlen) || ulen <= 0 || rlen <= 0 ||
		    cap->len < (uint32_t)(rlen < 256 ? rlen : 256)) {
			print_ptr(b, p->args[p->arg]);
			return;
		}
		done = sockopt_get(b, p, level, name, cdata(cap), ulen, rlen);
	} else {
		done = sockopt_set(b, p, level, name, cdata(cap), rlen);
	}
	if (!done)
		print_ptr(b, p->args[p->arg]);
}

/* ---- poll ---- */

/* [{fd=3, events=POLLIN}, {fd=-1}] at entry */
void print_pollfd(struct sbuf *b, const struct pctx *p,
		  const struct kstrace_cap *cap)
{
	uint64_t i, n = (uint32_t)p->args[1];
	const unsigned char *e;
	int fd;

	if (!array_start(b, p->args[0], n, 8))
		return;
	if (cap->len < 8) {
		put_hex(b, p->args[0]);
		return;
	}
	sb_putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			sb_puts(b, ", ");
		if (elem_cut(p, i) || (i + 1) * 8 > cap->len) {
			sb_puts(b, "...");
			break;
		}
		e = cdata(cap) + 8 * i;
		fd = (int)get32(e);
		sb_puts(b, "{fd=");
		put_fd(b, p, fd);
		if (fd >= 0) {
			sb_puts(b, ", events=");
			print_flags(b, pollflags, get16(e + 4), "POLL???");
		}
		sb_putc(b, '}');
	}
	sb_putc(b, ']');
}

/* strace builds these texts in a 1024-byte buffer, cut with "..." */
#define OUTSTR		1024

/* The time left, from arg's capture at exit: {tv_sec=...}, or its address. */
static void sprint_left(struct sbuf *b, const struct pctx *p, unsigned int arg,
			bool spec)
{
	const struct kstrace_cap *cap = find_kind(p->exit, arg,
		spec ? KSTRACE_CAP_TIMESPEC : KSTRACE_CAP_TIMEVAL);

	if (!p->args[arg])
		sb_puts(b, "NULL");
	else if (!cap_ok(cap) || cap->len < 16)
		put_hex(b, p->args[arg]);
	else if (spec)
		put_timespec(b, cdata(cap));
	else
		put_timeval(b, cdata(cap));
}

/* poll, ppoll: [{fd=3, revents=POLLIN}], left {...} */
static void poll_extra(struct sbuf *out, const struct pctx *p, bool ppoll)
{
	const struct kstrace_cap *cap = find_kind(p->exit, 0, KSTRACE_CAP_POLLFD);
	uint64_t i, n = (uint32_t)p->args[1];
	struct sbuf b = SBUF_INIT, fl = SBUF_INIT, t = SBUF_INIT;
	unsigned int printed = 0;
	const unsigned char *e;
	char fdstr[32];

	if (p->args[0] && n && cap_ok(cap)) {
		for (i = 0; i < n; i++) {
			if ((i + 1) * 8 > cap->len) {
				sb_puts(&b, b.len ? ", ..." : "[...");
				break;
			}
			e = cdata(cap) + 8 * i;
			if (!get16(e + 6))
				continue;
			sb_puts(&b, b.len ? ", " : "[");
			if (!p->c->verbose && printed + 1 > p->c->strsize) {
				sb_puts(&b, "...");
				break;
			}
			snprintf(fdstr, sizeof(fdstr), "{fd=%d, revents=",
				 (int)get32(e));
			sb_reset(&fl);
			print_flags(&fl, pollflags, get16(e + 6), NULL);
			if (b.len + strlen(fdstr) + fl.len + 1 >=
			    OUTSTR - (2 + 2 * sizeof(long) + sizeof(", ], ..."))) {
				sb_puts(&b, "...");
				break;
			}
			sb_puts(&b, fdstr);
			sb_puts(&b, sb_str(&fl));
			sb_putc(&b, '}');
			printed++;
		}
		if (b.len)
			sb_putc(&b, ']');
	}
	if (ppoll && p->args[2]) {
		sprint_left(&t, p, 2, true);
		if (b.len + sizeof(", left ") + t.len < OUTSTR) {
			sb_puts(&b, b.len ? ", left " : "left ");
			sb_puts(&b, sb_str(&t));
		} else {
			sb_puts(&b, ", ...");
		}
	}
	if (b.len)
		sb_printf(out, " (%s)", sb_str(&b));
	sb_free(&b);
	sb_free(&fl);
	sb_free(&t);
}

/* ---- select ---- */

/* select's nfds as strace takes it */
static int select_nfds(const struct pctx *p)
{
	int nfds = (int)p->args[0];

	if (nfds < 0)
		nfds = 0;
	if (nfds > 1024 * 1024)
		nfds = 1024 * 1024;
	return nfds;
}

static bool fd_isset(const unsigned char *set, int fd)
{
	return set[fd / 8] & (1u << (fd % 8));
}

/* [3 4] at entry */
void print_fdset(struct sbuf *b, const struct pctx *p,
		 const struct kstrace_cap *cap)
{
	int nfds = select_nfds(p), fd;
	size_t fdsize = (((size_t)nfds + 7) / 8 + 7) & ~(size_t)7;
	bool next = false;

	if (!fdsize || cap->len < fdsize) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	sb_putc(b, '[');
	for (fd = 0; fd < nfds; fd++) {
		if (!fd_isset(cdata(cap), fd))
			continue;
		if (next)
			sb_putc(b, ' ');
		next = true;
		put_fd(b, p, fd);
	}
	sb_putc(b, ']');
}

/* select, pselect6: (in [3], out [4], left {...}) */
static void select_extra(struct sbuf *out, const struct pctx *p, bool spec)
{
	static const char *const names[] = { "in", "out", "except" };
	int nfds = select_nfds(p), ready = pctx_ret(p), fd;
	size_t fdsize = (((size_t)nfds + 7) / 8 + 7) & ~(size_t)7;
	const struct kstrace_cap *cap;
	struct sbuf b = SBUF_INIT, t = SBUF_INIT;
	const char *sep = "";
	unsigned int i;
	bool first;

	for (i = 0; i < 3 && ready > 0; i++) {
		cap = find_kind(p->exit, i + 1, KSTRACE_CAP_FDSET);
		if (!p->args[i + 1] || !fdsize || !cap_ok(cap) || cap->len < fdsize)
			continue;
		first = true;
		for (fd = 0; fd < nfds; fd++) {
			if (!fd_isset(cdata(cap), fd))
				continue;
			if (b.len < OUTSTR - (sizeof(", except [") + sizeof(int) * 3 + 2)) {
				if (first) {
					sb_printf(&b, "%s%s [%u", sep, names[i], fd);
					first = false;
					sep = ", ";
				} else {
					sb_printf(&b, " %u", fd);
				}
			}
			if (--ready == 0)
				break;
		}
		if (b.len)
			sb_putc(&b, ']');
	}
	if (p->args[4]) {
		sprint_left(&t, p, 4, spec);
		if (b.len + sizeof("left ") + strlen(sep) + t.len < OUTSTR)
			sb_printf(&b, "%sleft %s", sep, sb_str(&t));
	}
	sb_printf(out, " (%s)", sb_str(&b));
	sb_free(&b);
	sb_free(&t);
}

/* ---- epoll ---- */

static void put_epoll_event(struct sbuf *b, const unsigned char *e)
{
	uint64_t data = get64(e + 4);

	sb_puts(b, "{events=");
	print_flags(b, epollevents, get32(e), "EPOLL???");
	sb_printf(b, ", data={u32=%u, u64=%" PRIu64 "}}", (uint32_t)data, data);
}

/* epoll_ctl's event; epoll_wait's events, as many as it returned */
void print_epoll_event(struct sbuf *b, const struct pctx *p,
		       const struct kstrace_cap *cap)
{
	uint64_t i, n;

	if (!strcmp(p->name, "epoll_ctl")) {
		if ((uint32_t)p->args[1] == 2 || cap->len < 12)	/* EPOLL_CTL_DEL */
			print_ptr(b, p->args[p->arg]);
		else
			put_epoll_event(b, cdata(cap));
		return;
	}
	n = p->exit && pctx_ret(p) > 0 ? (uint64_t)pctx_ret(p) : 0;
	if (!array_start(b, p->args[p->arg], n, 12))
		return;
	sb_putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			sb_puts(b, ", ");
		if (elem_cut(p, i) || (i + 1) * 12 > cap->len) {
			sb_puts(b, "...");
			break;
		}
		put_epoll_event(b, cdata(cap) + 12 * i);
	}
	sb_putc(b, ']');
}

/* ---- after the return value ---- */

void net_ret_extra(struct sbuf *b, const struct pctx *p)
{
	if (!p->exit || !p->enter || pctx_ret(p) <= 0)
		return;
	if (!strcmp(p->name, "poll"))
		poll_extra(b, p, false);
	else if (!strcmp(p->name, "ppoll"))
		poll_extra(b, p, true);
	else if (!strcmp(p->name, "select"))
		select_extra(b, p, false);
	else if (!strcmp(p->name, "pselect6"))
		select_extra(b, p, true);
	else if (!strcmp(p->name, "recvmmsg") && p->args[4]) {
		struct sbuf t = SBUF_INIT;

		sprint_left(&t, p, 4, true);
		sb_printf(b, " (left %s)", sb_str(&t));
		sb_free(&t);
	}
}
