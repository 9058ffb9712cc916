// SPDX-License-Identifier: GPL-2.0
/*
 * decode-arg.c - one argument printed by its kind (enum argtype, the
 * columns of a decoder row): numbers, descriptors, what the module
 * captured behind a pointer, named constants (xtypes[]) and the values
 * strace composes by hand (open flags, modes, devices, signals); and the
 * list of printed arguments that the decoders build with part_arg().
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "decode-int.h"
#include "print.h"
#include "tables.h"

/* A table-driven type: the table, strace's default name, the kind. */
static const struct xtype {
	const struct xlat *x;
	const char *dflt;
	unsigned char flags;	/* print_flags(), else print_xval() */
	unsigned char wide;	/* a 64-bit value, else an int */
} xtypes[A_XLAT_END - A_XLAT_FIRST] = {
#define XT(t, x, d, f, w) [(t) - A_XLAT_FIRST] = { (x), (d), (f), (w) }
	XT(A_AMODE, access_modes, "?_OK", 1, 0),
	XT(A_ATFLAGS, at_flags, "AT_???", 1, 0),
	XT(A_FACCESSAT2, faccessat_flags, "AT_???", 1, 0),
	XT(A_STATXMASK, statx_masks, "STATX_???", 1, 0),
	XT(A_RENAME, rename_flags, "RENAME_??", 1, 0),
	XT(A_PROT, mmap_prot, "PROT_???", 1, 1),
	XT(A_MREMAP, mremap_flags, "MREMAP_???", 1, 1),
	XT(A_MADV, madvise_cmds, "MADV_???", 0, 0),
	XT(A_MSYNC, msync_flags, "MS_???", 1, 0),
	XT(A_MCL, mlockall_flags, "MCL_???", 1, 0),
	XT(A_MLOCK, mlock_flags, "MLOCK_???", 1, 0),
	XT(A_PKEY, pkey_access, "PKEY_???", 1, 1),
	XT(A_WHENCE, whence_codes, "SEEK_???", 0, 0),
	XT(A_WAITOPTS, wait4_options, "W???", 1, 0),
	XT(A_IDTYPE, waitid_types, "P_???", 0, 0),
	XT(A_SIGHOW, sigprocmaskcmds, "SIG_???", 0, 0),
	XT(A_FAMILY, addrfams, "AF_???", 0, 0),
	XT(A_SOCKFLAGS, sock_type_flags, "SOCK_???", 1, 0),
	XT(A_MSGFLAGS, msg_flags, "MSG_???", 1, 0),
	XT(A_SHUT, shutdown_modes, "SHUT_???", 0, 0),
	XT(A_RLIMIT, rlimits, "RLIMIT_???", 0, 0),
	XT(A_RUSAGE, usagewho, "RUSAGE_???", 0, 0),
	XT(A_PRIO, priorities, "PRIO_???", 0, 0),
	XT(A_SCHED, schedulers, "SCHED_???", 0, 0),
	XT(A_ITIMER, itimer_which, "ITIMER_???", 0, 0),
	XT(A_CLOCK, clocknames, "CLOCK_???", 0, 0),
	XT(A_TIMERFLAGS, timer_flags, "TIMER_???", 1, 0),
	XT(A_TFDFLAGS, timerfdflags, "TFD_???", 1, 0),
	XT(A_EPOLLOP, epollctls, "EPOLL_CTL_???", 0, 0),
	XT(A_EPOLLFLAGS, epollflags, "EPOLL_???", 1, 0),
	XT(A_EFDFLAGS, efd_flags, "EFD_???", 1, 0),
	XT(A_SFDFLAGS, sfd_flags, "SFD_???", 1, 0),
	XT(A_INIFLAGS, inotify_init_flags, "IN_???", 1, 0),
	XT(A_INMASK, inotify_flags, "IN_???", 1, 0),
	XT(A_GRND, getrandom_flags, "GRND_???", 1, 0),
	XT(A_XATTR, xattrflags, "XATTR_???", 1, 0),
	XT(A_SPLICE, splice_flags, "SPLICE_F_???", 1, 0),
	XT(A_SYNCFR, sync_file_range_flags, "SYNC_FILE_RANGE_???", 1, 0),
	XT(A_FALLOC, falloc_flags, "FALLOC_FL_???", 1, 0),
	XT(A_FADV, advise, "POSIX_FADV_???", 0, 0),
	XT(A_CLOSERANGE, close_range_flags, "CLOSE_RANGE_???", 1, 0),
	XT(A_PIDFDFLAGS, pidfd_open_flags, "PIDFD_???", 1, 0),
	XT(A_MSFLAGS, mount_flags, "MS_???", 1, 1),
	XT(A_MNTFLAGS, umount_flags, "MNT_???", 1, 0),
	XT(A_UNSHARE, unshare_flags, "CLONE_???", 1, 1),
	XT(A_SETNS, setns_types, "CLONE_NEW???", 1, 0),
	XT(A_FLOCK, flockcmds, "LOCK_???", 1, 0),
	XT(A_ARCHCODE, archvals, "ARCH_???", 0, 0),
	XT(A_RWF, rwf_flags, "RWF_???", 1, 0),
	XT(A_SHMAT, shmat_flags, "SHM_???", 1, 0),
	XT(A_MSGFLG, ipc_msg_flags, "MSG_???", 1, 0),
	XT(A_PERFFLAGS, perf_event_open_flags, "PERF_FLAG_???", 1, 1),
	XT(A_MODINIT, module_init_flags, "MODULE_INIT_???", 1, 0),
	XT(A_DELMOD, delete_module_flags, "O_???", 1, 0),
	XT(A_SECCOMPOP, seccomp_ops, "SECCOMP_SET_MODE_???", 0, 0),
	XT(A_UFFD, uffd_flags, "UFFD_???", 1, 0),
	XT(A_NTHFLAGS, name_to_handle_at_flags, "AT_???", 1, 0),
	XT(A_BPFCMD, bpf_commands, "BPF_???", 0, 0),
	XT(A_MPOLF, get_mempolicy_flags, "MPOL_???", 1, 1),
	XT(A_MPOLMF, mbind_flags, "MPOL_???", 1, 0),
	XT(A_MPOLMOVE, move_pages_flags, "MPOL_???", 1, 0),
	XT(A_KEXECFILE, kexec_file_load_flags, "KEXEC_FILE_???", 1, 1),
	XT(A_KCMP, kcmp_types, "KCMP_???", 0, 0),
	XT(A_IOURING_ENTER, uring_enter_flags, "IORING_ENTER_???", 1, 0),
	XT(A_IOURING_REG, uring_register_opcodes, "IORING_REGISTER_???", 0, 0),
	XT(A_OPENTREE, open_tree_flags, "OPEN_TREE_???", 1, 0),
	XT(A_MOVEMOUNT, move_mount_flags, "MOVE_MOUNT_???", 1, 0),
	XT(A_FSOPEN, fsopen_flags, "FSOPEN_???", 1, 0),
	XT(A_FSCONFIG, fsconfig_cmds, "FSCONFIG_???", 0, 0),
	XT(A_FSMOUNT, fsmount_flags, "FSMOUNT_???", 1, 0),
	XT(A_MOUNTATTR, mount_attr_flags, "MOUNT_ATTR_???", 1, 0),
	XT(A_FSPICK, fspick_flags, "FSPICK_???", 1, 0),
	XT(A_MSATTR, mount_setattr_flags, "AT_???", 1, 0),
	XT(A_LLCREATE, landlock_create_ruleset_flags,
	   "LANDLOCK_CREATE_RULESET_???", 1, 0),
	XT(A_LLRULE, landlock_rule_types, "LANDLOCK_RULE_???", 0, 0),
	XT(A_CLOEXEC, cloexec_flag, "", 1, 0),
	XT(A_MEMBARRIER, membarrier_cmds, "MEMBARRIER_CMD_???", 0, 0),
	XT(A_MEMBARRIERF, membarrier_flags, "MEMBARRIER_CMD_FLAG_???", 1, 0),
	XT(A_REBOOTMAGIC, reboot_magic, "LINUX_REBOOT_MAGIC_???", 0, 0),
	XT(A_REBOOTCMD, reboot_cmds, "LINUX_REBOOT_CMD_???", 0, 0),
	XT(A_SECCOMPF, seccomp_filter_flags, "SECCOMP_FILTER_FLAG_???", 1, 0),
	/* prctl's: 64-bit where strace's prctl.c says printxval64() */
	XT(A_CAP, capabilities, "CAP_???", 0, 1),
	XT(A_SUIDDUMP, suid_dump, "SUID_DUMP_???", 0, 1),
	XT(A_SECCOMPMODE, seccomp_mode, "SECCOMP_MODE_???", 0, 1),
	XT(A_SECBITS, secbits, "SECBIT_???", 1, 1),
	XT(A_PRTSC, pr_tsc, "PR_TSC_???", 0, 0),
	XT(A_PRUNALIGN, pr_unalign_flags, "PR_UNALIGN_???", 1, 0),
	XT(A_PRFPMODE, pr_fp_mode, "PR_FP_MODE_???", 1, 0),
	XT(A_PRSETMM, pr_set_mm, "PR_SET_MM_???", 0, 0),
	XT(A_PRMCE, pr_mce_kill, "PR_MCE_KILL_???", 0, 1),
	XT(A_PRMCEPOL, pr_mce_kill_policy, "PR_MCE_KILL_???", 0, 1),
	XT(A_PRSPEC, pr_spec_cmds, "PR_SPEC_???", 0, 1),
	XT(A_PRSPECSET, pr_spec_set_flags, "PR_SPEC_???", 0, 1),
	XT(A_PRCAPAMB, pr_cap_ambient, "PR_CAP_AMBIENT_???", 0, 1),
	XT(A_PRPACKEYS, pr_pac_enabled_keys, "PR_PAC_???", 1, 1),
	XT(A_PRSUD, pr_sud_cmds, "PR_SYS_DISPATCH_???", 0, 1),
	XT(A_PRSCHEDCORE, pr_sched_core_cmds, "PR_SCHED_CORE_???", 0, 0),
	XT(A_PRSETVMA, pr_set_vma, "PR_SET_VMA_???", 0, 1),
	XT(A_IOPRIOWHO, ioprio_who, "IOPRIO_WHO_???", 0, 0),
	XT(A_FANMARK, fan_mark_flags, "FAN_MARK_???", 1, 0),
	XT(A_FANMASK, fan_event_flags, "FAN_???", 1, 1),
	/* the ipc commands: their IPC_64 bit first, see put_arg() */
	XT(A_SHMCMD, shmctl_cmds, "SHM_???", 0, 0),
	XT(A_SEMCMD, semctl_cmds, "SEM_???", 0, 0),
	XT(A_MSGCMD, msgctl_cmds, "MSG_???", 0, 0),
#undef XT
};

