// opts: -e verbose=none -e read=all -e write=all | -e verbose=none -e write=1,4 -e read=!4 | -e verbose=none -s 8 -e write=all -e read=5 | -e verbose=none -x -e read=all
// SPDX-License-Identifier: GPL-2.0
/*
 * t-dumps.c - -e read=/write= over I/O vectors and messages: strace's
 * " * N bytes in buffer I" and hex dump lines. With -e verbose=none, which
 * leaves the vectors themselves to their printers' tests (print-net.c).
 */
#include "ptest.h"	/* first: _GNU_SOURCE, for struct mmsghdr */

#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

static char data[1100] = "hello\n\1\2world 0123456789abcdefghijklmnopqrstuvwxyz";

int main(int argc, char **argv)
{
	struct iovec iov[3];
	struct mmsghdr mm[2];
	struct msghdr mh;
	char buf[4096];
	long fd, i;
	int sp[2];

	for (i = 52; i < (long)sizeof(data); i++)
		data[i] = i * 7;
	pt_begin(argc, argv);
	fd = PT(SYS_openat, AT_FDCWD, "/etc/passwd", O_RDONLY);
	if (fd != 4)	/* 3: the records */
		rec_die("want fd 4, got %ld", fd);
	/* writev: a buffer of 0 bytes ends strace's dump */
	iov[0].iov_base = data;
	iov[0].iov_len = 20;
	iov[1].iov_base = data + 100;
	iov[1].iov_len = 0;
	iov[2].iov_base = data + 200;
	iov[2].iov_len = 3;
	PT(SYS_writev, 1, iov, 3);
	iov[1].iov_len = 40;
	PT(SYS_writev, 1, iov, 3);
	iov[1].iov_len = 1000;
	PT(SYS_writev, 1, iov, 2);
	PT(SYS_writev, 99, iov, 3);
	/* readv: the data read, up to what the call returned */
	iov[0].iov_base = buf;
	iov[1].iov_base = buf + 100;
	iov[1].iov_len = 40;
	iov[2].iov_base = buf + 200;
	PT(SYS_readv, fd, iov, 3);
	PT(SYS_preadv, fd, iov, 3, 1000, 0);
	PT(SYS_lseek, fd, 0, SEEK_END);
	PT(SYS_readv, fd, iov, 3);
	PT(SYS_readv, -1, iov, 3);
	PT(SYS_close, fd);
	/* a socket pair: fd 4 writes, 5 reads */
	PT(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sp);
	PT(SYS_sendto, sp[0], data, 20, 0, 0, 0);
	PT(SYS_recvfrom, sp[1], buf, 100, 0, 0, 0);
	memset(&mh, 0, sizeof(mh));
	iov[0].iov_base = data;
	iov[0].iov_len = 17;
	iov[1].iov_base = data + 300;
	iov[1].iov_len = 4;
	mh.msg_iov = iov;
	mh.msg_iovlen = 2;
	PT(SYS_sendmsg, sp[0], &mh, 0);
	iov[0].iov_base = buf;
	iov[0].iov_len = 10;
	iov[1].iov_base = buf + 100;
	iov[1].iov_len = 100;
	PT(SYS_recvmsg, sp[1], &mh, 0);
	PT(SYS_sendmsg, sp[0], &mh, 0);
	PT(SYS_recvmsg, sp[1], &mh, MSG_DONTWAIT);
	PT(SYS_recvmsg, sp[1], &mh, MSG_DONTWAIT);
	/* sendmmsg, recvmmsg: " = N buffers in vector I" before each */
	memset(mm, 0, sizeof(mm));
	iov[0].iov_base = data;
	iov[0].iov_len = 5;
	iov[1].iov_base = data + 50;
	iov[1].iov_len = 7;
	iov[2].iov_base = data + 300;
	iov[2].iov_len = 2;
	mm[0].msg_hdr.msg_iov = iov;
	mm[0].msg_hdr.msg_iovlen = 2;
	mm[1].msg_hdr.msg_iov = iov + 2;
	mm[1].msg_hdr.msg_iovlen = 1;
	PT(SYS_sendmmsg, sp[0], mm, 2, 0);
	iov[0].iov_base = buf;
	iov[0].iov_len = 3;
	iov[1].iov_base = buf + 100;
	iov[1].iov_len = 100;
	iov[2].iov_base = buf + 200;
	iov[2].iov_len = 100;
	PT(SYS_recvmmsg, sp[1], mm, 2, MSG_DONTWAIT, 0);
	return pt_end();
}
