# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, tmp: cli/tests/run
#
# 35-ioctl-names.sh - every ioctl command tables.c names, named as strace
# names it (ioctl-names.py runs each under strace).
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

if command -v python3 >/dev/null 2>&1; then
	python3 "$here/ioctl-names.py" "$cli/tables.c" >"$tmp/ioctl-names.out" 2>&1
	rc=$?
	tap_import "$tmp/ioctl-names.out"
	grep -q '^not ok' "$tmp/ioctl-names.out" || [ "$rc" = 0 ] ||
		fail "ioctl-names.py exits 0" "$(tail -n 5 "$tmp/ioctl-names.out")"
else
	skip "ioctl names against strace" "no python3"
fi
