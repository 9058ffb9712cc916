// SPDX-License-Identifier: GPL-2.0
/*
 * print-time.c - printers of the time family (print.h). Not written yet:
 * each prints the pointer, as strace prints memory it cannot read.
 */
#include "print.h"

void print_timespec(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_timeval(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_itimerspec(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_itimerval(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_timex(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_timezone(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_sigevent(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}
