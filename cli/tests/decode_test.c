// SPDX-License-Identifier: GPL-2.0
/*
 * decode_test.c - unit tests of the decoders: strace's string quoting,
 * flag and value printing, the argument split of unfinished calls, the
 * syscall tables against the generated names, -e trace= sets and the
 * lists sent to the module, record checks. Prints "ok"/"not ok" lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../decode.h"
#include "../filter.h"
#include "../sysname.h"
#include "../tables.h"

static int failures;

static void is(const char *what, const char *got, const char *want)
{
	if (!strcmp(got, want)) {
		printf("ok - %s\n", what);
		return;
	}
	failures++;
	printf("not ok - %s\n#   got:  %s\n#   want: %s\n", what, got, want);
}

static void check(const char *what, int cond)
{
	if (cond) {
		printf("ok - %s\n", what);
		return;
	}
	failures++;
	printf("not ok - %s\n", what);
}

static const char *quoted(const char *s, size_t len, bool zero_term)
{
	static struct sbuf b;

	sb_reset(&b);
	quote_string(&b, s, len, zero_term);
	return sb_str(&b);
}

static void test_quote(void)
{
	is("quote: plain", quoted("abc", 3, false), "\"abc\"");
	is("quote: C escapes", quoted("\t\n\v\f\r\"\\", 7, false),
	   "\"\\t\\n\\v\\f\\r\\\"\\\\\"");
	/* octal as short as the next byte allows, like strace */
	is("quote: \\1 before a letter", quoted("\001a", 2, false),
	   "\"\\1a\"");
	is("quote: \\001 before a digit", quoted("\0012", 2, false),
	   "\"\\0012\"");
	is("quote: \\0 before 8 (not octal)", quoted("\0008", 2, false),
	   "\"\\08\"");
	is("quote: NULs in a buffer", quoted("\0\0", 2, false), "\"\\0\\0\"");
	is("quote: 0x7f and high bytes", quoted("\177\377\200", 3, false),
	   "\"\\177\\377\\200\"");
	is("quote: \\33[ (ESC)", quoted("\033[0m", 4, false),
	   "\"\\33[0m\"");
	is("quote: a path stops at NUL", quoted("ab\0cd", 5, true),
	   "\"ab\"");
	is("quote: empty", quoted("", 0, false), "\"\"");
}

static const char *flags(const struct xlat *x, uint64_t v, const char *d)
{
	static struct sbuf b;

	sb_reset(&b);
	print_flags(&b, x, v, d);
	return sb_str(&b);
}

static const char *xval(const struct xlat *x, uint64_t v, const char *d)
{
	static struct sbuf b;

	sb_reset(&b);
	print_xval(&b, x, v, d);
	return sb_str(&b);
}

static void test_xlat(void)
{
	is("flags: in table order", flags(access_modes, 7, "?_OK"),
	   "R_OK|W_OK|X_OK");
	is("flags: a zero entry for 0", flags(access_modes, 0, "?_OK"),
	   "F_OK");
	is("flags: unknown bits appended", flags(access_modes, 0x14, "?_OK"),
	   "R_OK|0x10");
	is("flags: nothing known", flags(access_modes, 0x10, "?_OK"),
	   "0x10 /* ?_OK */");
	is("flags: 0 without a zero entry", flags(at_flags, 0, "AT_???"), "0");
	is("flags: O_SYNC before O_DSYNC", flags(open_mode_flags, 04010000,
						 NULL), "O_SYNC");
	is("flags: O_TMPFILE takes O_DIRECTORY",
	   flags(open_mode_flags, 020200000, NULL), "O_TMPFILE");
	is("xval: known", xval(whence_codes, 2, "SEEK_???"), "SEEK_END");
	is("xval: unknown", xval(whence_codes, 7, "SEEK_???"),
	   "0x7 /* SEEK_??? */");
	is("xval: unknown 0", xval(socketlayers + 1, 0, "SOL_??"),
	   "0 /* SOL_?? */");
}

