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
#include "kstrace.h"

struct ks_cmd_desc {
	const char *name;
	enum ks_cmd_op op;
	bool has_arg;
};

static const struct ks_cmd_desc ks_cmds[] = {
	{ "attach", KS_CMD_ATTACH, true },
	{ "exec", KS_CMD_EXEC, true },
	{ "follow", KS_CMD_FOLLOW, true },
	{ "start", KS_CMD_START, false },
	{ "stop", KS_CMD_STOP, false },
};

/* Decimal digits only: no sign, no spaces, no base prefix. */
static int ks_parse_ulong(const char *s, long *val)
{
	unsigned long v;
	const char *p;

	if (!*s)
		return -EINVAL;
	for (p = s; *p; p++)
		if (*p < '0' || *p > '9')
			return -EINVAL;
	if (kstrtoul(s, 10, &v) || v > LONG_MAX)
		return -EINVAL;
	*val = v;
	return 0;
}

static int ks_parse_arg(enum ks_cmd_op op, const char *s, long *val)
{
	int ret = ks_parse_ulong(s, val);

	if (ret)
		return ret;
	switch (op) {
	case KS_CMD_FOLLOW:
		return *val > 1 ? -EINVAL : 0;
	case KS_CMD_ATTACH:
	case KS_CMD_EXEC:
		/* pid_t is an int; 0 would mean "the caller's group". */
		return (*val < 1 || *val > INT_MAX) ? -EINVAL : 0;
	default:
		return -EINVAL;
	}
}

/**
 * ks_cmd_parse() - parse one command
 * @buf: the written bytes, NUL-terminated at @len
 * @len: their number, at most KSTRACE_CMD_MAX
 * @cmd: the result, written only on success
 *
 * Return: 0, or -EINVAL for anything that is not exactly one command.
 */
int ks_cmd_parse(const char *buf, size_t len, struct ks_cmd *cmd)
{
	char line[KSTRACE_CMD_MAX + 1];
	const struct ks_cmd_desc *d;
	char *arg;
	long val = 0;
	size_t i;

	if (len == 0 || len > KSTRACE_CMD_MAX || strnlen(buf, len) != len)
		return -EINVAL;
	memcpy(line, buf, len);
	line[len] = '\0';
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
		if (arg && ks_parse_arg(d->op, arg, &val))
			return -EINVAL;
		cmd->op = d->op;
		cmd->arg = val;
		return 0;
	}
	return -EINVAL;
}
