// opts: | -X raw | -X verbose
// SPDX-License-Identifier: GPL-2.0
/*
 * t-xlatcheck.c - the constants gen-xlatcheck.sh found wrong in the
 * tables (their values differed from the system headers'): TIOCGPKT and
 * TIOCGPTLCK were swapped; SOCK_TXREHASH_DEFAULT is 255, and -1 has no
 * name (strace prints "-1 / * SOCK_TXREHASH_??? * /").
 */
#include "ptest.h"

#include <sys/ioctl.h>
#include <sys/socket.h>

#ifndef SO_TXREHASH
#define SO_TXREHASH	74
#endif

int main(int argc, char **argv)
{
	int n = 0, v, ptm, s;

	ptm = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	s = socket(AF_INET, SOCK_STREAM, 0);
	if (ptm < 0 || s < 0)
		rec_die("/dev/ptmx, socket");

	pt_begin(argc, argv);
	PT(SYS_ioctl, ptm, TIOCGPKT, &n);
	PT(SYS_ioctl, ptm, TIOCGPTLCK, &n);
	PT(SYS_ioctl, s, TIOCGPKT, &n);
	v = 255;
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_TXREHASH, &v, sizeof(v));
	v = -1;
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_TXREHASH, &v, sizeof(v));
	v = 1;
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_TXREHASH, &v, sizeof(v));
	v = 0;
	PT(SYS_setsockopt, s, SOL_SOCKET, SO_TXREHASH, &v, sizeof(v));
	return pt_end();
}
