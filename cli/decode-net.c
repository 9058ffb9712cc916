// SPDX-License-Identifier: GPL-2.0
/*
 * decode-net.c - the decoder rows of sockets (strace's net.c), and
 * socket's protocol and the socket options, whose names depend on the
 * family and the level.
 */
#include <inttypes.h>
#include <stdint.h>

#include "decode-int.h"
#include "tables.h"

static const struct decoder rows[] = {
	/* network */
	S("socket", SP_SOCKET, ALL, RV_FD),
	S("socketpair", SP_SOCKET, 3, RV_D),
	D("connect", ALL, RV_D, A_FD, A_PTR, A_INT),
	D("bind", ALL, RV_D, A_FD, A_PTR, A_INT),
	D("listen", ALL, RV_D, A_FD, A_INT),
	D("accept", 1, RV_FD, A_FD, A_PTR, A_SOCKLEN),
	D("accept4", 1, RV_FD, A_FD, A_PTR, A_SOCKLEN, A_SOCKFLAGS),
	D("getsockname", 1, RV_D, A_FD, A_PTR, A_SOCKLEN),
	D("getpeername", 1, RV_D, A_FD, A_PTR, A_SOCKLEN),
	S("setsockopt", SP_SOCKOPT, ALL, RV_D),
	S("getsockopt", SP_SOCKOPT, 3, RV_D),
	D("shutdown", ALL, RV_D, A_FD, A_SHUT),
	D("sendto", ALL, RV_D, A_FD, A_BUFW, A_ULONG, A_MSGFLAGS, A_PTR, A_INT),
	D("recvfrom", 1, RV_D, A_FD, A_BUFR, A_ULONG, A_MSGFLAGS, A_PTR, A_SOCKLEN),
	D("sendmsg", ALL, RV_D, A_FD, A_PTR, A_MSGFLAGS),
	D("recvmsg", 1, RV_D, A_FD, A_PTR, A_MSGFLAGS),
	/* sendmmsg: the vector at exit, with the lengths sent */
	D("sendmmsg", 1, RV_D, A_FD, A_PTR, A_UINT, A_MSGFLAGS),
	/* recvmmsg: the timeout as given, printed at exit */
	D("recvmmsg", 1, RV_TIMEOUT, A_FD, A_PTR, A_UINT, A_MSGFLAGS, A_PTR_IN),
};

const struct decoder_rows decode_net_rows = { rows, ARRAY_SIZE(rows) };

void sp_socket(struct parts *p, const struct actx *x, bool pair)
{
	uint32_t family = arg_val(x, 0);
	uint64_t proto = arg_val(x, 2);
	struct sbuf *b;

	part_arg(p, x, 0, A_FAMILY);
	part_arg(p, x, 1, A_SOCKTYPE);
	b = part_new(p);
	switch (pair ? ~0u : family) {	/* socketpair: a plain number */
	case 2:		/* AF_INET */
	case 10:	/* AF_INET6 */
		print_xval(b, inet_protocols, (uint32_t)proto, "IPPROTO_???");
		break;
	case 16:	/* AF_NETLINK */
		print_xval(b, netlink_protocols, (uint32_t)proto, "NETLINK_???");
		break;
	case 17:	/* AF_PACKET: an ethertype in network order */
		sb_puts(b, "htons(");
		print_xval(b, ethernet_protocols,
			   (uint16_t)((proto >> 8 & 0xff) | (proto & 0xff) << 8),
			   "ETH_P_???");
		sb_putc(b, ')');
		break;
	default:
		sb_printf(b, "%" PRIu64, proto);
		break;
	}
	if (pair)
		part_arg(p, x, 3, A_PTR);
}

void sp_sockopt(struct parts *p, const struct actx *x, bool get)
{
	uint32_t level = arg_val(x, 1), name = arg_val(x, 2);
	struct sbuf *b;

	part_arg(p, x, 0, A_FD);
	b = part_new(p);
	print_xval(b, socketlayers, level, "SOL_??");
	b = part_new(p);
	switch (level) {
	case 0:
		print_xval(b, sock_ip_options, name, "IP_???");
		break;
	case 1:
		print_xval(b, sock_options, name, "SO_???");
		break;
	case 6:
		print_xval(b, sock_tcp_options, name, "TCP_???");
		break;
	case 41:
		print_xval(b, sock_ipv6_options, name, "IPV6_???");
		break;
	case 17:	/* SOL_UDP */
		print_xval(b, sock_udp_options, name, "UDP_???");
		break;
	case 255:	/* SOL_RAW */
		print_xval(b, sock_raw_options, name, "RAW_???");
		break;
	case 263:	/* SOL_PACKET */
		print_xval(b, sock_packet_options, name, "PACKET_???");
		break;
	case 270:	/* SOL_NETLINK */
		print_xval(b, sock_netlink_options, name, "NETLINK_???");
		break;
	default:
		sb_printf(b, "%u", name);
		break;
	}
	part_arg(p, x, 3, A_PTR);
	part_arg(p, x, 4, get ? A_PTR : A_INT);
}
