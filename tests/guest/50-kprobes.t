#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 50-kprobes.t - kstrace --kprobe: kernel function probes counted for the
# traced processes only.
# (a) kstrace -c --kprobe vfs_read --kprobe vfs_write -- cat FILE counts
#     exactly the hits an independent oracle counts for the same command:
#     perf stat on a kprobe event made through tracefs (kprobe_events), or,
#     without perf, that event traced with set_event_pid;
# (b) a kretprobe on do_nanosleep (or hrtimer_nanosleep) under sleep 0.2
#     times the sleep: min and avg in [0.19 s, 0.2 s + margin] (see below);
# (c) a kretprobe on do_sys_openat2 counts the failed opens: as many calls
#     and errors as the open/openat/openat2 rows of the same summary;
# (d) event mode prints each hit as kprobe:FUNC() = RET, -e trace=kprobe:FUNC
#     selects them; hits of a probe on __kfifo_in, inside kstrace's own
#     writes, are reported as such, not as a full buffer;
# (e) an unknown function, a module's function whose module is not loaded and
#     a blacklisted function are refused with their messages, and a bad probe
#     among good ones fails the command before it runs (it would create a
#     file), -c and event mode alike;
# (f) sessions with probes closed (SIGINT, kill -9) while a traced workload
#     and an untraced one hit the probed functions, then rmmod/insmod: no
#     kernel warning (vm/run fails on those), sessions 0 afterwards.
#
# TAP lines are named "50(b) ..."; KSTRACE_TESTS=50:b runs (b) alone.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/strace-c.sh"

