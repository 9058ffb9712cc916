/* SPDX-License-Identifier: GPL-2.0 */
/*
 * util.h - the small macros every part of the CLI uses, defined once.
 */
#ifndef KSTRACE_CLI_UTIL_H
#define KSTRACE_CLI_UTIL_H

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

#endif
