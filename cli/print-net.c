// SPDX-License-Identifier: GPL-2.0
/*
 * print-net.c - printers of the net family (print.h). Not written yet:
 * each prints the pointer, as strace prints memory it cannot read.
 */
#include "print.h"

void print_sockaddr(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_iov(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_msghdr(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_mmsghdr(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_cmsg(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_sockopt(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_pollfd(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_fdset(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_epoll_event(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void net_ret_extra(struct sbuf *b, const struct pctx *p)
{
	(void)b;
	(void)p;
}
