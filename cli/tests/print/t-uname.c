// opts: | -v | -xx | -v -x | -s 4
// SPDX-License-Identifier: GPL-2.0
/* t-uname.c - uname, sysinfo, times (print-process.c). */
#include "ptest.h"

#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/utsname.h>

#define BAD	((void *)1)

int main(int argc, char **argv)
{
	volatile unsigned long i;
	struct utsname u;
	struct sysinfo si;
	struct tms t;

	pt_begin(argc, argv);
	for (i = 0; i < 50000000; i++)
		;
	PT(SYS_uname, &u);
	PT(SYS_uname, NULL);
	PT(SYS_uname, BAD);
	PT(SYS_sysinfo, &si);
	PT(SYS_sysinfo, BAD);
	PT(SYS_times, &t);
	PT(SYS_times, NULL);
	PT(SYS_times, BAD);
	return pt_end();
}
