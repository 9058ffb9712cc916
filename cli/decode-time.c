// SPDX-License-Identifier: GPL-2.0
/*
 * decode-time.c - the decoder rows of clocks, timers and sleeps (strace's
 * time.c), and futex, whose arguments depend on its operation.
 */
#include <stdint.h>
#include <stdio.h>

#include "decode-int.h"
#include "tables.h"

static const struct decoder rows[] = {
	/* time */
	D("nanosleep", 1, RV_D, A_PTR, A_PTR),
	D("clock_nanosleep", 3, RV_D, A_CLOCK, A_TIMERFLAGS, A_PTR, A_PTR),
	D("clock_gettime", 1, RV_D, A_CLOCK, A_PTR),
	D("clock_settime", ALL, RV_D, A_CLOCK, A_PTR),
	D("clock_getres", 1, RV_D, A_CLOCK, A_PTR),
	D("clock_adjtime", 1, RV_ADJTIMEX, A_CLOCK, A_PTR),
	D("gettimeofday", 0, RV_D, A_PTR, A_PTR),
	D("settimeofday", ALL, RV_D, A_PTR, A_PTR),
	D("time", 0, RV_TIME, A_PTR),
	D("getitimer", 1, RV_D, A_ITIMER, A_PTR),
	D("setitimer", 2, RV_D, A_ITIMER, A_PTR, A_PTR),
	D("alarm", ALL, RV_D, A_UINT),
	D("timer_create", 2, RV_D, A_CLOCK, A_PTR, A_PTR),
	D("timer_settime", 3, RV_D, A_INT, A_TIMERFLAGS, A_PTR, A_PTR),
	D("timer_gettime", 1, RV_D, A_INT, A_PTR),
	D("timer_getoverrun", ALL, RV_D, A_INT),
	D("timer_delete", ALL, RV_D, A_INT),
	S("futex", SP_FUTEX, ALL, RV_D),
	D("futex_waitv", ALL, RV_D, A_PTR, A_UINT, A_HEX32, A_PTR, A_CLOCK),
};

const struct decoder_rows decode_time_rows = { rows, ARRAY_SIZE(rows) };

static void put_bitset(struct sbuf *b, uint32_t v)
{
	print_xname(b, v, v == 0xffffffff ? "FUTEX_BITSET_MATCH_ANY" : NULL,
		    NULL, XFMT_X);
}

/*
 * One part of FUTEX_WAKE_OP's operation: its name, then "<<SHIFT", then
 * strace's comment when it printed no name (-X raw too).
 */
static void put_wake_part(struct sbuf *b, const struct xlat *x, uint32_t v,
			  unsigned int shift, const char *dflt)
{
	const char *name = xlookup(x, v);

	print_xname(b, v, name, NULL, XFMT_X);
	sb_printf(b, "<<%u", shift);
	if (!name || xlat_style == XLAT_RAW)
		sb_printf(b, " /* %s */", dflt);
}

/* FUTEX_WAKE_OP's encoded operation: FUTEX_OP_SET<<28|0<<12|... */
static void put_wake_op(struct sbuf *b, uint32_t v)
{
	if (v >> 28 & 8) {
		print_xlat_ex(b, 8, "FUTEX_OP_OPARG_SHIFT", XFMT_X);
		sb_puts(b, "<<28|");
	}
	put_wake_part(b, futexwakeops, v >> 28 & 7, 28, "FUTEX_OP_???");
	sb_printf(b, "|%#x<<12|", v >> 12 & 0xfff);
	put_wake_part(b, futexwakecmps, v >> 24 & 0xf, 24, "FUTEX_OP_CMP_???");
	sb_printf(b, "|%#x", v & 0xfff);
}

/* FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, or NULL */
static const char *futex_op_name(uint32_t op, char *buf, size_t len)
{
	const char *name = xlookup(futexops, op & ~(128u | 256u));

	if (!name)
		return NULL;
	snprintf(buf, len, "%s%s%s", name, op & 128 ? "_PRIVATE" : "",
		 op & 256 ? "|FUTEX_CLOCK_REALTIME" : "");
	return buf;
}

void sp_futex(struct parts *p, const struct actx *x)
{
	uint32_t op = arg_val(x, 1), cmd = op & 127;
	char buf[96];

	part_arg(p, x, 0, A_PTR);
	print_xname(part_new(p), op, futex_op_name(op, buf, sizeof(buf)),
		    "FUTEX_???", XFMT_X);
	switch (cmd) {
	case 0:		/* FUTEX_WAIT */
		part_arg(p, x, 2, A_UINT);
		part_arg(p, x, 3, A_PTR);
		break;
	case 1:		/* FUTEX_WAKE */
	case 2:		/* FUTEX_FD */
		part_arg(p, x, 2, A_UINT);
		break;
	case 3:		/* FUTEX_REQUEUE */
		part_arg(p, x, 2, A_UINT);
		part_arg(p, x, 3, A_UINT);
		part_arg(p, x, 4, A_PTR);
		break;
	case 4:		/* FUTEX_CMP_REQUEUE */
	case 12:	/* FUTEX_CMP_REQUEUE_PI */
		part_arg(p, x, 2, A_UINT);
		part_arg(p, x, 3, A_UINT);
		part_arg(p, x, 4, A_PTR);
		part_arg(p, x, 5, A_UINT);
		break;
	case 5:		/* FUTEX_WAKE_OP */
		part_arg(p, x, 2, A_UINT);
		part_arg(p, x, 3, A_UINT);
		part_arg(p, x, 4, A_PTR);
		put_wake_op(part_new(p), arg_val(x, 5));
		break;
	case 6:		/* FUTEX_LOCK_PI */
	case 13:	/* FUTEX_LOCK_PI2 */
		part_arg(p, x, 3, A_PTR);
		break;
	case 7:		/* FUTEX_UNLOCK_PI */
	case 8:		/* FUTEX_TRYLOCK_PI */
		break;
	case 9:		/* FUTEX_WAIT_BITSET */
		part_arg(p, x, 2, A_UINT);
		part_arg(p, x, 3, A_PTR);
		put_bitset(part_new(p), arg_val(x, 5));
		break;
	case 10:	/* FUTEX_WAKE_BITSET */
		part_arg(p, x, 2, A_UINT);
		put_bitset(part_new(p), arg_val(x, 5));
		break;
	case 11:	/* FUTEX_WAIT_REQUEUE_PI */
		part_arg(p, x, 2, A_UINT);
		part_arg(p, x, 3, A_PTR);
		part_arg(p, x, 4, A_PTR);
		break;
	default:
		part_arg(p, x, 2, A_UINT);
		part_arg(p, x, 3, A_PTR);
		part_arg(p, x, 4, A_PTR);
		part_arg(p, x, 5, A_HEX32);
		break;
	}
}
