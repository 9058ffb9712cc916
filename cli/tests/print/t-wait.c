// opts: | -v
// SPDX-License-Identifier: GPL-2.0
/*
 * t-wait.c - wait statuses, siginfo of waitid and rusage
 * (print-process.c): children that exit with known statuses, are killed,
 * stopped and continued before the parent waits for them.
 */
#include "ptest.h"

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define BAD	((void *)1)

/* A child that exits with status, or waits for signals when status < 0. */
static pid_t child(int status)
{
	pid_t pid = fork();
	volatile unsigned long i;

	if (pid < 0)
		rec_die("fork");
	if (pid)
		return pid;
	for (i = 0; i < 20000000; i++)
		;
	if (status < 0)
		for (;;)
			pause();
	_exit(status);
}

/*
 * A shell that kills itself with SIGQUIT in dir, where it may dump core
 * (core_pattern "core" on the test hosts; any other pattern: no flag).
 */
static pid_t dumper(const char *dir)
{
	struct rlimit rl = { RLIM_INFINITY, RLIM_INFINITY };
	pid_t pid = fork();

	if (pid < 0)
		rec_die("fork");
	if (pid)
		return pid;
	if (chdir(dir) || setrlimit(RLIMIT_CORE, &rl))
		_exit(1);
	execl("/bin/sh", "sh", "-c", "kill -QUIT $$", (char *)NULL);
	_exit(1);
}

/* Removes dir and the core files in it. */
static void clean(const char *dir)
{
	char path[512];
	struct dirent *e;
	DIR *d = opendir(dir);

	while (d && (e = readdir(d)))
		if (e->d_name[0] != '.') {
			snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
			unlink(path);
		}
	if (d)
		closedir(d);
	rmdir(dir);
}

static void cores(void)
{
	char dir[] = "/tmp/kstrace-t-wait-XXXXXX";
	siginfo_t si;
	int status;
	pid_t pid;

	if (!mkdtemp(dir))
		rec_die("mkdtemp");
	pid = dumper(dir);
	PT(SYS_wait4, pid, &status, 0, NULL);
	pid = dumper(dir);
	PT(SYS_waitid, P_PID, pid, &si, WEXITED, NULL);
	clean(dir);
}

static void waits(void)
{
	struct rusage ru;
	siginfo_t si;
	int status;
	pid_t pid;

	pid = child(0);
	PT(SYS_wait4, pid, &status, 0, NULL);
	pid = child(3);
	PT(SYS_wait4, pid, &status, 0, &ru);
	pid = child(255);
	PT(SYS_wait4, -1, &status, __WALL, &ru);

	pid = child(-1);
	PT(SYS_wait4, pid, &status, WNOHANG, &ru);
	kill(pid, SIGSTOP);
	PT(SYS_wait4, pid, &status, WUNTRACED, &ru);
	kill(pid, SIGCONT);
	PT(SYS_wait4, pid, &status, WCONTINUED, NULL);
	kill(pid, SIGTERM);
	PT(SYS_wait4, pid, &status, 0, &ru);
	PT(SYS_wait4, -1, &status, 0, &ru);
	PT(SYS_wait4, -1, &status, 12345, &ru);

	pid = child(7);
	PT(SYS_waitid, P_PID, pid, &si, WEXITED | WNOWAIT, NULL);
	PT(SYS_waitid, P_PID, pid, &si, WEXITED, &ru);
	pid = child(-1);
	PT(SYS_waitid, P_PID, pid, &si, WEXITED | WNOHANG, &ru);
	kill(pid, SIGSTOP);
	PT(SYS_waitid, P_PID, pid, &si, WSTOPPED, NULL);
	kill(pid, SIGCONT);
	PT(SYS_waitid, P_ALL, 0, &si, WCONTINUED, NULL);
	kill(pid, SIGKILL);
	PT(SYS_waitid, P_PID, pid, &si, WEXITED, &ru);
	PT(SYS_waitid, P_ALL, 0, &si, WEXITED, &ru);
	PT(SYS_waitid, P_PID, 0, BAD, WEXITED, BAD);
	pid = child(1);
	PT(SYS_wait4, pid, BAD, 0, BAD);
	PT(SYS_wait4, pid, &status, 0, &ru);
}

static void usage(void)
{
	struct rusage ru;

	PT(SYS_getrusage, RUSAGE_SELF, &ru);
	PT(SYS_getrusage, RUSAGE_CHILDREN, &ru);
	PT(SYS_getrusage, 12345, &ru);
	PT(SYS_getrusage, 1 /* RUSAGE_THREAD */, NULL);
}

int main(int argc, char **argv)
{
	sigset_t chld;

	/*
	 * SIGCHLD stays pending: strace would print its delivery between a
	 * marker and the call after it.
	 */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pt_begin(argc, argv);
	waits();
	cores();
	usage();
	return pt_end();
}
