// SPDX-License-Identifier: GPL-2.0
/*
 * print-misc.c - printers of the misc family (print.h): io_uring_setup's
 * struct io_uring_params (strace's io_uring.c), perf_event_open's struct
 * perf_event_attr (perf.c) and bpf's union bpf_attr (bpf.c), as strace
 * 6.1 prints them. The tables are those of strace's src/xlat, in its
 * order, with the values of the kernel's uapi headers.
 */
#include <inttypes.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#include "print.h"
#include "tables.h"

/* ---- reading the captured bytes ---- */

/* The captured bytes, zero-filled past what was captured. */
struct mem {
	const unsigned char *d;
	size_t len;
};

static struct mem mem_of(const struct kstrace_cap *cap)
{
	struct mem m = { (const unsigned char *)cap_data(cap), cap->len };

	return m;
}

static uint64_t get_n(const struct mem *m, size_t off, size_t n)
{
	uint64_t v = 0;

	if (off < m->len)
		memcpy(&v, m->d + off, off + n <= m->len ? n : m->len - off);
	return v;
}

static uint32_t get32(const struct mem *m, size_t off)
{
	return get_n(m, off, 4);
}

static uint64_t get64(const struct mem *m, size_t off)
{
	return get_n(m, off, 8);
}

/* ", name=" */
static void field(struct sbuf *b, const char *name)
{
	sb_printf(b, ", %s=", name);
}

/* PRINT_FIELD_U, PRINT_FIELD_X of strace */
static void field_u(struct sbuf *b, const char *name, uint64_t v)
{
	sb_printf(b, ", %s=%" PRIu64, name, v);
}

static void field_x(struct sbuf *b, const char *name, uint64_t v)
{
	sb_printf(b, ", %s=%#" PRIx64, name, v);
}

/* ---- io_uring_setup: struct io_uring_params ---- */

/* src/xlat/uring_setup_flags.in */
static const struct xlat uring_setup_flags[] = {
	XLAT_NAMED(1, "IORING_SETUP_IOPOLL"),
	XLAT_NAMED(2, "IORING_SETUP_SQPOLL"),
	XLAT_NAMED(4, "IORING_SETUP_SQ_AFF"),
	XLAT_NAMED(8, "IORING_SETUP_CQSIZE"),
	XLAT_NAMED(0x10, "IORING_SETUP_CLAMP"),
	XLAT_NAMED(0x20, "IORING_SETUP_ATTACH_WQ"),
	XLAT_NAMED(0x40, "IORING_SETUP_R_DISABLED"),
	XLAT_NAMED(0x80, "IORING_SETUP_SUBMIT_ALL"),
	XLAT_NAMED(0x100, "IORING_SETUP_COOP_TASKRUN"),
	XLAT_NAMED(0x200, "IORING_SETUP_TASKRUN_FLAG"),
	XLAT_NAMED(0x400, "IORING_SETUP_SQE128"),
	XLAT_NAMED(0x800, "IORING_SETUP_CQE32"),
	XLAT_END
};

/* src/xlat/uring_setup_features.in */
static const struct xlat uring_setup_features[] = {
	XLAT_NAMED(1, "IORING_FEAT_SINGLE_MMAP"),
	XLAT_NAMED(2, "IORING_FEAT_NODROP"),
	XLAT_NAMED(4, "IORING_FEAT_SUBMIT_STABLE"),
	XLAT_NAMED(8, "IORING_FEAT_RW_CUR_POS"),
	XLAT_NAMED(0x10, "IORING_FEAT_CUR_PERSONALITY"),
	XLAT_NAMED(0x20, "IORING_FEAT_FAST_POLL"),
	XLAT_NAMED(0x40, "IORING_FEAT_POLL_32BITS"),
	XLAT_NAMED(0x80, "IORING_FEAT_SQPOLL_NONFIXED"),
	XLAT_NAMED(0x100, "IORING_FEAT_EXT_ARG"),
	XLAT_NAMED(0x200, "IORING_FEAT_NATIVE_WORKERS"),
	XLAT_NAMED(0x400, "IORING_FEAT_RSRC_TAGS"),
	XLAT_NAMED(0x800, "IORING_FEAT_CQE_SKIP"),
	XLAT_NAMED(0x1000, "IORING_FEAT_LINKED_FILE"),
	XLAT_END
};

/* struct io_uring_params, x86-64 */
#define UP_SQ_ENTRIES		0
#define UP_CQ_ENTRIES		4
#define UP_FLAGS		8
#define UP_SQ_THREAD_CPU	12
#define UP_SQ_THREAD_IDLE	16
#define UP_FEATURES		20
#define UP_WQ_FD		24
#define UP_RESV			28	/* __u32[3] */
#define UP_SQ_OFF		40	/* struct io_sqring_offsets */
#define UP_CQ_OFF		80	/* struct io_cqring_offsets */
#define UP_SIZE			120

/*
 * struct io_sqring_offsets / io_cqring_offsets: seven __u32 (their names
 * differ), then resv1 (__u32) and resv2 (__u64), printed when not zero.
 */
static void print_ring_offsets(struct sbuf *b, const struct mem *m, size_t off,
			       const char *const names[7])
{
	unsigned int i;

	sb_putc(b, '{');
	for (i = 0; i < 7; i++)
		sb_printf(b, "%s%s=%u", i ? ", " : "", names[i],
			  get32(m, off + 4 * i));
	if (get32(m, off + 28))
		field_x(b, "resv1", get32(m, off + 28));
	if (get64(m, off + 32))
		field_x(b, "resv2", get64(m, off + 32));
	sb_putc(b, '}');
}

/*
 * strace prints the input at entry and, when the call succeeded, what the
 * kernel filled in at exit, in the same braces: "{flags=0, ...,
 * sq_entries=16, ...}". Before the exit (an unfinished call) the braces
 * stay open, as strace leaves them.
 */
void print_io_uring_params(struct sbuf *b, const struct pctx *p,
			   const struct kstrace_cap *cap)
{
	static const char *const sq_names[7] = {
		"head", "tail", "ring_mask", "ring_entries", "flags",
		"dropped", "array",
	};
	static const char *const cq_names[7] = {
		"head", "tail", "ring_mask", "ring_entries", "overflow",
		"cqes", "flags",
	};
	const struct kstrace_cap *in = p->in ? p->in : cap;
	struct mem m, o;
	uint32_t flags;

	if (in->len < UP_SIZE || (in->flags & KSTRACE_CAP_FAULT)) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	m = mem_of(in);
	flags = get32(&m, UP_FLAGS);
	sb_puts(b, "{flags=");
	print_flags(b, uring_setup_flags, flags, "IORING_SETUP_???");
	field_x(b, "sq_thread_cpu", get32(&m, UP_SQ_THREAD_CPU));
	field_u(b, "sq_thread_idle", get32(&m, UP_SQ_THREAD_IDLE));
	if (flags & 0x20) {			/* IORING_SETUP_ATTACH_WQ */
		field(b, "wq_fd");
		decode_fd(b, p->c, (int)get32(&m, UP_WQ_FD));
	}
	if (get32(&m, UP_RESV) || get32(&m, UP_RESV + 4) ||
	    get32(&m, UP_RESV + 8))
		sb_printf(b, ", resv=[%#x, %#x, %#x]", get32(&m, UP_RESV),
			  get32(&m, UP_RESV + 4), get32(&m, UP_RESV + 8));
	if (!p->exit)
		return;
	if (p->out && p->out->len >= UP_SIZE &&
	    !(p->out->flags & KSTRACE_CAP_FAULT) && pctx_ret(p) >= 0) {
		o = mem_of(p->out);
		field_u(b, "sq_entries", get32(&o, UP_SQ_ENTRIES));
		field_u(b, "cq_entries", get32(&o, UP_CQ_ENTRIES));
		field(b, "features");
		print_flags(b, uring_setup_features, get32(&o, UP_FEATURES),
			    "IORING_FEAT_???");
		field(b, "sq_off");
		print_ring_offsets(b, &o, UP_SQ_OFF, sq_names);
		field(b, "cq_off");
		print_ring_offsets(b, &o, UP_CQ_OFF, cq_names);
	}
	sb_putc(b, '}');
}

/* ---- perf_event_open: struct perf_event_attr ---- */

/* src/xlat/perf_type_id.in */
static const struct xlat perf_type_id[] = {
	XLAT_NAMED(0, "PERF_TYPE_HARDWARE"),
	XLAT_NAMED(1, "PERF_TYPE_SOFTWARE"),
	XLAT_NAMED(2, "PERF_TYPE_TRACEPOINT"),
	XLAT_NAMED(3, "PERF_TYPE_HW_CACHE"),
	XLAT_NAMED(4, "PERF_TYPE_RAW"),
	XLAT_NAMED(5, "PERF_TYPE_BREAKPOINT"),
	XLAT_END
};

/* src/xlat/perf_attr_size.in */
static const struct xlat perf_attr_size[] = {
	XLAT_NAMED(64, "PERF_ATTR_SIZE_VER0"),
	XLAT_NAMED(72, "PERF_ATTR_SIZE_VER1"),
	XLAT_NAMED(80, "PERF_ATTR_SIZE_VER2"),
	XLAT_NAMED(96, "PERF_ATTR_SIZE_VER3"),
	XLAT_NAMED(104, "PERF_ATTR_SIZE_VER4"),
	XLAT_NAMED(112, "PERF_ATTR_SIZE_VER5"),
	XLAT_NAMED(120, "PERF_ATTR_SIZE_VER6"),
	XLAT_NAMED(128, "PERF_ATTR_SIZE_VER7"),
	XLAT_END
};

