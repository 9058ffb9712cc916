# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=sh
#
# 60-json.sh - json.c's escaping (json_test.c).
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

# shellcheck disable=SC2086 # CFLAGS is a list of words
if $CC $CFLAGS -o "$tmp/json_test" "$here/json_test.c" "$cli/json.c"; then
	"$tmp/json_test" >"$tmp/json.out"
	rc=$?
	grep -v ' passed, ' "$tmp/json.out"
	passed=$((passed + $(grep -c '^ok' "$tmp/json.out")))
	failed=$((failed + $(grep -c '^not ok' "$tmp/json.out")))
	[ "$rc" = 0 ] || [ "$(grep -c '^not ok' "$tmp/json.out")" != 0 ] ||
		not_ok "json_test exits 0"
else
	not_ok "json_test builds"
fi
