// SPDX-License-Identifier: GPL-2.0
/*
 * decode-process.c - the decoder rows of processes, signals, credentials,
 * scheduling and limits (strace's process.c, signal.c, uid.c, ...), and
 * the calls whose arguments depend on one another: clone, prctl,
 * arch_prctl, seccomp, kcmp; rt_sigreturn's restored mask.
 */
#include <inttypes.h>
#include <stdint.h>
#include <string.h>

#include "decode-int.h"
#include "tables.h"

static const struct decoder rows[] = {
	/* processes */
	S("clone", SP_CLONE, 2, RV_D),
	D("clone3", ALL, RV_D, A_PTR, A_ULONG),
	D("fork", ALL, RV_D),
	D("vfork", ALL, RV_D),
	D("execve", ALL, RV_D, A_PATH, A_ARGV, A_ENVP),
	D("execveat", ALL, RV_D, A_DIRFD, A_PATH, A_ARGV, A_ENVP, A_ATFLAGS),
	D("exit", ALL, RV_D, A_INT),
	D("exit_group", ALL, RV_D, A_INT),
	D("wait4", 1, RV_D, A_INT, A_PTR, A_WAITOPTS, A_PTR),
	D("waitpid", 1, RV_D, A_INT, A_PTR, A_WAITOPTS),
	D("waitid", 2, RV_D, A_IDTYPE, A_INT, A_PTR, A_WAITOPTS, A_PTR),
	D("kill", ALL, RV_D, A_INT, A_SIG),
	D("tkill", ALL, RV_D, A_INT, A_SIG),
	D("tgkill", ALL, RV_D, A_INT, A_INT, A_SIG),
	D("rt_sigqueueinfo", ALL, RV_D, A_INT, A_SIG, A_PTR),
	D("rt_tgsigqueueinfo", ALL, RV_D, A_INT, A_INT, A_SIG, A_PTR),
	D("rt_sigaction", 2, RV_D, A_SIG, A_PTR, A_PTR, A_ULONG),
	D("rt_sigprocmask", 2, RV_D, A_SIGHOW, A_PTR, A_PTR, A_ULONG),
	D("rt_sigpending", 0, RV_D, A_PTR, A_ULONG),
	D("rt_sigtimedwait", 1, RV_SIGNAME, A_PTR, A_PTR, A_PTR, A_ULONG),
	D("rt_sigsuspend", ALL, RV_D, A_PTR, A_ULONG),
	D("sigaltstack", 1, RV_D, A_PTR, A_PTR),
	D("set_tid_address", ALL, RV_D, A_HEX),
	D("set_robust_list", ALL, RV_D, A_PTR, A_ULONG),
	D("get_robust_list", 1, RV_D, A_INT, A_PTR, A_PTR),
	D("unshare", ALL, RV_D, A_UNSHARE),
	D("setns", ALL, RV_D, A_FD, A_SETNS),
	S("prctl", SP_PRCTL, ALL, RV_PRCTL),
	S("arch_prctl", SP_ARCHPRCTL, ALL, RV_D),
	D("personality", ALL, RV_PERS, A_PERSONALITY),
	D("setuid", ALL, RV_D, A_UID),
	D("setgid", ALL, RV_D, A_UID),
	D("setuid32", ALL, RV_D, A_UID),
	D("setgid32", ALL, RV_D, A_UID),
	D("setreuid", ALL, RV_D, A_UID, A_UID),
	D("setregid", ALL, RV_D, A_UID, A_UID),
	D("setreuid32", ALL, RV_D, A_UID, A_UID),
	D("setregid32", ALL, RV_D, A_UID, A_UID),
	D("setresuid", ALL, RV_D, A_UID, A_UID, A_UID),
	D("setresgid", ALL, RV_D, A_UID, A_UID, A_UID),
	D("setresuid32", ALL, RV_D, A_UID, A_UID, A_UID),
	D("setresgid32", ALL, RV_D, A_UID, A_UID, A_UID),
	D("getresuid", 0, RV_D, A_PTR, A_PTR, A_PTR),
	D("getresgid", 0, RV_D, A_PTR, A_PTR, A_PTR),
	D("getresuid32", 0, RV_D, A_PTR, A_PTR, A_PTR),
	D("getresgid32", 0, RV_D, A_PTR, A_PTR, A_PTR),
	D("setfsuid", ALL, RV_D, A_UID),
	D("setfsgid", ALL, RV_D, A_UID),
	D("setfsuid32", ALL, RV_D, A_UID),
	D("setfsgid32", ALL, RV_D, A_UID),
	D("getgroups", 1, RV_D, A_INT, A_PTR),
	D("setgroups", ALL, RV_D, A_INT, A_PTR),
	D("getgroups32", 1, RV_D, A_INT, A_PTR),
	D("setgroups32", ALL, RV_D, A_INT, A_PTR),
	D("setpgid", ALL, RV_D, A_INT, A_INT),
	D("getpgid", ALL, RV_D, A_INT),
	D("getsid", ALL, RV_D, A_INT),
	D("capget", 1, RV_D, A_PTR, A_PTR),
	D("capset", ALL, RV_D, A_PTR, A_PTR),
	D("getpriority", ALL, RV_D, A_PRIO, A_INT),
	D("setpriority", ALL, RV_D, A_PRIO, A_INT, A_INT),
	D("getrlimit", 1, RV_D, A_RLIMIT, A_PTR),
	D("ugetrlimit", 1, RV_D, A_RLIMIT, A_PTR),
	D("setrlimit", ALL, RV_D, A_RLIMIT, A_PTR),
	D("prlimit64", 3, RV_D, A_INT, A_RLIMIT, A_PTR, A_PTR),
	D("getrusage", 1, RV_D, A_RUSAGE, A_PTR),
	D("times", 0, RV_D, A_PTR),
	D("sched_setparam", ALL, RV_D, A_INT, A_PTR),
	D("sched_getparam", 1, RV_D, A_INT, A_PTR),
	D("sched_setscheduler", ALL, RV_D, A_INT, A_SCHED, A_PTR),
	D("sched_getscheduler", ALL, RV_SCHED, A_INT),
	D("sched_get_priority_max", ALL, RV_D, A_SCHED),
	D("sched_get_priority_min", ALL, RV_D, A_SCHED),
	D("sched_rr_get_interval", 1, RV_D, A_INT, A_PTR),
	D("sched_setaffinity", ALL, RV_D, A_INT, A_UINT, A_PTR),
	D("sched_getaffinity", 2, RV_D, A_INT, A_UINT, A_PTR),
	D("sched_setattr", ALL, RV_D, A_INT, A_PTR, A_UINT),
	D("sched_getattr", 1, RV_D, A_INT, A_PTR, A_UINT, A_UINT),
	D("getcpu", 0, RV_D, A_PTR, A_PTR, A_PTR),
	D("process_vm_readv", 1, RV_D, A_INT, A_PTR, A_ULONG, A_PTR, A_ULONG, A_ULONG),
	D("process_vm_writev", ALL, RV_D, A_INT, A_PTR, A_ULONG, A_PTR, A_ULONG, A_ULONG),
	S("seccomp", SP_SECCOMP, ALL, RV_D),
	D("bpf", ALL, RV_BPF, A_BPFCMD, A_PTR, A_UINT),
	D("uname", 0, RV_D, A_PTR),
	D("sysinfo", 0, RV_D, A_PTR),
	D("sethostname", ALL, RV_D, A_PTR, A_UINT),
	D("setdomainname", ALL, RV_D, A_PTR, A_UINT),
	D("iopl", ALL, RV_D, A_INT),
	D("ioperm", ALL, RV_D, A_HEX, A_HEX, A_INT),
	D("modify_ldt", ALL, RV_D, A_INT, A_PTR, A_ULONG),
	D("set_thread_area", ALL, RV_D, A_PTR),
	D("get_thread_area", ALL, RV_D, A_PTR),
	D("acct", ALL, RV_D, A_PATH),
	D("swapoff", ALL, RV_D, A_PATH),
	D("pivot_root", ALL, RV_D, A_PATH, A_PATH),
};

