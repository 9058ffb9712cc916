// SPDX-License-Identifier: GPL-2.0
/*
 * print-file.c - printers of the file family (print.h): stat, statx,
 * statfs, directory entries, open_how, flock, utimbuf, mount_attr,
 * termios and winsize; and the small ones, a loff_t or an address behind
 * a pointer (print_u64) and int arrays (print_int: descriptors, ids,
 * socket lengths). Each says which strace 6.1 function it follows.
 *
 * The structures are the x86-64 kernel's, copied whole into a local one
 * (captures are 8-aligned, but memcpy() needs no thinking); a capture
 * shorter than its structure is printed as the pointer, as strace prints
 * memory it could not read.
 */
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "print.h"
#include "tables.h"
#include "util.h"

/* The capture's data into dst, if it holds size bytes. */
static bool cap_get(const struct kstrace_cap *cap, void *dst, size_t size)
{
	if (!cap || (cap->flags & KSTRACE_CAP_FAULT) || cap->len < size)
		return false;
	memcpy(dst, cap_data(cap), size);
	return true;
}

static void put_addr(struct sbuf *b, const struct pctx *p)
{
	print_ptr(b, p->args[p->arg]);
}

/*
 * strace's sprinttime_ex(), printed in a comment after the number:
 * 2026-12-04T16:41:39.181739846+0000 in local time (TZ, as localtime()
 * reads it); nothing for the epoch itself or a fraction out of range.
 * width: digits of the fraction.
 */
static void put_time_comment(struct sbuf *b, int64_t sec, uint64_t part,
			     uint64_t max_part, int width)
{
	char buf[128];
	struct tm tm;
	time_t t = sec;
	size_t n;

	if ((sec == 0 && part == 0) || part > max_part || (int64_t)t != sec)
		return;
	tzset();
	if (!localtime_r(&t, &tm))
		return;
	n = strftime(buf, sizeof(buf), "%FT%T", &tm);
	if (!n)
		return;
	if (part)
		n += snprintf(buf + n, sizeof(buf) - n, ".%0*" PRIu64, width, part);
	if (n >= sizeof(buf) || !strftime(buf + n, sizeof(buf) - n, "%z", &tm))
		return;
	sb_printf(b, " /* %s */", buf);
}

/* print_dev_t(): makedev(0xfe, 0x1) from the kernel's 64-bit dev_t */
static void put_dev(struct sbuf *b, uint64_t dev)
{
	unsigned int major = ((dev >> 32) & 0xfffff000) | ((dev >> 8) & 0xfff);
	unsigned int minor = ((dev >> 12) & 0xffffff00) | (dev & 0xff);

	sb_printf(b, "makedev(%#x, %#x)", major, minor);
}

/* print_symbolic_mode_t(): S_IFDIR|S_ISVTX|0755; an unknown type in octal */
static void put_mode(struct sbuf *b, uint32_t mode)
{
	const char *ifmt = "";

	if (mode & 0170000)
		ifmt = xlookup(modetypes, mode & 0170000);
	if (!ifmt) {
		sb_printf(b, "%#03o", mode);
		return;
	}
	sb_printf(b, "%s%s%s%s%s%#03o", ifmt, *ifmt ? "|" : "",
		  mode & 04000 ? "S_ISUID|" : "", mode & 02000 ? "S_ISGID|" : "",
		  mode & 01000 ? "S_ISVTX|" : "", mode & ~(0170000u | 07000u));
}

/* printuid(): -1 for (uid_t)-1, else unsigned */
static void put_uid(struct sbuf *b, uint32_t id)
{
	if (id == UINT32_MAX)
		sb_puts(b, "-1");
	else
		sb_printf(b, "%u", id);
}

/* printfd(): the number, and with -y its path */
static void put_fd(struct sbuf *b, const struct pctx *p, int fd)
{
	sb_printf(b, "%d", fd);
	put_fd_path(b, p->c, fd);
}

