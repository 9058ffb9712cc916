// opts: | -X raw | -X verbose | -s 8
// SPDX-License-Identifier: GPL-2.0
/*
 * t-ioprio.c - ioprio_set's priority as IOPRIO_PRIO_VALUE(class, data)
 * and ioprio_get's return value so named; syslog's action, always in the
 * verbose style, and the log it reads.
 */
#include "ptest.h"

#define BAD	((void *)1)
#define PRIO(class, data)	((class) << 13 | (data))

static void ioprio(void)
{
	PT(SYS_ioprio_set, 1, 0, PRIO(3, 7));		/* IOPRIO_WHO_PROCESS */
	PT(SYS_ioprio_get, 1, 0);
	PT(SYS_ioprio_set, 1, 0, PRIO(2, 4));
	PT(SYS_ioprio_get, 1, 0);
	PT(SYS_ioprio_set, 1, 0, PRIO(0, 0));
	PT(SYS_ioprio_get, 1, 0);
	PT(SYS_ioprio_set, 2, 0, PRIO(1, 0));		/* IOPRIO_WHO_PGRP */
	PT(SYS_ioprio_get, 3, 0);			/* IOPRIO_WHO_USER */
	PT(SYS_ioprio_set, 9, -1, PRIO(7, 8191));
	PT(SYS_ioprio_get, 9, -5);
	PT(SYS_ioprio_set, 1, 999999, -1);
	PT(SYS_ioprio_set, 1, 0, 0x12345678);
}

static void logs(void)
{
	char buf[64];

	PT(SYS_syslog, 10, 0, 0);			/* SIZE_BUFFER */
	PT(SYS_syslog, 9, BAD, 5);			/* SIZE_UNREAD */
	PT(SYS_syslog, 3, buf, sizeof(buf));		/* READ_ALL */
	PT(SYS_syslog, 3, buf, 0);
	PT(SYS_syslog, 3, BAD, 10);
	PT(SYS_syslog, 3, NULL, 10);
	PT(SYS_syslog, 3, buf, -1);
	PT(SYS_syslog, 2, buf, 0);			/* READ: no wait */
	PT(SYS_syslog, 4, NULL, -1);			/* READ_CLEAR */
	PT(SYS_syslog, 8, BAD, 7);			/* CONSOLE_LEVEL */
	PT(SYS_syslog, 8, NULL, 99);
	PT(SYS_syslog, 8, NULL, -1);
	PT(SYS_syslog, 99, BAD, -3);
	PT(SYS_syslog, -1, NULL, 0);
	PT(SYS_syslog, 0, BAD, 1);			/* CLOSE */
}

int main(int argc, char **argv)
{
	pt_begin(argc, argv);
	ioprio();
	logs();
	return pt_end();
}
