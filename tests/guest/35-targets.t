#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 35-targets.t - a target's exit status is kept however it ends, so that
# kstrace -p returns and reports it; and arming a process misses none of
# the threads it creates meanwhile.
# - Without -f, the process's last thread is one created after attach
#   (untraced): kstrace -p returns, and prints strace's "+++ exited with 7
#   +++"; the parent's wait(2) agrees.
# - A target that exited between attach and start: its zombie's status
#   ("exited 1280"), or "gone" once reaped.
# - Targets that exit while the session starts: every one ends "exited"
#   with its status or "gone", none stays "alive".
# - Attaching with follow to a process that creates threads without pause:
#   every thread alive afterwards is traced (the session's "tasks" equals
#   the process's thread count), none is counted untracked.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/strace-c.sh"

B=$KSTRACE_BIN
T=$(mktemp -d /tmp/kstrace-35.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1

traced_at_least() {
	[ "$(sed -n 's/^traced_tasks //p' /proc/kstrace/status)" -ge "$1" ] 2>/dev/null
}

# lastthread MODE...: kstrace MODE -p on lastthread; sets rc, status
lastthread() {
	local prog kst
	rm -f go out
	mkfifo go
	"$B/lastthread" 7 <go >out &
	prog=$!
	exec 4>go
	wait_until 10 grep -q ready out
	timeout 30 kstrace "$@" -o trace -p "$prog" 2>err &
	kst=$!
	wait_until 10 traced_at_least 1
	echo go >&4
	exec 4>&-
	wait "$kst"
	rc=$?
	wait "$prog"
	status=$?
}

lastthread -c
is "last thread untraced: kstrace -c -p returns (exit 0, not the timeout's 124)" "$rc" 0
is "last thread untraced: the process exited 7" "$status" 7
lastthread
is "last thread untraced: kstrace -p returns" "$rc" 0
is "last thread untraced: the trace ends with +++ exited with 7 +++" "$(tail -n 1 trace)" \
	"+++ exited with 7 +++"

out=$("$B/targets" zombie)
ok "exited before start, a zombie: its status is kept ($out)" \
	sh -c "echo '$out' | grep -qE '^target [0-9]+ exited 1280$'"
out=$("$B/targets" reaped)
ok "exited before start, reaped: the target is gone ($out)" \
	sh -c "echo '$out' | grep -qE '^target [0-9]+ gone 0$'"
out=$("$B/targets" racing 60)
ok "exiting while the session starts: none stays alive, no wrong status ($out)" \
	sh -c "echo '$out' | grep -qE ' stuck 0 wrong 0$'"

out=$("$B/arming" 12 6)
ok "arming a process that creates threads: every thread traced ($out)" \
	sh -c "echo '$out' | tail -n 1 | grep -qE ' short 0 untracked 0$'"
exit 0
