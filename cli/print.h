/* SPDX-License-Identifier: GPL-2.0 */
/*
 * print.h - printers of the memory behind syscall arguments: what the
 * module captured (include/kstrace/sysargs.h says what, when and how
 * much), printed as strace 6.1 prints it. One printer per capture kind,
 * grouped by family in print-*.c the way strace keeps stat.c, time.c,
 * net.c; decode.c calls them for any argument that has a capture.
 */
#ifndef KSTRACE_CLI_PRINT_H
#define KSTRACE_CLI_PRINT_H

#include <stdbool.h>
#include <stdint.h>

#include <uapi/linux/kstrace.h>

#include "decode.h"
#include "sbuf.h"

/* What a printer knows of the call whose argument it prints. */
struct pctx {
	const struct dctx *c;		/* the options: -s, -v, -x, -y ... */
	const char *name;		/* the syscall's name */
	const uint64_t *args;		/* its six arguments */
	const struct kstrace_rec *enter;	/* its records; exit is NULL */
	const struct kstrace_rec *exit;		/* until it returned */
	unsigned int arg;		/* the argument being printed */
	/*
	 * The argument's captures: in (entry, or an input copied again at
	 * exit) and out (exit); NULL when there is none.
	 */
	const struct kstrace_cap *in, *out;
};

/* The call's return value (p->exit is not NULL). */
static inline int64_t pctx_ret(const struct pctx *p)
{
	return p->exit->exit.ret;
}

/*
 * A printer prints cap (p->in or p->out) as strace prints the argument.
 * It is called only for a capture that holds data: a FAULT capture or a
 * missing one is printed as the pointer by the caller, as strace prints
 * memory it cannot read. A capture cut short (TRUNC) prints what it has,
 * then strace's "..." where strace would print it.
 */
typedef void print_fn(struct sbuf *b, const struct pctx *p,
		      const struct kstrace_cap *cap);

/* The printer of a capture kind, or NULL. */
print_fn *printer_of(unsigned int kind);

/*
 * print_arg - argument p->arg from its capture: the out one if the
 * argument is printed at exit and there is one, else the in one. Prints
 * the pointer (NULL, or hex) when there is no usable capture. Returns
 * false, printing nothing, when no printer knows the capture's kind.
 */
bool print_arg(struct sbuf *b, const struct pctx *p, bool at_exit);

/*
 * print_ret_extra - what strace prints after some return values: poll's
 * " ([{fd=3, revents=POLLIN}])", select's " (in [3], left {...})".
 * Prints nothing for other calls.
 */
void print_ret_extra(struct sbuf *b, const struct pctx *p);

/* The capture after cap in its record (IOV's BUFs, MSGHDR's parts), or NULL. */
const struct kstrace_cap *cap_next(const struct kstrace_rec *r,
				   const struct kstrace_cap *cap);

/* for_each_cap - every capture of record r, in order (i counts them) */
#define for_each_cap(r, cap, i) \
	for ((i) = 0, (cap) = (const struct kstrace_cap *)((r) + 1); \
	     (i) < (r)->ncap && (cap); (i)++, (cap) = cap_next((r), (cap)))

/* The first capture of kind KIND in record R, or NULL. */
const struct kstrace_cap *rec_cap_kind(const struct kstrace_rec *r,
				       unsigned int kind);

/*
 * The capture of arg in r of a structure's field (a DEREF rule of
 * sysargs.h: full_len is the field's offset), readable; or NULL.
 */
const struct kstrace_cap *rec_cap_field(const struct kstrace_rec *r, unsigned int arg,
				       unsigned int kind, uint64_t field);

/* A signal set of bytes bytes as strace prints it: [INT TERM], ~[RTMIN]. */
void print_sigmask(struct sbuf *b, const void *mask, size_t bytes);

/* Helpers the printers share (print.c). */
void print_ptr(struct sbuf *b, uint64_t v);	/* NULL or %#lx */
/* strace's quoting of data: -x/-xx aware, "..." when cut. */
void print_data(struct sbuf *b, const struct pctx *p, const char *data,
		size_t len, bool cut);
/* print-time.c: {tv_sec=1, tv_nsec=2} and {tv_sec=1, tv_usec=2} of a
 * __kernel_timespec or __kernel_old_timeval at data */
void print_timespec_data(struct sbuf *b, const void *data);
void print_timeval_data(struct sbuf *b, const void *data);
/* strace's sprinttime_ex(): "2023-11-14T22:13:20.5+0000" of sec and its
 * fraction part (at most max_part, printed width digits); false for the
 * epoch and for a fraction out of range */
bool sprint_time(char *buf, size_t len, int64_t sec, uint64_t part,
		 uint64_t max_part, int width);
/* print-process.c: a clock_t in ticks, with its seconds in a comment */
void print_clock_t(struct sbuf *b, uint64_t ticks);

/* Printers, by family. */
print_fn print_stat, print_statx, print_statfs, print_dirents, print_open_how,
	 print_flock, print_utimbuf, print_mount_attr, print_termios, print_winsize,
	 print_u64, print_int;
print_fn print_timespec, print_timeval, print_itimerspec, print_itimerval,
	 print_timex, print_timezone, print_sigevent;
print_fn print_rusage, print_sigaction, print_sigset, print_siginfo, print_rlimit,
	 print_sysinfo, print_utsname, print_tms, print_sched_param, print_sched_attr,
	 print_cpuset, print_clone_args, print_stack, print_cap_header, print_cap_data,
	 print_mq_attr, print_wait_status;
print_fn print_sockaddr, print_iov, print_msghdr, print_mmsghdr, print_cmsg,
	 print_sockopt, print_pollfd, print_fdset, print_epoll_event;
print_fn print_io_uring_params, print_perf_event_attr, print_bpf_attr,
	 print_nodemask;

/* net: the text after poll/ppoll/select/pselect6's return value. */
void net_ret_extra(struct sbuf *b, const struct pctx *p);

#endif /* KSTRACE_CLI_PRINT_H */
