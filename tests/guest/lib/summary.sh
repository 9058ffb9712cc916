# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# summary.sh - helpers for the guest tests 30-39, sourced after lib.sh.
# The table parsing and comparison live in summary.py next to this file.

SUMMARY_PY=$KSTRACE_REPO/tests/guest/lib/summary.py

# The one normalization between strace -c and kstrace -c: strace counts a
# syscall at its return (syscall-exit-stop), so the syscalls that never
# return, exit_group and a thread's exit, are never in strace's table.
# kstrace counts the syscall a task dies in (the module's sched_process_exit
# hook), so its table has them. Tests compare without those rows and check
# kstrace's exit and exit_group counts against known numbers instead.
NEVER_RETURN=(--ignore exit_group --ignore exit --ignore 32:exit_group --ignore 32:exit)

# summary_same DESC ORACLE_FILE KSTRACE_FILE [--ignore NAME]...
# Passes when both summary tables have the same rows with the same calls
# and errors, NEVER_RETURN rows left out; otherwise the differing rows
# become TAP diagnostics.
summary_same() {
	local desc=$1 a=$2 b=$3 out rc
	shift 3
	out=$(python3 "$SUMMARY_PY" compare "$a" "$b" --names strace kstrace \
		"${NEVER_RETURN[@]}" "$@" 2>&1)
	rc=$?
	if [ "$rc" = 0 ]; then
		pass "$desc"
		return 0
	fi
	if [ "$rc" = 1 ]; then
		fail "$desc" "rows that differ (calls/errors):" "$out"
	else
		fail "$desc" "$out" "--- $a:" "$(head -n 60 "$a" 2>&1)" \
			"--- $b:" "$(head -n 60 "$b" 2>&1)"
	fi
	return 1
}

# summary_get FILE NAME: "CALLS ERRORS" of row NAME ("0 0" if absent,
# "unreadable" when FILE holds no valid table).
summary_get() {
	python3 "$SUMMARY_PY" get "$1" "$2" 2>/dev/null || echo unreadable
}

# summary_valid FILE: FILE holds at least one well-formed table.
summary_valid() {
	python3 "$SUMMARY_PY" parse "$1" >/dev/null 2>&1
}

# wait_until SECONDS CMD...: polls CMD every 0.1 s until it succeeds;
# fails when it did not within SECONDS.
wait_until() {
	local deadline=$(($(date +%s%N) / 1000000 + $1 * 1000))
	shift
	until "$@"; do
		[ $(($(date +%s%N) / 1000000)) -ge "$deadline" ] && return 1
		sleep 0.1
	done
}

# kstrace_sessions: the number of open sessions from /proc/kstrace/status
# (a line "sessions N"), or "none" when the file cannot be read.
kstrace_sessions() {
	local n
	n=$(awk '$1 == "sessions" { print $2; exit }' /proc/kstrace/status 2>/dev/null)
	echo "${n:-none}"
}

sessions_are() { [ "$(kstrace_sessions)" = "$1" ]; }
