#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Stress, bounded in time: sessions opening and closing on a fork/exec/
# thread storm, the CLI killed at random moments, rmmod while sessions are
# open, load/unload cycles under the storm, CPU hotplug while tracing.
# KSTRACE_STRESS_SECONDS scales it (make check-debug runs it longer).
. "$KSTRACE_REPO/tests/lib.sh"

secs=${KSTRACE_STRESS_SECONDS:-10}
cycles=${KSTRACE_STRESS_CYCLES:-20}
bin=$KSTRACE_BIN

module_loaded kstrace || insmod "$KSTRACE_KO"

# 16 concurrent sessions, summary and event mode, on one storming tree.
"$bin/storm" $((secs + 2)) >/tmp/storm.out &
storm=$!
out=$("$bin/sessions" 16 "$secs" "$storm" 2>&1)
ok "stress: 16 concurrent summary sessions on a fork/exec/thread storm ($out)" \
	test "$?" = 0
out=$("$bin/sessions" 8 "$((secs / 2 + 1))" "$storm" events 2>&1)
ok "stress: 8 concurrent event sessions with 8 KiB buffers ($out)" test "$?" = 0
wait "$storm"
ok "stress: the storm itself ran to the end ($(cat /tmp/storm.out))" grep -q '^children [1-9]' /tmp/storm.out
is "stress: no session left" "$(sed -n 's/^sessions //p' /proc/kstrace/status)" 0
is "stress: no traced task left" "$(sed -n 's/^traced_tasks //p' /proc/kstrace/status)" 0
is "stress: hooks unregistered after the last session" \
	"$(sed -n 's/^hooks //p' /proc/kstrace/status)" unregistered

# The CLI killed with SIGKILL at random moments: before arming, while the
# traced program floods, while reading.
# The shell reports each killed job on stderr; that noise is expected, so
# the loop runs in a subshell whose stderr is dropped.
kills=$( (
	kills=0
	for i in $(seq 12); do
		kstrace -f -o /dev/null -- "$bin/storm" 2 >/dev/null 2>&1 &
		cli=$!
		sleep "0.$((RANDOM % 10))"
		kill -9 "$cli" 2>/dev/null && kills=$((kills + 1))
		kstrace -c -f -- "$bin/flood" 200000 >/dev/null 2>&1 &
		cli=$!
		sleep "0.$((RANDOM % 10))"
		kill -9 "$cli" 2>/dev/null && kills=$((kills + 1))
		wait
	done
	echo "$kills"
) 2>/dev/null)
# Traced programs outlive their CLI: wait for them before counting.
sleep 3
is "stress: $kills CLIs killed with SIGKILL leave no session" \
	"$(sed -n 's/^sessions //p' /proc/kstrace/status)" 0
is "stress: ... and no traced task" "$(sed -n 's/^traced_tasks //p' /proc/kstrace/status)" 0

# rmmod while a session is open fails with EBUSY, then succeeds.
exec 7<>/proc/kstrace/session
out=$(rmmod kstrace 2>&1)
ok "stress: rmmod refused while a session is open ($out)" \
	sh -c 'module_loaded() { grep -q "^$1 " /proc/modules; }; module_loaded kstrace'
exec 7>&-
ok "stress: rmmod succeeds once it is closed" rmmod kstrace
ok "stress: insmod again" insmod "$KSTRACE_KO"

# Load/unload cycles while a storm runs and sessions open and close:
# $cycles of them, or as many as KSTRACE_STRESS_CYCLE_SECONDS allows (a debug
# kernel under emulation takes seconds a cycle). The storm outlives them
# and is stopped after the last one.
limit=${KSTRACE_STRESS_CYCLE_SECONDS:-600}
"$bin/storm" $((limit + 60)) >/dev/null &
storm=$!
done_cycles=0
broke=
t0=$SECONDS
for i in $(seq "$cycles"); do
	[ $((SECONDS - t0)) -lt "$limit" ] || break
	"$bin/sessions" 2 1 "$storm" >/dev/null 2>&1
	rmmod kstrace || { broke="rmmod failed in cycle $i"; break; }
	insmod "$KSTRACE_KO" || { broke="insmod failed in cycle $i"; break; }
	done_cycles=$((done_cycles + 1))
done
kill "$storm" 2>/dev/null
wait "$storm" 2>/dev/null
ok "stress: $done_cycles of $cycles load/unload cycles under a storm with sessions in $((SECONDS - t0)) s (limit ${limit} s)${broke:+: $broke}" \
	test -z "$broke" -a "$done_cycles" -gt 0
module_loaded kstrace || insmod "$KSTRACE_KO"

# CPU hotplug while tracing.
if [ -w /sys/devices/system/cpu/cpu1/online ]; then
	"$bin/storm" $((secs + 2)) >/dev/null &
	storm=$!
	"$bin/sessions" 4 "$secs" "$storm" events >/tmp/hp.out 2>&1 &
	sess=$!
	flips=0
	end=$((SECONDS + secs))
	while [ $SECONDS -lt $end ]; do
		echo 0 >/sys/devices/system/cpu/cpu1/online && flips=$((flips + 1))
		sleep 0.3
		echo 1 >/sys/devices/system/cpu/cpu1/online
		sleep 0.3
	done
	wait "$sess"
	rc=$?
	wait "$storm"
	ok "stress: CPU 1 offlined $flips times while 4 sessions traced ($(cat /tmp/hp.out))" \
		test "$rc" = 0 -a "$flips" -gt 0
else
	pass "stress: CPU hotplug # SKIP no hotpluggable CPU 1"
fi
