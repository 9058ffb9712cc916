// SPDX-License-Identifier: GPL-2.0
/*
 * control_fuzz.c - libFuzzer target of ks_cmd_parse() (module/control.c),
 * the parser of what user space writes to a kstrace session.
 *
 * Each input is one write(2). As in ks_session_write(), an input longer
 * than KSTRACE_CMD_MAX is never parsed (the write fails with E2BIG first);
 * the others are copied into a heap buffer of exactly len + 1 bytes ending
 * in a NUL, as memdup_user_nul() does, so that ASan reports a read past
 * it. The struct ks_cmd is a heap object of its exact size for the same
 * reason: a write outside it is a heap-buffer-overflow.
 *
 * Checks, each an abort() after printing the input in hex:
 * - the result is 0 or -EINVAL, the only errno of the parser (E2BIG comes
 *   from the caller, the others from executing the command);
 * - parsing is deterministic and does not depend on what the struct held:
 *   two parses into structs filled with different garbage agree;
 * - an accepted command has a valid op, its argument in the range the
 *   uapi header documents and only its own fields set, the others zero
 *   (the kernel's struct is on the stack: stale bytes would be garbage);
 * - the parser agrees with a reference model written from the language's
 *   description in include/uapi/linux/kstrace.h, sharing no code with
 *   control.c: the same commands are accepted, with the same result.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../module/kstrace.h"
#include "control_fuzz.h"

/* The input being checked, for the report of a failed check. */
static const uint8_t *cur_data;
static size_t cur_size;

static void __attribute__((noreturn)) fail(const char *what)
{
	size_t i;

	fprintf(stderr, "control_fuzz: %s\ninput (%zu bytes):", what, cur_size);
	for (i = 0; i < cur_size; i++)
		fprintf(stderr, "%s%02x", i % 32 ? "" : "\n  ", cur_data[i]);
	fprintf(stderr, "\n");
	abort();
}

#define need(cond, what)		\
	do {				\
		if (!(cond))		\
			fail(what);	\
	} while (0)

int ks_fuzz_write(const uint8_t *data, size_t size, struct ks_cmd *cmd)
{
	char *line;
	int ret;

	if (size > KSTRACE_CMD_MAX)
		return -E2BIG;
	line = malloc(size + 1);
	if (!line)
		abort();
	memcpy(line, data, size);
	line[size] = '\0';
	ret = ks_cmd_parse(line, size, cmd);
	free(line);
	return ret;
}

/* The reference model. */

enum ref_arg {
	REF_NONE,	/* no argument, no space */
	REF_NUM,	/* decimal digits, in [min, max] */
	REF_TRACE,	/* ABI SET */
	REF_RESULT,	/* all|ok|err */
	REF_FUNC,	/* a kernel symbol, "mod:func" too */
	REF_SCOPE,	/* all */
	REF_GROUP,	/* none|process|thread|command|cgroup */
};

