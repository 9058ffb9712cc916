/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sysname.h - syscall numbers to names, per ABI.
 */
#ifndef KSTRACE_CLI_SYSNAME_H
#define KSTRACE_CLI_SYSNAME_H

#include <stddef.h>

/* Room for any name, "syscall_0xffffffff" included. */
#define SYSNAME_MAX	64

const char *sysname(unsigned int abi, unsigned int nr, char *buf,
		    size_t len);

#endif /* KSTRACE_CLI_SYSNAME_H */
