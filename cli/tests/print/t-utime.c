// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-utime.c - utime's struct utimbuf (print-file.c): dates in comments
 * (whole seconds), none for the epoch; NULL (now), bad pointers, a
 * failure.
 */
#include "ptest.h"

#include <stdio.h>
#include <utime.h>

int main(int argc, char **argv)
{
	struct utimbuf u1 = { .actime = 1234567890, .modtime = 1600000000 };
	struct utimbuf u2 = { .actime = 0, .modtime = -1 };
	char path[] = "/tmp/kst-utimeXXXXXX";
	int fd = mkstemp(path);

	if (fd < 0)
		rec_die("mkstemp");
	close(fd);
	pt_begin(argc, argv);
	PT(SYS_utime, path, &u1);
	PT(SYS_utime, path, &u2);
	PT(SYS_utime, path, NULL);
	PT(SYS_utime, "/nonexistent", &u1);
	PT(SYS_utime, path, (void *)1);
	unlink(path);
	return pt_end();
}
