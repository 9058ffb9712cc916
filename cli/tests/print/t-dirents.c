// opts: | -v | -x | -xx -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-dirents.c - getdents64 and getdents (print-file.c): "N entries", the
 * records with -v (linux_dirent64's type before the name, the old
 * linux_dirent's after it), names to quote, the end of a directory, a
 * buffer too small, failures.
 */
#include "ptest.h"

#include <stdio.h>
#include <sys/stat.h>

static const char *const names[] = { "a", "file\n2", "\xff\xfe", "sub", "fifo" };

int main(int argc, char **argv)
{
	char dir[] = "/tmp/kst-dentXXXXXX";
	char path[300], buf[4096];
	unsigned int i;
	int fd;

	if (!mkdtemp(dir))
		rec_die("mkdtemp");
	for (i = 0; i < 3; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		close(open(path, O_WRONLY | O_CREAT, 0600));
	}
	snprintf(path, sizeof(path), "%s/%s", dir, names[3]);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/%s", dir, names[4]);
	mkfifo(path, 0600);
	fd = open(dir, O_RDONLY | O_DIRECTORY);

	pt_begin(argc, argv);
	PT(SYS_getdents64, fd, buf, sizeof(buf));
	PT(SYS_getdents64, fd, buf, sizeof(buf));	/* the end: 0 */
	lseek(fd, 0, SEEK_SET);
	PT(SYS_getdents, fd, buf, sizeof(buf));
	PT(SYS_getdents, fd, buf, sizeof(buf));
	lseek(fd, 0, SEEK_SET);
	PT(SYS_getdents64, fd, buf, 8);			/* EINVAL */
	PT(SYS_getdents64, fd, buf, 40);		/* one record */
	PT(SYS_getdents64, -1, buf, sizeof(buf));
	PT(SYS_getdents64, fd, NULL, sizeof(buf));
	PT(SYS_getdents, fd, (void *)1, sizeof(buf));
	close(fd);
	for (i = 0; i < 5; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (i == 3)
			rmdir(path);
		else
			unlink(path);
	}
	rmdir(dir);
	return pt_end();
}
