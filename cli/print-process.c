// SPDX-License-Identifier: GPL-2.0
/*
 * print-process.c - printers of the process family (print.h): waits,
 * signals, resources, scheduling, capabilities, as strace 6.1 prints them
 * (wait.c, signal.c, printsiginfo.c, printrusage.c, resource.c, sched.c,
 * affinity.c, clone.c, capability.c, uname.c, sysinfo.c, times.c ...).
 * Captures hold the x86-64 kernel's structure layouts.
 */
#include <inttypes.h>
#include <string.h>

#include "print.h"
#include "tables.h"
#include "xlat.h"

static uint64_t get_u64(const void *base, size_t off)
{
	uint64_t v;

	memcpy(&v, (const char *)base + off, sizeof(v));
	return v;
}

static uint32_t get_u32(const void *base, size_t off)
{
	uint32_t v;

	memcpy(&v, (const char *)base + off, sizeof(v));
	return v;
}

static uint16_t get_u16(const void *base, size_t off)
{
	uint16_t v;

	memcpy(&v, (const char *)base + off, sizeof(v));
	return v;
}

/* The pointer instead of a capture too short for the structure. */
static bool too_short(struct sbuf *b, const struct pctx *p,
		      const struct kstrace_cap *cap, size_t n)
{
	if (cap->len >= n)
		return false;
	print_ptr(b, p->args[p->arg]);
	return true;
}

static bool is_call(const struct pctx *p, const char *name)
{
	return !strcmp(p->name, name);
}

/* strace's printsignal(): the name, or the number. */
static void put_sig(struct sbuf *b, int sig)
{
	char buf[32];
	const char *s = signal_name(sig, buf, sizeof(buf));

	if (s)
		sb_puts(b, s);
	else
		sb_printf(b, "%d", sig);
}

/* strace's print_clock_t(): ticks, and seconds at USER_HZ (100) */
void print_clock_t(struct sbuf *b, uint64_t ticks)
{
	sb_printf(b, "%" PRIu64, ticks);
	if (ticks)
		sb_printf(b, " /* %" PRIu64 ".%02" PRIu64 " s */", ticks / 100,
			  ticks % 100);
}

/* ---- rusage ---- */

static const char *const rusage_longs[] = {
	"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
	"ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
	"ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};

/*
 * The two times, then "..." (the rest with -v). wait4 prints the
 * pointer unless it returned a child (WNOHANG's 0 included).
 */
void print_rusage(struct sbuf *b, const struct pctx *p,
		  const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);
	size_t i;

	if ((is_call(p, "wait4") && p->exit && pctx_ret(p) <= 0) ||
	    cap->len < 144) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	sb_puts(b, "{ru_utime=");
	print_timeval_data(b, d);
	sb_puts(b, ", ru_stime=");
	print_timeval_data(b, d + 16);
	if (!p->c->verbose) {
		sb_puts(b, ", ...}");
		return;
	}
	for (i = 0; i < sizeof(rusage_longs) / sizeof(rusage_longs[0]); i++)
		sb_printf(b, ", %s=%" PRIu64, rusage_longs[i],
			  get_u64(d, 32 + 8 * i));
	sb_putc(b, '}');
}

/* ---- wait status ---- */

static const struct xlat ptrace_events[] = {
	XLAT_NAMED(1, "PTRACE_EVENT_FORK"), XLAT_NAMED(2, "PTRACE_EVENT_VFORK"),
	XLAT_NAMED(3, "PTRACE_EVENT_CLONE"), XLAT_NAMED(4, "PTRACE_EVENT_EXEC"),
	XLAT_NAMED(5, "PTRACE_EVENT_VFORK_DONE"),
	XLAT_NAMED(6, "PTRACE_EVENT_EXIT"), XLAT_NAMED(7, "PTRACE_EVENT_SECCOMP"),
	XLAT_NAMED(128, "PTRACE_EVENT_STOP"),
	XLAT_END
};

/* strace's printstatus(): there are no wait status constructors. */
static void put_wait_status(struct sbuf *b, uint32_t s)
{
	char buf[32];
	const char *name;
	unsigned int sig;

	sb_putc(b, '[');
	if ((s & 0xff) == 0x7f) {			/* WIFSTOPPED */
		sig = (s >> 8) & 0xff;
		name = signal_name(sig & 0x7f, buf, sizeof(buf));
		sb_puts(b, "{WIFSTOPPED(s) && WSTOPSIG(s) == ");
		if (name)
			sb_puts(b, name);
		else
			sb_printf(b, "%u", sig & 0x7f);
		sb_printf(b, "%s}", sig & 0x80 ? " | 0x80" : "");
		s &= ~((sig << 8) | 0x7f);
	} else if ((s & 0x7f) && (s & 0x7f) != 0x7f) {	/* WIFSIGNALED */
		sig = s & 0x7f;
		sb_puts(b, "{WIFSIGNALED(s) && WTERMSIG(s) == ");
		put_sig(b, sig);
		sb_printf(b, "%s}", s & 0x80 ? " && WCOREDUMP(s)" : "");
		s &= ~(sig | 0x80);
	} else if (!(s & 0x7f)) {			/* WIFEXITED */
		sb_printf(b, "{WIFEXITED(s) && WEXITSTATUS(s) == %u}",
			  (s >> 8) & 0xff);
		s &= ~(((s >> 8) & 0xff) << 8);
	} else if (s == 0xffff) {			/* WIFCONTINUED */
		sb_puts(b, "{WIFCONTINUED(s)}");
		s = 0;
	} else {
		sb_printf(b, "%#x]", s);
		return;
	}
	if (s >> 16) {
		sb_puts(b, " | ");
		print_xval(b, ptrace_events, s >> 16, "PTRACE_EVENT_???");
		sb_puts(b, " << 16");
		s &= 0xffff;
	}
	if (s)
		sb_printf(b, " | %#x", s);
	sb_putc(b, ']');
}

