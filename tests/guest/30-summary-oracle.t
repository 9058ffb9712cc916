#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 30-summary-oracle.t - strace is the oracle for kstrace -c: for each
# workload, `strace [-f] -c -o FILE -- CMD` and `kstrace [-f] -c -o FILE --
# CMD` (same flags, run one after the other on the same command) must report
# the same calls and errors for every syscall, and the same exit status.
#
# What strace counts (checked with strace 6.1, the host's):
# - everything from the command's execve(2) on, that execve included; the
#   tracee's own set-up before it (PTRACE_TRACEME, raise(SIGSTOP)) is not
#   counted. kstrace's "exec PID" has the same rule.
# - a syscall when it returns (syscall-exit-stop): syscalls that never return
#   (exit_group, a thread's exit) are not counted, and fork, vfork, clone and
#   clone3 count once, for the parent: a new child starts after the syscall.
# - with -f the rows are summed over all traced tasks.
# kstrace differs in one thing: it also counts the syscall a task dies in,
# i.e. exit_group and exit (threads), which strace never shows. Those rows
# are left out of the comparison (NEVER_RETURN in lib/strace-c.sh) and
# checked against known counts instead: one exit_group per process that
# ends by itself, one exit per thread.
#
# What strace changes in the tracee: under ptrace every signal, even one
# whose default action is to ignore it (SIGCHLD), is delivered and wakes a
# sleeping syscall, which then returns -ERESTARTSYS (counted as an error) and
# is restarted (counted again). The workloads avoid that: forktree blocks
# SIGCHLD before forking, and the shell pipeline runs under sigblock, which
# blocks SIGCHLD and execs /bin/sh. (dash installs a SIGCHLD handler, so
# without that even untraced runs differ: wait4 EINTR or not, and how many
# rt_sigreturn calls with which "error", depending on when the signal lands.)
# Every workload is otherwise timing-independent: threads waits for its
# threads without futex(2), and the rest do not fork or wait at all.
#
# When the tables differ, strace is run once more: if strace disagrees with
# itself the workload is not deterministic here, which the diagnostics say.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/strace-c.sh"

B=$KSTRACE_BIN
T=$(mktemp -d /tmp/kstrace-30.XXXXXX)
trap 'rm -rf "$T"' EXIT

# oracle NAME f|- WANT_STATUS EXIT_GROUPS/EXITS CMD...: "f" adds -f to both
# tools; kstrace must count EXIT_GROUPS exit_group and EXITS exit calls.
oracle() {
	local name=$1 follow=$2 want=$3 exits=$4 s k src krc flags=(-c) ps pk eg ex out
	local what
	shift 4
	[ "$follow" = f ] && flags=(-f -c)
	what="kstrace ${flags[*]}"
	s=$T/$name.strace k=$T/$name.kstrace
	strace "${flags[@]}" -o "$s" -- "$@" >/dev/null 2>"$s.err"
	src=$?
	kstrace "${flags[@]}" -o "$k" -- "$@" >/dev/null 2>"$k.err"
	krc=$?
	if [ "$src" != "$want" ] || ! ps=$(sc_parse "$s" 2>&1); then
		fail "$name: the oracle works (strace ${flags[*]} exits $want with a table)" \
			"strace exit $src" "$ps" "$(head -n 20 "$s.err" "$s" 2>&1)"
		return
	fi
	if [ "$krc" = "$want" ]; then
		pass "$name: $what exits $want as the command does"
	else
		fail "$name: $what exits $want as the command does" \
			"kstrace exit $krc" "$(head -n 20 "$k.err")"
	fi
	if ! pk=$(sc_parse "$k" 2>&1); then
		fail "$name: $what prints a summary table" "$pk" "$(head -n 40 "$k" "$k.err" 2>&1)"
		return
	fi
	{ read -r eg _; read -r ex _; } <<<"$(sc_lookup "$pk" exit_group exit)"
	is "$name: $what counts exit_group/exit calls" "$eg/$ex" "$exits"
	if ! summary_same_rows "$name: $what counts what strace ${flags[*]} counts" \
		"$ps" "$pk"; then
		strace "${flags[@]}" -o "$s.2" -- "$@" >/dev/null 2>&1
		if out=$(sc_compare "$s" "$s.2" run1 run2 2>&1); then
			diag "(strace gives the same table again: the workload is deterministic)"
		else
			diag "(strace disagrees with itself, the workload varies here:)" "$out"
		fi
	fi
}

cd "$T" || exit 1

# rawsys: the documented list of raw syscalls (tests/progs/rawsys.c), exit 3.
oracle rawsys - 3 1/0 "$B/rawsys" 3 200
oracle rawsys-f f 5 1/0 "$B/rawsys" 5 50
# threads: 4 threads x (50 getppid + 50 close(-1)); without -f only the main
# thread is traced, by both tools (new threads are descendants).
oracle threads-f f 0 1/4 "$B/threads" 4 50
oracle threads - 0 1/0 "$B/threads" 2 20
# forktree: fork, vfork + execve of /bin/true, clone, clone3, a grandchild:
# 6 processes.
oracle forktree-f f 0 6/0 "$B/forktree"
oracle forktree - 0 1/0 "$B/forktree"
# Real programs, found on PATH by both tools.
oracle busybox-ls - 0 1/0 busybox ls /
oracle cat-hostname - 0 1/0 cat /etc/hostname
oracle ls-l-usr - 0 1/0 ls -l /usr
# sh, the echo subshell and wc: 3 processes.
oracle sh-pipe-f f 0 3/0 "$B/sigblock" /bin/sh -c 'echo a | wc -c'