T=$(mktemp -d /tmp/kstrace-50.XXXXXX)
BG=
K=
cleanup() {
	local p
	for p in $BG $K; do
		kill -9 "$p" 2>/dev/null
	done
	[ -n "${KP_EVENTS:-}" ] && echo "-:kstrace50/$KP_EVENTS" >>/sys/kernel/tracing/kprobe_events 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
cd "$T" || exit 1

TR=/sys/kernel/tracing
[ -e $TR/kprobe_events ] || mount -t tracefs tracefs $TR 2>/dev/null
[ -e /sys/kernel/debug/kprobes ] || mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null

# jq-free JSON access: py EXPR FILE, EXPR over d (the summary object) and
# k (its kprobes by function name).
py() {
	python3 -c 'import json, sys
d = json.load(open(sys.argv[2]))
k = {p["func"]: p for p in d.get("kprobes", [])}
s = {}
for r in d["syscalls"]:
    s.setdefault(r["name"], r)
print(eval(sys.argv[1]))' "$1" "$2"
}

# Shared by the scenarios: a file for cat to read, the kernel's sleep function.
head -c 1000000 /dev/urandom >data
sleepfn=
for f in do_nanosleep hrtimer_nanosleep; do
	if grep -Eq " [tT] $f\$" /proc/kallsyms; then
		sleepfn=$f
		break
	fi
done
diag "sleep function: ${sleepfn:-none}"

### (a) vfs_read / vfs_write hits of cat, against an oracle.
if scenario a; then
	kstrace -c --json -o cat.json --kprobe vfs_read --kprobe vfs_write -- cat data >/dev/null 2>cat.err
	is "kstrace -c --kprobe vfs_read --kprobe vfs_write -- cat exits 0" "$?" 0
	kr=$(py 'k["vfs_read"]["calls"]' cat.json 2>&1)
	kw=$(py 'k["vfs_write"]["calls"]' cat.json 2>&1)
	sr=$(py 's["read"]["calls"]' cat.json 2>&1)
	sw=$(py 's["write"]["calls"]' cat.json 2>&1)
	diag "kstrace: vfs_read $kr vfs_write $kw; read() $sr write() $sw"
	if [ "${kr:-0}" -ge "${sr:-1}" ] 2>/dev/null && [ "${kw:-0}" -ge "${sw:-1}" ] 2>/dev/null; then
		pass "vfs_read/vfs_write hits at least the read()/write() calls"
	else
		fail "vfs_read/vfs_write hits at least the read()/write() calls" "$(cat cat.err)" "$(head -c 2000 cat.json)"
	fi

	# The oracle: kprobe events of our own, counted by perf stat for the same
	# command (perf enables the counters at the command's exec, as kstrace
	# counts from the execve on).
	KP_EVENTS=
	if echo 'p:kstrace50/vfs_read vfs_read' >>$TR/kprobe_events 2>kpev.err &&
	   echo 'p:kstrace50/vfs_write vfs_write' >>$TR/kprobe_events 2>>kpev.err; then
		KP_EVENTS=vfs_read
		oracle=
		if command -v perf >/dev/null 2>&1 &&
		   perf stat -x, -o perf.out -e kstrace50:vfs_read -e kstrace50:vfs_write \
			-- cat data >/dev/null 2>perf.err; then
			pr=$(awk -F, '$3 == "kstrace50:vfs_read" { print $1 }' perf.out)
			pw=$(awk -F, '$3 == "kstrace50:vfs_write" { print $1 }' perf.out)
			oracle="perf stat"
		fi
		if [ -z "${pr:-}" ] || [ -z "${pw:-}" ]; then
			# ftrace instead: a shell that filters on its own pid and then
			# becomes cat (its write to set_event_pid entered vfs_write
			# before the filter existed)
			diag "perf stat failed: $(head -c 300 perf.err 2>/dev/null); using set_event_pid"
			echo 0 >$TR/tracing_on
			: >$TR/trace
			echo 1 >$TR/events/kstrace50/enable
			echo 1 >$TR/tracing_on
			# shellcheck disable=SC2016
			sh -c 'echo $$ >'"$TR"'/set_event_pid; exec cat data' >/dev/null
			echo 0 >$TR/tracing_on
			pr=$(grep -c 'vfs_read:' $TR/trace)
			pw=$(grep -c 'vfs_write:' $TR/trace)
			echo 0 >$TR/events/kstrace50/enable
			: >$TR/set_event_pid
			oracle="ftrace set_event_pid"
		fi
		diag "oracle ($oracle): vfs_read $pr vfs_write $pw"
		is "vfs_read hits of cat equal the oracle's ($oracle)" "$kr" "$pr"
		is "vfs_write hits of cat equal the oracle's ($oracle)" "$kw" "$pw"
		echo '-:kstrace50/vfs_read' >>$TR/kprobe_events
		echo '-:kstrace50/vfs_write' >>$TR/kprobe_events
		KP_EVENTS=
	else
		fail "kprobe events for the oracle" "$(cat kpev.err)"
	fi
	is "plain kprobes: no time, no errors" "$(py '(k["vfs_read"]["kind"], k["vfs_read"]["total_ns"], k["vfs_read"]["errors"])' cat.json 2>&1)" "('kprobe', 0, 0)"

	# The text table.
	kstrace -c -o cat.txt --kprobe vfs_read --kprobe vfs_write -- cat data >/dev/null 2>cat.err
	if grep -q '^Kernel functions (kprobe):' cat.txt &&
	   grep -Eq '^ +[0-9]+ +vfs_read$' cat.txt && grep -Eq '^ +[0-9]+ +vfs_write$' cat.txt; then
		pass "-c prints the kprobe table after the syscalls"
	else
		fail "-c prints the kprobe table after the syscalls" "$(cat cat.txt cat.err)"
	fi
fi

### (b) Latency: a kretprobe on the sleep.
if scenario b; then
	kstrace -c --json -o sleep.json --kprobe "$sleepfn%return" -- sleep 0.2 2>sleep.err
	is "kstrace -c --kprobe $sleepfn%return -- sleep 0.2 exits 0" "$?" 0
	# Latencies are local_clock() differences. Its TSC was calibrated against
	# the emulated HPET at boot, so in this guest it can run a few percent off
	# the timer that ends the sleep: 0.2 s measured 0.197 s once under the
	# debug kernel. Hence 0.19 s, not 0.2 s, as the lower bound.
	lat=$(py 'int(k["'"$sleepfn"'"]["calls"] >= 1 and 190000000 <= k["'"$sleepfn"'"]["min_ns"] <= k["'"$sleepfn"'"]["avg_ns"] <= 1700000000)' sleep.json 2>&1)
	if [ "$lat" = 1 ]; then
		pass "$sleepfn: min and avg within [0.19 s, 1.7 s]"
	else
		fail "$sleepfn: min and avg within [0.19 s, 1.7 s]" "$(cat sleep.json sleep.err)"
	fi
	is "$sleepfn: one histogram bucket of 2^27 ns (134 ms to 268 ms)" \
		"$(py '[b["bucket"] for b in k["'"$sleepfn"'"]["hist"]] == [27] or k["'"$sleepfn"'"]["max_ns"] >= 268435456' sleep.json 2>&1)" True
	kstrace -c -o sleep.txt --kprobe "$sleepfn" --latency -- sleep 0.2 2>sleep.err
	if grep -q '^Kernel functions (kretprobe):' sleep.txt && grep -q "latency (ns):" sleep.txt &&
	   grep -Eq " 1 +$sleepfn\$" sleep.txt; then
		pass "--latency: the kretprobe table and histogram"
	else
		fail "--latency: the kretprobe table and histogram" "$(cat sleep.txt sleep.err)"
	fi
fi

### (c) Errors: failed opens.
if scenario c; then
	kstrace -c --json -o open.json --kprobe do_sys_openat2%return -- cat data nonexistent-1 nonexistent-2 >/dev/null 2>open.err
	is "cat of missing files exits 1 under kstrace" "$?" 1
	is "do_sys_openat2: calls and errors equal those of open/openat/openat2" \
		"$(py '(k["do_sys_openat2"]["calls"], k["do_sys_openat2"]["errors"]) == tuple(sum(s[n][f] for n in ("open", "openat", "openat2") if n in s) for f in ("calls", "errors"))' open.json 2>&1)" True
	is "do_sys_openat2: at least the 2 failed opens of cat" \
		"$(py 'k["do_sys_openat2"]["errors"] >= 2' open.json 2>&1)" True
fi

### (d) Event mode.
if scenario d; then
	kstrace -T -o ev.txt --kprobe do_sys_openat2%return --kprobe vfs_read -- cat nonexistent-3 2>ev.err
	if grep -Eq '^kprobe:do_sys_openat2\(\) = -2 ENOENT \(No such file or directory\) <[0-9]+\.[0-9]{6}>$' ev.txt &&
	   grep -q '^kprobe:vfs_read()$' ev.txt && grep -q '^openat(.*nonexistent-3' ev.txt; then
		pass "event mode: kprobe:FUNC() = RET lines among the syscalls"
	else
		fail "event mode: kprobe:FUNC() = RET lines among the syscalls" "$(head -n 40 ev.txt)" "$(cat ev.err)"
	fi
	kstrace -o ev2.txt -e trace=kprobe:vfs_read --kprobe vfs_read --kprobe vfs_write -- cat data >/dev/null 2>ev.err
	n=$(grep -c '^kprobe:vfs_read()$' ev2.txt)
	is "event mode: -e trace=kprobe:vfs_read shows only its hits" "$(grep -vc '^kprobe:vfs_read()$\|^+++ exited' ev2.txt)" 0
	is "event mode: as many vfs_read hits as -c counts" "$n" "$kr"
	# Every record goes into its buffer through __kfifo_in: a probe there fires
	# inside kstrace's own writes (an int3 kprobe: no fentry in lib/kfifo.c).
	# Those hits are dropped, and the CLI must not call that a full buffer.
	kstrace -o kf.txt --kprobe __kfifo_in -- /bin/true 2>kf.err
	is "event mode: --kprobe __kfifo_in -- true exits 0" "$?" 0
	if grep -q '^kstrace: [1-9][0-9]* kprobe hits not shown: the probed function is called while kstrace writes a record' kf.err &&
	   ! grep -q 'buffer full' kf.err; then
		pass "event mode: hits inside kstrace's own writes are reported as such, not as a full buffer"
	else
		fail "event mode: hits inside kstrace's own writes are reported as such, not as a full buffer" \
			"$(cat kf.err)"
	fi
fi

### (e) Refused probes.
if scenario e; then
	out=$(kstrace -c --kprobe kstrace_no_such_function -- true 2>&1); rc=$?
	is "unknown function: message" "$out" "kstrace: unknown kernel function 'kstrace_no_such_function' (see /proc/kallsyms)"
	is "unknown function: exit 1" "$rc" 1
	out=$(kstrace -c --kprobe kstrace_no_such_mod:foo -- true 2>&1)
	is "function of a module not loaded: message" "$out" "kstrace: module 'kstrace_no_such_mod' is not loaded"
	bl=
	if [ -r /sys/kernel/debug/kprobes/blacklist ]; then
		# a blacklisted symbol that is a plain function name in kallsyms
		for f in $(awk '{ print $2 }' /sys/kernel/debug/kprobes/blacklist | grep -v '[^A-Za-z0-9_]' | head -n 50); do
			if grep -Eq " [tT] $f\$" /proc/kallsyms; then
				bl=$f
				break
			fi
		done
	fi
	if [ -n "$bl" ]; then
		out=$(kstrace -c --kprobe "$bl" -- true 2>&1); rc=$?
		is "blacklisted $bl: message" "$out" "kstrace: '$bl' cannot be probed (blacklisted, notrace or not a function entry; see /sys/kernel/debug/kprobes/blacklist)"
		is "blacklisted $bl: exit 1" "$rc" 1
	else
		fail "a blacklisted function to try" "no /sys/kernel/debug/kprobes/blacklist entry found"
	fi
	for mode in -c ""; do
		rm -f ran
		# shellcheck disable=SC2086 # $mode is one option or none
		out=$(kstrace $mode -o /dev/null --kprobe vfs_read --kprobe "${bl:-kstrace_no_such_function}%return" \
			--kprobe vfs_write -- sh -c ": >ran" 2>&1); rc=$?
		is "bad probe among good ones (${mode:-event mode}): exit 1" "$rc" 1
		if [ -e ran ]; then
			fail "bad probe among good ones (${mode:-event mode}): the command never ran" "$out"
		else
			pass "bad probe among good ones (${mode:-event mode}): the command never ran"
		fi
	done
	# 17 traceable vfs_* functions (not __init ones): the 17th is one too many
	args=()
	for f in $(grep -E '^vfs_[a-z_]+$' $TR/available_filter_functions | sort -u | head -n 17); do
		args+=(--kprobe "$f")
	done
	rm -f ran
	out=$(kstrace -c "${args[@]}" -- sh -c ": >ran" 2>&1); rc=$?
	is "17 probes: refused" "$out" "kstrace: too many probes (at most 16 per session)"
	ok "17 probes: the command never ran" test ! -e ran
	is "status reports 0 sessions after the refusals" "$(kstrace_sessions)" 0
fi

### (f) Sessions with probes closed under load, then unload and reload.
if scenario f; then
	# An untraced workload hits the same functions all along; cycles 1 and 3
	# attach to another one (-p, ended by SIGINT), cycle 2 runs its own and
	# is killed (-9) mid-run.
	sh -c 'while :; do cat /etc/hostname >/dev/null; done' &
	BG=$!
	sh -c 'while :; do cat /etc/hostname >/dev/null; sleep 0.05; done' &
	BG="$BG $!"
	W=$!
	for cycle in 1 2 3; do
		if [ "$cycle" = 2 ]; then
			kstrace -c -f -o cyc$cycle --kprobe vfs_read --kprobe vfs_write%return \
				--kprobe "${sleepfn:-do_nanosleep}%return" -- \
				sh -c 'i=0; while [ $i -lt 40 ]; do cat /etc/hostname >/dev/null; sleep 0.05; i=$((i+1)); done' \
				2>cyc$cycle.err &
		else
			env --default-signal=INT kstrace -c -f -o cyc$cycle --kprobe vfs_read \
				--kprobe vfs_write%return --kprobe "${sleepfn:-do_nanosleep}%return" \
				-p "$W" 2>cyc$cycle.err &
		fi
		K=$!
		wait_until 20 sessions_are 1 || diag "status never showed 1 session: $(cat /proc/kstrace/status 2>&1)"
		sleep 1
		if [ "$cycle" = 2 ]; then
			kill -9 "$K"
		else
			kill -INT "$K"
		fi
		wait "$K" 2>/dev/null
		K=
		if [ "$cycle" != 2 ] && ! grep -Eq '^ +[0-9]+ +vfs_read$' cyc$cycle; then
			fail "cycle $cycle: -p summary with vfs_read" "$(cat cyc$cycle cyc$cycle.err)"
		fi
		if wait_until 10 sessions_are 0; then
			pass "cycle $cycle: session closed with probes armed, sessions 0"
		else
			fail "cycle $cycle: session closed with probes armed, sessions 0" "$(cat /proc/kstrace/status 2>&1)"
		fi
		if rmmod kstrace 2>rmmod.err; then
			pass "cycle $cycle: rmmod kstrace"
		else
			fail "cycle $cycle: rmmod kstrace" "$(cat rmmod.err)"
		fi
		if insmod "$KSTRACE_KO" 2>insmod.err; then
			pass "cycle $cycle: insmod kstrace.ko"
		else
			fail "cycle $cycle: insmod kstrace.ko" "$(cat insmod.err)"
		fi
	done
	for i in 1 2 3 4 5; do
		kstrace -c -o oc$i --kprobe vfs_read --kprobe do_sys_openat2%return -- cat /etc/hostname >/dev/null 2>oc.err ||
			diag "open/close cycle $i failed: $(cat oc.err)"
	done
	for p in $BG; do
		kill -9 "$p" 2>/dev/null
		wait "$p" 2>/dev/null
	done
	BG=
	is "open/close cycles: sessions 0" "$(kstrace_sessions)" 0
	if grep -Eq '^ +[0-9]+ +vfs_read$' oc5; then
		pass "the last open/close cycle counted vfs_read"
	else
		fail "the last open/close cycle counted vfs_read" "$(cat oc5 oc.err)"
	fi
fi
exit 0
