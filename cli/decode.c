// SPDX-License-Identifier: GPL-2.0
/*
 * decode.c - turns a syscall record into what strace 6.1 prints for it.
 *
 * Each syscall known here has a decoder row: the type of each
 * argument, how many of them strace prints when the call starts (the
 * rest it prints when it returns, which is where an "<unfinished ...>"
 * line is cut) and how the return value reads. A few calls whose
 * arguments depend on one another (open's mode, fcntl's third argument,
 * clone, futex, ioctl, prctl, socket, ...) have a function instead.
 * Syscalls without a row print every argument in hex, as strace's
 * printargs() does. Rows are matched by name, so the ia32 calls that
 * share a name and an argument layout with x86-64 ones are decoded too,
 * from 32-bit values.
 *
 * This file reads records, finds a call's row and assembles what the row
 * prints; the rows live with their family (decode-file.c, decode-net.c,
 * decode-process.c, decode-time.c, decode-misc.c; the ia32 ones here),
 * each argument kind is printed by decode-arg.c, strings are quoted by
 * decode-quote.c and -e read=/write= dumps made by decode-dump.c.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "decode-int.h"
#include "print.h"
#include "sockdiag.h"
#include "tables.h"

#include "sysent.h"

/* ---- the syscall tables ---- */

const struct sysent *sysent_get(unsigned int abi, unsigned int nr)
{
	if (abi == KSTRACE_ABI_NATIVE && nr < ARRAY_SIZE(sysent64) &&
	    sysent64[nr].name)
		return &sysent64[nr];
	if (abi == KSTRACE_ABI_COMPAT && nr < ARRAY_SIZE(sysent32) &&
	    sysent32[nr].name)
		return &sysent32[nr];
	return NULL;
}

unsigned int sysent_count(unsigned int abi)
{
	return abi == KSTRACE_ABI_COMPAT ? ARRAY_SIZE(sysent32) :
					   ARRAY_SIZE(sysent64);
}

/* ---- records ---- */

size_t rec_check(const void *buf, size_t avail)
{
	const struct kstrace_rec *r = buf;
	const struct kstrace_cap *cap;
	size_t off, size;
	unsigned int i;

	if (avail < sizeof(*r))
		return 0;
	size = r->size;
	if (size < sizeof(*r) || size > avail || size % 8)
		return 0;
	off = sizeof(*r);
	for (i = 0; i < r->ncap; i++) {
		if (off + sizeof(*cap) > size)
			return 0;
		cap = (const struct kstrace_cap *)((const char *)buf + off);
		off += sizeof(*cap);
		if (cap->len > size - off || ALIGN8(cap->len) > size - off)
			return 0;
		off += ALIGN8(cap->len);
	}
	return size;
}

const struct kstrace_cap *rec_cap(const struct kstrace_rec *r,
				  unsigned int arg)
{
	const struct kstrace_cap *cap;
	unsigned int i;

	if (!r)
		return NULL;
	for_each_cap(r, cap, i)
		if (cap->arg == arg)
			return cap;
	return NULL;
}

/* ---- descriptors: -y, -yy ---- */

/* The path behind a descriptor, for -y, escaped as strace does. */
const char *fd_path_proc(pid_t pid, int fd, char *buf, size_t len)
{
	char link[64];
	ssize_t n;

	if (pid <= 0 || (fd < 0 && fd != -100) || len < 2)
		return NULL;
	if (fd == -100)
		snprintf(link, sizeof(link), "/proc/%d/cwd", (int)pid);
	else
		snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)pid, fd);
	n = readlink(link, buf, len - 1);
	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	return buf;
}

/*
 * -yy: a socket's text from the live descriptor, or else, when the module
 * named its protocol at the call that made it (the descriptor is gone
 * now), from that protocol and the inode of @p ("socket:[123]").
 */
