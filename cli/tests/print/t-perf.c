// opts: | -v | -X raw | -X verbose | -e verbose=none | -e abbrev=none -X verbose
// SPDX-License-Identifier: GPL-2.0
/* t-perf.c - perf_event_open's struct perf_event_attr (print-misc.c). */
#include <string.h>
#include <linux/perf_event.h>

#include "ptest.h"

static struct perf_event_attr a;
static char big[256];

static void reset(unsigned int type, unsigned int size)
{
	memset(&a, 0, sizeof(a));
	a.type = type;
	a.size = size;
}

int main(int argc, char **argv)
{
	struct perf_event_attr *b = (struct perf_event_attr *)big;
	long fd;

	pt_begin(argc, argv);
	/* a counter that opens */
	reset(PERF_TYPE_SOFTWARE, sizeof(a));
	a.config = PERF_COUNT_SW_TASK_CLOCK;
	a.disabled = 1;
	a.exclude_kernel = 1;
	a.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID;
	a.read_format = PERF_FORMAT_ID;
	fd = PT(SYS_perf_event_open, &a, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
	PT(SYS_close, fd);
	/* version 0, a PMU type in config's high half, freq */
	reset(PERF_TYPE_HARDWARE, PERF_ATTR_SIZE_VER0);
	a.config = PERF_COUNT_HW_INSTRUCTIONS | (5ULL << 32);
	a.freq = 1;
	a.sample_freq = 4000;
	a.precise_ip = 2;
	PT(SYS_perf_event_open, &a, 0, -1, -1, 0);
	/* cache events */
	reset(PERF_TYPE_HW_CACHE, PERF_ATTR_SIZE_VER3);
	a.config = 1 | (2 << 8) | (1 << 16) | (7ULL << 24) | (9ULL << 32);
	a.inherit = 1;
	a.mmap2 = 1;
	a.sigtrap = 1;
	a.wakeup_events = 3;
	a.config1 = 0x12;
	a.config2 = 0x34;
	PT(SYS_perf_event_open, &a, -1, 0, -1, 0);
	reset(PERF_TYPE_HW_CACHE, PERF_ATTR_SIZE_VER1);
	a.config = 77 | (77 << 8) | (77 << 16);
	PT(SYS_perf_event_open, &a, -1, 0, -1, 0);
	/* a size the kernel does not know, with non-zero bytes past it: E2BIG */
	memset(big, 0, sizeof(big));
	b->type = PERF_TYPE_TRACEPOINT;
	b->size = 200;
	b->config = 1234;
	big[180] = 1;
	PT(SYS_perf_event_open, b, 0, -1, -1, 0);
	/* breakpoints, clock ids, branch samples, every field of VER7 */
	reset(PERF_TYPE_BREAKPOINT, 136);
	a.bp_type = 3;
	a.bp_addr = 0x1234;
	a.bp_len = 8;
	a.use_clockid = 1;
	a.clockid = 1;
	a.sample_type = PERF_SAMPLE_BRANCH_STACK | PERF_SAMPLE_STACK_USER;
	a.branch_sample_type = PERF_SAMPLE_BRANCH_USER | (1ULL << 40);
	a.sample_stack_user = 64;
	a.watermark = 1;
	a.wakeup_watermark = 3;
	a.sample_regs_user = 0xff;
	a.sample_regs_intr = 0x3;
	a.aux_watermark = 4096;
	a.sample_max_stack = 127;
	a.aux_sample_size = 8;
	a.sig_data = 0xdeadbeef;
	PT(SYS_perf_event_open, &a, 0, -1, -1, 0);
	reset(PERF_TYPE_BREAKPOINT, PERF_ATTR_SIZE_VER5);
	a.bp_type = 5;
	a.use_clockid = 1;
	a.clockid = -6;
	a.__reserved_2 = 7;
	PT(SYS_perf_event_open, &a, 0, -1, -1, 0);
	reset(PERF_TYPE_BREAKPOINT, PERF_ATTR_SIZE_VER7);
	a.bp_type = 99;
	a.__reserved_3 = 9;
	PT(SYS_perf_event_open, &a, 0, -1, -1, 0);
	/* unknown types, bits strace does not know, sizes too small */
	reset(99, sizeof(a));
	a.config = 0xabc;
	a.sample_type = 1ULL << 40;
	a.read_format = 1ULL << 40;
	*((unsigned long long *)&a + 5) = 3ULL << 50;
	PT(SYS_perf_event_open, &a, 0, -1, -1, 0x100);
	reset(PERF_TYPE_RAW, 32);
	PT(SYS_perf_event_open, &a, 0, -1, -1, 0);
	/*
	 * Not here: size 0 (PERF_ATTR_SIZE_VER0 to strace): the module
	 * copies what the size field says, one byte for 0 (sysargs.h FIELD).
	 */
	PT(SYS_perf_event_open, 0, 0, -1, -1, 0);
	PT(SYS_perf_event_open, 1, 0, -1, -1, 0);
	return pt_end();
}
