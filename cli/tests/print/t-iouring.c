// opts: | -v | -X raw | -X verbose | -e verbose=none
// SPDX-License-Identifier: GPL-2.0
/* t-iouring.c - io_uring_setup's struct io_uring_params (print-misc.c). */
#include <string.h>
#include <linux/io_uring.h>

#include "ptest.h"

int main(int argc, char **argv)
{
	struct io_uring_params p;
	long fd;

	pt_begin(argc, argv);
	memset(&p, 0, sizeof(p));
	fd = PT(SYS_io_uring_setup, 16, &p);
	memset(&p, 0, sizeof(p));
	p.flags = IORING_SETUP_CQSIZE | IORING_SETUP_CLAMP;
	p.cq_entries = 64;
	PT(SYS_io_uring_setup, 4, &p);
	memset(&p, 0, sizeof(p));
	p.flags = IORING_SETUP_CQSIZE | IORING_SETUP_CLAMP;
	p.cq_entries = 64;
	p.resv[1] = 5;
	PT(SYS_io_uring_setup, 8, &p);
	memset(&p, 0, sizeof(p));
	p.flags = IORING_SETUP_ATTACH_WQ | 0x80000000;
	p.wq_fd = fd;
	PT(SYS_io_uring_setup, 8, &p);
	memset(&p, 0, sizeof(p));
	p.flags = IORING_SETUP_ATTACH_WQ;
	p.wq_fd = fd;
	p.sq_thread_cpu = 3;
	p.sq_thread_idle = 100;
	PT(SYS_io_uring_setup, 2, &p);
	PT(SYS_io_uring_setup, 0, &p);
	PT(SYS_io_uring_setup, 8, 0);
	PT(SYS_io_uring_setup, 8, 1);
	PT(SYS_close, fd);
	return pt_end();
}