/*
 * The memory behind pointer argument i as captured (print.h), printed at
 * exit when i is one of the arguments strace prints then. False when
 * nothing was captured or no printer knows it.
 */
static bool put_captured_at(struct sbuf *b, const struct actx *x,
			    unsigned int i, bool at_exit)
{
	struct pctx p = {
		.c = x->c, .name = x->name, .args = x->a, .enter = x->enter,
		.exit = x->exit, .arg = i,
	};

	if (x->compat)
		return false;
	return print_arg(b, &p, at_exit);
}

bool put_captured(struct sbuf *b, const struct actx *x, unsigned int i)
{
	return put_captured_at(b, x, i, x->nentry >= 0 && (int)i >= x->nentry);
}

void put_ptr(struct sbuf *b, uint64_t v)
{
	if (v)
		sb_printf(b, "%#" PRIx64, v);
	else
		sb_puts(b, "NULL");
}

static void put_fd(struct sbuf *b, const struct actx *x, uint64_t v)
{
	sb_printf(b, "%d", (int)v);
	put_fd_path(b, x->c, (int)v);
}

/*
 * The entry's capture of argument i; if it faulted, the one the module
 * made at exit, when the kernel had just read it (KSTRACE_CAP_ATEXIT).
 */
const struct kstrace_cap *in_cap(const struct actx *x, unsigned int i)
{
	const struct kstrace_cap *cap, *late;
	unsigned int k;

	if (x->compat)
		return NULL;
	cap = rec_cap(x->enter, i);
	if (!cap || !(cap->flags & KSTRACE_CAP_FAULT) || !x->exit)
		return cap;
	for_each_cap(x->exit, late, k)
		if (late->arg == i && (late->flags & KSTRACE_CAP_ATEXIT))
			return late;
	return cap;
}

