// SPDX-License-Identifier: GPL-2.0
/*
 * decode.c - turns a syscall record into what strace 6.1 prints for it.
 *
 * Each syscall known here has a row in decoders[]: the type of each
 * argument, how many of them strace prints when the call starts (the
 * rest it prints when it returns, which is where an "<unfinished ...>"
 * line is cut) and how the return value reads. A few calls whose
 * arguments depend on one another (open's mode, fcntl's third argument,
 * clone, futex, ioctl, prctl, socket, ...) have a function instead.
 * Syscalls without a row print every argument in hex, as strace's
 * printargs() does. Rows are matched by name, so the ia32 calls that
 * share a name and an argument layout with x86-64 ones are decoded too,
 * from 32-bit values.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "decode.h"
#include "print.h"
#include "tables.h"

#include "sysent.h"

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define ALIGN8(x)	(((x) + 7) & ~(size_t)7)

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
	const char *p = (const char *)(r + 1);
	const struct kstrace_cap *cap;
	unsigned int i;

	if (!r)
		return NULL;
	for (i = 0; i < r->ncap; i++) {
		cap = (const struct kstrace_cap *)p;
		if (cap->arg == arg)
			return cap;
		p += sizeof(*cap) + ALIGN8(cap->len);
	}
	return NULL;
}

/* ---- strings ---- */

/*
 * -x: a string with a byte that is neither printable nor whitespace is
 * printed all in hex; -xx: every string is (strace's string_quote()).
 * --strings-in-hex=non-ascii-chars escapes bytes in hex, not in octal.
 */
static bool quote_in_hex(const unsigned char *s, size_t len, bool zero_term,
			 unsigned int xflag)
{
	size_t i;

	if (xflag == XFLAG_ALL)
		return true;
	if (xflag != XFLAG_NON_ASCII)
		return false;
	for (i = 0; i < len; i++) {
		if (zero_term && !s[i])
			break;
		if (s[i] > 0x7e || (s[i] < ' ' && (unsigned int)(s[i] - 9) >= 5))
			return true;
	}
	return false;
}

void quote_string_x(struct sbuf *b, const char *str, size_t len, bool zero_term,
		    unsigned int xflag)
{
	const unsigned char *s = (const unsigned char *)str;
	bool hex = quote_in_hex(s, len, zero_term, xflag);
	size_t i;
	int c;

	sb_putc(b, '"');
	for (i = 0; i < len; i++) {
		c = s[i];
		if (zero_term && !c)
			break;
		if (hex) {
			sb_printf(b, "\\x%02x", c);
			continue;
		}
		switch (c) {
		case '"':
		case '\\':
			sb_putc(b, '\\');
			sb_putc(b, c);
			break;
		case '\f':
			sb_puts(b, "\\f");
			break;
		case '\n':
			sb_puts(b, "\\n");
			break;
		case '\r':
			sb_puts(b, "\\r");
			break;
		case '\t':
			sb_puts(b, "\\t");
			break;
		case '\v':
			sb_puts(b, "\\v");
			break;
		default:
			if (c >= ' ' && c <= 0x7e) {
				sb_putc(b, c);
				break;
			}
			if (xflag == XFLAG_NON_ASCII_CHARS) {
				sb_printf(b, "\\x%02x", c);
				break;
			}
			/* octal, as short as the next character allows */
			sb_putc(b, '\\');
			if (i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '7') {
				sb_putc(b, '0' + (c >> 6));
				sb_putc(b, '0' + ((c >> 3) & 7));
			} else if (c >> 3) {
				if (c >> 6)
					sb_putc(b, '0' + (c >> 6));
				sb_putc(b, '0' + ((c >> 3) & 7));
			}
			sb_putc(b, '0' + (c & 7));
			break;
		}
	}
	sb_putc(b, '"');
}

void quote_string(struct sbuf *b, const char *str, size_t len, bool zero_term)
{
	quote_string_x(b, str, len, zero_term, 0);
}

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
	A_KEYSERIAL,
	A_SIGHANDLER,
	A_UID,		/* a uid or gid: -1 or unsigned */
	A_UID16,	/* ia32's old 16-bit ids: 65535 is -1 */
	A_ULO64,	/* A_LO64, unsigned */
	A_SOCKLEN,	/* a socklen_t pointer after an address (accept, ...) */
	A_PTR_IN,	/* a pointer printed at exit from its entry capture */
	A_PSELSIG,	/* pselect6's {sigmask=..., sigsetsize=...} */
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
	A_XLAT_END
};

static const struct xlat rwf_flags[] = {
	XLAT_NAMED(1, "RWF_HIPRI"),
	XLAT_NAMED(2, "RWF_DSYNC"),
	XLAT_NAMED(4, "RWF_SYNC"),
	XLAT_NAMED(8, "RWF_NOWAIT"),
	XLAT_NAMED(0x10, "RWF_APPEND"),
	XLAT_END
};

static const struct xlat shmat_flags[] = {
	XLAT_NAMED(010000, "SHM_RDONLY"),
	XLAT_NAMED(020000, "SHM_RND"),
	XLAT_NAMED(040000, "SHM_REMAP"),
	XLAT_NAMED(0100000, "SHM_EXEC"),
	XLAT_END
};

static const struct xlat shmctl_cmds[] = {
	XLAT_NAMED(0, "IPC_RMID"), XLAT_NAMED(1, "IPC_SET"),
	XLAT_NAMED(2, "IPC_STAT"), XLAT_NAMED(3, "IPC_INFO"),
	XLAT_NAMED(11, "SHM_LOCK"), XLAT_NAMED(12, "SHM_UNLOCK"),
	XLAT_NAMED(13, "SHM_STAT"), XLAT_NAMED(14, "SHM_INFO"),
	XLAT_NAMED(15, "SHM_STAT_ANY"),
	XLAT_END
};

static const struct xlat semctl_cmds[] = {
	XLAT_NAMED(0, "IPC_RMID"), XLAT_NAMED(1, "IPC_SET"),
	XLAT_NAMED(2, "IPC_STAT"), XLAT_NAMED(3, "IPC_INFO"),
	XLAT_NAMED(11, "GETPID"), XLAT_NAMED(12, "GETVAL"),
	XLAT_NAMED(13, "GETALL"), XLAT_NAMED(14, "GETNCNT"),
	XLAT_NAMED(15, "GETZCNT"), XLAT_NAMED(16, "SETVAL"),
	XLAT_NAMED(17, "SETALL"), XLAT_NAMED(18, "SEM_STAT"),
	XLAT_NAMED(19, "SEM_INFO"), XLAT_NAMED(20, "SEM_STAT_ANY"),
	XLAT_END
};

static const struct xlat msgctl_cmds[] = {
	XLAT_NAMED(0, "IPC_RMID"), XLAT_NAMED(1, "IPC_SET"),
	XLAT_NAMED(2, "IPC_STAT"), XLAT_NAMED(3, "IPC_INFO"),
	XLAT_NAMED(11, "MSG_STAT"), XLAT_NAMED(12, "MSG_INFO"),
	XLAT_NAMED(13, "MSG_STAT_ANY"),
	XLAT_END
};

static const struct xlat ipc_msg_flags[] = {
	XLAT_NAMED(010000, "MSG_NOERROR"),
	XLAT_NAMED(020000, "MSG_EXCEPT"),
	XLAT_NAMED(040000, "MSG_COPY"),
	XLAT_NAMED(04000, "IPC_NOWAIT"),
	XLAT_END
};

static const struct xlat resource_flags[] = {
	XLAT_NAMED(01000, "IPC_CREAT"),
	XLAT_NAMED(02000, "IPC_EXCL"),
	XLAT_NAMED(04000, "IPC_NOWAIT"),
	XLAT_END
};

static const struct xlat shm_resource_flags[] = {
	XLAT_NAMED(01000, "IPC_CREAT"),
	XLAT_NAMED(02000, "IPC_EXCL"),
	XLAT_NAMED(04000, "SHM_HUGETLB"),
	XLAT_NAMED(010000, "SHM_NORESERVE"),
	XLAT_END
};

static const struct xlat perf_event_open_flags[] = {
	XLAT_NAMED(1, "PERF_FLAG_FD_NO_GROUP"),
	XLAT_NAMED(2, "PERF_FLAG_FD_OUTPUT"),
	XLAT_NAMED(4, "PERF_FLAG_PID_CGROUP"),
	XLAT_NAMED(8, "PERF_FLAG_FD_CLOEXEC"),
	XLAT_END
};

static const struct xlat module_init_flags[] = {
	XLAT_NAMED(1, "MODULE_INIT_IGNORE_MODVERSIONS"),
	XLAT_NAMED(2, "MODULE_INIT_IGNORE_VERMAGIC"),
	XLAT_NAMED(4, "MODULE_INIT_COMPRESSED_FILE"),
	XLAT_END
};

static const struct xlat delete_module_flags[] = {
	XLAT_NAMED(04000, "O_NONBLOCK"),
	XLAT_NAMED(01000, "O_TRUNC"),
	XLAT_END
};

static const struct xlat seccomp_ops[] = {
	XLAT_NAMED(0, "SECCOMP_SET_MODE_STRICT"),
	XLAT_NAMED(1, "SECCOMP_SET_MODE_FILTER"),
	XLAT_NAMED(2, "SECCOMP_GET_ACTION_AVAIL"),
	XLAT_NAMED(3, "SECCOMP_GET_NOTIF_SIZES"),
	XLAT_END
};

static const struct xlat uffd_flags[] = {
	XLAT_NAMED(1, "UFFD_USER_MODE_ONLY"),
	XLAT_NAMED(04000, "O_NONBLOCK"),
	XLAT_NAMED(02000000, "O_CLOEXEC"),
	XLAT_END
};

static const struct xlat name_to_handle_at_flags[] = {
	XLAT_NAMED(0x400, "AT_SYMLINK_FOLLOW"),
	XLAT_NAMED(0x1000, "AT_EMPTY_PATH"),
	XLAT_END
};

