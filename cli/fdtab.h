/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fdtab.h - -y's descriptor table, kept from the trace itself.
 *
 * The lines are printed after the calls happened, often long after: by
 * then /proc/PID/fd/N may name another file, or nothing. So the paths of
 * descriptors are taken from the calls that made them (open and friends,
 * with the path the module captured; dup*, fcntl F_DUPFD; close ends
 * them; execve drops the close-on-exec ones; fork copies them). Only a
 * descriptor this table has never seen (one inherited, or made by a call
 * it does not follow) is looked up in /proc, and a socket, pipe or other
 * anonymous file only if /proc names one of its kind.
 */
#ifndef KSTRACE_CLI_FDTAB_H
#define KSTRACE_CLI_FDTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <uapi/linux/kstrace.h>

struct fdtab;

struct fdtab *fdtab_new(void);
void fdtab_free(struct fdtab *f);

/* fdtab_wants - does this syscall change descriptors (-y needs it)? */
bool fdtab_wants(unsigned int abi, unsigned int nr);

/* fdtab_apply - what a finished call (ENTER en, EXIT x) did to the table */
void fdtab_apply(struct fdtab *f, const struct kstrace_rec *en,
		 const struct kstrace_rec *x);

/*
 * fdtab_seed - the descriptors process vpid has now, from /proc/PID/fd
 * (PID: the same process, as this CLI sees it): those of a command
 * before its execve, or of a process -p attaches to.
 */
void fdtab_seed(struct fdtab *f, uint32_t vpid, pid_t pid);

/* fdtab_exit - process vpid is gone */
void fdtab_exit(struct fdtab *f, uint32_t vpid);

/*
 * fdtab_path - the path of fd in process vpid (thread vtid for /proc):
 * buf, or NULL for the number alone. fd -100: the working directory.
 */
const char *fdtab_path(struct fdtab *f, uint32_t vpid, uint32_t vtid, int fd,
		       char *buf, size_t len);

/*
 * fdtab_proto - the protocol of socket fd in process vpid ("TCP"), as the
 * module named it when the call that made fd returned; NULL: not known.
 */
const char *fdtab_proto(struct fdtab *f, uint32_t vpid, int fd);

#endif /* KSTRACE_CLI_FDTAB_H */