/* tprint_open_modes64(): O_RDONLY|O_CLOEXEC */
static void put_open_modes(struct sbuf *b, uint64_t flags)
{
	print_xval(b, open_access_modes, flags & 3, "O_???");
	flags &= ~3ULL;
	if (flags) {
		sb_putc(b, '|');
		print_flags(b, open_mode_flags, flags, NULL);
	}
}

/* ---- stat, statx, statfs ---- */

/* struct stat of x86-64 */
struct k_stat {
	uint64_t dev, ino, nlink;
	uint32_t mode, uid, gid, pad0;
	uint64_t rdev;
	int64_t size, blksize, blocks;
	int64_t atime;
	uint64_t atime_nsec;
	int64_t mtime;
	uint64_t mtime_nsec;
	int64_t ctime;
	uint64_t ctime_nsec;
	int64_t unused[3];
};

static void put_stat_time(struct sbuf *b, const char *name, int64_t sec,
			  uint64_t nsec)
{
	sb_printf(b, ", %s=%" PRId64, name, sec);
	put_time_comment(b, sec, nsec, 999999999, 9);
	sb_printf(b, ", %s_nsec=%" PRIu64, name, nsec);
}

/* print_struct_stat(): what -v adds, around the mode and the size */
void print_stat(struct sbuf *b, const struct pctx *p,
		const struct kstrace_cap *cap)
{
	bool v = p->c->verbose;
	struct k_stat st;
	uint32_t type;

	if (!cap_get(cap, &st, sizeof(st))) {
		put_addr(b, p);
		return;
	}
	sb_putc(b, '{');
	if (v) {
		sb_puts(b, "st_dev=");
		put_dev(b, st.dev);
		sb_printf(b, ", st_ino=%" PRIu64 ", st_mode=", st.ino);
		put_mode(b, st.mode);
		sb_printf(b, ", st_nlink=%" PRIu64 ", st_uid=%u, st_gid=%u"
			  ", st_blksize=%" PRIu64 ", st_blocks=%" PRIu64,
			  st.nlink, st.uid, st.gid, (uint64_t)st.blksize,
			  (uint64_t)st.blocks);
	} else {
		sb_puts(b, "st_mode=");
		put_mode(b, st.mode);
	}
	type = st.mode & 0170000;
	if (type == 0020000 || type == 0060000) {	/* S_IFCHR, S_IFBLK */
		sb_puts(b, ", st_rdev=");
		put_dev(b, st.rdev);
	} else {
		sb_printf(b, ", st_size=%" PRIu64, (uint64_t)st.size);
	}
	if (v) {
		put_stat_time(b, "st_atime", st.atime, st.atime_nsec);
		put_stat_time(b, "st_mtime", st.mtime, st.mtime_nsec);
		put_stat_time(b, "st_ctime", st.ctime, st.ctime_nsec);
	} else {
		sb_puts(b, ", ...");
	}
	sb_putc(b, '}');
}

struct k_statx_timestamp {
	int64_t tv_sec;
	uint32_t tv_nsec;
	int32_t reserved;
};

/* struct statx, up to the fields strace 6.1 prints */
struct k_statx {
	uint32_t mask, blksize;
	uint64_t attributes;
	uint32_t nlink, uid, gid;
	uint16_t mode, pad1;
	uint64_t ino, size, blocks, attributes_mask;
	struct k_statx_timestamp atime, btime, ctime, mtime;
	uint32_t rdev_major, rdev_minor, dev_major, dev_minor;
	uint64_t mnt_id;
	uint32_t dio_mem_align, dio_offset_align;
};

#define STATX_ATIME	0x20
#define STATX_MTIME	0x40
#define STATX_CTIME	0x80
#define STATX_BTIME	0x800
#define STATX_MNT_ID	0x1000
#define STATX_DIOALIGN	0x2000