static void test_names(void)
{
	char buf[32];

	is("signal: SIGKILL", signal_name(9, buf, sizeof(buf)), "SIGKILL");
	is("signal: SIGRTMIN", signal_name(32, buf, sizeof(buf)), "SIGRTMIN");
	is("signal: SIGRT_8", signal_name(40, buf, sizeof(buf)), "SIGRT_8");
	check("signal: 65 has no name", !signal_name(65, buf, sizeof(buf)));
	is("errno: ENOENT", errno_name(2), "ENOENT");
	is("errno: EAGAIN, not EWOULDBLOCK", errno_name(11), "EAGAIN");
	is("errno: ERESTARTSYS", errno_name(512), "ERESTARTSYS");
	is("errno text: ERESTARTNOHAND", errno_text(514),
	   "To be restarted if no handler");
}

/* Every syscall of the tables has the name the CLI prints for it. */
static void test_tables(void)
{
	static const unsigned int abis[] = { KSTRACE_ABI_NATIVE,
					     KSTRACE_ABI_COMPAT };
	char buf[SYSNAME_MAX], what[128];
	const struct sysent *se;
	const char *n;
	unsigned int a, nr, bad = 0, seen = 0;

	for (a = 0; a < 2; a++)
		for (nr = 0; nr < sysent_count(abis[a]); nr++) {
			se = sysent_get(abis[a], nr);
			if (!se)
				continue;
			n = sysname(abis[a], nr, buf, sizeof(buf));
			if (!strncmp(n, "syscall_", 8))
				continue;	/* older headers on this host */
			seen++;
			if (strcmp(n, se->name) || se->nargs > 6) {
				snprintf(what, sizeof(what),
					 "sysent %u/%u: %s vs %s", abis[a], nr,
					 se->name, n);
				check(what, 0);
				bad++;
			}
		}
	snprintf(what, sizeof(what), "sysent.h names match syscallnames.h (%u)",
		 seen);
	check(what, !bad && seen > 700);
	se = sysent_get(KSTRACE_ABI_NATIVE, 257);
	check("openat: 4 args, %file|%desc",
	      se && se->nargs == 4 && (se->flags & TF) && (se->flags & TD));
	se = sysent_get(KSTRACE_ABI_COMPAT, 11);
	check("ia32 execve: %file|%process",
	      se && (se->flags & TF) && (se->flags & TP));
}

static const char *list(const char *spec, unsigned int abi)
{
	static char buf[KSTRACE_CMD_MAX];
	struct tracesel s;

	if (tracesel_parse(&s, spec))
		return "error";
	if (tracesel_list(&s, abi, buf, sizeof(buf)))
		return "too long";
	return buf;
}

static void test_filter(void)
{
	struct tracesel s;

	is("trace list: names, 64", list("read,write", 64), "0-1");
	is("trace list: names, 32", list("read,write", 32), "3-4");
	is("trace list: name@64", list("open@64", 32), "none");
	is("trace list: all", list("all", 64), "all");
	is("trace list: !all", list("!all", 64), "none");
	is("trace list: !read is everything else", list("!read", 64),
	   "1-511");
	is("trace list: regex", list("/^mmap", 32), "90,192");
	is("trace list: ?unknown ignored", list("?nosuchcall,close", 64), "3");
	check("trace: %file has openat, not close",
	      !tracesel_parse(&s, "%file") &&
	      tracesel_has(&s, KSTRACE_ABI_NATIVE, 257) &&
	      !tracesel_has(&s, KSTRACE_ABI_NATIVE, 3));
	check("trace: %net = %network",
	      !tracesel_parse(&s, "%net") &&
	      tracesel_has(&s, KSTRACE_ABI_NATIVE, 41));
	check("trace: bare class name (strace's old spelling)",
	      !tracesel_parse(&s, "process") &&
	      tracesel_has(&s, KSTRACE_ABI_NATIVE, 59));
	/* error messages go to stderr; the run checks their wording */
	check("trace: unknown name refused", tracesel_parse(&s, "nosuchcall"));
	check("trace: unknown class refused", tracesel_parse(&s, "%nosuch"));
	check("trace: empty refused", tracesel_parse(&s, ""));
}

