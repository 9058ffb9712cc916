// SPDX-License-Identifier: GPL-2.0
/*
 * control.c - parser of the session control language (see the uapi
 * header). Pure: it only turns one written command into a struct ks_cmd,
 * so that a command is validated whole before anything changes.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/limits.h>
#include <linux/bitmap.h>
#include <linux/ctype.h>
#include "kstrace.h"

struct ks_cmd_desc {
	const char *name;
	enum ks_cmd_op op;
	bool has_arg;
	long min, max;		/* numeric argument range */
};

static const struct ks_cmd_desc ks_cmds[] = {
	/* pid_t is an int; 0 would mean "the caller's group". */
	{ "attach", KS_CMD_ATTACH, true, 1, INT_MAX },
	{ "exec", KS_CMD_EXEC, true, 1, INT_MAX },
	{ "follow", KS_CMD_FOLLOW, true, 0, 1 },
	{ "start", KS_CMD_START, false },
	{ "stop", KS_CMD_STOP, false },
	{ "events", KS_CMD_EVENTS, true, 0, 1 },
	{ "bufsize", KS_CMD_BUFSIZE, true, KSTRACE_BUFSIZE_MIN, KSTRACE_BUFSIZE_MAX },
	{ "strsize", KS_CMD_STRSIZE, true, 0, KSTRACE_STRSIZE_MAX },
	{ "trace", KS_CMD_TRACE, true },
	{ "result", KS_CMD_RESULT, true },
	{ "kprobe", KS_CMD_KPROBE, true },
	{ "kretprobe", KS_CMD_KRETPROBE, true },
	{ "summary", KS_CMD_SUMMARY, true, KSTRACE_SUMMARY_NONE, KSTRACE_SUMMARY_HIST },
	{ "block", KS_CMD_BLOCK, true, 0, KSTRACE_BLOCK_MAX },
	{ "scope", KS_CMD_SCOPE, true },
	{ "cgroup", KS_CMD_CGROUP, true, 0, INT_MAX },
	{ "group", KS_CMD_GROUP, true },
	{ "groupsize", KS_CMD_GROUPSIZE, true, KSTRACE_GROUPSIZE_MIN, KSTRACE_GROUPSIZE_MAX },
	{ "ip", KS_CMD_IP, true, 0, 1 },
};

/* Decimal digits only: no sign, no spaces, no base prefix. */
static int ks_parse_num(const char *s, long min, long max, long *val)
{
	unsigned long v;
	const char *p;

	if (!*s)
		return -EINVAL;
	for (p = s; *p; p++)
		if (*p < '0' || *p > '9')
			return -EINVAL;
	if (kstrtoul(s, 10, &v) || v > LONG_MAX || (long)v < min || (long)v > max)
		return -EINVAL;
	*val = v;
	return 0;
}

/* "all", "none" or a bitmap list such as "0-3,59". */
static int ks_parse_set(const char *s, unsigned long *set)
{
	const char *p;

	if (!strcmp(s, "all")) {
		bitmap_fill(set, KSTRACE_MAX_SYSCALLS);
		return 0;
	}
	if (!strcmp(s, "none")) {
		bitmap_zero(set, KSTRACE_MAX_SYSCALLS);
		return 0;
	}
	/* bitmap_parselist() would also take spaces and "N-M:G/S" groups. */
	for (p = s; *p; p++)
		if (!isdigit(*p) && *p != ',' && *p != '-')
			return -EINVAL;
	if (!*s)
		return -EINVAL;
	return bitmap_parselist(s, set, KSTRACE_MAX_SYSCALLS) ? -EINVAL : 0;
}

/* "trace ABI SET" */
static int ks_parse_trace(char *arg, struct ks_cmd *cmd)
{
	char *set = strchr(arg, ' ');

	if (!set)
		return -EINVAL;
	*set++ = '\0';
	if (!strcmp(arg, "64"))
		cmd->abi = KSTRACE_ABI_NATIVE;
	else if (!strcmp(arg, "32"))
		cmd->abi = KSTRACE_ABI_COMPAT;
	else
		return -EINVAL;
	return ks_parse_set(set, cmd->set);
}

