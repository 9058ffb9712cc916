/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's string functions: the ones with the same contract as the
 * C library's (strcmp, strchr, strlen, strnlen, memset) come from glibc,
 * which ASan intercepts; the kernel-only ones are in shim/lib.c.
 */
#ifndef _SHIM_LINUX_STRING_H
#define _SHIM_LINUX_STRING_H

#include <string.h>
#include <linux/types.h>

ssize_t strscpy(char *dest, const char *src, size_t count);
int match_string(const char * const *array, size_t n, const char *string);

#endif /* _SHIM_LINUX_STRING_H */
