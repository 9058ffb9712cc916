// SPDX-License-Identifier: GPL-2.0
/*
 * sysname.c - syscall names from the tables that gen-syscallnames.sh made
 * out of the uapi unistd headers at build time.
 */
#include <stdio.h>

#include <uapi/linux/kstrace.h>

#include "syscallnames.h"
#include "sysname.h"
#include "util.h"

/*
 * sysname - the name of syscall NR of ABI (KSTRACE_ABI_NATIVE or _COMPAT).
 * A number the tables do not know is named as strace 6.1 names it,
 * "syscall_0x1c3", written into buf.
 */
const char *sysname(unsigned int abi, unsigned int nr, char *buf, size_t len)
{
	const char *const *table = NULL;
	size_t n = 0;

	if (abi == KSTRACE_ABI_NATIVE) {
		table = syscall_names_64;
		n = ARRAY_SIZE(syscall_names_64);
	} else if (abi == KSTRACE_ABI_COMPAT) {
		table = syscall_names_32;
		n = ARRAY_SIZE(syscall_names_32);
	}
	if (table && nr < n && table[nr])
		return table[nr];
	snprintf(buf, len, "syscall_%#x", nr);
	return buf;
}