const struct decoder_rows decode_process_rows = { rows, ARRAY_SIZE(rows) };

void sp_clone(struct parts *p, const struct actx *x)
{
	uint64_t flags = arg_val(x, 0);
	struct sbuf *b;

	b = part_new(p);
	sb_puts(b, "child_stack=");
	put_ptr(b, arg_val(x, 1));
	b = part_new(p);
	sb_puts(b, "flags=");
	put_clone_flags(b, flags);
	p->split = p->n;
	p->sep_at_exit = true;
	if (!x->exit)
		return;
	if (flags & 0x00101000) {	/* CLONE_PARENT_SETTID, CLONE_PIDFD */
		b = part_new(p);
		sb_puts(b, "parent_tid=");
		put_ptr(b, arg_val(x, 2));
	}
	/* x86-64: (flags, stack, ptid, ctid, tls); ia32: ctid and tls swap */
	if (flags & 0x00080000) {		/* CLONE_SETTLS */
		b = part_new(p);
		sb_puts(b, "tls=");
		put_ptr(b, arg_val(x, x->compat ? 3 : 4));
	}
	if (flags & 0x01200000) {	/* CLONE_CHILD_SETTID|_CLEARTID */
		b = part_new(p);
		sb_puts(b, "child_tidptr=");
		put_ptr(b, arg_val(x, x->compat ? 4 : 3));
	}
}

