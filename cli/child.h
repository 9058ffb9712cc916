/* SPDX-License-Identifier: GPL-2.0 */
/*
 * child.h - start the traced command so that none of its syscalls escape
 * and none of ours count: fork, hold the child until the session is
 * armed, then let it execve().
 */
#ifndef KSTRACE_CLI_CHILD_H
#define KSTRACE_CLI_CHILD_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct child {
	pid_t pid;
	int go_fd;		/* write end of the pipe the child waits on */
};

/* How the command starts: strace's -u and -E, and kstrace's signal mask. */
struct child_opts {
	char **envp;			/* its environment (-E applied) */
	const sigset_t *mask;		/* the signal mask it starts with */
	bool creds;			/* -u: run as uid, gid */
	uid_t uid;
	gid_t gid;
	const char *user;		/* -u NAME: its groups (initgroups) */
};

int resolve_command(const char *file, char *path, size_t len);

/*
 * child_user - -u USER or -u UID[:GID] into co, as strace checks it
 * (root only, a user that exists). Prints the error and returns -1.
 */
int child_user(struct child_opts *co, const char *arg);

/*
 * child_env - environ with strace's -E changes: VAR=VAL sets, VAR alone
 * removes. A new array (environ itself when there is no change).
 */
char **child_env(char *const *changes, size_t n);

int child_spawn(struct child *c, const char *path, char *const argv[],
		const struct child_opts *co);
void child_release(struct child *c);
void child_abort(struct child *c);
int child_wait(struct child *c, int *status);
int exit_code_of(int status);

#endif /* KSTRACE_CLI_CHILD_H */
