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
 *   ip 0|1       ENTER records carry the call's user instruction pointer
 *                (a KSTRACE_CAP_IP capture; strace -i); default 0
 *   trace ABI all|none|LIST
 *                syscalls streamed for ABI (64 or 32), LIST in the
 *                kernel's bitmap list format: "0-3,59,257" (default all)
 *   result all|ok|err
 *                stream only calls that succeeded (ok, strace -z) or
 *                failed (err, strace -Z); counted in the summary anyway
 *   block MS     lossless: a traced task whose records fill its CPU's
 *                buffer past three quarters waits, on its way back to
 *                user space, until the reader emptied it below half, for
 *                MS ms at most (0..KSTRACE_BLOCK_MAX; default
 *                KSTRACE_BLOCK_DEFAULT). A wait that times out makes the
 *                session drop records from then on (fallback 1); 0: drop
 *                from the start, never wait
 *
 * What the session traces beyond its targets (EBUSY once started; start
 * needs a target or a scope):
 *
 *   scope all    every task of the system, from its first syscall after
 *                start on (kernel threads make none); the stream has no
 *                end of its own: only stop ends it
 *   cgroup FD    every task of a cgroup v2 directory and its descendants,
 *                FD an open descriptor of that directory in the writer
 *                (EBADF, or EINVAL: not a cgroup v2 directory; EOPNOTSUPP:
 *                a kernel without cgroups). A task that leaves it stays
 *                traced.
 *
 * What the session keeps of each syscall (EBUSY once started):
 *
 *   group none|process|thread|command|cgroup
 *                also count each (group, syscall) pair: by process, thread
 *                (their ids in the opener's pid namespace), command name,
 *                or cgroup v2 id ("group" lines of the results)
 *   groupsize N  slots per CPU for those pairs, KSTRACE_GROUPSIZE_MIN..MAX
 *                (default KSTRACE_GROUPSIZE_DEFAULT), rounded up to a power
 *                of two; pairs that find no slot are counted in
 *                groupoverflow
 *   summary 0|1|2
 *                0: nothing (a session that only streams events); 1:
 *                calls, errors and times per syscall; 2 (default): also
 *                log2 latency histograms. Memory per CPU: see
 *                "session_stats_bytes" in KSTRACE_STATUS_PATH.
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
 *   summary LEVEL        what the session keeps (the summary command)
 *   scope none|all|cgroup
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
 *   throttled N          waits of traced tasks for the reader (block)
 *   fallback 0|1         1: a wait timed out, records are dropped since
 *   target PID alive|exited|gone STATUS
 *                        STATUS is the wait(2) status of an exited target
 *                        (0 otherwise), PID the number given to
 *                        attach/exec; gone: it ended and was reaped before
 *                        start, its status unknown
 *   syscall ABI NR CALLS ERRORS TOTAL_NS MIN_NS MAX_NS HIST
 *                        one line per syscall called at least once (none
 *                        at summary level 0; HIST "-" below 2). ABI is
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
 *   group KEY ABI NR CALLS ERRORS TOTAL_NS MIN_NS MAX_NS NAME
 *                        with the group command: one line per (group,
 *                        syscall) pair; KEY the process or thread id (0:
 *                        not in the opener's namespace), the command name's
 *                        hash, or the cgroup id; NAME the command name,
 *                        non-printable bytes escaped as \ooo, to the end
 *                        of the line
 *   groupoverflow N      calls that found no slot (group command)
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

/* kstrace's release: the module's, the CLI's, dkms.conf's and the packages'. */
#define KSTRACE_VERSION		"0.1.0"

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

/* The block command: the longest wait of a traced task, in ms. */
#define KSTRACE_BLOCK_DEFAULT	5000
#define KSTRACE_BLOCK_MAX	600000

/* The groupsize command: slots per CPU for the group command's counters. */
#define KSTRACE_GROUPSIZE_MIN		64
#define KSTRACE_GROUPSIZE_MAX		65536
#define KSTRACE_GROUPSIZE_DEFAULT	1024

/* Levels of the summary command. */
#define KSTRACE_SUMMARY_NONE	0
#define KSTRACE_SUMMARY_COUNTS	1
#define KSTRACE_SUMMARY_HIST	2

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
#define KSTRACE_ARGV_MAX	1024
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
	KSTRACE_REC_SIGNAL = 6,		/* a signal delivered to a traced task:
					 * payload signal; one SIGINFO capture
					 * (arg 0) holds its siginfo_t
					 */
};

/* Values of signal.action: what the kernel does with the signal. */
#define KSTRACE_SIG_HANDLER	1	/* runs the task's handler */
#define KSTRACE_SIG_IGNORE	2	/* ignored (SIG_IGN, or a default of ignore) */
#define KSTRACE_SIG_STOP	3	/* stops the group (strace: "stopped by") */
#define KSTRACE_SIG_TERM	4	/* ends the process (with a core dump or not) */
/*
 * Flag of signal.action: seen when it was sent, because the task never
 * dequeues it: ignored (strace's ptrace has the kernel queue it anyway),
 * or fatal and turned by the kernel into a kill of the whole group.
 * strace shows it where the task next returns to user space: after the
 * call it is in, if any. Its siginfo is the sender's (SI_USER from the
 * kernel's own sends).
 */
#define KSTRACE_SIG_SENT	0x100

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
			__u32 signo;
			__u32 action;		/* KSTRACE_SIG_* */
		} signal;
		struct {
			__s32 code;		/* wait(2) status of the thread */
			__u32 group_dead;	/* last thread of its process */
			__s32 group_code;	/* group_dead: the process's
						 * wait(2) status (its leader's
						 * exit code unless a group exit)
						 */
		} task_exit;
	};
};