/* src/xlat/perf_hw_id.in */
static const struct xlat perf_hw_id[] = {
	XLAT_NAMED(0, "PERF_COUNT_HW_CPU_CYCLES"),
	XLAT_NAMED(1, "PERF_COUNT_HW_INSTRUCTIONS"),
	XLAT_NAMED(2, "PERF_COUNT_HW_CACHE_REFERENCES"),
	XLAT_NAMED(3, "PERF_COUNT_HW_CACHE_MISSES"),
	XLAT_NAMED(4, "PERF_COUNT_HW_BRANCH_INSTRUCTIONS"),
	XLAT_NAMED(5, "PERF_COUNT_HW_BRANCH_MISSES"),
	XLAT_NAMED(6, "PERF_COUNT_HW_BUS_CYCLES"),
	XLAT_NAMED(7, "PERF_COUNT_HW_STALLED_CYCLES_FRONTEND"),
	XLAT_NAMED(8, "PERF_COUNT_HW_STALLED_CYCLES_BACKEND"),
	XLAT_NAMED(9, "PERF_COUNT_HW_REF_CPU_CYCLES"),
	XLAT_END
};

/* src/xlat/perf_sw_ids.in */
static const struct xlat perf_sw_ids[] = {
	XLAT_NAMED(0, "PERF_COUNT_SW_CPU_CLOCK"),
	XLAT_NAMED(1, "PERF_COUNT_SW_TASK_CLOCK"),
	XLAT_NAMED(2, "PERF_COUNT_SW_PAGE_FAULTS"),
	XLAT_NAMED(3, "PERF_COUNT_SW_CONTEXT_SWITCHES"),
	XLAT_NAMED(4, "PERF_COUNT_SW_CPU_MIGRATIONS"),
	XLAT_NAMED(5, "PERF_COUNT_SW_PAGE_FAULTS_MIN"),
	XLAT_NAMED(6, "PERF_COUNT_SW_PAGE_FAULTS_MAJ"),
	XLAT_NAMED(7, "PERF_COUNT_SW_ALIGNMENT_FAULTS"),
	XLAT_NAMED(8, "PERF_COUNT_SW_EMULATION_FAULTS"),
	XLAT_NAMED(9, "PERF_COUNT_SW_DUMMY"),
	XLAT_NAMED(0xa, "PERF_COUNT_SW_BPF_OUTPUT"),
	XLAT_NAMED(0xb, "PERF_COUNT_SW_CGROUP_SWITCHES"),
	XLAT_END
};

/* src/xlat/perf_hw_cache_id.in */
static const struct xlat perf_hw_cache_id[] = {
	XLAT_NAMED(0, "PERF_COUNT_HW_CACHE_L1D"),
	XLAT_NAMED(1, "PERF_COUNT_HW_CACHE_L1I"),
	XLAT_NAMED(2, "PERF_COUNT_HW_CACHE_LL"),
	XLAT_NAMED(3, "PERF_COUNT_HW_CACHE_DTLB"),
	XLAT_NAMED(4, "PERF_COUNT_HW_CACHE_ITLB"),
	XLAT_NAMED(5, "PERF_COUNT_HW_CACHE_BPU"),
	XLAT_NAMED(6, "PERF_COUNT_HW_CACHE_NODE"),
	XLAT_END
};

/* src/xlat/perf_hw_cache_op_id.in */
static const struct xlat perf_hw_cache_op_id[] = {
	XLAT_NAMED(0, "PERF_COUNT_HW_CACHE_OP_READ"),
	XLAT_NAMED(1, "PERF_COUNT_HW_CACHE_OP_WRITE"),
	XLAT_NAMED(2, "PERF_COUNT_HW_CACHE_OP_PREFETCH"),
	XLAT_END
};

/* src/xlat/perf_hw_cache_op_result_id.in */
static const struct xlat perf_hw_cache_op_result_id[] = {
	XLAT_NAMED(0, "PERF_COUNT_HW_CACHE_RESULT_ACCESS"),
	XLAT_NAMED(1, "PERF_COUNT_HW_CACHE_RESULT_MISS"),
	XLAT_END
};

/* src/xlat/perf_event_sample_format.in */
static const struct xlat perf_event_sample_format[] = {
	XLAT_NAMED(1, "PERF_SAMPLE_IP"),
	XLAT_NAMED(2, "PERF_SAMPLE_TID"),
	XLAT_NAMED(4, "PERF_SAMPLE_TIME"),
	XLAT_NAMED(8, "PERF_SAMPLE_ADDR"),
	XLAT_NAMED(0x10, "PERF_SAMPLE_READ"),
	XLAT_NAMED(0x20, "PERF_SAMPLE_CALLCHAIN"),
	XLAT_NAMED(0x40, "PERF_SAMPLE_ID"),
	XLAT_NAMED(0x80, "PERF_SAMPLE_CPU"),
	XLAT_NAMED(0x100, "PERF_SAMPLE_PERIOD"),
	XLAT_NAMED(0x200, "PERF_SAMPLE_STREAM_ID"),
	XLAT_NAMED(0x400, "PERF_SAMPLE_RAW"),
	XLAT_NAMED(0x800, "PERF_SAMPLE_BRANCH_STACK"),
	XLAT_NAMED(0x1000, "PERF_SAMPLE_REGS_USER"),
	XLAT_NAMED(0x2000, "PERF_SAMPLE_STACK_USER"),
	XLAT_NAMED(0x4000, "PERF_SAMPLE_WEIGHT"),
	XLAT_NAMED(0x8000, "PERF_SAMPLE_DATA_SRC"),
	XLAT_NAMED(0x10000, "PERF_SAMPLE_IDENTIFIER"),
	XLAT_NAMED(0x20000, "PERF_SAMPLE_TRANSACTION"),
	XLAT_NAMED(0x40000, "PERF_SAMPLE_REGS_INTR"),
	XLAT_NAMED(0x80000, "PERF_SAMPLE_PHYS_ADDR"),
	XLAT_NAMED(0x100000, "PERF_SAMPLE_AUX"),
	XLAT_NAMED(0x200000, "PERF_SAMPLE_CGROUP"),
	XLAT_NAMED(0x400000, "PERF_SAMPLE_DATA_PAGE_SIZE"),
	XLAT_NAMED(0x800000, "PERF_SAMPLE_CODE_PAGE_SIZE"),
	XLAT_NAMED(0x1000000, "PERF_SAMPLE_WEIGHT_STRUCT"),
	XLAT_END
};

/* src/xlat/perf_event_read_format.in */
static const struct xlat perf_event_read_format[] = {
	XLAT_NAMED(1, "PERF_FORMAT_TOTAL_TIME_ENABLED"),
	XLAT_NAMED(2, "PERF_FORMAT_TOTAL_TIME_RUNNING"),
	XLAT_NAMED(4, "PERF_FORMAT_ID"),
	XLAT_NAMED(8, "PERF_FORMAT_GROUP"),
	XLAT_NAMED(0x10, "PERF_FORMAT_LOST"),
	XLAT_END
};

/* src/xlat/hw_breakpoint_type.in */
static const struct xlat hw_breakpoint_type[] = {
	XLAT_NAMED(0, "HW_BREAKPOINT_EMPTY"),
	XLAT_NAMED(1, "HW_BREAKPOINT_R"),
	XLAT_NAMED(2, "HW_BREAKPOINT_W"),
	XLAT_NAMED(3, "HW_BREAKPOINT_RW"),
	XLAT_NAMED(4, "HW_BREAKPOINT_X"),
	XLAT_END
};

/* src/xlat/perf_branch_sample_type.in */
static const struct xlat perf_branch_sample_type[] = {
	XLAT_NAMED(1, "PERF_SAMPLE_BRANCH_USER"),
	XLAT_NAMED(2, "PERF_SAMPLE_BRANCH_KERNEL"),
	XLAT_NAMED(4, "PERF_SAMPLE_BRANCH_HV"),
	XLAT_NAMED(8, "PERF_SAMPLE_BRANCH_ANY"),
	XLAT_NAMED(0x10, "PERF_SAMPLE_BRANCH_ANY_CALL"),
	XLAT_NAMED(0x20, "PERF_SAMPLE_BRANCH_ANY_RETURN"),
	XLAT_NAMED(0x40, "PERF_SAMPLE_BRANCH_IND_CALL"),
	XLAT_NAMED(0x80, "PERF_SAMPLE_BRANCH_ABORT_TX"),
	XLAT_NAMED(0x100, "PERF_SAMPLE_BRANCH_IN_TX"),
	XLAT_NAMED(0x200, "PERF_SAMPLE_BRANCH_NO_TX"),
	XLAT_NAMED(0x400, "PERF_SAMPLE_BRANCH_COND"),
	XLAT_NAMED(0x800, "PERF_SAMPLE_BRANCH_CALL_STACK"),
	XLAT_NAMED(0x1000, "PERF_SAMPLE_BRANCH_IND_JUMP"),
	XLAT_NAMED(0x2000, "PERF_SAMPLE_BRANCH_CALL"),
	XLAT_NAMED(0x4000, "PERF_SAMPLE_BRANCH_NO_FLAGS"),
	XLAT_NAMED(0x8000, "PERF_SAMPLE_BRANCH_NO_CYCLES"),
	XLAT_NAMED(0x10000, "PERF_SAMPLE_BRANCH_TYPE_SAVE"),
	XLAT_NAMED(0x20000, "PERF_SAMPLE_BRANCH_HW_INDEX"),
	XLAT_NAMED(0x40000, "PERF_SAMPLE_BRANCH_PRIV_SAVE"),
	XLAT_END
};

