// SPDX-License-Identifier: GPL-2.0
/*
 * decode-file.c - the decoder rows of descriptors and files (strace's
 * desc.c, open.c, stat.c, xattr.c, ...), and the calls among them whose
 * arguments depend on one another: open's and mq_open's mode, mknod's
 * device, fcntl's third argument, ioctl's (terminal commands decoded,
 * the others by name).
 */
#include <stdint.h>
#include <linux/fs.h>

#include "decode-int.h"
#include "tables.h"

static const struct decoder rows[] = {
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
	D("fanotify_init", ALL, RV_FD, A_FANINIT, A_OFLAGS),
	/* x86-64's: ia32 splits the mask in two (compat_differs, decode.c) */
	D("fanotify_mark", ALL, RV_D, A_FD, A_FANMARK, A_FANMASK, A_FANDIRFD, A_PATH),
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
};

const struct decoder_rows decode_file_rows = { rows, ARRAY_SIZE(rows) };

void sp_open(struct parts *p, const struct actx *x, unsigned int base, bool mq)
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

void sp_mknod(struct parts *p, const struct actx *x, unsigned int base)
{
	unsigned int type = arg_val(x, base + 1) & 0170000;

	if (base)
		part_arg(p, x, 0, A_DIRFD);
	part_arg(p, x, base, A_PATH);
	part_arg(p, x, base + 1, A_SYMMODE);
	if (type == 0020000 || type == 0060000)	/* S_IFCHR, S_IFBLK */
		part_arg(p, x, base + 2, A_DEV);
}

void sp_fcntl(struct parts *p, const struct actx *x)
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

void sp_ioctl(struct parts *p, const struct actx *x)
{
	uint32_t cmd = arg_val(x, 1);

	part_arg(p, x, 0, A_FD);
	put_styled(part_new(p), cmd, put_ioctl_cmd);
	if (((cmd >> 8) & 0xff) == 'T') {
		term_ioctl_arg(p, x, cmd);
		return;
	}
	/* FICLONE's argument is the source fd, which strace prints as an int */
	part_arg(p, x, 2, cmd == FICLONE ? A_INT : ioctl_name(cmd) ? A_PTR : A_HEX);
	if (!ioctl_name(cmd))	/* an unknown one is printed at entry */
		p->split = p->n;
}
