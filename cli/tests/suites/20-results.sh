# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, data, tmp: cli/tests/run
#
# 20-results.sh - the summary formatter on hand-made results (data/*.results).
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

for s in time calls name nothing errors min-time max-time avg-time; do
	"$K" -S "$s" --format-results "$data/edge.results" 2>"$tmp/got"
	same_file "edge.results, -S $s" "$tmp/got" "$data/edge.$s.expected"
done
"$K" --json --format-results "$data/edge.results" 2>"$tmp/got"
same_file "edge.results, --json" "$tmp/got" "$data/edge.json.expected"
"$K" -S calls --json --format-results "$data/edge.results" 2>"$tmp/got"
same_file "edge.results, --json -S calls" "$tmp/got" "$data/edge.json-calls.expected"
"$K" -o "$tmp/o" --format-results "$data/edge.results" 2>"$tmp/err"
same_file "-o FILE gets the table" "$tmp/o" "$data/edge.time.expected"
is "-o FILE: nothing on stderr" "$(cat "$tmp/err")" ""
"$K" --format-results - <"$data/edge.results" 2>"$tmp/got"
same_file "--format-results - reads stdin" "$tmp/got" "$data/edge.time.expected"
if command -v python3 >/dev/null 2>&1; then
	if python3 -m json.tool "$data/edge.json.expected" >/dev/null; then
		ok "--json output parses"
	else
		fail "--json output parses"
	fi
fi

out=$("$K" --format-results "$data/empty.results" 2>&1); rc=$?
is "no syscalls: no table, like strace" "$out" ""
is "no syscalls: exit 0" "$rc" 0

for f in bad-version bad-noend bad-syscall bad-order bad-bucket; do
	err=$("$K" --format-results "$data/$f.results" 2>&1); rc=$?
	if [ "$rc" = 1 ] && [ -n "$err" ]; then
		ok "$f.results is rejected"
	else
		fail "$f.results is rejected" "rc=$rc" "$err"
	fi
done