/* print_statx_timestamp() */
static void put_statx_time(struct sbuf *b, const char *name,
			   const struct k_statx_timestamp *t)
{
	sb_printf(b, ", %s={tv_sec=%" PRId64 ", tv_nsec=%u}", name, t->tv_sec,
		  t->tv_nsec);
	put_time_comment(b, t->tv_sec, t->tv_nsec, 999999999, 9);
}

/* SYS_FUNC(statx)'s exit: -v prints what stx_mask says was filled in */
void print_statx(struct sbuf *b, const struct pctx *p,
		 const struct kstrace_cap *cap)
{
	bool v = p->c->verbose;
	struct k_statx stx;

	if (!cap_get(cap, &stx, sizeof(stx))) {
		put_addr(b, p);
		return;
	}
	sb_puts(b, "{stx_mask=");
	print_flags(b, statx_masks, stx.mask, "STATX_???");
	if (v)
		sb_printf(b, ", stx_blksize=%u", stx.blksize);
	sb_puts(b, ", stx_attributes=");
	print_flags(b, statx_attrs, stx.attributes, "STATX_ATTR_???");
	if (v) {
		sb_printf(b, ", stx_nlink=%u, stx_uid=", stx.nlink);
		put_uid(b, stx.uid);
		sb_puts(b, ", stx_gid=");
		put_uid(b, stx.gid);
	}
	sb_puts(b, ", stx_mode=");
	put_mode(b, stx.mode);
	if (v)
		sb_printf(b, ", stx_ino=%" PRIu64, stx.ino);
	sb_printf(b, ", stx_size=%" PRIu64, stx.size);
	if (!v) {
		sb_puts(b, ", ...}");
		return;
	}
	sb_printf(b, ", stx_blocks=%" PRIu64 ", stx_attributes_mask=", stx.blocks);
	print_flags(b, statx_attrs, stx.attributes_mask, "STATX_ATTR_???");
	if (stx.mask & STATX_ATIME)
		put_statx_time(b, "stx_atime", &stx.atime);
	if (stx.mask & STATX_BTIME)
		put_statx_time(b, "stx_btime", &stx.btime);
	if (stx.mask & STATX_CTIME)
		put_statx_time(b, "stx_ctime", &stx.ctime);
	if (stx.mask & STATX_MTIME)
		put_statx_time(b, "stx_mtime", &stx.mtime);
	sb_printf(b, ", stx_rdev_major=%u, stx_rdev_minor=%u, stx_dev_major=%u"
		  ", stx_dev_minor=%u", stx.rdev_major, stx.rdev_minor,
		  stx.dev_major, stx.dev_minor);
	if (stx.mask & STATX_MNT_ID)
		sb_printf(b, ", stx_mnt_id=%#" PRIx64, stx.mnt_id);
	if (stx.mask & STATX_DIOALIGN)
		sb_printf(b, ", stx_dio_mem_align=%u, stx_dio_offset_align=%u",
			  stx.dio_mem_align, stx.dio_offset_align);
	sb_putc(b, '}');
}

/* struct statfs of x86-64 */
struct k_statfs {
	uint64_t type, bsize, blocks, bfree, bavail, files, ffree;
	int32_t fsid[2];
	uint64_t namelen, frsize, flags, spare[4];
};

#define ST_VALID	0x20

/* print_struct_statfs(): no abbreviation, -v or not */
void print_statfs(struct sbuf *b, const struct pctx *p,
		  const struct kstrace_cap *cap)
{
	struct k_statfs f;

	if (!cap_get(cap, &f, sizeof(f))) {
		put_addr(b, p);
		return;
	}
	sb_puts(b, "{f_type=");
	print_xval(b, fsmagic, f.type, NULL);
	sb_printf(b, ", f_bsize=%" PRIu64 ", f_blocks=%" PRIu64 ", f_bfree=%" PRIu64
		  ", f_bavail=%" PRIu64 ", f_files=%" PRIu64 ", f_ffree=%" PRIu64
		  ", f_fsid={val=[%#x, %#x]}, f_namelen=%" PRIu64
		  ", f_frsize=%" PRIu64, f.bsize, f.blocks, f.bfree, f.bavail,
		  f.files, f.ffree, (unsigned int)f.fsid[0],
		  (unsigned int)f.fsid[1], f.namelen, f.frsize);
	if (f.flags & ST_VALID) {
		sb_puts(b, ", f_flags=");
		print_flags(b, statfs_flags, f.flags, "ST_???");
	}
	sb_putc(b, '}');
}