/*
 * prctl's arguments after the option, as strace's prctl.c prints them: the
 * kinds of enum argtype, and these of its own.
 */
enum {
	PK_SIG = A_XLAT_END,	/* PR_SET_PDEATHSIG: a signal, over 128 a number */
	PK_PTRACER,		/* -1 is PR_SET_PTRACER_ANY, else a pid */
	PK_PID,			/* printpid(): an int */
	PK_ADDR,		/* printaddr(): whatever was captured */
	PK_NAME,		/* PR_SET_NAME: TASK_COMM_LEN - 1 bytes at most */
	PK_SVE,			/* a vector length and its flags */
	PK_SME,
	PK_TAGGED,		/* PR_SET_TAGGED_ADDR_CTRL's control word */
	PK_PIDTYPE,		/* named in a comment, unless -X raw */
	PK_PACKEYS,		/* PR_PAC_RESET_KEYS: the keys of both tables */
	/* what the call stores there, printed at exit: "[...]" */
	PK_OUT_FIRST,
	PK_OUT_UINT = PK_OUT_FIRST,
	PK_OUT_SIG,
	PK_OUT_TSC,
	PK_OUT_UNALIGN,
	PK_OUT_KPTR,
	PK_OUT_X64,
	PK_OUT_NAME,		/* PR_GET_NAME: TASK_COMM_LEN bytes at most */
};

/*
 * One way to print an option's arguments: the first row of the option
 * whose range holds arg2 (lo > hi: any arg2). Options without a row print
 * their four arguments in hex.
 */
