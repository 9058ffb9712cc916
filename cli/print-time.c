// SPDX-License-Identifier: GPL-2.0
/*
 * print-time.c - printers of the time family (print.h), as strace 6.1's
 * print_timespec.h, print_timeval.c, print_timex.h, time.c and
 * print_sigevent.c print them. Captures hold the x86-64 kernel's layouts:
 * __kernel_timespec and __kernel_old_timeval are two 64-bit words.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "print.h"
#include "xlat.h"

#define UTIME_NOW_NS	((1L << 30) - 1)
#define UTIME_OMIT_NS	((1L << 30) - 2)

/* Does cap hold at least n bytes? A shorter one is printed as the pointer. */
static bool cap_has(const struct kstrace_cap *cap, size_t n)
{
	return cap->len >= n;
}

static int64_t get_s64(const void *base, size_t off)
{
	int64_t v;

	memcpy(&v, (const char *)base + off, sizeof(v));
	return v;
}

static int32_t get_s32(const void *base, size_t off)
{
	int32_t v;

	memcpy(&v, (const char *)base + off, sizeof(v));
	return v;
}

/*
 * strace's sprinttime_ex(): local time, the fraction when there is one,
 * and the zone: "2023-11-14T22:13:20.000000002+0000". False (nothing to
 * print) for the epoch itself and for a fraction out of range.
 */
bool sprint_time(char *buf, size_t len, int64_t sec, uint64_t part,
		 uint64_t max_part, int width)
{
	time_t t = (time_t)sec;
	struct tm tm;
	size_t pos;

	if ((sec == 0 && part == 0) || part > max_part)
		return false;
	if (!localtime_r(&t, &tm))
		return false;
	pos = strftime(buf, len, "%FT%T", &tm);
	if (!pos)
		return false;
	if (part > 0)
		pos += snprintf(buf + pos, len - pos, ".%0*" PRIu64, width, part);
	return pos < len && strftime(buf + pos, len - pos, "%z", &tm);
}

/* The date of a time in a comment after it, when there is one. */
static void time_comment(struct sbuf *b, int64_t sec, uint64_t part,
			 uint64_t max_part, int width)
{
	char buf[128];

	if (sprint_time(buf, sizeof(buf), sec, part, max_part, width))
		sb_printf(b, " /* %s */", buf);
}

void print_timespec_data(struct sbuf *b, const void *data)
{
	sb_printf(b, "{tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}",
		  get_s64(data, 0), (uint64_t)get_s64(data, 8));
}

void print_timeval_data(struct sbuf *b, const void *data)
{
	sb_printf(b, "{tv_sec=%" PRId64 ", tv_usec=%" PRIu64 "}",
		  get_s64(data, 0), (uint64_t)get_s64(data, 8));
}

/* utimensat's times: UTIME_NOW and UTIME_OMIT by name, the others dated. */
static void print_utime_timespec(struct sbuf *b, const void *data)
{
	int64_t nsec = get_s64(data, 8);

	if (nsec == UTIME_NOW_NS) {
		sb_puts(b, "UTIME_NOW");
	} else if (nsec == UTIME_OMIT_NS) {
		sb_puts(b, "UTIME_OMIT");
	} else {
		print_timespec_data(b, data);
		time_comment(b, get_s64(data, 0), nsec, 999999999, 9);
	}
}

static void print_utime_timeval(struct sbuf *b, const void *data)
{
	print_timeval_data(b, data);
	time_comment(b, get_s64(data, 0), get_s64(data, 8), 999999, 6);
}

/* [a, b]: utimensat's, utimes' and futimesat's pairs of times. */
static void print_pair(struct sbuf *b, const struct kstrace_cap *cap,
		       void (*one)(struct sbuf *, const void *))
{
	const char *d = cap_data(cap);

	sb_putc(b, '[');
	one(b, d);
	sb_puts(b, ", ");
	one(b, d + 16);
	sb_putc(b, ']');
}

/* ERESTARTSYS, ERESTARTNOINTR, ERESTARTNOHAND, ERESTART_RESTARTBLOCK */
static bool is_erestart(const struct pctx *p)
{
	int64_t ret = p->exit ? pctx_ret(p) : 0;

	return ret == -512 || ret == -513 || ret == -514 || ret == -516;
}