static bool put_sock(struct sbuf *b, const struct dctx *c, int fd, const char *p)
{
	char text[256];
	const char *proto;
	unsigned long ino;

	if (!sockdiag_fd(c->pid, fd, text, sizeof(text))) {
		proto = c->fd_proto ? c->fd_proto(c, fd) : NULL;
		if (!proto || sscanf(p, "socket:[%lu]", &ino) != 1 ||
		    !sockdiag_describe(proto, ino, text, sizeof(text)))
			return false;
	}
	sb_printf(b, "<%s>", text);
	return true;
}

/* -yy: a device's numbers after its path, "/dev/null<char 1:3>" */
static void put_dev(struct sbuf *b, const char *path)
{
	struct stat st;

	if (path[0] != '/' || stat(path, &st) ||
	    !(S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)))
		return;
	sb_printf(b, "<%s %u:%u>", S_ISCHR(st.st_mode) ? "char" : "block",
		  major(st.st_rdev), minor(st.st_rdev));
}

/* -y: "<path>" after a descriptor, escaped as strace does. */
void put_fd_path(struct sbuf *b, const struct dctx *c, int fd)
{
	char path[PATH_MAX];
	const unsigned char *s;
	const char *p;
	size_t i, n;

	if (!c->decode_fds || (fd < 0 && fd != -100))
		return;
	p = c->fd_path ? c->fd_path(c, fd, path, sizeof(path)) :
			 fd_path_proc(c->pid, fd, path, sizeof(path));
	if (!p)
		return;
	/* -yy: strace's text, already quoted where it holds a path */
	if (c->decode_socks && !strncmp(p, "socket:[", 8) &&
	    put_sock(b, c, fd, p)) {
		return;
	}
	s = (const unsigned char *)p;
	n = strlen(p);
	sb_putc(b, '<');
	for (i = 0; i < n; i++) {
		if (s[i] >= ' ' && s[i] <= 0x7e && s[i] != '<' && s[i] != '>' &&
		    s[i] != '\\')
			sb_putc(b, s[i]);
		else if (s[i] == '\\')
			sb_puts(b, "\\\\");
		else
			sb_printf(b, "\\%o", s[i]);
	}
	if (c->decode_devs)
		put_dev(b, p);
	sb_putc(b, '>');
}

void decode_fd(struct sbuf *b, const struct dctx *c, int fd)
{
	sb_printf(b, "%d", fd);
	put_fd_path(b, c, fd);
}

const char *errno_text(long err)
{
	switch (err) {
	case 512:
		return "To be restarted if SA_RESTART is set";
	case 513:
		return "To be restarted";
	case 514:
		return "To be restarted if no handler";
	case 516:
		return "Interrupted by signal";
	default:
		return strerror(err);
	}
}

/* ---- finding a call's row ---- */

/*
 * ia32 calls whose arguments differ from the x86-64 ones of the same name:
 * 64-bit values in two registers, structures instead of arguments.
 */