/* ---- getdents, getdents64 ---- */

#define D_NAME_LEN_MAX	256

/*
 * printpathn(): the name in the n bytes at name (avail of them captured,
 * the one past n included when there is one), up to its NUL; "..." when
 * there is none.
 */
static void put_dent_name(struct sbuf *b, const struct pctx *p,
			  const char *name, size_t n, size_t avail)
{
	size_t look = n + 1 < avail ? n + 1 : avail;
	const char *nul = memchr(name, '\0', look);

	sb_puts(b, ", d_name=");
	if (nul) {
		quote_string_x(b, name, nul - name, false, p->c->xflag);
	} else {
		quote_string_x(b, name, n, false, p->c->xflag);
		sb_puts(b, "...");
	}
}

/*
 * One record of -v: linux_dirent64 {d_ino, d_off, d_reclen, d_type,
 * d_name}, or the old linux_dirent, whose name comes before the type
 * that ends the record (dirent.c, dirent64.c).
 */
static void put_dent(struct sbuf *b, const struct pctx *p, const char *d,
		     size_t reclen, size_t avail, bool is64)
{
	size_t head = is64 ? 19 : 18, n;
	uint64_t ino, off;

	memcpy(&ino, d, 8);
	memcpy(&off, d + 8, 8);
	sb_printf(b, "{d_ino=%" PRIu64 ", d_off=%" PRIu64 ", d_reclen=%zu",
		  ino, off, reclen);
	if (is64) {
		sb_puts(b, ", d_type=");
		print_xval(b, dirent_types, (unsigned char)d[18], "DT_???");
		n = reclen - head;
		if (n)
			put_dent_name(b, p, d + head, n > D_NAME_LEN_MAX ?
				      D_NAME_LEN_MAX : n, avail - head);
	} else if (reclen > head) {
		n = reclen - head - 1;
		if (n)
			put_dent_name(b, p, d + head, n > D_NAME_LEN_MAX ?
				      D_NAME_LEN_MAX : n, avail - head);
		sb_puts(b, ", d_type=");
		print_xval(b, dirent_types, (unsigned char)d[reclen - 1], "DT_???");
	}
	sb_putc(b, '}');
}

/*
 * xgetdents(): the address and "5 entries" in a comment (full_len counts
 * every record of the call); with -v the records. The module copies
 * whole records only, as many as fit: past them (TRUNC) strace would go
 * on, kstrace prints "...".
 */
void print_dirents(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	bool is64 = !strcmp(p->name, "getdents64");
	const char *d = cap_data(cap);
	size_t off = 0, reclen;
	uint16_t r16;

	if (!p->c->verbose) {
		put_addr(b, p);
		sb_printf(b, " /* %" PRIu64 " entries */", (uint64_t)cap->full_len);
		return;
	}
	sb_putc(b, '[');
	while (off + 19 <= cap->len) {
		memcpy(&r16, d + off + 16, 2);
		reclen = r16;
		if (reclen < 19 || off + reclen > cap->len)
			break;
		if (off)
			sb_puts(b, ", ");
		put_dent(b, p, d + off, reclen, cap->len - off, is64);
		off += reclen;
	}
	if (cap->flags & KSTRACE_CAP_TRUNC)
		sb_puts(b, off ? ", ..." : "...");
	sb_putc(b, ']');
}

/* ---- openat2, fcntl's locks, utime, mount_setattr ---- */

struct k_open_how {
	uint64_t flags, mode, resolve;
};

