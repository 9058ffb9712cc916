// SPDX-License-Identifier: GPL-2.0
/*
 * print-misc.c - printers of the misc family (print.h): io_uring_setup's
 * struct io_uring_params (strace's io_uring.c), perf_event_open's struct
 * perf_event_attr (perf.c) and bpf's union bpf_attr (bpf.c), as strace
 * 6.1 prints them. The tables are those of strace's src/xlat, in its
 * order, with the values of the kernel's uapi headers.
 */
#include <inttypes.h>
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

void print_bpf_attr(struct sbuf *b, const struct pctx *p,
		    const struct kstrace_cap *cap)
{
	(void)cap;
	print_ptr(b, p->args[p->arg]);
}
