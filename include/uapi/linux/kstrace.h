/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * kstrace.h - everything that crosses the boundary between kstrace.ko and
 * user space: file names, the control language and the summary format.
 *
 * A session is an open file of KSTRACE_SESSION_PATH. Each write(2) is one
 * command, validated whole: on error nothing changes and write(2) fails
 * with the errno given below. Commands (text, fields separated by single
 * spaces, an optional trailing newline):
 *
 *   attach PID   trace every thread of process PID from now on. PID is
 *                read in the writer's pid namespace. ESRCH: no such
 *                process; EINVAL: not a number or <= 0; E2BIG: more than
 *                KSTRACE_MAX_TARGETS targets; EEXIST: already a target.
 *   exec PID     trace process PID from its next execve(2) on (the
 *                execve itself included): how the CLI starts a command
 *                without counting its own set-up. Same errors as attach.
 *   follow 0|1   also trace descendants (fork, vfork, clone, clone3,
 *                threads) created after this. EBUSY once started.
 *   start        begin tracing. EINVAL: no target; EBUSY: already
 *                started or stopped.
 *   stop         stop tracing; the results stay readable. EINVAL: never
 *                started.
 *
 * Writes longer than KSTRACE_CMD_MAX bytes fail with E2BIG; unknown
 * commands and malformed arguments with EINVAL.
 *
 * read(2) returns a snapshot of the session's results as text, taken when
 * reading at offset 0 (so pread(fd, buf, len, 0) always gives a fresh one).
 * Lines, in this order; a reader must ignore line types it does not know:
 *
 *   version 1
 *   state idle|running|stopped
 *   tasks LIVE           traced tasks (threads) alive now
 *   untracked N          descendants not traced (task limit or no memory)
 *   unpaired N           syscall exits seen without their entry (threads
 *                        blocked in a syscall when attached)
 *   badnr N              syscalls whose number fits no table
 *   target PID alive|exited STATUS
 *                        STATUS is the wait(2) status of an exited target,
 *                        PID the number given to attach/exec
 *   syscall ABI NR CALLS ERRORS TOTAL_NS MIN_NS MAX_NS HIST
 *                        one line per syscall called at least once. ABI is
 *                        64 (x86-64) or 32 (ia32 compat, int 0x80); ERRORS
 *                        counts returns in [-4095, -1]; HIST lists the
 *                        non-empty log2 latency buckets as BUCKET:COUNT
 *                        separated by commas ("-" if none), where bucket b
 *                        counts calls of [2^b, 2^(b+1)) ns, b = 0 also
 *                        counting 0 ns, and the last bucket everything above
 *   end
 *
 * poll(2) reports POLLIN when the results changed state: the session
 * stopped or no traced task is alive any more.
 */
#ifndef _UAPI_LINUX_KSTRACE_H
#define _UAPI_LINUX_KSTRACE_H

#define KSTRACE_PROC_DIR	"/proc/kstrace"
#define KSTRACE_SESSION_PATH	"/proc/kstrace/session"
#define KSTRACE_STATUS_PATH	"/proc/kstrace/status"

#define KSTRACE_FORMAT_VERSION	1

/* Longest accepted command, in bytes, trailing newline included. */
#define KSTRACE_CMD_MAX		128
/* Processes one session may attach to or exec. */
#define KSTRACE_MAX_TARGETS	64
/* Syscall numbers per table; larger numbers are counted in "badnr". */
#define KSTRACE_MAX_SYSCALLS	512
/* Log2 latency buckets per syscall. */
#define KSTRACE_HIST_BUCKETS	40

/* Values of ABI in "syscall" lines. */
#define KSTRACE_ABI_NATIVE	64
#define KSTRACE_ABI_COMPAT	32

#endif /* _UAPI_LINUX_KSTRACE_H */