static const struct decoder decoders32[] = {
	D("pread64", 1, RV_D, A_FD, A_BUFR, A_ULONG, A_LO64, A_SKIP),
	D("pwrite64", ALL, RV_D, A_FD, A_BUFW, A_ULONG, A_LO64, A_SKIP),
	D("truncate64", ALL, RV_D, A_PATH, A_ULO64, A_SKIP),
	D("ftruncate64", ALL, RV_D, A_FD, A_ULO64, A_SKIP),
	DN("lookup_dcookie", 4, ALL, RV_D, A_ULO64, A_SKIP, A_PTR, A_ULONG),
	DN("_sysctl", 1, ALL, RV_D, A_PTR),
	D("io_pgetevents_time64", 3, RV_D, A_PTR, A_LONG, A_LONG, A_PTR, A_PTR, A_PTR),
	/* the 16-bit uid calls kept their names; the 32-bit ones are ...32 */
	D("lchown", ALL, RV_D, A_PATH, A_UID16, A_UID16),
	D("chown", ALL, RV_D, A_PATH, A_UID16, A_UID16),
	D("fchown", ALL, RV_D, A_FD, A_UID16, A_UID16),
	D("setuid", ALL, RV_D, A_UID16),
	D("setgid", ALL, RV_D, A_UID16),
	D("setreuid", ALL, RV_D, A_UID16, A_UID16),
	D("setregid", ALL, RV_D, A_UID16, A_UID16),
	D("setresuid", ALL, RV_D, A_UID16, A_UID16, A_UID16),
	D("setresgid", ALL, RV_D, A_UID16, A_UID16, A_UID16),
	D("setfsuid", ALL, RV_D, A_UID16),
	D("setfsgid", ALL, RV_D, A_UID16),
	D("readahead", ALL, RV_D, A_FD, A_LO64, A_SKIP, A_ULONG),
	D("fadvise64", ALL, RV_D, A_FD, A_LO64, A_SKIP, A_ULONG, A_FADV),
	D("fadvise64_64", ALL, RV_D, A_FD, A_LO64, A_SKIP, A_LO64, A_SKIP, A_FADV),
	D("sync_file_range", ALL, RV_D, A_FD, A_LO64, A_SKIP, A_LO64, A_SKIP, A_SYNCFR),
	D("fallocate", ALL, RV_D, A_FD, A_FALLOC, A_LO64, A_SKIP, A_LO64, A_SKIP),
	D("preadv", 1, RV_D, A_FD, A_PTR, A_ULONG, A_LO64, A_SKIP),
	D("pwritev", ALL, RV_D, A_FD, A_PTR, A_ULONG, A_LO64, A_SKIP),
	D("preadv2", 1, RV_D, A_FD, A_PTR, A_ULONG, A_LO64, A_SKIP, A_RWF),
	D("pwritev2", ALL, RV_D, A_FD, A_PTR, A_ULONG, A_LO64, A_SKIP, A_RWF),
	D("_llseek", ALL, RV_D, A_FD, A_HI64, A_SKIP, A_PTR, A_WHENCE),
	D("mmap", ALL, RV_X, A_PTR),		/* old_mmap: a structure */
	D("select", ALL, RV_TIMEOUT, A_PTR),	/* old_select: a structure */
	S("clone", SP_CLONE, 2, RV_D),		/* tls and child_tid swapped */
	D("oldstat", 1, RV_D, A_PATH, A_PTR),
	D("oldlstat", 1, RV_D, A_PATH, A_PTR),
	D("oldfstat", 1, RV_D, A_FD, A_PTR),
	D("stime", ALL, RV_D, A_PTR),
	D("signal", ALL, RV_X, A_SIG, A_SIGHANDLER),
	D("sigaction", 2, RV_D, A_SIG, A_PTR, A_PTR),
	D("sigpending", 0, RV_D, A_PTR),
	D("sigprocmask", 2, RV_D, A_SIGHOW, A_PTR, A_PTR),
	D("uselib", ALL, RV_D, A_PATH),
	D("socketcall", ALL, RV_D, A_INT, A_PTR),
	DN("bdflush", 2, ALL, RV_D, A_HEX, A_HEX),
	DN("vm86", 5, ALL, RV_D, A_HEX, A_HEX, A_HEX, A_HEX, A_HEX),
	D("olduname", ALL, RV_D, A_HEX),
	D("oldolduname", ALL, RV_D, A_HEX),
	D("clock_gettime64", 1, RV_D, A_CLOCK, A_PTR),
	D("clock_settime64", ALL, RV_D, A_CLOCK, A_PTR),
	D("clock_adjtime64", ALL, RV_D, A_CLOCK, A_PTR),
	D("clock_getres_time64", 1, RV_D, A_CLOCK, A_PTR),
	D("clock_nanosleep_time64", 3, RV_D, A_CLOCK, A_TIMERFLAGS, A_PTR, A_PTR),
	D("timer_gettime64", 1, RV_D, A_INT, A_PTR),
	D("timer_settime64", 3, RV_D, A_INT, A_TIMERFLAGS, A_PTR, A_PTR),
	D("timerfd_gettime64", 1, RV_D, A_FD, A_PTR),
	D("timerfd_settime64", 3, RV_D, A_FD, A_TFDFLAGS, A_PTR, A_PTR),
	D("utimensat_time64", ALL, RV_D, A_DIRFD, A_PATH, A_PTR, A_ATFLAGS),
	D("pselect6_time64", ALL, RV_TIMEOUT, A_INT, A_PTR, A_PTR, A_PTR, A_PTR, A_PTR),
	D("ppoll_time64", ALL, RV_TIMEOUT, A_PTR, A_UINT, A_PTR, A_PTR, A_ULONG),
	D("recvmmsg_time64", 1, RV_D, A_FD, A_PTR, A_UINT, A_MSGFLAGS, A_PTR),
	D("mq_timedsend_time64", ALL, RV_D, A_FD, A_PTR, A_ULONG, A_UINT, A_PTR),
	D("mq_timedreceive_time64", 1, RV_D, A_FD, A_PTR, A_ULONG, A_PTR, A_PTR),
	D("semtimedop_time64", ALL, RV_D, A_INT, A_PTR, A_UINT, A_PTR),
	D("rt_sigtimedwait_time64", 1, RV_D, A_PTR, A_PTR, A_PTR, A_ULONG),
	S("futex_time64", SP_FUTEX, ALL, RV_D),
	D("sched_rr_get_interval_time64", 1, RV_D, A_INT, A_PTR),
};