/* A captured string (path, str) or data buffer, or the pointer. */
static void put_capture(struct sbuf *b, const struct actx *x,
			const struct kstrace_cap *cap, uint64_t v, bool zero_term)
{
	bool cut = cap && (cap->flags & KSTRACE_CAP_TRUNC);
	size_t len;

	if (!v) {
		sb_puts(b, "NULL");
		return;
	}
	if (!cap || (cap->flags & KSTRACE_CAP_FAULT) ||
	    cap->kind == KSTRACE_CAP_ARGV) {
		sb_printf(b, "%#" PRIx64, v);
		return;
	}
	len = cap->len;
	/*
	 * -s: the module cut strings and data there, unless it was asked
	 * for more (-e read=/write= dump whole buffers); paths are whole.
	 */
	if (cap->kind != KSTRACE_CAP_PATH && len > x->c->strsize) {
		len = x->c->strsize;
		cut = true;
	}
	quote_string_x(b, cap_data(cap), len, zero_term, x->c->xflag);
	if (cut)
		sb_puts(b, "...");
}

/* A_BUFR: what the call wrote, up to its return value; xflag: -x's */
static void put_bufr(struct sbuf *b, const struct actx *x, unsigned int i,
		     uint64_t v, unsigned int xflag)
{
	const struct kstrace_cap *cap;

	if (!x->exit || x->exit->exit.ret < 0) {
		put_ptr(b, v);
		return;
	}
	if (x->exit->exit.ret == 0 && v) {
		sb_puts(b, "\"\"");
		return;
	}
	cap = x->compat ? NULL : rec_cap(x->exit, i);
	if (!v || !cap || (cap->flags & KSTRACE_CAP_FAULT)) {
		put_ptr(b, v);
		return;
	}
	quote_string_x(b, cap_data(cap), cap->len, false, xflag);
	if (cap->flags & KSTRACE_CAP_TRUNC)
		sb_puts(b, "...");
}

