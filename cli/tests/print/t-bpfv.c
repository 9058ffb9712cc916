// opts: -v | -e abbrev=none -X verbose | -v -e abbrev=bpf
// SPDX-License-Identifier: GPL-2.0
/*
 * t-bpfv.c - bpf's union bpf_attr unabbreviated (print-misc.c): fields
 * strace prints only with -v, bytes past its structures in hex. Not here:
 * what strace reads from memory the attribute points to (a program's
 * instructions, an object's info), which the module does not copy.
 */
#include <string.h>
#include <linux/bpf.h>

#include "ptest.h"

static union bpf_attr a;
static char big[512];

#define BPF(cmd, attr, size)	PT(SYS_bpf, (cmd), (attr), (size))

int main(int argc, char **argv)
{
	long map;

	pt_begin(argc, argv);
	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = 4;
	a.value_size = 8;
	a.max_entries = 4;
	a.map_extra = -1;
	map = BPF(BPF_MAP_CREATE, &a, sizeof(a));
	a.map_extra = 0;
	map = BPF(BPF_MAP_CREATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_KPROBE;
	a.insn_cnt = 0;
	a.insns = (unsigned long)big;
	a.license = 0;
	BPF(BPF_PROG_LOAD, &a, sizeof(a));
	a.insns = 0;
	a.insn_cnt = 3;
	BPF(BPF_PROG_LOAD, &a, sizeof(a));
	memset(big, 0, sizeof(big));
	((union bpf_attr *)big)->map_fd = map;
	big[100] = 1;
	big[130] = 0xff;
	BPF(BPF_MAP_FREEZE, big, 120);
	BPF(BPF_MAP_FREEZE, big, 160);
	BPF(BPF_MAP_DELETE_ELEM, big, 140);
	memset(&a, 0, sizeof(a));
	BPF(BPF_MAP_GET_NEXT_ID, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.link_create.prog_fd = -1;
	a.link_create.target_fd = -1;
	a.link_create.attach_type = BPF_TRACE_ITER;
	a.link_create.iter_info_len = 0;
	a.link_create.iter_info = (unsigned long)big;
	BPF(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.attach_type = BPF_CGROUP_INET_EGRESS;
	a.link_create.flags = 5;
	BPF(BPF_LINK_CREATE, &a, sizeof(a));
	PT(SYS_close, map);
	return pt_end();
}