static const struct ref_cmd {
	const char *name;
	enum ks_cmd_op op;
	enum ref_arg arg;
	long min, max;
} ref_cmds[] = {
	/*
	 * "EINVAL: not a number or <= 0". A pid is an int: the header lets a
	 * larger number be EINVAL or ESRCH, and the parser says EINVAL.
	 */
	{ "attach", KS_CMD_ATTACH, REF_NUM, 1, INT_MAX },
	{ "exec", KS_CMD_EXEC, REF_NUM, 1, INT_MAX },
	{ "follow", KS_CMD_FOLLOW, REF_NUM, 0, 1 },
	{ "start", KS_CMD_START, REF_NONE, 0, 0 },
	{ "stop", KS_CMD_STOP, REF_NONE, 0, 0 },
	{ "events", KS_CMD_EVENTS, REF_NUM, 0, 1 },
	{ "bufsize", KS_CMD_BUFSIZE, REF_NUM, KSTRACE_BUFSIZE_MIN, KSTRACE_BUFSIZE_MAX },
	{ "strsize", KS_CMD_STRSIZE, REF_NUM, 0, KSTRACE_STRSIZE_MAX },
	{ "trace", KS_CMD_TRACE, REF_TRACE, 0, 0 },
	{ "result", KS_CMD_RESULT, REF_RESULT, 0, 0 },
	{ "kprobe", KS_CMD_KPROBE, REF_FUNC, 0, 0 },
	{ "kretprobe", KS_CMD_KRETPROBE, REF_FUNC, 0, 0 },
	{ "summary", KS_CMD_SUMMARY, REF_NUM, KSTRACE_SUMMARY_NONE, KSTRACE_SUMMARY_HIST },
	{ "block", KS_CMD_BLOCK, REF_NUM, 0, KSTRACE_BLOCK_MAX },
	{ "scope", KS_CMD_SCOPE, REF_SCOPE, 0, 0 },
	{ "cgroup", KS_CMD_CGROUP, REF_NUM, 0, INT_MAX },
	{ "group", KS_CMD_GROUP, REF_GROUP, 0, 0 },
	{ "groupsize", KS_CMD_GROUPSIZE, REF_NUM, KSTRACE_GROUPSIZE_MIN, KSTRACE_GROUPSIZE_MAX },
	{ "ip", KS_CMD_IP, REF_NUM, 0, 1 },
};

static bool ref_is(const uint8_t *s, size_t n, const char *word)
{
	return n == strlen(word) && !memcmp(s, word, n);
}

static bool ref_digit(uint8_t c)
{
	return c >= '0' && c <= '9';
}

/* Decimal digits only, value in [min, max]; max is at most INT_MAX. */
static int ref_num(const uint8_t *s, size_t n, long min, long max, long *val)
{
	long v = 0;
	size_t i;

	if (!n)
		return -EINVAL;
	for (i = 0; i < n; i++) {
		if (!ref_digit(s[i]))
			return -EINVAL;
		v = v * 10 + (s[i] - '0');
		if (v > max)		/* before it can overflow */
			return -EINVAL;
	}
	if (v < min)
		return -EINVAL;
	*val = v;
	return 0;
}

static void ref_set_bit(unsigned long *set, unsigned int nr)
{
	set[nr / (8 * sizeof(long))] |= 1UL << (nr % (8 * sizeof(long)));
}

/*
 * "all", "none" or a list of syscall numbers and ranges N-M (N <= M)
 * separated by commas, the kernel's bitmap list format without its spaces
 * and N-M:G/S groups. Empty elements (",5,,6,") are allowed, as the
 * kernel's format allows; numbers are below KSTRACE_MAX_SYSCALLS.
 */
static int ref_set(const uint8_t *s, size_t n, unsigned long *set)
{
	size_t i = 0;
	long a, b;

	if (ref_is(s, n, "all")) {
		for (a = 0; a < KSTRACE_MAX_SYSCALLS; a++)
			ref_set_bit(set, a);
		return 0;
	}
	if (ref_is(s, n, "none"))
		return 0;
	if (!n)
		return -EINVAL;
	while (i < n) {
		const uint8_t *p;
		size_t start, dash, end;

		if (s[i] == ',') {
			i++;
			continue;
		}
		for (start = i; i < n && s[i] != ','; i++)
			;
		end = i;
		p = memchr(s + start, '-', end - start);
		dash = p ? (size_t)(p - s) : end;
		if (ref_num(s + start, dash - start, 0, KSTRACE_MAX_SYSCALLS - 1, &a))
			return -EINVAL;
		b = a;
		if (dash < end &&
		    ref_num(s + dash + 1, end - dash - 1, a, KSTRACE_MAX_SYSCALLS - 1, &b))
			return -EINVAL;
		while (a <= b)
			ref_set_bit(set, a++);
	}
	return 0;
}

/*
 * A byte of a symbol name: ASCII letters, digits, '_', '.' (GCC's
 * "func.isra.0" clones) and ':' ("mod:func"). (The parser once used the
 * kernel's isalnum() alone, which also takes Latin-1 letters 0xc0-0xff:
 * this fuzzer found it.)
 */
static bool ref_symbol_char(uint8_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       ref_digit(c) || c == '_' || c == '.' || c == ':';
}