/*
 * print_xattr_val(): setxattr's value (size: argument 3) or getxattr's
 * (size: what it returned), quoted with QUOTE_OMIT_TRAILING_0: a NUL
 * that ends what is printed is left out, and "..." with it; not when the
 * string goes in hex (-x finds that NUL unprintable). Over XATTR_SIZE_MAX
 * (a failure too): the address.
 */
static void put_xattr_value(struct sbuf *b, const struct actx *x,
			    unsigned int i, uint64_t v)
{
	bool in = !strstr(x->name, "getxattr");
	int64_t size = in ? (int64_t)arg_val(x, 3) : x->exit ? x->exit->exit.ret : -1;
	const struct kstrace_cap *cap;
	const char *d;
	size_t n;

	if (!v || size < 0 || size > 65536) {
		put_ptr(b, v);
		return;
	}
	if (!in && size == 0) {
		sb_puts(b, "\"\"");
		return;
	}
	cap = in ? in_cap(x, i) : x->compat ? NULL : rec_cap(x->exit, i);
	if (!cap || (cap->flags & KSTRACE_CAP_FAULT)) {
		put_ptr(b, v);
		return;
	}
	d = cap_data(cap);
	n = cap->len;
	if (n && !d[n - 1] &&
	    !quote_in_hex((const unsigned char *)d, n, false, x->c->xflag)) {
		quote_string_x(b, d, n - 1, false, x->c->xflag);
		return;
	}
	quote_string_x(b, d, n, false, x->c->xflag);
	if (cap->flags & KSTRACE_CAP_TRUNC)
		sb_puts(b, "...");
}

/*
 * ["a", "b", ...]: strace shows at most -s elements (all of them with
 * -v), each cut at -s bytes. The module copies each string up to -s + 1
 * bytes: a longer one was cut. An array that could not be read to its
 * end (FAULT) ends with "..." and the address of the unreadable pointer;
 * a bad string pointer in it looks the same to the module, which stops
 * there.
 */
static void put_argv(struct sbuf *b, const struct actx *x,
		     const struct kstrace_cap *cap, uint64_t v)
{
	const char *p, *end;
	unsigned int i = 0;
	size_t n;

	if (!v) {
		sb_puts(b, "NULL");
		return;
	}
	if (!cap || (cap->kind != KSTRACE_CAP_ARGV && cap->kind != KSTRACE_CAP_ENVP) ||
	    x->c->no_deref ||
	    ((cap->flags & KSTRACE_CAP_FAULT) && !cap->len)) {
		sb_printf(b, "%#" PRIx64, v);
		return;
	}
	sb_putc(b, '[');
	p = cap_data(cap);
	end = p + cap->len;
	for (; p < end; i++) {
		if (i)
			sb_puts(b, ", ");
		if (i == x->c->strsize && !x->c->verbose) {
			sb_puts(b, "...");
			break;
		}
		n = strnlen(p, end - p);
		quote_string_x(b, p, n > x->c->strsize ? x->c->strsize : n, false,
			       x->c->xflag);
		if (n > x->c->strsize)
			sb_puts(b, "...");
		p += n + 1;
	}
	if (p >= end && (cap->flags & KSTRACE_CAP_MORE))
		sb_puts(b, i ? ", ..." : "...");
	else if (p >= end && (cap->flags & KSTRACE_CAP_FAULT))
		sb_printf(b, "%s... /* %#" PRIx64 " */", i ? ", " : "",
			  v + 8 * (uint64_t)cap->full_len);
	sb_putc(b, ']');
}

/*
 * The environment without -v: its address and how many variables it has
 * (strace's printargc). A pointer that could not be read: the address
 * alone; an array that could not be read to its end: "unterminated".
 */
static void put_envc(struct sbuf *b, const struct kstrace_cap *cap, uint64_t v)
{
	put_ptr(b, v);
	if (!v || !cap || cap->kind != KSTRACE_CAP_ENVP ||
	    ((cap->flags & KSTRACE_CAP_FAULT) && !cap->full_len))
		return;
	sb_printf(b, " /* %" PRIu64 " var%s%s */", (uint64_t)cap->full_len,
		  cap->full_len == 1 ? "" : "s",
		  cap->flags & KSTRACE_CAP_FAULT ? ", unterminated" : "");
}

