// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-u64.c - 64-bit numbers behind pointers (print_u64, print-file.c):
 * sendfile's offset "[0] => [5]" when data moved, copy_file_range's and
 * splice's offsets (signed, at entry), arch_prctl's ARCH_GET_FS/GS
 * address, time's seconds; NULL and bad pointers, failures.
 */
#include "ptest.h"

#include <asm/prctl.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	char path[] = "/tmp/kst-u64XXXXXX", path2[] = "/tmp/kst-u64XXXXXX";
	int64_t off, off2, neg = -1;
	uint64_t addr;
	int in = mkstemp(path), out = mkstemp(path2), pfd[2];
	long t;

	if (in < 0 || out < 0 || pipe(pfd) || write(in, "hello world\n", 12) != 12)
		rec_die("setup");
	pt_begin(argc, argv);
	off = 0;
	PT(SYS_sendfile, pfd[1], in, &off, 5);
	PT(SYS_sendfile, pfd[1], in, &off, 0);
	off = 12;
	PT(SYS_sendfile, pfd[1], in, &off, 5);		/* at the end: 0 */
	PT(SYS_sendfile, pfd[1], in, NULL, 3);
	PT(SYS_sendfile, pfd[1], -1, &off, 5);
	PT(SYS_sendfile, pfd[1], in, (void *)1, 5);
	PT(SYS_sendfile, pfd[1], in, &neg, 5);

	off = 1;
	off2 = 0;
	PT(SYS_copy_file_range, in, &off, out, &off2, 4, 0);
	PT(SYS_copy_file_range, in, NULL, out, NULL, 4, 0);
	PT(SYS_copy_file_range, in, &neg, out, &off2, 4, 0);
	PT(SYS_copy_file_range, in, &off, out, (void *)1, 4, 0);
	PT(SYS_copy_file_range, in, &off, out, &off2, 4, 1);
	PT(SYS_copy_file_range, in, &off, out, &off2, 4, 0x10);
	off = 2;
	PT(SYS_splice, in, &off, pfd[1], NULL, 3, 0);
	PT(SYS_splice, pfd[0], NULL, out, &off2, 3, SPLICE_F_MOVE);
	PT(SYS_splice, in, &neg, pfd[1], NULL, 3, 0);
	PT(SYS_splice, in, (void *)1, pfd[1], NULL, 3, 0);

	PT(SYS_arch_prctl, ARCH_GET_FS, &addr);
	PT(SYS_arch_prctl, ARCH_GET_GS, &addr);
	PT(SYS_arch_prctl, ARCH_GET_FS, NULL);
	PT(SYS_arch_prctl, ARCH_GET_FS, (void *)1);
	PT(SYS_arch_prctl, ARCH_GET_CPUID, 0);
	PT(SYS_arch_prctl, 0x9999, 0x1234);
	PT(SYS_arch_prctl, ARCH_SET_GS, 0);

	PT(SYS_time, &t);
	PT(SYS_time, NULL);
	PT(SYS_time, (void *)1);
	close(in);
	close(out);
	unlink(path);
	unlink(path2);
	return pt_end();
}
