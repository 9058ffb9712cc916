/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ptest.h - for the printer tests (t-*.c, run by ./run): a test program
 * makes real system calls through PT(), which records them as the module
 * would (../rec.h); ./run runs it under strace and compares, call by
 * call, what strace printed with `kstrace --format-events` of the
 * records. Usage:
 *
 *	int main(int argc, char **argv)
 *	{
 *		struct stat st;
 *
 *		pt_begin(argc, argv);
 *		PT(SYS_fstat, 0, &st);
 *		return pt_end();
 *	}
 *
 * The first line of a t-*.c that starts with "// opts:" lists, separated
 * by '|', the option sets both tracers run it with ("" is none), e.g.
 * "// opts: | -v | -xx | -s 8".
 */
#ifndef KSTRACE_PTEST_H
#define KSTRACE_PTEST_H

#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../rec.h"

static int pt_out = -1;

/* argv[1]: the records' file; PT_STRSIZE in the environment: -s. */
static inline void pt_begin(int argc, char **argv)
{
	const char *s = getenv("PT_STRSIZE");

	if (argc < 2)
		rec_die("usage: %s RECORDS", argv[0]);
	pt_out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (pt_out < 0)
		rec_die("%s: cannot create", argv[1]);
	rec_begin(s ? strtoul(s, NULL, 10) : KSTRACE_STRSIZE_DEFAULT, 4096);
}

static inline int pt_end(void)
{
	rec_write(pt_out);
	close(pt_out);
	return 0;
}

#define PT_A(x)		((uint64_t)(uintptr_t)(x))
#define PT_6(nr, a, b, c, d, e, f, ...) \
	rec_marked((nr), PT_A(a), PT_A(b), PT_A(c), PT_A(d), PT_A(e), PT_A(f))
/* PT(nr, args...): the call, recorded after a marker; -errno or its result. */
#define PT(nr, ...)	PT_6((nr), __VA_ARGS__, 0, 0, 0, 0, 0, 0)

#endif /* KSTRACE_PTEST_H */
