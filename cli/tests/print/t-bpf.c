// opts: | -X raw | -X verbose | -e verbose=none | -x -s 4
// SPDX-License-Identifier: GPL-2.0
/*
 * t-bpf.c - bpf's union bpf_attr (print-misc.c): the commands a program
 * that uses maps and programs makes, and those strace decodes at exit.
 * Needs root (bpf). -v: t-bpfv.c.
 */
#include <string.h>
#include <linux/bpf.h>

#include "ptest.h"

static union bpf_attr a;
static char big[512];

#define BPF(cmd, attr, size)	PT(SYS_bpf, (cmd), (attr), (size))

int main(int argc, char **argv)
{
	unsigned int key = 0, next = 0, ids[4];
	unsigned long long value = 7, keys[4], values[4];
	long map, cg;

	pt_begin(argc, argv);
	/* maps */
	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = 4;
	a.value_size = 8;
	a.max_entries = 4;
	strcpy(a.map_name, "kstrace_map");
	map = BPF(BPF_MAP_CREATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_HASH;
	a.key_size = 4;
	a.value_size = 8;
	a.max_entries = 4;
	a.map_flags = BPF_F_NO_PREALLOC | BPF_F_NUMA_NODE | (1U << 20);
	a.numa_node = -1;
	memcpy(a.map_name, "0123456789abcdef", 16);
	BPF(BPF_MAP_CREATE, &a, sizeof(a));
	a.map_type = 999;
	BPF(BPF_MAP_CREATE, &a, 20);
	BPF(BPF_MAP_CREATE, &a, 36);
	memset(&a, 0, sizeof(a));
	a.map_fd = map;
	a.key = (unsigned long)&key;
	a.value = (unsigned long)&value;
	a.flags = BPF_ANY;
	BPF(BPF_MAP_UPDATE_ELEM, &a, sizeof(a));
	a.flags = 77;
	BPF(BPF_MAP_UPDATE_ELEM, &a, sizeof(a));
	a.flags = BPF_F_LOCK;
	BPF(BPF_MAP_LOOKUP_ELEM, &a, sizeof(a));
	a.flags = 0;
	BPF(BPF_MAP_LOOKUP_ELEM, &a, 24);
	BPF(BPF_MAP_DELETE_ELEM, &a, sizeof(a));
	a.key = 0;
	a.next_key = (unsigned long)&next;
	BPF(BPF_MAP_GET_NEXT_KEY, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.batch.keys = (unsigned long)keys;
	a.batch.values = (unsigned long)values;
	a.batch.out_batch = (unsigned long)&next;
	a.batch.count = 4;
	a.batch.map_fd = map;
	BPF(BPF_MAP_LOOKUP_BATCH, &a, sizeof(a));
	a.batch.count = 2;
	BPF(BPF_MAP_UPDATE_BATCH, &a, sizeof(a));
	BPF(BPF_MAP_DELETE_BATCH, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.map_fd = map;
	BPF(BPF_MAP_FREEZE, &a, sizeof(a));
	/* ids, objects */
	memset(&a, 0, sizeof(a));
	BPF(BPF_MAP_GET_NEXT_ID, &a, sizeof(a));
	a.map_id = a.next_id;
	a.open_flags = BPF_F_RDONLY;
	BPF(BPF_MAP_GET_FD_BY_ID, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.start_id = -1;
	BPF(BPF_PROG_GET_NEXT_ID, &a, sizeof(a));
	BPF(BPF_BTF_GET_NEXT_ID, &a, 8);
	BPF(BPF_LINK_GET_NEXT_ID, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.prog_id = -1;
	BPF(BPF_PROG_GET_FD_BY_ID, &a, sizeof(a));
	a.btf_id = -1;
	BPF(BPF_BTF_GET_FD_BY_ID, &a, sizeof(a));
	a.link_id = -1;
	BPF(BPF_LINK_GET_FD_BY_ID, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = map;
	a.info.info_len = 200;
	a.info.info = (unsigned long)big;
	BPF(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	a.info.bpf_fd = -1;
	BPF(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.bpf_fd = map;
	a.file_flags = BPF_F_WRONLY;
	BPF(BPF_OBJ_PIN, &a, sizeof(a));
	BPF(BPF_OBJ_GET, &a, 12);
	/* programs: strings and instructions are not copied (NULL, bad) */
	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = 2;
	a.insns = 0;
	a.license = 0;
	a.log_buf = (unsigned long)big;
	a.log_size = 0;
	a.kern_version = (5 << 16) | (10 << 8) | 3;
	a.prog_flags = BPF_F_STRICT_ALIGNMENT;
	strcpy(a.prog_name, "prog");
	a.expected_attach_type = BPF_CGROUP_INET_EGRESS;
	BPF(BPF_PROG_LOAD, &a, sizeof(a));
	a.license = 1;
	a.log_buf = 0;
	a.insn_cnt = 0;
	a.prog_type = 4242;
	BPF(BPF_PROG_LOAD, &a, 72);
	memset(&a, 0, sizeof(a));
	a.target_fd = -1;
	a.attach_bpf_fd = -1;
	a.attach_type = BPF_CGROUP_INET_EGRESS;
	a.attach_flags = BPF_F_ALLOW_MULTI;
	BPF(BPF_PROG_ATTACH, &a, sizeof(a));
	BPF(BPF_PROG_DETACH, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.test.prog_fd = -1;
	a.test.repeat = 3;
	a.test.data_in = (unsigned long)big;
	a.test.flags = BPF_F_TEST_RUN_ON_CPU;
	BPF(BPF_PROG_TEST_RUN, &a, sizeof(a));
	BPF(BPF_PROG_TEST_RUN, &a, 40);
	/* queries: a cgroup v1 directory is no target */
	cg = PT(SYS_open, "/sys/fs/cgroup", O_RDONLY | O_DIRECTORY);
	memset(&a, 0, sizeof(a));
	a.query.target_fd = cg;
	a.query.attach_type = BPF_CGROUP_INET_INGRESS;
	a.query.query_flags = BPF_F_QUERY_EFFECTIVE;
	a.query.prog_ids = (unsigned long)ids;
	a.query.prog_cnt = 4;
	BPF(BPF_PROG_QUERY, &a, sizeof(a));
	a.query.prog_ids = 0;
	BPF(BPF_PROG_QUERY, &a, sizeof(a));
	PT(SYS_close, cg);
	/* a network namespace has no flow dissector: prog_cnt=4 => 0 */
	cg = PT(SYS_open, "/proc/self/ns/net", O_RDONLY);
	memset(&a, 0, sizeof(a));
	a.query.target_fd = cg;
	a.query.attach_type = BPF_FLOW_DISSECTOR;
	a.query.prog_ids = (unsigned long)ids;
	a.query.prog_cnt = 4;
	BPF(BPF_PROG_QUERY, &a, sizeof(a));
	PT(SYS_close, cg);
	memset(&a, 0, sizeof(a));
	a.raw_tracepoint.name = 0;
	a.raw_tracepoint.prog_fd = -1;
	BPF(BPF_RAW_TRACEPOINT_OPEN, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.btf_log_level = 1;
	BPF(BPF_BTF_LOAD, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.task_fd_query.pid = 1;
	a.task_fd_query.fd = -1;
	a.task_fd_query.buf_len = 0;
	a.task_fd_query.buf = (unsigned long)big;
	BPF(BPF_TASK_FD_QUERY, &a, sizeof(a));
	a.task_fd_query.buf_len = 16;
	a.task_fd_query.buf = 0;
	BPF(BPF_TASK_FD_QUERY, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.link_create.prog_fd = -1;
	a.link_create.target_fd = -1;
	a.link_create.attach_type = BPF_PERF_EVENT;
	a.link_create.perf_event.bpf_cookie = 0x1234;
	BPF(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.attach_type = BPF_TRACE_KPROBE_MULTI;
	a.link_create.kprobe_multi.flags = BPF_F_KPROBE_MULTI_RETURN;
	a.link_create.kprobe_multi.cnt = 0;
	BPF(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.attach_type = 0;
	BPF(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.attach_type = BPF_CGROUP_INET_EGRESS;
	BPF(BPF_LINK_CREATE, &a, 16);
	memset(&a, 0, sizeof(a));
	a.link_update.link_fd = -1;
	a.link_update.new_prog_fd = -1;
	a.link_update.flags = BPF_F_REPLACE;
	a.link_update.old_prog_fd = -1;
	BPF(BPF_LINK_UPDATE, &a, sizeof(a));
	/* bytes past strace's structure, sizes it does not take, bad pointers */
	memset(big, 0, sizeof(big));
	((union bpf_attr *)big)->map_fd = map;
	big[100] = 1;
	BPF(BPF_MAP_FREEZE, big, 120);
	BPF(BPF_MAP_FREEZE, big, 0);
	BPF(BPF_MAP_FREEZE, big, 8192);
	BPF(99, big, 16);
	BPF(BPF_MAP_FREEZE, 0, 16);
	BPF(BPF_MAP_FREEZE, 1, 16);
	PT(SYS_close, map);
	return pt_end();
}
