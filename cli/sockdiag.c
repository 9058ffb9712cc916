// SPDX-License-Identifier: GPL-2.0
/*
 * sockdiag.c - -yy: what a socket descriptor is connected to, from the
 * kernel's NETLINK_SOCK_DIAG (inet_diag for TCP, UDP and the other inet
 * protocols, unix_diag for AF_UNIX), printed as strace 6.1 prints it.
 *
 * strace dispatches on the protocol name the kernel gives the socket
 * (the "system.sockprotoname" attribute: "TCP", "UDPv6", "UNIX-STREAM")
 * and, when sock_diag has nothing to say (an unbound socket, a family it
 * does not serve), prints that name and the inode: "NETLINK:[1234]". A
 * protocol strace does not know (PACKET, ...) keeps -y's "socket:[1234]".
 * Like strace, what sock_diag said of an inode is kept and printed again
 * for that inode (a socket's later connect does not show), in a cache of
 * strace's size and shape.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "decode.h"
#include "sbuf.h"
#include "sockdiag.h"
#include "tables.h"
#include "util.h"

#ifndef IPPROTO_L2TP
#define IPPROTO_L2TP	115	/* <linux/in.h>'s; glibc lacks it */
#endif

/* strace's protocols served by inet_diag: the name, family and protocol */
static const struct inet_proto {
	const char *name;
	unsigned char family;
	unsigned char proto;
} inet_protos[] = {
	{ "TCP", AF_INET, IPPROTO_TCP },
	{ "UDP", AF_INET, IPPROTO_UDP },
	{ "UDPLITE", AF_INET, IPPROTO_UDPLITE },
	{ "DCCP", AF_INET, IPPROTO_DCCP },
	{ "SCTP", AF_INET, IPPROTO_SCTP },
	{ "L2TP/IP", AF_INET, IPPROTO_L2TP },
	{ "PING", AF_INET, IPPROTO_ICMP },
	{ "RAW", AF_INET, IPPROTO_RAW },
	{ "TCPv6", AF_INET6, IPPROTO_TCP },
	{ "UDPv6", AF_INET6, IPPROTO_UDP },
	{ "UDPLITEv6", AF_INET6, IPPROTO_UDPLITE },
	{ "DCCPv6", AF_INET6, IPPROTO_DCCP },
	{ "SCTPv6", AF_INET6, IPPROTO_SCTP },
	{ "L2TP/IPv6", AF_INET6, IPPROTO_L2TP },
	{ "PINGv6", AF_INET6, IPPROTO_ICMP },	/* sic: strace's */
	{ "RAWv6", AF_INET6, IPPROTO_RAW },
};

/* strace's cache: one entry per inode modulo its size, never emptied */
#define CACHE_SIZE	1024U

static struct cache_entry {
	unsigned long ino;
	char *text;
} cache[CACHE_SIZE];

static const char *cache_get(unsigned long ino)
{
	const struct cache_entry *e = &cache[ino & (CACHE_SIZE - 1)];

	return e->text && e->ino == ino ? e->text : NULL;
}

static void cache_put(unsigned long ino, const char *text)
{
	struct cache_entry *e = &cache[ino & (CACHE_SIZE - 1)];
	char *copy = strdup(text);

	if (!copy)
		return;
	free(e->text);
	e->ino = ino;
	e->text = copy;
}

/* What a reply message says of the inode, into out; false: not it. */
typedef bool parse_fn(const struct nlmsghdr *h, const char *proto,
		      unsigned long ino, struct sbuf *out);

/*
 * Sends req (a sock_diag request, flags added to the header's), then
 * reads replies until parse finds ino or the kernel is done.
 */
