#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 47-lossless.t - the event stream loses nothing by default: a traced task
# that fills its CPU's buffer waits for the reader on its way back to user
# space (module/throttle.c), the way strace's tracee waits for strace.
# - A flood and the CPU-hopping migrate program, into 8 KiB buffers, with
#   a reader that starts 2 s late: every record is read, none lost, the
#   tasks waited ("throttled"), migrate's sequence equals strace's.
# - A stopped reader holds the tasks no longer than "block MS": the flood
#   ends, the session fell back to dropping ("fallback 1"), the drops are
#   counted, and the CLI says so.
# - SIGKILL of a waiting task ends it at once; SIGKILL of the CLI while
#   its tasks wait releases them (they run on untraced); nothing is left
#   behind, and the kernel reports nothing.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/events.sh"

B=$KSTRACE_BIN
T=$(mktemp -d /tmp/kstrace-47.XXXXXX)
trap 'ev_keep "$T" 47; rm -rf "$T"' EXIT
cd "$T" || exit 1
mark=$(kmsg_mark)

"$EVPROBE" -o flood.ev --delay 2000 'bufsize 8' -- "$B/flood" 100000 \
	>/dev/null 2>flood.err </dev/null
is "flood, late reader: evprobe exits 0" "$?" 0
is "flood, late reader: nothing lost" "$(ev_result flood.ev lost)" 0
ok "flood, late reader: the task waited for the reader ($(ev_result flood.ev throttled) times)" \
	test "$(ev_result flood.ev throttled)" -gt 0
ev_check "flood, late reader: every record written was read, paired" pairing flood.ev
is "flood, late reader: 100000 getppid read" \
	"$(grep -c '^ENTER .* nr=110 ' flood.ev)" 100000

strace -f -o migrate.st -- "$B/migrate" 2000 >/dev/null 2>&1 </dev/null
"$EVPROBE" -o migrate.ev --delay 2000 'bufsize 8' 'follow 1' -- "$B/migrate" 2000 \
	>/dev/null 2>migrate.err </dev/null
is "migrate, late reader: nothing lost" "$(ev_result migrate.ev lost)" 0
ev_check "migrate, late reader: the sequence equals strace's" cmp-seq EV migrate.ev ST migrate.st
ev_check "migrate, late reader: pairing, times rising per task" pairing migrate.ev

# A reader that does not read for 6 s, a bound of 500 ms.
"$EVPROBE" -o stuck.ev --quiet --delay 6000 'bufsize 8' 'block 500' -- "$B/flood" 100000 \
	>/dev/null 2>stuck.err </dev/null
is "stuck reader: the command still ends (exit 0)" "$(ev_status stuck.ev)" 0
is "stuck reader: the session fell back to dropping" "$(ev_result stuck.ev fallback)" 1
ok "stuck reader: the drops are counted ($(ev_result stuck.ev lost) records)" \
	test "$(ev_result stuck.ev lost)" -gt 0
kstrace --wait-limit 300 --bufsize 8 -o stuck.ks -- "$B/flood" 100000 2>stuck.kerr \
	</dev/null >/dev/null &
cli=$!
sleep 0.5
kill -STOP "$cli"
sleep 2
kill -CONT "$cli"
wait "$cli"
is "stopped CLI: kstrace exits 0" "$?" 0
ok "stopped CLI: it says events were lost ($(head -n 1 stuck.kerr))" grep -q lost stuck.kerr

# SIGKILL of a task that waits: no reader at all, a bound of a minute.
"$B/flood" -1 &
victim=$!
"$B/ctl" "attach $victim" "events 1" "bufsize 8" "block 60000" start @1500 >ctl.out &
ctlpid=$!
sleep 1
start=$SECONDS
kill -9 "$victim"
wait "$victim" 2>/dev/null
ok "a waiting task dies of SIGKILL at once ($((SECONDS - start)) s)" \
	test $((SECONDS - start)) -le 2
wait "$ctlpid"

# SIGKILL of the CLI while its tasks wait: they go on, untraced.
kstrace --bufsize 8 -o /dev/null -- "$B/flood" 300000 2>/dev/null </dev/null &
cli=$!
sleep 0.5
kill -STOP "$cli"
sleep 0.5
kill -9 "$cli"
wait "$cli" 2>/dev/null
ok "the CLI killed while its task waits: the task is released and ends" \
	ev_wait_until 60 sh -c "! pgrep -x flood >/dev/null"
ok "no session and no traced task left" \
	ev_wait_until 10 sh -c "grep -q '^sessions 0' /proc/kstrace/status && grep -q '^traced_tasks 0' /proc/kstrace/status"
ev_flush
ok "no kernel warning, BUG or oops" no_kernel_complaint "$mark"
exit 0
