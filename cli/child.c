// SPDX-License-Identifier: GPL-2.0
/*
 * child.c - the traced command's life: find it, fork it, hold it, let it
 * go, reap it.
 *
 * The child is forked first and blocks in read(2) on a pipe while the
 * parent sends "exec PID" and "start": the kernel counts it from its next
 * execve() on, so nothing the CLI does in the child is counted and nothing
 * the command does escapes.
 */
#define _GNU_SOURCE	/* pipe2(), initgroups() */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "child.h"

extern char **environ;

/* is_candidate - what strace accepts on PATH: a regular file with x bits. */
static int is_candidate(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	       (st.st_mode & 0111);
}

/* search_path - FILE along $PATH into path; an empty entry is the cwd. */
static int search_path(const char *file, char *path, size_t len)
{
	const char *dir = getenv("PATH");
	char cwd[PATH_MAX];
	const char *colon;
	size_t n;
	int w;

	while (dir && *dir) {
		colon = strchr(dir, ':');
		n = colon ? (size_t)(colon - dir) : strlen(dir);
		if (n == 0) {
			if (!getcwd(cwd, sizeof(cwd)))
				goto next;
			w = snprintf(path, len, "%s/%s", cwd, file);
		} else {
			w = snprintf(path, len, "%.*s%s%s", (int)n, dir,
				     dir[n - 1] == '/' ? "" : "/", file);
		}
		if (w > 0 && (size_t)w < len && is_candidate(path))
			return 0;
next:
		dir += colon ? n + 1 : n;
	}
	return -1;
}

/*
 * resolve_command - like strace: a name with a '/' is used as is, others
 * are looked up in $PATH; the result must stat. This runs in the parent so
 * that a typo is reported before anything is traced.
 */
int resolve_command(const char *file, char *path, size_t len)
{
	struct stat st;

	if (strchr(file, '/')) {
		if (strlen(file) >= len) {
			errno = ENAMETOOLONG;
			goto fail;
		}
		strcpy(path, file);
	} else if (search_path(file, path, len)) {
		path[0] = '\0';
	}
	if (stat(path, &st) == 0)
		return 0;
fail:
	fprintf(stderr, "kstrace: Can't stat '%s': %s\n", file,
		strerror(errno));
	return -1;
}

/* numeric - a decimal id: strace's string_to_uint(). */
static int numeric(const char *s, unsigned long *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*v = strtoul(s, &end, 10);
	return *end || errno || *v > 0x7fffffffUL ? -1 : 0;
}

int child_user(struct child_opts *co, const char *arg)
{
	struct passwd *pw;
	unsigned long uid, gid;
	char *copy, *colon;

	if (getuid() != 0 || geteuid() != 0) {
		fputs("kstrace: You must be root to use the -u/--username option\n",
		      stderr);
		return -1;
	}
	co->creds = true;
	pw = getpwnam(arg);
	if (pw) {
		co->uid = pw->pw_uid;
		co->gid = pw->pw_gid;
		co->user = arg;
		return 0;
	}
	/* UID or UID:GID, for a user the password database does not know */
	copy = strdup(arg);
	if (!copy) {
		fputs("kstrace: out of memory\n", stderr);
		return -1;
	}
	colon = strchr(copy, ':');
	if (colon)
		*colon = '\0';
	if (numeric(copy, &uid) || (colon && numeric(colon + 1, &gid))) {
		free(copy);
		fprintf(stderr, "kstrace: Cannot find user '%s'\n", arg);
		return -1;
	}
	free(copy);
	pw = getpwuid(uid);
	co->uid = uid;
	co->gid = colon ? gid : pw ? pw->pw_gid : uid;
	/* the user's groups only when they are the user's own */
	co->user = pw && !colon ? pw->pw_name : NULL;
	return 0;
}

char **child_env(char *const *changes, size_t n)
{
	size_t count = 0, i, j, len;
	const char *eq;
	char **env;

	if (!n)
		return environ;
	while (environ[count])
		count++;
	env = calloc(count + n + 1, sizeof(*env));
	if (!env) {
		fputs("kstrace: out of memory\n", stderr);
		exit(1);
	}
	memcpy(env, environ, count * sizeof(*env));
	for (i = 0; i < n; i++) {
		eq = strchr(changes[i], '=');
		len = eq ? (size_t)(eq - changes[i]) : strlen(changes[i]);
		/* drop every VAR=, then add VAR=VAL at the end */
		for (j = 0; j < count;) {
			if (!strncmp(env[j], changes[i], len) &&
			    env[j][len] == '=') {
				memmove(&env[j], &env[j + 1],
					(count - j) * sizeof(*env));
				count--;
			} else {
				j++;
			}
		}
		if (eq)
			env[count++] = changes[i];
		env[count] = NULL;
	}
	return env;
}

