// opts: | -xx
// SPDX-License-Identifier: GPL-2.0
/*
 * t-sockopt-filter.c - SO_ATTACH_FILTER's struct sock_fprog (print-net.c).
 * Not with -v: strace then decodes the BPF program the structure points
 * to, which the module does not copy.
 */
#include "ptest.h"

#include <linux/filter.h>
#include <sys/socket.h>

int main(int argc, char **argv)
{
	struct sock_filter insn = BPF_STMT(BPF_RET | BPF_K, 0xffff);
	struct sock_fprog prog = { 1, &insn }, none = { 0, NULL };
	long s;

	pt_begin(argc, argv);
	s = PT(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_ATTACH_FILTER, &none, sizeof(none));
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, 8);
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &prog, sizeof(prog));
	return pt_end();
}
