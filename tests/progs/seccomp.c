// SPDX-License-Identifier: GPL-2.0
/*
 * seccomp - system calls that seccomp skips, for 34-seccomp.t.
 *
 * usage: seccomp N [errno|trap|kill]
 *
 * Installs a filter that fails getppid and openat with EPERM
 * (SECCOMP_RET_ERRNO, Docker's default way), then makes N getppid calls
 * and one openat of "/kstrace-seccomp". With "trap", getpid is then made
 * under SECCOMP_RET_TRAP (SIGSYS, handled: the call returns ENOSYS); with
 * "kill", getuid under SECCOMP_RET_KILL_PROCESS (the process dies of
 * SIGSYS). The kernel runs neither call, but runs the syscall-exit
 * tracepoint for each: strace shows them all.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

static void on_sigsys(int sig)
{
	(void)sig;
}

int main(int argc, char **argv)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 2, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_openat, 1, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getpid, 2, 3),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getuid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { ARRAY_SIZE(f), f };
	const char *mode = argc > 2 ? argv[2] : "errno";
	long i, n;

	if (argc < 2 || (n = strtol(argv[1], NULL, 10)) < 0) {
		fputs("usage: seccomp N [errno|trap|kill]\n", stderr);
		return 2;
	}
	signal(SIGSYS, on_sigsys);
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog)) {
		perror("seccomp");
		return 1;
	}
	for (i = 0; i < n; i++)
		syscall(SYS_getppid);
	syscall(SYS_openat, AT_FDCWD, "/kstrace-seccomp", O_RDONLY);
	if (!strcmp(mode, "trap"))
		syscall(SYS_getpid);
	else if (!strcmp(mode, "kill"))
		syscall(SYS_getuid);
	return 0;
}