/*
 * Kinds of captured argument: what the bytes of a capture are. Which
 * syscall argument gets which capture, when and how much of it is said in
 * one place, include/kstrace/sysargs.h. Structures are copied as the
 * x86-64 kernel lays them out; arrays are whole elements, one after the
 * other; full_len counts what the call had (bytes or elements, below).
 */
enum kstrace_cap_kind {
	KSTRACE_CAP_PATH = 1,		/* path, up to KSTRACE_PATH_MAX - 1 bytes */
	KSTRACE_CAP_STR = 2,		/* string cut at strsize */
	KSTRACE_CAP_BUF = 3,		/* data, strsize bytes at most;
					 * full_len: the bytes the call had
					 */
	KSTRACE_CAP_ARGV = 4,		/* NUL-separated strings (execve's
					 * argv), each copied up to strsize + 1
					 * bytes (more than strsize: cut);
					 * full_len: the number of pointers
					 */
	KSTRACE_CAP_STAT = 5,		/* struct stat */
	KSTRACE_CAP_STATX = 6,		/* struct statx */
	KSTRACE_CAP_STATFS = 7,		/* struct statfs */
	KSTRACE_CAP_TIMESPEC = 8,	/* struct __kernel_timespec[] */
	KSTRACE_CAP_TIMEVAL = 9,	/* struct __kernel_old_timeval[] */
	KSTRACE_CAP_ITIMERSPEC = 10,	/* struct __kernel_itimerspec */
	KSTRACE_CAP_ITIMERVAL = 11,	/* struct __kernel_old_itimerval */
	KSTRACE_CAP_TIMEX = 12,		/* struct __kernel_timex */
	KSTRACE_CAP_TIMEZONE = 13,	/* struct timezone */
	KSTRACE_CAP_RUSAGE = 14,	/* struct rusage */
	KSTRACE_CAP_INT = 15,		/* int[]: fds, a wait status, a length */
	KSTRACE_CAP_U64 = 16,		/* __u64[]: loff_t, an address */
	KSTRACE_CAP_SOCKADDR = 17,	/* a socket address; full_len: its
					 * length as the call gave it
					 */
	KSTRACE_CAP_IOV = 18,		/* struct iovec[]; full_len: the count;
					 * then one BUF per element, same arg
					 */
	KSTRACE_CAP_MSGHDR = 19,	/* struct user_msghdr; then SOCKADDR
					 * (name), IOV (+ BUFs), CMSG, same arg
					 */
	KSTRACE_CAP_MMSGHDR = 20,	/* struct mmsghdr, one per element,
					 * each followed by its MSGHDR's parts
					 */
	KSTRACE_CAP_POLLFD = 21,	/* struct pollfd[] */
	KSTRACE_CAP_FDSET = 22,		/* fd_set bits, nfds rounded up to longs */
	KSTRACE_CAP_EPOLL_EVENT = 23,	/* struct epoll_event[] (packed) */
	KSTRACE_CAP_SIGACTION = 24,	/* the kernel's struct sigaction */
	KSTRACE_CAP_SIGSET = 25,	/* sigset_t bits, the call's size */
	KSTRACE_CAP_SIGINFO = 26,	/* siginfo_t */
	KSTRACE_CAP_RLIMIT = 27,	/* struct rlimit64 */
	KSTRACE_CAP_SYSINFO = 28,	/* struct sysinfo */
	KSTRACE_CAP_UTSNAME = 29,	/* struct new_utsname */
	KSTRACE_CAP_TMS = 30,		/* struct tms */
	KSTRACE_CAP_SCHED_PARAM = 31,	/* struct sched_param */
	KSTRACE_CAP_SCHED_ATTR = 32,	/* struct sched_attr, its own size */
	KSTRACE_CAP_CPUSET = 33,	/* a CPU mask, the call's size */
	KSTRACE_CAP_CLONE_ARGS = 34,	/* struct clone_args, the call's size */
	KSTRACE_CAP_OPEN_HOW = 35,	/* struct open_how */
	KSTRACE_CAP_DIRENTS = 36,	/* linux_dirent64 records, whole ones;
					 * full_len: how many the call returned
					 */
	KSTRACE_CAP_TERMIOS = 37,	/* the kernel's struct termios,
					 * termios2 or termio (by the ioctl)
					 */
	KSTRACE_CAP_WINSIZE = 38,	/* struct winsize */
	KSTRACE_CAP_FLOCK = 39,		/* struct flock */
	KSTRACE_CAP_IO_URING_PARAMS = 40, /* struct io_uring_params */
	KSTRACE_CAP_PERF_EVENT_ATTR = 41, /* struct perf_event_attr, its size */
	KSTRACE_CAP_BPF_ATTR = 42,	/* union bpf_attr, the call's size */
	KSTRACE_CAP_STACK = 43,		/* stack_t (sigaltstack) */
	KSTRACE_CAP_CAP_HEADER = 44,	/* struct __user_cap_header_struct */
	KSTRACE_CAP_CAP_DATA = 45,	/* struct __user_cap_data_struct[2] */
	KSTRACE_CAP_CMSG = 46,		/* a msghdr's control data */
	KSTRACE_CAP_SIGEVENT = 47,	/* struct sigevent */
	KSTRACE_CAP_MQ_ATTR = 48,	/* struct mq_attr */
	KSTRACE_CAP_UTIMBUF = 49,	/* struct utimbuf */
	KSTRACE_CAP_MOUNT_ATTR = 50,	/* struct mount_attr */
	KSTRACE_CAP_SOCKOPT = 51,	/* a socket option's value, its length */
	KSTRACE_CAP_WAIT_STATUS = 52,	/* int: a wait(2) status */
	KSTRACE_CAP_ENVP = 53,		/* as ARGV: execve's environment */
	KSTRACE_CAP_IP = 54,		/* __u64: the user instruction pointer
					 * of the call, on ENTER records of a
					 * session with "ip 1" (strace -i);
					 * arg KSTRACE_CAP_ARG_REC
					 */
	KSTRACE_CAP_FDNAME = 55,	/* on EXIT records: a descriptor the
					 * call made: __s32 fd, then what the
					 * kernel names it ("pipe:[45]") and,
					 * for a socket, its protocol ("TCP"),
					 * each NUL-terminated; arg
					 * KSTRACE_CAP_ARG_REC
					 */
	KSTRACE_CAP_NODEMASK = 56,	/* a NUMA node mask: unsigned long
					 * words, maxnode bits rounded up
					 */
	KSTRACE_CAP_KINDS		/* one past the last */
};

