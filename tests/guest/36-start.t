#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 36-start.t - starting a session: a failed start leaves it as it was (its
# kprobes included, its counters zero); a read racing "events 0" + "start"
# never takes the event path without buffers; what a session keeps at each
# summary level; who may open a session.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/events.sh"

B=$KSTRACE_BIN
ctl=$B/ctl
param=/sys/module/kstrace/parameters/max_tasks
T=$(mktemp -d /tmp/kstrace-36.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1

# A start that fails (the task limit) and the same session started again.
old=$(cat "$param")
echo 2 >"$param"
out=$("$B/failstart")
echo "$old" >"$param"
field() { printf '%s\n' "$out" | sed -n "s/^$1 //p"; }
is "failed start: E2BIG at the task limit" "$(field 'first start')" E2BIG
is "failed start: the session is idle again" "$(field state)" idle
is "failed start: no task left traced" "$(field tasks)" 0
is "failed start: no syscall counted" "$(field 'syscall lines')" none
is "failed start: counters back to zero" "$(field written)/$(field unpaired)" 0/0
is "failed start: a second start succeeds, kprobe still registered" "$(field 'second start')" OK
ok "failed start: the kprobe counts the child's reads after it ($(field 'probe calls') hits)" \
	test "$(field 'probe calls')" -ge 10
ok "failed start: read(2) is counted after it ($(field 'read calls') calls)" \
	test "$(field 'read calls')" -ge 10

mark=$(kmsg_mark)
out=$("$B/startrace" 2000)
ok "read racing 'events 0' + 'start': no oops ($out)" no_kernel_complaint "$mark"

# Summary levels: what the results hold, and what they cost.
"$B/flood" -1 &
victim=$!
sleep 0.5
for level in 0 1 2; do
	res=$("$ctl" -d "summary $level" "attach $victim" start @300 stop | tail -n +2)
	sys=$(printf '%s\n' "$res" | grep -c '^syscall ')
	hist=$(printf '%s\n' "$res" | grep '^syscall ' | grep -cv ' -$')
	echo "$level $sys $hist" >>levels
done
kill "$victim"
# shellcheck disable=SC2034 # the fields by position; h0 is not compared
read -r _ s0 h0 <<<"$(sed -n 1p levels)"
read -r _ s1 h1 <<<"$(sed -n 2p levels)"
read -r _ s2 h2 <<<"$(sed -n 3p levels)"
ok "summary 0: no syscall line" test "$s0" = 0
ok "summary 1: syscall lines ($s1), none with a histogram" test "$s1" -gt 0 -a "$h1" = 0
ok "summary 2: syscall lines with histograms ($h2 of $s2)" test "$s2" -gt 0 -a "$h2" = "$s2"
is "summary 3 is refused" "$("$ctl" 'summary 3')" EINVAL
is "summary after start is refused" "$("$ctl" "attach $$" start 'summary 0')" "OK OK EBUSY"
read -r _ b0 b1 b2 <<<"$(grep '^session_stats_bytes ' /proc/kstrace/status)"
ok "status: a session's bytes per CPU at levels 0, 1, 2 ($b0 $b1 $b2)" \
	test "$b0" -lt 256 -a "$b1" -gt "$b0" -a "$b2" -gt "$b1"

# CAP_SYS_ADMIN without CAP_SYS_PTRACE.
is "without CAP_SYS_PTRACE a session cannot be opened" \
	"$(setpriv --bounding-set -sys_ptrace -- "$ctl" 'attach 1')" "open:EPERM"
out=$(setpriv --bounding-set -sys_ptrace -- kstrace -c -- true 2>&1)
ok "... and the CLI says what is missing ($out)" \
	sh -c "echo '$out' | grep -q CAP_SYS_PTRACE"
exit 0