/*
 * The time left of nanosleep and clock_nanosleep (not TIMER_ABSTIME)
 * means something only when a signal interrupted the call: strace prints
 * it then, and the pointer otherwise.
 */
static bool remaining_time(const struct pctx *p)
{
	if (!strcmp(p->name, "nanosleep") && p->arg == 1)
		return true;
	return !strcmp(p->name, "clock_nanosleep") && p->arg == 3;
}

void print_timespec(struct sbuf *b, const struct pctx *p,
		    const struct kstrace_cap *cap)
{
	if (!strcmp(p->name, "utimensat") && p->arg == 2) {
		if (cap_has(cap, 32))
			print_pair(b, cap, print_utime_timespec);
		else
			print_ptr(b, p->args[p->arg]);
		return;
	}
	if (!cap_has(cap, 16) ||
	    (remaining_time(p) && (!is_erestart(p) ||
				   (p->arg == 3 && p->args[1])))) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	print_timespec_data(b, cap_data(cap));
}

void print_timeval(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	bool pair = (!strcmp(p->name, "utimes") && p->arg == 1) ||
		    (!strcmp(p->name, "futimesat") && p->arg == 2);

	if (!cap_has(cap, pair ? 32 : 16))
		print_ptr(b, p->args[p->arg]);
	else if (pair)
		print_pair(b, cap, print_utime_timeval);
	else
		print_timeval_data(b, cap_data(cap));
}

/* {it_interval={...}, it_value={...}} of two timespecs or timevals */
static void print_interval(struct sbuf *b, const struct pctx *p,
			   const struct kstrace_cap *cap,
			   void (*one)(struct sbuf *, const void *))
{
	const char *d = cap_data(cap);

	if (!cap_has(cap, 32)) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	sb_puts(b, "{it_interval=");
	one(b, d);
	sb_puts(b, ", it_value=");
	one(b, d + 16);
	sb_putc(b, '}');
}

void print_itimerspec(struct sbuf *b, const struct pctx *p,
		      const struct kstrace_cap *cap)
{
	print_interval(b, p, cap, print_timespec_data);
}

void print_itimerval(struct sbuf *b, const struct pctx *p,
		     const struct kstrace_cap *cap)
{
	print_interval(b, p, cap, print_timeval_data);
}

static const struct xlat adjtimex_modes[] = {
	XLAT_NAMED(0xa001, "ADJ_OFFSET_SS_READ"),
	XLAT_NAMED(0x8001, "ADJ_OFFSET_SINGLESHOT"),
	XLAT_NAMED(0x0001, "ADJ_OFFSET"),
	XLAT_NAMED(0x0002, "ADJ_FREQUENCY"),
	XLAT_NAMED(0x0004, "ADJ_MAXERROR"),
	XLAT_NAMED(0x0008, "ADJ_ESTERROR"),
	XLAT_NAMED(0x0010, "ADJ_STATUS"),
	XLAT_NAMED(0x0020, "ADJ_TIMECONST"),
	XLAT_NAMED(0x0080, "ADJ_TAI"),
	XLAT_NAMED(0x0100, "ADJ_SETOFFSET"),
	XLAT_NAMED(0x1000, "ADJ_MICRO"),
	XLAT_NAMED(0x2000, "ADJ_NANO"),
	XLAT_NAMED(0x4000, "ADJ_TICK"),
	XLAT_END
};

static const struct xlat adjtimex_status[] = {
	XLAT_NAMED(0x0001, "STA_PLL"), XLAT_NAMED(0x0002, "STA_PPSFREQ"),
	XLAT_NAMED(0x0004, "STA_PPSTIME"), XLAT_NAMED(0x0008, "STA_FLL"),
	XLAT_NAMED(0x0010, "STA_INS"), XLAT_NAMED(0x0020, "STA_DEL"),
	XLAT_NAMED(0x0040, "STA_UNSYNC"), XLAT_NAMED(0x0080, "STA_FREQHOLD"),
	XLAT_NAMED(0x0100, "STA_PPSSIGNAL"), XLAT_NAMED(0x0200, "STA_PPSJITTER"),
	XLAT_NAMED(0x0400, "STA_PPSWANDER"), XLAT_NAMED(0x0800, "STA_PPSERROR"),
	XLAT_NAMED(0x1000, "STA_CLOCKERR"), XLAT_NAMED(0x2000, "STA_NANO"),
	XLAT_NAMED(0x4000, "STA_MODE"), XLAT_NAMED(0x8000, "STA_CLK"),
	XLAT_END
};

