/* SPDX-License-Identifier: GPL-2.0 */
/* Shared by the fuzz target (control_fuzz.c) and the seed replayer. */
#ifndef _CONTROL_FUZZ_H
#define _CONTROL_FUZZ_H

#include <stddef.h>
#include <stdint.h>

struct ks_cmd;

/*
 * What ks_session_write() does with one write(2) before it takes the
 * session lock: -E2BIG past KSTRACE_CMD_MAX, else ks_cmd_parse() of a
 * NUL-terminated copy.
 */
int ks_fuzz_write(const uint8_t *data, size_t size, struct ks_cmd *cmd);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif /* _CONTROL_FUZZ_H */
