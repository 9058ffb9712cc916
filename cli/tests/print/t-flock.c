// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-flock.c - fcntl's struct flock (print-file.c): F_SETLK, F_SETLKW and
 * the OFD ones print what they pass; F_GETLK and F_OFD_GETLK what the
 * kernel wrote back, with l_pid, at exit, and after a failure the
 * address. Unknown type and whence; NULL and bad pointers.
 */
#include "ptest.h"

#include <stdio.h>

int main(int argc, char **argv)
{
	struct flock wr = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
	struct flock rd = { .l_type = F_RDLCK, .l_whence = SEEK_CUR, .l_start = -5, .l_len = 0 };
	struct flock un = { .l_type = F_UNLCK, .l_whence = SEEK_END, .l_start = 100, .l_len = 1 };
	struct flock odd = { .l_type = 7, .l_whence = 9, .l_start = 1, .l_len = 2 };
	struct flock neg = { .l_type = -1, .l_whence = -2, .l_start = -1, .l_len = -1 };
	struct flock q;
	char path[] = "/tmp/kst-flockXXXXXX";
	int fd = mkstemp(path);

	if (fd < 0)
		rec_die("mkstemp");
	pt_begin(argc, argv);
	PT(SYS_fcntl, fd, F_SETLK, &wr);
	PT(SYS_fcntl, fd, F_SETLKW, &rd);
	PT(SYS_fcntl, fd, F_SETLK, &un);
	q = wr;
	PT(SYS_fcntl, fd, F_GETLK, &q);
	q = wr;
	q.l_pid = 0;
	PT(SYS_fcntl, fd, F_OFD_SETLK, &q);
	q = rd;
	q.l_pid = 0;
	PT(SYS_fcntl, fd, F_OFD_SETLKW, &q);
	q = wr;
	q.l_pid = 0;
	PT(SYS_fcntl, fd, F_OFD_GETLK, &q);
	q = wr;
	q.l_pid = 1234;
	PT(SYS_fcntl, fd, F_OFD_GETLK, &q);		/* EINVAL: l_pid */
	PT(SYS_fcntl, fd, F_SETLK, &odd);
	PT(SYS_fcntl, fd, F_SETLK, &neg);
	PT(SYS_fcntl, -1, F_GETLK, &q);
	PT(SYS_fcntl, -1, F_SETLK, &wr);
	PT(SYS_fcntl, fd, F_GETLK, NULL);
	PT(SYS_fcntl, fd, F_SETLK, (void *)1);
	PT(SYS_fcntl, fd, F_GETLK, (void *)1);
	close(fd);
	unlink(path);
	return pt_end();
}
