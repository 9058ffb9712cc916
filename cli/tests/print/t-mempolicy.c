// opts: | -v | -s 4 | -X verbose | -X raw | -e verbose=none
// SPDX-License-Identifier: GPL-2.0
/*
 * t-mempolicy.c - NUMA memory policies (strace's numa.c): get_mempolicy's
 * mode and node mask written at exit, set_mempolicy's, mbind's and
 * migrate_pages' masks read at entry (print_nodemask() of print-misc.c,
 * put_nodemask() of decode-arg.c), set_mempolicy_home_node. The masks'
 * lengths from maxnode: 0 ("[]"), 1 (the pointer), 2, 64, 65, 66, libnuma's
 * 1025, overflowing ones; unreadable pointers; failed calls. Calls that a
 * host of a single node (node 0) allows.
 */
#include "ptest.h"

#include <string.h>
#include <sys/mman.h>

#define MPOL_DEFAULT		0
#define MPOL_PREFERRED		1
#define MPOL_BIND		2
#define MPOL_F_STATIC_NODES	0x8000
#define MPOL_F_NODE		1
#define MPOL_F_ADDR		2
#define MPOL_MF_STRICT		1

#define BAD	((void *)1)

int main(int argc, char **argv)
{
	unsigned long mask[24], big[64];
	unsigned int i;
	void *page;
	int mode;

	page = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return 1;
	*(char *)page = 1;
	memset(mask, 0, sizeof(mask));
	for (i = 0; i < 64; i++)
		big[i] = i;

	pt_begin(argc, argv);
	/* the default policy, whatever maxnode */
	PT(SYS_get_mempolicy, &mode, mask, 1025, NULL, 0);
	PT(SYS_get_mempolicy, &mode, mask, 64, NULL, 0);
	PT(SYS_get_mempolicy, &mode, mask, 65, NULL, 0);
	PT(SYS_get_mempolicy, &mode, mask, 66, NULL, 0);
	PT(SYS_get_mempolicy, &mode, mask, 2, NULL, 0);
	PT(SYS_get_mempolicy, &mode, mask, 1, NULL, 0);
	PT(SYS_get_mempolicy, &mode, mask, 0, NULL, 0);
	PT(SYS_get_mempolicy, &mode, NULL, 0, NULL, 0);
	PT(SYS_get_mempolicy, NULL, NULL, 1025, NULL, 0);
	PT(SYS_get_mempolicy, NULL, mask, 1025, NULL, 0);
	/* maxnode so large that strace's count of longs overflows */
	PT(SYS_get_mempolicy, &mode, mask, -1UL, NULL, 0);
	PT(SYS_get_mempolicy, &mode, mask, -63UL, NULL, 0);
	PT(SYS_get_mempolicy, &mode, mask, -64UL, NULL, 0);
	PT(SYS_get_mempolicy, BAD, BAD, 1025, NULL, 0);
	PT(SYS_get_mempolicy, &mode, BAD, 1025, NULL, 0);
	PT(SYS_get_mempolicy, &mode, mask, 1025, NULL, 0x17);
	PT(SYS_get_mempolicy, &mode, mask, 1025, NULL, 0x10);

	/* set_mempolicy: the mask as given, then as get_mempolicy sees it */
	mask[0] = 1;
	mask[1] = 0x8000000000000000UL;
	mask[2] = 0x123;
	PT(SYS_set_mempolicy, MPOL_PREFERRED, mask, 200);
	PT(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0);
	mask[1] = mask[2] = 0;
	PT(SYS_set_mempolicy, MPOL_BIND, mask, 2);
	PT(SYS_get_mempolicy, &mode, mask, 1025, NULL, 0);
	mask[0] = 1;
	PT(SYS_set_mempolicy, MPOL_BIND | MPOL_F_STATIC_NODES, mask, 1025);
	PT(SYS_get_mempolicy, &mode, mask, 130, NULL, 0);
	PT(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0);
	PT(SYS_set_mempolicy, MPOL_PREFERRED, mask, 0);
	PT(SYS_set_mempolicy, MPOL_PREFERRED, mask, 1);
	PT(SYS_set_mempolicy, MPOL_PREFERRED, BAD, 1025);
	PT(SYS_set_mempolicy, 0x8007, mask, 2);
	PT(SYS_set_mempolicy, 0x10007, mask, 2);
	/* more longs than -s: "..." (not -v: the capture holds 32 of them) */
	PT(SYS_set_mempolicy, MPOL_PREFERRED, big, 640);
	PT(SYS_set_mempolicy, MPOL_PREFERRED, (char *)big + 1, 129);
	PT(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0);

	/* mbind on a page of its own, and the policy of that page */
	mask[0] = 1;
	PT(SYS_mbind, page, 4096, MPOL_BIND, mask, 2, 0);
	PT(SYS_mbind, page, 4096, MPOL_BIND, mask, 1025, MPOL_MF_STRICT);
	PT(SYS_get_mempolicy, &mode, NULL, 0, page, MPOL_F_ADDR);
	PT(SYS_get_mempolicy, &mode, NULL, 0, page, MPOL_F_NODE | MPOL_F_ADDR);
	PT(SYS_get_mempolicy, &mode, mask, 1025, page, MPOL_F_ADDR);
	PT(SYS_mbind, page, 4096, MPOL_DEFAULT, NULL, 0, 0);
	PT(SYS_mbind, page, 4096, MPOL_BIND, BAD, 2, 0);
	PT(SYS_mbind, NULL, 0, MPOL_DEFAULT, NULL, 0, 0x87);

	/* migrate_pages: both masks of maxnode bits */
	PT(SYS_migrate_pages, 0, 2, mask, mask);
	PT(SYS_migrate_pages, 0, 1025, mask, mask);
	PT(SYS_migrate_pages, 0, 0, NULL, NULL);
	PT(SYS_migrate_pages, -1, 65, BAD, mask);

	PT(SYS_set_mempolicy_home_node, page, 4096, 0, 0);
	PT(SYS_set_mempolicy_home_node, page, 4096, 5, 3);
	return pt_end();
}