/* print_open_how(): size (argument 3) below the first version's: the address */
void print_open_how(struct sbuf *b, const struct pctx *p,
		    const struct kstrace_cap *cap)
{
	struct k_open_how how;

	if (p->args[3] < sizeof(how) || !cap_get(cap, &how, sizeof(how))) {
		put_addr(b, p);
		return;
	}
	sb_puts(b, "{flags=");
	put_open_modes(b, how.flags);
	/* O_CREAT, __O_TMPFILE */
	if ((how.flags & (0100 | 020000000)) || how.mode)
		sb_printf(b, ", mode=%#03" PRIo64, how.mode);
	sb_puts(b, ", resolve=");
	print_flags(b, open_resolve_flags, how.resolve, "RESOLVE_???");
	sb_putc(b, '}');
}

/* struct flock of x86-64 (the same as flock64) */
struct k_flock {
	int16_t type, whence;
	uint32_t pad;
	int64_t start, len;
	int32_t pid, pad2;
};

/*
 * print_struct_flock64(): F_GETLK and F_OFD_GETLK print the lock the
 * kernel wrote back, with l_pid, at exit; the others what they passed.
 */
void print_flock(struct sbuf *b, const struct pctx *p,
		 const struct kstrace_cap *cap)
{
	uint32_t cmd = p->args[1];
	bool getlk = cmd == 5 || cmd == 36;	/* F_GETLK, F_OFD_GETLK */
	struct k_flock fl;

	if (getlk)
		cap = p->exit && pctx_ret(p) >= 0 ? p->out : NULL;
	if (!cap_get(cap, &fl, sizeof(fl))) {
		put_addr(b, p);
		return;
	}
	sb_puts(b, "{l_type=");
	print_xval(b, lockfcmds, (uint16_t)fl.type, "F_???");
	sb_puts(b, ", l_whence=");
	print_xval(b, whence_codes, (uint16_t)fl.whence, "SEEK_???");
	sb_printf(b, ", l_start=%" PRId64 ", l_len=%" PRId64, fl.start, fl.len);
	if (getlk)
		sb_printf(b, ", l_pid=%d", fl.pid);
	sb_putc(b, '}');
}

struct k_utimbuf {
	int64_t actime, modtime;
};

/* SYS_FUNC(utime) */
void print_utimbuf(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	struct k_utimbuf u;

	if (!cap_get(cap, &u, sizeof(u))) {
		put_addr(b, p);
		return;
	}
	sb_printf(b, "{actime=%" PRId64, u.actime);
	put_time_comment(b, u.actime, 0, 0, 0);
	sb_printf(b, ", modtime=%" PRId64, u.modtime);
	put_time_comment(b, u.modtime, 0, 0, 0);
	sb_putc(b, '}');
}

struct k_mount_attr {
	uint64_t attr_set, attr_clr, propagation, userns_fd;
};

#define MOUNT_ATTR_IDMAP	0x00100000

/* print_mount_attr(): size (argument 4) below the first version's: the address */
void print_mount_attr(struct sbuf *b, const struct pctx *p,
		      const struct kstrace_cap *cap)
{
	struct k_mount_attr a;

	if (p->args[4] < sizeof(a) || !cap_get(cap, &a, sizeof(a))) {
		put_addr(b, p);
		return;
	}
	sb_puts(b, "{attr_set=");
	print_flags(b, mount_attr_attr, a.attr_set, "MOUNT_ATTR_???");
	sb_puts(b, ", attr_clr=");
	print_flags(b, mount_attr_attr, a.attr_clr, "MOUNT_ATTR_???");
	sb_puts(b, ", propagation=");
	print_xval(b, mount_attr_propagation, a.propagation, "MS_???");
	sb_puts(b, ", userns_fd=");
	if (a.userns_fd > INT_MAX ||
	    !((a.attr_set | a.attr_clr) & MOUNT_ATTR_IDMAP))
		sb_printf(b, "%" PRIu64, a.userns_fd);
	else
		put_fd(b, p, (int)a.userns_fd);
	sb_putc(b, '}');
}

