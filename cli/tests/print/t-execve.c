// opts: | -v | -s 4 | -v -s 3 | -v -xx
// SPDX-License-Identifier: GPL-2.0
/*
 * t-execve.c - execve's and execveat's environment (decode.c's A_ENVP):
 * its count, "/ * N vars * /", by default and the list with -v. The
 * calls fail (a successful one would end the recording).
 */
#include "ptest.h"

#include <sys/mman.h>

#define BAD	((void *)1)

int main(int argc, char **argv)
{
	char *args[] = { "prog", "-x", NULL };
	char *env3[] = { "HOME=/root", "PATH=/usr/bin:/bin", "TERM=xterm", NULL };
	char *env1[] = { "A=1", NULL };
	char *env0[] = { NULL };
	char **page;
	size_t i, n;

	pt_begin(argc, argv);
	PT(SYS_execve, "/nonexistent/prog", args, env3);
	PT(SYS_execve, "/nonexistent/prog", args, env1);
	PT(SYS_execve, "/nonexistent/prog", args, env0);
	PT(SYS_execve, "/nonexistent/prog", args, NULL);
	PT(SYS_execve, "/nonexistent/prog", NULL, BAD);
	PT(SYS_execveat, AT_FDCWD, "/nonexistent/prog", args, env3, 0);
	PT(SYS_execveat, -1, "", args, env1, AT_EMPTY_PATH);

	/* an environment that runs into an unmapped page: unterminated */
	page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		rec_die("mmap");
	munmap((char *)page + 4096, 4096);
	n = 4096 / sizeof(*page);
	for (i = 0; i < n; i++)
		page[i] = env3[i % 3];
	PT(SYS_execve, "/nonexistent/prog", args, page + n - 3);
	PT(SYS_execve, "/nonexistent/prog", page + n - 1, page + n - 1);
	PT(SYS_execve, "/nonexistent/prog", page + n, page + n);
	return pt_end();
}
