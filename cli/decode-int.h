/* SPDX-License-Identifier: GPL-2.0 */
/*
 * decode-int.h - what the parts of the decoder (decode.c, decode-*.c)
 * share: the kinds of argument, the decoder rows, the call being decoded
 * and the argument list being built. The rest of the CLI sees decode.h.
 */
#ifndef KSTRACE_CLI_DECODE_INT_H
#define KSTRACE_CLI_DECODE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decode.h"
#include "sbuf.h"
#include "util.h"
#include "xlat.h"

#define ALIGN8(x)	(((x) + 7) & ~(size_t)7)

/* ---- argument types ---- */

enum argtype {
	A_HEX,		/* strace's printargs: %#lx */
	A_PTR,		/* NULL or %#lx */
	A_INT,
	A_UINT,
	A_LONG,
	A_ULONG,
	A_HEX32,
	A_OCT,		/* a mode: %#03o */
	A_SKIP,		/* not printed (the high half of a split offset) */
	A_FD,
	A_DIRFD,	/* AT_FDCWD or a descriptor */
	A_PATH,		/* a captured path, or the pointer */
	A_STR,		/* a captured string, cut at -s */
	A_BUFW,		/* data written (captured at entry) */
	A_BUFR,		/* data read (captured at exit; printed at exit) */
	A_BUFR_HEX,	/* A_BUFR, in hex whatever -x says (getrandom) */
	A_XATTR_VAL,	/* an xattr value: its size is argument 3 or ret */
	A_XATTR_LIST,	/* listxattr's names: A_BUFR, the address if size 0 */
	A_ARGV,
	A_ENVP,		/* execve's environment: its count; -v: the list */
	A_SIG,
	A_OFLAGS,	/* access mode and open flags */
	A_OFLAGS_NOACC,	/* open flags without an access mode */
	A_SYMMODE,	/* S_IFCHR|0644 */
	A_DEV,		/* makedev(major, minor) */
	A_PGOFF,	/* mmap2's offset, in pages */
	A_MMAPFLAGS,
	A_SOCKTYPE,
	A_CLONEFLAGS,
	A_MFD,
	A_IPCKEY,
	A_IPCFLG,
	A_SHMFLG,
	A_PERSONALITY,
	A_STATXFLAGS,	/* the sync type, then AT_* flags */
	A_LO64,		/* ia32: this argument and the next, low half first */
	A_HI64,		/* ia32: this argument and the next, high half first */
	A_SWAPFLAGS,
	A_MPOLMODE,	/* a memory policy mode and its flags */
	A_MPOLMODE64,
	A_NODEMASK,	/* a node mask of as many bits as the next argument */
	A_NODEMASK1,	/* ... as argument 1 (migrate_pages) */
	A_KEYSERIAL,
	A_SIGHANDLER,
	A_UID,		/* a uid or gid: -1 or unsigned */
	A_UID16,	/* ia32's old 16-bit ids: 65535 is -1 */
	A_ULO64,	/* A_LO64, unsigned */
	A_SOCKLEN,	/* a socklen_t pointer after an address (accept, ...) */
	A_PTR_IN,	/* a pointer printed at exit from its entry capture */
	A_PSELSIG,	/* pselect6's {sigmask=..., sigsetsize=...} */
	A_IOPRIO,	/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4) */
	A_FANINIT,	/* fanotify_init's class, then its FAN_* flags */
	A_FANDIRFD,	/* FAN_NOFD, AT_FDCWD or a descriptor */
	/* plain tables below: see xtypes[] */
	A_XLAT_FIRST,
	A_AMODE = A_XLAT_FIRST,
	A_ATFLAGS,
	A_FACCESSAT2,
	A_STATXMASK,
	A_RENAME,
	A_PROT,
	A_MREMAP,
	A_MADV,
	A_MSYNC,
	A_MCL,
	A_MLOCK,
	A_PKEY,
	A_WHENCE,
	A_WAITOPTS,
	A_IDTYPE,
	A_SIGHOW,
	A_FAMILY,
	A_SOCKFLAGS,
	A_MSGFLAGS,
	A_SHUT,
	A_RLIMIT,
	A_RUSAGE,
	A_PRIO,
	A_SCHED,
	A_ITIMER,
	A_CLOCK,
	A_TIMERFLAGS,
	A_TFDFLAGS,
	A_EPOLLOP,
	A_EPOLLFLAGS,
	A_EFDFLAGS,
	A_SFDFLAGS,
	A_INIFLAGS,
	A_INMASK,
	A_GRND,
	A_XATTR,
	A_SPLICE,
	A_SYNCFR,
	A_FALLOC,
	A_FADV,
	A_CLOSERANGE,
	A_PIDFDFLAGS,
	A_MSFLAGS,
	A_MNTFLAGS,
	A_UNSHARE,
	A_SETNS,
	A_FLOCK,
	A_ARCHCODE,
	A_RWF,
	A_SHMAT,
	A_SHMCMD,
	A_SEMCMD,
	A_MSGCMD,
	A_MSGFLG,
	A_PERFFLAGS,
	A_MODINIT,
	A_DELMOD,
	A_SECCOMPOP,
	A_UFFD,
	A_NTHFLAGS,
	A_BPFCMD,
	A_MPOLF,
	A_MPOLMF,
	A_MPOLMOVE,
	A_KEXECFILE,
	A_KCMP,
	A_IOURING_ENTER,
	A_IOURING_REG,
	A_OPENTREE,
	A_MOVEMOUNT,
	A_FSOPEN,
	A_FSCONFIG,
	A_FSMOUNT,
	A_MOUNTATTR,
	A_FSPICK,
	A_MSATTR,
	A_LLCREATE,
	A_LLRULE,
	A_CLOEXEC,
	A_MEMBARRIER,
	A_MEMBARRIERF,
	A_REBOOTMAGIC,
	A_REBOOTCMD,
	A_SECCOMPF,
	A_CAP,		/* prctl's: a capability's number */
	A_SUIDDUMP,
	A_SECCOMPMODE,
	A_SECBITS,
	A_PRTSC,
	A_PRUNALIGN,
	A_PRFPMODE,
	A_PRSETMM,
	A_PRMCE,
	A_PRMCEPOL,
	A_PRSPEC,
	A_PRSPECSET,
	A_PRCAPAMB,
	A_PRPACKEYS,
	A_PRSUD,
	A_PRSCHEDCORE,
	A_PRSETVMA,
	A_IOPRIOWHO,
	A_FANMARK,
	A_FANMASK,
	A_XLAT_END
};