/* ---- ioctl's terminal structures (term.c) ---- */

/* struct termios, termios2 or termio, whichever the request has */
struct term {
	uint32_t iflag, oflag, cflag, lflag;
	uint8_t line;
	const uint8_t *cc;
	unsigned int ncc;
	bool speeds;			/* termios2: c_ispeed, c_ospeed */
	uint32_t ispeed, ospeed;
};

#define CBAUD	0010017
#define CIBAUD	002003600000
#define CSIZE	0000060

/* printflags() without a default prints nothing for no flag at all */
static void put_term_flags(struct sbuf *b, const struct xlat *x, uint32_t val)
{
	if (val)
		print_flags(b, x, val, NULL);
}

/* decode_oflag(): each delay's value, then the flags */
static void put_oflag(struct sbuf *b, uint32_t val)
{
	static const struct {
		const struct xlat *x;
		uint32_t mask;
		const char *dflt;
	} delays[] = {
		{ term_oflags_nldly, 0000400, "NL?" },
		{ term_oflags_crdly, 0003000, "CR?" },
		{ term_oflags_tabdly, 0014000, "TAB?" },
		{ term_oflags_bsdly, 0020000, "BS?" },
		{ term_oflags_vtdly, 0040000, "VT?" },
		{ term_oflags_ffdly, 0100000, "FF?" },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(delays); i++) {
		print_xval(b, delays[i].x, val & delays[i].mask, delays[i].dflt);
		sb_putc(b, '|');
		val &= ~delays[i].mask;
	}
	put_term_flags(b, term_oflags, val);
}

/* decode_cflag(): the speeds, the character size, then the flags */
static void put_cflag(struct sbuf *b, uint32_t val)
{
	print_xval(b, baud_options, val & CBAUD, "B???");
	sb_putc(b, '|');
	if (val & CIBAUD) {
		print_xval(b, baud_options, (val & CIBAUD) >> 16, "B???");
		sb_puts(b, "<<IBSHIFT|");
	}
	print_xval(b, term_cflags_csize, val & CSIZE, "CS?");
	sb_putc(b, '|');
	put_term_flags(b, term_cflags, val & ~(CBAUD | CIBAUD | CSIZE));
}

/* decode_termios(), decode_termios2(), decode_termio() */
static void put_term(struct sbuf *b, const struct pctx *p, const struct term *t)
{
	const char *name;
	unsigned int i;

	sb_puts(b, "{c_iflag=");
	put_term_flags(b, term_iflags, t->iflag);
	sb_puts(b, ", c_oflag=");
	put_oflag(b, t->oflag);
	sb_puts(b, ", c_cflag=");
	put_cflag(b, t->cflag);
	sb_puts(b, ", c_lflag=");
	put_term_flags(b, term_lflags, t->lflag);
	if (!p->c->verbose) {
		sb_puts(b, ", ...}");
		return;
	}
	sb_puts(b, ", c_line=");
	print_xval(b, term_line_discs, t->line, "N_???");
	sb_puts(b, ", c_cc=[");
	for (i = 0; i < t->ncc; i++) {
		if (i)
			sb_puts(b, ", ");
		name = xlookup(termios_cc, i);
		if (name)
			sb_printf(b, "[%s]=%#x", name, t->cc[i]);
		else
			sb_printf(b, "[%u]=%#x", i, t->cc[i]);
	}
	sb_putc(b, ']');
	if (t->speeds)
		sb_printf(b, ", c_ispeed=%u, c_ospeed=%u", t->ispeed, t->ospeed);
	sb_putc(b, '}');
}

/*
 * The terminal settings of TCGETS and friends: struct termios (36 bytes
 * in the kernel, c_cc[19]), termios2 for TCGETS2 and friends (speeds
 * after it), the old termio for TCGETA and friends (16-bit flags,
 * c_cc[8]).
 */