/* struct __kernel_timex: the fields after time, all long long but two */
static const struct { const char *name; unsigned int off; bool i32; }
timex_tail[] = {
	{ "tick", 88, false }, { "ppsfreq", 96, false },
	{ "jitter", 104, false }, { "shift", 112, true },
	{ "stabil", 120, false }, { "jitcnt", 128, false },
	{ "calcnt", 136, false }, { "errcnt", 144, false },
	{ "stbcnt", 152, false }, { "tai", 160, true },
};

/*
 * adjtimex's and clock_adjtime's struct timex, printed at exit whole
 * (strace has no abbreviated form of it); a failed call: the pointer.
 */
void print_timex(struct sbuf *b, const struct pctx *p,
		 const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);
	size_t i;

	if (!cap_has(cap, 208) || (p->exit && pctx_ret(p) < 0)) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	sb_puts(b, "{modes=");
	print_flags(b, adjtimex_modes, (uint32_t)get_s32(d, 0), "ADJ_???");
	sb_printf(b, ", offset=%" PRId64 ", freq=%" PRId64 ", maxerror=%" PRId64
		  ", esterror=%" PRId64 ", status=", get_s64(d, 8),
		  get_s64(d, 16), get_s64(d, 24), get_s64(d, 32));
	print_flags(b, adjtimex_status, (uint32_t)get_s32(d, 40), "STA_???");
	sb_printf(b, ", constant=%" PRId64 ", precision=%" PRId64
		  ", tolerance=%" PRId64 ", time=", get_s64(d, 48),
		  get_s64(d, 56), get_s64(d, 64));
	print_timeval_data(b, d + 72);
	for (i = 0; i < sizeof(timex_tail) / sizeof(timex_tail[0]); i++)
		sb_printf(b, ", %s=%" PRId64, timex_tail[i].name,
			  timex_tail[i].i32 ? get_s32(d, timex_tail[i].off) :
					      get_s64(d, timex_tail[i].off));
	sb_putc(b, '}');
}

void print_timezone(struct sbuf *b, const struct pctx *p,
		    const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);

	if (!cap_has(cap, 8)) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	sb_printf(b, "{tz_minuteswest=%d, tz_dsttime=%d}", get_s32(d, 0),
		  get_s32(d, 4));
}

static const struct xlat sigev_notify[] = {
	XLAT_NAMED(0, "SIGEV_SIGNAL"), XLAT_NAMED(1, "SIGEV_NONE"),
	XLAT_NAMED(2, "SIGEV_THREAD"), XLAT_NAMED(4, "SIGEV_THREAD_ID"),
	XLAT_END
};

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

/*
 * struct sigevent (x86-64): sigev_value at 0, sigev_signo at 8,
 * sigev_notify at 12, then the union: the thread id, or the function
 * and attributes of SIGEV_THREAD.
 */
void print_sigevent(struct sbuf *b, const struct pctx *p,
		    const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);
	uint64_t ptr;
	int notify;

	if (!cap_has(cap, 32)) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	ptr = get_s64(d, 0);
	notify = get_s32(d, 12);
	sb_putc(b, '{');
	if (ptr) {
		sb_printf(b, "sigev_value={sival_int=%d, sival_ptr=", get_s32(d, 0));
		print_ptr(b, ptr);
		sb_puts(b, "}, ");
	}
	sb_puts(b, "sigev_signo=");
	if (notify == 0 || notify == 2 || notify == 4)
		put_sig(b, get_s32(d, 8));
	else
		sb_printf(b, "%u", (uint32_t)get_s32(d, 8));
	sb_puts(b, ", sigev_notify=");
	print_xval(b, sigev_notify, (uint32_t)notify, "SIGEV_???");
	if (notify == 4) {
		sb_printf(b, ", sigev_notify_thread_id=%d", get_s32(d, 16));
	} else if (notify == 2) {
		sb_puts(b, ", sigev_notify_function=");
		print_ptr(b, get_s64(d, 16));
		sb_puts(b, ", sigev_notify_attributes=");
		print_ptr(b, get_s64(d, 24));
	}
	sb_putc(b, '}');
}
