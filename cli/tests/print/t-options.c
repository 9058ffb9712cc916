// opts: | -X raw | -X verbose | -X abbrev | -e raw=openat,read,mmap,futex,fcntl | -e raw=all | -e verbose=none | -e abbrev=none | -e verbose=io_uring_setup -v | -e abbrev=perf_event_open -v | -e read=4 | -e read=all -e write=all | -e write=1 | -e read=!4 | -s 8 -e write=all | --strings-in-hex=non-ascii-chars | --strings-in-hex=non-ascii | --strings-in-hex | --strings-in-hex=none | -x -X verbose
// SPDX-License-Identifier: GPL-2.0
/*
 * t-options.c - strace's output options over every kind of argument the
 * decoders print: -X raw|abbrev|verbose (named constants), -e raw=,
 * -e verbose=, -e abbrev= (per syscall), -e read=/write= (hex dumps),
 * --strings-in-hex=, -s. Structures: those of print-misc.c. The dumps of
 * I/O vectors and messages: t-dumps.c.
 */
#include <signal.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <linux/io_uring.h>
#include <linux/perf_event.h>

#include "ptest.h"

static char data[2100] = "hello\n\1\2world 0123456789abcdefghijklmnopqrstuvwxyz";

int main(int argc, char **argv)
{
	char buf[4096], tiny[3] = "ab";
	struct io_uring_params up;
	struct perf_event_attr pa;
	long fd, p, i;

	for (i = 52; i < (long)sizeof(data); i++)
		data[i] = i * 7;
	pt_begin(argc, argv);
	fd = PT(SYS_openat, AT_FDCWD, "/etc/passwd", O_RDONLY | O_CLOEXEC);
	if (fd != 4)	/* 3: the records */
		rec_die("want fd 4, got %ld", fd);
	PT(SYS_read, fd, buf, 40);
	PT(SYS_read, fd, buf, 0);
	PT(SYS_pread64, fd, buf, 300, 0);
	PT(SYS_read, -1, buf, 40);
	PT(SYS_lseek, fd, 0, SEEK_END);
	PT(SYS_lseek, fd, 0, 77);
	/* structures: io_uring_setup, perf_event_open */
	memset(&up, 0, sizeof(up));
	up.flags = IORING_SETUP_CQSIZE | IORING_SETUP_CLAMP;
	up.cq_entries = 8;
	p = PT(SYS_io_uring_setup, 4, &up);
	PT(SYS_close, p);
	memset(&pa, 0, sizeof(pa));
	pa.type = PERF_TYPE_SOFTWARE;
	pa.size = sizeof(pa);
	pa.config = PERF_COUNT_SW_DUMMY;
	pa.disabled = 1;
	PT(SYS_perf_event_open, &pa, 0, -1, -1, PERF_FLAG_FD_CLOEXEC | 0x100);
	PT(SYS_write, 1, data, 36);
	PT(SYS_write, 1, data, 5);
	PT(SYS_write, 1, data, 1000);
	PT(SYS_write, 1, tiny, 0);
	PT(SYS_write, 99, data, 10);
	PT(SYS_openat, AT_FDCWD, "/nonexistent/x", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	PT(SYS_open, "/nonexistent", O_RDONLY);
	PT(SYS_access, "/", R_OK | W_OK | X_OK);
	PT(SYS_access, "/", F_OK);
	p = PT(SYS_mmap, 0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	PT(SYS_mprotect, p, 4096, PROT_NONE);
	PT(SYS_munmap, p, 8192);
	PT(SYS_mmap, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | (21 << 26), -1, 0);
	PT(SYS_kill, 0, 0);
	PT(SYS_kill, -99999, SIGTERM);
	PT(SYS_rt_sigprocmask, SIG_BLOCK, 0, 0, 8);
	PT(SYS_fcntl, fd, F_GETFL);
	PT(SYS_fcntl, fd, F_GETFD);
	PT(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC);
	PT(SYS_fcntl, fd, F_SETFL, O_APPEND | O_NONBLOCK);
	PT(SYS_fcntl, fd, 9999, 9);
	PT(SYS_mknodat, AT_FDCWD, "/nonexistent/x", S_IFIFO | 0600, 0);
	PT(SYS_mknodat, AT_FDCWD, "/nonexistent/x", 0600, 0);
	PT(SYS_mknodat, AT_FDCWD, "/nonexistent/x", S_IFCHR | 0600, 0x0103);
	PT(SYS_mknodat, AT_FDCWD, "/nonexistent/x", 0170600, 0);
	PT(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 6);
	PT(SYS_socket, 12345, 77, 0);
	PT(SYS_umask, 022);
	PT(SYS_umask, 0);
	PT(SYS_umask, 022);	/* = 000, strace's %#03o */
	PT(SYS_futex, buf, 0x80 | 1, 1, 0, 0, 0);
	PT(SYS_futex, buf, 9 | 256, 1, 0, 0, -1);
	PT(SYS_futex, buf, 5, 1, 0, buf, (1 << 28) | (3 << 24) | (5 << 12) | 7);
	PT(SYS_futex, buf, 5, 1, 0, buf, (7 << 28) | (9 << 24) | (5 << 12) | 7);
	PT(SYS_futex, buf, 77, 1, 0, buf, 0);
	PT(SYS_setuid, -1);
	PT(SYS_prctl, 4, 1, 0, 0, 0);
	PT(SYS_prctl, 999, 1, 0, 0, 0);
	PT(SYS_ioctl, 1, 0x5401, buf);
	PT(SYS_ioctl, 1, 0x12345678, 0);
	PT(SYS_memfd_create, 0, 0);
	PT(SYS_memfd_create, 0, 5 | (21 << 26));
	PT(SYS_shmget, 0, 4096, IPC_CREAT | 0600 | (21 << 26));
	PT(SYS_shmget, 0x1234, 4096, 0600);
	PT(SYS_semget, 0x1234, 1, 0600);
	PT(SYS_shmctl, -1, 0x100 | IPC_STAT, 0);
	PT(SYS_swapon, "/nonexistent", 0x8000 | 5);
	PT(SYS_set_mempolicy, 2 | 0x8000, 0, 0);
	PT(SYS_add_key, 0, 0, 0, 0, -3);
	PT(SYS_add_key, 0, 0, 0, 0, 5);
	PT(SYS_setsockopt, -1, 1, 2, 0, 0);
	PT(SYS_setsockopt, -1, 99, 2, 0, 0);
	PT(SYS_personality, 0xffffffff);
	PT(SYS_wait4, -1, 0, 1 | 0x40000000, 0);
	PT(SYS_clock_gettime, -6, 0);
	PT(SYS_memfd_secret, 0);
	PT(SYS_getpriority, 0, 0);
	PT(SYS_dup3, 1, 77, O_CLOEXEC);
	PT(SYS_close, 77);
	PT(SYS_close, fd);
	return pt_end();
}
