// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/* t-rlimit.c - getrlimit, setrlimit, prlimit64 (print-process.c). */
#include "ptest.h"

#include <sys/resource.h>

#define BAD	((void *)1)

int main(int argc, char **argv)
{
	struct rlimit64 rl, old;

	pt_begin(argc, argv);
	PT(SYS_getrlimit, RLIMIT_STACK, &rl);
	PT(SYS_getrlimit, RLIMIT_NOFILE, &rl);
	PT(SYS_getrlimit, RLIMIT_CORE, &old);
	PT(SYS_setrlimit, RLIMIT_CORE, &old);
	PT(SYS_getrlimit, 12345, &rl);
	PT(SYS_getrlimit, RLIMIT_AS, NULL);
	PT(SYS_prlimit64, 0, RLIMIT_CPU, NULL, &rl);
	rl.rlim_cur = 1024;
	rl.rlim_max = 2048;
	PT(SYS_prlimit64, 0, RLIMIT_MSGQUEUE, NULL, &old);
	PT(SYS_prlimit64, 0, RLIMIT_MSGQUEUE, &rl, &old);
	PT(SYS_prlimit64, 0, RLIMIT_MSGQUEUE, &old, NULL);
	rl.rlim_cur = 1025;
	rl.rlim_max = 1024;
	PT(SYS_prlimit64, 0, RLIMIT_NICE, &rl, &old);
	PT(SYS_setrlimit, RLIMIT_NICE, &rl);
	rl.rlim_cur = 0;
	rl.rlim_max = RLIM64_INFINITY - 1024 + 1;
	PT(SYS_prlimit64, -1, RLIMIT_NICE, &rl, &old);
	PT(SYS_prlimit64, 0, RLIMIT_NICE, BAD, BAD);
	PT(SYS_setrlimit, RLIMIT_NICE, BAD);
	return pt_end();
}