static const struct prctl_row {
	uint32_t option;
	unsigned char n;		/* arguments after the option */
	unsigned char arg[4];		/* their kinds, arg2 to arg5 */
	uint8_t lo, hi;			/* the arg2 the row is for */
} prctl_rows[] = {
#define H A_HEX
	{ 1, 1, { PK_SIG }, 1, 0 },				/* PR_SET_PDEATHSIG */
	{ 2, 1, { PK_OUT_SIG }, 1, 0 },				/* PR_GET_PDEATHSIG */
	{ 3, 0, { 0 }, 1, 0 },					/* PR_GET_DUMPABLE */
	{ 4, 1, { A_SUIDDUMP }, 1, 0 },				/* PR_SET_DUMPABLE */
	{ 5, 1, { PK_OUT_UNALIGN }, 1, 0 },			/* PR_GET_UNALIGN */
	{ 6, 1, { A_PRUNALIGN }, 1, 0 },			/* PR_SET_UNALIGN */
	{ 7, 0, { 0 }, 1, 0 },					/* PR_GET_KEEPCAPS */
	{ 8, 1, { A_ULONG }, 1, 0 },				/* PR_SET_KEEPCAPS */
	{ 9, 1, { PK_OUT_UINT }, 1, 0 },			/* PR_GET_FPEMU */
	{ 10, 1, { A_ULONG }, 1, 0 },				/* PR_SET_FPEMU */
	{ 11, 1, { PK_OUT_UINT }, 1, 0 },			/* PR_GET_FPEXC */
	{ 12, 1, { A_ULONG }, 1, 0 },				/* PR_SET_FPEXC */
	{ 13, 0, { 0 }, 1, 0 },					/* PR_GET_TIMING */
	{ 14, 1, { A_ULONG }, 1, 0 },				/* PR_SET_TIMING */
	{ 15, 1, { PK_NAME }, 1, 0 },				/* PR_SET_NAME */
	{ 16, 1, { PK_OUT_NAME }, 1, 0 },			/* PR_GET_NAME */
	{ 19, 1, { PK_OUT_UINT }, 1, 0 },			/* PR_GET_ENDIAN */
	{ 20, 1, { A_ULONG }, 1, 0 },				/* PR_SET_ENDIAN */
	{ 21, 0, { 0 }, 1, 0 },					/* PR_GET_SECCOMP */
	{ 22, 1, { A_SECCOMPMODE }, 1, 1 },			/* PR_SET_SECCOMP */
	{ 22, 2, { A_SECCOMPMODE, PK_ADDR }, 2, 2 },
	{ 22, 4, { A_SECCOMPMODE, H, H, H }, 1, 0 },
	{ 23, 1, { A_CAP }, 1, 0 },				/* PR_CAPBSET_READ */
	{ 24, 1, { A_CAP }, 1, 0 },				/* PR_CAPBSET_DROP */
	{ 25, 1, { PK_OUT_TSC }, 1, 0 },			/* PR_GET_TSC */
	{ 26, 1, { A_PRTSC }, 1, 0 },				/* PR_SET_TSC */
	{ 27, 0, { 0 }, 1, 0 },					/* PR_GET_SECUREBITS */
	{ 28, 1, { A_SECBITS }, 1, 0 },				/* PR_SET_SECUREBITS */
	{ 29, 1, { A_LONG }, 1, 0 },				/* PR_SET_TIMERSLACK */
	{ 30, 0, { 0 }, 1, 0 },					/* PR_GET_TIMERSLACK */
	{ 31, 0, { 0 }, 1, 0 },			/* PR_TASK_PERF_EVENTS_DISABLE */
	{ 32, 0, { 0 }, 1, 0 },			/* PR_TASK_PERF_EVENTS_ENABLE */
	{ 33, 4, { A_PRMCE, A_PRMCEPOL, H, H }, 1, 1 },		/* PR_MCE_KILL */
	{ 33, 4, { A_PRMCE, H, H, H }, 1, 0 },
	{ 35, 4, { A_PRSETMM, H, H, H }, 1, 0 },		/* PR_SET_MM */
	{ 36, 1, { A_ULONG }, 1, 0 },			/* PR_SET_CHILD_SUBREAPER */
	{ 37, 1, { PK_OUT_UINT }, 1, 0 },		/* PR_GET_CHILD_SUBREAPER */
	{ 38, 4, { A_ULONG, H, H, H }, 1, 0 },			/* PR_SET_NO_NEW_PRIVS */
	{ 40, 1, { PK_OUT_KPTR }, 1, 0 },			/* PR_GET_TID_ADDRESS */
	{ 41, 4, { A_ULONG, H, H, H }, 1, 0 },			/* PR_SET_THP_DISABLE */
	{ 45, 1, { A_PRFPMODE }, 1, 0 },			/* PR_SET_FP_MODE */
	{ 46, 0, { 0 }, 1, 0 },					/* PR_GET_FP_MODE */
	{ 47, 4, { A_PRCAPAMB, A_CAP, H, H }, 1, 3 },		/* PR_CAP_AMBIENT */
	{ 47, 4, { A_PRCAPAMB, H, H, H }, 1, 0 },
	{ 50, 1, { PK_SVE }, 1, 0 },				/* PR_SVE_SET_VL */
	{ 51, 0, { 0 }, 1, 0 },					/* PR_SVE_GET_VL */
	{ 52, 1, { A_PRSPEC }, 1, 0 },			/* PR_GET_SPECULATION_CTRL */
	{ 53, 2, { A_PRSPEC, A_PRSPECSET }, 0, 2 },	/* PR_SET_SPECULATION_CTRL */
	{ 53, 2, { A_PRSPEC, H }, 1, 0 },
	{ 54, 4, { PK_PACKEYS, H, H, H }, 1, 0 },		/* PR_PAC_RESET_KEYS */
	{ 55, 4, { PK_TAGGED, H, H, H }, 1, 0 },	/* PR_SET_TAGGED_ADDR_CTRL */
	{ 57, 4, { A_ULONG, H, H, H }, 1, 0 },			/* PR_SET_IO_FLUSHER */
	{ 59, 4, { A_PRSUD, H, H, PK_ADDR }, 1, 0 },	/* PR_SET_SYSCALL_USER_DISPATCH */
	{ 60, 4, { A_PRPACKEYS, A_PRPACKEYS, H, H }, 1, 0 },	/* PR_PAC_SET_ENABLED_KEYS */
	{ 62, 4, { A_PRSCHEDCORE, PK_PID, PK_PIDTYPE, PK_OUT_X64 }, 0, 0 },
	{ 62, 4, { A_PRSCHEDCORE, PK_PID, PK_PIDTYPE, PK_ADDR }, 1, 0 }, /* PR_SCHED_CORE */
	{ 63, 1, { PK_SME }, 1, 0 },				/* PR_SME_SET_VL */
	{ 64, 0, { 0 }, 1, 0 },					/* PR_SME_GET_VL */
	{ 0x53564d41, 4, { A_PRSETVMA, PK_ADDR, A_ULONG, A_STR }, 0, 0 }, /* PR_SET_VMA */
	{ 0x53564d41, 4, { A_PRSETVMA, H, H, H }, 1, 0 },
	{ 0x59616d61, 1, { PK_PTRACER }, 1, 0 },		/* PR_SET_PTRACER */
#undef H
};