static int ref_arg(const struct ref_cmd *rc, const uint8_t *s, size_t n,
		   struct ks_cmd *cmd)
{
	size_t i;

	switch (rc->arg) {
	case REF_NUM:
		return ref_num(s, n, rc->min, rc->max, &cmd->arg);
	case REF_TRACE:
		if (n < 3 || s[2] != ' ')
			return -EINVAL;
		if (ref_is(s, 2, "64"))
			cmd->abi = KSTRACE_ABI_NATIVE;
		else if (ref_is(s, 2, "32"))
			cmd->abi = KSTRACE_ABI_COMPAT;
		else
			return -EINVAL;
		return ref_set(s + 3, n - 3, cmd->set);
	case REF_RESULT:
		if (ref_is(s, n, "all"))
			cmd->arg = KS_RESULT_ALL;
		else if (ref_is(s, n, "ok"))
			cmd->arg = KS_RESULT_OK;
		else if (ref_is(s, n, "err"))
			cmd->arg = KS_RESULT_ERR;
		else
			return -EINVAL;
		return 0;
	case REF_SCOPE:
		if (!ref_is(s, n, "all"))
			return -EINVAL;
		cmd->arg = 1;
		return 0;
	case REF_GROUP: {
		static const char *const groups[] = {
			"none", "process", "thread", "command", "cgroup",
		};

		for (i = 0; i < ARRAY_SIZE(groups); i++) {
			if (ref_is(s, n, groups[i])) {
				cmd->arg = i;
				return 0;
			}
		}
		return -EINVAL;
	}
	case REF_FUNC:
		if (!n || n >= KSTRACE_FUNC_MAX)
			return -EINVAL;
		for (i = 0; i < n; i++)
			if (!ref_symbol_char(s[i]))
				return -EINVAL;
		memcpy(cmd->func, s, n);
		return 0;
	default:
		return -EINVAL;
	}
}

/*
 * One write of the language: a command name, then, for those that take
 * one, a single space and the argument; one trailing newline allowed. A
 * NUL byte is never part of a command.
 */
static int ref_parse(const uint8_t *data, size_t len, struct ks_cmd *cmd)
{
	const uint8_t *sp;
	size_t namelen, i;

	memset(cmd, 0, sizeof(*cmd));
	if (len == 0 || len > KSTRACE_CMD_MAX || memchr(data, '\0', len))
		return -EINVAL;
	if (data[len - 1] == '\n')
		len--;
	sp = memchr(data, ' ', len);
	namelen = sp ? (size_t)(sp - data) : len;
	for (i = 0; i < ARRAY_SIZE(ref_cmds); i++) {
		const struct ref_cmd *rc = &ref_cmds[i];

		if (!ref_is(data, namelen, rc->name))
			continue;
		cmd->op = rc->op;
		if ((rc->arg == REF_NONE) != !sp)
			return -EINVAL;
		if (!sp)
			return 0;
		return ref_arg(rc, sp + 1, len - namelen - 1, cmd);
	}
	return -EINVAL;
}

/* The invariants of an accepted command, whatever the model says. */
static bool all_zero(const void *p, size_t n)
{
	const uint8_t *b = p;

	while (n--)
		if (*b++)
			return false;
	return true;
}

