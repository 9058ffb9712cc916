# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, data, tmp: cli/tests/run
#
# 40-kprobes.sh - kernel function probes: options, tables and event formatting.
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

err=$("$K" -c --kprobe 'vfs read' true 2>&1); rc=$?
case $err in
"kstrace: --kprobe 'vfs read': not a kernel function name"*) ok "--kprobe with a bad name is a usage error" ;;
*) fail "--kprobe with a bad name is a usage error" "$err" ;;
esac
is "--kprobe bad name: exit 1" "$rc" 1
err=$("$K" -c --latency true 2>&1)
case $err in
"kstrace: --latency times the --kprobe functions"*) ok "--latency without --kprobe is refused" ;;
*) fail "--latency without --kprobe is refused" "$err" ;;
esac
err=$("$K" -c -e trace=kprobe:vfs_read --kprobe vfs_write true 2>&1)
case $err in
"kstrace: -e trace=kprobe:vfs_read: no --kprobe vfs_read is given"*) ok "-e trace=kprobe:FUNC needs --kprobe FUNC" ;;
*) fail "-e trace=kprobe:FUNC needs --kprobe FUNC" "$err" ;;
esac

"$K" --format-results "$data/kprobes.results" 2>"$tmp/got"
same_file "kprobes.results: the kernel function tables" "$tmp/got" "$data/kprobes.expected"
"$K" -S name -e trace=read,kprobe:vfs_read,kprobe:vfs_write --kprobe vfs_read \
	--kprobe vfs_write --format-results "$data/kprobes.results" 2>"$tmp/got"
same_file "kprobes.results: -S name, -e trace=read,kprobe:..." "$tmp/got" "$data/kprobes.trace.expected"
"$K" --json --format-results "$data/kprobes.results" 2>"$tmp/got"
same_file "kprobes.results: --json has kprobes" "$tmp/got" "$data/kprobes.json.expected"
if command -v python3 >/dev/null 2>&1; then
	if grep -v '^kstrace:' "$tmp/got" | python3 -c 'import json, sys
d = json.load(sys.stdin)
k = {p["func"]: p for p in d["kprobes"]}
assert k["do_sys_openat2"]["errors"] == 2 and k["do_sys_openat2"]["missed"] == 3
assert k["vfs_write"]["kind"] == "kprobe" and k["vfs_read"]["calls"] == 17'; then
		ok "kprobes --json parses, with the probes' counts"
	else
		fail "kprobes --json parses, with the probes' counts" "$(cat "$tmp/got")"
	fi
fi

if need_evgen && "$EVGEN" text "$data/events-kprobes.txt" "$tmp/kp.rec"; then
	kp="--kprobe vfs_read%return --kprobe do_sys_openat2%return --kprobe vfs_write"
	# shellcheck disable=SC2086 # kp is a list of options
	"$K" $kp --format-events "$tmp/kp.rec" 2>"$tmp/got"
	same_file "events: kprobe hits" "$tmp/got" "$data/events-kprobes.expected"
	# shellcheck disable=SC2086
	"$K" -T $kp -e trace=kprobe:vfs_read,kprobe:vfs_write --format-events "$tmp/kp.rec" 2>"$tmp/got"
	same_file "events: -T -e trace=kprobe:vfs_read,kprobe:vfs_write" "$tmp/got" "$data/events-kprobes.trace.expected"
	# shellcheck disable=SC2086
	"$K" -Z $kp -e 'trace=!read,openat' --format-events "$tmp/kp.rec" 2>"$tmp/got"
	same_file "events: -Z keeps failing kretprobe hits and kprobe hits" "$tmp/got" "$data/events-kprobes.Z.expected"
	# shellcheck disable=SC2086
	"$K" --json $kp --format-events "$tmp/kp.rec" 2>"$tmp/got"
	same_file "events: --json kprobe objects" "$tmp/got" "$data/events-kprobes.json.expected"
else
	skip "events: kprobe hits" "evgen did not build or failed"
fi