/* wait4's status: the pointer when no child was reaped (WNOHANG). */
void print_wait_status(struct sbuf *b, const struct pctx *p,
		       const struct kstrace_cap *cap)
{
	if ((p->exit && pctx_ret(p) == 0) || cap->len < 4) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	put_wait_status(b, get_u32(cap_data(cap), 0));
}

/* ---- signal sets and actions ---- */

/*
 * strace's sprintsigmask_n(): [INT TERM], or ~[...] of the signals not
 * in the set when 2/3 of its bits or more are set. At most 64 signals.
 */
void print_sigmask(struct sbuf *b, const void *mask, size_t bytes)
{
	uint32_t w[2] = { 0, 0 };
	unsigned int words, i, n = 0;
	char sep = '[';

	if (bytes > 8)
		bytes = 8;
	memcpy(w, mask, bytes);
	words = (bytes + 3) / 4;
	for (i = 0; i < words; i++)
		n += __builtin_popcount(w[i]);
	if (n >= words * 32 * 2 / 3) {
		for (i = 0; i < words; i++)
			w[i] = ~w[i];
		sb_putc(b, '~');
	}
	for (i = 0; i < words * 32; i++) {
		if (!(w[i / 32] >> (i % 32) & 1))
			continue;
		sb_putc(b, sep);
		sep = ' ';
		if (i + 1 < 32) {
			char buf[32];

			sb_puts(b, signal_name(i + 1, buf, sizeof(buf)) + 3);
		} else if (i + 1 == 32) {
			sb_puts(b, "RTMIN");
		} else {
			sb_printf(b, "RT_%u", i + 1 - 32);
		}
	}
	if (sep == '[')
		sb_putc(b, sep);
	sb_putc(b, ']');
}

/*
 * A sigset_t of the call's size: strace decodes only the kernel's size,
 * 8 (rt_sigpending: 1 to 8), and prints the pointer otherwise.
 */
void print_sigset(struct sbuf *b, const struct pctx *p,
		  const struct kstrace_cap *cap)
{
	size_t min = is_call(p, "rt_sigpending") ? 1 : 8;

	if (cap->full_len < min || cap->full_len > 8 || cap->len < cap->full_len) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	print_sigmask(b, cap_data(cap), cap->full_len);
}

static const struct xlat sigact_flags[] = {
	XLAT_NAMED(0x04000000, "SA_RESTORER"),
	XLAT_NAMED(0x08000000, "SA_ONSTACK"),
	XLAT_NAMED(0x10000000, "SA_RESTART"),
	XLAT_NAMED(0x20000000, "SA_INTERRUPT"),
	XLAT_NAMED(0x40000000, "SA_NODEFER"),
	XLAT_NAMED(0x80000000, "SA_RESETHAND"),
	XLAT_NAMED(0x00000004, "SA_SIGINFO"),
	XLAT_NAMED(0x00000001, "SA_NOCLDSTOP"),
	XLAT_NAMED(0x00000002, "SA_NOCLDWAIT"),
	XLAT_END
};

/* The kernel's struct sigaction: handler, flags, restorer, mask. */
void print_sigaction(struct sbuf *b, const struct pctx *p,
		     const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);
	uint64_t handler, flags;

	if (too_short(b, p, cap, 32))
		return;
	handler = get_u64(d, 0);
	flags = get_u64(d, 8);
	sb_puts(b, "{sa_handler=");
	if (handler == 0)
		sb_puts(b, "SIG_DFL");
	else if (handler == 1)
		sb_puts(b, "SIG_IGN");
	else if (handler == UINT64_MAX)
		sb_puts(b, "SIG_ERR");
	else
		print_ptr(b, handler);
	sb_puts(b, ", sa_mask=");
	print_sigmask(b, d + 24, 8);
	sb_puts(b, ", sa_flags=");
	print_flags(b, sigact_flags, flags, "SA_???");
	if (flags & 0x04000000) {
		sb_puts(b, ", sa_restorer=");
		print_ptr(b, get_u64(d, 16));
	}
	sb_putc(b, '}');
}

/* ---- siginfo ---- */

static const struct xlat siginfo_codes[] = {
	XLAT_NAMED(0, "SI_USER"), XLAT_NAMED(0x80, "SI_KERNEL"),
	XLAT_NAMED(0xffffffff, "SI_QUEUE"), XLAT_NAMED(0xfffffffe, "SI_TIMER"),
	XLAT_NAMED(0xfffffffd, "SI_MESGQ"), XLAT_NAMED(0xfffffffc, "SI_ASYNCIO"),
	XLAT_NAMED(0xfffffffb, "SI_SIGIO"), XLAT_NAMED(0xfffffffa, "SI_TKILL"),
	XLAT_NAMED(0xfffffff9, "SI_DETHREAD"),
	XLAT_NAMED(0xffffffc4, "SI_ASYNCNL"),
	XLAT_END
};