/* ---- the decoders table ---- */

enum special {
	SP_NONE,
	SP_OPEN,
	SP_OPENAT,
	SP_MQOPEN,
	SP_MKNOD,
	SP_MKNODAT,
	SP_MREMAP,
	SP_SOCKET,
	SP_SOCKOPT,
	SP_CLONE,
	SP_FUTEX,
	SP_FCNTL,
	SP_IOCTL,
	SP_PRCTL,
	SP_MEMBARRIER,
	SP_REBOOT,
	SP_SECCOMP,
	SP_KCMP,
	SP_SIGRETURN,
	SP_ARCHPRCTL,
	SP_SYSLOG,
};

enum rvtype {
	RV_D,		/* signed decimal */
	RV_U,
	RV_X,		/* an address */
	RV_O,		/* umask */
	RV_FD,		/* a new descriptor: -y shows its path */
	RV_TIMEOUT,	/* poll, select: 0 is "0 (Timeout)" */
	RV_FCNTL,
	RV_PERS,	/* personality: the old one, decoded */
	RV_ADJTIMEX,	/* the clock state: "5 (TIME_ERROR)" */
	RV_SIGNAME,	/* rt_sigtimedwait's signal: "10 (SIGUSR1)" */
	RV_TIME,	/* time(): "1700000000 (2023-11-14T22:13:20+0000)" */
	RV_SCHED,	/* sched_getscheduler's policy: "0 (SCHED_OTHER)" */
	RV_BPF,		/* bpf: a descriptor for the commands that make one */
	RV_PRCTL,	/* prctl: decoded for some options (prctl_ret()) */
	RV_IOPRIO,	/* ioprio_get: "16388 (IOPRIO_PRIO_VALUE(...))" */
};

struct decoder {
	const char *name;
	unsigned char sp;		/* enum special */
	signed char nentry;		/* printed at entry; -1: all */
	unsigned char rv;		/* enum rvtype */
	signed char nargs;		/* -1: the table's (sysent.h) */
	unsigned char arg[6];		/* enum argtype */
};