static void check_cmd(const struct ks_cmd *cmd)
{
	bool trace = cmd->op == KS_CMD_TRACE;
	bool probe = cmd->op == KS_CMD_KPROBE || cmd->op == KS_CMD_KRETPROBE;

	switch (cmd->op) {
	case KS_CMD_ATTACH:
	case KS_CMD_EXEC:
		need(cmd->arg >= 1 && cmd->arg <= INT_MAX, "pid out of range");
		break;
	case KS_CMD_FOLLOW:
	case KS_CMD_EVENTS:
	case KS_CMD_IP:
		need(cmd->arg == 0 || cmd->arg == 1, "flag not 0 or 1");
		break;
	case KS_CMD_BUFSIZE:
		need(cmd->arg >= KSTRACE_BUFSIZE_MIN && cmd->arg <= KSTRACE_BUFSIZE_MAX,
		     "bufsize out of range");
		break;
	case KS_CMD_STRSIZE:
		need(cmd->arg >= 0 && cmd->arg <= KSTRACE_STRSIZE_MAX,
		     "strsize out of range");
		break;
	case KS_CMD_SUMMARY:
		need(cmd->arg >= KSTRACE_SUMMARY_NONE && cmd->arg <= KSTRACE_SUMMARY_HIST,
		     "summary level out of range");
		break;
	case KS_CMD_BLOCK:
		need(cmd->arg >= 0 && cmd->arg <= KSTRACE_BLOCK_MAX, "block out of range");
		break;
	case KS_CMD_SCOPE:
		need(cmd->arg == 1, "scope not all");
		break;
	case KS_CMD_CGROUP:
		need(cmd->arg >= 0 && cmd->arg <= INT_MAX, "cgroup fd out of range");
		break;
	case KS_CMD_GROUP:
		need(cmd->arg >= 0 && cmd->arg <= 4, "group out of range");
		break;
	case KS_CMD_GROUPSIZE:
		need(cmd->arg >= KSTRACE_GROUPSIZE_MIN && cmd->arg <= KSTRACE_GROUPSIZE_MAX,
		     "groupsize out of range");
		break;
	case KS_CMD_RESULT:
		need(cmd->arg == KS_RESULT_ALL || cmd->arg == KS_RESULT_OK ||
		     cmd->arg == KS_RESULT_ERR, "result filter out of range");
		break;
	case KS_CMD_TRACE:
		need(cmd->abi == KSTRACE_ABI_NATIVE || cmd->abi == KSTRACE_ABI_COMPAT,
		     "trace ABI neither 64 nor 32");
		break;
	case KS_CMD_KPROBE:
	case KS_CMD_KRETPROBE:
		need(memchr(cmd->func, '\0', sizeof(cmd->func)), "func not NUL-terminated");
		need(cmd->func[0], "func empty");
		break;
	case KS_CMD_START:
	case KS_CMD_STOP:
		break;
	default:
		fail("op not a command");
	}
	if (trace || probe || cmd->op == KS_CMD_START || cmd->op == KS_CMD_STOP)
		need(!cmd->arg, "arg set for a command without a number");
	if (!trace)
		need(!cmd->abi && all_zero(cmd->set, sizeof(cmd->set)),
		     "trace fields set for another command");
	if (!probe)
		need(all_zero(cmd->func, sizeof(cmd->func)),
		     "func set for another command");
}

static bool same_cmd(const struct ks_cmd *a, const struct ks_cmd *b)
{
	return a->op == b->op && a->arg == b->arg && a->abi == b->abi &&
	       !memcmp(a->set, b->set, sizeof(a->set)) &&
	       !memcmp(a->func, b->func, sizeof(a->func));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ks_cmd *a, *b, *want;
	int ra, rb, rw;

	/* Never reaches the parser: no point keeping it in the corpus. */
	if (size > KSTRACE_CMD_MAX)
		return -1;
	cur_data = data;
	cur_size = size;

	a = malloc(sizeof(*a));
	b = malloc(sizeof(*b));
	want = malloc(sizeof(*want));
	if (!a || !b || !want)
		abort();
	memset(a, 0x00, sizeof(*a));
	memset(b, 0xa5, sizeof(*b));

	ra = ks_fuzz_write(data, size, a);
	rb = ks_fuzz_write(data, size, b);
	rw = ref_parse(data, size, want);

	need(ra == 0 || ra == -EINVAL, "returned neither 0 nor -EINVAL");
	need(ra == rb, "two parses of the same input disagree");
	if (!ra) {
		need(same_cmd(a, b), "two parses of the same input give different commands");
		check_cmd(a);
	}
	need(ra == rw, ra ? "rejected a command the reference model accepts" :
			    "accepted a command the reference model rejects");
	if (!ra)
		need(same_cmd(a, want), "command differs from the reference model's");

	free(a);
	free(b);
	free(want);
	return 0;
}
