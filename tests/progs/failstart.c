// SPDX-License-Identifier: GPL-2.0
/*
 * failstart - a "start" that fails must leave the session as it was, its
 * kprobes included, for 36-start.t.
 *
 * usage: failstart    (with the max_tasks module parameter at 2)
 *
 * A child with three extra threads is attached with a kprobe on
 * vfs_read: "start" fails with E2BIG (four tasks, limit two). The extra
 * threads then end, and "start" must succeed, the probe counting the
 * child's reads. Prints, one per line: the first start's result and the
 * session's state and counters after it; the second start's result; the
 * probe's and read(2)'s counts once the child exited.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sys/wait.h>

#include "kst.h"

static int threads_gate[2], main_gate[2];

static void *blocked(void *arg)
{
	char c;

	(void)arg;
	if (read(threads_gate[0], &c, 1) < 0)
		_exit(2);
	return NULL;
}

static void child(void)
{
	pthread_t t[3];
	char buf[256], c;
	int i, f;

	close(threads_gate[1]);
	close(main_gate[1]);
	for (i = 0; i < 3; i++)
		if (pthread_create(&t[i], NULL, blocked, NULL))
			_exit(2);
	for (i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	if (read(main_gate[0], &c, 1) < 0)
		_exit(2);
	for (i = 0; i < 10; i++) {
		f = open("/proc/self/stat", O_RDONLY);
		if (f < 0 || read(f, buf, sizeof(buf)) < 0)
			_exit(2);
		close(f);
	}
	_exit(0);
}

static int threads_of(pid_t pid)
{
	char path[64], line[256];
	int n = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "Threads: %d", &n) == 1)
			break;
	fclose(f);
	return n;
}

static void line_of(const char *res, const char *key)
{
	const char *v = kst_field(res, key);

	printf("%s %.*s\n", key, v ? (int)strcspn(v, "\n") : 4, v ? v : "none");
}

int main(void)
{
	const char *res, *p;
	int fd, err, k;
	pid_t pid;

	if (pipe(threads_gate) || pipe(main_gate))
		return 2;
	pid = fork();
	if (!pid)
		child();
	close(threads_gate[0]);
	close(main_gate[0]);
	for (k = 0; k < 500 && threads_of(pid) != 4; k++)
		kst_nap_ms(10);

	fd = kst_open();
	if (kst_cmd(fd, "kprobe vfs_read") || kst_cmd(fd, "attach %d", pid))
		return 2;
	err = kst_cmd(fd, "start");
	printf("first start %s\n", err == -E2BIG ? "E2BIG" : err ? strerror(-err) : "OK");
	res = kst_results(fd);
	line_of(res, "state");
	line_of(res, "tasks");
	line_of(res, "written");
	line_of(res, "unpaired");
	printf("syscall lines %s\n", strstr(res, "\nsyscall ") ? "some" : "none");

	close(threads_gate[1]);
	for (k = 0; k < 500 && threads_of(pid) != 1; k++)
		kst_nap_ms(10);
	err = kst_cmd(fd, "start");
	printf("second start %s\n", err ? strerror(-err) : "OK");
	close(main_gate[1]);
	waitpid(pid, NULL, 0);

	res = kst_results(fd);
	p = kst_field(res, "probe");
	/* probe 0 kprobe vfs_read CALLS ... */
	printf("probe calls %s\n", p ? strtok(strdup(p + strlen("0 kprobe vfs_read ")), " ") : "none");
	p = strstr(res, "\nsyscall 64 0 ");
	printf("read calls %s\n", p ? strtok(strdup(p + strlen("\nsyscall 64 0 ")), " ") : "none");
	close(fd);
	return 0;
}
