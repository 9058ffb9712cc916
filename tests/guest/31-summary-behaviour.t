#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 31-summary-behaviour.t - kstrace -c as a command-line tool:
# (a) the traced command's exit status is kstrace's (128+N after signal N);
# (b) kstrace -c -p PID on a running loop prints a summary on SIGINT, then
#     dies of it (as strace) and leaves the process running;
# (c) kill -9 of the CLI mid-trace leaves no session behind
#     (/proc/kstrace/status says "sessions 0") and rmmod kstrace succeeds,
#     while the formerly traced command still runs if it outlived the CLI
#     (it must then survive the unload); kstrace.ko is loaded again for the
#     tests that follow;
# (d) two sessions open at the same time, on rawsys with different arguments,
#     each count exactly their own process (rawsys's documented calls, and all
#     rows equal to strace's for the same command).
#
# TAP lines are named "31(b) ..."; KSTRACE_TESTS=31:b runs (b) alone.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/strace-c.sh"

B=$KSTRACE_BIN
T=$(mktemp -d /tmp/kstrace-31.XXXXXX)
cleanup() {
	local p
	for p in ${F:-} ${C:-} ${K:-} ${K1:-} ${K2:-}; do
		kill -9 "$p" 2>/dev/null
	done
	rm -rf "$T"
}
trap cleanup EXIT
cd "$T" || exit 1