void print_termios(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	uint32_t cmd = p->args[1];
	const uint8_t *d = (const uint8_t *)cap_data(cap);
	bool termio = cmd >= 0x5405 && cmd <= 0x5408;	/* TCGETA ... TCSETAF */
	struct term t = { 0 };
	uint16_t f[4];

	t.speeds = (cmd & 0xff) >= 0x2a && (cmd & 0xff) <= 0x2d; /* TCGETS2 ... */
	if (cap->len < (termio ? 17u : t.speeds ? 44u : 36u)) {
		put_addr(b, p);
		return;
	}
	if (termio) {
		memcpy(f, d, sizeof(f));
		t.iflag = f[0];
		t.oflag = f[1];
		t.cflag = f[2];
		t.lflag = f[3];
		t.line = d[8];
		t.cc = d + 9;
		t.ncc = 8;
	} else {
		memcpy(&t.iflag, d, 4);
		memcpy(&t.oflag, d + 4, 4);
		memcpy(&t.cflag, d + 8, 4);
		memcpy(&t.lflag, d + 12, 4);
		t.line = d[16];
		t.cc = d + 17;
		t.ncc = 19;
		if (t.speeds) {
			memcpy(&t.ispeed, d + 36, 4);
			memcpy(&t.ospeed, d + 40, 4);
		}
	}
	put_term(b, p, &t);
}

struct k_winsize {
	uint16_t row, col, xpixel, ypixel;
};

/* decode_winsize() */
void print_winsize(struct sbuf *b, const struct pctx *p,
		   const struct kstrace_cap *cap)
{
	struct k_winsize w;

	if (!cap_get(cap, &w, sizeof(w))) {
		put_addr(b, p);
		return;
	}
	sb_printf(b, "{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}",
		  w.row, w.col, w.xpixel, w.ypixel);
}

/* ---- numbers behind pointers ---- */

static bool name_is(const struct pctx *p, const char *name)
{
	return !strcmp(p->name, name);
}

/*
 * printnum_int64() and friends: sendfile's offset "[0]", and once data
 * moved, the offset the kernel wrote back: "[0] => [5]"; copy_file_range
 * and splice print theirs at entry only, signed; arch_prctl's
 * ARCH_GET_FS/GS an address "[0x7f...]"; time() "[1796402592]".
 */
void print_u64(struct sbuf *b, const struct pctx *p,
	       const struct kstrace_cap *cap)
{
	uint64_t v, out;

	if (!cap_get(cap, &v, sizeof(v))) {
		put_addr(b, p);
		return;
	}
	if (name_is(p, "sendfile") || name_is(p, "sendfile64")) {
		sb_printf(b, "[%" PRIu64 "]", v);
		if (!p->exit || pctx_ret(p) <= 0)
			return;
		sb_puts(b, " => ");
		if (cap_get(p->out, &out, sizeof(out)))
			sb_printf(b, "[%" PRIu64 "]", out);
		else
			put_addr(b, p);
	} else if (name_is(p, "copy_file_range") || name_is(p, "splice")) {
		sb_printf(b, "[%" PRId64 "]", (int64_t)v);
	} else if (name_is(p, "arch_prctl")) {
		sb_putc(b, '[');
		print_ptr(b, v);
		sb_putc(b, ']');
	} else if (name_is(p, "time")) {
		sb_printf(b, "[%" PRId64, (int64_t)v);
		put_time_comment(b, v, 0, 0, 0);
		sb_putc(b, ']');
	} else {
		put_addr(b, p);
	}
}

/* the socket calls' address lengths: the call, its length's argument */
static const struct {
	const char *name;
	unsigned char len_arg;
	signed char addr_arg;	/* -1: printed whatever the address */
} socklen_calls[] = {
	{ "accept", 2, 1 }, { "accept4", 2, 1 },
	{ "getsockname", 2, 1 }, { "getpeername", 2, 1 },
	{ "recvfrom", 5, 4 }, { "getsockopt", 4, -1 },
};

