// SPDX-License-Identifier: GPL-2.0
/*
 * forktree - a small, deterministic process tree.
 *
 * usage: forktree
 *
 * The parent first blocks SIGCHLD (1 rt_sigprocmask): a tracer such as
 * strace makes even default-ignored signals wake the tracee, which would
 * turn a sleeping wait4() into -ERESTARTSYS plus a restart, so the counts
 * would depend on timing. A blocked signal wakes nobody. Then:
 *
 *   A = fork()             (syscall 57)  A: 10 getppid, 1 close(-1) EBADF,
 *                          then G = clone(SIGCHLD) (56),
 *                          G: 5 getppid, exit_group(0);
 *                          A: wait4(G), exit_group(0)
 *   B = vfork()            (syscall 58)  B: execve("/bin/true"), status 0
 *   C = clone(SIGCHLD)     (syscall 56)  C: 20 getppid, 2 close(-1) EBADF,
 *                          exit_group(3)
 *   D = clone3(SIGCHLD)    (syscall 435) D: 30 getppid, exit_group(4)
 *   wait4(A), wait4(B), wait4(C), wait4(D) in that order
 *
 * With children followed, on top of the loader's and /bin/true's own calls:
 * fork 1, vfork 1, clone 2, clone3 1, wait4 5, getppid 65, close(-1)
 * errors 3, execve 2 (forktree's and /bin/true's). Prints nothing; exits 0
 * when every child ended with its expected status, 1 otherwise.
 */
#define _GNU_SOURCE
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void calls(int ngetppid, int nclose)
{
	int i;

	for (i = 0; i < ngetppid; i++)
		syscall(SYS_getppid);
	for (i = 0; i < nclose; i++)
		syscall(SYS_close, -1);
}

static int reap(pid_t pid, int want)
{
	int st;

	if (pid < 0 || syscall(SYS_wait4, pid, &st, 0, NULL) != pid)
		return 1;
	return !WIFEXITED(st) || WEXITSTATUS(st) != want;
}

int main(void)
{
	static char *const targv[] = { "true", NULL };
	static char *const tenvp[] = { NULL };
	struct clone_args ca;
	sigset_t set;
	pid_t a, b, c, d, g;
	int bad = 0;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	if (sigprocmask(SIG_BLOCK, &set, NULL))
		return 1;

	a = syscall(SYS_fork);
	if (a == 0) {
		calls(10, 1);
		g = syscall(SYS_clone, SIGCHLD, 0, NULL, NULL, 0);
		if (g == 0) {
			calls(5, 0);
			syscall(SYS_exit_group, 0);
		}
		syscall(SYS_exit_group, reap(g, 0));
	}

	b = vfork();
	if (b == 0) {
		execve("/bin/true", targv, tenvp);
		_exit(127);
	}

	c = syscall(SYS_clone, SIGCHLD, 0, NULL, NULL, 0);
	if (c == 0) {
		calls(20, 2);
		syscall(SYS_exit_group, 3);
	}

	memset(&ca, 0, sizeof(ca));
	ca.exit_signal = SIGCHLD;
	d = syscall(SYS_clone3, &ca, sizeof(ca));
	if (d == 0) {
		calls(30, 0);
		syscall(SYS_exit_group, 4);
	}

	bad |= reap(a, 0);
	bad |= reap(b, 0);
	bad |= reap(c, 3);
	bad |= reap(d, 4);
	return bad;
}