static int ks_parse_result(const char *arg, struct ks_cmd *cmd)
{
	static const char *const names[] = {
		[KS_RESULT_ALL] = "all",
		[KS_RESULT_OK] = "ok",
		[KS_RESULT_ERR] = "err",
	};
	int i = match_string(names, ARRAY_SIZE(names), arg);

	if (i < 0)
		return -EINVAL;
	cmd->arg = i;
	return 0;
}

/*
 * A kernel symbol, optionally "module:symbol": ASCII letters, digits, '_',
 * '.' (GCC's "func.isra.0") and ':'. Not isalnum(), whose kernel version
 * also takes Latin-1 letters (0xc0-0xff), names no symbol can have.
 */
static bool ks_symbol_char(char c)
{
	return isascii(c) && (isalnum(c) || c == '_' || c == '.' || c == ':');
}

static int ks_parse_func(const char *arg, struct ks_cmd *cmd)
{
	const char *p;

	if (!*arg || strlen(arg) >= sizeof(cmd->func))
		return -EINVAL;
	for (p = arg; *p; p++)
		if (!ks_symbol_char(*p))
			return -EINVAL;
	strscpy(cmd->func, arg, sizeof(cmd->func));
	return 0;
}

/* One of @names (an array of @n, indexed by value) into cmd->arg. */
static int ks_parse_word(const char *arg, const char *const *names, size_t n,
			 struct ks_cmd *cmd)
{
	int i = match_string(names, n, arg);

	if (i < 0)
		return -EINVAL;
	cmd->arg = i;
	return 0;
}

static int ks_parse_arg(const struct ks_cmd_desc *d, char *arg, struct ks_cmd *cmd)
{
	/* Value KS_SCOPE_NONE is not a command: "scope none" is no scope at all. */
	static const char *const scopes[] = { "", "all" };
	static const char *const groups[] = {
		[KS_GROUP_NONE] = "none",
		[KS_GROUP_PROCESS] = "process",
		[KS_GROUP_THREAD] = "thread",
		[KS_GROUP_COMMAND] = "command",
		[KS_GROUP_CGROUP] = "cgroup",
	};

	switch (d->op) {
	case KS_CMD_SCOPE:
		if (!*arg)
			return -EINVAL;
		return ks_parse_word(arg, scopes, ARRAY_SIZE(scopes), cmd);
	case KS_CMD_GROUP:
		return ks_parse_word(arg, groups, ARRAY_SIZE(groups), cmd);

	case KS_CMD_KPROBE:
	case KS_CMD_KRETPROBE:
		return ks_parse_func(arg, cmd);
	case KS_CMD_TRACE:
		return ks_parse_trace(arg, cmd);
	case KS_CMD_RESULT:
		return ks_parse_result(arg, cmd);
	default:
		return ks_parse_num(arg, d->min, d->max, &cmd->arg);
	}
}

/**
 * ks_cmd_parse() - parse one command
 * @line: the written bytes, NUL-terminated at @len; modified
 * @len: their number, at most KSTRACE_CMD_MAX
 * @cmd: the result
 *
 * Return: 0, or -EINVAL for anything that is not exactly one command.
 */
int ks_cmd_parse(char *line, size_t len, struct ks_cmd *cmd)
{
	const struct ks_cmd_desc *d;
	char *arg;
	size_t i;

	if (len == 0 || len > KSTRACE_CMD_MAX || strnlen(line, len) != len)
		return -EINVAL;
	if (line[len - 1] == '\n')
		line[--len] = '\0';

	arg = strchr(line, ' ');
	if (arg)
		*arg++ = '\0';

	for (i = 0; i < ARRAY_SIZE(ks_cmds); i++) {
		d = &ks_cmds[i];
		if (strcmp(line, d->name))
			continue;
		if (d->has_arg != !!arg)
			return -EINVAL;
		memset(cmd, 0, sizeof(*cmd));
		cmd->op = d->op;
		return arg ? ks_parse_arg(d, arg, cmd) : 0;
	}
	return -EINVAL;
}
