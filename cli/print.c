// SPDX-License-Identifier: GPL-2.0
/*
 * print.c - finds an argument's captures and the printer of their kind
 * (print.h); what the printers share.
 */
#include <inttypes.h>
#include <stddef.h>

#include "print.h"

#define ALIGN8(x)	(((x) + 7) & ~(size_t)7)

static print_fn *const printers[KSTRACE_CAP_KINDS] = {
	[KSTRACE_CAP_STAT] = print_stat,
	[KSTRACE_CAP_STATX] = print_statx,
	[KSTRACE_CAP_STATFS] = print_statfs,
	[KSTRACE_CAP_TIMESPEC] = print_timespec,
	[KSTRACE_CAP_TIMEVAL] = print_timeval,
	[KSTRACE_CAP_ITIMERSPEC] = print_itimerspec,
	[KSTRACE_CAP_ITIMERVAL] = print_itimerval,
	[KSTRACE_CAP_TIMEX] = print_timex,
	[KSTRACE_CAP_TIMEZONE] = print_timezone,
	[KSTRACE_CAP_RUSAGE] = print_rusage,
	[KSTRACE_CAP_INT] = print_int,
	[KSTRACE_CAP_U64] = print_u64,
	[KSTRACE_CAP_SOCKADDR] = print_sockaddr,
	[KSTRACE_CAP_IOV] = print_iov,
	[KSTRACE_CAP_MSGHDR] = print_msghdr,
	[KSTRACE_CAP_MMSGHDR] = print_mmsghdr,
	[KSTRACE_CAP_POLLFD] = print_pollfd,
	[KSTRACE_CAP_FDSET] = print_fdset,
	[KSTRACE_CAP_EPOLL_EVENT] = print_epoll_event,
	[KSTRACE_CAP_SIGACTION] = print_sigaction,
	[KSTRACE_CAP_SIGSET] = print_sigset,
	[KSTRACE_CAP_SIGINFO] = print_siginfo,
	[KSTRACE_CAP_RLIMIT] = print_rlimit,
	[KSTRACE_CAP_SYSINFO] = print_sysinfo,
	[KSTRACE_CAP_UTSNAME] = print_utsname,
	[KSTRACE_CAP_TMS] = print_tms,
	[KSTRACE_CAP_SCHED_PARAM] = print_sched_param,
	[KSTRACE_CAP_SCHED_ATTR] = print_sched_attr,
	[KSTRACE_CAP_CPUSET] = print_cpuset,
	[KSTRACE_CAP_CLONE_ARGS] = print_clone_args,
	[KSTRACE_CAP_OPEN_HOW] = print_open_how,
	[KSTRACE_CAP_DIRENTS] = print_dirents,
	[KSTRACE_CAP_TERMIOS] = print_termios,
	[KSTRACE_CAP_WINSIZE] = print_winsize,
	[KSTRACE_CAP_FLOCK] = print_flock,
	[KSTRACE_CAP_IO_URING_PARAMS] = print_io_uring_params,
	[KSTRACE_CAP_PERF_EVENT_ATTR] = print_perf_event_attr,
	[KSTRACE_CAP_BPF_ATTR] = print_bpf_attr,
	[KSTRACE_CAP_STACK] = print_stack,
	[KSTRACE_CAP_CAP_HEADER] = print_cap_header,
	[KSTRACE_CAP_CAP_DATA] = print_cap_data,
	[KSTRACE_CAP_CMSG] = print_cmsg,
	[KSTRACE_CAP_SIGEVENT] = print_sigevent,
	[KSTRACE_CAP_MQ_ATTR] = print_mq_attr,
	[KSTRACE_CAP_UTIMBUF] = print_utimbuf,
	[KSTRACE_CAP_MOUNT_ATTR] = print_mount_attr,
	[KSTRACE_CAP_SOCKOPT] = print_sockopt,
	[KSTRACE_CAP_NODEMASK] = print_nodemask,
	[KSTRACE_CAP_WAIT_STATUS] = print_wait_status,
};

print_fn *printer_of(unsigned int kind)
{
	return kind < KSTRACE_CAP_KINDS ? printers[kind] : NULL;
}

const struct kstrace_cap *cap_next(const struct kstrace_rec *r,
				   const struct kstrace_cap *cap)
{
	const char *end = (const char *)r + r->size;
	const char *next = (const char *)(cap + 1) + ALIGN8(cap->len);

	if (next + sizeof(*cap) > end)
		return NULL;
	return (const struct kstrace_cap *)next;
}

const struct kstrace_cap *rec_cap_kind(const struct kstrace_rec *r,
				       unsigned int kind)
{
	const struct kstrace_cap *cap;
	unsigned int i;

	for_each_cap(r, cap, i)
		if (cap->kind == kind)
			return cap;
	return NULL;
}

const struct kstrace_cap *rec_cap_field(const struct kstrace_rec *r, unsigned int arg,
				       unsigned int kind, uint64_t field)
{
	const struct kstrace_cap *cap;
	unsigned int i;

	if (!r)
		return NULL;
	for_each_cap(r, cap, i)
		if (cap->arg == arg && cap->kind == kind && cap->full_len == field &&
		    !(cap->flags & KSTRACE_CAP_FAULT))
			return cap;
	return NULL;
}

void print_ptr(struct sbuf *b, uint64_t v)
{
	if (v)
		sb_printf(b, "%#" PRIx64, v);
	else
		sb_puts(b, "NULL");
}

void print_data(struct sbuf *b, const struct pctx *p, const char *data,
		size_t len, bool cut)
{
	/* -s: the module cut there, unless asked for more (-e read=) */
	if (len > p->c->strsize) {
		len = p->c->strsize;
		cut = true;
	}
	quote_string_x(b, data, len, false, p->c->xflag);
	if (cut)
		sb_puts(b, "...");
}

/* The first capture of arg in r, or NULL; with ATEXIT or without. */
static const struct kstrace_cap *find_cap(const struct kstrace_rec *r,
					  unsigned int arg, bool atexit)
{
	const struct kstrace_cap *cap;
	unsigned int i;

	if (!r || !r->ncap)
		return NULL;
	cap = (const struct kstrace_cap *)(r + 1);
	for (i = 0; i < r->ncap && cap; i++, cap = cap_next(r, cap))
		if (cap->arg == arg && !!(cap->flags & KSTRACE_CAP_ATEXIT) == atexit)
			return cap;
	return NULL;
}

bool print_arg(struct sbuf *b, const struct pctx *p, bool at_exit)
{
	const struct kstrace_cap *cap;
	struct pctx q = *p;
	print_fn *fn;

	q.in = find_cap(p->enter, p->arg, false);
	if (q.in && (q.in->flags & KSTRACE_CAP_FAULT)) {
		cap = find_cap(p->exit, p->arg, true);
		if (cap)
			q.in = cap;
	}
	q.out = find_cap(p->exit, p->arg, false);
	cap = at_exit && q.out ? q.out : q.in;
	if (!cap)
		cap = q.out;
	if (!cap)
		return false;
	fn = printer_of(cap->kind);
	if (!fn)
		return false;
	/* -e verbose= leaves the call out: strace fetches nothing */
	if (cap->flags & KSTRACE_CAP_FAULT || !p->args[p->arg] ||
	    p->c->no_deref)
		print_ptr(b, p->args[p->arg]);
	else
		fn(b, &q, cap);
	return true;
}

void print_ret_extra(struct sbuf *b, const struct pctx *p)
{
	/* -e raw=: strace prints the return value alone */
	if (p->c->raw)
		return;
	net_ret_extra(b, p);
}