/*
 * put_styled - a value that strace prints whole under -X raw and verbose
 * (open flags, mmap flags, an ioctl code): fn's abbreviated text, then as
 * -X wants it: the number, or the number and the text in a comment.
 */
void put_styled(struct sbuf *b, uint64_t v, void (*fn)(struct sbuf *, uint64_t))
{
	struct sbuf t = SBUF_INIT;
	enum xlat_style saved;

	if (xlat_style == XLAT_ABBREV) {
		fn(b, v);
		return;
	}
	saved = xlat_abbrev_begin();
	fn(&t, v);
	xlat_abbrev_end(saved);
	print_xlat_ex(b, v, sb_str(&t), XFMT_X);
	sb_free(&t);
}

void put_open_flags(struct sbuf *b, uint64_t v)
{
	uint32_t f = v;

	print_xval(b, open_access_modes, f & 3, "O_???");
	f &= ~3u;
	if (f) {
		sb_putc(b, '|');
		print_flags(b, open_mode_flags, f, NULL);
	}
}

static void put_mmap_flags(struct sbuf *b, uint64_t v)
{
	uint32_t f = v, huge;

	print_xval(b, mmap_flags, f & 0xf, "MAP_???");
	f &= ~0xfu;
	huge = f & (0x3fu << 26);
	f &= ~(0x3fu << 26);
	if (f) {
		sb_putc(b, '|');
		print_flags(b, mmap_flags, f, NULL);
	}
	if (huge)
		sb_printf(b, "|%u<<MAP_HUGE_SHIFT", huge >> 26);
}

static void put_sock_type(struct sbuf *b, uint64_t v)
{
	uint32_t f = v;
	const char *s = xlookup(socktypes, f & 0xf);

	if (s) {
		print_xlat_ex(b, f & 0xf, s, XFMT_X);
		f &= ~0xfu;
		if (!f)
			return;
		sb_putc(b, '|');
	}
	print_flags(b, sock_type_flags, f, "SOCK_???");
}

/* PER_LINUX|ADDR_NO_RANDOMIZE: the type in the low byte, then flags. */
void put_personality(struct sbuf *b, uint64_t v)
{
	uint32_t p = v;

	if (p == 0xffffffff) {		/* a query */
		sb_puts(b, "0xffffffff");
		return;
	}
	print_xval(b, personalities, p & 0xff, "PER_???");
	if (p & ~0xffu) {
		sb_putc(b, '|');
		print_flags(b, personality_flags, p & ~0xffu, NULL);
	}
}

/* strace's printsignal(): SIGKILL; -X raw: 9; verbose: 9 / * SIGKILL * / */
static void put_signal(struct sbuf *b, int sig)
{
	char buf[32];

	print_xlat_ex(b, (int64_t)sig, signal_name(sig, buf, sizeof(buf)),
		      XFMT_D);
}

/*
 * sprint_ioprio(): the class (in the style of -X) and the data of an I/O
 * priority, as the macro that makes one.
 */
void put_ioprio(struct sbuf *b, uint32_t v)
{
	sb_puts(b, "IOPRIO_PRIO_VALUE(");
	print_xval(b, ioprio_class, v >> 13, "IOPRIO_CLASS_???");
	sb_printf(b, ", %u)", v & 0x1fff);
}

void put_clone_flags(struct sbuf *b, uint64_t flags)
{
	size_t len = b->len;

	if (flags & ~0xffULL)
		print_flags(b, clone_flags, flags & ~0xffULL, NULL);
	if ((flags & 0xff) || b->len == len) {
		if (b->len != len)
			sb_putc(b, '|');
		put_signal(b, flags & 0xff);
	}
}

/*
 * S_IFCHR|S_ISUID|0644; an unknown file type: the whole mode in octal
 * (strace's print_symbolic_mode_t(), -X raw: 020644; verbose: both)
 */
static void put_symmode(struct sbuf *b, uint64_t v)
{
	unsigned int mode = (uint16_t)v;
	const char *ifmt = "";
	struct sbuf t = SBUF_INIT;

	if (mode & 0170000)
		ifmt = xlookup(modetypes, mode & 0170000);
	if (!ifmt || xlat_style != XLAT_ABBREV)
		sb_printf(b, "%#03o", mode);
	if (!ifmt || xlat_style == XLAT_RAW)
		return;
	sb_printf(&t, "%s%s%s%s%s%#03o", ifmt, *ifmt ? "|" : "",
		  mode & 04000 ? "S_ISUID|" : "", mode & 02000 ? "S_ISGID|" : "",
		  mode & 01000 ? "S_ISVTX|" : "", mode & 0777);
	if (xlat_style == XLAT_VERBOSE)
		sb_printf(b, " /* %s */", sb_str(&t));
	else
		sb_puts(b, sb_str(&t));
	sb_free(&t);
}