const struct decoder_rows decode_ia32_rows = { decoders32, ARRAY_SIZE(decoders32) };

/* ia32 calls of these names lay their arguments out differently. */
static const char *const compat_differs[] = {
	"mmap", "select", "pread64", "pwrite64", "readahead", "fadvise64",
	"fallocate", "sync_file_range", "clone", "preadv", "pwritev",
	"preadv2", "pwritev2", "lookup_dcookie", "fanotify_mark",
};

static const struct decoder *dec64[KSTRACE_MAX_SYSCALLS];
static const struct decoder *dec32[KSTRACE_MAX_SYSCALLS];
static bool dec_ready;

/* The x86-64 rows, by family; no name is in two of them. */
static const struct decoder_rows *const families[] = {
	&decode_file_rows, &decode_misc_rows, &decode_process_rows,
	&decode_time_rows, &decode_net_rows,
};

static const struct decoder *find_decoder(const char *name, bool compat)
{
	size_t f, i;

	if (!name)
		return NULL;
	if (compat) {
		for (i = 0; i < ARRAY_SIZE(decoders32); i++)
			if (!strcmp(name, decoders32[i].name))
				return &decoders32[i];
		for (i = 0; i < ARRAY_SIZE(compat_differs); i++)
			if (!strcmp(name, compat_differs[i]))
				return NULL;
	}
	for (f = 0; f < ARRAY_SIZE(families); f++)
		for (i = 0; i < families[f]->n; i++)
			if (!strcmp(name, families[f]->row[i].name))
				return &families[f]->row[i];
	return NULL;
}

static void decoders_init(void)
{
	unsigned int nr;

	for (nr = 0; nr < KSTRACE_MAX_SYSCALLS; nr++) {
		if (nr < ARRAY_SIZE(sysent64))
			dec64[nr] = find_decoder(sysent64[nr].name, false);
		if (nr < ARRAY_SIZE(sysent32))
			dec32[nr] = find_decoder(sysent32[nr].name, true);
	}
	dec_ready = true;
}

static const struct decoder *decoder_of(unsigned int abi, unsigned int nr)
{
	if (!dec_ready)
		decoders_init();
	if (nr >= KSTRACE_MAX_SYSCALLS)
		return NULL;
	return abi == KSTRACE_ABI_COMPAT ? dec32[nr] : dec64[nr];
}

bool decode_has_row(unsigned int abi, unsigned int nr)
{
	return decoder_of(abi, nr);
}

