// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-sched.c - sched_param, sched_attr and CPU masks (print-process.c):
 * sched_{get,set}param, sched_setscheduler, sched_{get,set}attr,
 * sched_{get,set}affinity, sched_getscheduler's policy.
 */
#include "ptest.h"

#include <sched.h>
#include <string.h>

/* linux/sched/types.h, which clashes with sched.h */
struct sched_attr {
	uint32_t size, sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime, sched_deadline, sched_period;
	uint32_t sched_util_min, sched_util_max;
};

#define SCHED_FLAG_RESET_ON_FORK	0x01
#define SCHED_FLAG_KEEP_POLICY		0x08

#define BAD	((void *)1)

int main(int argc, char **argv)
{
	struct sched_param sp = { 0 };
	struct sched_attr attr;
	unsigned char big[256];
	unsigned long mask[4];

	pt_begin(argc, argv);
	PT(SYS_sched_getparam, 0, &sp);
	PT(SYS_sched_setparam, 0, &sp);
	PT(SYS_sched_getparam, -1, &sp);
	PT(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
	sp.sched_priority = 5;
	PT(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
	PT(SYS_sched_setscheduler, 0, SCHED_BATCH, BAD);
	PT(SYS_sched_getscheduler, 0);
	PT(SYS_sched_getscheduler, -1);

	memset(&attr, 0, sizeof(attr));
	PT(SYS_sched_getattr, 0, &attr, sizeof(attr), 0);
	PT(SYS_sched_getattr, 0, &attr, 48, 0);
	PT(SYS_sched_getattr, 0, big, sizeof(big), 0);
	PT(SYS_sched_getattr, 0, &attr, 8, 0);
	PT(SYS_sched_getattr, 0, NULL, sizeof(attr), 0);
	attr.size = 48;
	attr.sched_policy = SCHED_OTHER;
	attr.sched_nice = 1;
	PT(SYS_sched_setattr, 0, &attr, 0);
	/*
	 * Not size 0: strace reads 48 bytes of it, the capture (LEN FIELD)
	 * one.
	 */
	attr.sched_flags = SCHED_FLAG_RESET_ON_FORK | 0x1000;
	PT(SYS_sched_setattr, 0, &attr, 0);
	attr.size = sizeof(attr);
	attr.sched_flags = SCHED_FLAG_KEEP_POLICY;
	attr.sched_policy = 12345;
	PT(SYS_sched_setattr, 0, &attr, 0);
	memset(big, 0, sizeof(big));
	memcpy(big, &attr, sizeof(attr));
	((struct sched_attr *)big)->size = 100;
	PT(SYS_sched_setattr, 0, big, 0);
	attr.size = 20;
	PT(SYS_sched_setattr, 0, &attr, 0);
	PT(SYS_sched_setattr, 0, BAD, 0);

	memset(mask, 0, sizeof(mask));
	PT(SYS_sched_getaffinity, 0, sizeof(mask), mask);
	PT(SYS_sched_getaffinity, 0, 8, mask);
	PT(SYS_sched_getaffinity, 0, 1, mask);
	PT(SYS_sched_getaffinity, 0, 8, NULL);
	PT(SYS_sched_setaffinity, 0, 8, mask);
	mask[0] = 0x5;
	mask[1] = 0x8000000000000001UL;
	PT(SYS_sched_setaffinity, -1, sizeof(mask), mask);
	PT(SYS_sched_setaffinity, -1, 0, mask);
	PT(SYS_sched_setaffinity, -1, 300, big);
	PT(SYS_sched_setaffinity, 0, 8, BAD);
	return pt_end();
}