# alive PID: PID exists and is not a zombie (kill -0 succeeds on zombies,
# and a process orphaned here may stay one: the guest's init does not reap).
alive() {
	local st
	st=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)
	[ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# exits DESC GOT WANT ERRFILE: like is, with kstrace's stderr on failure.
exits() {
	if [ "$2" = "$3" ]; then
		pass "$1"
	else
		fail "$1" "got exit $2, want $3; kstrace said:" "$(head -n 10 "$4")"
	fi
}

### (a) Exit status propagation.
if scenario a; then
	for st in 0 1 42; do
		kstrace -c -o "exit$st" -- sh -c "exit $st" >/dev/null 2>"exit$st.err"
		exits "kstrace -c -- sh -c 'exit $st' exits $st" "$?" "$st" "exit$st.err"
	done
	# shellcheck disable=SC2016
	kstrace -c -o kill9 -- sh -c 'kill -9 $$' >/dev/null 2>kill9.err
	exits "kstrace -c -- sh -c 'kill -9 \$\$' exits 137 (128 + SIGKILL)" "$?" 137 kill9.err
	ok "a summary is written for a command killed by SIGKILL" summary_valid kill9
	kstrace -c -o exit255 -- "$B/rawsys" 255 1 >/dev/null 2>exit255.err
	exits "kstrace -c -- rawsys 255 exits 255" "$?" 255 exit255.err
fi

### (b) kstrace -c -p PID, then SIGINT.
if scenario b; then
	"$B/flood" -1 &
	F=$!
	# A background command of a script starts with SIGINT ignored; reset it to
	# the default, as for a command started from a terminal.
	env --default-signal=INT kstrace -c -o attach -p "$F" >/dev/null 2>attach.err &
	K=$!
	wait_until 20 sessions_are 1 || diag "status never showed 1 session: $(cat /proc/kstrace/status 2>&1)"
	sleep 3
	kill -INT "$K" 2>/dev/null
	wait "$K"
	# as strace: it detaches, prints the summary, then dies of the signal
	exits "kstrace -c -p PID dies of SIGINT on SIGINT (130), as strace" "$?" 130 attach.err
	K=''
	if summary_valid attach; then
		pass "kstrace -c -p PID prints a summary on SIGINT"
	else
		fail "kstrace -c -p PID prints a summary on SIGINT" "$(head -n 20 attach attach.err 2>&1)"
	fi
	read -r calls errors <<<"$(sc_get attach getppid)"
	if [ "${calls:-0}" -gt 0 ] 2>/dev/null && [ "$errors" = 0 ]; then
		pass "the summary counts the loop's getppid calls ($calls)"
	else
		fail "the summary counts the loop's getppid calls" "getppid row: $calls $errors"
	fi
	# After start-up, flood -1 calls nothing but getppid.
	others=$(sc_parse attach 2>&1 | grep -v -e '^getppid ' -e '^total ')
	is "the attached loop shows getppid only" "$others" ""
	ok "the process keeps running after kstrace -p detached" alive "$F"
	kill -9 "$F"
	wait "$F" 2>/dev/null
	F=''
fi

### (c) kill -9 of the CLI mid-trace.
if scenario c; then
	kstrace -c -o k9 -- "$B/flood" -1 >/dev/null 2>k9.err &
	K=$!
	child_execed() {
		C=$(cat /proc/"$K"/task/*/children 2>/dev/null | awk '{ print $1 }')
		[ -n "$C" ] && [ "$(readlink /proc/"$C"/exe 2>/dev/null)" = "$B/flood" ]
	}
	if wait_until 20 child_execed; then
		pass "kstrace starts the command"
	else
		fail "kstrace starts the command" "children of kstrace: '${C:-}'" "$(cat k9.err)"
	fi
	sleep 1
	before=$(kstrace_sessions)
	is "status shows 1 session while kstrace -c runs" "$before" 1
	kill -9 "$K"
	wait "$K" 2>/dev/null
	K=''
	if wait_until 10 sessions_are 0; then
		pass "after kill -9 of the CLI, /proc/kstrace/status reports 0 sessions"
	else
		fail "after kill -9 of the CLI, /proc/kstrace/status reports 0 sessions" \
			"$(cat /proc/kstrace/status 2>&1)"
	fi
	# Whether the command outlives its tracer is the CLI's choice (strace's
	# tracees run on); if it does, it must survive the unload below.
	if [ -n "${C:-}" ] && ! alive "$C"; then
		diag "the traced command died with the CLI: no unload-while-running check"
		C=
	fi
	if rmmod kstrace 2>rmmod.err; then
		pass "rmmod kstrace succeeds after the CLI was killed"
	else
		fail "rmmod kstrace succeeds after the CLI was killed" "$(cat rmmod.err)" \
			"$(cat /proc/kstrace/status 2>&1)"
	fi
	# The formerly traced process keeps making syscalls with the module gone.
	sleep 1
	if [ -n "${C:-}" ]; then
		ok "the formerly traced command survives the unload" alive "$C"
		kill -9 "$C"
		gone() { ! alive "$C"; }
		wait_until 10 gone
		C=''
	fi
	if ! module_loaded kstrace; then
		if insmod "$KSTRACE_KO" 2>insmod.err; then
			pass "kstrace.ko loads again"
		else
			fail "kstrace.ko loads again" "$(cat insmod.err)"
		fi
	fi
	ok "/proc/kstrace/session is back" test -e /proc/kstrace/session
	is "status reports 0 sessions after the reload" "$(kstrace_sessions)" 0
fi

### (d) Two sessions at once, each on its own rawsys.
if scenario d; then
	# rawsys reads one byte from stdin ("gate") before its list, so both
	# commands are held until both sessions exist.
	mkfifo g1 g2
	exec 7<>g1 8<>g2
	kstrace -c -o c1 -- "$B/rawsys" 3 300 gate <&7 >/dev/null 2>c1.err 7>&- 8>&- &
	K1=$!
	kstrace -c -o c2 -- "$B/rawsys" 4 700 gate <&8 >/dev/null 2>c2.err 7>&- 8>&- &
	K2=$!
	if wait_until 30 sessions_are 2; then
		pass "two kstrace -c sessions are open at the same time"
	else
		fail "two kstrace -c sessions are open at the same time" \
			"$(cat /proc/kstrace/status 2>&1)"
	fi
	printf x >&7
	printf x >&8
	wait "$K1"
	exits "first session: exit status 3" "$?" 3 c1.err
	wait "$K2"
	exits "second session: exit status 4" "$?" 4 c2.err
	K1='' K2=''
	exec 7>&- 8>&-

	# rawsys_known FILE NGETPPID: the rows of syscalls that only rawsys's own
	# list makes (see tests/progs/rawsys.c), as "NAME CALLS ERRORS".
	rawsys_known() {
		sc_known "$1" getppid dup ioctl getpid kill execve sched_yield uname nfsservctl write
	}
	want_known() {
		printf '%s\n' "getppid $1 0" "dup 1 1" "ioctl 1 1" "getpid 1 0" "kill 1 1" \
			"execve 2 1" "sched_yield 5 0" "uname 1 0" "nfsservctl 1 1" "write 2 0"
	}
	for s in "c1 3 300" "c2 4 700"; do
		read -r -a args <<<"$s"
		set -- "${args[@]}"
		is "session $1 (rawsys $2 $3): its own documented calls" \
			"$(rawsys_known "$1")" "$(want_known "$3")"
		printf x | strace -c -o "$1.strace" -- "$B/rawsys" "$2" "$3" gate >/dev/null 2>&1
		summary_same "session $1 (rawsys $2 $3): all rows as strace counts them" \
			"$1.strace" "$1"
	done
fi