static const struct prctl_row *prctl_row(uint32_t option, uint64_t arg2)
{
	static const struct prctl_row dflt = { 0, 4, { A_HEX, A_HEX, A_HEX, A_HEX }, 1, 0 };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(prctl_rows); i++) {
		const struct prctl_row *r = &prctl_rows[i];

		if (r->option == option &&
		    (r->lo > r->hi || (arg2 >= r->lo && arg2 <= r->hi)))
			return r;
	}
	return &dflt;
}

/*
 * printstr_ex(addr, max, QUOTE_0_TERMINATED): the string cut at max bytes
 * (and -s); "..." when no NUL came within them.
 */
static void put_str_max(struct sbuf *b, const struct actx *x,
			const struct kstrace_cap *cap, uint64_t v, size_t max)
{
	size_t size = max < x->c->strsize ? max : x->c->strsize;

	if (!v) {
		sb_puts(b, "NULL");
		return;
	}
	if (!cap || (cap->flags & KSTRACE_CAP_FAULT)) {
		sb_printf(b, "%#" PRIx64, v);
		return;
	}
	quote_string_x(b, cap_data(cap), cap->len < size ? cap->len : size,
		       true, x->c->xflag);
	if (cap->len >= size)
		sb_puts(b, "...");
}

/*
 * What a PR_GET_* option stored at argument i (size bytes) into v; false
 * when strace prints the address instead: NULL, a failed call, memory it
 * could not read, -e verbose=.
 */