static const struct xlat sigill_codes[] = {
	XLAT_NAMED(1, "ILL_ILLOPC"), XLAT_NAMED(2, "ILL_ILLOPN"),
	XLAT_NAMED(3, "ILL_ILLADR"), XLAT_NAMED(4, "ILL_ILLTRP"),
	XLAT_NAMED(5, "ILL_PRVOPC"), XLAT_NAMED(6, "ILL_PRVREG"),
	XLAT_NAMED(7, "ILL_COPROC"), XLAT_NAMED(8, "ILL_BADSTK"),
	XLAT_NAMED(9, "ILL_BADIADDR"),
	XLAT_END
};

static const struct xlat sigfpe_codes[] = {
	XLAT_NAMED(1, "FPE_INTDIV"), XLAT_NAMED(2, "FPE_INTOVF"),
	XLAT_NAMED(3, "FPE_FLTDIV"), XLAT_NAMED(4, "FPE_FLTOVF"),
	XLAT_NAMED(5, "FPE_FLTUND"), XLAT_NAMED(6, "FPE_FLTRES"),
	XLAT_NAMED(7, "FPE_FLTINV"), XLAT_NAMED(8, "FPE_FLTSUB"),
	XLAT_NAMED(14, "FPE_FLTUNK"), XLAT_NAMED(15, "FPE_CONDTRAP"),
	XLAT_END
};

static const struct xlat sigsegv_codes[] = {
	XLAT_NAMED(1, "SEGV_MAPERR"), XLAT_NAMED(2, "SEGV_ACCERR"),
	XLAT_NAMED(3, "SEGV_BNDERR"), XLAT_NAMED(4, "SEGV_PKUERR"),
	XLAT_NAMED(5, "SEGV_ACCADI"), XLAT_NAMED(6, "SEGV_ADIDERR"),
	XLAT_NAMED(7, "SEGV_ADIPERR"), XLAT_NAMED(8, "SEGV_MTEAERR"),
	XLAT_NAMED(9, "SEGV_MTESERR"),
	XLAT_END
};

static const struct xlat sigbus_codes[] = {
	XLAT_NAMED(1, "BUS_ADRALN"), XLAT_NAMED(2, "BUS_ADRERR"),
	XLAT_NAMED(3, "BUS_OBJERR"), XLAT_NAMED(4, "BUS_MCEERR_AR"),
	XLAT_NAMED(5, "BUS_MCEERR_AO"),
	XLAT_END
};

static const struct xlat sigtrap_codes[] = {
	XLAT_NAMED(1, "TRAP_BRKPT"), XLAT_NAMED(2, "TRAP_TRACE"),
	XLAT_NAMED(3, "TRAP_BRANCH"), XLAT_NAMED(4, "TRAP_HWBKPT"),
	XLAT_NAMED(5, "TRAP_UNK"), XLAT_NAMED(6, "TRAP_PERF"),
	XLAT_END
};

static const struct xlat sigchld_codes[] = {
	XLAT_NAMED(1, "CLD_EXITED"), XLAT_NAMED(2, "CLD_KILLED"),
	XLAT_NAMED(3, "CLD_DUMPED"), XLAT_NAMED(4, "CLD_TRAPPED"),
	XLAT_NAMED(5, "CLD_STOPPED"), XLAT_NAMED(6, "CLD_CONTINUED"),
	XLAT_END
};

static const struct xlat sigpoll_codes[] = {
	XLAT_NAMED(1, "POLL_IN"), XLAT_NAMED(2, "POLL_OUT"),
	XLAT_NAMED(3, "POLL_MSG"), XLAT_NAMED(4, "POLL_ERR"),
	XLAT_NAMED(5, "POLL_PRI"), XLAT_NAMED(6, "POLL_HUP"),
	XLAT_END
};

static const struct xlat sigprof_codes[] = {
	XLAT_NAMED(1, "PROF_SIG"),
	XLAT_END
};

static const struct xlat sigsys_codes[] = {
	XLAT_NAMED(1, "SYS_SECCOMP"), XLAT_NAMED(2, "SYS_USER_DISPATCH"),
	XLAT_END
};

/* siginfo_t (x86-64): signo, errno, code, then the union at 16 */
enum {
	SI_SIGNO = 0, SI_ERRNO = 4, SI_CODE = 8,
	SI_PID = 16, SI_UID = 20, SI_VALUE = 24,	/* kill, rt, chld */
	SI_TIMERID = 16, SI_OVERRUN = 20,		/* timer */
	SI_STATUS = 24, SI_UTIME = 32, SI_STIME = 40,	/* chld */
	SI_ADDR = 16, SI_ADDR_LSB = 24, SI_LOWER = 32,	/* fault */
	SI_UPPER = 40, SI_PKEY = 32,
	SI_BAND = 16, SI_FD = 24,			/* poll */
};

static void put_si_code(struct sbuf *b, uint32_t code, int signo)
{
	static const struct xlat *const by_sig[] = {
		[5] = sigtrap_codes, [17] = sigchld_codes, [29] = sigpoll_codes,
		[27] = sigprof_codes, [4] = sigill_codes, [8] = sigfpe_codes,
		[11] = sigsegv_codes, [7] = sigbus_codes, [31] = sigsys_codes,
	};
	const char *s = xlookup(siginfo_codes, code);

	if (!s && signo >= 0 && (size_t)signo < sizeof(by_sig) / sizeof(by_sig[0]) &&
	    by_sig[signo])
		s = xlookup(by_sig[signo], code);
	if (s)
		sb_puts(b, s);
	else
		sb_printf(b, "%#x", code);
}