/*
 * decode_sockname(), recvfrom, getsockopt: the length passed "[128]", and
 * when the kernel wrote back another one "[128 => 16]"; after a failure
 * the one passed. Without an address to fill in, strace reads neither.
 */
static bool put_socklen(struct sbuf *b, const struct pctx *p)
{
	int32_t ulen, rlen;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(socklen_calls); i++)
		if (name_is(p, socklen_calls[i].name) &&
		    p->arg == socklen_calls[i].len_arg)
			break;
	if (i == ARRAY_SIZE(socklen_calls))
		return false;
	if ((socklen_calls[i].addr_arg >= 0 && !p->args[socklen_calls[i].addr_arg]) ||
	    !cap_get(p->in, &ulen, sizeof(ulen))) {
		put_addr(b, p);
		return true;
	}
	if (!p->exit || pctx_ret(p) < 0 || !cap_get(p->out, &rlen, sizeof(rlen)) ||
	    rlen == ulen)
		sb_printf(b, "[%d]", ulen);
	else
		sb_printf(b, "[%d => %d]", ulen, rlen);
	return true;
}

/*
 * print_groups(): gids, at most -s of them unless -v; more than
 * NGROUPS_MAX (sysconf's 65536 on Linux): the address.
 */
static void put_groups(struct sbuf *b, const struct pctx *p,
		       const struct kstrace_cap *cap, uint64_t n)
{
	const char *d = cap_data(cap);
	uint64_t i, have = cap->len / 4;
	uint32_t gid;

	if (n > 65536) {
		put_addr(b, p);
		return;
	}
	sb_putc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			sb_puts(b, ", ");
		if ((!p->c->verbose && i >= p->c->strsize) || i >= have) {
			sb_puts(b, "...");
			break;
		}
		memcpy(&gid, d + i * 4, 4);
		put_uid(b, gid);
	}
	sb_putc(b, ']');
}

/*
 * Int arrays: pipe's and socketpair's descriptors "[3, 4]", getresuid's
 * "[0]", the groups of getgroups/setgroups, timer_create's id, ioctl's
 * ints (printnum_int: "[5]", modem lines "[TIOCM_DTR]"), the socket
 * calls' lengths, get_mempolicy's mode ("[MPOL_BIND]").
 */
void print_int(struct sbuf *b, const struct pctx *p,
	       const struct kstrace_cap *cap)
{
	const char *d = cap_data(cap);
	size_t i, n = cap->len / 4;
	bool fds, modem;
	int32_t v;

	if (put_socklen(b, p))
		return;
	if (name_is(p, "getgroups")) {
		put_groups(b, p, cap, pctx_ret(p));
		return;
	}
	if (name_is(p, "setgroups")) {
		put_groups(b, p, cap, (uint32_t)p->args[0]);
		return;
	}
	if (!n) {
		put_addr(b, p);
		return;
	}
	fds = name_is(p, "pipe") || name_is(p, "pipe2") ||
	      name_is(p, "socketpair");
	/* TIOCMGET, TIOCMBIS, TIOCMBIC, TIOCMSET: decode_modem_flags() */
	modem = name_is(p, "ioctl") && (uint32_t)p->args[1] >= 0x5415 &&
		(uint32_t)p->args[1] <= 0x5418;
	sb_putc(b, '[');
	for (i = 0; i < n; i++) {
		memcpy(&v, d + i * 4, 4);
		if (i)
			sb_puts(b, ", ");
		if (fds)
			put_fd(b, p, v);
		else if (name_is(p, "getresuid") || name_is(p, "getresgid"))
			put_uid(b, v);
		else if (modem)
			print_flags(b, modem_flags, (uint32_t)v, "TIOCM_???");
		else if (name_is(p, "get_mempolicy"))
			print_xval(b, mpol_modes, (uint32_t)v, "MPOL_???");
		else
			sb_printf(b, "%d", v);
	}
	if (cap->flags & KSTRACE_CAP_TRUNC)
		sb_puts(b, ", ...");
	sb_putc(b, ']');
}