/* struct perf_event_attr, as strace 6.1 knows it (128 bytes) */
#define PA_TYPE			0
#define PA_SIZE			4
#define PA_CONFIG		8
#define PA_SAMPLE_PERIOD	16	/* or sample_freq */
#define PA_SAMPLE_TYPE		24
#define PA_READ_FORMAT		32
#define PA_FLAGS		40	/* the bit fields */
#define PA_WAKEUP_EVENTS	48	/* or wakeup_watermark */
#define PA_BP_TYPE		52
#define PA_CONFIG1		56	/* or bp_addr */
#define PA_CONFIG2		64	/* or bp_len */
#define PA_BRANCH_SAMPLE_TYPE	72
#define PA_SAMPLE_REGS_USER	80
#define PA_SAMPLE_STACK_USER	88
#define PA_CLOCKID		92
#define PA_SAMPLE_REGS_INTR	96
#define PA_AUX_WATERMARK	104
#define PA_SAMPLE_MAX_STACK	108
#define PA_RESERVED_2		110
#define PA_AUX_SAMPLE_SIZE	112
#define PA_RESERVED_3		116
#define PA_SIG_DATA		120
#define PA_STRACE_SIZE		128

#define PERF_ATTR_SIZE_VER0	64
#define PERF_TYPE_HARDWARE	0
#define PERF_TYPE_SOFTWARE	1
#define PERF_TYPE_TRACEPOINT	2
#define PERF_TYPE_HW_CACHE	3
#define PERF_TYPE_BREAKPOINT	5
#define PERF_SAMPLE_BRANCH_STACK	0x800
#define PERF_SAMPLE_STACK_USER		0x2000

/* The bit fields at PA_FLAGS: bit, name; precise_ip (2 bits) apart. */
static const struct {
	unsigned char bit;
	const char *name;
} perf_bits[] = {
	{ 0, "disabled" }, { 1, "inherit" }, { 2, "pinned" },
	{ 3, "exclusive" }, { 4, "exclude_user" }, { 5, "exclude_kernel" },
	{ 6, "exclude_hv" }, { 7, "exclude_idle" }, { 8, "mmap" },
	{ 9, "comm" }, { 10, "freq" }, { 11, "inherit_stat" },
	{ 12, "enable_on_exec" }, { 13, "task" }, { 14, "watermark" },
	/* 15, 16: precise_ip */
	{ 17, "mmap_data" }, { 18, "sample_id_all" }, { 19, "exclude_host" },
	{ 20, "exclude_guest" }, { 21, "exclude_callchain_kernel" },
	{ 22, "exclude_callchain_user" }, { 23, "mmap2" }, { 24, "comm_exec" },
	{ 25, "use_clockid" }, { 26, "context_switch" },
	{ 27, "write_backward" }, { 28, "namespaces" }, { 29, "ksymbol" },
	{ 30, "bpf_event" }, { 31, "aux_output" }, { 32, "cgroup" },
	{ 33, "text_poke" }, { 34, "build_id" }, { 35, "inherit_thread" },
	{ 36, "remove_on_exec" }, { 37, "sigtrap" },
};

#define PERF_BIT(f, n)		((f) >> (n) & 1)

/* config: what it means depends on the type */
static void print_perf_config(struct sbuf *b, uint32_t type, uint64_t config)
{
	switch (type) {
	case PERF_TYPE_HARDWARE:	/* EEEEEEEE000000AA */
		field(b, "config");
		if (config >> 32)
			sb_printf(b, "%#" PRIx64 "<<32|", config >> 32);
		print_xval(b, perf_hw_id, config & 0xffffffff,
			   "PERF_COUNT_HW_???");
		break;
	case PERF_TYPE_SOFTWARE:
		field(b, "config");
		print_xval(b, perf_sw_ids, config, "PERF_COUNT_SW_???");
		break;
	case PERF_TYPE_TRACEPOINT:
		field_u(b, "config", config);
		break;
	case PERF_TYPE_HW_CACHE:	/* EEEEEEEE00DDCCBB */
		field(b, "config");
		if (config >> 32)
			sb_printf(b, "%#" PRIx64 "<<32|", config >> 32);
		if ((config & 0xffffffff) >> 24)
			sb_printf(b, "%#" PRIx64 "<<24|",
				  (config & 0xffffffff) >> 24);
		print_xval(b, perf_hw_cache_op_result_id, config >> 16 & 0xff,
			   "PERF_COUNT_HW_CACHE_RESULT_???");
		sb_puts(b, "<<16|");
		print_xval(b, perf_hw_cache_op_id, config >> 8 & 0xff,
			   "PERF_COUNT_HW_CACHE_OP_???");
		sb_puts(b, "<<8|");
		print_xval(b, perf_hw_cache_id, config & 0xff,
			   "PERF_COUNT_HW_CACHE_???");
		break;
	default:			/* PERF_TYPE_RAW, _BREAKPOINT, ... */
		field_x(b, "config", config);
		break;
	}
}

/* The fields past the abbreviated ones (-v), up to size bytes. */
static void print_perf_rest(struct sbuf *b, const struct mem *m, uint32_t size)
{
	uint32_t type = get32(m, PA_TYPE), bp_type = get32(m, PA_BP_TYPE);
	uint64_t flags = get64(m, PA_FLAGS);
	uint64_t sample_type = get64(m, PA_SAMPLE_TYPE);
	bool bp = type == PERF_TYPE_BREAKPOINT;

	if (PERF_BIT(flags, 14))			/* watermark */
		field_u(b, "wakeup_watermark", get32(m, PA_WAKEUP_EVENTS));
	else
		field_u(b, "wakeup_events", get32(m, PA_WAKEUP_EVENTS));
	if (bp) {
		/* Any combination of R/W with X is deemed invalid */
		field(b, "bp_type");
		print_xval(b, hw_breakpoint_type, bp_type,
			   bp_type <= 7 ? "HW_BREAKPOINT_INVALID" :
					  "HW_BREAKPOINT_???");
		field_x(b, "bp_addr", get64(m, PA_CONFIG1));
	} else {
		field_x(b, "config1", get64(m, PA_CONFIG1));
	}
	/* the fields that follow are there only if size says so */
	if (PA_CONFIG2 >= size)
		return;
	if (bp)
		field_u(b, "bp_len", get64(m, PA_CONFIG2));
	else
		field_x(b, "config2", get64(m, PA_CONFIG2));
	if (PA_BRANCH_SAMPLE_TYPE >= size)
		return;
	if (sample_type & PERF_SAMPLE_BRANCH_STACK) {
		field(b, "branch_sample_type");
		print_flags(b, perf_branch_sample_type,
			    get64(m, PA_BRANCH_SAMPLE_TYPE),
			    "PERF_SAMPLE_BRANCH_???");
	}
	if (PA_SAMPLE_REGS_USER >= size)
		return;
	field_x(b, "sample_regs_user", get64(m, PA_SAMPLE_REGS_USER));
	if (PA_SAMPLE_STACK_USER >= size)
		return;
	if (sample_type & PERF_SAMPLE_STACK_USER)
		field_x(b, "sample_stack_user", get32(m, PA_SAMPLE_STACK_USER));
	if (PERF_BIT(flags, 25)) {			/* use_clockid */
		if (PA_CLOCKID >= size)
			return;
		field(b, "clockid");
		print_xval(b, clocknames, get32(m, PA_CLOCKID), "CLOCK_???");
	}
	if (PA_SAMPLE_REGS_INTR >= size)
		return;
	field_x(b, "sample_regs_intr", get64(m, PA_SAMPLE_REGS_INTR));
	if (PA_AUX_WATERMARK >= size)
		return;
	field_u(b, "aux_watermark", get32(m, PA_AUX_WATERMARK));
	if (PA_SAMPLE_MAX_STACK >= size)
		return;
	field_u(b, "sample_max_stack", get_n(m, PA_SAMPLE_MAX_STACK, 2));
	if (PA_RESERVED_2 >= size)
		return;
	if (get_n(m, PA_RESERVED_2, 2))
		sb_printf(b, " /* bytes 110..111: %#x */",
			  (unsigned int)get_n(m, PA_RESERVED_2, 2));
	if (PA_AUX_SAMPLE_SIZE >= size)
		return;
	field_u(b, "aux_sample_size", get32(m, PA_AUX_SAMPLE_SIZE));
	if (PA_RESERVED_3 >= size)
		return;
	if (get32(m, PA_RESERVED_3))
		sb_printf(b, " /* bytes 116..119: %#x */",
			  get32(m, PA_RESERVED_3));
	if (PA_SIG_DATA >= size)
		return;
	field_x(b, "sig_data", get64(m, PA_SIG_DATA));
}

/*
 * strace reads size bytes at entry (what the structure says of itself,
 * at most the 128 it knows; 0: PERF_ATTR_SIZE_VER0; the first 48 when
 * abbreviating) and prints them at exit, with the size the kernel wrote
 * back after E2BIG.
 */
