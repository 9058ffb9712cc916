# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here: cli/tests/run
#
# 34-sockdiag.sh - -yy's socket descriptions (sockdiag.c, through
# decode_fd()) against strace -yy's on loopback sockets (sockdiag_test.c).
# Sourced by cli/tests/run, which defines the helpers.

run_unit sockdiag_test "$here/sockdiag_test.c" "$cli/sockdiag.c" "$cli"/decode*.c \
	"$cli/sbuf.c" "$cli/xlat.c" "$cli/tables.c" "$cli"/print*.c
