# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here: cli/tests/run
#
# 33-syscov.sh - every syscall of both ABIs decoded by a decoder row or
# listed with its reason in docs/syscalls.md (syscov.c).
# Sourced by cli/tests/run, which defines the helpers.

run_unit syscov "$here/syscov.c" -DSYSCALLS_MD="\"$cli/../docs/syscalls.md\"" "$cli"/decode*.c \
	"$cli/sockdiag.c" "$cli/tables.c" "$cli/xlat.c" "$cli/sbuf.c" "$cli"/print*.c