static void put_sigsource(struct sbuf *b, const char *d)
{
	uint32_t uid = get_u32(d, SI_UID);

	sb_printf(b, ", si_pid=%d", (int32_t)get_u32(d, SI_PID));
	if (uid == 0xffffffff)
		sb_puts(b, ", si_uid=-1");
	else
		sb_printf(b, ", si_uid=%u", uid);
}

static void put_sigval(struct sbuf *b, const char *d)
{
	sb_printf(b, ", si_int=%d, si_ptr=", (int32_t)get_u32(d, SI_VALUE));
	print_ptr(b, get_u64(d, SI_VALUE));
}

static void put_si_addr(struct sbuf *b, const char *d)
{
	sb_puts(b, ", si_addr=");
	print_ptr(b, get_u64(d, SI_ADDR));
}

/* What a signal sent by a process (si_code <= 0) carries. */
static void put_si_user(struct sbuf *b, const char *d, int32_t code)
{
	switch (code) {
	case 0:		/* SI_USER */
	case -6:	/* SI_TKILL */
		put_sigsource(b, d);
		break;
	case -2:	/* SI_TIMER */
		sb_printf(b, ", si_timerid=%#x, si_overrun=%d",
			  get_u32(d, SI_TIMERID), (int32_t)get_u32(d, SI_OVERRUN));
		put_sigval(b, d);
		break;
	case -5:	/* SI_SIGIO */
		sb_printf(b, ", si_band=%" PRId64 ", si_fd=%d",
			  (int64_t)get_u64(d, SI_BAND), (int32_t)get_u32(d, SI_FD));
		break;
	default:
		put_sigsource(b, d);
		if (get_u64(d, SI_VALUE))
			put_sigval(b, d);
		break;
	}
}

/* What a signal the kernel sent carries, by signal. */
static void put_si_kernel(struct sbuf *b, const char *d, int signo,
			  int32_t code)
{
	switch (signo) {
	case 17:	/* SIGCHLD */
		put_sigsource(b, d);
		if (code == 1) {	/* CLD_EXITED */
			sb_printf(b, ", si_status=%d", (int32_t)get_u32(d, SI_STATUS));
		} else {
			sb_puts(b, ", si_status=");
			put_sig(b, get_u32(d, SI_STATUS));
		}
		sb_puts(b, ", si_utime=");
		print_clock_t(b, get_u64(d, SI_UTIME));
		sb_puts(b, ", si_stime=");
		print_clock_t(b, get_u64(d, SI_STIME));
		break;
	case 4: case 8: case 5:	/* SIGILL, SIGFPE, SIGTRAP */
		put_si_addr(b, d);
		break;
	case 7:		/* SIGBUS */
		put_si_addr(b, d);
		if (code == 4 || code == 5)	/* BUS_MCEERR_A[RO] */
			sb_printf(b, ", si_addr_lsb=%#x", get_u16(d, SI_ADDR_LSB));
		break;
	case 11:	/* SIGSEGV */
		put_si_addr(b, d);
		if (code == 3) {		/* SEGV_BNDERR */
			sb_puts(b, ", si_lower=");
			print_ptr(b, get_u64(d, SI_LOWER));
			sb_puts(b, ", si_upper=");
			print_ptr(b, get_u64(d, SI_UPPER));
		} else if (code == 4) {		/* SEGV_PKUERR */
			sb_printf(b, ", si_pkey=%u", get_u32(d, SI_PKEY));
		}
		break;
	case 29:	/* SIGIO: strace 6.1 prints these for every code */
		sb_printf(b, ", si_band=%" PRId64 ", si_fd=%d",
			  (int64_t)get_u64(d, SI_BAND), (int32_t)get_u32(d, SI_FD));
		break;
	default:
		if (get_u32(d, SI_PID) || get_u32(d, SI_UID))
			put_sigsource(b, d);
		if (get_u64(d, SI_VALUE))
			put_sigval(b, d);
		break;
	}
}

/* strace's printsiginfo(): by si_code, "{}" for no signal. */
void print_siginfo(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);
	int32_t signo, code;
	uint32_t err;
	const char *e;

	if (too_short(b, p, cap, 48))
		return;
	signo = get_u32(d, SI_SIGNO);
	code = get_u32(d, SI_CODE);
	err = get_u32(d, SI_ERRNO);
	sb_putc(b, '{');
	if (signo) {
		sb_puts(b, "si_signo=");
		put_sig(b, signo);
		sb_puts(b, ", si_code=");
		put_si_code(b, code, signo);
		if (err) {
			e = errno_name(err);
			if (e)
				sb_printf(b, ", si_errno=%s", e);
			else
				sb_printf(b, ", si_errno=%u", err);
		}
		if (code <= 0)
			put_si_user(b, d, code);
		else
			put_si_kernel(b, d, signo, code);
	}
	sb_putc(b, '}');
}

/* ---- resources ---- */

