#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 34-seccomp.t - calls that seccomp skips before the syscall-entry
# tracepoint (RET_ERRNO, as Docker's default profile and systemd's
# SystemCallFilter= do; RET_TRAP; RET_KILL_PROCESS) still run the exit
# tracepoint. strace sees them (its entry stop comes before seccomp): with
# strace as the oracle, kstrace -c counts them with their errors, and the
# event mode prints them with their arguments and results.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/strace-c.sh"
. "$KSTRACE_REPO/tests/guest/lib/events.sh"

B=$KSTRACE_BIN
T=$(mktemp -d /tmp/kstrace-34.XXXXXX)
trap 'ev_keep "$T" 34; rm -rf "$T"' EXIT
cd "$T" || exit 1

# The tracers die of the traced program's SIGSYS with it (128 + 31).
for mode in errno trap kill; do
	want=0 calls="getppid openat"
	case $mode in
	trap) calls="$calls getpid" ;;
	kill) calls="$calls getuid" want=159 ;;
	esac
	{
		strace -c -o "c-$mode.st" -- "$B/seccomp" 50 "$mode" </dev/null >/dev/null 2>&1
		kstrace -c -o "c-$mode.ks" -- "$B/seccomp" 50 "$mode" </dev/null >/dev/null 2>"c-$mode.err"
		krc=$?
	} 2>/dev/null
	is "seccomp $mode: kstrace -c exits $want, as the command" "$krc" "$want"
	is "seccomp $mode: kstrace -c counts 50 getppid, 50 errors (EPERM from seccomp)" \
		"$(sc_get "c-$mode.ks" getppid)" "50 50"
	summary_same "seccomp $mode: kstrace -c's table equals strace -c's, skipped calls included" \
		"c-$mode.st" "c-$mode.ks"
	both "sc-$mode" "$want" -f -- "$B/seccomp" 5 "$mode"
	ev_check "sc-$mode: the (syscall, return) sequence equals strace -f's" \
		cmp-seq ST "sc-$mode.ks" ST "sc-$mode.st"
	# shellcheck disable=SC2086 # calls is a list of names
	ev_check "sc-$mode: $calls print as strace prints them" \
		cmp-args ST "sc-$mode.ks" ST "sc-$mode.st" $calls
done
ev_flush
exit 0
