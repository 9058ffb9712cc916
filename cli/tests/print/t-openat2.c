// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-openat2.c - openat2's struct open_how (print-file.c): flags, the mode
 * when O_CREAT/O_TMPFILE or a mode is there, resolve flags known and
 * not; a size below the first version's and above it; NULL and bad
 * pointers.
 */
#include "ptest.h"

#include <linux/openat2.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	struct open_how how = { .flags = O_RDONLY | O_CLOEXEC };
	struct open_how creat = { .flags = O_WRONLY | O_CREAT | O_EXCL, .mode = 0640,
				  .resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS };
	struct open_how odd = { .flags = O_RDWR | O_NONBLOCK, .mode = 0755,
				.resolve = 0x1000 };
	struct open_how unknown = { .flags = O_PATH, .resolve = RESOLVE_IN_ROOT | 0x80 };
	struct { struct open_how how; char more[8]; } big = { { O_RDONLY, 0, 0 }, { 0 } };
	char dir[] = "/tmp/kst-oa2XXXXXX";
	char path[300];
	long fd;
	int dfd;

	if (!mkdtemp(dir))
		rec_die("mkdtemp");
	snprintf(path, sizeof(path), "%s/new", dir);
	dfd = open(dir, O_RDONLY | O_DIRECTORY);

	pt_begin(argc, argv);
	fd = PT(SYS_openat2, AT_FDCWD, "/dev/null", &how, sizeof(how));
	close(fd);
	fd = PT(SYS_openat2, dfd, "new", &creat, sizeof(creat));
	close(fd);
	PT(SYS_openat2, dfd, "new", &creat, sizeof(creat));	/* EEXIST */
	PT(SYS_openat2, AT_FDCWD, path, &creat, sizeof(creat));	/* EXDEV */
	PT(SYS_openat2, AT_FDCWD, "/dev/null", &odd, sizeof(odd));
	PT(SYS_openat2, AT_FDCWD, "/", &unknown, sizeof(unknown));
	fd = PT(SYS_openat2, AT_FDCWD, "/dev/null", &big, sizeof(big));
	close(fd);
	PT(SYS_openat2, AT_FDCWD, "/dev/null", &how, 16);
	PT(SYS_openat2, AT_FDCWD, "/dev/null", NULL, sizeof(how));
	PT(SYS_openat2, AT_FDCWD, "/dev/null", (void *)1, sizeof(how));
	close(dfd);
	unlink(path);
	rmdir(dir);
	return pt_end();
}