void print_perf_event_attr(struct sbuf *b, const struct pctx *p,
			   const struct kstrace_cap *cap)
{
	static const char *const precise_ip_desc[] = {
		"arbitrary skid",
		"constant skid",
		"requested to have 0 skid",
		"must have 0 skid",
	};
	const struct kstrace_cap *in = p->in ? p->in : cap;
	uint32_t size, attr_size, type;
	uint64_t flags;
	unsigned int i;
	struct mem m, o;

	m = mem_of(in);
	attr_size = get32(&m, PA_SIZE);
	size = attr_size > PA_STRACE_SIZE ? PA_STRACE_SIZE : attr_size;
	if (!size)
		size = PERF_ATTR_SIZE_VER0;
	if ((in->flags & KSTRACE_CAP_FAULT) || m.len < PA_SIZE + 4 ||
	    size < PERF_ATTR_SIZE_VER0) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	if (!p->c->verbose)
		size = PA_WAKEUP_EVENTS;
	if (m.len < size) {		/* not copied whole: unreadable */
		print_ptr(b, p->args[p->arg]);
		return;
	}
	m.len = size;
	type = get32(&m, PA_TYPE);
	flags = get64(&m, PA_FLAGS);

	sb_puts(b, "{type=");
	print_xval(b, perf_type_id, type, "PERF_TYPE_???");
	field(b, "size");
	print_xval(b, perf_attr_size, attr_size, "PERF_ATTR_SIZE_???");
	if (p->exit && pctx_ret(p) == -7) {		/* E2BIG */
		sb_puts(b, " => ");
		if (p->out && p->out->len >= PA_SIZE + 4 &&
		    !(p->out->flags & KSTRACE_CAP_FAULT)) {
			o = mem_of(p->out);
			print_xval(b, perf_attr_size, get32(&o, PA_SIZE),
				   "PERF_ATTR_SIZE_???");
		} else {
			sb_puts(b, "???");
		}
	}
	print_perf_config(b, type, get64(&m, PA_CONFIG));
	field_u(b, PERF_BIT(flags, 10) ? "sample_freq" : "sample_period",
		get64(&m, PA_SAMPLE_PERIOD));
	field(b, "sample_type");
	print_flags(b, perf_event_sample_format, get64(&m, PA_SAMPLE_TYPE),
		    "PERF_SAMPLE_???");
	field(b, "read_format");
	print_flags(b, perf_event_read_format, get64(&m, PA_READ_FORMAT),
		    "PERF_FORMAT_???");
	for (i = 0; i < sizeof(perf_bits) / sizeof(perf_bits[0]); i++) {
		if (perf_bits[i].bit == 17)
			sb_printf(b, ", precise_ip=%u /* %s */",
				  (unsigned int)(flags >> 15 & 3),
				  precise_ip_desc[flags >> 15 & 3]);
		/* abbreviated: the bits that are set */
		if (p->c->verbose || PERF_BIT(flags, perf_bits[i].bit))
			field_u(b, perf_bits[i].name,
				PERF_BIT(flags, perf_bits[i].bit));
	}
	/* bits 63..38 may hold flags strace does not know */
	if (flags >> 38)
		sb_printf(b, ", __reserved_1=%#" PRIx64 " /* Bits 63..38 */",
			  flags >> 38);
	if (p->c->verbose)
		print_perf_rest(b, &m, size);
	if ((attr_size && attr_size > size) ||
	    (!attr_size && size < PERF_ATTR_SIZE_VER0))
		sb_puts(b, ", ...");
	sb_putc(b, '}');
}


/* ---- bpf: union bpf_attr ---- */

/* src/xlat/bpf_map_types.in */
static const struct xlat bpf_map_types[] = {
	XLAT_NAMED(0, "BPF_MAP_TYPE_UNSPEC"),
	XLAT_NAMED(1, "BPF_MAP_TYPE_HASH"),
	XLAT_NAMED(2, "BPF_MAP_TYPE_ARRAY"),
	XLAT_NAMED(3, "BPF_MAP_TYPE_PROG_ARRAY"),
	XLAT_NAMED(4, "BPF_MAP_TYPE_PERF_EVENT_ARRAY"),
	XLAT_NAMED(5, "BPF_MAP_TYPE_PERCPU_HASH"),
	XLAT_NAMED(6, "BPF_MAP_TYPE_PERCPU_ARRAY"),
	XLAT_NAMED(7, "BPF_MAP_TYPE_STACK_TRACE"),
	XLAT_NAMED(8, "BPF_MAP_TYPE_CGROUP_ARRAY"),
	XLAT_NAMED(9, "BPF_MAP_TYPE_LRU_HASH"),
	XLAT_NAMED(0xa, "BPF_MAP_TYPE_LRU_PERCPU_HASH"),
	XLAT_NAMED(0xb, "BPF_MAP_TYPE_LPM_TRIE"),
	XLAT_NAMED(0xc, "BPF_MAP_TYPE_ARRAY_OF_MAPS"),
	XLAT_NAMED(0xd, "BPF_MAP_TYPE_HASH_OF_MAPS"),
	XLAT_NAMED(0xe, "BPF_MAP_TYPE_DEVMAP"),
	XLAT_NAMED(0xf, "BPF_MAP_TYPE_SOCKMAP"),
	XLAT_NAMED(0x10, "BPF_MAP_TYPE_CPUMAP"),
	XLAT_NAMED(0x11, "BPF_MAP_TYPE_XSKMAP"),
	XLAT_NAMED(0x12, "BPF_MAP_TYPE_SOCKHASH"),
	XLAT_NAMED(0x13, "BPF_MAP_TYPE_CGROUP_STORAGE"),
	XLAT_NAMED(0x14, "BPF_MAP_TYPE_REUSEPORT_SOCKARRAY"),
	XLAT_NAMED(0x15, "BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE"),
	XLAT_NAMED(0x16, "BPF_MAP_TYPE_QUEUE"),
	XLAT_NAMED(0x17, "BPF_MAP_TYPE_STACK"),
	XLAT_NAMED(0x18, "BPF_MAP_TYPE_SK_STORAGE"),
	XLAT_NAMED(0x19, "BPF_MAP_TYPE_DEVMAP_HASH"),
	XLAT_NAMED(0x1a, "BPF_MAP_TYPE_STRUCT_OPS"),
	XLAT_NAMED(0x1b, "BPF_MAP_TYPE_RINGBUF"),
	XLAT_NAMED(0x1c, "BPF_MAP_TYPE_INODE_STORAGE"),
	XLAT_NAMED(0x1d, "BPF_MAP_TYPE_TASK_STORAGE"),
	XLAT_NAMED(0x1e, "BPF_MAP_TYPE_BLOOM_FILTER"),
	XLAT_NAMED(0x1f, "BPF_MAP_TYPE_USER_RINGBUF"),
	XLAT_END
};

/* src/xlat/bpf_map_flags.in */
static const struct xlat bpf_map_flags[] = {
	XLAT_NAMED(1, "BPF_F_NO_PREALLOC"),
	XLAT_NAMED(2, "BPF_F_NO_COMMON_LRU"),
	XLAT_NAMED(4, "BPF_F_NUMA_NODE"),
	XLAT_NAMED(8, "BPF_F_RDONLY"),
	XLAT_NAMED(0x10, "BPF_F_WRONLY"),
	XLAT_NAMED(0x20, "BPF_F_STACK_BUILD_ID"),
	XLAT_NAMED(0x40, "BPF_F_ZERO_SEED"),
	XLAT_NAMED(0x80, "BPF_F_RDONLY_PROG"),
	XLAT_NAMED(0x100, "BPF_F_WRONLY_PROG"),
	XLAT_NAMED(0x200, "BPF_F_CLONE"),
	XLAT_NAMED(0x400, "BPF_F_MMAPABLE"),
	XLAT_NAMED(0x800, "BPF_F_PRESERVE_ELEMS"),
	XLAT_NAMED(0x1000, "BPF_F_INNER_MAP"),
	XLAT_END
};

