/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pathtrace.h - strace's -P PATH: only the calls that touch one of the
 * paths, by a path argument or by a descriptor open on it.
 */
#ifndef KSTRACE_CLI_PATHTRACE_H
#define KSTRACE_CLI_PATHTRACE_H

#include <stdbool.h>
#include <stddef.h>

#include <uapi/linux/kstrace.h>

struct pathsel {
	char **paths;
	size_t n;
};

/*
 * pathsel_add - -P PATH: PATH, and the path it resolves to if that
 * differs (strace's "Requested path 'x' resolved into 'y'" unless quiet).
 */
void pathsel_add(struct pathsel *s, const char *path, bool quiet);

/* pathsel_calls - can syscall NR of ABI touch a path (%file, %desc, %net)? */
bool pathsel_calls(unsigned int abi, unsigned int nr);

/*
 * pathsel_match - does the call ENTER touch a selected path? fd_path
 * gives a descriptor's path (NULL: unknown) in the calling process.
 */
bool pathsel_match(const struct pathsel *s, const struct kstrace_rec *enter,
		   const char *(*fd_path)(void *arg, int fd, char *buf,
					  size_t len),
		   void *arg);

#endif /* KSTRACE_CLI_PATHTRACE_H */