static void fill_parts(struct parts *p, const struct actx *x,
		       const struct decoder *d, unsigned int nargs)
{
	unsigned int i;

	p->n = 0;
	p->split = -1;		/* an sp_*() may set it: see sp_fcntl() */
	p->sep_at_exit = false;
	/* a row of decoders[] counts x86-64's arguments */
	if (d && d->nargs >= 0 &&
	    (!x->compat || (d >= decoders32 &&
			    d < decoders32 + ARRAY_SIZE(decoders32))))
		nargs = d->nargs;
	/* -e raw=: strace's printargs(), every argument in hex at entry */
	if (!d || x->c->raw) {
		for (i = 0; i < nargs && i < 6; i++)
			part_arg(p, x, i, A_HEX);
		p->split = p->n;
		return;
	}
	switch (d->sp) {
	case SP_OPEN:
		sp_open(p, x, 0, false);
		break;
	case SP_OPENAT:
		sp_open(p, x, 1, false);
		break;
	case SP_MQOPEN:
		sp_open(p, x, 0, true);
		break;
	case SP_MKNOD:
		sp_mknod(p, x, 0);
		break;
	case SP_MKNODAT:
		sp_mknod(p, x, 1);
		break;
	case SP_MREMAP:
		sp_mremap(p, x);
		break;
	case SP_SOCKET:
		sp_socket(p, x, !strcmp(d->name, "socketpair"));
		break;
	case SP_SOCKOPT:
		sp_sockopt(p, x, !strcmp(d->name, "getsockopt"));
		break;
	case SP_CLONE:
		sp_clone(p, x);
		return;
	case SP_FUTEX:
		sp_futex(p, x);
		break;
	case SP_FCNTL:
		sp_fcntl(p, x);
		break;
	case SP_IOCTL:
		sp_ioctl(p, x);
		break;
	case SP_PRCTL:
		sp_prctl(p, x);
		break;
	case SP_MEMBARRIER:
		sp_membarrier(p, x);
		break;
	case SP_REBOOT:
		sp_reboot(p, x);
		break;
	case SP_SECCOMP:
		sp_seccomp(p, x);
		break;
	case SP_KCMP:
		sp_kcmp(p, x);
		break;
	case SP_SIGRETURN:
		sp_sigreturn(p, x);
		break;
	case SP_ARCHPRCTL:
		sp_arch_prctl(p, x);
		break;
	case SP_SYSLOG:
		sp_syslog(p, x);
		break;
	default:
		for (i = 0; i < nargs && i < 6; i++)
			part_arg(p, x, i, d->arg[i]);
		p->split = d->nentry < 0 || d->nentry >= p->n ? p->n :
			   d->nentry;
		return;
	}
	if (p->split < 0)
		p->split = d->nentry < 0 || d->nentry >= p->n ? p->n : d->nentry;
}

static void join(struct sbuf *out, const struct parts *p, int from, int to)
{
	int i;

	for (i = from; i < to; i++) {
		if (i > from)
			sb_puts(out, ", ");
		sb_puts(out, sb_str(&p->s[i]));
	}
}

void actx_init(struct actx *x, const struct dctx *c,
	       const struct kstrace_rec *enter,
	       const struct kstrace_rec *exit)
{
	unsigned int i;

	x->c = c;
	x->enter = enter;
	x->exit = exit;
	x->compat = enter->abi == KSTRACE_ABI_COMPAT;
	for (i = 0; i < 6; i++)
		x->a[i] = x->compat ? (uint32_t)enter->enter.args[i] :
				      enter->enter.args[i];
}

void decode_args(const struct dctx *c, const struct kstrace_rec *enter,
		 const struct kstrace_rec *exit, struct sbuf *entry,
		 struct sbuf *exit_part, bool *late)
{
	static struct parts p;
	const struct sysent *se = sysent_get(enter->abi, enter->nr);
	const struct decoder *d;
	struct actx x;
	unsigned int nargs = se ? se->nargs : 6;

	actx_init(&x, c, enter, exit);
	d = decoder_of(enter->abi, enter->nr);
	x.nentry = d ? d->nentry : -1;
	x.name = se ? se->name : "";
	fill_parts(&p, &x, d, nargs);

