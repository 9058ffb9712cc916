// opts: | -v | -xx
// SPDX-License-Identifier: GPL-2.0
/*
 * t-sockaddr2.c - socket addresses of the other families strace decodes
 * (print-net.c), given to connect on a bad descriptor: AF_VSOCK,
 * AF_QIPCRTR, AF_XDP, AF_MCTP, AF_ALG, AF_X25, AF_IPX, AF_AX25, AF_TIPC,
 * AF_BLUETOOTH, AF_RXRPC, AF_IEEE802154, AF_NFC; each also too short.
 */
#include "ptest.h"

#include <string.h>
#include <sys/socket.h>

static unsigned char sa[128];

static void fam(int family, const void *rest, size_t n, int len)
{
	memset(sa, 0, sizeof(sa));
	sa[0] = family;
	memcpy(sa + 2, rest, n);
	PT(SYS_connect, 999, sa, len);
}

#define FAM(f, bytes, len)	fam((f), (bytes), sizeof(bytes) - 1, (len))

int main(int argc, char **argv)
{
	pt_begin(argc, argv);
	/* AF_VSOCK: reserved1, port, cid, flags, zero[3] */
	FAM(40, "\0\0\x39\x05\0\0\x02\0\0\0\x01", 16);
	FAM(40, "\0\0\xff\xff\xff\xff\xff\xff\xff\xff\x02", 16);
	FAM(40, "\x07\0\x10\0\0\0\x03\0\0\0\x06\x01\x02", 16);
	FAM(40, "\0\0\x39\x05\0\0\x02\0\0\0\x01", 15);
	/* AF_QIPCRTR: node, port */
	FAM(42, "\0\0\x01\0\0\0\x02\0\0\0", 12);
	FAM(42, "\0\0\xff\xff\xff\xff\xfe\xff\xff\xff", 12);
	/* AF_XDP: flags, ifindex, queue_id, shared_umem_fd */
	FAM(44, "\x01\0\x01\0\0\0\x02\0\0\0\x05\0\0\0", 16);
	FAM(44, "\x08\0\x07\0\0\0\x02\0\0\0\x05\0\0\0", 16);
	FAM(44, "\x30\0\x07\0\0\0\x02\0\0\0\0\0\0\0", 16);
	FAM(44, "\x36\0\x07\0\0\0\x02\0\0\0\0\0\0\0", 15);
	/* AF_MCTP: pad0, network, addr, type, tag, pad1 */
	FAM(45, "\0\0\x01\0\0\0\x08\x01\x02\0", 12);
	FAM(45, "\x05\0\0\0\0\0\xff\x7f\x08\x03", 12);
	/* AF_ALG: type[14], feat, mask, name[64] */
	FAM(38, "hash\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0sha1", 88);
	FAM(38, "skcipher\0\0\0\0\0\0\x01\0\0\0\x0f\0\0\0cbc(aes)", 88);
	FAM(38, "hash\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0sha1", 60);
	FAM(38, "0123456789abcdef\0\x10\0\0\x01\x10\0\0name", 30);
	FAM(38, "hash\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0sha1", 24);
	/* AF_X25: x25_addr[16] */
	FAM(9, "12345678", 18);
	FAM(9, "0123456789abcdef", 18);
	/* AF_IPX: port, network, node[6], type, zero */
	FAM(4, "\x12\x34\x01\x02\x03\x04\xa\xb\xc\xd\xe\xf\x11", 16);
	FAM(4, "\x12\x34\x01\x02\x03\x04\0\xb\xc\xd\xe\xf\0\x7", 16);
	/* AF_AX25: call[7], ndigis; digipeaters; odd callsigns */
	FAM(3, "\x9a\x88\x82\x84\x40\x40\x02\0\0\0\0\0", 16);
	FAM(3, "\x9a\x88\x82\x84\x40\x40\x18\0\0\0\x02\0\0\0"
	       "\x88\x8a\x8c\x40\x40\x40\x00\x41\x42\x43\x40\x40\x40\x00", 30);
	FAM(3, "\x9a\x88\x82\x84\x40\x40\x02\0\0\0\x03\0\0\0"
	       "\x88\x8a\x8c\x40\x40\x40\x00", 23);
	FAM(3, "\x40\x40\x40\x40\x40\x40\x00\0\0\0\0\0\0\0", 16);
	FAM(3, "\x9b\x88\x82\x84\x40\x40\x02\0\0\0\0\0", 16);
	FAM(3, "\x02\x88\x82\x84\x40\x40\x02\0\0\0\0\0", 16);
	FAM(3, "\x9a\x88\x82\x84\x40\x40\x02\0\0\0\0\0\0\0\1\2", 20);
	/* AF_TIPC: addrtype, scope, addr */
	FAM(30, "\x01\x02\x01\0\0\0\x02\0\0\0\x03\0\0\0", 16);
	FAM(30, "\x02\xfe\x01\0\0\0\x02\0\0\0\x03\0\0\0", 16);
	FAM(30, "\x03\x03\x01\0\0\0\x02\0\0\0\x03\0\0\0", 16);
	FAM(30, "\x09\x07\x01\0\0\0\x02\0\0\0\x03\0\0\0", 16);
	/* AF_BLUETOOTH: hci, sco, rc, l2 */
	FAM(31, "\x01\0\x03\0", 6);
	FAM(31, "\x01\0", 4);
	FAM(31, "\x01\x02\x03\x04\x05\x06", 8);
	FAM(31, "\x01\x02\x03\x04\x05\x06\x07", 10);
	FAM(31, "\x01\0\x01\x02\x03\x04\x05\x06\x04\0\x01", 14);
	FAM(31, "\x01\x10\x01\x02\x03\x04\x05\x06\x40\0\x07", 14);
	FAM(31, "\x80\x00\x01\x02\x03\x04\x05\x06\x01\0", 12);
	FAM(31, "\x05\x00\x01\x02\x03\x04\x05\x06\x10\0", 12);
	FAM(31, "\x42\x10\x01\x02\x03\x04\x05\x06\x48\0\x02", 14);
	FAM(31, "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x10", 12 + 5);
	/* AF_RXRPC: service, transport_type, transport_len, transport */
	FAM(33, "\x01\0\x02\0\x10\0\x02\0\x00\x50\x7f\0\0\x01", 36);
	FAM(33, "\x01\0\x02\0\x04\0\x02\0\x00\x50\x7f\0\0\x01", 36);
	FAM(33, "\x01\0\x02\0\x1c\0\x0a\0\x00\x50", 36);
	/* AF_IEEE802154: addr_type, pan_id, addr */
	FAM(36, "\0\0\x02\0\0\0\x34\x12\x78\x56", 20);
	FAM(36, "\0\0\x03\0\0\0\xff\xff\x01\x02\x03\x04\x05\x06\x07\x08", 20);
	FAM(36, "\0\0\0\0\0\0\x34\x12", 20);
	/* AF_NFC: dev_idx, target_idx, nfc_protocol, (llcp: dsap, ssap, name, len) */
	FAM(39, "\0\0\x01\0\0\0\x02\0\0\0\x05\0\0\0", 16);
	FAM(39, "\0\0\x01\0\0\0\x02\0\0\0\x05\0\0\0", 20);
	FAM(39, "\0\0\x01\0\0\0\x02\0\0\0\x05\0\0\0\x01\x02svc", 96);
	return pt_end();
}