#define D(n, e, r, ...)		{ (n), SP_NONE, (e), (r), -1, { __VA_ARGS__ } }
#define DN(n, na, e, r, ...)	{ (n), SP_NONE, (e), (r), (na), { __VA_ARGS__ } }
#define S(n, sp, e, r)		{ (n), (sp), (e), (r), -1, { 0 } }
#define ALL			-1

/* The rows of one family: decode-file.c, decode-net.c, ... */
struct decoder_rows {
	const struct decoder *row;
	size_t n;
};

extern const struct decoder_rows decode_file_rows, decode_misc_rows,
	decode_net_rows, decode_process_rows, decode_time_rows;
/* decode.c: the ia32 calls laid out unlike the x86-64 ones of their name */
extern const struct decoder_rows decode_ia32_rows;

/* ---- printing one argument ---- */

struct actx {
	const struct dctx *c;
	const struct kstrace_rec *enter;
	const struct kstrace_rec *exit;
	uint64_t a[6];		/* 32-bit values for ia32 calls */
	bool compat;
	int nentry;		/* arguments printed at entry; -1: all */
	const char *name;
};

static inline uint64_t arg_val(const struct actx *x, unsigned int i)
{
	return x->a[i];
}

/* A signed long of the call's ABI. */
static inline int64_t slong(const struct actx *x, uint64_t v)
{
	return x->compat ? (int64_t)(int32_t)v : (int64_t)v;
}

/* ---- assembling the argument list ---- */

#define MAX_PARTS	8

struct parts {
	struct sbuf s[MAX_PARTS];
	int n;
	int split;		/* parts[split..] are printed at exit */
	bool sep_at_exit;	/* clone: the ", " belongs to the exit part */
};

void actx_init(struct actx *x, const struct dctx *c,
	       const struct kstrace_rec *enter,
	       const struct kstrace_rec *exit);

/* decode-quote.c: does -x (xflag) print this string in hex? */
bool quote_in_hex(const unsigned char *s, size_t len, bool zero_term,
		  unsigned int xflag);

/* decode-arg.c: arguments, and values some decoders print by hand */
struct sbuf *part_new(struct parts *p);
void part_arg(struct parts *p, const struct actx *x, unsigned int i,
	      unsigned int type);
bool put_captured(struct sbuf *b, const struct actx *x, unsigned int i);
const struct kstrace_cap *in_cap(const struct actx *x, unsigned int i);
void put_ptr(struct sbuf *b, uint64_t v);
void put_styled(struct sbuf *b, uint64_t v,
		void (*fn)(struct sbuf *, uint64_t));
void put_open_flags(struct sbuf *b, uint64_t v);
void put_personality(struct sbuf *b, uint64_t v);
void put_clone_flags(struct sbuf *b, uint64_t flags);
void put_ioprio(struct sbuf *b, uint32_t v);

/* The decoders of calls whose arguments depend on one another (SP_*). */
void sp_open(struct parts *p, const struct actx *x, unsigned int base, bool mq);
void sp_mknod(struct parts *p, const struct actx *x, unsigned int base);
void sp_fcntl(struct parts *p, const struct actx *x);
void sp_ioctl(struct parts *p, const struct actx *x);
void sp_socket(struct parts *p, const struct actx *x, bool pair);
void sp_sockopt(struct parts *p, const struct actx *x, bool get);
void sp_clone(struct parts *p, const struct actx *x);
void sp_prctl(struct parts *p, const struct actx *x);
void sp_arch_prctl(struct parts *p, const struct actx *x);
bool prctl_ret(struct sbuf *b, uint32_t option, uint64_t arg2, int64_t ret);
void sp_seccomp(struct parts *p, const struct actx *x);
void sp_sigreturn(struct parts *p, const struct actx *x);
void sp_kcmp(struct parts *p, const struct actx *x);
void sp_futex(struct parts *p, const struct actx *x);
void sp_mremap(struct parts *p, const struct actx *x);
void sp_reboot(struct parts *p, const struct actx *x);
void sp_membarrier(struct parts *p, const struct actx *x);
void sp_syslog(struct parts *p, const struct actx *x);

#endif /* KSTRACE_CLI_DECODE_INT_H */