static const struct xlat bpf_commands[] = {
	XLAT_NAMED(0, "BPF_MAP_CREATE"),
	XLAT_NAMED(1, "BPF_MAP_LOOKUP_ELEM"),
	XLAT_NAMED(2, "BPF_MAP_UPDATE_ELEM"),
	XLAT_NAMED(3, "BPF_MAP_DELETE_ELEM"),
	XLAT_NAMED(4, "BPF_MAP_GET_NEXT_KEY"),
	XLAT_NAMED(5, "BPF_PROG_LOAD"),
	XLAT_NAMED(6, "BPF_OBJ_PIN"),
	XLAT_NAMED(7, "BPF_OBJ_GET"),
	XLAT_NAMED(8, "BPF_PROG_ATTACH"),
	XLAT_NAMED(9, "BPF_PROG_DETACH"),
	XLAT_NAMED(10, "BPF_PROG_TEST_RUN"),
	XLAT_NAMED(11, "BPF_PROG_GET_NEXT_ID"),
	XLAT_NAMED(12, "BPF_MAP_GET_NEXT_ID"),
	XLAT_NAMED(13, "BPF_PROG_GET_FD_BY_ID"),
	XLAT_NAMED(14, "BPF_MAP_GET_FD_BY_ID"),
	XLAT_NAMED(15, "BPF_OBJ_GET_INFO_BY_FD"),
	XLAT_NAMED(16, "BPF_PROG_QUERY"),
	XLAT_NAMED(17, "BPF_RAW_TRACEPOINT_OPEN"),
	XLAT_NAMED(18, "BPF_BTF_LOAD"),
	XLAT_NAMED(19, "BPF_BTF_GET_FD_BY_ID"),
	XLAT_NAMED(20, "BPF_TASK_FD_QUERY"),
	XLAT_NAMED(21, "BPF_MAP_LOOKUP_AND_DELETE_ELEM"),
	XLAT_NAMED(22, "BPF_MAP_FREEZE"),
	XLAT_NAMED(23, "BPF_BTF_GET_NEXT_ID"),
	XLAT_NAMED(24, "BPF_MAP_LOOKUP_BATCH"),
	XLAT_NAMED(25, "BPF_MAP_LOOKUP_AND_DELETE_BATCH"),
	XLAT_NAMED(26, "BPF_MAP_UPDATE_BATCH"),
	XLAT_NAMED(27, "BPF_MAP_DELETE_BATCH"),
	XLAT_NAMED(28, "BPF_LINK_CREATE"),
	XLAT_NAMED(29, "BPF_LINK_UPDATE"),
	XLAT_NAMED(30, "BPF_LINK_GET_FD_BY_ID"),
	XLAT_NAMED(31, "BPF_LINK_GET_NEXT_ID"),
	XLAT_NAMED(32, "BPF_ENABLE_STATS"),
	XLAT_NAMED(33, "BPF_ITER_CREATE"),
	XLAT_NAMED(34, "BPF_LINK_DETACH"),
	XLAT_NAMED(35, "BPF_PROG_BIND_MAP"),
	XLAT_END
};

static const struct xlat at_statx_sync_types[] = {
	XLAT_NAMED(0, "AT_STATX_SYNC_AS_STAT"),
	XLAT_NAMED(0x2000, "AT_STATX_FORCE_SYNC"),
	XLAT_NAMED(0x4000, "AT_STATX_DONT_SYNC"),
	XLAT_END
};

static const struct xlat swap_flags[] = {
	XLAT_NAMED(0x8000, "SWAP_FLAG_PREFER"),
	XLAT_NAMED(0x10000, "SWAP_FLAG_DISCARD"),
	XLAT_NAMED(0x20000, "SWAP_FLAG_DISCARD_ONCE"),
	XLAT_NAMED(0x40000, "SWAP_FLAG_DISCARD_PAGES"),
	XLAT_END
};

static const struct xlat mpol_modes[] = {
	XLAT_NAMED(0, "MPOL_DEFAULT"),
	XLAT_NAMED(1, "MPOL_PREFERRED"),
	XLAT_NAMED(2, "MPOL_BIND"),
	XLAT_NAMED(3, "MPOL_INTERLEAVE"),
	XLAT_NAMED(4, "MPOL_LOCAL"),
	XLAT_NAMED(5, "MPOL_PREFERRED_MANY"),
	XLAT_END
};

static const struct xlat mpol_mode_flags[] = {
	XLAT_NAMED(0x8000, "MPOL_F_STATIC_NODES"),
	XLAT_NAMED(0x4000, "MPOL_F_RELATIVE_NODES"),
	XLAT_NAMED(0x2000, "MPOL_F_NUMA_BALANCING"),
	XLAT_END
};

static const struct xlat get_mempolicy_flags[] = {
	XLAT_NAMED(1, "MPOL_F_NODE"),
	XLAT_NAMED(2, "MPOL_F_ADDR"),
	XLAT_NAMED(4, "MPOL_F_MEMS_ALLOWED"),
	XLAT_END
};

static const struct xlat mbind_flags[] = {
	XLAT_NAMED(1, "MPOL_MF_STRICT"),
	XLAT_NAMED(2, "MPOL_MF_MOVE"),
	XLAT_NAMED(4, "MPOL_MF_MOVE_ALL"),
	XLAT_END
};

static const struct xlat kexec_file_load_flags[] = {
	XLAT_NAMED(1, "KEXEC_FILE_UNLOAD"),
	XLAT_NAMED(2, "KEXEC_FILE_ON_CRASH"),
	XLAT_NAMED(4, "KEXEC_FILE_NO_INITRAMFS"),
	XLAT_END
};

static const struct xlat kcmp_types[] = {
	XLAT_NAMED(0, "KCMP_FILE"), XLAT_NAMED(1, "KCMP_VM"),
	XLAT_NAMED(2, "KCMP_FILES"), XLAT_NAMED(3, "KCMP_FS"),
	XLAT_NAMED(4, "KCMP_SIGHAND"), XLAT_NAMED(5, "KCMP_IO"),
	XLAT_NAMED(6, "KCMP_SYSVSEM"), XLAT_NAMED(7, "KCMP_EPOLL_TFD"),
	XLAT_END
};

static const struct xlat key_spec[] = {
	XLAT_NAMED((uint32_t)-1, "KEY_SPEC_THREAD_KEYRING"),
	XLAT_NAMED((uint32_t)-2, "KEY_SPEC_PROCESS_KEYRING"),
	XLAT_NAMED((uint32_t)-3, "KEY_SPEC_SESSION_KEYRING"),
	XLAT_NAMED((uint32_t)-4, "KEY_SPEC_USER_KEYRING"),
	XLAT_NAMED((uint32_t)-5, "KEY_SPEC_USER_SESSION_KEYRING"),
	XLAT_NAMED((uint32_t)-6, "KEY_SPEC_GROUP_KEYRING"),
	XLAT_NAMED((uint32_t)-7, "KEY_SPEC_REQKEY_AUTH_KEY"),
	XLAT_NAMED((uint32_t)-8, "KEY_SPEC_REQUESTOR_KEYRING"),
	XLAT_END
};

static const struct xlat uring_enter_flags[] = {
	XLAT_NAMED(1, "IORING_ENTER_GETEVENTS"),
	XLAT_NAMED(2, "IORING_ENTER_SQ_WAKEUP"),
	XLAT_NAMED(4, "IORING_ENTER_SQ_WAIT"),
	XLAT_NAMED(8, "IORING_ENTER_EXT_ARG"),
	XLAT_NAMED(16, "IORING_ENTER_REGISTERED_RING"),
	XLAT_END
};

static const struct xlat uring_register_opcodes[] = {
	XLAT_NAMED(0, "IORING_REGISTER_BUFFERS"),
	XLAT_NAMED(1, "IORING_UNREGISTER_BUFFERS"),
	XLAT_NAMED(2, "IORING_REGISTER_FILES"),
	XLAT_NAMED(3, "IORING_UNREGISTER_FILES"),
	XLAT_NAMED(4, "IORING_REGISTER_EVENTFD"),
	XLAT_NAMED(5, "IORING_UNREGISTER_EVENTFD"),
	XLAT_NAMED(6, "IORING_REGISTER_FILES_UPDATE"),
	XLAT_NAMED(7, "IORING_REGISTER_EVENTFD_ASYNC"),
	XLAT_NAMED(8, "IORING_REGISTER_PROBE"),
	XLAT_NAMED(9, "IORING_REGISTER_PERSONALITY"),
	XLAT_NAMED(10, "IORING_UNREGISTER_PERSONALITY"),
	XLAT_NAMED(11, "IORING_REGISTER_RESTRICTIONS"),
	XLAT_NAMED(12, "IORING_REGISTER_ENABLE_RINGS"),
	XLAT_NAMED(13, "IORING_REGISTER_FILES2"),
	XLAT_NAMED(14, "IORING_REGISTER_FILES_UPDATE2"),
	XLAT_NAMED(15, "IORING_REGISTER_BUFFERS2"),
	XLAT_NAMED(16, "IORING_REGISTER_BUFFERS_UPDATE"),
	XLAT_NAMED(17, "IORING_REGISTER_IOWQ_AFF"),
	XLAT_NAMED(18, "IORING_UNREGISTER_IOWQ_AFF"),
	XLAT_NAMED(19, "IORING_REGISTER_IOWQ_MAX_WORKERS"),
	XLAT_NAMED(20, "IORING_REGISTER_RING_FDS"),
	XLAT_NAMED(21, "IORING_UNREGISTER_RING_FDS"),
	XLAT_NAMED(22, "IORING_REGISTER_PBUF_RING"),
	XLAT_NAMED(23, "IORING_UNREGISTER_PBUF_RING"),
	XLAT_NAMED(24, "IORING_REGISTER_SYNC_CANCEL"),
	XLAT_NAMED(25, "IORING_REGISTER_FILE_ALLOC_RANGE"),
	XLAT_END
};

static const struct xlat open_tree_flags[] = {
	XLAT_NAMED(1, "OPEN_TREE_CLONE"),
	XLAT_NAMED(0x80000, "OPEN_TREE_CLOEXEC"),
	XLAT_NAMED(0x100, "AT_SYMLINK_NOFOLLOW"),
	XLAT_NAMED(0x200, "AT_REMOVEDIR"),
	XLAT_NAMED(0x400, "AT_SYMLINK_FOLLOW"),
	XLAT_NAMED(0x800, "AT_NO_AUTOMOUNT"),
	XLAT_NAMED(0x1000, "AT_EMPTY_PATH"),
	XLAT_NAMED(0x8000, "AT_RECURSIVE"),
	XLAT_END
};