	*late = p.split < p.n || (p.sep_at_exit && !exit);
	if (p.sep_at_exit) {
		/* clone: what follows is known only at exit */
		join(entry, &p, 0, p.split);
		if (exit && p.n > p.split) {
			sb_puts(exit_part, ", ");
			join(exit_part, &p, p.split, p.n);
		}
		*late = false;
		return;
	}
	join(entry, &p, 0, p.split);
	if (p.split > 0 && p.split < p.n)
		sb_puts(entry, ", ");
	if (exit)
		join(exit_part, &p, p.split, p.n);
}

/* ---- return values ---- */

/* The row of the call of record r (an entry or an exit), or NULL. */
static const struct decoder *decoder_for(const struct kstrace_rec *r)
{
	return r ? decoder_of(r->abi, r->nr) : NULL;
}

/*
 * strace names adjtimex's clock state only when it printed the structure:
 * not when the pointer was NULL or unreadable.
 */
static bool adjtimex_printed(const struct kstrace_rec *enter,
			     const struct kstrace_rec *exit)
{
	const struct sysent *se = enter ? sysent_get(enter->abi, enter->nr) : NULL;
	const struct kstrace_cap *cap;
	unsigned int i;

	if (!se || enter->abi != KSTRACE_ABI_NATIVE)
		return false;
	i = strcmp(se->name, "adjtimex") ? 1 : 0;	/* clock_adjtime: 1 */
	cap = rec_cap(exit, i);
	return enter->enter.args[i] && cap && !(cap->flags & KSTRACE_CAP_FAULT);
}

/* What strace prints after some values (poll's ready descriptors). */
static void ret_extra(const struct dctx *c, const struct kstrace_rec *enter,
		      const struct kstrace_rec *exit, struct sbuf *out)
{
	const struct sysent *se;
	uint64_t a[6];
	struct pctx p = { .c = c, .args = a, .enter = enter, .exit = exit };
	unsigned int i;

	if (!enter || enter->abi != KSTRACE_ABI_NATIVE)
		return;
	se = sysent_get(enter->abi, enter->nr);
	if (!se)
		return;
	for (i = 0; i < 6; i++)
		a[i] = enter->enter.args[i];
	p.name = se->name;
	print_ret_extra(out, &p);
}

