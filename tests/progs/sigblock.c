// SPDX-License-Identifier: GPL-2.0
/*
 * sigblock - run a command with SIGCHLD blocked.
 *
 * usage: sigblock CMD [ARGS...]
 *
 * One rt_sigprocmask(SIG_BLOCK, {SIGCHLD}) and one execvp-free execve(2) of
 * CMD (CMD must be a path). A shell that installs a SIGCHLD handler (dash
 * does) otherwise takes the signal at a timing-dependent point: whether
 * wait4() sleeps and returns EINTR, how many signals arrive (pending ones
 * merge) and what rt_sigreturn() "returns" (the interrupted register) all
 * vary from run to run, traced or not. With SIGCHLD blocked, wait4() just
 * sleeps until the child is gone and no handler ever runs.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
	sigset_t set;

	if (argc < 2) {
		fprintf(stderr, "usage: sigblock CMD [ARGS...]\n");
		return 2;
	}
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	if (sigprocmask(SIG_BLOCK, &set, NULL))
		return 126;
	execve(argv[1], argv + 1, environ);
	perror(argv[1]);
	return 127;
}