static void test_records(void)
{
	union {
		struct kstrace_rec r;
		char b[256];
	} u;
	struct kstrace_cap *cap = (struct kstrace_cap *)(&u.r + 1);

	memset(&u, 0, sizeof(u));
	u.r.size = sizeof(u.r);
	check("record: bare header", rec_check(&u, sizeof(u)) == sizeof(u.r));
	u.r.size = sizeof(u.r) + 4;
	check("record: size not a multiple of 8", !rec_check(&u, sizeof(u)));
	u.r.size = sizeof(u.r) + sizeof(*cap) + 8;
	u.r.ncap = 1;
	cap->len = 8;
	check("record: one capture", rec_check(&u, sizeof(u)) == u.r.size);
	cap->len = 9;
	check("record: capture past the end", !rec_check(&u, sizeof(u)));
	check("record: longer than the buffer", !rec_check(&u, 40));
}

/* The split strace makes: what it prints at entry, what at exit. */
static void test_split(void)
{
	struct {
		struct kstrace_rec r;
		struct kstrace_cap c;
		char data[8];
	} en, ex;
	struct dctx c = { .abi = 64, .strsize = 32 };
	struct sbuf a = SBUF_INIT, b = SBUF_INIT;
	bool late;

	memset(&en, 0, sizeof(en));
	en.r.type = KSTRACE_REC_ENTER;
	en.r.abi = 64;
	en.r.nr = 0;			/* read(3, buf, 832) */
	en.r.size = sizeof(en.r);
	en.r.enter.args[0] = 3;
	en.r.enter.args[1] = 0x1000;
	en.r.enter.args[2] = 832;
	decode_args(&c, &en.r, NULL, &a, &b, &late);
	is("read: entry part", sb_str(&a), "3, ");
	check("read: unfinished shows late args", late);

	memset(&ex, 0, sizeof(ex));
	ex.r.type = KSTRACE_REC_EXIT;
	ex.r.abi = 64;
	ex.r.nr = 0;
	ex.r.exit.ret = 3;
	ex.r.ncap = 1;
	ex.r.size = sizeof(ex);
	ex.c.arg = 1;
	ex.c.kind = KSTRACE_CAP_BUF;
	ex.c.len = 3;
	ex.c.full_len = 3;
	memcpy(ex.data, "vm\n", 3);
	sb_reset(&a);
	sb_reset(&b);
	decode_args(&c, &en.r, &ex.r, &a, &b, &late);
	is("read: exit part", sb_str(&b), "\"vm\\n\", 832");
	sb_reset(&a);
	decode_ret(&c, &en.r, &ex.r, &a);
	is("read: return value", sb_str(&a), "3");

	ex.r.exit.ret = -2;
	sb_reset(&a);
	decode_ret(&c, &en.r, &ex.r, &a);
	is("errno: -1 ENOENT (strerror)", sb_str(&a),
	   "-1 ENOENT (No such file or directory)");

	en.r.nr = 231;			/* exit_group(1): all at entry */
	en.r.enter.args[0] = 1;
	sb_reset(&a);
	sb_reset(&b);
	decode_args(&c, &en.r, NULL, &a, &b, &late);
	is("exit_group: all at entry", sb_str(&a), "1");
	check("exit_group: nothing late", !late);
	sb_free(&a);
	sb_free(&b);
}

/* An ENTER record of call nr of x86-64 with three arguments. */
static void enter3(struct kstrace_rec *r, unsigned int nr, uint64_t a0,
		   uint64_t a1, uint64_t a2)
{
	memset(r, 0, sizeof(*r));
	r->type = KSTRACE_REC_ENTER;
	r->abi = 64;
	r->nr = nr;
	r->size = sizeof(*r);
	r->enter.args[0] = a0;
	r->enter.args[1] = a1;
	r->enter.args[2] = a2;
}

/*
 * The calls whose argument strace prints when they return after an
 * entry that ends without ", ": fcntl F_GETLK and ioctl TCGETS are
 * resumed with ", {...}"; arch_prctl ARCH_GET_FS splits as read does.
 */