/* src/xlat/bpf_prog_types.in */
static const struct xlat bpf_prog_types[] = {
	XLAT_NAMED(0, "BPF_PROG_TYPE_UNSPEC"),
	XLAT_NAMED(1, "BPF_PROG_TYPE_SOCKET_FILTER"),
	XLAT_NAMED(2, "BPF_PROG_TYPE_KPROBE"),
	XLAT_NAMED(3, "BPF_PROG_TYPE_SCHED_CLS"),
	XLAT_NAMED(4, "BPF_PROG_TYPE_SCHED_ACT"),
	XLAT_NAMED(5, "BPF_PROG_TYPE_TRACEPOINT"),
	XLAT_NAMED(6, "BPF_PROG_TYPE_XDP"),
	XLAT_NAMED(7, "BPF_PROG_TYPE_PERF_EVENT"),
	XLAT_NAMED(8, "BPF_PROG_TYPE_CGROUP_SKB"),
	XLAT_NAMED(9, "BPF_PROG_TYPE_CGROUP_SOCK"),
	XLAT_NAMED(0xa, "BPF_PROG_TYPE_LWT_IN"),
	XLAT_NAMED(0xb, "BPF_PROG_TYPE_LWT_OUT"),
	XLAT_NAMED(0xc, "BPF_PROG_TYPE_LWT_XMIT"),
	XLAT_NAMED(0xd, "BPF_PROG_TYPE_SOCK_OPS"),
	XLAT_NAMED(0xe, "BPF_PROG_TYPE_SK_SKB"),
	XLAT_NAMED(0xf, "BPF_PROG_TYPE_CGROUP_DEVICE"),
	XLAT_NAMED(0x10, "BPF_PROG_TYPE_SK_MSG"),
	XLAT_NAMED(0x11, "BPF_PROG_TYPE_RAW_TRACEPOINT"),
	XLAT_NAMED(0x12, "BPF_PROG_TYPE_CGROUP_SOCK_ADDR"),
	XLAT_NAMED(0x13, "BPF_PROG_TYPE_LWT_SEG6LOCAL"),
	XLAT_NAMED(0x14, "BPF_PROG_TYPE_LIRC_MODE2"),
	XLAT_NAMED(0x15, "BPF_PROG_TYPE_SK_REUSEPORT"),
	XLAT_NAMED(0x16, "BPF_PROG_TYPE_FLOW_DISSECTOR"),
	XLAT_NAMED(0x17, "BPF_PROG_TYPE_CGROUP_SYSCTL"),
	XLAT_NAMED(0x18, "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE"),
	XLAT_NAMED(0x19, "BPF_PROG_TYPE_CGROUP_SOCKOPT"),
	XLAT_NAMED(0x1a, "BPF_PROG_TYPE_TRACING"),
	XLAT_NAMED(0x1b, "BPF_PROG_TYPE_STRUCT_OPS"),
	XLAT_NAMED(0x1c, "BPF_PROG_TYPE_EXT"),
	XLAT_NAMED(0x1d, "BPF_PROG_TYPE_LSM"),
	XLAT_NAMED(0x1e, "BPF_PROG_TYPE_SK_LOOKUP"),
	XLAT_NAMED(0x1f, "BPF_PROG_TYPE_SYSCALL"),
	XLAT_END
};

/* src/xlat/bpf_prog_flags.in */
static const struct xlat bpf_prog_flags[] = {
	XLAT_NAMED(1, "BPF_F_STRICT_ALIGNMENT"),
	XLAT_NAMED(2, "BPF_F_ANY_ALIGNMENT"),
	XLAT_NAMED(4, "BPF_F_TEST_RND_HI32"),
	XLAT_NAMED(8, "BPF_F_TEST_STATE_FREQ"),
	XLAT_NAMED(0x10, "BPF_F_SLEEPABLE"),
	XLAT_END
};

/* src/xlat/bpf_map_lookup_elem_flags.in */
static const struct xlat bpf_map_lookup_elem_flags[] = {
	XLAT_NAMED(0, "BPF_ANY"),
	XLAT_NAMED(4, "BPF_F_LOCK"),
	XLAT_END
};

/* src/xlat/bpf_map_update_elem_flags.in */
static const struct xlat bpf_map_update_elem_flags[] = {
	XLAT_NAMED(0, "BPF_ANY"),
	XLAT_NAMED(1, "BPF_NOEXIST"),
	XLAT_NAMED(2, "BPF_EXIST"),
	XLAT_NAMED(4, "BPF_F_LOCK"),
	XLAT_END
};

/* src/xlat/bpf_attach_type.in */
static const struct xlat bpf_attach_type[] = {
	XLAT_NAMED(0, "BPF_CGROUP_INET_INGRESS"),
	XLAT_NAMED(1, "BPF_CGROUP_INET_EGRESS"),
	XLAT_NAMED(2, "BPF_CGROUP_INET_SOCK_CREATE"),
	XLAT_NAMED(3, "BPF_CGROUP_SOCK_OPS"),
	XLAT_NAMED(4, "BPF_SK_SKB_STREAM_PARSER"),
	XLAT_NAMED(5, "BPF_SK_SKB_STREAM_VERDICT"),
	XLAT_NAMED(6, "BPF_CGROUP_DEVICE"),
	XLAT_NAMED(7, "BPF_SK_MSG_VERDICT"),
	XLAT_NAMED(8, "BPF_CGROUP_INET4_BIND"),
	XLAT_NAMED(9, "BPF_CGROUP_INET6_BIND"),
	XLAT_NAMED(0xa, "BPF_CGROUP_INET4_CONNECT"),
	XLAT_NAMED(0xb, "BPF_CGROUP_INET6_CONNECT"),
	XLAT_NAMED(0xc, "BPF_CGROUP_INET4_POST_BIND"),
	XLAT_NAMED(0xd, "BPF_CGROUP_INET6_POST_BIND"),
	XLAT_NAMED(0xe, "BPF_CGROUP_UDP4_SENDMSG"),
	XLAT_NAMED(0xf, "BPF_CGROUP_UDP6_SENDMSG"),
	XLAT_NAMED(0x10, "BPF_LIRC_MODE2"),
	XLAT_NAMED(0x11, "BPF_FLOW_DISSECTOR"),
	XLAT_NAMED(0x12, "BPF_CGROUP_SYSCTL"),
	XLAT_NAMED(0x13, "BPF_CGROUP_UDP4_RECVMSG"),
	XLAT_NAMED(0x14, "BPF_CGROUP_UDP6_RECVMSG"),
	XLAT_NAMED(0x15, "BPF_CGROUP_GETSOCKOPT"),
	XLAT_NAMED(0x16, "BPF_CGROUP_SETSOCKOPT"),
	XLAT_NAMED(0x17, "BPF_TRACE_RAW_TP"),
	XLAT_NAMED(0x18, "BPF_TRACE_FENTRY"),
	XLAT_NAMED(0x19, "BPF_TRACE_FEXIT"),
	XLAT_NAMED(0x1a, "BPF_MODIFY_RETURN"),
	XLAT_NAMED(0x1b, "BPF_LSM_MAC"),
	XLAT_NAMED(0x1c, "BPF_TRACE_ITER"),
	XLAT_NAMED(0x1d, "BPF_CGROUP_INET4_GETPEERNAME"),
	XLAT_NAMED(0x1e, "BPF_CGROUP_INET6_GETPEERNAME"),
	XLAT_NAMED(0x1f, "BPF_CGROUP_INET4_GETSOCKNAME"),
	XLAT_NAMED(0x20, "BPF_CGROUP_INET6_GETSOCKNAME"),
	XLAT_NAMED(0x21, "BPF_XDP_DEVMAP"),
	XLAT_NAMED(0x22, "BPF_CGROUP_INET_SOCK_RELEASE"),
	XLAT_NAMED(0x23, "BPF_XDP_CPUMAP"),
	XLAT_NAMED(0x24, "BPF_SK_LOOKUP"),
	XLAT_NAMED(0x25, "BPF_XDP"),
	XLAT_NAMED(0x26, "BPF_SK_SKB_VERDICT"),
	XLAT_NAMED(0x27, "BPF_SK_REUSEPORT_SELECT"),
	XLAT_NAMED(0x28, "BPF_SK_REUSEPORT_SELECT_OR_MIGRATE"),
	XLAT_NAMED(0x29, "BPF_PERF_EVENT"),
	XLAT_NAMED(0x2a, "BPF_TRACE_KPROBE_MULTI"),
	XLAT_NAMED(0x2b, "BPF_LSM_CGROUP"),
	XLAT_END
};

/* src/xlat/bpf_attach_flags.in */
static const struct xlat bpf_attach_flags[] = {
	XLAT_NAMED(1, "BPF_F_ALLOW_OVERRIDE"),
	XLAT_NAMED(2, "BPF_F_ALLOW_MULTI"),
	XLAT_NAMED(4, "BPF_F_REPLACE"),
	XLAT_END
};

/* src/xlat/bpf_query_flags.in */
static const struct xlat bpf_query_flags[] = {
	XLAT_NAMED(1, "BPF_F_QUERY_EFFECTIVE"),
	XLAT_END
};

/* src/xlat/bpf_task_fd_type.in */
static const struct xlat bpf_task_fd_type[] = {
	XLAT_NAMED(0, "BPF_FD_TYPE_RAW_TRACEPOINT"),
	XLAT_NAMED(1, "BPF_FD_TYPE_TRACEPOINT"),
	XLAT_NAMED(2, "BPF_FD_TYPE_KPROBE"),
	XLAT_NAMED(3, "BPF_FD_TYPE_KRETPROBE"),
	XLAT_NAMED(4, "BPF_FD_TYPE_UPROBE"),
	XLAT_NAMED(5, "BPF_FD_TYPE_URETPROBE"),
	XLAT_END
};

/* src/xlat/bpf_test_run_flags.in */
static const struct xlat bpf_test_run_flags[] = {
	XLAT_NAMED(1, "BPF_F_TEST_RUN_ON_CPU"),
	XLAT_NAMED(2, "BPF_F_TEST_XDP_LIVE_FRAMES"),
	XLAT_END
};

/* src/xlat/bpf_link_create_kprobe_multi_flags.in */
static const struct xlat bpf_link_create_kprobe_multi_flags[] = {
	XLAT_NAMED(1, "BPF_F_KPROBE_MULTI_RETURN"),
	XLAT_END
};

/* src/xlat/bpf_file_mode_flags.in */
static const struct xlat bpf_file_mode_flags[] = {
	XLAT_NAMED(8, "BPF_F_RDONLY"),
	XLAT_NAMED(0x10, "BPF_F_WRONLY"),
	XLAT_END
};

/*
 * What one command's decoder sees: the attribute as the call had it at
 * entry (in) and, for the commands strace reads again at exit, at exit
 * (out); m: the one being printed. sep: a field was printed in the
 * innermost braces (strace's tprint_struct_next()).
 */