static void put_rlim(struct sbuf *b, uint64_t v)
{
	if (v == UINT64_MAX)
		sb_puts(b, "RLIM64_INFINITY");
	else if (v > 1024 && v % 1024 == 0)
		sb_printf(b, "%" PRIu64 "*1024", v / 1024);
	else
		sb_printf(b, "%" PRIu64, v);
}

void print_rlimit(struct sbuf *b, const struct pctx *p,
		  const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);

	if (too_short(b, p, cap, 16))
		return;
	sb_puts(b, "{rlim_cur=");
	put_rlim(b, get_u64(d, 0));
	sb_puts(b, ", rlim_max=");
	put_rlim(b, get_u64(d, 8));
	sb_putc(b, '}');
}

/* struct sysinfo (x86-64) */
void print_sysinfo(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);

	if (too_short(b, p, cap, 108))
		return;
	sb_printf(b, "{uptime=%" PRIu64 ", loads=[%" PRIu64 ", %" PRIu64 ", %"
		  PRIu64 "], totalram=%" PRIu64 ", freeram=%" PRIu64
		  ", sharedram=%" PRIu64 ", bufferram=%" PRIu64 ", totalswap=%"
		  PRIu64 ", freeswap=%" PRIu64 ", procs=%u, totalhigh=%" PRIu64
		  ", freehigh=%" PRIu64 ", mem_unit=%u}",
		  get_u64(d, 0), get_u64(d, 8), get_u64(d, 16), get_u64(d, 24),
		  get_u64(d, 32), get_u64(d, 40), get_u64(d, 48), get_u64(d, 56),
		  get_u64(d, 64), get_u64(d, 72), get_u16(d, 80), get_u64(d, 88),
		  get_u64(d, 96), get_u32(d, 104));
}

/* strace's print_quoted_cstring(): up to the NUL, "..." when none. */
static void put_cstring(struct sbuf *b, const struct pctx *p, const char *s,
			size_t size)
{
	size_t n = strnlen(s, size);

	quote_string_x(b, s, n, false, p->c->xflag);
	if (n == size)
		sb_puts(b, "...");
}

/* struct new_utsname: six fields of 65 bytes; -v: all of them */
void print_utsname(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	static const char *const fields[] = {
		"sysname", "nodename", "release", "version", "machine",
		"domainname",
	};
	const char *d = cap_data(cap);
	unsigned int i, n = p->c->verbose ? 6 : 2;

	if (too_short(b, p, cap, 390))
		return;
	sb_putc(b, '{');
	for (i = 0; i < n; i++) {
		sb_printf(b, "%s%s=", i ? ", " : "", fields[i]);
		put_cstring(b, p, d + 65 * i, 65);
	}
	if (n < 6)
		sb_puts(b, ", ...");
	sb_putc(b, '}');
}

void print_tms(struct sbuf *b, const struct pctx *p,
	       const struct kstrace_cap *cap)
{
	static const char *const fields[] = {
		"tms_utime", "tms_stime", "tms_cutime", "tms_cstime",
	};
	const char *d = cap_data(cap);
	unsigned int i;

	if (too_short(b, p, cap, 32))
		return;
	sb_putc(b, '{');
	for (i = 0; i < 4; i++) {
		sb_printf(b, "%s%s=", i ? ", " : "", fields[i]);
		print_clock_t(b, get_u64(d, 8 * i));
	}
	sb_putc(b, '}');
}

/* ---- scheduling ---- */

/* strace prints struct sched_param as the int it is: [0] */
void print_sched_param(struct sbuf *b, const struct pctx *p,
		       const struct kstrace_cap *cap)
{
	if (too_short(b, p, cap, 4))
		return;
	sb_printf(b, "[%d]", (int32_t)get_u32(cap_data(cap), 0));
}

static const struct xlat sched_flags[] = {
	XLAT_NAMED(0x01, "SCHED_FLAG_RESET_ON_FORK"),
	XLAT_NAMED(0x02, "SCHED_FLAG_RECLAIM"),
	XLAT_NAMED(0x04, "SCHED_FLAG_DL_OVERRUN"),
	XLAT_NAMED(0x08, "SCHED_FLAG_KEEP_POLICY"),
	XLAT_NAMED(0x10, "SCHED_FLAG_KEEP_PARAMS"),
	XLAT_NAMED(0x20, "SCHED_FLAG_UTIL_CLAMP_MIN"),
	XLAT_NAMED(0x40, "SCHED_FLAG_UTIL_CLAMP_MAX"),
	XLAT_END
};

#define SCHED_FLAG_KEEP_POLICY	0x08
#define SCHED_FLAG_KEEP_PARAMS	0x10
#define SCHED_ATTR_VER0	48
#define SCHED_ATTR_VER1	56

/*
 * struct sched_attr of the size it says (sched_setattr; 0 is VER0) or
 * that the kernel wrote (sched_getattr), as far as strace knows it; "..."
 * when sched_setattr's is larger than that.
 */
