#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 41-event-cli.t - kstrace's event mode (strace-like output) with strace as
# the oracle: the same flags, the same command, one after the other.
#
# (a) Per task, the sequence of (syscall, return) and the exit status line
#     (+++ exited with N +++ / +++ killed by SIG +++) of `kstrace -f -o FILE`
#     equal `strace -f -o FILE`'s for cat, ls, a shell pipeline, rawsys and
#     forktree (pids, addresses and timing normalised, unfinished/resumed
#     pairs joined; see tests/guest/lib/evcheck.py), and so do the path and
#     execve argv arguments of the file syscalls (up to a quarter of them
#     may be addresses where strace has a string: the module cannot copy
#     from a page not yet faulted in, see 40-event-records.t). Every line of
#     kstrace's output must parse as strace's does.
# (b) Without -f the output has no pid prefix and still compares equal;
#     with -T -tt too; with -ff -o PREFIX the per-task files are the same
#     set as strace -ff's.
# (c) The argument text of openat, read, write and close equals strace's
#     for cat (addresses normalised), -s 8 cuts strings where strace does,
#     and -y adds the same <path> to file descriptors.
# (d) -e trace=%file, %process, openat,close and !close, and -z / -Z select
#     exactly the calls strace selects (names and counts, then sequences).
# (e) Exit status: kstrace exits with the command's status (3; 137 after
#     SIGKILL) and prints strace's last line for it.
# (f) A flood of 200000 getppid into --lossy --bufsize 8: "--- lost N
#     events ---" lines appear, the final message on stderr reports the
#     loss (at least the sum of those lines), and -C's summary still
#     counts all 200000.
# (g) --json: every line is a JSON object; the paths are in them.
# And no kstrace run read fewer records than the module wrote.
#
# TAP lines are named "41(c) ..."; KSTRACE_TESTS=41:c runs (c) alone.
#
# Workloads are deterministic the way 30-summary-oracle.t explains (the
# pipeline runs under sigblock so that no SIGCHLD interrupts a wait4).
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/events.sh"

B=$KSTRACE_BIN
T=$(mktemp -d /tmp/kstrace-41.XXXXXX)
trap 'ev_keep "$T" 41; rm -rf "$T"' EXIT
cd "$T" || exit 1

# seq_oracle NAME WANT_EXIT CMD...: -f sequences and paths.
seq_oracle() {
	local name=$1 want=$2
	shift 2
	both "$name" "$want" -f -- "$@"
	ev_check "$name: kstrace -f's per-task (syscall, return) sequences equal strace -f's" \
		cmp-seq ST "$name.ks" ST "$name.st"
	ev_check "$name: kstrace -f's path and argv arguments equal strace -f's" \
		cmp-paths ST "$name.ks" ST "$name.st"
}

### (a) Sequences and paths, with -f.
if scenario a; then
	seq_oracle cat 0 cat /etc/hostname
	seq_oracle ls 0 ls /
	seq_oracle sh-pipe 0 "$B/sigblock" /bin/sh -c 'echo a | cat > /dev/null'
	seq_oracle rawsys 3 "$B/rawsys" 3 20
	seq_oracle forktree 0 "$B/forktree"
fi

### (b) Without -f, with -T -tt, with -ff.
if scenario b; then
	both rawsys-nof 3 -- "$B/rawsys" 3 20
	ok "rawsys-nof: no pid prefix without -f" test "$(grep -cE '^[0-9]+ ' rawsys-nof.ks)" = 0
	ev_check "rawsys-nof: (syscall, return) sequence equals strace's" \
		cmp-seq ST rawsys-nof.ks ST rawsys-nof.st
	both timing 0 -f -T -tt -- "$B/rawsys" 0 20
	ev_check "timing: -T -tt sequences equal strace's" cmp-seq ST timing.ks ST timing.st
	is "timing: every line has the pid and an -tt time stamp" \
		"$(grep -cvE '^[0-9]+ +[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} ' timing.ks)" 0
	is "timing: every call that returned ends with its -T duration" \
		"$(grep -E '\) += [^?]' timing.ks | grep -cvE ' <[0-9]+\.[0-9]{6}>$')" 0
	both ff 0 -ff -- "$B/forktree"
	ev_check "ff: -ff -o PREFIX per-task files hold the same sequences as strace -ff's" \
		cmp-seq FF ff.ks FF ff.st
fi