struct bctx {
	struct sbuf *b;
	const struct pctx *p;
	struct mem in, out;
	const struct mem *m;
	uint32_t size;		/* the call's size argument */
	bool sep;
};

static uint32_t bu32(const struct bctx *x, size_t off)
{
	return get32(x->m, off);
}

static uint64_t bu64(const struct bctx *x, size_t off)
{
	return get64(x->m, off);
}

/* strace's len: the part of the structure (ssize bytes) the call gave */
static uint32_t blen(const struct bctx *x, uint32_t ssize)
{
	return x->size < ssize ? x->size : ssize;
}

/* "{", or "name={" */
static void bopen(struct bctx *x, const char *name)
{
	if (name)
		sb_printf(x->b, "%s%s={", x->sep ? ", " : "", name);
	else
		sb_putc(x->b, '{');
	x->sep = false;
}

static void bclose(struct bctx *x)
{
	sb_putc(x->b, '}');
	x->sep = true;
}

/* ", name=" (no comma first in the braces) */
static void bname(struct bctx *x, const char *name)
{
	sb_printf(x->b, "%s%s=", x->sep ? ", " : "", name);
	x->sep = true;
}

static void bu(struct bctx *x, const char *name, size_t off)
{
	bname(x, name);
	sb_printf(x->b, "%u", bu32(x, off));
}

static void bx(struct bctx *x, const char *name, size_t off)
{
	bname(x, name);
	sb_printf(x->b, "%#x", bu32(x, off));
}

static void bx64(struct bctx *x, const char *name, size_t off)
{
	bname(x, name);
	sb_printf(x->b, "%#" PRIx64, bu64(x, off));
}

/* PRINT_FIELD_U64: UINT64_MAX by name */
static void bu64f(struct bctx *x, const char *name, size_t off)
{
	uint64_t v = bu64(x, off);

	bname(x, name);
	if (v == UINT64_MAX)
		print_xlat_ex(x->b, v, "UINT64_MAX", XFMT_U);
	else
		sb_printf(x->b, "%" PRIu64, v);
}

/* PRINT_FIELD_ADDR64: NULL or the address */
static void baddr(struct bctx *x, const char *name, size_t off)
{
	bname(x, name);
	print_ptr(x->b, bu64(x, off));
}

/* PRINT_FIELD_FD: with -y, its path */
static void bfd(struct bctx *x, const char *name, size_t off)
{
	bname(x, name);
	decode_fd(x->b, x->p->c, (int)bu32(x, off));
}

static void bflags(struct bctx *x, const char *name, size_t off, bool wide,
		   const struct xlat *t, const char *dflt)
{
	bname(x, name);
	print_flags(x->b, t, wide ? bu64(x, off) : bu32(x, off), dflt);
}

static void bxval(struct bctx *x, const char *name, size_t off, bool wide,
		  const struct xlat *t, const char *dflt)
{
	bname(x, name);
	print_xval(x->b, t, wide ? bu64(x, off) : bu32(x, off), dflt);
}

/*
 * A string or an array in memory the attribute points to, which the
 * module does not copy: NULL, "" (strace's empty string of length 0), []
 * (an empty array), or else the address, as strace prints memory it
 * cannot read.
 */
static void bmem_nodata(struct bctx *x, const char *name, uint64_t addr,
			const char *empty)
{
	if (name)
		bname(x, name);
	if (addr && empty)
		sb_puts(x->b, empty);
	else
		print_ptr(x->b, addr);
}

/*
 * PRINT_FIELD_CSTRING_SZ: a char array of n bytes up to its NUL; none in
 * the first n - 1: those and "...".
 */
static void bcstring(struct bctx *x, const char *name, size_t off, size_t n)
{
	char s[16];
	size_t i;

	bname(x, name);
	for (i = 0; i < n && i < sizeof(s); i++)
		s[i] = get_n(x->m, off + i, 1);
	/* n >= 1: the callers stop before a field the call did not give */
	quote_string_x(x->b, s, n - 1, true, x->p->c->xflag);
	if (!memchr(s, 0, n - 1) && s[n - 1])
		sb_puts(x->b, "...");
}

/* PRINT_FIELD_IFINDEX: if_nametoindex("lo") when there is one, or the number */
static void bifindex(struct bctx *x, const char *name, size_t off)
{
	char buf[IF_NAMESIZE + 24], ifname[IF_NAMESIZE];
	uint32_t i = bu32(x, off);

	bname(x, name);
	if (i && if_indextoname(i, ifname)) {
		snprintf(buf, sizeof(buf), "if_nametoindex(\"%s\")", ifname);
		print_xlat_ex(x->b, i, buf, XFMT_U);
	} else {
		sb_printf(x->b, "%u", i);
	}
}

/* print_kernel_version(): KERNEL_VERSION(5, 10, 0) */
static void bkversion(struct bctx *x, const char *name, size_t off)
{
	uint32_t v = bu32(x, off);
	char buf[48];

	bname(x, name);
	snprintf(buf, sizeof(buf), "KERNEL_VERSION(%u, %u, %u)", v >> 16,
		 v >> 8 & 0xff, v & 0xff);
	print_xlat_ex(x->b, v, buf, XFMT_X);
}

/*
 * strace's decode_attr_extra_data(): bytes past its structure (ssize) up
 * to the call's size that are not zero make ", ..." (-v: all of them in
 * hex) before the closing brace.
 */
static void bextra(struct bctx *x, uint32_t ssize)
{
	size_t i, end = x->size < x->m->len ? x->size : x->m->len;

	for (i = ssize; i < end && !x->m->d[i]; i++)
		;
	if (i >= end)
		return;
	if (!x->p->c->verbose) {
		sb_puts(x->b, ", ...");
		return;
	}
	sb_puts(x->b, ", extra_data=");
	quote_string_x(x->b, (const char *)x->m->d + ssize, end - ssize, false,
		       XFLAG_ALL);
	sb_printf(x->b, " /* bytes %u..%u */", ssize, x->size - 1);
}

/*
 * The commands. Each returns the size of strace's structure for the
 * check of the bytes past it, or 0 where strace stops before that check.
 */

static uint32_t bpf_map_create(struct bctx *x)
{
	const uint32_t S = 72, len = blen(x, S);

	bopen(x, NULL);
	bxval(x, "map_type", 0, false, bpf_map_types, "BPF_MAP_TYPE_???");
	bu(x, "key_size", 4);
	bu(x, "value_size", 8);
	bu(x, "max_entries", 12);
	if (len <= 16)
		return 0;
	bflags(x, "map_flags", 16, false, bpf_map_flags, "BPF_F_???");
	if (len <= 20)
		return 0;
	bfd(x, "inner_map_fd", 20);
	if (len <= 24)
		return 0;
	if (bu32(x, 16) & 4) {			/* BPF_F_NUMA_NODE */
		/* NUMA_NO_NODE is no uapi: strace forces the verbose style */
		bname(x, "numa_node");
		sb_printf(x->b, "%u", bu32(x, 24));
		if (xlat_style != XLAT_RAW && bu32(x, 24) == 0xffffffff)
			sb_puts(x->b, " /* NUMA_NO_NODE */");
	}
	if (len <= 28)
		return 0;
	bcstring(x, "map_name", 28, len - 28 < 16 ? len - 28 : 16);
	if (len <= 44)
		return 0;
	bifindex(x, "map_ifindex", 44);
	if (len <= 48)
		return 0;
	bfd(x, "btf_fd", 48);
	bu(x, "btf_key_type_id", 52);
	bu(x, "btf_value_type_id", 56);
	if (len <= 60)
		return 0;
	bu(x, "btf_vmlinux_value_type_id", 60);
	if (len <= 64)
		return 0;
	bu64f(x, "map_extra", 64);
	return S;
}

static uint32_t bpf_map_lookup_elem(struct bctx *x)
{
	bopen(x, NULL);
	bfd(x, "map_fd", 0);
	baddr(x, "key", 8);
	baddr(x, "value", 16);
	if (blen(x, 32) <= 24)
		return 0;
	bflags(x, "flags", 24, true, bpf_map_lookup_elem_flags, "BPF_???");
	return 32;
}

static uint32_t bpf_map_update_elem(struct bctx *x)
{
	bopen(x, NULL);
	bfd(x, "map_fd", 0);
	baddr(x, "key", 8);
	baddr(x, "value", 16);
	bxval(x, "flags", 24, true, bpf_map_update_elem_flags, "BPF_???");
	return 32;
}

static uint32_t bpf_map_delete_elem(struct bctx *x)
{
	bopen(x, NULL);
	bfd(x, "map_fd", 0);
	baddr(x, "key", 8);
	return 16;
}

static uint32_t bpf_map_get_next_key(struct bctx *x)
{
	bopen(x, NULL);
	bfd(x, "map_fd", 0);
	baddr(x, "key", 8);
	baddr(x, "next_key", 16);
	return 24;
}

static uint32_t bpf_map_freeze(struct bctx *x)
{
	bopen(x, NULL);
	bfd(x, "map_fd", 0);
	return 4;
}

