// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-mount-attr.c - mount_setattr's struct mount_attr (print-file.c), in
 * calls that fail (a bad descriptor) so that no mount changes: flags
 * known and not, propagation, userns_fd as a descriptor only with
 * MOUNT_ATTR_IDMAP; a size below the first version's; NULL and bad
 * pointers.
 */
#include "ptest.h"

#include <linux/mount.h>

int main(int argc, char **argv)
{
	struct mount_attr a1 = { .attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID,
				 .attr_clr = MOUNT_ATTR_NOEXEC };
	struct mount_attr a2 = { .attr_set = MOUNT_ATTR_IDMAP, .userns_fd = 0,
				 .propagation = MS_SHARED };
	struct mount_attr a3 = { .attr_set = 0x40000000, .attr_clr = MOUNT_ATTR_IDMAP | 0x800,
				 .propagation = 0x1234, .userns_fd = 3 };
	struct mount_attr a4 = { .attr_clr = MOUNT_ATTR_IDMAP, .userns_fd = 0x80000000u,
				 .propagation = MS_PRIVATE };

	pt_begin(argc, argv);
	PT(SYS_mount_setattr, -1, "x", 0, &a1, sizeof(a1));
	PT(SYS_mount_setattr, -1, "x", AT_RECURSIVE, &a2, sizeof(a2));
	PT(SYS_mount_setattr, -1, "x", 0, &a3, sizeof(a3));
	PT(SYS_mount_setattr, -1, "x", 0, &a4, sizeof(a4));
	PT(SYS_mount_setattr, -1, "x", 0, &a1, 16);
	PT(SYS_mount_setattr, -1, "x", 0, NULL, sizeof(a1));
	PT(SYS_mount_setattr, -1, "x", 0, (void *)1, sizeof(a1));
	return pt_end();
}