static void put_dev(struct sbuf *b, uint64_t v)
{
	uint64_t major = ((v >> 8) & 0xfff) | ((v >> 32) & ~0xfffULL);
	uint64_t minor = (v & 0xff) | ((v >> 12) & ~0xffULL);

	sb_printf(b, "makedev(%#" PRIx64 ", %#" PRIx64 ")", major, minor);
}

/* IPC_CREAT|IPC_EXCL|0600: flags, then the permission bits in octal. */
static void put_ipc_flags(struct sbuf *b, const struct xlat *x, uint64_t v,
			  bool huge)
{
	uint32_t f = v & ~0777u, h = 0;

	if (!huge) {
		/* semget, msgget: "|" follows names only (0x40000000000) */
		if (f && print_flags(b, x, f, NULL))
			sb_putc(b, '|');
	} else {
		/* shmget always has one (0x20000|0600) */
		h = f & (0x3fu << 26);
		f &= ~(0x3fu << 26);
		if (f)
			print_flags(b, x, f, NULL);
		if (h) {
			sb_printf(b, "%s%u<<", f ? "|" : "", h >> 26);
			print_xlat_ex(b, 26, "SHM_HUGE_SHIFT", XFMT_U);
		}
		if (f || h)
			sb_putc(b, '|');
	}
	sb_printf(b, "%#03o", (unsigned int)(v & 0777));
}

/*
 * pselect6's sixth argument points to { const sigset_t *ss; size_t ss_len; }
 * (captured as two u64s, and the set behind ss: a DEREF capture).
 */
static void put_pselect_sigmask(struct sbuf *b, const struct actx *x,
				unsigned int i)
{
	const struct kstrace_cap *cap = x->compat ? NULL : rec_cap(x->enter, i);
	const struct kstrace_cap *set;
	uint64_t d[2];

	if (!arg_val(x, i) || !cap || (cap->flags & KSTRACE_CAP_FAULT) ||
	    cap->kind != KSTRACE_CAP_U64 || cap->len < sizeof(d)) {
		put_ptr(b, arg_val(x, i));
		return;
	}
	memcpy(d, cap_data(cap), sizeof(d));
	sb_puts(b, "{sigmask=");
	set = rec_cap_field(x->enter, i, KSTRACE_CAP_SIGSET, 0);
	if (d[0] && set && d[1] >= 1 && d[1] <= set->len)
		print_sigmask(b, cap_data(set), d[1]);
	else
		put_ptr(b, d[0]);
	sb_printf(b, ", sigsetsize=%" PRIu64 "}", d[1]);
}

/* MFD_CLOEXEC|MFD_HUGETLB|21<<MFD_HUGE_SHIFT */
static void put_mfd_flags(struct sbuf *b, uint64_t v)
{
	uint32_t f = v, huge = f & (0x3fu << 26);

	f &= ~(0x3fu << 26);
	if (f || !huge)
		print_flags(b, memfd_create_flags, f, "MFD_???");
	if (huge)
		sb_printf(b, "%s%u<<MFD_HUGE_SHIFT", f ? "|" : "", huge >> 26);
}

/* a known mode with flags: MPOL_BIND|MPOL_F_STATIC_NODES */
static void put_mpol_mode(struct sbuf *b, uint64_t f)
{
	sb_puts(b, xlookup(mpol_modes, f & ~0xe000ULL));
	sb_putc(b, '|');
	print_flags(b, mpol_mode_flags, f & 0xe000, NULL);
}

/* strace's print_mode() of numa.c */
static void put_mpol(struct sbuf *b, uint64_t f)
{
	if (!(f & 0xe000))
		print_xval(b, mpol_modes, f, "MPOL_???");
	else if (!xlookup(mpol_modes, f & ~0xe000ULL))
		print_flags(b, mpol_mode_flags, f, "MPOL_???");
	else
		put_styled(b, f, put_mpol_mode);
}

/*
 * strace's print_nodemask() of numa.c: a mask of maxnode - 1 bits in
 * longs, read as (maxnode + BITS - 2) / BITS of them; the pointer when
 * that count overflowed or the array would wrap, "[]" when it is none,
 * whether or not the call failed (print_array() checks that first). The
 * words themselves are the capture's (print_nodemask of print-misc.c);
 * the pointer without one (a failed get_mempolicy, ia32).
 */
static void put_nodemask(struct sbuf *b, const struct actx *x, unsigned int i,
			 uint64_t maxnode)
{
	unsigned int bits = x->compat ? 32 : 64;
	uint64_t v = arg_val(x, i), n = (maxnode + bits - 2) / bits;

	if (!v || n < maxnode / bits || (maxnode && !n))
		put_ptr(b, v);
	else if (!n)
		sb_puts(b, "[]");
	else if (n > (UINT64_MAX - v) / (bits / 8) || !put_captured(b, x, i))
		put_ptr(b, v);
}