void print_sched_attr(struct sbuf *b, const struct pctx *p,
		      const struct kstrace_cap *cap)
{
	unsigned char a[SCHED_ATTR_VER1] = { 0 };
	bool is_set = is_call(p, "sched_setattr");
	uint32_t usize = 0, size, want;
	uint64_t flags;

	if (too_short(b, p, cap, 4))
		return;
	if (is_set) {
		usize = get_u32(cap_data(cap), 0);
		if (!usize)
			usize = SCHED_ATTR_VER0;
		size = usize < sizeof(a) ? usize : sizeof(a);
		want = size >= SCHED_ATTR_VER0 ? size : 4;
		if (cap->len < want) {
			print_ptr(b, p->args[p->arg]);
			return;
		}
	} else {
		want = (uint32_t)p->args[2] < sizeof(a) ? p->args[2] : sizeof(a);
		if (want > cap->len)
			want = cap->len;
	}
	memcpy(a, cap_data(cap), want);
	if (!is_set)
		size = get_u32(a, 0);
	flags = get_u64(a, 8);
	sb_printf(b, "{size=%u", get_u32(a, 0));
	if (size >= SCHED_ATTR_VER0) {
		/* sched_setattr: what the KEEP flags keep is not printed */
		if (!is_set || (int32_t)get_u32(a, 4) < 0 ||
		    !(flags & (SCHED_FLAG_KEEP_POLICY | SCHED_FLAG_KEEP_PARAMS))) {
			sb_puts(b, ", sched_policy=");
			print_xval(b, schedulers, get_u32(a, 4), "SCHED_???");
		}
		sb_puts(b, ", sched_flags=");
		print_flags(b, sched_flags, flags, "SCHED_FLAG_???");
		if (!is_set || !(flags & SCHED_FLAG_KEEP_PARAMS))
			sb_printf(b, ", sched_nice=%d, sched_priority=%u, "
				  "sched_runtime=%" PRIu64 ", sched_deadline=%"
				  PRIu64 ", sched_period=%" PRIu64,
				  (int32_t)get_u32(a, 16), get_u32(a, 20),
				  get_u64(a, 24), get_u64(a, 32), get_u64(a, 40));
		if (size >= SCHED_ATTR_VER1)
			sb_printf(b, ", sched_util_min=%u, sched_util_max=%u",
				  get_u32(a, 48), get_u32(a, 52));
	}
	if (is_set && usize > size)
		sb_puts(b, ", ...");
	sb_putc(b, '}');
	/* E2BIG: the kernel wrote the size it knows */
	if (is_set && p->out && p->exit && pctx_ret(p) == -7 /* E2BIG */ &&
	    !(p->out->flags & KSTRACE_CAP_FAULT) && p->out->len >= 4)
		sb_printf(b, " => {size=%u}", get_u32(cap_data(p->out), 0));
}

/*
 * A CPU mask as the list of its CPUs, [0 1] (strace 6.1 separates them
 * with spaces, as a bit set); "..." when the call's size
 * is beyond what strace reads (the capture's limit, like strace's).
 */
void print_cpuset(struct sbuf *b, const struct pctx *p,
		  const struct kstrace_cap *cap)
{
	const unsigned char *m = (const unsigned char *)cap_data(cap);
	uint64_t len = is_call(p, "sched_getaffinity") ?
		       (uint64_t)pctx_ret(p) : (uint32_t)p->args[1];
	size_t size = (cap->len + 7) & ~(size_t)7, i;
	bool first = true;

	sb_putc(b, '[');
	for (i = 0; i < cap->len * 8; i++) {
		if (!(m[i / 8] >> (i % 8) & 1))
			continue;
		sb_printf(b, "%s%zu", first ? "" : " ", i);
		first = false;
	}
	if (len && size < len)
		sb_puts(b, first ? "..." : " ...");
	sb_putc(b, ']');
}

/* ---- clone3 ---- */

static const struct xlat clone3_flags[] = {
	XLAT_NAMED(0x100000000ULL, "CLONE_CLEAR_SIGHAND"),
	XLAT_NAMED(0x200000000ULL, "CLONE_INTO_CGROUP"),
	XLAT_END
};

/* printflags_ex() of two tables: the names of both, then what is left. */
static void put_clone3_flags(struct sbuf *b, uint64_t flags)
{
	const struct xlat *const tabs[] = { clone_flags, clone3_flags };
	uint64_t left = flags;
	bool any = false;
	size_t t;
	const struct xlat *x;

	if (!flags) {
		sb_putc(b, '0');
		return;
	}
	for (t = 0; t < 2; t++)
		for (x = tabs[t]; x->str; x++)
			if (x->val && (flags & x->val) == x->val) {
				sb_printf(b, "%s%s", any ? "|" : "", x->str);
				any = true;
				left &= ~x->val;
			}
	if (!any)
		sb_printf(b, "%#" PRIx64 " /* CLONE_??? */", flags);
	else if (left)
		sb_printf(b, "|%#" PRIx64, left);
}

/* struct clone_args, as strace prints it at entry. */
/*
 * What clone3 wrote through its arguments, at exit: " => {pidfd=[3],
 * parent_tid=[123]}" (the module's DEREF captures, full_len the field's
 * offset).
 */
static void put_clone3_written(struct sbuf *b, const struct pctx *p, uint64_t flags)
{
	const struct kstrace_cap *pidfd = rec_cap_field(p->exit, p->arg, KSTRACE_CAP_INT, 8);
	const struct kstrace_cap *ptid = rec_cap_field(p->exit, p->arg, KSTRACE_CAP_INT, 24);
	const char *sep = " => {";
	int32_t v;

	if ((flags & 0x00001000) && pidfd && pidfd->len == 4) {	/* CLONE_PIDFD */
		memcpy(&v, cap_data(pidfd), sizeof(v));
		sb_printf(b, "%spidfd=[%d", sep, v);
		put_fd_path(b, p->c, v);
		sb_putc(b, ']');
		sep = ", ";
	}
	if ((flags & 0x00100000) && ptid && ptid->len == 4) {	/* CLONE_PARENT_SETTID */
		memcpy(&v, cap_data(ptid), sizeof(v));
		sb_printf(b, "%sparent_tid=[%d]", sep, v);
		sep = ", ";
	}
	if (*sep == ',')
		sb_putc(b, '}');
}

