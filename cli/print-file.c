// SPDX-License-Identifier: GPL-2.0
/*
 * print-file.c - printers of the file family (print.h). Not written yet:
 * each prints the pointer, as strace prints memory it cannot read.
 */
#include "print.h"

void print_stat(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_statx(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_statfs(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_dirents(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_open_how(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_flock(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_utimbuf(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_mount_attr(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_termios(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_winsize(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_u64(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}

void print_int(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}
