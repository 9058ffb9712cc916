// SPDX-License-Identifier: GPL-2.0
/*
 * targets - a target's exit status when it ends around "start", for
 * 35-targets.t.
 *
 * usage: targets zombie|reaped
 *        targets racing ROUNDS
 *
 * zombie: a child is attached, exits with status 5 and stays a zombie;
 *         then "start". Prints the session's "target" line.
 * reaped: the same, but the child is reaped before "start".
 * racing: ROUNDS times, a child that exits with status 3 within about a
 *         millisecond is attached and the session started at once, so
 *         that it ends before, during or after arming; the results are
 *         read until the target is no longer "alive" (5 s at most).
 *         Prints "rounds R attached A exited E gone G stuck S wrong W":
 *         stuck counts targets still alive after 5 s, wrong the statuses
 *         other than 3's.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/wait.h>

#include "kst.h"

/* A child that exits with @code once @gate's write end is closed. */
static pid_t spawn(int code, int *gate)
{
	int p[2];
	pid_t pid;
	char c;

	if (pipe(p))
		exit(2);
	pid = fork();
	if (pid < 0)
		exit(2);
	if (!pid) {
		close(p[1]);
		if (read(p[0], &c, 1) < 0)
			_exit(2);
		_exit(code);
	}
	close(p[0]);
	*gate = p[1];
	return pid;
}

static void wait_zombie(pid_t pid)
{
	siginfo_t si;

	/* WNOWAIT: knows it exited without reaping it. */
	waitid(P_PID, pid, &si, WEXITED | WNOWAIT);
}

static void print_target(const char *res)
{
	const char *t = kst_field(res, "target");

	printf("target %.*s\n", t ? (int)strcspn(t, "\n") : 0, t ? t : "");
}

static int one(bool reap)
{
	int fd = kst_open(), gate, status;
	pid_t pid = spawn(5, &gate);

	if (kst_cmd(fd, "attach %d", pid))
		return 1;
	close(gate);
	if (reap)
		waitpid(pid, &status, 0);
	else
		wait_zombie(pid);
	if (kst_cmd(fd, "start"))
		return 1;
	print_target(kst_results(fd));
	if (!reap)
		waitpid(pid, &status, 0);
	close(fd);
	return 0;
}

static int racing(int rounds)
{
	int attached = 0, exited = 0, gone = 0, stuck = 0, wrong = 0;
	int i, k, fd, gate, status, code;
	char state[16];
	const char *t;
	pid_t pid;

	for (i = 0; i < rounds; i++) {
		fd = kst_open();
		pid = spawn(3, &gate);
		close(gate);
		/* The child exits now: some rounds attach too late. */
		if (kst_cmd(fd, "attach %d", pid)) {
			waitpid(pid, &status, 0);
			close(fd);
			continue;
		}
		attached++;
		if (i % 3 == 1)
			waitpid(pid, &status, 0);
		if (kst_cmd(fd, "start"))
			return 1;
		for (k = 0; k < 500; k++) {
			t = kst_field(kst_results(fd), "target");
			if (t && strncmp(strchr(t, ' ') ?: t, " alive", 6))
				break;
			kst_nap_ms(10);
		}
		/* The line only: "syscall" lines may follow it. */
		if (!t || sscanf(t, "%*d %15s %d", state, &code) != 2 ||
		    !strcmp(state, "alive"))
			stuck++;
		else if (!strcmp(state, "gone"))
			gone++;
		else if (!strcmp(state, "exited") && code == 3 << 8)
			exited++;
		else
			wrong++;
		waitpid(pid, &status, WNOHANG);
		close(fd);
	}
	printf("rounds %d attached %d exited %d gone %d stuck %d wrong %d\n",
	       rounds, attached, exited, gone, stuck, wrong);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "zombie"))
		return one(false);
	if (argc == 2 && !strcmp(argv[1], "reaped"))
		return one(true);
	if (argc == 3 && !strcmp(argv[1], "racing"))
		return racing(atoi(argv[2]));
	fputs("usage: targets zombie|reaped|racing ROUNDS\n", stderr);
	return 2;
}
