// opts: | -v | -xx | -s 8
// SPDX-License-Identifier: GPL-2.0
/*
 * t-iov.c - iovec arrays (print-net.c): writev, pwritev, pwritev2 (the
 * data of every element, each cut at -s), readv, preadv, preadv2 (the
 * data up to the return value), the element count limit, NULL and bad
 * pointers, failures.
 */
#include "ptest.h"

#include <string.h>
#include <sys/uio.h>


int main(int argc, char **argv)
{
	char a[64] = "hello", b2[64] = "world, a longer one: 0123456789abcdef";
	char r1[8], r2[64], big[10][2];
	struct iovec w[3] = {
		{ a, 5 }, { b2, strlen(b2) }, { (char *)"\0\1\n\t\"x", 6 },
	};
	struct iovec r[2] = { { r1, sizeof(r1) }, { r2, sizeof(r2) } };
	struct iovec many[10], nul[2] = { { NULL, 0 }, { NULL, 4 } };
	int p[2], i;

	pt_begin(argc, argv);
	pipe(p);
	PT(SYS_writev, p[1], w, 3);
	PT(SYS_readv, p[0], r, 2);
	PT(SYS_writev, p[1], w, 1);
	/* less data than room: later elements get nothing */
	PT(SYS_readv, p[0], r, 2);
	PT(SYS_writev, p[1], w, 0);
	PT(SYS_writev, p[1], NULL, 0);
	PT(SYS_writev, p[1], NULL, 2);
	PT(SYS_writev, p[1], (void *)1, 2);
	PT(SYS_writev, p[1], nul, 1);
	PT(SYS_writev, p[1], nul, 2);
	PT(SYS_writev, 999, w, 2);
	PT(SYS_readv, 999, r, 2);
	PT(SYS_readv, p[0], NULL, 1);

	/* more elements than -s 8 (more than -s 32: t-iov-many.c) */
	for (i = 0; i < 10; i++) {
		big[i][0] = 'a' + i;
		many[i].iov_base = big[i];
		many[i].iov_len = 1;
	}
	PT(SYS_writev, p[1], many, 10);
	PT(SYS_readv, p[0], many, 10);

	/* positioned */
	PT(SYS_pwritev, p[1], w, 2, 0);
	PT(SYS_preadv, p[0], r, 2, -1);
	PT(SYS_pwritev2, p[1], w, 3, -1, 0, 0);
	PT(SYS_preadv2, p[0], r, 2, -1, 0, 0);
	PT(SYS_pwritev2, p[1], w, 1, -1, 0, 8);
	PT(SYS_preadv2, p[0], r, 1, -1, 0, 9);
	PT(SYS_preadv, p[0], r, 2, 0);
	return pt_end();
}