### (c) Argument text.
if scenario c; then
	both args 1 -- cat /etc/hostname /nonexistent/kstrace-41
	ev_check "args: openat, read, write, close arguments print as strace's" \
		cmp-args ST args.ks ST args.st openat read write close
	both s8 0 -s 8 -- "$B/capsizes" 100
	ev_check "s8: -s 8 cuts write's and read's data as strace does" \
		cmp-args ST s8.ks ST s8.st write read
	both fdpath 0 -y -- cat /etc/hostname
	kn=$(grep -c '^read(3</etc/hostname>, ' fdpath.ks)
	sn=$(grep -c '^read(3</etc/hostname>, ' fdpath.st)
	ok "fdpath: -y shows read(3</etc/hostname>, ...) as strace does ($kn and $sn times)" \
		test "$kn" = "$sn" -a "$sn" -gt 0
	ev_check "fdpath: -y annotates every fd of read and close as strace does" \
		cmp-args ST fdpath.ks ST fdpath.st read close
fi

### (d) Filters.
if scenario d; then
	filter() {
		local name=$1
		ev_check "$name: kstrace selects the syscalls strace selects (names, counts)" \
			cmp-names "$name.ks" "$name.st"
		ev_check "$name: ... in the same order with the same returns" \
			cmp-seq ST "$name.ks" ST "$name.st"
	}
	both file 1 -e trace=%file -- cat /etc/hostname /nonexistent/kstrace-41
	filter file
	both process 0 -f -e trace=%process -- "$B/forktree"
	filter process
	both openat-close 1 -e trace=openat,close -- cat /etc/hostname /nonexistent/kstrace-41
	filter openat-close
	both not-close 1 -e 'trace=!close' -- cat /etc/hostname /nonexistent/kstrace-41
	filter not-close
	both z 3 -f -z -- "$B/rawsys" 3 20
	filter z
	both Z 3 -f -Z -- "$B/rawsys" 3 20
	filter Z
fi

### (e) Exit status.
if scenario e; then
	both exit3 3 -- sh -c 'exit 3'
	is "exit3: the last line is '+++ exited with 3 +++'" "$(tail -n 1 exit3.ks)" "+++ exited with 3 +++"
	# shellcheck disable=SC2016
	both kill9 137 -- sh -c 'kill -9 $$'
	is "kill9: the last line is '+++ killed by SIGKILL +++'" "$(tail -n 1 kill9.ks)" "+++ killed by SIGKILL +++"
	ev_dump exit3.ks.exits exits ST exit3.ks
	ev_dump exit3.st.exits exits ST exit3.st
	ev_dump kill9.ks.exits exits ST kill9.ks
	ev_dump kill9.st.exits exits ST kill9.st
fi

### (f) Loss, and -C's summary despite it.
if scenario f; then
	kstrace --lossy --bufsize 8 -o flood.ks -- "$B/flood" 200000 >/dev/null 2>flood.err </dev/null
	is "flood: kstrace --lossy --bufsize 8 exits 0" "$?" 0
	ev_dump flood.lost lostlines ST flood.ks
	kstrace -C --lossy --bufsize 8 -o floodC.ks -- "$B/flood" 200000 >/dev/null 2>floodC.err </dev/null
	is "flood -C: kstrace exits 0" "$?" 0
	cat floodC.ks floodC.err >floodC.all
	is "flood -C: the summary counts all 200000 getppid calls, lost events or not" \
		"$(ev_summary_get floodC.all getppid)" "200000 0"
fi

### (g) --json.
if scenario g; then
	kstrace --json -o json.ks -- cat /etc/hostname >/dev/null 2>json.err </dev/null
	is "json: kstrace --json exits 0" "$?" 0
	ev_check "json: every line is a JSON object, and /etc/hostname is in one" json-lines json.ks /etc/hostname
fi

scenario
diag "workloads took ${SECONDS}s"
ev_flush
diag "checks done after ${SECONDS}s"

if scenario e; then
	is "exit3: kstrace's +++ lines equal strace's" "$(cat exit3.ks.exits)" "$(cat exit3.st.exits)"
	is "kill9: kstrace's +++ lines equal strace's" "$(cat kill9.ks.exits)" "$(cat kill9.st.exits)"
fi
if scenario f; then
	lines=$(wc -l <flood.lost)
	sum=$(awk '{ s += $1 } END { print s + 0 }' flood.lost)
	ok "flood: '--- lost N events ---' lines in the trace ($lines lines, $sum events)" test "$lines" -gt 0
	# The final message: the first number on a stderr line that mentions loss.
	reported=$(grep -i 'lost' flood.err | grep -oE '[0-9]+' | head -n 1)
	ok "flood: stderr reports the loss ($(grep -i lost flood.err | head -n 1)), at least the $sum in the trace" \
		test -n "$reported" -a "${reported:-0}" -gt 0 -a "${reported:-0}" -ge "$sum"
fi
scenario
# The CLI compares the records it read with the module's 'written' count.
is "no kstrace run read fewer records than the module wrote" \
	"$(grep -l '^kstrace: bug:' ./*.err 2>/dev/null; grep -h '^kstrace: bug:' ./*.err 2>/dev/null)" ""
exit 0
