// opts: | -s 8 | -e verbose=none
// SPDX-License-Identifier: GPL-2.0
/*
 * t-mempolicy-long.c - node masks of more longs than strace prints
 * without -v (-s of them, 32 by default): "..." after them. Not run with
 * -v, under which strace prints them all and kstrace the 32 longs its
 * capture holds (sysargs.h's NODEMASK cap), then "...".
 */
#include "ptest.h"

#define MPOL_PREFERRED		1

int main(int argc, char **argv)
{
	unsigned long big[80];
	unsigned int i;

	for (i = 0; i < 80; i++)
		big[i] = i;
	pt_begin(argc, argv);
	PT(SYS_set_mempolicy, MPOL_PREFERRED, big, 4096);
	PT(SYS_set_mempolicy, MPOL_PREFERRED, big, 2049);
	PT(SYS_set_mempolicy, MPOL_PREFERRED, big, 2050);
	PT(SYS_get_mempolicy, NULL, big, 4097, NULL, 0);
	PT(SYS_migrate_pages, 0, 5000, big, big);
	return pt_end();
}