static uint32_t bpf_prog_load(struct bctx *x)
{
	const uint32_t S = 128, len = blen(x, S);

	bopen(x, NULL);
	bxval(x, "prog_type", 0, false, bpf_prog_types, "BPF_PROG_TYPE_???");
	bu(x, "insn_cnt", 4);
	/* the instructions: abbreviated, their address; -v: not copied */
	bname(x, "insns");
	if (x->p->c->verbose)
		bmem_nodata(x, NULL, bu64(x, 8), bu32(x, 4) ? NULL : "[]");
	else
		print_ptr(x->b, bu64(x, 8));
	bmem_nodata(x, "license", bu64(x, 16), NULL);
	if (len <= 24)
		return 0;
	bu(x, "log_level", 24);
	bu(x, "log_size", 28);
	bmem_nodata(x, "log_buf", bu64(x, 32), bu32(x, 28) ? NULL : "\"\"");
	if (len <= 40)
		return 0;
	bkversion(x, "kern_version", 40);
	if (len <= 44)
		return 0;
	bflags(x, "prog_flags", 44, false, bpf_prog_flags, "BPF_F_???");
	if (len <= 48)
		return 0;
	bcstring(x, "prog_name", 48, len - 48 < 16 ? len - 48 : 16);
	if (len <= 64)
		return 0;
	bifindex(x, "prog_ifindex", 64);
	if (len <= 68)
		return 0;
	bxval(x, "expected_attach_type", 68, false, bpf_attach_type, "BPF_???");
	if (len <= 72)
		return 0;
	bfd(x, "prog_btf_fd", 72);
	bu(x, "func_info_rec_size", 76);
	baddr(x, "func_info", 80);
	bu(x, "func_info_cnt", 88);
	bu(x, "line_info_rec_size", 92);
	baddr(x, "line_info", 96);
	bu(x, "line_info_cnt", 104);
	if (len <= 108)
		return 0;
	bu(x, "attach_btf_id", 108);
	if (len <= 112)
		return 0;
	bfd(x, "attach_prog_fd", 112);
	if (len <= 120)
		return 0;
	baddr(x, "fd_array", 120);
	return S;
}

/* BPF_OBJ_PIN, BPF_OBJ_GET */
static uint32_t bpf_obj_pin(struct bctx *x)
{
	bopen(x, NULL);
	bmem_nodata(x, "pathname", bu64(x, 0), NULL);
	bfd(x, "bpf_fd", 8);
	if (blen(x, 16) <= 12)
		return 0;
	bflags(x, "file_flags", 12, false, bpf_file_mode_flags, "BPF_F_???");
	return 16;
}

static uint32_t bpf_prog_attach(struct bctx *x)
{
	bopen(x, NULL);
	bfd(x, "target_fd", 0);
	bfd(x, "attach_bpf_fd", 4);
	bxval(x, "attach_type", 8, false, bpf_attach_type, "BPF_???");
	bflags(x, "attach_flags", 12, false, bpf_attach_flags, "BPF_F_???");
	if (blen(x, 20) <= 16)
		return 0;
	bfd(x, "replace_bpf_fd", 16);
	return 20;
}

static uint32_t bpf_prog_detach(struct bctx *x)
{
	bopen(x, NULL);
	bfd(x, "target_fd", 0);
	bxval(x, "attach_type", 8, false, bpf_attach_type, "BPF_???");
	return 12;
}

static uint32_t bpf_prog_test_run(struct bctx *x)
{
	const uint32_t S = 76, len = blen(x, S);

	bopen(x, NULL);
	bopen(x, "test");
	bfd(x, "prog_fd", 0);
	bu(x, "retval", 4);
	bu(x, "data_size_in", 8);
	bu(x, "data_size_out", 12);
	baddr(x, "data_in", 16);
	baddr(x, "data_out", 24);
	bu(x, "repeat", 32);
	bu(x, "duration", 36);
	if (len > 40) {
		bu(x, "ctx_size_in", 40);
		bu(x, "ctx_size_out", 44);
		baddr(x, "ctx_in", 48);
		baddr(x, "ctx_out", 56);
	}
	if (len > 64) {
		bflags(x, "flags", 64, false, bpf_test_run_flags, "BPF_F_???");
		bu(x, "cpu", 68);
	}
	if (len > 72)
		bu(x, "batch_size", 72);
	bclose(x);
	return S;
}

/* BPF_PROG_GET_NEXT_ID and the MAP, BTF, LINK ones: next_id at exit */
static uint32_t bpf_get_next_id(struct bctx *x)
{
	bopen(x, NULL);
	bu(x, "start_id", 0);
	bu(x, "next_id", 4);
	return 0;
}

static uint32_t bpf_get_next_id_exit(struct bctx *x)
{
	if (get32(&x->in, 4) != bu32(x, 4))
		sb_printf(x->b, " => %u", bu32(x, 4));
	if (blen(x, 12) <= 8)
		return 0;
	bflags(x, "open_flags", 8, false, bpf_file_mode_flags, "BPF_F_???");
	return 12;
}

/* BPF_PROG_GET_FD_BY_ID, BPF_MAP_GET_FD_BY_ID */
static uint32_t bpf_get_fd_by_id(struct bctx *x, const char *id)
{
	bopen(x, NULL);
	bu(x, id, 0);
	bu(x, "next_id", 4);
	if (blen(x, 12) <= 8)
		return 0;
	bflags(x, "open_flags", 8, false, bpf_file_mode_flags, "BPF_F_???");
	return 12;
}

static uint32_t bpf_prog_get_fd_by_id(struct bctx *x)
{
	return bpf_get_fd_by_id(x, "prog_id");
}

static uint32_t bpf_map_get_fd_by_id(struct bctx *x)
{
	return bpf_get_fd_by_id(x, "map_id");
}

/* info_len changes at exit; the object's info is decoded with -v only */
static uint32_t bpf_obj_get_info_by_fd(struct bctx *x)
{
	bopen(x, NULL);
	bopen(x, "info");
	bfd(x, "bpf_fd", 0);
	bu(x, "info_len", 4);
	return 0;
}

/*
 * -v: strace decodes the struct bpf_map_info or bpf_prog_info of the
 * object; the module does not copy it, so its address, as strace prints
 * it when it cannot read it.
 */
static uint32_t bpf_obj_get_info_by_fd_exit(struct bctx *x)
{
	if (get32(&x->in, 4) != bu32(x, 4))
		sb_printf(x->b, " => %u", bu32(x, 4));
	baddr(x, "info", 8);
	bclose(x);
	return 16;
}

static uint32_t bpf_prog_query(struct bctx *x)
{
	bopen(x, NULL);
	bopen(x, "query");
	bfd(x, "target_fd", 0);
	bxval(x, "attach_type", 4, false, bpf_attach_type, "BPF_???");
	bflags(x, "query_flags", 8, false, bpf_query_flags, "BPF_F_QUERY_???");
	bflags(x, "attach_flags", 12, false, bpf_attach_flags, "BPF_F_???");
	bname(x, "prog_ids");
	return 0;
}

static uint32_t bpf_prog_query_exit(struct bctx *x)
{
	uint32_t before = get32(&x->in, 24);

	/* the ids the kernel wrote are not copied */
	bmem_nodata(x, NULL, bu64(x, 16), bu32(x, 24) ? NULL : "[]");
	bname(x, "prog_cnt");
	if (before != bu32(x, 24))
		sb_printf(x->b, "%u => ", before);
	sb_printf(x->b, "%u", bu32(x, 24));
	bclose(x);
	return 28;
}

static uint32_t bpf_raw_tracepoint_open(struct bctx *x)
{
	bopen(x, NULL);
	bopen(x, "raw_tracepoint");
	bmem_nodata(x, "name", bu64(x, 0), NULL);
	bfd(x, "prog_fd", 8);
	bclose(x);
	return 12;
}

static uint32_t bpf_btf_load(struct bctx *x)
{
	bopen(x, NULL);
	bmem_nodata(x, "btf", bu64(x, 0), bu32(x, 16) ? NULL : "\"\"");
	baddr(x, "btf_log_buf", 8);
	bu(x, "btf_size", 16);
	bu(x, "btf_log_size", 20);
	bu(x, "btf_log_level", 24);
	return 28;
}

static uint32_t bpf_btf_get_fd_by_id(struct bctx *x)
{
	bopen(x, NULL);
	bu(x, "btf_id", 0);
	return 4;
}

static uint32_t bpf_task_fd_query(struct bctx *x)
{
	bopen(x, NULL);
	bopen(x, "task_fd_query");
	bname(x, "pid");
	sb_printf(x->b, "%d", (int)bu32(x, 0));
	bfd(x, "fd", 4);
	bu(x, "flags", 8);
	bu(x, "buf_len", 12);
	return 0;
}

static uint32_t bpf_task_fd_query_exit(struct bctx *x)
{
	uint32_t before = get32(&x->in, 12), len = bu32(x, 12);

	if (before != len)
		sb_printf(x->b, " => %u", len);
	bmem_nodata(x, "buf", bu64(x, 16),
		    (before < len ? before : len) ? NULL : "\"\"");
	bu(x, "prog_id", 24);
	bxval(x, "fd_type", 28, false, bpf_task_fd_type, "BPF_FD_TYPE_???");
	bx64(x, "probe_offset", 32);
	bx64(x, "probe_addr", 40);
	bclose(x);
	return 48;
}

/*
 * The batch commands: in_batch and out_batch (lookups only), keys,
 * values (not for deletes), count, map_fd, elem_flags, flags; the count
 * the kernel wrote back after " => ".
 */