void print_clone_args(struct sbuf *b, const struct pctx *p,
		      const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);
	uint64_t size = p->args[1], flags, sig;

	/* shorter than CLONE_ARGS_SIZE_VER0: strace prints the pointer */
	if (size < 64 || cap->len < 64) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	flags = get_u64(d, 0);
	sb_puts(b, "{flags=");
	put_clone3_flags(b, flags);
	if (flags & 0x00001000) {			/* CLONE_PIDFD */
		sb_puts(b, ", pidfd=");
		print_ptr(b, get_u64(d, 8));
	}
	if (flags & 0x01200000) {		/* CLONE_CHILD_{SET,CLEAR}TID */
		sb_puts(b, ", child_tid=");
		print_ptr(b, get_u64(d, 16));
	}
	if (flags & 0x00100000) {			/* CLONE_PARENT_SETTID */
		sb_puts(b, ", parent_tid=");
		print_ptr(b, get_u64(d, 24));
	}
	sig = get_u64(d, 32);
	sb_puts(b, ", exit_signal=");
	if (sig < 0x7fffffff)
		put_sig(b, (int)sig);
	else
		sb_printf(b, "%" PRIu64, sig);
	sb_puts(b, ", stack=");
	print_ptr(b, get_u64(d, 40));
	sb_printf(b, ", stack_size=%#" PRIx64, get_u64(d, 48));
	if (flags & 0x00080000) {			/* CLONE_SETTLS */
		sb_puts(b, ", tls=");
		print_ptr(b, get_u64(d, 56));
	}
	if (cap->len >= 80 && (get_u64(d, 64) || get_u64(d, 72))) {
		/* the set_tid array itself is not captured */
		sb_puts(b, ", set_tid=");
		print_ptr(b, get_u64(d, 64));
		sb_printf(b, ", set_tid_size=%" PRIu64, get_u64(d, 72));
	}
	if (size > 80 && cap->len >= 88 &&
	    (get_u64(d, 80) || (flags & 0x200000000ULL)))
		sb_printf(b, ", cgroup=%" PRIu64, get_u64(d, 80));
	sb_putc(b, '}');
	if (p->exit && pctx_ret(p) >= 0)
		put_clone3_written(b, p, flags);
}

/* ---- sigaltstack, capabilities, message queues ---- */

static const struct xlat sigaltstack_flags[] = {
	XLAT_NAMED(1, "SS_ONSTACK"), XLAT_NAMED(2, "SS_DISABLE"),
	XLAT_NAMED(0x80000000, "SS_AUTODISARM"),
	XLAT_END
};

void print_stack(struct sbuf *b, const struct pctx *p,
		 const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);

	if (too_short(b, p, cap, 24))
		return;
	sb_puts(b, "{ss_sp=");
	print_ptr(b, get_u64(d, 0));
	sb_puts(b, ", ss_flags=");
	print_flags(b, sigaltstack_flags, get_u32(d, 8), "SS_???");
	sb_printf(b, ", ss_size=%" PRIu64 "}", get_u64(d, 16));
}

static const struct xlat cap_version[] = {
	XLAT_NAMED(0x19980330, "_LINUX_CAPABILITY_VERSION_1"),
	XLAT_NAMED(0x20071026, "_LINUX_CAPABILITY_VERSION_2"),
	XLAT_NAMED(0x20080522, "_LINUX_CAPABILITY_VERSION_3"),
	XLAT_END
};

void print_cap_header(struct sbuf *b, const struct pctx *p,
		      const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);

	if (too_short(b, p, cap, 8))
		return;
	sb_puts(b, "{version=");
	print_xval(b, cap_version, get_u32(d, 0), "_LINUX_CAPABILITY_VERSION_???");
	sb_printf(b, ", pid=%d}", (int32_t)get_u32(d, 4));
}