static bool prctl_out(const struct actx *x, unsigned int i, void *v,
		      size_t size)
{
	const struct kstrace_cap *cap;

	if (!arg_val(x, i) || x->compat || x->c->no_deref ||
	    x->exit->exit.ret < 0)
		return false;
	cap = rec_cap(x->exit, i);
	if (!cap || (cap->flags & KSTRACE_CAP_FAULT) || cap->len < size)
		return false;
	memcpy(v, cap_data(cap), size);
	return true;
}

/* sprint_sve_val(), sprint_sme_val(): the flags, then the length */
static void put_vl(struct sbuf *b, const struct xlat *flags, uint64_t v,
		   bool rval)
{
	struct sbuf s = SBUF_INIT;
	enum xlat_style saved;

	if (!(v & ~0xffffULL)) {
		if (!rval)
			sb_printf(b, "%#" PRIx64, v);
		return;
	}
	saved = xlat_abbrev_begin();
	print_flags(&s, flags, v & ~0xffffULL, NULL);
	xlat_abbrev_end(saved);
	sb_printf(&s, "|%#" PRIx64, v & 0xffff);
	if (rval)
		sb_puts(b, sb_str(&s));
	else
		print_xlat_ex(b, v, sb_str(&s), XFMT_X);
	sb_free(&s);
}

/* sprint_tagged_addr_val(): enable bit, MTE mode, tag mask, the rest */
static void put_tagged(struct sbuf *b, uint64_t v, bool rval)
{
	const uint64_t tag = v & (0xffffULL << 3);
	struct sbuf s = SBUF_INIT;
	enum xlat_style saved = xlat_abbrev_begin();

	print_flags(&s, pr_tagged_addr_enable, v & 1, NULL);
	sb_putc(&s, '|');
	print_xval(&s, pr_mte_tcf, v & 6, NULL);
	if (tag)
		sb_printf(&s, "|%#" PRIx64 "<<PR_MTE_TAG_SHIFT", tag >> 3);
	if (v & ~(tag | 7))
		sb_printf(&s, "|%#" PRIx64, v & ~(tag | 7));
	xlat_abbrev_end(saved);
	if (rval)
		sb_puts(b, sb_str(&s));
	else
		print_xlat_ex(b, v, sb_str(&s), XFMT_X);
	sb_free(&s);
}

/* printflags_ex(arg, ..., pr_pac_enabled_keys, pr_pac_keys): both tables */
static void put_pac_keys(struct sbuf *b, uint64_t v)
{
	struct xlat both[8];
	size_t n = 0, i;

	for (i = 0; pr_pac_enabled_keys[i].str; i++)
		both[n++] = pr_pac_enabled_keys[i];
	for (i = 0; pr_pac_keys[i].str; i++)
		both[n++] = pr_pac_keys[i];
	both[n] = (struct xlat)XLAT_END;
	print_flags(b, both, v, "PR_PAC_???");
}

