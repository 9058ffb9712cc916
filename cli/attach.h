/* SPDX-License-Identifier: GPL-2.0 */
/*
 * attach.h - what the threads of a process kstrace attaches to are
 * doing: strace's "Process N attached" and the call each thread is
 * blocked in, which strace shows at once.
 */
#ifndef KSTRACE_CLI_ATTACH_H
#define KSTRACE_CLI_ATTACH_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <uapi/linux/kstrace.h>

/*
 * proc_threads - the thread ids of process pid (/proc/PID/task), pid
 * first; *n of them in a new array (NULL, 0 when the process is gone).
 */
pid_t *proc_threads(pid_t pid, size_t *n);

/*
 * proc_inflight - the call thread tid of process pid is inside, from
 * /proc/PID/task/TID/syscall: an ENTER record of it (malloc'ed, ts
 * now), its inputs copied from the thread's memory as the module would
 * have copied them at entry where that is simple (paths, strings, data
 * and fixed-size structures), *ip the user instruction pointer. NULL when
 * the thread is not in a syscall (running, or stopped outside one).
 */
struct kstrace_rec *proc_inflight(pid_t pid, pid_t tid, unsigned int strsize,
				  uint64_t *ip);

#endif /* KSTRACE_CLI_ATTACH_H */
