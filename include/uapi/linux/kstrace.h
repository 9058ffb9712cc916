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
 * Event stream options (EBUSY once started; EINVAL when out of range):
 *
 *   events 0|1   also stream one record per syscall entry and exit (below)
 *   bufsize KIB  event buffer per CPU, KSTRACE_BUFSIZE_MIN..MAX KiB
 *                (default KSTRACE_BUFSIZE_DEFAULT), rounded up to a
 *                power of two
 *   strsize N    bytes copied of string and data-buffer arguments,
 *                0..KSTRACE_STRSIZE_MAX (default 32, like strace -s);
 *                paths are copied up to KSTRACE_PATH_MAX whatever N is
 *   trace ABI all|none|LIST
 *                syscalls streamed for ABI (64 or 32), LIST in the
 *                kernel's bitmap list format: "0-3,59,257" (default all)
 *   result all|ok|err
 *                stream only calls that succeeded (ok, strace -z) or
 *                failed (err, strace -Z); counted in the summary anyway
 *
 * Kernel function probes (EBUSY once started), at most KSTRACE_MAX_PROBES
 * per session, counted only when the traced tasks call the function:
 *
 *   kprobe FUNC     count calls of kernel function FUNC ("mod:func" for a
 *                   module's function)
 *   kretprobe FUNC  also time them and count error returns
 *
 *   ENOENT: unknown symbol (or module not loaded); EINVAL: FUNC cannot be
 *   probed (blacklisted, notrace, not a function entry) or is not a
 *   symbol name; EEXIST: already probed by this session; E2BIG: too many.
 *   The probe is registered (disabled) by the command itself, so these
 *   errors come from the write and leave the session unchanged.
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
 *   lost N               event records dropped because a buffer was full
 *                        (or because a probe fired inside the writing of a
 *                        record on the same CPU: see nested)
 *   lostcpu CPU N        the same, for one CPU (only CPUs that lost some)
 *   nested N             of lost, the probe hits dropped because they fired
 *                        inside the writing of a record on the same CPU: a
 *                        probe on a function the write calls, such as
 *                        __kfifo_in (no LOST record marks them)
 *   written N            event records put in the buffers (LOST records
 *                        included): a reader that reached the end of the
 *                        stream has read exactly N
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
 *   probe IDX kprobe|kretprobe FUNC CALLS ERRORS TOTAL_NS MIN_NS MAX_NS MISSED HIST
 *                        one line per probe, IDX in command order; ERRORS
 *                        counts returns in [-4095, -1] (an int errno in
 *                        eax counts too); kprobes have no times; MISSED is
 *                        the kernel's nmissed of the probe
 *   end
 *
 * In event mode ("events 1") read(2) returns whole records (struct
 * kstrace_rec) instead, blocking until one arrives (or EAGAIN with
 * O_NONBLOCK), and returns 0 once the session stopped or no traced task
 * is left and every record has been read. A buffer smaller than
 * KSTRACE_REC_MAX fails with EINVAL. The results text stays available in every
 * mode with pread(fd, buf, len, KSTRACE_RESULTS_POS + offset).
 *
 * poll(2) reports POLLIN when a record is waiting, and when the session
 * stopped or no traced task is alive any more.
 */
#ifndef _UAPI_LINUX_KSTRACE_H
#define _UAPI_LINUX_KSTRACE_H

#include <linux/types.h>

#define KSTRACE_PROC_DIR	"/proc/kstrace"
#define KSTRACE_SESSION_PATH	"/proc/kstrace/session"
#define KSTRACE_STATUS_PATH	"/proc/kstrace/status"

#define KSTRACE_FORMAT_VERSION	1

/* Longest accepted command, in bytes, trailing newline included. */
#define KSTRACE_CMD_MAX		4096
/* Processes one session may attach to or exec. */
#define KSTRACE_MAX_TARGETS	64
/* Syscall numbers per table; larger numbers are counted in "badnr". */
#define KSTRACE_MAX_SYSCALLS	512
/* Kernel function probes per session, and their name length. */
#define KSTRACE_MAX_PROBES	16
#define KSTRACE_FUNC_MAX	128
/* Log2 latency buckets per syscall. */
#define KSTRACE_HIST_BUCKETS	40

/* Values of ABI in "syscall" lines. */
#define KSTRACE_ABI_NATIVE	64
#define KSTRACE_ABI_COMPAT	32

/* Event stream limits. */
#define KSTRACE_BUFSIZE_MIN	8
#define KSTRACE_BUFSIZE_MAX	65536
#define KSTRACE_BUFSIZE_DEFAULT	1024
#define KSTRACE_STRSIZE_DEFAULT	32
#define KSTRACE_STRSIZE_MAX	1024
#define KSTRACE_PATH_MAX	1024
/* Elements of execve's argv copied. */
#define KSTRACE_ARGV_MAX	32
/* Largest record; captures are cut (KSTRACE_CAP_TRUNC) to fit. */
#define KSTRACE_REC_MAX		3072

/* pread() position of the results text in every mode. */
#define KSTRACE_RESULTS_POS	(1LL << 40)

#define KSTRACE_REC_VERSION	1

enum kstrace_rec_type {
	KSTRACE_REC_ENTER = 1,		/* a syscall began */
	KSTRACE_REC_EXIT = 2,		/* it returned */
	KSTRACE_REC_LOST = 3,		/* records dropped on this CPU before */
	KSTRACE_REC_TASK_EXIT = 4,	/* a traced thread ended */
	KSTRACE_REC_PROBE = 5,		/* a probe hit: nr = probe IDX; exit
					 * payload (ret, duration: kretprobe)
					 */
};

/*
 * Every record starts with this header. Records are 8-byte aligned; size
 * covers the header, the payload and the captures that follow it.
 */
struct kstrace_rec {
	__u16 size;
	__u8 type;		/* enum kstrace_rec_type */
	__u8 version;		/* KSTRACE_REC_VERSION */
	__u16 nr;		/* syscall number */
	__u8 abi;		/* KSTRACE_ABI_NATIVE or KSTRACE_ABI_COMPAT */
	__u8 ncap;		/* captures following the payload */
	__u32 cpu;
	__u32 tid;		/* global ids */
	__u32 pid;
	__u32 vtid;		/* ids in the opener's pid namespace */
	__u32 vpid;
	__u32 pad;
	__u64 ts;		/* CLOCK_MONOTONIC, ns */
	union {
		struct {
			__u64 args[6];
		} enter;
		struct {
			__s64 ret;
			__u64 duration_ns;
		} exit;
		struct {
			__u64 count;
		} lost;
		struct {
			__s32 code;		/* wait(2) status */
			__u32 group_dead;	/* last thread of its process */
		} task_exit;
	};
};

/* Kinds of captured argument. */
enum kstrace_cap_kind {
	KSTRACE_CAP_PATH = 1,	/* path, up to KSTRACE_PATH_MAX - 1 bytes */
	KSTRACE_CAP_STR = 2,	/* string cut at strsize */
	KSTRACE_CAP_BUF = 3,	/* data buffer, strsize bytes at most */
	KSTRACE_CAP_ARGV = 4,	/* execve argv: NUL-separated strings */
};

/* Capture flags. */
#define KSTRACE_CAP_FAULT	0x1	/* user memory unreadable: no data */
#define KSTRACE_CAP_TRUNC	0x2	/* cut: strsize, path or record limit */
#define KSTRACE_CAP_MORE	0x4	/* ARGV: more elements than copied */

/*
 * Follows the payload; len bytes of data follow it, then zeroes up to the
 * next 8-byte boundary (the next capture is at 16 + ALIGN(len, 8) bytes).
 * Strings are not NUL-terminated: len is their length.
 */
struct kstrace_cap {
	__u8 arg;		/* argument index, 0..5 */
	__u8 kind;		/* enum kstrace_cap_kind */
	__u16 flags;
	__u32 len;		/* bytes of data */
	__u64 full_len;		/* BUF: the length asked for; else 0 */
};

#endif /* _UAPI_LINUX_KSTRACE_H */
