// opts: | -s 4
// SPDX-License-Identifier: GPL-2.0
/*
 * t-dirents-big.c - getdents64 of a directory whose records outgrow the
 * capture (1024 bytes): the count of "N entries" is the call's, all of
 * them. Not with -v: the records past the capture are not there to
 * print (kstrace prints "...", strace all of them).
 */
#include "ptest.h"

#include <stdio.h>

#define N	100

int main(int argc, char **argv)
{
	char dir[] = "/tmp/kst-dentbigXXXXXX";
	char path[300], buf[16384];
	unsigned int i;
	int fd;

	if (!mkdtemp(dir))
		rec_die("mkdtemp");
	for (i = 0; i < N; i++) {
		snprintf(path, sizeof(path), "%s/a-rather-long-file-name-%03u", dir, i);
		close(open(path, O_WRONLY | O_CREAT, 0600));
	}
	fd = open(dir, O_RDONLY | O_DIRECTORY);

	pt_begin(argc, argv);
	PT(SYS_getdents64, fd, buf, sizeof(buf));
	lseek(fd, 0, SEEK_SET);
	PT(SYS_getdents, fd, buf, sizeof(buf));
	lseek(fd, 0, SEEK_SET);
	PT(SYS_getdents64, fd, buf, 1000);
	close(fd);
	for (i = 0; i < N; i++) {
		snprintf(path, sizeof(path), "%s/a-rather-long-file-name-%03u", dir, i);
		unlink(path);
	}
	rmdir(dir);
	return pt_end();
}
