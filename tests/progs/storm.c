// SPDX-License-Identifier: GPL-2.0
/*
 * storm - a process tree that keeps the scheduler hooks busy, for stress
 * tests: for SECONDS it forks children that exec /bin/true, children that
 * exit at once, threads that exit, children killed while blocked in a
 * syscall, and zombies left unreaped for a while.
 *
 * usage: storm SECONDS
 * Prints the number of children and threads it made; exits 0.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void *thread_fn(void *arg)
{
	(void)arg;
	getppid();
	return NULL;
}

static int spawn_exec(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		execl("/bin/true", "true", (char *)NULL);
		_exit(127);
	}
	return pid > 0;
}

static int spawn_blocked_then_killed(void)
{
	int fds[2];
	char c;
	pid_t pid;

	if (pipe(fds))
		return 0;
	pid = fork();
	if (pid == 0) {
		close(fds[1]);
		/* Blocks in read(2) until killed. */
		if (read(fds[0], &c, 1) < 0)
			_exit(1);
		_exit(0);
	}
	close(fds[0]);
	if (pid > 0) {
		usleep(1000);
		kill(pid, SIGKILL);
	}
	close(fds[1]);
	return pid > 0;
}

static int spawn_exit(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(3);
	return pid > 0;
}

int main(int argc, char **argv)
{
	unsigned long children = 0, threads = 0;
	time_t end;
	int round = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: storm SECONDS\n");
		return 2;
	}
	end = time(NULL) + atoi(argv[1]);
	while (time(NULL) < end) {
		pthread_t t;

		children += spawn_exec();
		children += spawn_exit();
		children += spawn_blocked_then_killed();
		if (!pthread_create(&t, NULL, thread_fn, NULL)) {
			pthread_join(t, NULL);
			threads++;
		}
		/* Reap only every fourth round: the others stay zombies a while. */
		if (++round % 4 == 0)
			while (waitpid(-1, NULL, WNOHANG) > 0)
				;
	}
	while (wait(NULL) > 0 || errno == EINTR)
		;
	printf("children %lu threads %lu\n", children, threads);
	return 0;
}