static void put_arg(struct sbuf *b, const struct actx *x, unsigned int i,
		    unsigned int type)
{
	uint64_t v = arg_val(x, i);
	const struct xtype *xt;

	switch (type) {
	case A_HEX:
		sb_printf(b, "%#" PRIx64, v);
		break;
	case A_PTR:
		if (!put_captured(b, x, i))
			put_ptr(b, v);
		break;
	case A_SOCKLEN:
		/* strace reads the length only for an address to print */
		if (!arg_val(x, i - 1) || !put_captured(b, x, i))
			put_ptr(b, v);
		break;
	case A_PTR_IN:
		if (!put_captured_at(b, x, i, false))
			put_ptr(b, v);
		break;
	case A_PSELSIG:
		put_pselect_sigmask(b, x, i);
		break;
	case A_IOPRIO: {
		struct sbuf s = SBUF_INIT;

		/* print_ioprio(): -X raw and verbose give the number as an int */
		put_ioprio(&s, v);
		print_xlat_ex(b, (int64_t)(int32_t)v, sb_str(&s), XFMT_D);
		sb_free(&s);
		break;
	}
	case A_INT:
		sb_printf(b, "%d", (int)v);
		break;
	case A_UINT:
		sb_printf(b, "%u", (unsigned int)v);
		break;
	case A_LONG:
		sb_printf(b, "%" PRId64, slong(x, v));
		break;
	case A_ULONG:
		sb_printf(b, "%" PRIu64, v);
		break;
	case A_HEX32:
		sb_printf(b, "%#x", (unsigned int)v);
		break;
	case A_OCT:
		sb_printf(b, "%#03o", (unsigned int)(uint16_t)v);
		break;
	case A_SKIP:
		break;
	case A_FD:
		put_fd(b, x, v);
		break;
	case A_FANINIT:
		/* the class is a value in bits 2-3 (FAN_ALL_CLASS_BITS) */
		print_xval(b, fan_classes, (uint32_t)v & 0xc, "FAN_CLASS_???");
		if ((uint32_t)v & ~0xcu) {
			sb_putc(b, '|');
			print_flags(b, fan_init_flags, (uint32_t)v & ~0xcu, "FAN_???");
		}
		break;
	case A_FANDIRFD:
		if ((int)v == -1) {
			print_xlat_ex(b, (uint64_t)-1, "FAN_NOFD", XFMT_D);
			break;
		}
		/* fall through */
	case A_DIRFD:
		if ((int)v == -100) {
			print_xlat_ex(b, (uint64_t)-100, "AT_FDCWD", XFMT_D);
			put_fd_path(b, x->c, -100);
		} else {
			put_fd(b, x, v);
		}
		break;
	case A_PATH:
	case A_STR:
		put_capture(b, x, in_cap(x, i), v, true);
		break;
	case A_BUFW:
		put_capture(b, x, in_cap(x, i), v, false);
		break;
	case A_BUFR:
		if (!x->exit || x->exit->exit.ret < 0) {
			put_ptr(b, v);
		} else if (x->exit->exit.ret == 0 && v) {
			sb_puts(b, "\"\"");
		} else {
			put_capture(b, x, x->compat ? NULL : rec_cap(x->exit, i),
				    v, false);
		}
		break;
	case A_BUFR_HEX:
		put_bufr(b, x, i, v, 2);
		break;
	case A_XATTR_VAL:
		put_xattr_value(b, x, i, v);
		break;
	case A_XATTR_LIST:
		if (!arg_val(x, i + 1))
			put_ptr(b, v);
		else
			put_bufr(b, x, i, v, x->c->xflag);
		break;
	case A_ARGV:
		put_argv(b, x, x->compat ? NULL : rec_cap(x->enter, i), v);
		break;
	case A_ENVP:
		if (x->c->verbose)
			put_argv(b, x, x->compat ? NULL : rec_cap(x->enter, i), v);
		else
			put_envc(b, x->compat ? NULL : rec_cap(x->enter, i), v);
		break;
	case A_SIG:
		put_signal(b, (int)v);
		break;
	case A_OFLAGS:
		put_styled(b, (uint32_t)v, put_open_flags);
		break;
	case A_OFLAGS_NOACC:
		print_flags(b, open_mode_flags, (uint32_t)v, "O_???");
		break;
	case A_SYMMODE:
		put_symmode(b, v);
		break;
	case A_DEV:
		put_styled(b, (uint32_t)v, put_dev);
		break;
	case A_PGOFF:
		sb_printf(b, "%#" PRIx64, v << 12);
		break;
	case A_MMAPFLAGS:
		put_styled(b, x->compat ? (uint32_t)v : v, put_mmap_flags);
		break;
	case A_SOCKTYPE:
		put_sock_type(b, v);
		break;
	case A_CLONEFLAGS:
		put_clone_flags(b, v);
		break;
	case A_MFD:
		if ((uint32_t)v)
			put_styled(b, (uint32_t)v, put_mfd_flags);
		else
			sb_putc(b, '0');
		break;
	case A_IPCKEY:
		print_xname(b, (uint32_t)v, (uint32_t)v ? NULL : "IPC_PRIVATE",
			    NULL, XFMT_X);
		break;
	case A_IPCFLG:
		put_ipc_flags(b, resource_flags, v, false);
		break;
	case A_SHMFLG:
		put_ipc_flags(b, shm_resource_flags, v, true);
		break;
	case A_PERSONALITY:
		put_personality(b, v);
		break;
	case A_STATXFLAGS:
		/* strace: -X raw prints no sync type of 0 ("|0x1000") */
		if (xlat_style != XLAT_RAW || (v & 0x6000))
			print_flags(b, at_statx_sync_types, v & 0x6000, NULL);
		v = (uint32_t)v & ~0x6000u;
		if (v) {
			sb_putc(b, '|');
			print_flags(b, at_flags, v, NULL);
		}
		break;
	case A_LO64:
		sb_printf(b, "%" PRId64, (int64_t)((uint32_t)v |
					 (arg_val(x, i + 1) << 32)));
		break;
	case A_HI64:
		sb_printf(b, "%" PRId64, (int64_t)((v << 32) |
					 (uint32_t)arg_val(x, i + 1)));
		break;
	case A_SWAPFLAGS: {
		uint32_t f = (uint32_t)v & ~0x7fffu, prio = v & 0x7fff;

		if (f) {
			print_flags(b, swap_flags, f, "SWAP_FLAG_???");
			sb_printf(b, "|%u", prio);
		} else {
			sb_printf(b, "%u", prio);
		}
		break;
	}
	case A_MPOLMODE:
		put_mpol(b, (uint32_t)v);
		break;
	case A_MPOLMODE64:
		put_mpol(b, v);
		break;
	case A_NODEMASK:
		put_nodemask(b, x, i, arg_val(x, i + 1));
		break;
	case A_NODEMASK1:
		put_nodemask(b, x, i, arg_val(x, 1));
		break;
	case A_KEYSERIAL:
		print_xname(b, (int64_t)(int)v, xlookup(key_spec, (uint32_t)v),
			    NULL, XFMT_D);
		break;
	case A_UID:
		if ((uint32_t)v == 0xffffffff)
			sb_puts(b, "-1");
		else
			sb_printf(b, "%u", (unsigned int)v);
		break;
	case A_UID16:
		if ((uint16_t)v == 0xffff)
			sb_puts(b, "-1");
		else
			sb_printf(b, "%u", (unsigned int)(uint16_t)v);
		break;
	case A_ULO64:
		sb_printf(b, "%" PRIu64, (uint32_t)v | (arg_val(x, i + 1) << 32));
		break;
	case A_SIGHANDLER:
		if (v == 0 || v == 1)
			print_xlat_ex(b, v, v ? "SIG_IGN" : "SIG_DFL", XFMT_X);
		else
			sb_printf(b, "%#" PRIx64, v);
		break;
	case A_SHMCMD:
	case A_SEMCMD:
	case A_MSGCMD:
		xt = &xtypes[type - A_XLAT_FIRST];
		v = (uint32_t)v;
		if (v & 0x100) {
			print_xlat_ex(b, 0x100, "IPC_64", XFMT_X);
			sb_putc(b, '|');
			v &= ~0x100ULL;
		}
		print_xval(b, xt->x, v, xt->dflt);
		break;
	default:
		if (type < A_XLAT_FIRST || type >= A_XLAT_END) {
			sb_printf(b, "%#" PRIx64, v);
			break;
		}
		xt = &xtypes[type - A_XLAT_FIRST];
		if (!xt->wide || x->compat)
			v = (uint32_t)v;
		if (xt->flags)
			print_flags(b, xt->x, v, xt->dflt);
		else
			print_xval(b, xt->x, v, xt->dflt);
		break;
	}
}

struct sbuf *part_new(struct parts *p)
{
	struct sbuf *b = &p->s[p->n++];

	sb_reset(b);
	return b;
}

void part_arg(struct parts *p, const struct actx *x, unsigned int i,
	      unsigned int type)
{
	if (type == A_SKIP)
		return;
	put_arg(part_new(p), x, i, type);
}