/* Capture flags. */
#define KSTRACE_CAP_FAULT	0x1	/* user memory unreadable: no data */
#define KSTRACE_CAP_TRUNC	0x2	/* cut: strsize, the kind's or the
					 * record's limit
					 */
#define KSTRACE_CAP_MORE	0x4	/* ARGV: more elements than copied */
#define KSTRACE_CAP_ATEXIT	0x8	/* an input that faulted at entry,
					 * copied at exit, once the kernel had
					 * read it (so faulted in)
					 */

/*
 * Follows the payload; len bytes of data follow it, then zeroes up to the
 * next 8-byte boundary (the next capture is at 16 + ALIGN(len, 8) bytes).
 * Strings are not NUL-terminated: len is their length. One argument may
 * have several captures (a structure and what it points to), in order.
 */
/* The arg of a capture that belongs to the record, not to an argument. */
#define KSTRACE_CAP_ARG_REC	0xff

struct kstrace_cap {
	__u8 arg;		/* argument index, 0..5, or KSTRACE_CAP_ARG_REC */
	__u8 kind;		/* enum kstrace_cap_kind */
	__u16 flags;
	__u32 len;		/* bytes of data */
	__u64 full_len;		/* see the kinds; else 0 */
};

#endif /* _UAPI_LINUX_KSTRACE_H */
