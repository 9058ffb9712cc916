# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, data, tmp: cli/tests/run
#
# 30-decode.sh - the event decoders' unit tests (decode_test.c).
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

run_unit decode_test "$here/decode_test.c" "$cli"/decode*.c "$cli/sockdiag.c" "$cli/tables.c" \
	"$cli/xlat.c" "$cli/sbuf.c" "$cli/sysname.c" "$cli/filter.c" "$cli/print.c" \
	"$cli"/print-*.c
