/* SPDX-License-Identifier: GPL-2.0 */
/*
 * child.h - start the traced command so that none of its syscalls escape
 * and none of ours count: fork, hold the child until the session is
 * armed, then let it execve().
 */
#ifndef KSTRACE_CLI_CHILD_H
#define KSTRACE_CLI_CHILD_H

#include <signal.h>
#include <stddef.h>
#include <sys/types.h>

struct child {
	pid_t pid;
	int go_fd;		/* write end of the pipe the child waits on */
};

int resolve_command(const char *file, char *path, size_t len);
int child_spawn(struct child *c, const char *path, char *const argv[],
		const struct sigaction *child_int,
		const struct sigaction *child_quit);
void child_release(struct child *c);
void child_abort(struct child *c);
int child_wait(struct child *c, int *status);
int exit_code_of(int status);

#endif /* KSTRACE_CLI_CHILD_H */