static void prctl_arg(struct sbuf *b, const struct actx *x, unsigned int i,
		      unsigned int kind)
{
	uint64_t v = arg_val(x, i);
	enum xlat_style saved;
	char sig[32];
	uint64_t u;
	int32_t n;

	if (kind >= PK_OUT_FIRST && !x->exit)
		return;		/* printed at exit */
	switch (kind) {
	case PK_SIG:
		if (v > 128)
			sb_printf(b, "%" PRIu64, v);
		else
			print_xlat_ex(b, v, signal_name(v, sig, sizeof(sig)),
				      XFMT_D);
		return;
	case PK_PTRACER:
		if ((int32_t)v == -1)
			print_xlat_ex(b, (uint64_t)-1, "PR_SET_PTRACER_ANY", XFMT_D);
		else
			sb_printf(b, "%d", (int32_t)v);
		return;
	case PK_PID:
		sb_printf(b, "%d", (int32_t)v);
		return;
	case PK_ADDR:
		put_ptr(b, v);
		return;
	case PK_NAME:
		put_str_max(b, x, in_cap(x, i), v, 15);
		return;
	case PK_SVE:
	case PK_SME:
		if (xlat_style == XLAT_RAW)
			sb_printf(b, "%#" PRIx64, v);
		else
			put_vl(b, kind == PK_SVE ? pr_sve_vl_flags : pr_sme_vl_flags,
			       v, false);
		return;
	case PK_TAGGED:
		if (xlat_style == XLAT_RAW)
			sb_printf(b, "%#" PRIx64, v);
		else
			put_tagged(b, v, false);
		return;
	case PK_PIDTYPE:
		/* strace asks for the verbose style here: raw stays raw */
		saved = xlat_style;
		if (saved != XLAT_RAW)
			xlat_style = XLAT_VERBOSE;
		print_xval(b, pr_sched_core_pidtypes, (uint32_t)v, "PIDTYPE_???");
		xlat_style = saved;
		return;
	case PK_PACKEYS:
		put_pac_keys(b, v);
		return;
	case PK_OUT_NAME:
		if (x->exit->exit.ret < 0)
			put_ptr(b, v);
		else
			put_str_max(b, x, x->compat ? NULL : rec_cap(x->exit, i),
				    v, 16);
		return;
	case PK_OUT_KPTR:
	case PK_OUT_X64:
		if (!prctl_out(x, i, &u, sizeof(u))) {
			put_ptr(b, v);
		} else if (kind == PK_OUT_KPTR) {
			sb_putc(b, '[');
			put_ptr(b, u);
			sb_putc(b, ']');
		} else {
			sb_printf(b, "[%#" PRIx64 "]", u);
		}
		return;
	case PK_OUT_UINT:
	case PK_OUT_SIG:
	case PK_OUT_TSC:
	case PK_OUT_UNALIGN:
		if (!prctl_out(x, i, &n, sizeof(n))) {
			put_ptr(b, v);
			return;
		}
		sb_putc(b, '[');
		if (kind == PK_OUT_UINT)
			sb_printf(b, "%u", (uint32_t)n);
		else if (kind == PK_OUT_SIG)
			print_xlat_ex(b, n, signal_name(n, sig, sizeof(sig)), XFMT_D);
		else if (kind == PK_OUT_TSC)
			print_xval(b, pr_tsc, (uint32_t)n, "PR_TSC_???");
		else
			print_flags(b, pr_unalign_flags, (uint32_t)n, "PR_UNALIGN_???");
		sb_putc(b, ']');
		return;
	}
}

void sp_prctl(struct parts *p, const struct actx *x)
{
	uint32_t option = arg_val(x, 0);
	const struct prctl_row *r = prctl_row(option, arg_val(x, 1));
	unsigned int i;

	print_xval(part_new(p), prctl_options, option, "PR_???");
	for (i = 0; i < r->n; i++) {
		unsigned int kind = r->arg[i];

		/* what the call stores: from this argument on, at exit */
		if (kind >= PK_OUT_FIRST && p->split < 0)
			p->split = p->n;
		if (kind >= A_XLAT_END)
			prctl_arg(part_new(p), x, i + 1, kind);
		else
			part_arg(p, x, i + 1, kind);
	}
	if (p->split < 0)
		p->split = p->n;
}

/*
 * The return value of the options strace decodes it for; false for the
 * others (a plain number). ret is not an error.
 */