static const struct xlat move_mount_flags[] = {
	XLAT_NAMED(0x01, "MOVE_MOUNT_F_SYMLINKS"),
	XLAT_NAMED(0x02, "MOVE_MOUNT_F_AUTOMOUNTS"),
	XLAT_NAMED(0x04, "MOVE_MOUNT_F_EMPTY_PATH"),
	XLAT_NAMED(0x10, "MOVE_MOUNT_T_SYMLINKS"),
	XLAT_NAMED(0x20, "MOVE_MOUNT_T_AUTOMOUNTS"),
	XLAT_NAMED(0x40, "MOVE_MOUNT_T_EMPTY_PATH"),
	XLAT_NAMED(0x100, "MOVE_MOUNT_SET_GROUP"),
	XLAT_END
};

static const struct xlat fsopen_flags[] = {
	XLAT_NAMED(1, "FSOPEN_CLOEXEC"),
	XLAT_END
};

static const struct xlat fsconfig_cmds[] = {
	XLAT_NAMED(0, "FSCONFIG_SET_FLAG"),
	XLAT_NAMED(1, "FSCONFIG_SET_STRING"),
	XLAT_NAMED(2, "FSCONFIG_SET_BINARY"),
	XLAT_NAMED(3, "FSCONFIG_SET_PATH"),
	XLAT_NAMED(4, "FSCONFIG_SET_PATH_EMPTY"),
	XLAT_NAMED(5, "FSCONFIG_SET_FD"),
	XLAT_NAMED(6, "FSCONFIG_CMD_CREATE"),
	XLAT_NAMED(7, "FSCONFIG_CMD_RECONFIGURE"),
	XLAT_END
};

static const struct xlat fsmount_flags[] = {
	XLAT_NAMED(1, "FSMOUNT_CLOEXEC"),
	XLAT_END
};

static const struct xlat mount_attr_flags[] = {
	XLAT_NAMED(0x01, "MOUNT_ATTR_RDONLY"),
	XLAT_NAMED(0x02, "MOUNT_ATTR_NOSUID"),
	XLAT_NAMED(0x04, "MOUNT_ATTR_NODEV"),
	XLAT_NAMED(0x08, "MOUNT_ATTR_NOEXEC"),
	XLAT_NAMED(0x10, "MOUNT_ATTR_NOATIME"),
	XLAT_NAMED(0x20, "MOUNT_ATTR_STRICTATIME"),
	XLAT_NAMED(0x80, "MOUNT_ATTR_NODIRATIME"),
	XLAT_END
};

static const struct xlat fspick_flags[] = {
	XLAT_NAMED(1, "FSPICK_CLOEXEC"),
	XLAT_NAMED(2, "FSPICK_SYMLINK_NOFOLLOW"),
	XLAT_NAMED(4, "FSPICK_NO_AUTOMOUNT"),
	XLAT_NAMED(8, "FSPICK_EMPTY_PATH"),
	XLAT_END
};

static const struct xlat mount_setattr_flags[] = {
	XLAT_NAMED(0x100, "AT_SYMLINK_NOFOLLOW"),
	XLAT_NAMED(0x800, "AT_NO_AUTOMOUNT"),
	XLAT_NAMED(0x1000, "AT_EMPTY_PATH"),
	XLAT_NAMED(0x8000, "AT_RECURSIVE"),
	XLAT_END
};

static const struct xlat landlock_create_ruleset_flags[] = {
	XLAT_NAMED(1, "LANDLOCK_CREATE_RULESET_VERSION"),
	XLAT_END
};

static const struct xlat landlock_rule_types[] = {
	XLAT_NAMED(1, "LANDLOCK_RULE_PATH_BENEATH"),
	XLAT_END
};

static const struct xlat cloexec_flag[] = {
	XLAT_NAMED(02000000, "O_CLOEXEC"),
	XLAT_END
};

