// SPDX-License-Identifier: GPL-2.0
/*
 * print-misc.c - printers of the misc family (print.h). Not written yet:
 * each prints the pointer, as strace prints memory it cannot read.
 */
#include "print.h"

void print_io_uring_params(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_perf_event_attr(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_bpf_attr(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}