static bool diag_query(void *req, size_t len, unsigned int flags,
		       parse_fn *parse, const char *proto, unsigned long ino,
		       struct sbuf *out)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct nlmsghdr *h = req;
	static char reply[32768];
	bool found = false, done = false;
	ssize_t n;
	int s;

	s = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (s < 0)
		return false;
	h->nlmsg_len = len;
	h->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	h->nlmsg_flags = NLM_F_REQUEST | flags;
	if (sendto(s, req, len, 0, (struct sockaddr *)&kernel, sizeof(kernel)) < 0)
		goto out;
	while (!found && !done) {
		n = recv(s, reply, sizeof(reply), 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		for (h = (struct nlmsghdr *)reply; NLMSG_OK(h, (size_t)n);
		     h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
				done = true;
				break;
			}
			if (parse(h, proto, ino, out)) {
				found = true;
				break;
			}
		}
		/* a request for one socket (unix_diag's) has one reply */
		if (!(flags & NLM_F_DUMP))
			break;
	}
out:
	close(s);
	return found;
}

/* strace's inet_parse_response(): "TCP:[src:port->dst:port]" */
static bool inet_parse(const struct nlmsghdr *h, const char *proto,
		       unsigned long ino, struct sbuf *out)
{
	const struct inet_diag_msg *m = NLMSG_DATA(h);
	static const uint32_t zero[4];
	char src[INET6_ADDRSTRLEN], dst[INET6_ADDRSTRLEN];
	bool v6;

	if (h->nlmsg_len < NLMSG_LENGTH(sizeof(*m)) || m->idiag_inode != ino)
		return false;
	v6 = m->idiag_family == AF_INET6;
	if (!inet_ntop(m->idiag_family, m->id.idiag_src, src, sizeof(src)) ||
	    !inet_ntop(m->idiag_family, m->id.idiag_dst, dst, sizeof(dst)))
		return false;
	sb_printf(out, "%s:[%s%s%s:%u", proto, v6 ? "[" : "", src, v6 ? "]" : "",
		  ntohs(m->id.idiag_sport));
	/* a peer: a port, or an address (an unconnected one is all zero) */
	if (m->id.idiag_dport ||
	    memcmp(m->id.idiag_dst, zero, v6 ? 16 : 4))
		sb_printf(out, "->%s%s%s:%u", v6 ? "[" : "", dst, v6 ? "]" : "",
			  ntohs(m->id.idiag_dport));
	sb_putc(out, ']');
	return true;
}

static bool inet_describe(const struct inet_proto *p, unsigned long ino,
			  struct sbuf *out)
{
	struct {
		struct nlmsghdr h;
		struct inet_diag_req_v2 r;
	} req = {
		.r = {
			.sdiag_family = p->family,
			.sdiag_protocol = p->proto,
			.idiag_states = ~0u,
		},
	};

	return diag_query(&req, sizeof(req), NLM_F_DUMP, inet_parse, p->name,
			  ino, out);
}

/*
 * strace's unix_parse_response(): "UNIX-STREAM:[ino->peer,"path"]", an
 * abstract name as ,@"name"; nothing known of either: not described.
 */
static bool unix_parse(const struct nlmsghdr *h, const char *proto,
		       unsigned long ino, struct sbuf *out)
{
	const struct unix_diag_msg *m = NLMSG_DATA(h);
	const struct rtattr *a;
	const char *path = NULL;
	size_t path_len = 0;
	uint32_t peer = 0;
	int len;

	if (h->nlmsg_len < NLMSG_LENGTH(sizeof(*m)) || m->udiag_ino != ino)
		return false;
	len = h->nlmsg_len - NLMSG_LENGTH(sizeof(*m));
	for (a = (const struct rtattr *)(m + 1); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
		if (a->rta_type == UNIX_DIAG_NAME && RTA_PAYLOAD(a) > 0) {
			path = RTA_DATA(a);
			path_len = RTA_PAYLOAD(a);
		} else if (a->rta_type == UNIX_DIAG_PEER && RTA_PAYLOAD(a) >= 4) {
			memcpy(&peer, RTA_DATA(a), sizeof(peer));
		}
	}
	if (!peer && !path_len)
		return false;
	sb_printf(out, "%s:[%lu", proto, ino);
	if (peer)
		sb_printf(out, "->%" PRIu32, peer);
	if (path_len) {
		sb_putc(out, ',');
		if (!path[0]) {
			sb_putc(out, '@');
			path++;
			path_len--;
		}
		quote_string(out, path, path_len, true);
	}
	sb_putc(out, ']');
	return true;
}

