// opts: | -s 3
// SPDX-License-Identifier: GPL-2.0
/*
 * t-iov-many.c - iovec arrays longer than -s (print-net.c): strace shows
 * -s elements, then "...". Not with -v: strace shows them all, and the
 * module copies 32 of them (KS_TYPE(IOV) in include/kstrace/sysargs.h).
 */
#include "ptest.h"

#include <sys/uio.h>

int main(int argc, char **argv)
{
	struct iovec many[40];
	char big[40][2];
	int p[2], i;

	pt_begin(argc, argv);
	pipe(p);
	for (i = 0; i < 40; i++) {
		big[i][0] = 'a' + i % 26;
		many[i].iov_base = big[i];
		many[i].iov_len = 1;
	}
	PT(SYS_writev, p[1], many, 40);
	PT(SYS_readv, p[0], many, 40);
	PT(SYS_writev, p[1], many, 33);
	PT(SYS_readv, p[0], many, 32);
	return pt_end();
}
