// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/* t-stat.c - stat, fstat, newfstatat, statx, statfs (print-file.c). */
#include <sys/stat.h>
#include <sys/statfs.h>

#include "ptest.h"

int main(int argc, char **argv)
{
	struct stat st;

	pt_begin(argc, argv);
	PT(SYS_fstat, 0, &st);
	PT(SYS_newfstatat, AT_FDCWD, "/", &st, 0);
	PT(SYS_stat, "/nonexistent", &st);
	return pt_end();
}