/* strace 6.1 names a capability bit by its shift */
static const struct xlat cap_mask0[] = {
	XLAT_NAMED(1u << 0, "1<<CAP_CHOWN"), XLAT_NAMED(1u << 1, "1<<CAP_DAC_OVERRIDE"),
	XLAT_NAMED(1u << 2, "1<<CAP_DAC_READ_SEARCH"), XLAT_NAMED(1u << 3, "1<<CAP_FOWNER"),
	XLAT_NAMED(1u << 4, "1<<CAP_FSETID"), XLAT_NAMED(1u << 5, "1<<CAP_KILL"),
	XLAT_NAMED(1u << 6, "1<<CAP_SETGID"), XLAT_NAMED(1u << 7, "1<<CAP_SETUID"),
	XLAT_NAMED(1u << 8, "1<<CAP_SETPCAP"),
	XLAT_NAMED(1u << 9, "1<<CAP_LINUX_IMMUTABLE"),
	XLAT_NAMED(1u << 10, "1<<CAP_NET_BIND_SERVICE"),
	XLAT_NAMED(1u << 11, "1<<CAP_NET_BROADCAST"),
	XLAT_NAMED(1u << 12, "1<<CAP_NET_ADMIN"), XLAT_NAMED(1u << 13, "1<<CAP_NET_RAW"),
	XLAT_NAMED(1u << 14, "1<<CAP_IPC_LOCK"), XLAT_NAMED(1u << 15, "1<<CAP_IPC_OWNER"),
	XLAT_NAMED(1u << 16, "1<<CAP_SYS_MODULE"), XLAT_NAMED(1u << 17, "1<<CAP_SYS_RAWIO"),
	XLAT_NAMED(1u << 18, "1<<CAP_SYS_CHROOT"), XLAT_NAMED(1u << 19, "1<<CAP_SYS_PTRACE"),
	XLAT_NAMED(1u << 20, "1<<CAP_SYS_PACCT"), XLAT_NAMED(1u << 21, "1<<CAP_SYS_ADMIN"),
	XLAT_NAMED(1u << 22, "1<<CAP_SYS_BOOT"), XLAT_NAMED(1u << 23, "1<<CAP_SYS_NICE"),
	XLAT_NAMED(1u << 24, "1<<CAP_SYS_RESOURCE"), XLAT_NAMED(1u << 25, "1<<CAP_SYS_TIME"),
	XLAT_NAMED(1u << 26, "1<<CAP_SYS_TTY_CONFIG"), XLAT_NAMED(1u << 27, "1<<CAP_MKNOD"),
	XLAT_NAMED(1u << 28, "1<<CAP_LEASE"), XLAT_NAMED(1u << 29, "1<<CAP_AUDIT_WRITE"),
	XLAT_NAMED(1u << 30, "1<<CAP_AUDIT_CONTROL"), XLAT_NAMED(1u << 31, "1<<CAP_SETFCAP"),
	XLAT_END
};

static const struct xlat cap_mask1[] = {
	XLAT_NAMED(1u << 0, "1<<CAP_MAC_OVERRIDE"), XLAT_NAMED(1u << 1, "1<<CAP_MAC_ADMIN"),
	XLAT_NAMED(1u << 2, "1<<CAP_SYSLOG"), XLAT_NAMED(1u << 3, "1<<CAP_WAKE_ALARM"),
	XLAT_NAMED(1u << 4, "1<<CAP_BLOCK_SUSPEND"), XLAT_NAMED(1u << 5, "1<<CAP_AUDIT_READ"),
	XLAT_NAMED(1u << 6, "1<<CAP_PERFMON"), XLAT_NAMED(1u << 7, "1<<CAP_BPF"),
	XLAT_NAMED(1u << 8, "1<<CAP_CHECKPOINT_RESTORE"),
	XLAT_END
};

static void put_cap_bits(struct sbuf *b, uint32_t lo, uint32_t hi)
{
	if (lo || !hi)
		print_flags(b, cap_mask0, lo, "CAP_???");
	if (hi) {
		if (lo)
			sb_putc(b, '|');
		print_flags(b, cap_mask1, hi, "CAP_???");
	}
}

/* The version in the header (argument 0) at entry, or 0 if unknown. */
static uint32_t cap_version_of(const struct pctx *p)
{
	const struct kstrace_cap *h = rec_cap(p->enter, 0);

	if (!h || h->kind != KSTRACE_CAP_CAP_HEADER ||
	    (h->flags & KSTRACE_CAP_FAULT) || h->len < 8 || !p->args[0])
		return 0;
	return get_u32(cap_data(h), 0);
}

/* One element for _LINUX_CAPABILITY_VERSION_1, two for the others. */
void print_cap_data(struct sbuf *b, const struct pctx *p,
		    const struct kstrace_cap *cap)
{
	static const char *const sets[] = { "effective", "permitted",
					     "inheritable" };
	const char *d = cap_data(cap);
	uint32_t v = cap_version_of(p);
	unsigned int n = v == 0x20071026 || v == 0x20080522 ? 2 : 1, i;

	if (!v || cap->len < 12 * n) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	sb_putc(b, '{');
	for (i = 0; i < 3; i++) {
		sb_printf(b, "%s%s=", i ? ", " : "", sets[i]);
		put_cap_bits(b, get_u32(d, 4 * i),
			     n > 1 ? get_u32(d, 12 + 4 * i) : 0);
	}
	sb_putc(b, '}');
}

/* mq_getsetattr decodes mq_flags (O_NONBLOCK); mq_open prints it in hex. */
void print_mq_attr(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	static const struct xlat mq_attr_flags[] = {
		XLAT_NAMED(04000, "O_NONBLOCK"),
		XLAT_END
	};
	const char *d = cap_data(cap);
	uint64_t flags;

	if (too_short(b, p, cap, 32))
		return;
	flags = get_u64(d, 0);
	sb_puts(b, "{mq_flags=");
	if (is_call(p, "mq_open"))
		sb_printf(b, "%#" PRIx64, flags);
	else
		print_flags(b, mq_attr_flags, flags, "O_???");
	sb_printf(b, ", mq_maxmsg=%" PRId64 ", mq_msgsize=%" PRId64
		  ", mq_curmsgs=%" PRId64 "}", (int64_t)get_u64(d, 8),
		  (int64_t)get_u64(d, 16), (int64_t)get_u64(d, 24));
}
