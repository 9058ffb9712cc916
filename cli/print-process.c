// SPDX-License-Identifier: GPL-2.0
/*
 * print-process.c - printers of the process family (print.h). Not written yet:
 * each prints the pointer, as strace prints memory it cannot read.
 */
#include "print.h"

void print_rusage(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_sigaction(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_sigset(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_siginfo(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_rlimit(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_sysinfo(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_utsname(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_tms(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_sched_param(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_sched_attr(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_cpuset(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_clone_args(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_stack(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_cap_header(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_cap_data(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_mq_attr(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_wait_status(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}
