// SPDX-License-Identifier: GPL-2.0
/*
 * waitst - run a command and print how it ended, as wait(2) tells it:
 * "exit N" or "signal N" (a shell's $? says 128+N for both a death by
 * signal N and an exit with that code; strace and kstrace die of the
 * signal that killed their command, which only wait(2) shows).
 *
 * usage: waitst CMD [ARGS...]
 */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int status;
	pid_t pid;

	if (argc < 2) {
		fputs("usage: waitst CMD [ARGS...]\n", stderr);
		return 2;
	}
	pid = fork();
	if (pid < 0)
		return 2;
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid)
		return 2;
	if (WIFSIGNALED(status))
		printf("signal %d\n", WTERMSIG(status));
	else
		printf("exit %d\n", WEXITSTATUS(status));
	return 0;
}