void decode_ret(const struct dctx *c, const struct kstrace_rec *enter,
		const struct kstrace_rec *exit, struct sbuf *out)
{
	const struct decoder *d = decoder_for(enter ? enter : exit);
	int64_t ret = exit->exit.ret;
	bool compat = exit->abi == KSTRACE_ABI_COMPAT;
	enum xlat_style saved;
	const char *name;
	uint32_t cmd;
	long err;

	if (ret < 0 && ret >= -4095) {
		err = -ret;
		name = errno_name(err);
		if (!name) {
			sb_printf(out, "-1 (errno %ld)", err);
			return;
		}
		/* -e raw=: no word on restarts */
		if (c->raw) {
			sb_printf(out, "-1 %s (%s)", name, strerror(err));
			return;
		}
		switch (err) {
		case 512: case 513: case 514: case 516:
			sb_printf(out, "? %s (%s)", name, errno_text(err));
			return;
		}
		sb_printf(out, "-1 %s (%s)", name, errno_text(err));
		return;
	}
	if (c->raw) {
		sb_printf(out, "%#" PRIx64, compat ? (uint32_t)ret : (uint64_t)ret);
		return;
	}
	switch (d ? d->rv : RV_D) {
	case RV_X:
		sb_printf(out, "%#" PRIx64, compat ? (uint32_t)ret : (uint64_t)ret);
		break;
	case RV_O:
		sb_printf(out, "%#03" PRIo64, (uint64_t)ret);
		break;
	case RV_U:
		sb_printf(out, "%" PRIu64, (uint64_t)ret);
		break;
	case RV_FD:
		sb_printf(out, "%" PRId64, ret);
		put_fd_path(out, c, (int)ret);
		break;
	case RV_BPF:
		/*
		 * strace's RVAL_FD: MAP_CREATE, PROG_LOAD, OBJ_PIN, OBJ_GET,
		 * the GET_FD_BY_IDs, BTF_LOAD, LINK_CREATE
		 */
		cmd = enter ? (uint32_t)enter->enter.args[0] : ~0u;
		sb_printf(out, "%" PRId64, ret);
		if (cmd <= 30 && ((1u << cmd) & 0x500c60e1u))
			put_fd_path(out, c, (int)ret);
		break;
	case RV_PERS:
		sb_printf(out, "%#" PRIx64 " (", ret);
		put_personality(out, ret);
		sb_putc(out, ')');
		break;
	case RV_ADJTIMEX:
		sb_printf(out, "%" PRId64, ret);
		name = adjtimex_printed(enter, exit) ? xlookup(adjtimex_state, ret) :
						       NULL;
		if (name)
			sb_printf(out, " (%s)", name);
		break;
	case RV_SIGNAME: {
		char buf[32];

		sb_printf(out, "%" PRId64, ret);
		name = ret ? signal_name(ret, buf, sizeof(buf)) : NULL;
		if (name)
			sb_printf(out, " (%s)", name);
		break;
	}
	case RV_TIME: {
		char date[128];

		sb_printf(out, "%" PRId64, ret);
		if (sprint_time(date, sizeof(date), ret, 0, 0, 0))
			sb_printf(out, " (%s)", date);
		break;
	}
	case RV_SCHED:
		sb_printf(out, "%" PRId64, ret);
		name = xlookup(schedulers, ret);
		if (name)
			sb_printf(out, " (%s)", name);
		break;
	case RV_IOPRIO:
		sb_printf(out, "%" PRId64, ret);
		if (xlat_style != XLAT_RAW) {
			sb_puts(out, " (");
			put_ioprio(out, ret);
			sb_putc(out, ')');
		}
		break;
	case RV_PRCTL:
		if (!enter || !prctl_ret(out, (uint32_t)enter->enter.args[0],
					 compat ? (uint32_t)enter->enter.args[1] :
						  enter->enter.args[1], ret))
			sb_printf(out, "%" PRId64, ret);
		break;
	case RV_TIMEOUT:
		sb_printf(out, "%" PRId64, ret);
		if (ret == 0)
			sb_puts(out, " (Timeout)");
		break;
	case RV_FCNTL:
		cmd = enter ? (uint32_t)enter->enter.args[1] : ~0u;
		switch (cmd) {
		case 1:			/* F_GETFD */
			if (ret) {
				sb_printf(out, "%#" PRIx64 " (flags ", ret);
				print_flags(out, fdflags, ret, NULL);
				sb_putc(out, ')');
			} else {
				sb_putc(out, '0');
			}
			break;
		case 3:			/* F_GETFL: strace ignores -X here */
			sb_printf(out, "%#" PRIx64 " (flags ", ret);
			saved = xlat_abbrev_begin();
			put_open_flags(out, ret);
			xlat_abbrev_end(saved);
			sb_putc(out, ')');
			break;
		case 1025:		/* F_GETLEASE */
			sb_printf(out, "%#" PRIx64 " (", ret);
			print_xval(out, lockfcmds, ret, "F_???");
			sb_putc(out, ')');
			break;
		case 1034:		/* F_GET_SEALS */
			if (ret) {
				sb_printf(out, "%#" PRIx64 " (seals ", ret);
				print_flags(out, f_seals, ret, NULL);
				sb_putc(out, ')');
			} else {
				sb_putc(out, '0');
			}
			break;
		case 0: case 1030:	/* F_DUPFD{,_CLOEXEC} */
			sb_printf(out, "%" PRId64, ret);
			put_fd_path(out, c, (int)ret);
			break;
		default:
			sb_printf(out, "%" PRId64, ret);
			break;
		}
		break;
	default:
		sb_printf(out, "%" PRId64, ret);
		break;
	}
	ret_extra(c, enter, exit, out);
}
