# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, data, tmp: cli/tests/run
#
# 21-results-strace.sh - the summary formatter against strace 6.1: a command traced with
# `strace -C -w -T --syscall-times=ns` becomes results text (strace2results.awk),
# and kstrace's table of it must equal strace's byte for byte.
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

# compare_strace NAME CMD...: strace CMD, then compare tables for sorts.
compare_strace() {
	name=$1
	shift
	for s in time calls name errors nothing min-time max-time avg-time; do
		strace -C -w -T --syscall-times=ns -S "$s" "$@" \
			>/dev/null 2>"$tmp/strace.out" </dev/null
		if ! awk -v unistd64="$UNISTD_DIR/unistd_64.h" \
			 -v unistd32="$UNISTD_DIR/unistd_32.h" \
			 -f "$here/strace2results.awk" "$tmp/strace.out" \
			 >"$tmp/results"; then
			fail "strace $name -S $s: trace converts"
			continue
		fi
		sed -n '/^% time/,$p' "$tmp/strace.out" >"$tmp/want"
		"$K" -S "$s" --format-results "$tmp/results" 2>"$tmp/got"
		same_file "same table as strace -c -S $s: $name" "$tmp/got" "$tmp/want"
	done
	# -U: the columns strace 6.1 shows, in the order asked
	for u in name,calls,errors min-time,max-time,name \
		 calls,total-time,avg-time,time-percent,errors,name,min-time,max-time \
		 shortest,longest,count; do
		strace -C -w -T --syscall-times=ns -U "$u" "$@" \
			>/dev/null 2>"$tmp/strace.out" </dev/null
		awk -v unistd64="$UNISTD_DIR/unistd_64.h" \
			-v unistd32="$UNISTD_DIR/unistd_32.h" \
			-f "$here/strace2results.awk" "$tmp/strace.out" >"$tmp/results"
		# the table starts at its header, after the trace
		awk 'f || /^ *(% time|calls|shortest|syscall|seconds) /{ f = 1; print }' \
			"$tmp/strace.out" >"$tmp/want"
		"$K" -U "$u" --format-results "$tmp/results" 2>"$tmp/got"
		same_file "same table as strace -c -U $u: $name" "$tmp/got" "$tmp/want"
	done
}

if ! command -v strace >/dev/null 2>&1; then
	skip "comparison with strace" "strace is not installed"
elif ! strace -o /dev/null true 2>/dev/null; then
	skip "comparison with strace" "ptrace is not allowed here"
else
	case $(strace -V | head -n 1) in
	*"version 6.1"*) ;;
	*) echo "# strace is $(strace -V | head -n 1), the tables were matched to 6.1" ;;
	esac
	$CC -O2 -o "$tmp/prog-names" "$here/prog-names.c" &&
		compare_strace "long names, errors, 1000 calls" "$tmp/prog-names"
	compare_strace "ls /" ls /
	need_int80
	strace -o "$tmp/int80.out" "$tmp/prog-int80" 2>/dev/null
	if grep -q '^getpid()' "$tmp/int80.out" 2>/dev/null; then
		compare_strace "ia32 syscalls (32 bit mode table)" "$tmp/prog-int80"
	else
		skip "comparison with strace for ia32" "no IA32 emulation"
	fi
fi