static bool unix_describe(const char *proto, unsigned long ino, struct sbuf *out)
{
	struct {
		struct nlmsghdr h;
		struct unix_diag_req r;
	} req = {
		.r = {
			.sdiag_family = AF_UNIX,
			.udiag_states = ~0u,
			.udiag_ino = ino,
			.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER,
			.udiag_cookie = { INET_DIAG_NOCOOKIE, INET_DIAG_NOCOOKIE },
		},
	};

	return diag_query(&req, sizeof(req), 0, unix_parse, proto, ino, out);
}

/* strace's netlink_parse_response(): "NETLINK:[ROUTE:1234]" */
static bool netlink_parse(const struct nlmsghdr *h, const char *proto,
			  unsigned long ino, struct sbuf *out)
{
	const struct netlink_diag_msg *m = NLMSG_DATA(h);
	const char *name;

	if (h->nlmsg_len < NLMSG_LENGTH(sizeof(*m)) || m->ndiag_ino != ino)
		return false;
	name = xlookup(netlink_protocols, m->ndiag_protocol);
	if (name && !strncmp(name, "NETLINK_", 8))
		sb_printf(out, "%s:[%s:%" PRIu32 "]", proto, name + 8, m->ndiag_portid);
	else if (name)
		sb_printf(out, "%s:[%s:%" PRIu32 "]", proto, name, m->ndiag_portid);
	else
		sb_printf(out, "%s:[%u]", proto, m->ndiag_protocol);
	return true;
}

static bool netlink_describe(const char *proto, unsigned long ino, struct sbuf *out)
{
	struct {
		struct nlmsghdr h;
		struct netlink_diag_req r;
	} req = {
		.r = {
			.sdiag_family = AF_NETLINK,
			.sdiag_protocol = NDIAG_PROTO_ALL,
			.ndiag_ino = ino,
			.ndiag_cookie = { INET_DIAG_NOCOOKIE, INET_DIAG_NOCOOKIE },
		},
	};

	return diag_query(&req, sizeof(req), NLM_F_DUMP, netlink_parse, proto, ino,
			  out);
}

/* -1: a protocol strace does not describe; else whether sock_diag did */
static int describe(const char *proto, unsigned long ino, struct sbuf *out)
{
	size_t i;

	if (!strcmp(proto, "UNIX") || !strcmp(proto, "UNIX-STREAM"))
		return unix_describe(proto, ino, out);
	if (!strcmp(proto, "NETLINK"))
		return netlink_describe(proto, ino, out);
	for (i = 0; i < ARRAY_SIZE(inet_protos); i++)
		if (!strcmp(proto, inet_protos[i].name))
			return inet_describe(&inet_protos[i], ino, out);
	return -1;
}

const char *sockdiag_describe(const char *proto, unsigned long ino, char *buf,
			      size_t len)
{
	struct sbuf out = SBUF_INIT;
	const char *ret = buf, *cached = cache_get(ino);
	int known;

	if (cached) {
		sb_puts(&out, cached);
	} else {
		known = describe(proto, ino, &out);
		if (known < 0) {
			sb_free(&out);
			return NULL;
		}
		if (known) {
			cache_put(ino, sb_str(&out));
		} else {
			sb_reset(&out);
			sb_printf(&out, "%s:[%lu]", proto, ino);
		}
	}
	if (out.len < len)
		memcpy(buf, sb_str(&out), out.len + 1);
	else
		ret = NULL;
	sb_free(&out);
	return ret;
}

const char *sockdiag_fd(pid_t pid, int fd, char *buf, size_t len)
{
	char link[64], target[64], proto[32];
	unsigned long ino;
	ssize_t n;

	snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)pid, fd);
	n = readlink(link, target, sizeof(target) - 1);
	if (n <= 0)
		return NULL;
	target[n] = '\0';
	if (sscanf(target, "socket:[%lu]", &ino) != 1)
		return NULL;
	n = getxattr(link, "system.sockprotoname", proto, sizeof(proto) - 1);
	if (n <= 0)
		return NULL;
	proto[n] = '\0';
	return sockdiag_describe(proto, ino, buf, len);
}