static uint32_t bpf_batch(struct bctx *x, bool lookup, bool values)
{
	bopen(x, NULL);
	bopen(x, "batch");
	if (lookup) {
		baddr(x, "in_batch", 0);
		baddr(x, "out_batch", 8);
	}
	baddr(x, "keys", 16);
	if (values)
		baddr(x, "values", 24);
	bu(x, "count", 32);
	bfd(x, "map_fd", 36);
	bflags(x, "elem_flags", 40, true, bpf_map_lookup_elem_flags, "BPF_???");
	bx64(x, "flags", 48);
	bclose(x);
	bextra(x, 56);
	bclose(x);
	return 0;
}

static uint32_t bpf_lookup_batch(struct bctx *x)
{
	return bpf_batch(x, true, true);
}

static uint32_t bpf_update_batch(struct bctx *x)
{
	return bpf_batch(x, false, true);
}

static uint32_t bpf_delete_batch(struct bctx *x)
{
	return bpf_batch(x, false, false);
}

static uint32_t bpf_batch_exit(struct bctx *x)
{
	if (get32(&x->in, 32) != bu32(x, 32))
		sb_printf(x->b, " => {batch={count=%u}}", bu32(x, 32));
	return 0;
}

static uint32_t bpf_link_create(struct bctx *x)
{
	uint32_t len = blen(x, 48), size = 48;

	bopen(x, NULL);
	bopen(x, "link_create");
	bfd(x, "prog_fd", 0);
	bfd(x, "target_fd", 4);
	bxval(x, "attach_type", 8, false, bpf_attach_type, "BPF_???");
	bx(x, "flags", 12);
	/* the union that follows: guessed from the attach type, as strace */
	if (len > 16) {
		switch (bu32(x, 8)) {
		case 0:
			if (bu32(x, 16))
				bu(x, "target_btf_id", 16);
			size = 20;
			break;
		case 28:			/* BPF_TRACE_ITER */
			bmem_nodata(x, "iter_info", bu64(x, 16),
				    bu32(x, 24) ? NULL : "[]");
			bu(x, "iter_info_len", 24);
			size = 28;
			break;
		case 41:			/* BPF_PERF_EVENT */
			bopen(x, "perf_event");
			bx64(x, "bpf_cookie", 16);
			bclose(x);
			size = 24;
			break;
		case 42:			/* BPF_TRACE_KPROBE_MULTI */
			bopen(x, "kprobe_multi");
			bflags(x, "flags", 16, false,
			       bpf_link_create_kprobe_multi_flags, "BPF_F_???");
			bu(x, "cnt", 20);
			bmem_nodata(x, "syms", bu64(x, 24),
				    bu32(x, 20) ? NULL : "[]");
			bmem_nodata(x, "addrs", bu64(x, 32),
				    bu32(x, 20) ? NULL : "[]");
			bmem_nodata(x, "cookies", bu64(x, 40),
				    bu32(x, 20) ? NULL : "[]");
			bclose(x);
			break;
		default:
			size = 16;
			break;
		}
	}
	bclose(x);
	return size;
}

static uint32_t bpf_link_update(struct bctx *x)
{
	bopen(x, NULL);
	bopen(x, "link_update");
	bfd(x, "link_fd", 0);
	bfd(x, "new_prog_fd", 4);
	bflags(x, "flags", 8, false, bpf_attach_flags, "BPF_F_???");
	if (bu32(x, 8) & 4)			/* BPF_F_REPLACE */
		bfd(x, "old_prog_fd", 12);
	bclose(x);
	return 16;
}

static uint32_t bpf_link_get_fd_by_id(struct bctx *x)
{
	bopen(x, NULL);
	bu(x, "link_id", 0);
	return 4;
}

/*
 * strace's decoders by command: entry, and exit for the commands whose
 * attribute the kernel writes back (strace reads it again then, even after
 * an error; sysargs.h has the module copy it at exit for those).
 */
static const struct {
	uint32_t (*entry)(struct bctx *x);
	uint32_t (*exit)(struct bctx *x);
} bpf_decoders[] = {
	[0] = { bpf_map_create, NULL },
	[1] = { bpf_map_lookup_elem, NULL },
	[2] = { bpf_map_update_elem, NULL },
	[3] = { bpf_map_delete_elem, NULL },
	[4] = { bpf_map_get_next_key, NULL },
	[5] = { bpf_prog_load, NULL },
	[6] = { bpf_obj_pin, NULL },
	[7] = { bpf_obj_pin, NULL },			/* BPF_OBJ_GET */
	[8] = { bpf_prog_attach, NULL },
	[9] = { bpf_prog_detach, NULL },
	[10] = { bpf_prog_test_run, NULL },
	[11] = { bpf_get_next_id, bpf_get_next_id_exit },
	[12] = { bpf_get_next_id, bpf_get_next_id_exit },
	[13] = { bpf_prog_get_fd_by_id, NULL },
	[14] = { bpf_map_get_fd_by_id, NULL },
	[15] = { bpf_obj_get_info_by_fd, bpf_obj_get_info_by_fd_exit },
	[16] = { bpf_prog_query, bpf_prog_query_exit },
	[17] = { bpf_raw_tracepoint_open, NULL },
	[18] = { bpf_btf_load, NULL },
	[19] = { bpf_btf_get_fd_by_id, NULL },
	[20] = { bpf_task_fd_query, bpf_task_fd_query_exit },
	[21] = { bpf_map_lookup_elem, NULL },	/* _LOOKUP_AND_DELETE_ELEM */
	[22] = { bpf_map_freeze, NULL },
	[23] = { bpf_get_next_id, bpf_get_next_id_exit },
	[24] = { bpf_lookup_batch, bpf_batch_exit },
	[25] = { bpf_lookup_batch, bpf_batch_exit },
	[26] = { bpf_update_batch, bpf_batch_exit },
	[27] = { bpf_delete_batch, bpf_batch_exit },
	[28] = { bpf_link_create, NULL },
	[29] = { bpf_link_update, NULL },
	[30] = { bpf_link_get_fd_by_id, NULL },
	[31] = { bpf_get_next_id, bpf_get_next_id_exit },
};

/* The bytes strace reads: size of them (the copy may be shorter: zeros). */
static struct mem bpf_mem(const struct kstrace_cap *cap, uint32_t size)
{
	struct mem m = mem_of(cap);

	if (m.len > size)
		m.len = size;
	return m;
}

/* A part ends: the bytes past strace's structure, then the brace. */
static void bend(struct bctx *x, uint32_t ssize)
{
	if (ssize)
		bextra(x, ssize);
	bclose(x);
}

/*
 * bpf's attribute, decoded by command as strace 6.1 does: the commands it
 * does not know, a size of 0 or more than a page, and memory it cannot
 * read are printed as the address. Strings and arrays the attribute points
 * to are not copied by the module: their address (see bmem_nodata()).
 */
void print_bpf_attr(struct sbuf *b, const struct pctx *p,
		    const struct kstrace_cap *cap)
{
	const struct kstrace_cap *in = p->in ? p->in : cap, *out = p->out;
	uint32_t cmd = p->args[0], size = p->args[2], ssize;
	struct bctx x = { .b = b, .p = p, .size = size };

	if (!size || size > 4096 ||
	    cmd >= sizeof(bpf_decoders) / sizeof(bpf_decoders[0]) ||
	    (in->flags & KSTRACE_CAP_FAULT)) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	x.in = bpf_mem(in, size);
	x.m = &x.in;
	ssize = bpf_decoders[cmd].entry(&x);
	if (!bpf_decoders[cmd].exit) {
		bend(&x, ssize);
		return;
	}
	if (!p->exit)
		return;		/* unfinished: the braces stay open */
	if (!out || (out->flags & KSTRACE_CAP_FAULT)) {
		print_ptr(b, p->args[p->arg]);
		return;
	}
	x.out = bpf_mem(out, size);
	x.m = &x.out;
	ssize = bpf_decoders[cmd].exit(&x);
	if (ssize)
		bend(&x, ssize);
	else if (cmd < 24 || cmd > 27)
		bclose(&x);
}

/* ---- NUMA: node masks (strace's numa.c) ---- */

/*
 * A node mask as strace's print_nodemask() prints it: (maxnode + 62) / 64
 * longs, each PRINT_VAL_0X'd ("%#0*lx" of 16: 0 has no "0x", so
 * 0000000000000000 and 0x00000000000001), whatever -X and -x say; at
 * most -s of them unless -v, as print_array() abbreviates. The masks
 * without an array to print (NULL, maxnode 0 or 1, an overflow) are
 * put_nodemask()'s of decode-arg.c.
 */
void print_nodemask(struct sbuf *b, const struct pctx *p,
		    const struct kstrace_cap *cap)
{
	unsigned int maxarg = strcmp(p->name, "migrate_pages") ? p->arg + 1 : 1;
	uint64_t n = (p->args[maxarg] + 62) / 64, show = n, i;
	struct mem m = mem_of(cap);

	if (!p->c->verbose && show > p->c->strsize)
		show = p->c->strsize;
	sb_putc(b, '[');
	for (i = 0; i < show && i < cap->len / 8; i++)
		sb_printf(b, "%s%#016" PRIx64, i ? ", " : "", get_n(&m, i * 8, 8));
	/*
	 * Cut by -s, as strace; or by the capture's cap (-v or a larger
	 * -s, past 32 longs), where strace would print more.
	 */
	if (i < n)
		sb_puts(b, i ? ", ..." : "...");
	sb_putc(b, ']');
}
