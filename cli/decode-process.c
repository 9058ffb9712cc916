// SPDX-License-Identifier: GPL-2.0
/*
 * decode-process.c - the decoder rows of processes, signals, credentials,
 * scheduling and limits (strace's process.c, signal.c, uid.c, ...), and
 * the calls whose arguments depend on one another: clone, prctl,
 * arch_prctl, seccomp, kcmp; rt_sigreturn's restored mask.
 */
#include <stdint.h>

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
	S("prctl", SP_PRCTL, ALL, RV_D),
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

void sp_prctl(struct parts *p, const struct actx *x)
{
	uint32_t option = arg_val(x, 0);
	struct sbuf *b = part_new(p);
	int i;

	print_xval(b, prctl_options, option, "PR_???");
	switch (option) {
	case 3: case 7: case 13: case 21: case 27: case 30: case 39:
	case 42: case 31: case 32: case 34: case 58:
		/* PR_GET_* returning their value, PR_TASK_PERF_EVENTS_* */
		break;
	case 1:					/* PR_SET_PDEATHSIG */
		part_arg(p, x, 1, A_SIG);
		break;
	case 2: case 15: case 16: case 37: case 40:
		/* PR_GET_PDEATHSIG, PR_{SET,GET}_NAME, ... pointers */
		part_arg(p, x, 1, A_PTR);
		break;
	case 4:					/* PR_SET_DUMPABLE */
		print_xval(part_new(p), suid_dump, arg_val(x, 1),
			   "SUID_DUMP_???");
		break;
	case 22:				/* PR_SET_SECCOMP */
		print_xval(part_new(p), seccomp_mode, arg_val(x, 1),
			   "SECCOMP_MODE_???");
		if (arg_val(x, 1) == 2)		/* SECCOMP_MODE_FILTER */
			part_arg(p, x, 2, A_PTR);
		break;
	case 0x53564d41:			/* PR_SET_VMA */
		print_xval(part_new(p), pr_set_vma, arg_val(x, 1),
			   "PR_SET_VMA_???");
		part_arg(p, x, 2, A_HEX);
		part_arg(p, x, 3, A_ULONG);
		part_arg(p, x, 4, A_PTR);
		break;
	case 8: case 14: case 29: case 36: case 57:
		/* PR_SET_KEEPCAPS, _TIMING, _TIMERSLACK, ... */
		part_arg(p, x, 1, A_ULONG);
		break;
	case 38: case 41:		/* PR_SET_NO_NEW_PRIVS, _THP_DISABLE */
		for (i = 1; i < 5; i++)
			part_arg(p, x, i, A_ULONG);
		break;
	default:
		for (i = 1; i < 5; i++)
			part_arg(p, x, i, A_HEX);
		break;
	}
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