static void test_split_late_struct(void)
{
	struct {
		struct kstrace_rec r;
		struct kstrace_cap c;
		char data[32];
	} ex;
	struct kstrace_rec en;
	struct dctx c = { .abi = 64, .strsize = 32 };
	struct sbuf a = SBUF_INIT, b = SBUF_INIT;
	bool late;

	enter3(&en, 72, 3, 5, 0x1000);		/* fcntl(3, F_GETLK, ...) */
	decode_args(&c, &en, NULL, &a, &b, &late);
	is("fcntl F_GETLK: entry part", sb_str(&a), "3, F_GETLK");
	memset(&ex, 0, sizeof(ex));
	ex.r.type = KSTRACE_REC_EXIT;
	ex.r.abi = 64;
	ex.r.nr = 72;
	ex.r.ncap = 1;
	ex.r.size = sizeof(ex);
	ex.c.arg = 2;
	ex.c.kind = KSTRACE_CAP_FLOCK;
	ex.c.len = 32;
	ex.data[0] = 2;				/* F_UNLCK */
	sb_reset(&a);
	sb_reset(&b);
	decode_args(&c, &en, &ex.r, &a, &b, &late);
	is("fcntl F_GETLK: exit part", sb_str(&b),
	   ", {l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, l_len=0, l_pid=0}");

	enter3(&en, 16, 0, 0x5401, 0x1000);	/* ioctl(0, TCGETS, ...) */
	sb_reset(&a);
	sb_reset(&b);
	decode_args(&c, &en, NULL, &a, &b, &late);
	is("ioctl TCGETS: entry part", sb_str(&a), "0, TCGETS");
	enter3(&en, 16, 0, 0x5402, 0x1000);	/* TCSETS: all at entry */
	sb_reset(&a);
	decode_args(&c, &en, NULL, &a, &b, &late);
	is("ioctl TCSETS: entry part", sb_str(&a),
	   "0, SNDCTL_TMR_START or TCSETS, 0x1000");
	check("ioctl TCSETS: nothing late", !late);

	enter3(&en, 158, 0x1003, 0x1000, 0);	/* arch_prctl(ARCH_GET_FS, ...) */
	sb_reset(&a);
	decode_args(&c, &en, NULL, &a, &b, &late);
	is("arch_prctl ARCH_GET_FS: entry part", sb_str(&a), "ARCH_GET_FS, ");
	check("arch_prctl ARCH_GET_FS: late", late);
	sb_free(&a);
	sb_free(&b);
}

/*
 * getsockname's length: "[128 => 16]" when the kernel wrote back another
 * one, "[16]" when the same (the address is the net printers', absent
 * here: its pointer).
 */
static void test_socklen(void)
{
	struct cap_int {
		struct kstrace_cap c;
		int32_t v;
		int32_t pad;
	};
	struct {
		struct kstrace_rec r;
		struct cap_int len;
	} en, ex;
	struct dctx c = { .abi = 64, .strsize = 32 };
	struct sbuf a = SBUF_INIT, b = SBUF_INIT;
	bool late;

	memset(&en, 0, sizeof(en));
	enter3(&en.r, 51, 3, 0x1000, 0x2000);	/* getsockname(3, ...) */
	en.r.ncap = 1;
	en.r.size = sizeof(en);
	en.len.c.arg = 2;
	en.len.c.kind = KSTRACE_CAP_INT;
	en.len.c.len = 4;
	en.len.c.full_len = 1;
	en.len.v = 128;
	memset(&ex, 0, sizeof(ex));
	ex.r.type = KSTRACE_REC_EXIT;
	ex.r.abi = 64;
	ex.r.nr = 51;
	ex.r.ncap = 1;
	ex.r.size = sizeof(ex);
	ex.len = en.len;
	ex.len.v = 16;
	decode_args(&c, &en.r, &ex.r, &a, &b, &late);
	is("getsockname: lengths in and out", sb_str(&b), "0x1000, [128 => 16]");
	ex.len.v = 128;
	sb_reset(&a);
	sb_reset(&b);
	decode_args(&c, &en.r, &ex.r, &a, &b, &late);
	is("getsockname: the same length", sb_str(&b), "0x1000, [128]");
	ex.r.exit.ret = -9;
	ex.r.ncap = 0;
	ex.r.size = sizeof(ex.r);
	sb_reset(&a);
	sb_reset(&b);
	decode_args(&c, &en.r, &ex.r, &a, &b, &late);
	is("getsockname: failed, the length passed", sb_str(&b), "0x1000, [128]");
	sb_free(&a);
	sb_free(&b);
}

int main(void)
{
	test_quote();
	test_xlat();
	test_names();
	test_tables();
	test_filter();
	test_records();
	test_split();
	test_split_late_struct();
	test_socklen();
	return failures ? 1 : 0;
}