/*
 * become - strace's -u: the user's groups, then its gid and uid; a
 * set-user-ID (set-group-ID) PATH keeps its owner (group) as the
 * effective id, as it would under exec without kstrace.
 */
static void become(const struct child_opts *co, const char *path)
{
	uid_t euid = co->uid;
	gid_t egid = co->gid;
	struct stat st;

	if (stat(path, &st) == 0) {
		if (st.st_mode & S_ISUID)
			euid = st.st_uid;
		if (st.st_mode & S_ISGID)
			egid = st.st_gid;
	}
	if (co->user ? initgroups(co->user, co->gid) :
		       setgroups(1, &co->gid)) {
		fprintf(stderr, "kstrace: initgroups: %s\n", strerror(errno));
		_exit(1);
	}
	if (setregid(co->gid, egid)) {
		fprintf(stderr, "kstrace: setregid: %s\n", strerror(errno));
		_exit(1);
	}
	if (setreuid(co->uid, euid)) {
		fprintf(stderr, "kstrace: setreuid: %s\n", strerror(errno));
		_exit(1);
	}
}

/* child_run - in the child: wait for the go byte, then become PATH. */
static void __attribute__((noreturn))
child_run(int go_fd, const char *path, char *const argv[],
	  const struct child_opts *co)
{
	ssize_t n;
	char go;

	/* The signals kstrace blocked for itself while it forked. */
	if (co->mask)
		sigprocmask(SIG_SETMASK, co->mask, NULL);

	do {
		n = read(go_fd, &go, 1);
	} while (n < 0 && errno == EINTR);
	/* EOF without the byte: the parent gave up; do not run untraced. */
	if (n != 1)
		_exit(127);
	close(go_fd);

	if (co->creds)
		become(co, path);
	execve(path, argv, co->envp ? co->envp : environ);
	fprintf(stderr, "kstrace: exec '%s': %s\n", path, strerror(errno));
	_exit(127);
}

/*
 * child_spawn - fork a child that will run PATH with ARGV once released,
 * with co's environment, credentials and signal mask.
 */
int child_spawn(struct child *c, const char *path, char *const argv[],
		const struct child_opts *co)
{
	int p[2];

	/* O_CLOEXEC: the command must not inherit either end. */
	if (pipe2(p, O_CLOEXEC)) {
		fprintf(stderr, "kstrace: pipe: %s\n", strerror(errno));
		return -1;
	}
	fflush(NULL);
	c->pid = fork();
	if (c->pid < 0) {
		fprintf(stderr, "kstrace: fork: %s\n", strerror(errno));
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (c->pid == 0) {
		close(p[1]);
		child_run(p[0], path, argv, co);
	}
	close(p[0]);
	c->go_fd = p[1];
	return 0;
}

/* child_release - the session is armed: let the child execve(). */
void child_release(struct child *c)
{
	ssize_t n;

	do {
		n = write(c->go_fd, "g", 1);
	} while (n < 0 && errno == EINTR);
	close(c->go_fd);
	c->go_fd = -1;
}

/* child_abort - setting up the session failed: the command must not run. */
void child_abort(struct child *c)
{
	int status;

	kill(c->pid, SIGKILL);
	if (c->go_fd >= 0)
		close(c->go_fd);
	c->go_fd = -1;
	while (waitpid(c->pid, &status, 0) < 0 && errno == EINTR)
		;
}

int child_wait(struct child *c, int *status)
{
	while (waitpid(c->pid, status, 0) < 0) {
		if (errno == EINTR)
			continue;
		fprintf(stderr, "kstrace: waitpid %d: %s\n", (int)c->pid,
			strerror(errno));
		return -1;
	}
	return 0;
}

/* exit_code_of - the command's status as a shell reports it. */
int exit_code_of(int status)
{
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return 1;
}
