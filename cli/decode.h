/* SPDX-License-Identifier: GPL-2.0 */
/*
 * decode.h - what strace prints for one system call: its arguments, split
 * where strace splits them (printed at entry, printed at exit), and its
 * return value; the names of errnos and signals; string quoting.
 *
 * The decoders see only the record: the six raw arguments and what the
 * module captured (paths, argv, data buffers). Anything else behind a
 * pointer is printed as the pointer, the way strace prints memory it
 * cannot read.
 */
#ifndef KSTRACE_CLI_DECODE_H
#define KSTRACE_CLI_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <uapi/linux/kstrace.h>

#include "sbuf.h"

/* strace's syscall classes, the flags of sysent.h (see gen-sysent.sh) */
#define TF	0x00001		/* %file */
#define TI	0x00002		/* %ipc */
#define TN	0x00004		/* %network */
#define TP	0x00008		/* %process */
#define TS	0x00010		/* %signal */
#define TD	0x00020		/* %desc */
#define TM	0x00040		/* %memory */
#define TC	0x00080		/* %creds */
#define TCL	0x00100		/* %clock */
#define TST	0x00200		/* %stat */
#define TLST	0x00400		/* %lstat */
#define TFST	0x00800		/* %fstat */
#define TSTA	0x01000		/* %%stat */
#define TSF	0x02000		/* %statfs */
#define TFSF	0x04000		/* %fstatfs */
#define TSFA	0x08000		/* %%statfs */
#define PU	0x10000		/* %pure */

struct sysent {
	const char *name;	/* NULL: no such syscall */
	unsigned char nargs;
	unsigned int flags;
};

/* The table entry of syscall NR of ABI, or NULL. */
const struct sysent *sysent_get(unsigned int abi, unsigned int nr);
/* One past the highest syscall number of ABI's table. */
unsigned int sysent_count(unsigned int abi);

/* -x, -xx, --strings-in-hex=: which strings print in hex (strace's values) */
enum xflag {
	XFLAG_NONE = 0,		/* octal escapes */
	XFLAG_NON_ASCII = 1,	/* -x: a string with a non-ASCII byte, all in hex */
	XFLAG_ALL = 2,		/* -xx: every string in hex */
	XFLAG_NON_ASCII_CHARS = 3, /* \xNN escapes instead of octal ones */
};

struct dctx {
	unsigned int abi;	/* of the call being decoded */
	pid_t pid;		/* the task, for -y's /proc/PID/fd; 0: none */
	pid_t tgid;		/* its process */
	bool decode_fds;	/* -y */
	bool decode_socks;	/* -yy: what sockets are connected to (sockdiag.c) */
	bool decode_devs;	/* -yy: devices' numbers */
	unsigned int strsize;	/* -s: where strings and data are cut */
	/*
	 * -v, or -e abbrev= leaves this call out: structures and arrays
	 * whole (strace's !abbrev(tcp)).
	 */
	bool verbose;
	/*
	 * -e verbose= leaves this call out: pointers are printed, not what
	 * they point to (strace's !verbose(tcp)); strings and data still are.
	 */
	bool no_deref;
	bool raw;		/* -e raw= names this call: every argument in hex */
	unsigned int xflag;	/* strings in hex: enum xflag */
	/*
	 * -y: the path of fd (AT_FDCWD: the directory) into buf; returns
	 * buf, or NULL to print the number alone. NULL: read /proc/PID.
	 */
	const char *(*fd_path)(const struct dctx *c, int fd, char *buf,
			       size_t len);
	/* -yy: the protocol of socket fd ("TCP"), if known; NULL: unknown */
	const char *(*fd_proto)(const struct dctx *c, int fd);
	void *priv;		/* for fd_path, fd_proto */
};

/* decode_fd - a descriptor as strace prints it: 3, with -y 3</etc/passwd>. */
void decode_fd(struct sbuf *b, const struct dctx *c, int fd);

/* fd_path_proc - the path of fd in /proc/PID (racy: it is read now). */
const char *fd_path_proc(pid_t pid, int fd, char *buf, size_t len);
/* put_fd_path - -y's "<path>" after descriptor fd (nothing without -y). */
void put_fd_path(struct sbuf *b, const struct dctx *c, int fd);

/*
 * decode_args - the arguments of the call ENTER (EXIT: its exit record,
 * NULL when there is none yet). entry gets what strace prints when the
 * call starts, ending with ", " when more follows; exit_part what it
 * prints when the call returns (only with EXIT). *late is set when some
 * arguments are printed at exit, so that a call that never returns is
 * shown " <unfinished ...>".
 */
void decode_args(const struct dctx *c, const struct kstrace_rec *enter,
		 const struct kstrace_rec *exit, struct sbuf *entry,
		 struct sbuf *exit_part, bool *late);

/*
 * decode_dump - strace's -e read=/write=: the hex dump of what the call
 * ENTER/EXIT wrote (wr: its descriptor is in the write set) or read (rd),
 * lines ending with a newline, appended to out. Nothing for calls that
 * move no data through memory strace can dump, or read nothing.
 */
void decode_dump(const struct dctx *c, const struct kstrace_rec *enter,
		 const struct kstrace_rec *exit, bool rd, bool wr,
		 struct sbuf *out);

/*
 * decode_ret - what follows "= ": "3", "-1 ENOENT (No such file or
 * directory)", "0x7f3c2000", "0 (Timeout)", "? ERESTARTSYS (...)".
 * enter may be NULL (an exit without its entry).
 */
void decode_ret(const struct dctx *c, const struct kstrace_rec *enter,
		const struct kstrace_rec *exit, struct sbuf *out);

/*
 * decode_has_row - does a decoder row know syscall NR of ABI? Those
 * without one print every argument in hex (strace's printargs()).
 */
bool decode_has_row(unsigned int abi, unsigned int nr);

/* errno's name as strace prints it ("ENOENT"), or NULL. */
const char *errno_name(long err);
/* strace's text for err: strerror(), or its own for kernel-only errnos. */
const char *errno_text(long err);
/* "SIGKILL", "SIGRT_3", or NULL for a number without a name. */
const char *signal_name(int sig, char *buf, size_t len);

/*
 * quote_string - strace's quoting: "..." with \n \t \" \\ escapes and
 * octal for the other non-printable bytes. zero_term: stop at a NUL.
 */
void quote_string(struct sbuf *b, const char *s, size_t len, bool zero_term);
/* quote_string() with -x (xflag 1) or -xx (2) applied. */
void quote_string_x(struct sbuf *b, const char *s, size_t len, bool zero_term,
		    unsigned int xflag);

/* The capture of argument ARG in record R (any kind), or NULL. */
const struct kstrace_cap *rec_cap(const struct kstrace_rec *r,
				  unsigned int arg);
/* The data that follows a capture. */
static inline const char *cap_data(const struct kstrace_cap *cap)
{
	return (const char *)(cap + 1);
}

/*
 * rec_check - is there a well-formed record at buf, avail bytes long or
 * longer? Returns its size, or 0 if not (size out of range, captures
 * running past the end).
 */
size_t rec_check(const void *buf, size_t avail);

#endif /* KSTRACE_CLI_DECODE_H */
