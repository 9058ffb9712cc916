/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * sysargs.h - what the pointer arguments of each x86-64 system call point
 * to: the one description that kstrace.ko's capture (module/capture.c),
 * the CLI's decoders, the host test recorder (cli/tests/evgen.c) and the
 * guest tests' oracle (tests/guest/lib/evcheck.py, through the table that
 * tests/progs/sysargs prints) all read. Nothing else may say it.
 *
 * An X-macro list: define KS_TYPE and KS_CAP (and KS_CAP_IF, which
 * defaults to KS_CAP's user) before including this file; it undefines
 * them. Syscalls are named without prefix, so that __NR_##sc (kernel) and
 * SYS_##sc (user space) both give the number.
 *
 * KS_TYPE(KIND, ELEM, MAX): a capture kind (enum kstrace_cap_kind, without
 * its KSTRACE_CAP_ prefix), the size of one element in bytes (1: sized in
 * bytes), and the most bytes one capture of it copies (0: strsize, the
 * session's limit for strings and data, as strace -s).
 *
 * KS_CAP(sc, ARG, WHEN, KIND, LEN, N): capture argument ARG of sc.
 *   WHEN  IN: at entry; OUT: at exit, when the call succeeded (strace
 *         prints output structures only then); OUTALL: at exit, whatever
 *         the result (nanosleep's remaining time after EINTR).
 *   LEN   how many elements (of KIND's ELEM bytes) the call has:
 *         ONE    one element (N unused);
 *         NUM    N elements;
 *         ARG    the value of argument N;
 *         RET    the return value;
 *         ARGPTR the int that argument N points to, read when copying
 *                (a socklen_t that the call reads and writes);
 *         NFDS   an fd_set of argument N descriptors;
 *         FIELD  the __u32 at byte offset KS_AT_OFF(N) of the memory
 *                itself (a structure that says its own size), in bytes;
 *                0 there: KS_AT_BYTES(N), its first version's size;
 *         DEREF  KS_AT_BYTES(N) bytes where the pointer at byte offset
 *                KS_AT_OFF(N) of the argument's structure points (a
 *                field the call writes through, a set it reads through):
 *                full_len is that offset.
 *   The copy is cut at MAX bytes (or strsize), and marked TRUNC.
 *
 * KS_CAP_IF(sc, ARG, WHEN, KIND, LEN, N, SEL, MASK, VAL): only when
 * (argument SEL & MASK) == VAL: a multiplexed call (ioctl, fcntl, futex,
 * prctl) whose argument means something else for other commands.
 *
 * Kinds with their own copying rules (module/capture.c): PATH and STR
 * (NUL-terminated), ARGV and ENVP (a NULL-terminated array of strings,
 * counted to its end), BUF (data, up to strsize, LEN bytes of it), IOV,
 * MSGHDR and MMSGHDR (the structure, then what it points to: see the uapi
 * header; the data of an IOV or MSGHDR copied at exit goes up to the
 * return value, that of each MMSGHDR element up to its msg_len, except
 * OUTALL: all of it, as sendmmsg sent it), DIRENTS (whole records; every
 * record of the call counted).
 */
/* N of FIELD and DEREF: an offset (0..255) and a size in bytes. */
#ifndef KS_AT
#define KS_AT(off, bytes)	((bytes) << 8 | (off))
#define KS_AT_OFF(n)		((n) & 0xff)
#define KS_AT_BYTES(n)		((n) >> 8)
#endif

#ifndef KS_CAP_IF
#define KS_CAP_IF(sc, arg, when, kind, len, n, sel, mask, val) \
	KS_CAP(sc, arg, when, kind, len, n)
#endif
#ifndef KS_FDS
#define KS_FDS(sc, where, n)
#endif

/* ---- kinds: element size and copy limit ---- */
KS_TYPE(PATH, 1, 0)
KS_TYPE(STR, 1, 0)
KS_TYPE(BUF, 1, 0)
KS_TYPE(ARGV, 1, 0)
KS_TYPE(STAT, 144, 144)
KS_TYPE(STATX, 256, 256)
KS_TYPE(STATFS, 120, 120)
KS_TYPE(TIMESPEC, 16, 32)
KS_TYPE(TIMEVAL, 16, 32)
KS_TYPE(ITIMERSPEC, 32, 32)
KS_TYPE(ITIMERVAL, 32, 32)
KS_TYPE(TIMEX, 208, 208)
KS_TYPE(TIMEZONE, 8, 8)
KS_TYPE(RUSAGE, 144, 144)
KS_TYPE(INT, 4, 256)
KS_TYPE(U64, 8, 16)
KS_TYPE(SOCKADDR, 1, 128)
KS_TYPE(IOV, 16, 512)
KS_TYPE(MSGHDR, 56, 56)
KS_TYPE(MMSGHDR, 64, 64)
KS_TYPE(POLLFD, 8, 256)
KS_TYPE(FDSET, 1, 128)
KS_TYPE(EPOLL_EVENT, 12, 384)
KS_TYPE(SIGACTION, 32, 32)
KS_TYPE(SIGSET, 1, 128)
KS_TYPE(SIGINFO, 128, 128)
KS_TYPE(RLIMIT, 16, 16)
KS_TYPE(SYSINFO, 112, 112)
KS_TYPE(UTSNAME, 390, 390)
KS_TYPE(TMS, 32, 32)
KS_TYPE(SCHED_PARAM, 4, 4)
KS_TYPE(SCHED_ATTR, 1, 128)
KS_TYPE(CPUSET, 1, 128)
KS_TYPE(CLONE_ARGS, 1, 128)
KS_TYPE(OPEN_HOW, 24, 24)
KS_TYPE(DIRENTS, 1, 1024)
KS_TYPE(TERMIOS, 1, 44)
KS_TYPE(WINSIZE, 8, 8)
KS_TYPE(FLOCK, 32, 32)
KS_TYPE(IO_URING_PARAMS, 120, 120)
KS_TYPE(PERF_EVENT_ATTR, 1, 136)
KS_TYPE(BPF_ATTR, 1, 160)
KS_TYPE(STACK, 24, 24)
KS_TYPE(CAP_HEADER, 8, 8)
KS_TYPE(CAP_DATA, 12, 24)
KS_TYPE(CMSG, 1, 256)
KS_TYPE(SIGEVENT, 64, 64)
KS_TYPE(MQ_ATTR, 64, 64)
KS_TYPE(UTIMBUF, 16, 16)
KS_TYPE(MOUNT_ATTR, 32, 32)
KS_TYPE(SOCKOPT, 1, 256)
KS_TYPE(WAIT_STATUS, 4, 4)
KS_TYPE(ENVP, 1, 0)
KS_TYPE(FDNAME, 1, 88)
KS_TYPE(NODEMASK, 1, 256)

/* ---- files and descriptors ---- */
KS_CAP(read, 1, OUT, BUF, RET, 0)
KS_CAP(write, 1, IN, BUF, ARG, 2)
KS_CAP(pread64, 1, OUT, BUF, RET, 0)
KS_CAP(pwrite64, 1, IN, BUF, ARG, 2)
/* the reads at exit whatever the result: a failed one shows its buffers */
KS_CAP(readv, 1, OUTALL, IOV, ARG, 2)
KS_CAP(writev, 1, IN, IOV, ARG, 2)
KS_CAP(preadv, 1, OUTALL, IOV, ARG, 2)
KS_CAP(pwritev, 1, IN, IOV, ARG, 2)
KS_CAP(preadv2, 1, OUTALL, IOV, ARG, 2)
KS_CAP(pwritev2, 1, IN, IOV, ARG, 2)
KS_CAP(open, 0, IN, PATH, ONE, 0)
KS_CAP(creat, 0, IN, PATH, ONE, 0)
KS_CAP(openat, 1, IN, PATH, ONE, 0)
KS_CAP(openat2, 1, IN, PATH, ONE, 0)
KS_CAP(openat2, 2, IN, OPEN_HOW, ONE, 0)
KS_CAP(stat, 0, IN, PATH, ONE, 0)
KS_CAP(stat, 1, OUT, STAT, ONE, 0)
KS_CAP(lstat, 0, IN, PATH, ONE, 0)
KS_CAP(lstat, 1, OUT, STAT, ONE, 0)
KS_CAP(fstat, 1, OUT, STAT, ONE, 0)
KS_CAP(newfstatat, 1, IN, PATH, ONE, 0)
KS_CAP(newfstatat, 2, OUT, STAT, ONE, 0)
KS_CAP(statx, 1, IN, PATH, ONE, 0)
KS_CAP(statx, 4, OUT, STATX, ONE, 0)
KS_CAP(statfs, 0, IN, PATH, ONE, 0)
KS_CAP(statfs, 1, OUT, STATFS, ONE, 0)
KS_CAP(fstatfs, 1, OUT, STATFS, ONE, 0)
KS_CAP(access, 0, IN, PATH, ONE, 0)
KS_CAP(faccessat, 1, IN, PATH, ONE, 0)
KS_CAP(faccessat2, 1, IN, PATH, ONE, 0)
KS_CAP(truncate, 0, IN, PATH, ONE, 0)
KS_CAP(chdir, 0, IN, PATH, ONE, 0)
KS_CAP(chroot, 0, IN, PATH, ONE, 0)
KS_CAP(mkdir, 0, IN, PATH, ONE, 0)
KS_CAP(mkdirat, 1, IN, PATH, ONE, 0)
KS_CAP(rmdir, 0, IN, PATH, ONE, 0)
KS_CAP(unlink, 0, IN, PATH, ONE, 0)
KS_CAP(unlinkat, 1, IN, PATH, ONE, 0)
KS_CAP(chmod, 0, IN, PATH, ONE, 0)
KS_CAP(fchmodat, 1, IN, PATH, ONE, 0)
KS_CAP(chown, 0, IN, PATH, ONE, 0)
KS_CAP(lchown, 0, IN, PATH, ONE, 0)
KS_CAP(fchownat, 1, IN, PATH, ONE, 0)
KS_CAP(mknod, 0, IN, PATH, ONE, 0)
KS_CAP(mknodat, 1, IN, PATH, ONE, 0)
KS_CAP(rename, 0, IN, PATH, ONE, 0)
KS_CAP(rename, 1, IN, PATH, ONE, 0)
KS_CAP(renameat, 1, IN, PATH, ONE, 0)
KS_CAP(renameat, 3, IN, PATH, ONE, 0)
KS_CAP(renameat2, 1, IN, PATH, ONE, 0)
KS_CAP(renameat2, 3, IN, PATH, ONE, 0)
KS_CAP(link, 0, IN, PATH, ONE, 0)
KS_CAP(link, 1, IN, PATH, ONE, 0)
KS_CAP(linkat, 1, IN, PATH, ONE, 0)
KS_CAP(linkat, 3, IN, PATH, ONE, 0)
KS_CAP(symlink, 0, IN, PATH, ONE, 0)
KS_CAP(symlink, 1, IN, PATH, ONE, 0)
KS_CAP(symlinkat, 0, IN, PATH, ONE, 0)
KS_CAP(symlinkat, 2, IN, PATH, ONE, 0)
KS_CAP(readlink, 0, IN, PATH, ONE, 0)
KS_CAP(readlink, 1, OUT, BUF, RET, 0)
KS_CAP(readlinkat, 1, IN, PATH, ONE, 0)
KS_CAP(readlinkat, 2, OUT, BUF, RET, 0)
KS_CAP(utime, 0, IN, PATH, ONE, 0)
KS_CAP(utime, 1, IN, UTIMBUF, ONE, 0)
KS_CAP(utimes, 0, IN, PATH, ONE, 0)
KS_CAP(utimes, 1, IN, TIMEVAL, NUM, 2)
KS_CAP(futimesat, 1, IN, PATH, ONE, 0)
KS_CAP(futimesat, 2, IN, TIMEVAL, NUM, 2)
KS_CAP(utimensat, 1, IN, PATH, ONE, 0)
KS_CAP(utimensat, 2, IN, TIMESPEC, NUM, 2)
KS_CAP(getdents64, 1, OUT, DIRENTS, RET, 0)
KS_CAP(getdents, 1, OUT, DIRENTS, RET, 0)
KS_CAP(getcwd, 0, OUT, PATH, ONE, 0)
KS_CAP(pipe, 0, OUT, INT, NUM, 2)
KS_CAP(pipe2, 0, OUT, INT, NUM, 2)
KS_CAP(sendfile, 2, IN, U64, ONE, 0)
KS_CAP(sendfile, 2, OUT, U64, ONE, 0)
/* strace prints the offsets of these two as they were passed in only */
KS_CAP(copy_file_range, 1, IN, U64, ONE, 0)
KS_CAP(copy_file_range, 3, IN, U64, ONE, 0)
KS_CAP(splice, 1, IN, U64, ONE, 0)
KS_CAP(splice, 3, IN, U64, ONE, 0)
KS_CAP(inotify_add_watch, 1, IN, PATH, ONE, 0)
KS_CAP(fanotify_mark, 4, IN, PATH, ONE, 0)
KS_CAP(memfd_create, 0, IN, STR, ONE, 0)
KS_CAP(name_to_handle_at, 1, IN, PATH, ONE, 0)
KS_CAP(mount, 0, IN, PATH, ONE, 0)
KS_CAP(mount, 1, IN, PATH, ONE, 0)
KS_CAP(mount, 2, IN, STR, ONE, 0)
KS_CAP(umount2, 0, IN, PATH, ONE, 0)
KS_CAP(swapon, 0, IN, PATH, ONE, 0)
KS_CAP(swapoff, 0, IN, PATH, ONE, 0)
KS_CAP(pivot_root, 0, IN, PATH, ONE, 0)
KS_CAP(pivot_root, 1, IN, PATH, ONE, 0)
KS_CAP(acct, 0, IN, PATH, ONE, 0)
KS_CAP(open_tree, 1, IN, PATH, ONE, 0)
KS_CAP(move_mount, 1, IN, PATH, ONE, 0)
KS_CAP(move_mount, 3, IN, PATH, ONE, 0)
KS_CAP(fsopen, 0, IN, STR, ONE, 0)
KS_CAP(fspick, 1, IN, PATH, ONE, 0)
KS_CAP(mount_setattr, 1, IN, PATH, ONE, 0)
KS_CAP(mount_setattr, 3, IN, MOUNT_ATTR, ONE, 0)
KS_CAP(quotactl, 1, IN, PATH, ONE, 0)

/* extended attributes */
KS_CAP(setxattr, 0, IN, PATH, ONE, 0)
KS_CAP(setxattr, 1, IN, STR, ONE, 0)
KS_CAP(setxattr, 2, IN, BUF, ARG, 3)
KS_CAP(lsetxattr, 0, IN, PATH, ONE, 0)
KS_CAP(lsetxattr, 1, IN, STR, ONE, 0)
KS_CAP(lsetxattr, 2, IN, BUF, ARG, 3)
KS_CAP(fsetxattr, 1, IN, STR, ONE, 0)
KS_CAP(fsetxattr, 2, IN, BUF, ARG, 3)
KS_CAP(getxattr, 0, IN, PATH, ONE, 0)
KS_CAP(getxattr, 1, IN, STR, ONE, 0)
KS_CAP(getxattr, 2, OUT, BUF, RET, 0)
KS_CAP(lgetxattr, 0, IN, PATH, ONE, 0)
KS_CAP(lgetxattr, 1, IN, STR, ONE, 0)
KS_CAP(lgetxattr, 2, OUT, BUF, RET, 0)
KS_CAP(fgetxattr, 1, IN, STR, ONE, 0)
KS_CAP(fgetxattr, 2, OUT, BUF, RET, 0)
KS_CAP(listxattr, 0, IN, PATH, ONE, 0)
KS_CAP(listxattr, 1, OUT, BUF, RET, 0)
KS_CAP(llistxattr, 0, IN, PATH, ONE, 0)
KS_CAP(llistxattr, 1, OUT, BUF, RET, 0)
KS_CAP(flistxattr, 1, OUT, BUF, RET, 0)
KS_CAP(removexattr, 0, IN, PATH, ONE, 0)
KS_CAP(removexattr, 1, IN, STR, ONE, 0)
KS_CAP(lremovexattr, 0, IN, PATH, ONE, 0)
KS_CAP(lremovexattr, 1, IN, STR, ONE, 0)
KS_CAP(fremovexattr, 1, IN, STR, ONE, 0)

/*
 * multiplexed: ioctl's terminal requests (strace's term.c), fcntl's locks.
 * TERMIOS is sized by the request: struct termios (36 bytes), termios2
 * (44), termio (18). A mask of 0xfffffffe takes a pair of requests.
 */
KS_CAP_IF(ioctl, 2, OUT, TERMIOS, NUM, 36, 1, 0xffffffff, 0x5401)	/* TCGETS */
KS_CAP_IF(ioctl, 2, IN, TERMIOS, NUM, 36, 1, 0xfffffffe, 0x5402)	/* TCSETS, TCSETSW */
KS_CAP_IF(ioctl, 2, IN, TERMIOS, NUM, 36, 1, 0xffffffff, 0x5404)	/* TCSETSF */
KS_CAP_IF(ioctl, 2, OUT, TERMIOS, NUM, 18, 1, 0xffffffff, 0x5405)	/* TCGETA */
KS_CAP_IF(ioctl, 2, IN, TERMIOS, NUM, 18, 1, 0xfffffffe, 0x5406)	/* TCSETA, TCSETAW */
KS_CAP_IF(ioctl, 2, IN, TERMIOS, NUM, 18, 1, 0xffffffff, 0x5408)	/* TCSETAF */
KS_CAP_IF(ioctl, 2, OUT, TERMIOS, NUM, 36, 1, 0xffffffff, 0x5456)	/* TIOCGLCKTRMIOS */
KS_CAP_IF(ioctl, 2, IN, TERMIOS, NUM, 36, 1, 0xffffffff, 0x5457)	/* TIOCSLCKTRMIOS */
KS_CAP_IF(ioctl, 2, OUT, TERMIOS, NUM, 44, 1, 0xffffffff, 0x802c542a)	/* TCGETS2 */
KS_CAP_IF(ioctl, 2, IN, TERMIOS, NUM, 44, 1, 0xffffffff, 0x402c542b)	/* TCSETS2 */
KS_CAP_IF(ioctl, 2, IN, TERMIOS, NUM, 44, 1, 0xfffffffe, 0x402c542c)	/* TCSETSW2, TCSETSF2 */
KS_CAP_IF(ioctl, 2, OUT, WINSIZE, ONE, 0, 1, 0xffffffff, 0x5413)	/* TIOCGWINSZ */
KS_CAP_IF(ioctl, 2, IN, WINSIZE, ONE, 0, 1, 0xffffffff, 0x5414)	/* TIOCSWINSZ */
KS_CAP_IF(ioctl, 2, OUT, INT, ONE, 0, 1, 0xffffffff, 0x5415)	/* TIOCMGET */
KS_CAP_IF(ioctl, 2, IN, INT, ONE, 0, 1, 0xfffffffe, 0x5416)	/* TIOCMBIS, TIOCMBIC */
KS_CAP_IF(ioctl, 2, IN, INT, ONE, 0, 1, 0xffffffff, 0x5418)	/* TIOCMSET */
KS_CAP_IF(ioctl, 2, OUT, INT, ONE, 0, 1, 0xffffffff, 0x540f)	/* TIOCGPGRP */
KS_CAP_IF(ioctl, 2, IN, INT, ONE, 0, 1, 0xffffffff, 0x5410)	/* TIOCSPGRP */
KS_CAP_IF(ioctl, 2, OUT, INT, ONE, 0, 1, 0xffffffff, 0x5411)	/* TIOCOUTQ */
KS_CAP_IF(ioctl, 2, IN, BUF, NUM, 1, 1, 0xffffffff, 0x5412)	/* TIOCSTI */
KS_CAP_IF(ioctl, 2, OUT, INT, ONE, 0, 1, 0xffffffff, 0x5419)	/* TIOCGSOFTCAR */
KS_CAP_IF(ioctl, 2, IN, INT, ONE, 0, 1, 0xffffffff, 0x541a)	/* TIOCSSOFTCAR */
KS_CAP_IF(ioctl, 2, OUT, INT, ONE, 0, 1, 0xffffffff, 0x541b)	/* FIONREAD */
KS_CAP_IF(ioctl, 2, IN, INT, ONE, 0, 1, 0xfffffffe, 0x5420)	/* TIOCPKT, FIONBIO */
KS_CAP_IF(ioctl, 2, IN, INT, ONE, 0, 1, 0xffffffff, 0x5423)	/* TIOCSETD */
KS_CAP_IF(ioctl, 2, OUT, INT, ONE, 0, 1, 0xffffffff, 0x5424)	/* TIOCGETD */
KS_CAP_IF(ioctl, 2, OUT, INT, ONE, 0, 1, 0xffffffff, 0x5429)	/* TIOCGSID */
KS_CAP_IF(ioctl, 2, IN, INT, ONE, 0, 1, 0xffffffff, 0x5452)	/* FIOASYNC */
KS_CAP_IF(ioctl, 2, OUT, INT, ONE, 0, 1, 0xfffffffd, 0x80045430)	/* TIOCGPTN, TIOCGDEV */
KS_CAP_IF(ioctl, 2, IN, INT, ONE, 0, 1, 0xffffffff, 0x40045431)	/* TIOCSPTLCK */
KS_CAP_IF(ioctl, 2, OUT, INT, ONE, 0, 1, 0xffffffff, 0x80045440)	/* TIOCGEXCL */
KS_CAP_IF(fcntl, 2, IN, FLOCK, ONE, 0, 1, 0xffffffff, 5)	/* F_GETLK */
KS_CAP_IF(fcntl, 2, OUT, FLOCK, ONE, 0, 1, 0xffffffff, 5)
KS_CAP_IF(fcntl, 2, IN, FLOCK, ONE, 0, 1, 0xffffffff, 6)	/* F_SETLK */
KS_CAP_IF(fcntl, 2, IN, FLOCK, ONE, 0, 1, 0xffffffff, 7)	/* F_SETLKW */
KS_CAP_IF(fcntl, 2, IN, FLOCK, ONE, 0, 1, 0xffffffff, 36)	/* F_OFD_GETLK */
KS_CAP_IF(fcntl, 2, OUT, FLOCK, ONE, 0, 1, 0xffffffff, 36)
KS_CAP_IF(fcntl, 2, IN, FLOCK, ONE, 0, 1, 0xffffffff, 37)	/* F_OFD_SETLK */
KS_CAP_IF(fcntl, 2, IN, FLOCK, ONE, 0, 1, 0xffffffff, 38)	/* F_OFD_SETLKW */

/* ---- polling and events ---- */
KS_CAP(poll, 0, IN, POLLFD, ARG, 1)
KS_CAP(poll, 0, OUT, POLLFD, ARG, 1)
KS_CAP(ppoll, 0, IN, POLLFD, ARG, 1)
KS_CAP(ppoll, 0, OUT, POLLFD, ARG, 1)
KS_CAP(ppoll, 2, IN, TIMESPEC, ONE, 0)
KS_CAP(ppoll, 2, OUT, TIMESPEC, ONE, 0)
KS_CAP(ppoll, 3, IN, SIGSET, ARG, 4)
KS_CAP(select, 1, IN, FDSET, NFDS, 0)
KS_CAP(select, 2, IN, FDSET, NFDS, 0)
KS_CAP(select, 3, IN, FDSET, NFDS, 0)
KS_CAP(select, 4, IN, TIMEVAL, ONE, 0)
KS_CAP(select, 1, OUT, FDSET, NFDS, 0)
KS_CAP(select, 2, OUT, FDSET, NFDS, 0)
KS_CAP(select, 3, OUT, FDSET, NFDS, 0)
KS_CAP(select, 4, OUT, TIMEVAL, ONE, 0)
KS_CAP(pselect6, 1, IN, FDSET, NFDS, 0)
KS_CAP(pselect6, 2, IN, FDSET, NFDS, 0)
KS_CAP(pselect6, 3, IN, FDSET, NFDS, 0)
KS_CAP(pselect6, 4, IN, TIMESPEC, ONE, 0)
KS_CAP(pselect6, 5, IN, U64, NUM, 2)
KS_CAP(pselect6, 5, IN, SIGSET, DEREF, KS_AT(0, 8))
KS_CAP(pselect6, 1, OUT, FDSET, NFDS, 0)
KS_CAP(pselect6, 2, OUT, FDSET, NFDS, 0)
KS_CAP(pselect6, 3, OUT, FDSET, NFDS, 0)
KS_CAP(pselect6, 4, OUT, TIMESPEC, ONE, 0)
KS_CAP(epoll_ctl, 3, IN, EPOLL_EVENT, ONE, 0)
KS_CAP(epoll_wait, 1, OUT, EPOLL_EVENT, RET, 0)
KS_CAP(epoll_pwait, 1, OUT, EPOLL_EVENT, RET, 0)
KS_CAP(epoll_pwait, 4, IN, SIGSET, ARG, 5)
KS_CAP(epoll_pwait2, 1, OUT, EPOLL_EVENT, RET, 0)
KS_CAP(epoll_pwait2, 3, IN, TIMESPEC, ONE, 0)
KS_CAP(epoll_pwait2, 4, IN, SIGSET, ARG, 5)
KS_CAP(io_uring_setup, 1, IN, IO_URING_PARAMS, ONE, 0)
KS_CAP(io_uring_setup, 1, OUT, IO_URING_PARAMS, ONE, 0)
KS_CAP(perf_event_open, 0, IN, PERF_EVENT_ATTR, FIELD, KS_AT(4, 64))
/* E2BIG: the kernel wrote the size it knows back; strace shows it */
KS_CAP(perf_event_open, 0, OUTALL, PERF_EVENT_ATTR, FIELD, KS_AT(4, 64))
KS_CAP(bpf, 1, IN, BPF_ATTR, ARG, 2)
/*
 * strace reads again at exit what the kernel writes back: next ids, info_len,
 * prog_cnt, buf_len, batch counts (cmd 11, 12, 15, 16, 20, 23, 24-27, 31)
 */
KS_CAP_IF(bpf, 1, OUTALL, BPF_ATTR, ARG, 2, 0, 0xffffffff, 11)
KS_CAP_IF(bpf, 1, OUTALL, BPF_ATTR, ARG, 2, 0, 0xffffffff, 12)
KS_CAP_IF(bpf, 1, OUTALL, BPF_ATTR, ARG, 2, 0, 0xffffffff, 15)
KS_CAP_IF(bpf, 1, OUTALL, BPF_ATTR, ARG, 2, 0, 0xffffffff, 16)
KS_CAP_IF(bpf, 1, OUTALL, BPF_ATTR, ARG, 2, 0, 0xffffffff, 20)
KS_CAP_IF(bpf, 1, OUTALL, BPF_ATTR, ARG, 2, 0, 0xffffffff, 23)
KS_CAP_IF(bpf, 1, OUTALL, BPF_ATTR, ARG, 2, 0, 0xfffffffc, 24)
KS_CAP_IF(bpf, 1, OUTALL, BPF_ATTR, ARG, 2, 0, 0xffffffff, 31)

/* ---- time ---- */
KS_CAP(nanosleep, 0, IN, TIMESPEC, ONE, 0)
KS_CAP(nanosleep, 1, OUTALL, TIMESPEC, ONE, 0)
KS_CAP(clock_nanosleep, 2, IN, TIMESPEC, ONE, 0)
KS_CAP(clock_nanosleep, 3, OUTALL, TIMESPEC, ONE, 0)
KS_CAP(clock_gettime, 1, OUT, TIMESPEC, ONE, 0)
KS_CAP(clock_settime, 1, IN, TIMESPEC, ONE, 0)
KS_CAP(clock_getres, 1, OUT, TIMESPEC, ONE, 0)
KS_CAP(clock_adjtime, 1, IN, TIMEX, ONE, 0)
KS_CAP(clock_adjtime, 1, OUT, TIMEX, ONE, 0)
KS_CAP(adjtimex, 0, IN, TIMEX, ONE, 0)
KS_CAP(adjtimex, 0, OUT, TIMEX, ONE, 0)
KS_CAP(gettimeofday, 0, OUT, TIMEVAL, ONE, 0)
KS_CAP(gettimeofday, 1, OUT, TIMEZONE, ONE, 0)
KS_CAP(settimeofday, 0, IN, TIMEVAL, ONE, 0)
KS_CAP(settimeofday, 1, IN, TIMEZONE, ONE, 0)
KS_CAP(time, 0, OUT, U64, ONE, 0)
KS_CAP(getitimer, 1, OUT, ITIMERVAL, ONE, 0)
KS_CAP(setitimer, 1, IN, ITIMERVAL, ONE, 0)
KS_CAP(setitimer, 2, OUT, ITIMERVAL, ONE, 0)
KS_CAP(timerfd_settime, 2, IN, ITIMERSPEC, ONE, 0)
KS_CAP(timerfd_settime, 3, OUT, ITIMERSPEC, ONE, 0)
KS_CAP(timerfd_gettime, 1, OUT, ITIMERSPEC, ONE, 0)
KS_CAP(timer_create, 1, IN, SIGEVENT, ONE, 0)
KS_CAP(timer_create, 2, OUT, INT, ONE, 0)
KS_CAP(timer_settime, 2, IN, ITIMERSPEC, ONE, 0)
KS_CAP(timer_settime, 3, OUT, ITIMERSPEC, ONE, 0)
KS_CAP(timer_gettime, 1, OUT, ITIMERSPEC, ONE, 0)
KS_CAP(sched_rr_get_interval, 1, OUT, TIMESPEC, ONE, 0)
KS_CAP_IF(futex, 3, IN, TIMESPEC, ONE, 0, 1, 0x7f, 0)	/* FUTEX_WAIT */
KS_CAP_IF(futex, 3, IN, TIMESPEC, ONE, 0, 1, 0x7f, 6)	/* FUTEX_LOCK_PI */
KS_CAP_IF(futex, 3, IN, TIMESPEC, ONE, 0, 1, 0x7f, 9)	/* FUTEX_WAIT_BITSET */
KS_CAP_IF(futex, 3, IN, TIMESPEC, ONE, 0, 1, 0x7f, 11)	/* FUTEX_WAIT_REQUEUE_PI */
KS_CAP_IF(futex, 3, IN, TIMESPEC, ONE, 0, 1, 0x7f, 13)	/* FUTEX_LOCK_PI2 */

/* ---- processes, signals, resources ---- */
KS_CAP(execve, 0, IN, PATH, ONE, 0)
KS_CAP(execve, 1, IN, ARGV, ONE, 0)
KS_CAP(execve, 2, IN, ENVP, ONE, 0)
KS_CAP(execveat, 1, IN, PATH, ONE, 0)
KS_CAP(execveat, 2, IN, ARGV, ONE, 0)
KS_CAP(execveat, 3, IN, ENVP, ONE, 0)
KS_CAP(clone3, 0, IN, CLONE_ARGS, ARG, 1)
/* what the kernel wrote through clone_args: pidfd and parent_tid */
KS_CAP(clone3, 0, OUT, INT, DEREF, KS_AT(8, 4))
KS_CAP(clone3, 0, OUT, INT, DEREF, KS_AT(24, 4))
KS_CAP(wait4, 1, OUT, WAIT_STATUS, ONE, 0)
KS_CAP(wait4, 3, OUT, RUSAGE, ONE, 0)
KS_CAP(waitid, 2, OUT, SIGINFO, ONE, 0)
KS_CAP(waitid, 4, OUT, RUSAGE, ONE, 0)
/* rt_sigreturn has no argument: the module puts the mask its frame restores there. */
KS_CAP(rt_sigreturn, 0, IN, SIGSET, NUM, 8)
KS_CAP(rt_sigaction, 1, IN, SIGACTION, ONE, 0)
KS_CAP(rt_sigaction, 2, OUT, SIGACTION, ONE, 0)
KS_CAP(rt_sigprocmask, 1, IN, SIGSET, ARG, 3)
KS_CAP(rt_sigprocmask, 2, OUT, SIGSET, ARG, 3)
KS_CAP(rt_sigpending, 0, OUT, SIGSET, ARG, 1)
KS_CAP(rt_sigsuspend, 0, IN, SIGSET, ARG, 1)
KS_CAP(rt_sigtimedwait, 0, IN, SIGSET, ARG, 3)
KS_CAP(rt_sigtimedwait, 1, OUT, SIGINFO, ONE, 0)
KS_CAP(rt_sigtimedwait, 2, IN, TIMESPEC, ONE, 0)
KS_CAP(rt_sigqueueinfo, 2, IN, SIGINFO, ONE, 0)
KS_CAP(rt_tgsigqueueinfo, 3, IN, SIGINFO, ONE, 0)
KS_CAP(pidfd_send_signal, 2, IN, SIGINFO, ONE, 0)
KS_CAP(sigaltstack, 0, IN, STACK, ONE, 0)
KS_CAP(sigaltstack, 1, OUT, STACK, ONE, 0)
KS_CAP(signalfd, 1, IN, SIGSET, ARG, 2)
KS_CAP(signalfd4, 1, IN, SIGSET, ARG, 2)
KS_CAP(getrlimit, 1, OUT, RLIMIT, ONE, 0)
KS_CAP(setrlimit, 1, IN, RLIMIT, ONE, 0)
KS_CAP(prlimit64, 2, IN, RLIMIT, ONE, 0)
KS_CAP(prlimit64, 3, OUT, RLIMIT, ONE, 0)
KS_CAP(getrusage, 1, OUT, RUSAGE, ONE, 0)
KS_CAP(sysinfo, 0, OUT, SYSINFO, ONE, 0)
KS_CAP(uname, 0, OUT, UTSNAME, ONE, 0)
KS_CAP(times, 0, OUT, TMS, ONE, 0)
KS_CAP(sethostname, 0, IN, BUF, ARG, 1)
KS_CAP(setdomainname, 0, IN, BUF, ARG, 1)
KS_CAP(getresuid, 0, OUT, INT, ONE, 0)
KS_CAP(getresuid, 1, OUT, INT, ONE, 0)
KS_CAP(getresuid, 2, OUT, INT, ONE, 0)
KS_CAP(getresgid, 0, OUT, INT, ONE, 0)
KS_CAP(getresgid, 1, OUT, INT, ONE, 0)
KS_CAP(getresgid, 2, OUT, INT, ONE, 0)
KS_CAP(getgroups, 1, OUT, INT, RET, 0)
KS_CAP(setgroups, 1, IN, INT, ARG, 0)
KS_CAP(capget, 0, IN, CAP_HEADER, ONE, 0)
KS_CAP(capget, 1, OUT, CAP_DATA, NUM, 2)
KS_CAP(capset, 0, IN, CAP_HEADER, ONE, 0)
KS_CAP(capset, 1, IN, CAP_DATA, NUM, 2)
KS_CAP(sched_setparam, 1, IN, SCHED_PARAM, ONE, 0)
KS_CAP(sched_getparam, 1, OUT, SCHED_PARAM, ONE, 0)
KS_CAP(sched_setscheduler, 2, IN, SCHED_PARAM, ONE, 0)
KS_CAP(sched_setattr, 1, IN, SCHED_ATTR, FIELD, KS_AT(0, 48))
KS_CAP(sched_setattr, 1, OUTALL, SCHED_ATTR, FIELD, KS_AT(0, 48))	/* E2BIG: its size */
KS_CAP(sched_getattr, 1, OUT, SCHED_ATTR, FIELD, KS_AT(0, 48))
KS_CAP(sched_setaffinity, 2, IN, CPUSET, ARG, 1)
KS_CAP(sched_getaffinity, 2, OUT, CPUSET, RET, 0)
/*
 * NUMA node masks: strace reads (maxnode + 62) / 64 longs; NFDS copies
 * maxnode bits rounded up to longs, a long more when maxnode is 1 past a
 * multiple of 64 (libnuma's 1025: 17 longs of its 16), which the CLI
 * does not print (only if it faults: the pointer, where strace prints the
 * mask). The cap, 32 longs, is where strace stops at its default -s.
 */
KS_CAP(set_mempolicy, 1, IN, NODEMASK, NFDS, 2)
KS_CAP(mbind, 3, IN, NODEMASK, NFDS, 4)
KS_CAP(migrate_pages, 2, IN, NODEMASK, NFDS, 1)
KS_CAP(migrate_pages, 3, IN, NODEMASK, NFDS, 1)
KS_CAP(get_mempolicy, 0, OUT, INT, ONE, 0)
KS_CAP(get_mempolicy, 1, OUT, NODEMASK, NFDS, 2)
KS_CAP_IF(arch_prctl, 1, OUT, U64, ONE, 0, 0, 0xffffffff, 0x1003)	/* ARCH_GET_FS */
KS_CAP_IF(arch_prctl, 1, OUT, U64, ONE, 0, 0, 0xffffffff, 0x1004)	/* ARCH_GET_GS */
KS_CAP_IF(prctl, 1, IN, STR, ONE, 0, 0, 0xffffffff, 15)	/* PR_SET_NAME */
KS_CAP_IF(prctl, 1, OUT, STR, ONE, 0, 0, 0xffffffff, 16)	/* PR_GET_NAME */
/* the int or address the PR_GET_* options store, printed "[...]" */
KS_CAP_IF(prctl, 1, OUT, INT, ONE, 0, 0, 0xffffffff, 2)	/* PR_GET_PDEATHSIG */
KS_CAP_IF(prctl, 1, OUT, INT, ONE, 0, 0, 0xffffffff, 5)	/* PR_GET_UNALIGN */
KS_CAP_IF(prctl, 1, OUT, INT, ONE, 0, 0, 0xfffffffd, 9)	/* PR_GET_FPEMU, _FPEXC */
KS_CAP_IF(prctl, 1, OUT, INT, ONE, 0, 0, 0xffffffff, 19)	/* PR_GET_ENDIAN */
KS_CAP_IF(prctl, 1, OUT, INT, ONE, 0, 0, 0xffffffff, 25)	/* PR_GET_TSC */
KS_CAP_IF(prctl, 1, OUT, INT, ONE, 0, 0, 0xffffffff, 37)	/* PR_GET_CHILD_SUBREAPER */
KS_CAP_IF(prctl, 1, OUT, U64, ONE, 0, 0, 0xffffffff, 40)	/* PR_GET_TID_ADDRESS */
KS_CAP_IF(prctl, 4, IN, STR, ONE, 0, 0, 0xffffffff, 0x53564d41)	/* PR_SET_VMA's name */
KS_CAP_IF(prctl, 4, OUT, U64, ONE, 0, 0, 0xffffffff, 62)	/* PR_SCHED_CORE_GET's cookie */
KS_CAP_IF(syslog, 1, OUT, BUF, RET, 0, 0, 0xfffffffe, 2)	/* SYSLOG_ACTION_READ{,_ALL} */
KS_CAP_IF(syslog, 1, OUT, BUF, RET, 0, 0, 0xffffffff, 4)	/* SYSLOG_ACTION_READ_CLEAR */
KS_CAP(init_module, 2, IN, STR, ONE, 0)
KS_CAP(finit_module, 1, IN, STR, ONE, 0)
KS_CAP(delete_module, 0, IN, STR, ONE, 0)
KS_CAP(add_key, 0, IN, STR, ONE, 0)
KS_CAP(add_key, 1, IN, STR, ONE, 0)
KS_CAP(request_key, 0, IN, STR, ONE, 0)
KS_CAP(request_key, 1, IN, STR, ONE, 0)
KS_CAP(request_key, 2, IN, STR, ONE, 0)
KS_CAP(getrandom, 0, OUT, BUF, RET, 0)
KS_CAP(mq_open, 0, IN, PATH, ONE, 0)
KS_CAP(mq_open, 3, IN, MQ_ATTR, ONE, 0)
KS_CAP(mq_unlink, 0, IN, PATH, ONE, 0)
KS_CAP(mq_getsetattr, 1, IN, MQ_ATTR, ONE, 0)
KS_CAP(mq_getsetattr, 2, OUT, MQ_ATTR, ONE, 0)
KS_CAP(mq_notify, 1, IN, SIGEVENT, ONE, 0)
KS_CAP(mq_timedsend, 4, IN, TIMESPEC, ONE, 0)
KS_CAP(mq_timedreceive, 4, IN, TIMESPEC, ONE, 0)

/* ---- sockets ---- */
KS_CAP(connect, 1, IN, SOCKADDR, ARG, 2)
KS_CAP(bind, 1, IN, SOCKADDR, ARG, 2)
KS_CAP(accept, 2, IN, INT, ONE, 0)
KS_CAP(accept, 1, OUT, SOCKADDR, ARGPTR, 2)
KS_CAP(accept, 2, OUT, INT, ONE, 0)
KS_CAP(accept4, 2, IN, INT, ONE, 0)
KS_CAP(accept4, 1, OUT, SOCKADDR, ARGPTR, 2)
KS_CAP(accept4, 2, OUT, INT, ONE, 0)
KS_CAP(getsockname, 2, IN, INT, ONE, 0)
KS_CAP(getsockname, 1, OUT, SOCKADDR, ARGPTR, 2)
KS_CAP(getsockname, 2, OUT, INT, ONE, 0)
KS_CAP(getpeername, 2, IN, INT, ONE, 0)
KS_CAP(getpeername, 1, OUT, SOCKADDR, ARGPTR, 2)
KS_CAP(getpeername, 2, OUT, INT, ONE, 0)
KS_CAP(sendto, 1, IN, BUF, ARG, 2)
KS_CAP(sendto, 4, IN, SOCKADDR, ARG, 5)
KS_CAP(recvfrom, 5, IN, INT, ONE, 0)
KS_CAP(recvfrom, 1, OUT, BUF, RET, 0)
KS_CAP(recvfrom, 4, OUT, SOCKADDR, ARGPTR, 5)
KS_CAP(recvfrom, 5, OUT, INT, ONE, 0)
KS_CAP(sendmsg, 1, IN, MSGHDR, ONE, 0)
/* recvmsg, recvmmsg at entry: msg_namelen as given ("128 => 16") */
KS_CAP(recvmsg, 1, IN, MSGHDR, ONE, 0)
KS_CAP(recvmsg, 1, OUT, MSGHDR, ONE, 0)
/* sendmmsg: every message, msg_len of those sent, whatever the result */
KS_CAP(sendmmsg, 1, OUTALL, MMSGHDR, ARG, 2)
KS_CAP(recvmmsg, 1, IN, MMSGHDR, ARG, 2)
KS_CAP(recvmmsg, 1, OUT, MMSGHDR, RET, 0)
KS_CAP(recvmmsg, 4, IN, TIMESPEC, ONE, 0)
KS_CAP(recvmmsg, 4, OUT, TIMESPEC, ONE, 0)
KS_CAP(socketpair, 3, OUT, INT, NUM, 2)
KS_CAP(setsockopt, 3, IN, SOCKOPT, ARG, 4)
KS_CAP(getsockopt, 4, IN, INT, ONE, 0)
KS_CAP(getsockopt, 3, OUT, SOCKOPT, ARGPTR, 4)
KS_CAP(getsockopt, 4, OUT, INT, ONE, 0)

/*
 * KS_FDS(sc, WHERE, N): the descriptors sc makes that have no path of
 * their own (a socket, a pipe, an anonymous inode): when the call
 * succeeded, the module captures at exit what the kernel names each
 * ("socket:[123]", "pipe:[45]", "anon_inode:[eventfd]") and a socket's
 * protocol (FDNAME, module/fdname.c), which -y and -yy print: the CLI
 * prints later, when the descriptor may be gone.
 *   WHERE RET: the return value; PAIR: the two ints argument N points to.
 */
KS_FDS(socket, RET, 0)
KS_FDS(accept, RET, 0)
KS_FDS(accept4, RET, 0)
KS_FDS(socketpair, PAIR, 3)
KS_FDS(pipe, PAIR, 0)
KS_FDS(pipe2, PAIR, 0)
KS_FDS(eventfd, RET, 0)
KS_FDS(eventfd2, RET, 0)
KS_FDS(epoll_create, RET, 0)
KS_FDS(epoll_create1, RET, 0)
KS_FDS(signalfd, RET, 0)
KS_FDS(signalfd4, RET, 0)
KS_FDS(timerfd_create, RET, 0)
KS_FDS(inotify_init, RET, 0)
KS_FDS(inotify_init1, RET, 0)
KS_FDS(fanotify_init, RET, 0)
KS_FDS(pidfd_open, RET, 0)
KS_FDS(userfaultfd, RET, 0)
KS_FDS(perf_event_open, RET, 0)
KS_FDS(io_uring_setup, RET, 0)

#undef KS_TYPE
#undef KS_CAP
#undef KS_CAP_IF
#undef KS_FDS