static const struct xlat membarrier_cmds[] = {
	XLAT_NAMED(0, "MEMBARRIER_CMD_QUERY"),
	XLAT_NAMED(1, "MEMBARRIER_CMD_GLOBAL"),
	XLAT_NAMED(2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED"),
	XLAT_NAMED(4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED"),
	XLAT_NAMED(8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED"),
	XLAT_NAMED(16, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED"),
	XLAT_NAMED(32, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE"),
	XLAT_NAMED(64, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE"),
	XLAT_NAMED(128, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ"),
	XLAT_NAMED(256, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ"),
	XLAT_END
};

static const struct xlat membarrier_flags[] = {
	XLAT_NAMED(1, "MEMBARRIER_CMD_FLAG_CPU"),
	XLAT_END
};

static const struct xlat reboot_magic[] = {
	XLAT_NAMED(0xfee1dead, "LINUX_REBOOT_MAGIC1"),
	XLAT_NAMED(672274793, "LINUX_REBOOT_MAGIC2"),
	XLAT_NAMED(85072278, "LINUX_REBOOT_MAGIC2A"),
	XLAT_NAMED(369367448, "LINUX_REBOOT_MAGIC2B"),
	XLAT_NAMED(537993216, "LINUX_REBOOT_MAGIC2C"),
	XLAT_END
};

static const struct xlat reboot_cmds[] = {
	XLAT_NAMED(0x01234567, "LINUX_REBOOT_CMD_RESTART"),
	XLAT_NAMED(0xcdef0123, "LINUX_REBOOT_CMD_HALT"),
	XLAT_NAMED(0x89abcdef, "LINUX_REBOOT_CMD_CAD_ON"),
	XLAT_NAMED(0x00000000, "LINUX_REBOOT_CMD_CAD_OFF"),
	XLAT_NAMED(0x4321fedc, "LINUX_REBOOT_CMD_POWER_OFF"),
	XLAT_NAMED(0xa1b2c3d4, "LINUX_REBOOT_CMD_RESTART2"),
	XLAT_NAMED(0xd000fce2, "LINUX_REBOOT_CMD_SW_SUSPEND"),
	XLAT_NAMED(0x45584543, "LINUX_REBOOT_CMD_KEXEC"),
	XLAT_END
};

static const struct xlat seccomp_filter_flags[] = {
	XLAT_NAMED(1, "SECCOMP_FILTER_FLAG_TSYNC"),
	XLAT_NAMED(2, "SECCOMP_FILTER_FLAG_LOG"),
	XLAT_NAMED(4, "SECCOMP_FILTER_FLAG_SPEC_ALLOW"),
	XLAT_NAMED(8, "SECCOMP_FILTER_FLAG_NEW_LISTENER"),
	XLAT_NAMED(16, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH"),
	XLAT_NAMED(32, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"),
	XLAT_END
};

static const struct xlat personalities[] = {
	XLAT_NAMED(0, "PER_LINUX"),
	XLAT_NAMED(8, "PER_LINUX32"),
	XLAT_NAMED(0xff, "PER_MASK"),
	XLAT_END
};

static const struct xlat move_pages_flags[] = {
	XLAT_NAMED(2, "MPOL_MF_MOVE"),
	XLAT_NAMED(4, "MPOL_MF_MOVE_ALL"),
	XLAT_END
};

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
	/* the ipc commands: their IPC_64 bit first, see put_arg() */
	XT(A_SHMCMD, shmctl_cmds, "SHM_???", 0, 0),
	XT(A_SEMCMD, semctl_cmds, "SEM_???", 0, 0),
	XT(A_MSGCMD, msgctl_cmds, "MSG_???", 0, 0),
#undef XT
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

static const struct decoder decoders[] = {
	/* file descriptors and files */
	D("read", 1, RV_D, A_FD, A_BUFR, A_ULONG),
	D("write", ALL, RV_D, A_FD, A_BUFW, A_ULONG),
	S("open", SP_OPEN, ALL, RV_FD),
	S("openat", SP_OPENAT, ALL, RV_FD),
	D("openat2", ALL, RV_FD, A_DIRFD, A_PATH, A_PTR, A_ULONG),
	D("creat", ALL, RV_FD, A_PATH, A_OCT),
	D("close", ALL, RV_D, A_FD),
	D("close_range", ALL, RV_D, A_UINT, A_UINT, A_CLOSERANGE),
	D("stat", 1, RV_D, A_PATH, A_PTR),
	D("fstat", 1, RV_D, A_FD, A_PTR),
	D("lstat", 1, RV_D, A_PATH, A_PTR),
	D("newfstatat", 2, RV_D, A_DIRFD, A_PATH, A_PTR, A_ATFLAGS),
	D("statx", 4, RV_D, A_DIRFD, A_PATH, A_STATXFLAGS, A_STATXMASK, A_PTR),
	D("stat64", 1, RV_D, A_PATH, A_PTR),
	D("lstat64", 1, RV_D, A_PATH, A_PTR),
	D("fstat64", 1, RV_D, A_FD, A_PTR),
	D("fstatat64", 2, RV_D, A_DIRFD, A_PATH, A_PTR, A_ATFLAGS),
	D("statfs", 1, RV_D, A_PATH, A_PTR),
	D("fstatfs", 1, RV_D, A_FD, A_PTR),
	D("statfs64", 2, RV_D, A_PATH, A_ULONG, A_PTR),
	D("fstatfs64", 2, RV_D, A_FD, A_ULONG, A_PTR),
	D("ustat", 1, RV_D, A_DEV, A_PTR),
	D("poll", ALL, RV_TIMEOUT, A_PTR, A_UINT, A_INT),
	D("ppoll", ALL, RV_TIMEOUT, A_PTR, A_UINT, A_PTR, A_PTR, A_ULONG),
	D("select", ALL, RV_TIMEOUT, A_INT, A_PTR, A_PTR, A_PTR, A_PTR),
	D("_newselect", ALL, RV_TIMEOUT, A_INT, A_PTR, A_PTR, A_PTR, A_PTR),
	D("pselect6", ALL, RV_TIMEOUT, A_INT, A_PTR, A_PTR, A_PTR, A_PTR, A_PSELSIG),
	D("lseek", ALL, RV_D, A_FD, A_LONG, A_WHENCE),
	D("pread64", 1, RV_D, A_FD, A_BUFR, A_ULONG, A_LONG),
	D("pwrite64", ALL, RV_D, A_FD, A_BUFW, A_ULONG, A_LONG),
	D("readv", 1, RV_D, A_FD, A_PTR, A_ULONG),
	D("writev", ALL, RV_D, A_FD, A_PTR, A_ULONG),
	DN("preadv", 4, 1, RV_D, A_FD, A_PTR, A_ULONG, A_LONG),
	DN("pwritev", 4, ALL, RV_D, A_FD, A_PTR, A_ULONG, A_LONG),
	D("preadv2", 1, RV_D, A_FD, A_PTR, A_ULONG, A_LONG, A_SKIP, A_RWF),
	D("pwritev2", ALL, RV_D, A_FD, A_PTR, A_ULONG, A_LONG, A_SKIP, A_RWF),
	D("access", ALL, RV_D, A_PATH, A_AMODE),
	D("faccessat", ALL, RV_D, A_DIRFD, A_PATH, A_AMODE),
	D("faccessat2", ALL, RV_D, A_DIRFD, A_PATH, A_AMODE, A_FACCESSAT2),
	D("pipe", 0, RV_D, A_PTR),
	D("pipe2", 0, RV_D, A_PTR, A_OFLAGS_NOACC),
	D("dup", ALL, RV_FD, A_FD),
	D("dup2", ALL, RV_FD, A_FD, A_FD),
	D("dup3", ALL, RV_FD, A_FD, A_FD, A_OFLAGS_NOACC),
	S("fcntl", SP_FCNTL, ALL, RV_FCNTL),
	S("fcntl64", SP_FCNTL, ALL, RV_FCNTL),
	S("ioctl", SP_IOCTL, 2, RV_D),
	D("flock", ALL, RV_D, A_FD, A_FLOCK),
	D("fsync", ALL, RV_D, A_FD),
	D("fdatasync", ALL, RV_D, A_FD),
	D("syncfs", ALL, RV_D, A_FD),
	D("truncate", ALL, RV_D, A_PATH, A_ULONG),
	D("ftruncate", ALL, RV_D, A_FD, A_ULONG),
	D("fallocate", ALL, RV_D, A_FD, A_FALLOC, A_LONG, A_LONG),
	D("fadvise64", ALL, RV_D, A_FD, A_LONG, A_ULONG, A_FADV),
	D("readahead", ALL, RV_D, A_FD, A_LONG, A_ULONG),
	D("sync_file_range", ALL, RV_D, A_FD, A_LONG, A_LONG, A_SYNCFR),
	D("getdents", 1, RV_D, A_FD, A_PTR, A_UINT),
	D("getdents64", 1, RV_D, A_FD, A_PTR, A_UINT),
	D("getcwd", 0, RV_D, A_BUFR, A_ULONG),
	D("chdir", ALL, RV_D, A_PATH),
	D("fchdir", ALL, RV_D, A_FD),
	D("chroot", ALL, RV_D, A_PATH),
	D("rename", ALL, RV_D, A_PATH, A_PATH),
	D("renameat", ALL, RV_D, A_DIRFD, A_PATH, A_DIRFD, A_PATH),
	D("renameat2", ALL, RV_D, A_DIRFD, A_PATH, A_DIRFD, A_PATH, A_RENAME),
	D("mkdir", ALL, RV_D, A_PATH, A_OCT),
	D("mkdirat", ALL, RV_D, A_DIRFD, A_PATH, A_OCT),
	D("rmdir", ALL, RV_D, A_PATH),
	D("link", ALL, RV_D, A_PATH, A_PATH),
	D("linkat", ALL, RV_D, A_DIRFD, A_PATH, A_DIRFD, A_PATH, A_ATFLAGS),
	D("unlink", ALL, RV_D, A_PATH),
	D("unlinkat", ALL, RV_D, A_DIRFD, A_PATH, A_ATFLAGS),
	D("symlink", ALL, RV_D, A_PATH, A_PATH),
	D("symlinkat", ALL, RV_D, A_PATH, A_DIRFD, A_PATH),
	D("readlink", 1, RV_D, A_PATH, A_BUFR, A_ULONG),
	D("readlinkat", 2, RV_D, A_DIRFD, A_PATH, A_BUFR, A_ULONG),
	D("chmod", ALL, RV_D, A_PATH, A_OCT),
	D("fchmod", ALL, RV_D, A_FD, A_OCT),
	D("fchmodat", ALL, RV_D, A_DIRFD, A_PATH, A_OCT),
	D("chown", ALL, RV_D, A_PATH, A_UID, A_UID),
	D("fchown", ALL, RV_D, A_FD, A_UID, A_UID),
	D("lchown", ALL, RV_D, A_PATH, A_UID, A_UID),
	D("chown32", ALL, RV_D, A_PATH, A_UID, A_UID),
	D("fchown32", ALL, RV_D, A_FD, A_UID, A_UID),
	D("lchown32", ALL, RV_D, A_PATH, A_UID, A_UID),
	D("fchownat", ALL, RV_D, A_DIRFD, A_PATH, A_UID, A_UID, A_ATFLAGS),
	S("mknod", SP_MKNOD, ALL, RV_D),
	S("mknodat", SP_MKNODAT, ALL, RV_D),
	D("umask", ALL, RV_O, A_OCT),
	D("utime", ALL, RV_D, A_PATH, A_PTR),
	D("utimes", ALL, RV_D, A_PATH, A_PTR),
	D("futimesat", ALL, RV_D, A_DIRFD, A_PATH, A_PTR),
	D("utimensat", ALL, RV_D, A_DIRFD, A_PATH, A_PTR, A_ATFLAGS),
	D("mount", ALL, RV_D, A_PATH, A_PATH, A_STR, A_MSFLAGS, A_PTR),
	D("umount2", ALL, RV_D, A_PATH, A_MNTFLAGS),
	D("umount", ALL, RV_D, A_PATH),
	D("sendfile", ALL, RV_D, A_FD, A_FD, A_PTR, A_ULONG),
	D("sendfile64", ALL, RV_D, A_FD, A_FD, A_PTR, A_ULONG),
	D("copy_file_range", ALL, RV_D, A_FD, A_PTR, A_FD, A_PTR, A_ULONG, A_UINT),
	D("splice", ALL, RV_D, A_FD, A_PTR, A_FD, A_PTR, A_ULONG, A_SPLICE),
	D("tee", ALL, RV_D, A_FD, A_FD, A_ULONG, A_SPLICE),
	D("vmsplice", ALL, RV_D, A_FD, A_PTR, A_ULONG, A_SPLICE),
	D("setxattr", ALL, RV_D, A_PATH, A_STR, A_XATTR_VAL, A_ULONG, A_XATTR),
	D("lsetxattr", ALL, RV_D, A_PATH, A_STR, A_XATTR_VAL, A_ULONG, A_XATTR),
	D("fsetxattr", ALL, RV_D, A_FD, A_STR, A_XATTR_VAL, A_ULONG, A_XATTR),
	D("getxattr", 2, RV_D, A_PATH, A_STR, A_XATTR_VAL, A_ULONG),
	D("lgetxattr", 2, RV_D, A_PATH, A_STR, A_XATTR_VAL, A_ULONG),
	D("fgetxattr", 2, RV_D, A_FD, A_STR, A_XATTR_VAL, A_ULONG),
	D("listxattr", 1, RV_D, A_PATH, A_XATTR_LIST, A_ULONG),
	D("llistxattr", 1, RV_D, A_PATH, A_XATTR_LIST, A_ULONG),
	D("flistxattr", 1, RV_D, A_FD, A_XATTR_LIST, A_ULONG),
	D("removexattr", ALL, RV_D, A_PATH, A_STR),
	D("lremovexattr", ALL, RV_D, A_PATH, A_STR),
	D("fremovexattr", ALL, RV_D, A_FD, A_STR),
	D("inotify_init", ALL, RV_FD),
	D("inotify_init1", ALL, RV_FD, A_INIFLAGS),
	D("inotify_add_watch", ALL, RV_D, A_FD, A_PATH, A_INMASK),
	D("inotify_rm_watch", ALL, RV_D, A_FD, A_INT),
	D("memfd_create", ALL, RV_FD, A_PTR, A_MFD),
	D("memfd_secret", ALL, RV_FD, A_CLOEXEC),
	D("name_to_handle_at", 2, RV_D, A_DIRFD, A_PATH, A_PTR, A_PTR, A_NTHFLAGS),
	D("open_by_handle_at", ALL, RV_FD, A_FD, A_PTR, A_OFLAGS),
	D("eventfd", ALL, RV_FD, A_UINT),
	D("eventfd2", ALL, RV_FD, A_UINT, A_EFDFLAGS),
	D("signalfd", ALL, RV_FD, A_FD, A_PTR, A_ULONG),
	D("signalfd4", ALL, RV_FD, A_FD, A_PTR, A_ULONG, A_SFDFLAGS),
	D("timerfd_create", ALL, RV_FD, A_CLOCK, A_TFDFLAGS),
	D("timerfd_settime", 3, RV_D, A_FD, A_TFDFLAGS, A_PTR, A_PTR),
	D("timerfd_gettime", 1, RV_D, A_FD, A_PTR),
	D("epoll_create", ALL, RV_FD, A_INT),
	D("epoll_create1", ALL, RV_FD, A_EPOLLFLAGS),
	D("epoll_ctl", ALL, RV_D, A_FD, A_EPOLLOP, A_FD, A_PTR),
	D("epoll_wait", 1, RV_D, A_FD, A_PTR, A_INT, A_INT),
	D("epoll_pwait", 1, RV_D, A_FD, A_PTR, A_INT, A_INT, A_PTR, A_ULONG),
	D("epoll_pwait2", 1, RV_D, A_FD, A_PTR, A_INT, A_PTR, A_PTR, A_ULONG),
	D("userfaultfd", ALL, RV_FD, A_UFFD),
	/* strace prints perf_event_open whole at exit */
	D("perf_event_open", 0, RV_FD, A_PTR, A_INT, A_INT, A_FD, A_PERFFLAGS),
	/* io_uring_setup: the params' input at entry (print-misc.c) */
	D("io_uring_setup", ALL, RV_FD, A_UINT, A_PTR),
	D("pidfd_open", ALL, RV_FD, A_INT, A_PIDFDFLAGS),
	D("pidfd_getfd", ALL, RV_FD, A_FD, A_FD, A_HEX32),
	D("pidfd_send_signal", ALL, RV_D, A_FD, A_SIG, A_PTR, A_HEX32),
	D("process_mrelease", ALL, RV_D, A_FD, A_HEX32),
	D("finit_module", ALL, RV_D, A_FD, A_PTR, A_MODINIT),
	D("init_module", ALL, RV_D, A_PTR, A_ULONG, A_PTR),
	D("delete_module", ALL, RV_D, A_PTR, A_DELMOD),

	/* memory */
	D("mmap", ALL, RV_X, A_PTR, A_ULONG, A_PROT, A_MMAPFLAGS, A_FD, A_HEX),
	D("mmap2", ALL, RV_X, A_PTR, A_ULONG, A_PROT, A_MMAPFLAGS, A_FD, A_PGOFF),
	D("mprotect", ALL, RV_D, A_PTR, A_ULONG, A_PROT),
	D("pkey_mprotect", ALL, RV_D, A_PTR, A_ULONG, A_PROT, A_INT),
	D("pkey_alloc", ALL, RV_D, A_HEX, A_PKEY),
	D("pkey_free", ALL, RV_D, A_INT),
	D("munmap", ALL, RV_D, A_PTR, A_ULONG),
	D("brk", ALL, RV_X, A_PTR),
	S("mremap", SP_MREMAP, ALL, RV_X),
	D("msync", ALL, RV_D, A_PTR, A_ULONG, A_MSYNC),
	D("mincore", 2, RV_D, A_PTR, A_ULONG, A_PTR),
	D("madvise", ALL, RV_D, A_PTR, A_ULONG, A_MADV),
	D("process_madvise", ALL, RV_D, A_FD, A_PTR, A_ULONG, A_MADV, A_HEX32),
	D("mlock", ALL, RV_D, A_PTR, A_ULONG),
	D("munlock", ALL, RV_D, A_PTR, A_ULONG),
	D("mlock2", ALL, RV_D, A_PTR, A_ULONG, A_MLOCK),
	D("mlockall", ALL, RV_D, A_MCL),
	D("munlockall", ALL, RV_D),
	D("remap_file_pages", ALL, RV_D, A_PTR, A_ULONG, A_PROT, A_ULONG, A_MMAPFLAGS),
	D("set_mempolicy_home_node", ALL, RV_D, A_PTR, A_ULONG, A_ULONG, A_HEX),

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

	/* network */
	S("socket", SP_SOCKET, ALL, RV_FD),
	S("socketpair", SP_SOCKET, 3, RV_D),
	D("connect", ALL, RV_D, A_FD, A_PTR, A_INT),
	D("bind", ALL, RV_D, A_FD, A_PTR, A_INT),
	D("listen", ALL, RV_D, A_FD, A_INT),
	D("accept", 1, RV_FD, A_FD, A_PTR, A_SOCKLEN),
	D("accept4", 1, RV_FD, A_FD, A_PTR, A_SOCKLEN, A_SOCKFLAGS),
	D("getsockname", 1, RV_D, A_FD, A_PTR, A_SOCKLEN),
	D("getpeername", 1, RV_D, A_FD, A_PTR, A_SOCKLEN),
	S("setsockopt", SP_SOCKOPT, ALL, RV_D),
	S("getsockopt", SP_SOCKOPT, 3, RV_D),
	D("shutdown", ALL, RV_D, A_FD, A_SHUT),
	D("sendto", ALL, RV_D, A_FD, A_BUFW, A_ULONG, A_MSGFLAGS, A_PTR, A_INT),
	D("recvfrom", 1, RV_D, A_FD, A_BUFR, A_ULONG, A_MSGFLAGS, A_PTR, A_SOCKLEN),
	D("sendmsg", ALL, RV_D, A_FD, A_PTR, A_MSGFLAGS),
	D("recvmsg", 1, RV_D, A_FD, A_PTR, A_MSGFLAGS),
	/* sendmmsg: the vector at exit, with the lengths sent */
	D("sendmmsg", 1, RV_D, A_FD, A_PTR, A_UINT, A_MSGFLAGS),
	/* recvmmsg: the timeout as given, printed at exit */
	D("recvmmsg", 1, RV_TIMEOUT, A_FD, A_PTR, A_UINT, A_MSGFLAGS, A_PTR_IN),

	/* the rest */
	D("getrandom", 0, RV_D, A_BUFR_HEX, A_ULONG, A_GRND),
	DN("_sysctl", 1, ALL, RV_D, A_PTR),
	D("adjtimex", 0, RV_ADJTIMEX, A_PTR),
	D("swapon", ALL, RV_D, A_PATH, A_SWAPFLAGS),
	S("reboot", SP_REBOOT, ALL, RV_D),
	D("io_setup", 1, RV_D, A_UINT, A_PTR),
	D("io_destroy", ALL, RV_D, A_PTR),
	D("io_getevents", 3, RV_D, A_PTR, A_LONG, A_LONG, A_PTR, A_PTR),
	D("io_pgetevents", 3, RV_D, A_PTR, A_LONG, A_LONG, A_PTR, A_PTR, A_PTR),
	D("io_submit", ALL, RV_D, A_PTR, A_LONG, A_PTR),
	D("io_cancel", ALL, RV_D, A_PTR, A_PTR, A_PTR),
	D("lookup_dcookie", ALL, RV_D, A_ULONG, A_PTR, A_ULONG),
	D("mbind", ALL, RV_D, A_PTR, A_ULONG, A_MPOLMODE64, A_PTR, A_ULONG, A_MPOLMF),
	D("set_mempolicy", ALL, RV_D, A_MPOLMODE, A_PTR, A_ULONG),
	D("get_mempolicy", ALL, RV_D, A_PTR, A_PTR, A_ULONG, A_PTR, A_MPOLF),
	D("migrate_pages", ALL, RV_D, A_INT, A_ULONG, A_PTR, A_PTR),
	D("move_pages", ALL, RV_D, A_INT, A_ULONG, A_PTR, A_PTR, A_PTR, A_MPOLMOVE),
	D("kexec_file_load", ALL, RV_D, A_FD, A_FD, A_ULONG, A_PTR, A_KEXECFILE),
	D("add_key", ALL, RV_D, A_PTR, A_PTR, A_PTR, A_ULONG, A_KEYSERIAL),
	D("request_key", ALL, RV_D, A_PTR, A_PTR, A_PTR, A_KEYSERIAL),
	S("kcmp", SP_KCMP, ALL, RV_D),
	S("rt_sigreturn", SP_SIGRETURN, ALL, RV_D),
	S("membarrier", SP_MEMBARRIER, ALL, RV_D),
	D("io_uring_enter", ALL, RV_D, A_FD, A_UINT, A_UINT, A_IOURING_ENTER, A_PTR, A_ULONG),
	D("io_uring_register", ALL, RV_D, A_FD, A_IOURING_REG, A_PTR, A_UINT),
	D("open_tree", ALL, RV_FD, A_DIRFD, A_PATH, A_OPENTREE),
	D("move_mount", ALL, RV_D, A_DIRFD, A_PATH, A_DIRFD, A_PATH, A_MOVEMOUNT),
	D("fsopen", ALL, RV_FD, A_PTR, A_FSOPEN),
	D("fsconfig", ALL, RV_D, A_FD, A_FSCONFIG, A_PTR, A_PTR, A_INT),
	D("fsmount", ALL, RV_FD, A_FD, A_FSMOUNT, A_MOUNTATTR),
	D("fspick", ALL, RV_FD, A_DIRFD, A_PATH, A_FSPICK),
	D("mount_setattr", ALL, RV_D, A_DIRFD, A_PATH, A_MSATTR, A_PTR, A_ULONG),
	D("landlock_create_ruleset", ALL, RV_FD, A_PTR, A_ULONG, A_LLCREATE),
	D("landlock_add_rule", ALL, RV_D, A_FD, A_LLRULE, A_PTR, A_HEX32),
	D("landlock_restrict_self", ALL, RV_D, A_FD, A_HEX32),
	D("nice", ALL, RV_D, A_INT),

	/* ipc */
	D("shmget", ALL, RV_D, A_IPCKEY, A_ULONG, A_SHMFLG),
	D("shmat", ALL, RV_X, A_INT, A_PTR, A_SHMAT),
	D("shmdt", ALL, RV_D, A_PTR),
	D("shmctl", ALL, RV_D, A_INT, A_SHMCMD, A_PTR),
	D("semget", ALL, RV_D, A_IPCKEY, A_INT, A_IPCFLG),
	D("semop", ALL, RV_D, A_INT, A_PTR, A_UINT),
	D("semtimedop", ALL, RV_D, A_INT, A_PTR, A_UINT, A_PTR),
	D("semctl", ALL, RV_D, A_INT, A_INT, A_SEMCMD, A_PTR),
	D("msgget", ALL, RV_D, A_IPCKEY, A_IPCFLG),
	D("msgsnd", ALL, RV_D, A_INT, A_PTR, A_ULONG, A_MSGFLG),
	D("msgrcv", 1, RV_D, A_INT, A_PTR, A_ULONG, A_LONG, A_MSGFLG),
	D("msgctl", ALL, RV_D, A_INT, A_MSGCMD, A_PTR),
	S("mq_open", SP_MQOPEN, ALL, RV_FD),
	D("mq_unlink", ALL, RV_D, A_PATH),
	D("mq_timedsend", ALL, RV_D, A_FD, A_PTR, A_ULONG, A_UINT, A_PTR),
	D("mq_timedreceive", 1, RV_D, A_FD, A_PTR, A_ULONG, A_PTR, A_PTR),
	D("mq_notify", ALL, RV_D, A_FD, A_PTR),
	D("mq_getsetattr", 2, RV_D, A_FD, A_PTR, A_PTR),
};

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

/* ia32 calls of these names lay their arguments out differently. */
static const char *const compat_differs[] = {
	"mmap", "select", "pread64", "pwrite64", "readahead", "fadvise64",
	"fallocate", "sync_file_range", "clone", "preadv", "pwritev",
	"preadv2", "pwritev2", "lookup_dcookie",
};

static const struct decoder *dec64[KSTRACE_MAX_SYSCALLS];
static const struct decoder *dec32[KSTRACE_MAX_SYSCALLS];
static bool dec_ready;

static const struct decoder *find_decoder(const char *name, bool compat)
{
	size_t i;

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
	for (i = 0; i < ARRAY_SIZE(decoders); i++)
		if (!strcmp(name, decoders[i].name))
			return &decoders[i];
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

static bool put_captured(struct sbuf *b, const struct actx *x, unsigned int i)
{
	return put_captured_at(b, x, i, x->nentry >= 0 && (int)i >= x->nentry);
}

static uint64_t arg_val(const struct actx *x, unsigned int i)
{
	return x->a[i];
}

/* A signed long of the call's ABI. */
static int64_t slong(const struct actx *x, uint64_t v)
{
	return x->compat ? (int64_t)(int32_t)v : (int64_t)v;
}

static void put_ptr(struct sbuf *b, uint64_t v)
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
static const struct kstrace_cap *in_cap(const struct actx *x, unsigned int i)
{
	const struct kstrace_cap *cap, *late;
	unsigned int k;

	if (x->compat)
		return NULL;
	cap = rec_cap(x->enter, i);
	if (!cap || !(cap->flags & KSTRACE_CAP_FAULT) || !x->exit)
		return cap;
	late = (const struct kstrace_cap *)(x->exit + 1);
	for (k = 0; k < x->exit->ncap; k++) {
		if (late->arg == i && (late->flags & KSTRACE_CAP_ATEXIT))
			return late;
		late = (const struct kstrace_cap *)((const char *)(late + 1) +
						    ALIGN8(late->len));
	}
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
static void put_styled(struct sbuf *b, uint64_t v,
		       void (*fn)(struct sbuf *, uint64_t))
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

static void put_open_flags(struct sbuf *b, uint64_t v)
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

static const struct xlat personality_flags[] = {
	XLAT_NAMED(0x0020000, "UNAME26"),
	XLAT_NAMED(0x0040000, "ADDR_NO_RANDOMIZE"),
	XLAT_NAMED(0x0080000, "FDPIC_FUNCPTRS"),
	XLAT_NAMED(0x0100000, "MMAP_PAGE_ZERO"),
	XLAT_NAMED(0x0200000, "ADDR_COMPAT_LAYOUT"),
	XLAT_NAMED(0x0400000, "READ_IMPLIES_EXEC"),
	XLAT_NAMED(0x0800000, "ADDR_LIMIT_32BIT"),
	XLAT_NAMED(0x1000000, "SHORT_INODE"),
	XLAT_NAMED(0x2000000, "WHOLE_SECONDS"),
	XLAT_NAMED(0x4000000, "STICKY_TIMEOUTS"),
	XLAT_NAMED(0x8000000, "ADDR_LIMIT_3GB"),
	XLAT_END
};

/* PER_LINUX|ADDR_NO_RANDOMIZE: the type in the low byte, then flags. */
static void put_personality(struct sbuf *b, uint64_t v)
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

static void put_clone_flags(struct sbuf *b, uint64_t flags)
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

/* ---- assembling the argument list ---- */

#define MAX_PARTS	8

struct parts {
	struct sbuf s[MAX_PARTS];
	int n;
	int split;		/* parts[split..] are printed at exit */
	bool sep_at_exit;	/* clone: the ", " belongs to the exit part */
};

static struct sbuf *part_new(struct parts *p)
{
	struct sbuf *b = &p->s[p->n++];

	sb_reset(b);
	return b;
}

static void part_arg(struct parts *p, const struct actx *x, unsigned int i,
		     unsigned int type)
{
	if (type == A_SKIP)
		return;
	put_arg(part_new(p), x, i, type);
}

static void sp_open(struct parts *p, const struct actx *x, unsigned int base,
		    bool mq)
{
	uint32_t flags = arg_val(x, base + 1);

	if (base)
		part_arg(p, x, 0, A_DIRFD);
	part_arg(p, x, base, A_PATH);
	part_arg(p, x, base + 1, A_OFLAGS);
	/* O_CREAT, or __O_TMPFILE: the mode is used (mq_open: O_CREAT) */
	if (flags & (mq ? 0100 : (0100 | 020000000))) {
		part_arg(p, x, base + 2, A_OCT);
		if (mq)
			part_arg(p, x, base + 3, A_PTR);
	}
}

static void sp_mknod(struct parts *p, const struct actx *x, unsigned int base)
{
	unsigned int type = arg_val(x, base + 1) & 0170000;

	if (base)
		part_arg(p, x, 0, A_DIRFD);
	part_arg(p, x, base, A_PATH);
	part_arg(p, x, base + 1, A_SYMMODE);
	if (type == 0020000 || type == 0060000)	/* S_IFCHR, S_IFBLK */
		part_arg(p, x, base + 2, A_DEV);
}

static void sp_socket(struct parts *p, const struct actx *x, bool pair)
{
	uint32_t family = arg_val(x, 0);
	uint64_t proto = arg_val(x, 2);
	struct sbuf *b;

	part_arg(p, x, 0, A_FAMILY);
	part_arg(p, x, 1, A_SOCKTYPE);
	b = part_new(p);
	switch (pair ? ~0u : family) {	/* socketpair: a plain number */
	case 2:		/* AF_INET */
	case 10:	/* AF_INET6 */
		print_xval(b, inet_protocols, (uint32_t)proto, "IPPROTO_???");
		break;
	case 16:	/* AF_NETLINK */
		print_xval(b, netlink_protocols, (uint32_t)proto, "NETLINK_???");
		break;
	case 17:	/* AF_PACKET: an ethertype in network order */
		sb_puts(b, "htons(");
		print_xval(b, ethernet_protocols,
			   (uint16_t)((proto >> 8 & 0xff) | (proto & 0xff) << 8),
			   "ETH_P_???");
		sb_putc(b, ')');
		break;
	default:
		sb_printf(b, "%" PRIu64, proto);
		break;
	}
	if (pair)
		part_arg(p, x, 3, A_PTR);
}

static const struct xlat sock_ip_options[] = {
	XLAT_NAMED(1, "IP_TOS"), XLAT_NAMED(2, "IP_TTL"),
	XLAT_NAMED(3, "IP_HDRINCL"), XLAT_NAMED(4, "IP_OPTIONS"),
	XLAT_NAMED(5, "IP_ROUTER_ALERT"), XLAT_NAMED(6, "IP_RECVOPTS"),
	XLAT_NAMED(7, "IP_RETOPTS"), XLAT_NAMED(8, "IP_PKTINFO"),
	XLAT_NAMED(9, "IP_PKTOPTIONS"), XLAT_NAMED(10, "IP_MTU_DISCOVER"),
	XLAT_NAMED(11, "IP_RECVERR"), XLAT_NAMED(12, "IP_RECVTTL"),
	XLAT_NAMED(13, "IP_RECVTOS"), XLAT_NAMED(14, "IP_MTU"),
	XLAT_NAMED(15, "IP_FREEBIND"), XLAT_NAMED(16, "IP_IPSEC_POLICY"),
	XLAT_NAMED(17, "IP_XFRM_POLICY"), XLAT_NAMED(18, "IP_PASSSEC"),
	XLAT_NAMED(19, "IP_TRANSPARENT"), XLAT_NAMED(20, "IP_ORIGDSTADDR"),
	XLAT_NAMED(21, "IP_MINTTL"), XLAT_NAMED(22, "IP_NODEFRAG"),
	XLAT_NAMED(23, "IP_CHECKSUM"),
	XLAT_NAMED(24, "IP_BIND_ADDRESS_NO_PORT"),
	XLAT_NAMED(25, "IP_RECVFRAGSIZE"), XLAT_NAMED(26, "IP_RECVERR_RFC4884"),
	XLAT_NAMED(32, "IP_MULTICAST_IF"), XLAT_NAMED(33, "IP_MULTICAST_TTL"),
	XLAT_NAMED(34, "IP_MULTICAST_LOOP"),
	XLAT_NAMED(35, "IP_ADD_MEMBERSHIP"),
	XLAT_NAMED(36, "IP_DROP_MEMBERSHIP"),
	XLAT_END
};

static const struct xlat sock_ipv6_options[] = {
	XLAT_NAMED(1, "IPV6_ADDRFORM"), XLAT_NAMED(2, "IPV6_2292PKTINFO"),
	XLAT_NAMED(16, "IPV6_UNICAST_HOPS"),
	XLAT_NAMED(17, "IPV6_MULTICAST_IF"),
	XLAT_NAMED(18, "IPV6_MULTICAST_HOPS"),
	XLAT_NAMED(19, "IPV6_MULTICAST_LOOP"),
	XLAT_NAMED(20, "IPV6_ADD_MEMBERSHIP"),
	XLAT_NAMED(21, "IPV6_DROP_MEMBERSHIP"),
	XLAT_NAMED(23, "IPV6_MTU_DISCOVER"), XLAT_NAMED(24, "IPV6_MTU"),
	XLAT_NAMED(25, "IPV6_RECVERR"), XLAT_NAMED(26, "IPV6_V6ONLY"),
	XLAT_NAMED(49, "IPV6_RECVPKTINFO"), XLAT_NAMED(50, "IPV6_PKTINFO"),
	XLAT_NAMED(66, "IPV6_RECVTCLASS"), XLAT_NAMED(67, "IPV6_TCLASS"),
	XLAT_END
};

static void sp_sockopt(struct parts *p, const struct actx *x, bool get)
{
	uint32_t level = arg_val(x, 1), name = arg_val(x, 2);
	struct sbuf *b;

	part_arg(p, x, 0, A_FD);
	b = part_new(p);
	print_xval(b, socketlayers, level, "SOL_??");
	b = part_new(p);
	switch (level) {
	case 0:
		print_xval(b, sock_ip_options, name, "IP_???");
		break;
	case 1:
		print_xval(b, sock_options, name, "SO_???");
		break;
	case 6:
		print_xval(b, sock_tcp_options, name, "TCP_???");
		break;
	case 41:
		print_xval(b, sock_ipv6_options, name, "IPV6_???");
		break;
	case 17:	/* SOL_UDP */
		print_xval(b, sock_udp_options, name, "UDP_???");
		break;
	case 255:	/* SOL_RAW */
		print_xval(b, sock_raw_options, name, "RAW_???");
		break;
	case 263:	/* SOL_PACKET */
		print_xval(b, sock_packet_options, name, "PACKET_???");
		break;
	case 270:	/* SOL_NETLINK */
		print_xval(b, sock_netlink_options, name, "NETLINK_???");
		break;
	default:
		sb_printf(b, "%u", name);
		break;
	}
	part_arg(p, x, 3, A_PTR);
	part_arg(p, x, 4, get ? A_PTR : A_INT);
}

static void sp_clone(struct parts *p, const struct actx *x)
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

static void put_bitset(struct sbuf *b, uint32_t v)
{
	print_xname(b, v, v == 0xffffffff ? "FUTEX_BITSET_MATCH_ANY" : NULL,
		    NULL, XFMT_X);
}

static const struct xlat futexwakeops[] = {
	XLAT_NAMED(0, "FUTEX_OP_SET"), XLAT_NAMED(1, "FUTEX_OP_ADD"),
	XLAT_NAMED(2, "FUTEX_OP_OR"), XLAT_NAMED(3, "FUTEX_OP_ANDN"),
	XLAT_NAMED(4, "FUTEX_OP_XOR"),
	XLAT_END
};

static const struct xlat futexwakecmps[] = {
	XLAT_NAMED(0, "FUTEX_OP_CMP_EQ"), XLAT_NAMED(1, "FUTEX_OP_CMP_NE"),
	XLAT_NAMED(2, "FUTEX_OP_CMP_LT"), XLAT_NAMED(3, "FUTEX_OP_CMP_LE"),
	XLAT_NAMED(4, "FUTEX_OP_CMP_GT"), XLAT_NAMED(5, "FUTEX_OP_CMP_GE"),
	XLAT_END
};

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

static void sp_futex(struct parts *p, const struct actx *x)
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

static void sp_fcntl(struct parts *p, const struct actx *x)
{
	uint32_t cmd = arg_val(x, 1);
	struct sbuf *b;

	part_arg(p, x, 0, A_FD);
	b = part_new(p);
	print_xval(b, fcntlcmds, cmd, "F_???");
	switch (cmd) {
	case 1: case 3: case 9: case 11:	/* F_GET{FD,FL,OWN,SIG} */
	case 1025: case 1029: case 1032: case 1034:
		break;
	case 0: case 1030:	/* F_DUPFD{,_CLOEXEC}: the lowest number */
		part_arg(p, x, 2, A_INT);
		break;
	case 2:					/* F_SETFD */
		print_flags(part_new(p), fdflags, (uint32_t)arg_val(x, 2),
			    "FD_???");
		break;
	case 4:					/* F_SETFL */
		part_arg(p, x, 2, A_OFLAGS);
		break;
	case 8: case 1031:			/* F_SETOWN, F_SETPIPE_SZ */
		part_arg(p, x, 2, A_INT);
		break;
	case 10:				/* F_SETSIG */
		part_arg(p, x, 2, A_SIG);
		break;
	case 1024:				/* F_SETLEASE */
		print_xval(part_new(p), lockfcmds, (uint32_t)arg_val(x, 2),
			   "F_???");
		break;
	case 1026:				/* F_NOTIFY */
		print_flags(part_new(p), notifyflags, (uint32_t)arg_val(x, 2),
			    "DN_???");
		break;
	case 1033:				/* F_ADD_SEALS */
		print_flags(part_new(p), f_seals, (uint32_t)arg_val(x, 2),
			    "F_SEAL_???");
		break;
	case 5: case 36:		/* F_GETLK, F_OFD_GETLK */
		/* the lock the kernel wrote back: ", {...}" at exit */
		p->split = p->n;
		p->sep_at_exit = true;
		if (x->exit)
			part_arg(p, x, 2, A_PTR);
		break;
	case 6: case 7: case 15: case 16: case 17:
	case 37: case 38:
	case 1035: case 1036: case 1037: case 1038:
		part_arg(p, x, 2, A_PTR);
		break;
	default:
		part_arg(p, x, 2, A_HEX);
		break;
	}
}

/* How term_ioctl() prints the argument of a terminal ('T') command. */
enum term_arg {
	TA_HEX,		/* not one it knows: the number */
	TA_NONE,	/* no argument: nothing */
	TA_IN,		/* what it points to, at entry */
	TA_OUT,		/* what it points to, at exit */
	TA_INT,		/* an int: %d */
	TA_TCXONC,
	TA_TCFLSH,
	TA_STI,		/* one character, quoted */
};

static enum term_arg term_arg(uint32_t cmd)
{
	switch (cmd) {
	case 0x5401: case 0x5456:	/* TCGETS, TIOCGLCKTRMIOS */
	case 0x5405:			/* TCGETA */
	case 0x802c542a:		/* TCGETS2 */
	case 0x5413:			/* TIOCGWINSZ */
	case 0x5415:			/* TIOCMGET */
	case 0x540f: case 0x5429:	/* TIOCGPGRP, TIOCGSID */
	case 0x5424: case 0x5419:	/* TIOCGETD, TIOCGSOFTCAR */
	case 0x541b: case 0x5411:	/* FIONREAD, TIOCOUTQ */
	case 0x80045430:		/* TIOCGPTN */
	case 0x80045432:		/* TIOCGDEV */
	case 0x80045440:		/* TIOCGEXCL */
		return TA_OUT;
	case 0x5402: case 0x5403: case 0x5404:	/* TCSETS, TCSETSW, TCSETSF */
	case 0x5457:				/* TIOCSLCKTRMIOS */
	case 0x5406: case 0x5407: case 0x5408:	/* TCSETA, TCSETAW, TCSETAF */
	case 0x402c542b: case 0x402c542c:	/* TCSETS2, TCSETSW2 */
	case 0x402c542d:			/* TCSETSF2 */
	case 0x5414:				/* TIOCSWINSZ */
	case 0x5416: case 0x5417: case 0x5418:	/* TIOCMBIS, TIOCMBIC, TIOCMSET */
	case 0x5410: case 0x5423:		/* TIOCSPGRP, TIOCSETD */
	case 0x5421: case 0x5452:		/* FIONBIO, FIOASYNC */
	case 0x5420: case 0x541a:		/* TIOCPKT, TIOCSSOFTCAR */
	case 0x40045431:			/* TIOCSPTLCK */
		return TA_IN;
	case 0x5409: case 0x5425: case 0x540e:	/* TCSBRK, TCSBRKP, TIOCSCTTY */
		return TA_INT;
	case 0x540a:
		return TA_TCXONC;
	case 0x540b:
		return TA_TCFLSH;
	case 0x5412:
		return TA_STI;
	case 0x5427: case 0x5428:		/* TIOCSBRK, TIOCCBRK */
	case 0x541d: case 0x5422:		/* TIOCCONS, TIOCNOTTY */
	case 0x540c: case 0x540d:		/* TIOCEXCL, TIOCNXCL */
	case 0x5451: case 0x5450:		/* FIOCLEX, FIONCLEX */
	case 0x5437: case 0x541f:		/* TIOCVHANGUP, TIOCSSERIAL */
		return TA_NONE;
	default:
		return TA_HEX;
	}
}

/* term_ioctl(): the argument of a terminal command, and where it goes */
static void term_ioctl_arg(struct parts *p, const struct actx *x, uint32_t cmd)
{
	uint64_t arg = arg_val(x, 2);

	switch (term_arg(cmd)) {
	case TA_OUT:
		/* filled in by the call: ", {...}" at exit */
		p->split = p->n;
		p->sep_at_exit = true;
		if (x->exit)
			part_arg(p, x, 2, A_PTR);
		return;
	case TA_IN:
		part_arg(p, x, 2, A_PTR);
		break;
	case TA_INT:
		part_arg(p, x, 2, A_INT);
		break;
	case TA_TCXONC:
		print_xval(part_new(p), tcxonc_options, arg, "TC???");
		break;
	case TA_TCFLSH:
		print_xval(part_new(p), tcflsh_options, arg, "TC???");
		break;
	case TA_STI:
		part_arg(p, x, 2, A_BUFW);
		break;
	case TA_NONE:
		break;
	case TA_HEX:
		part_arg(p, x, 2, A_HEX);
		break;
	}
	p->split = p->n;
}

static const char *ioctl_name(uint32_t cmd)
{
	const char *name = xlookup(ioctl_names, cmd);

	return name ? name : xlookup(ioctl_sized_names, cmd);
}

/* TCGETS, or _IOC(_IOC_READ, 0x54, 0x1, 0x4) */
static void put_ioctl_cmd(struct sbuf *b, uint64_t v)
{
	uint32_t cmd = v;
	const char *name = ioctl_name(cmd);

	if (name) {
		sb_puts(b, name);
		return;
	}
	sb_puts(b, "_IOC(");
	print_flags(b, ioctl_dirs, cmd >> 30, "_IOC_???");
	sb_printf(b, ", %#x, %#x, %#x)", (cmd >> 8) & 0xff, cmd & 0xff,
		  (cmd >> 16) & 0x3fff);
}

static void sp_ioctl(struct parts *p, const struct actx *x)
{
	uint32_t cmd = arg_val(x, 1);

	part_arg(p, x, 0, A_FD);
	put_styled(part_new(p), cmd, put_ioctl_cmd);
	if (((cmd >> 8) & 0xff) == 'T') {
		term_ioctl_arg(p, x, cmd);
		return;
	}
	part_arg(p, x, 2, ioctl_name(cmd) ? A_PTR : A_HEX);
	if (!ioctl_name(cmd))	/* an unknown one is printed at entry */
		p->split = p->n;
}

static const struct xlat suid_dump[] = {
	XLAT_NAMED(0, "SUID_DUMP_DISABLE"),
	XLAT_NAMED(1, "SUID_DUMP_USER"),
	XLAT_NAMED(2, "SUID_DUMP_ROOT"),
	XLAT_END
};

static const struct xlat seccomp_mode[] = {
	XLAT_NAMED(0, "SECCOMP_MODE_DISABLED"),
	XLAT_NAMED(1, "SECCOMP_MODE_STRICT"),
	XLAT_NAMED(2, "SECCOMP_MODE_FILTER"),
	XLAT_END
};

static const struct xlat pr_set_vma[] = {
	XLAT_NAMED(0, "PR_SET_VMA_ANON_NAME"),
	XLAT_END
};

static void sp_prctl(struct parts *p, const struct actx *x)
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

static void sp_membarrier(struct parts *p, const struct actx *x)
{
	part_arg(p, x, 0, A_MEMBARRIER);
	part_arg(p, x, 1, A_MEMBARRIERF);
	if (arg_val(x, 1) & 1)			/* MEMBARRIER_CMD_FLAG_CPU */
		part_arg(p, x, 2, A_INT);
}

static void sp_reboot(struct parts *p, const struct actx *x)
{
	part_arg(p, x, 0, A_REBOOTMAGIC);
	part_arg(p, x, 1, A_REBOOTMAGIC);
	part_arg(p, x, 2, A_REBOOTCMD);
	if ((uint32_t)arg_val(x, 2) == 0xa1b2c3d4)	/* _CMD_RESTART2 */
		part_arg(p, x, 3, A_PTR);
}

static void sp_seccomp(struct parts *p, const struct actx *x)
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
static void sp_sigreturn(struct parts *p, const struct actx *x)
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

static void sp_kcmp(struct parts *p, const struct actx *x)
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

static void sp_arch_prctl(struct parts *p, const struct actx *x)
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

static void sp_mremap(struct parts *p, const struct actx *x)
{
	part_arg(p, x, 0, A_PTR);
	part_arg(p, x, 1, A_ULONG);
	part_arg(p, x, 2, A_ULONG);
	part_arg(p, x, 3, A_MREMAP);
	/* MREMAP_MAYMOVE|MREMAP_FIXED: the new address is used */
	if ((arg_val(x, 3) & 3) == 3)
		part_arg(p, x, 4, A_PTR);
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

static void actx_init(struct actx *x, const struct dctx *c,
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

/* ---- -e read=, -e write=: strace's dumpio() ---- */

/*
 * strace's dumpstr(): len bytes at addr as lines of 16,
 * " | 00000  68 65 6c 6c 6f 0a ...  hello.           |". cap holds what
 * the module copied (up to KSTRACE_STRSIZE_MAX bytes, as main.c asks it
 * when -e read=/write= is given); what it could not copy is said so.
 */
static void dump_bytes(struct sbuf *out, const struct kstrace_cap *cap,
		       uint64_t len)
{
	const unsigned char *d;
	uint64_t i, k;
	size_t have;
	char line[66];
	unsigned int j, at;
	int offs;

	if (!len || !cap || cap->kind != KSTRACE_CAP_BUF ||
	    (cap->flags & KSTRACE_CAP_FAULT))
		return;	/* strace prints nothing for memory it cannot read */
	d = (const unsigned char *)cap_data(cap);
	have = cap->len;
	offs = len > (1ULL << 20) ? 1 + (63 - __builtin_clzll(len - 1)) / 4 : 5;
	for (i = 0; i < len; i += 16) {
		if (i >= have) {
			sb_printf(out, " | <%" PRIu64 " bytes not captured> |\n",
				  len - i);
			return;
		}
		memset(line, ' ', sizeof(line));
		for (j = 0; j < 16; j++) {
			k = i + j;
			if (k >= len || k >= have)
				continue;
			at = j * 3 + (j >= 8);
			line[at] = "0123456789abcdef"[d[k] >> 4];
			line[at + 1] = "0123456789abcdef"[d[k] & 15];
			line[50 + j] = d[k] >= ' ' && d[k] < 0x7f ? d[k] : '.';
		}
		sb_printf(out, " | %0*" PRIx64 "  %.*s |\n", offs, i,
			  (int)sizeof(line), line);
	}
}

struct dump_iovec {
	uint64_t base, len;
};

/*
 * strace's dumpiov_upto(): the first count buffers of the iovec array
 * captured in iovcap (its BUF captures follow it), total bytes at most.
 */
static void dump_iov(struct sbuf *out, const struct kstrace_rec *r,
		     const struct kstrace_cap *iovcap, uint64_t count,
		     uint64_t total)
{
	const struct kstrace_cap *buf;
	struct dump_iovec iov;
	uint64_t i, n, len;

	if (!iovcap || iovcap->kind != KSTRACE_CAP_IOV ||
	    (iovcap->flags & KSTRACE_CAP_FAULT))
		return;
	n = iovcap->len / sizeof(iov);
	buf = cap_next(r, iovcap);
	for (i = 0; i < count && i < n; i++) {
		memcpy(&iov, cap_data(iovcap) + i * sizeof(iov), sizeof(iov));
		len = iov.len < total ? iov.len : total;
		if (!len)
			break;
		total -= len;
		sb_printf(out, " * %" PRIu64 " bytes in buffer %" PRIu64 "\n",
			  len, i);
		if (buf && (buf->arg != iovcap->arg || buf->kind != KSTRACE_CAP_BUF))
			buf = NULL;
		dump_bytes(out, buf, len);
		if (buf)
			buf = cap_next(r, buf);
	}
}

/* The IOV capture among the parts of the msghdr capture m, or NULL. */
static const struct kstrace_cap *msghdr_iov(const struct kstrace_rec *r,
					    const struct kstrace_cap *m)
{
	const struct kstrace_cap *c;

	for (c = cap_next(r, m); c && c->arg == m->arg; c = cap_next(r, c)) {
		if (c->kind == KSTRACE_CAP_IOV)
			return c;
		if (c->kind == KSTRACE_CAP_MSGHDR || c->kind == KSTRACE_CAP_MMSGHDR)
			break;
	}
	return NULL;
}

/* msg_iovlen of a struct user_msghdr at the start of cap */
static uint64_t msghdr_iovlen(const struct kstrace_cap *m)
{
	uint64_t v = 0;

	if (m->len >= 32)
		memcpy(&v, cap_data(m) + 24, sizeof(v));
	return v;
}

/* strace's dumpiov_in_msghdr() */
static void dump_msghdr(struct sbuf *out, const struct kstrace_rec *r,
			const struct kstrace_cap *m, uint64_t total)
{
	if (!m || m->kind != KSTRACE_CAP_MSGHDR || (m->flags & KSTRACE_CAP_FAULT))
		return;
	dump_iov(out, r, msghdr_iov(r, m), msghdr_iovlen(m), total);
}

/* strace's dumpiov_in_mmsghdr(): the first n elements of the array */
static void dump_mmsghdr(struct sbuf *out, const struct kstrace_rec *r,
			 const struct kstrace_cap *m, unsigned int n)
{
	uint32_t msg_len;
	unsigned int i, arg;

	for (i = 0; i < n && m; i++) {
		if (m->kind != KSTRACE_CAP_MMSGHDR || m->len < 60 ||
		    (m->flags & KSTRACE_CAP_FAULT))
			return;
		memcpy(&msg_len, cap_data(m) + 56, sizeof(msg_len));
		sb_printf(out, " = %" PRIu64 " buffers in vector %u\n",
			  msghdr_iovlen(m), i);
		dump_iov(out, r, msghdr_iov(r, m), msghdr_iovlen(m), msg_len);
		/* the next element: the next MMSGHDR of this argument */
		arg = m->arg;
		do
			m = cap_next(r, m);
		while (m && m->arg == arg && m->kind != KSTRACE_CAP_MMSGHDR);
		if (m && m->arg != arg)
			m = NULL;
	}
}

void decode_dump(const struct dctx *c, const struct kstrace_rec *enter,
		 const struct kstrace_rec *exit, bool rd, bool wr,
		 struct sbuf *out)
{
	const struct sysent *se = sysent_get(enter->abi, enter->nr);
	const char *n = se ? se->name : "";
	struct actx x;
	int64_t ret;

	if (!exit || enter->abi != KSTRACE_ABI_NATIVE)
		return;
	actx_init(&x, c, enter, exit);
	ret = exit->exit.ret;
	if (wr) {
		if (!strcmp(n, "write") || !strcmp(n, "pwrite64") ||
		    !strcmp(n, "sendto"))
			dump_bytes(out, in_cap(&x, 1), x.a[2]);
		else if (!strcmp(n, "writev") || !strcmp(n, "pwritev") ||
			 !strcmp(n, "pwritev2"))
			dump_iov(out, enter, rec_cap(enter, 1), (uint32_t)x.a[2],
				 UINT64_MAX);
		else if (!strcmp(n, "sendmsg"))
			dump_msghdr(out, enter, rec_cap(enter, 1), UINT64_MAX);
		else if (!strcmp(n, "sendmmsg"))
			dump_mmsghdr(out, exit, rec_cap(exit, 1), ret);
	}
	if (!rd || ret < 0)
		return;
	if (!strcmp(n, "read") || !strcmp(n, "pread64") ||
	    !strcmp(n, "recvfrom"))
		dump_bytes(out, rec_cap(exit, 1), ret);
	else if (!strcmp(n, "readv") || !strcmp(n, "preadv") ||
		 !strcmp(n, "preadv2"))
		dump_iov(out, exit, rec_cap(exit, 1), (uint32_t)x.a[2], ret);
	else if (!strcmp(n, "recvmsg"))
		dump_msghdr(out, exit, rec_cap(exit, 1), ret);
	else if (!strcmp(n, "recvmmsg"))
		dump_mmsghdr(out, exit, rec_cap(exit, 1), ret);
}

/* ---- return values ---- */

/* strace's sprinttime() in parentheses: " (2026-12-04T16:57:02+0000)" */
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
		sb_printf(out, "%#" PRIo64, (uint64_t)ret);
		break;
	case RV_U:
		sb_printf(out, "%" PRIu64, (uint64_t)ret);
		break;
	case RV_FD:
		sb_printf(out, "%" PRId64, ret);
		put_fd_path(out, c, (int)ret);
		break;
	case RV_BPF:
		/* strace's RVAL_FD: MAP_CREATE, PROG_LOAD, OBJ_PIN, OBJ_GET,
		 * the GET_FD_BY_IDs, BTF_LOAD, LINK_CREATE */
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
