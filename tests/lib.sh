# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# lib.sh - the one TAP helper of every test suite: the guest tests, the host
# tests of the harness, the CLI's suites (cli/tests/run), the printer tests,
# the unit tests and the fuzzing check.
#
# Shared mode: with KSTRACE_TAP_STATE set (tests/check, the guest), results
# go to that file, one line per test, so that tests in separate processes
# and on both sides of the VM number their lines in one sequence; the
# caller prints the total. Standalone mode (a suite run by hand, or by
# scripts/check-host): results are counted in this shell, which is
# much faster for suites of thousands of tests, and tap_done prints the
# plan and "N passed, N failed". Either way, a result recorded in a
# subshell of a standalone suite is lost: record them in the main shell.

KSTRACE_REPO=${KSTRACE_REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
# shellcheck disable=SC2034 # for the tests that source this file
KSTRACE_BIN=$KSTRACE_REPO/build/tests
# shellcheck disable=SC2034
if [ -n "${KSTRACE_KERNEL:-}" ]; then
	KSTRACE_KO=$KSTRACE_REPO/build/kernels/$KSTRACE_KERNEL/module/kstrace.ko
	KSTRACE_MODDIR=$KSTRACE_REPO/build/kernels/$KSTRACE_KERNEL
fi

_tap_n=0
_tap_passed=0
_tap_failed=0

# A numbered test (tests/*/NN-name.t) names its lines by number and
# scenario, "40(b) DESC" or "31 DESC", so that a line in a log says which
# file and which part of it to read and to run (KSTRACE_TESTS=40:b).
_tap_test=
case ${0##*/} in
[0-9][0-9]-*.t) _tap_test=${0##*/} _tap_test=${_tap_test%%-*} ;;
esac
_tap_scn=

# _tap_record pass|fail|skip DESC [REASON]
_tap_record() {
	local verdict=$1 desc=$2 n
	[ -n "$_tap_test" ] && desc="$_tap_test${_tap_scn:+($_tap_scn)} $desc"
	if [ -n "${KSTRACE_TAP_STATE:-}" ]; then
		echo "$verdict" >>"$KSTRACE_TAP_STATE"
		n=$(wc -l <"$KSTRACE_TAP_STATE")
	else
		_tap_n=$((_tap_n + 1))
		n=$_tap_n
	fi
	case $verdict in
	pass)
		_tap_passed=$((_tap_passed + 1))
		echo "ok $n - $desc" ;;
	skip)
		echo "ok $n - $desc # SKIP $3" ;;
	*)
		_tap_failed=$((_tap_failed + 1))
		echo "not ok $n - $desc" ;;
	esac
}

# scenario X: what follows is scenario X of this test, as its header
# describes it; fails when KSTRACE_SCENARIOS (tests/guest/run-all sets it
# from KSTRACE_TESTS=40:bc) leaves X out, so that `if scenario x; then`
# runs only the scenarios asked for. `scenario` alone: no scenario.
scenario() {
	_tap_scn=${1:-}
	[ -z "${KSTRACE_SCENARIOS:-}" ] || [ -z "$_tap_scn" ] && return 0
	case " $KSTRACE_SCENARIOS " in
	*" $_tap_scn "*) return 0 ;;
	esac
	return 1
}

# ok DESC [CMD...]: passes when CMD succeeds, or at once without CMD.
ok() {
	local desc=$1
	shift
	if "$@"; then
		_tap_record pass "$desc"
	else
		_tap_record fail "$desc"
	fi
}

pass() { _tap_record pass "$1"; }

# skip DESC WHY: a test that cannot run here; it neither passes nor fails.
skip() { _tap_record skip "$1" "$2"; }

# fail DESC [WHY...]: records a failure and prints WHY as TAP diagnostics.
fail() {
	_tap_record fail "$1"
	shift
	[ $# -gt 0 ] && printf '%s\n' "$@" | sed 's/^/#   /'
	return 0
}

# is DESC GOT WANT
is() {
	if [ "$2" = "$3" ]; then
		_tap_record pass "$1"
	else
		fail "$1" "got:  '$2'" "want: '$3'"
	fi
}

# same_file DESC GOT_FILE WANT_FILE: the files are equal; the diff if not.
same_file() {
	if cmp -s "$2" "$3"; then
		_tap_record pass "$1"
	else
		fail "$1" "$(diff -u "$3" "$2" | head -n 40)"
	fi
}

# tap_import FILE: the ok/not ok lines a C test program printed (kselftest
# style, or a suite's), numbered or not, renumbered into this sequence; its
# comments are passed on, its plan and "N passed, N failed" dropped.
tap_import() {
	local line
	while IFS= read -r line; do
		case $line in
		"not ok"*)
			_tap_desc "$line"
			_tap_record fail "$_tap_d" ;;
		ok*"# SKIP"*)
			_tap_desc "$line"
			_tap_record skip "${_tap_d%% # SKIP*}" "${_tap_d#* # SKIP }" ;;
		ok*)
			_tap_desc "$line"
			_tap_record pass "$_tap_d" ;;
		*" passed, "*" failed" | 1..*) ;;
		"#"*) echo "$line" ;;
		esac
	done <"$1"
}

# _tap_desc LINE: its description into _tap_d (no subshell: thousands of
# lines go through here)
_tap_desc() {
	_tap_d=${1#not ok}
	_tap_d=${_tap_d#ok}
	_tap_d=${_tap_d# }
	_tap_d=${_tap_d#"${_tap_d%%[!0-9]*}"}
	_tap_d=${_tap_d# }
	_tap_d=${_tap_d#- }
}

# tap_done: in standalone mode, the plan and "N passed, N failed"; its
# status is a failure when a test failed or none ran.
tap_done() {
	[ -n "${KSTRACE_TAP_STATE:-}" ] && return 0
	echo "1..$_tap_n"
	echo "$_tap_passed passed, $_tap_failed failed"
	[ "$_tap_failed" = 0 ] && [ "$_tap_n" -gt 0 ]
}

diag() { printf '%s\n' "$@" | sed 's/^/# /'; }

# Marks the kernel log so that a test can look only at the lines it caused.
kmsg_mark() {
	local mark="kstrace-test-mark-$$-$RANDOM-$SECONDS"
	echo "$mark" >/dev/kmsg
	echo "$mark"
}

# dmesg_since MARK: kernel log lines written after MARK.
dmesg_since() {
	dmesg | sed -n "/$1/,\$p" | tail -n +2
}

module_loaded() { grep -q "^$1 " /proc/modules; }

# reap PID SECS: waits for the shell's background job PID, at most SECS
# seconds, then kills it (SIGKILL) and says so, so that a hang fails one
# test instead of the whole file's timeout; returns the job's status
# (137 when it was killed).
reap() {
	local deadline=$((SECONDS + $2))
	while kill -0 "$1" 2>/dev/null; do
		if [ "$SECONDS" -ge "$deadline" ]; then
			diag "pid $1 still running after $2 s: killed"
			kill -KILL "$1" 2>/dev/null
			break
		fi
		sleep 0.1
	done
	wait "$1"
}