bool prctl_ret(struct sbuf *b, uint32_t option, uint64_t arg2, int64_t ret)
{
	const struct xlat *flags = NULL;
	const char *name;
	enum xlat_style saved;

	switch (option) {
	case 3:					/* PR_GET_DUMPABLE */
	case 34:				/* PR_MCE_KILL_GET */
		/* named whatever -X says */
		name = xlookup(option == 3 ? suid_dump : pr_mce_kill_policy, ret);
		sb_printf(b, "%" PRId64, ret);
		if (name)
			sb_printf(b, " (%s)", name);
		return true;
	case 27:				/* PR_GET_SECUREBITS */
		flags = secbits;
		break;
	case 46:				/* PR_GET_FP_MODE */
		flags = pr_fp_mode;
		break;
	case 52:				/* PR_GET_SPECULATION_CTRL */
		if (arg2 > 2)	/* not a PR_SPEC_* it knows the values of */
			return false;
		flags = pr_spec_flags;
		break;
	case 61:				/* PR_PAC_GET_ENABLED_KEYS */
		flags = pr_pac_enabled_keys;
		break;
	case 50: case 51: case 63: case 64:	/* PR_S{VE,ME}_{SET,GET}_VL */
	case 56:				/* PR_GET_TAGGED_ADDR_CTRL */
		break;
	default:
		return false;
	}
	/* 0 alone, unless a table or PR_GET_TAGGED_ADDR_CTRL names it */
	if (ret == 0 && option != 56 && !(flags && xlookup(flags, 0))) {
		sb_putc(b, '0');
		return true;
	}
	sb_printf(b, "%#" PRIx64, (uint64_t)ret);
	/* the names are said in abbreviated style, not at all with -X raw */
	if (xlat_style == XLAT_RAW)
		return true;
	if (option == 56) {
		sb_puts(b, " (");
		put_tagged(b, ret, true);
		sb_putc(b, ')');
	} else if (!flags) {
		if (ret & ~0xffffLL) {
			sb_puts(b, " (");
			put_vl(b, option < 60 ? pr_sve_vl_flags : pr_sme_vl_flags,
			       ret, true);
			sb_putc(b, ')');
		}
	} else {
		sb_puts(b, " (");
		saved = xlat_abbrev_begin();
		print_flags(b, flags, ret, NULL);
		xlat_abbrev_end(saved);
		sb_putc(b, ')');
	}
	return true;
}

void sp_seccomp(struct parts *p, const struct actx *x)
{
	part_arg(p, x, 0, A_SECCOMPOP);
	if ((uint32_t)arg_val(x, 0) == 1)	/* SECCOMP_SET_MODE_FILTER */
		part_arg(p, x, 1, A_SECCOMPF);
	else
		part_arg(p, x, 1, A_HEX32);
	part_arg(p, x, 2, A_PTR);
}

/*
 * rt_sigreturn has no argument; strace prints the mask its signal frame
 * restores, which the module captures as if it were argument 0.
 */
void sp_sigreturn(struct parts *p, const struct actx *x)
{
	struct sbuf mask = SBUF_INIT;
	struct sbuf *b;

	if (!put_captured(&mask, x, 0)) {
		sb_free(&mask);
		return;
	}
	b = part_new(p);
	sb_printf(b, "{mask=%s}", sb_str(&mask));
	sb_free(&mask);
}

void sp_kcmp(struct parts *p, const struct actx *x)
{
	uint32_t type = arg_val(x, 2);

	part_arg(p, x, 0, A_INT);
	part_arg(p, x, 1, A_INT);
	part_arg(p, x, 2, A_KCMP);
	if (type == 0) {			/* KCMP_FILE: two fds */
		part_arg(p, x, 3, A_INT);
		part_arg(p, x, 4, A_INT);
	} else if (type == 7) {			/* KCMP_EPOLL_TFD */
		part_arg(p, x, 3, A_INT);
		part_arg(p, x, 4, A_PTR);
	} else if (!xlookup(kcmp_types, type)) {
		part_arg(p, x, 3, A_HEX);
		part_arg(p, x, 4, A_HEX);
	}
}

void sp_arch_prctl(struct parts *p, const struct actx *x)
{
	uint32_t op = arg_val(x, 0);

	part_arg(p, x, 0, A_ARCHCODE);
	switch (op) {
	case 0x1003: case 0x1004:	/* ARCH_GET_FS, ARCH_GET_GS */
		/* the address the kernel stores, printed at exit */
		part_arg(p, x, 1, A_PTR);
		p->split = 1;
		return;
	case 0x1011:			/* ARCH_GET_CPUID: no argument */
		break;
	default:
		part_arg(p, x, 1, A_HEX);
		break;
	}
	p->split = p->n;
}
