#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 32-control-errors.t - the control language of /proc/kstrace/session, by
# raw writes (tests/progs/ctl: one open, one write(2) per argument, prints
# each write's errno name) checked against include/uapi/linux/kstrace.h:
# (a) malformed, partial, unknown and over-long commands, and options out of
#     range, fail with exactly the documented errno and leave the session as
#     it was (still idle, no target, start still EINVAL);
# (b) a valid sequence gets EEXIST/EBUSY where documented, and the results
#     show the target and the state;
# (c) one target more than KSTRACE_MAX_TARGETS is E2BIG.
# The limits (KSTRACE_CMD_MAX, ...) are read from the header itself.
# (d) a user without privileges cannot open a session, and kstrace -c says
#     so clearly and exits non-zero.
# Where the header leaves a choice, the test accepts both (marked "|"):
# "attach 99999999999" is a number too big for a pid, which may be read as
# malformed (EINVAL) or as no such process (ESRCH); a zero-byte write holds
# no command at all, and may be refused (EINVAL) or accepted as nothing.
#
# TAP lines are named "32(b) ..."; KSTRACE_TESTS=32:b runs (b) alone.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/strace-c.sh"

CTL=$KSTRACE_BIN/ctl
H=$KSTRACE_REPO/include/uapi/linux/kstrace.h

# hdr NAME: the value of "#define NAME VALUE" in the uapi header.
hdr() {
	local v
	v=$(awk -v n="$1" '$1 == "#define" && $2 == n { print $3; exit }' "$H")
	[[ "$v" =~ ^[0-9]+$ ]] || { fail "the uapi header defines $1 as a number" "got '$v'"; v=0; }
	echo "$v"
}
CMD_MAX=$(hdr KSTRACE_CMD_MAX)
MAX_TARGETS=$(hdr KSTRACE_MAX_TARGETS)
BUF_MIN=$(hdr KSTRACE_BUFSIZE_MIN)
BUF_MAX=$(hdr KSTRACE_BUFSIZE_MAX)
STR_MAX=$(hdr KSTRACE_STRSIZE_MAX)
MAX_SYSCALLS=$(hdr KSTRACE_MAX_SYSCALLS)
T=$(mktemp -d /tmp/kstrace-32.XXXXXX)
sleepers=()
cleanup() {
	if [ ${#sleepers[@]} -gt 0 ]; then
		kill -9 "${sleepers[@]}" 2>/dev/null
		wait "${sleepers[@]}" 2>/dev/null
	fi
	rm -rf "$T"
}
trap cleanup EXIT

sleep 1000 &
S=$!
sleepers+=("$S")
# shellcheck disable=SC2016
DEAD=$(sh -c 'echo $$')
kill -0 "$DEAD" 2>/dev/null && diag "pid $DEAD was reused already"

# run_ctl NAME [-d] [-q] CMD::WANT...: one session, one write per CMD; each
# write's result must be WANT (alternatives separated by "|"). The -d dump
# goes to $T/NAME.dump. One TAP line per write, or with -q one in all.
run_ctl() {
	local name=$1 dump='' quiet='' cmds=() wants=() got i w bad=() label
	shift
	if [ "$1" = -d ]; then
		dump=-d
		shift
	fi
	if [ "$1" = -q ]; then
		quiet=1
		shift
	fi
	for i in "$@"; do
		cmds+=("${i%::*}")
		wants+=("${i##*::}")
	done
	"$CTL" $dump -- "${cmds[@]}" >"$T/$name.out" 2>&1
	read -r -a got <"$T/$name.out"
	tail -n +2 "$T/$name.out" >"$T/$name.dump"
	for i in "${!cmds[@]}"; do
		w=${wants[$i]}
		printf -v label '%q' "${cmds[$i]}"
		[ ${#label} -gt 44 ] && label="${label:0:40}...(${#cmds[$i]} bytes)"
		if [[ "|$w|" == *"|${got[$i]:-none}|"* ]]; then
			[ -n "$quiet" ] || pass "$name: write $label -> $w"
		elif [ -n "$quiet" ]; then
			bad+=("write $label: got ${got[$i]:-nothing}, want $w")
		else
			fail "$name: write $label -> $w" "got: ${got[$i]:-nothing}" \
				"(ctl said: $(head -n 1 "$T/$name.out" | cut -c1-300))"
		fi
	done
	if [ -n "$quiet" ]; then
		if [ ${#bad[@]} = 0 ]; then
			pass "$name: all ${#cmds[@]} writes give the documented result"
		else
			fail "$name: all ${#cmds[@]} writes give the documented result" "${bad[@]}"
		fi
	fi
}

# Unknown commands of exactly KSTRACE_CMD_MAX bytes (EINVAL: not too long)
# and one byte longer (E2BIG), and one twice as long.
printf -v pad '%*s' $((CMD_MAX - 10)) ''
cmax=frobnicate${pad// /y}
cover=${cmax}y
chuge=$cmax$cmax
[ ${#cmax} = "$CMD_MAX" ] || diag "cmax is ${#cmax} bytes, not $CMD_MAX"

### (a) Bad writes on a fresh session: nothing may change.
if scenario a; then
	run_ctl bad -d \
		"attach abc::EINVAL" \
		"attach -1::EINVAL" \
		"attach 0::EINVAL" \
		"attach 99999999999::EINVAL|ESRCH" \
		"attach 12x::EINVAL" \
		"attach $DEAD::ESRCH" \
		"attach 4194304::ESRCH" \
		"attach::EINVAL" \
		"attach ::EINVAL" \
		"attach  $S::EINVAL" \
		"attach $S ::EINVAL" \
		" attach $S::EINVAL" \
		"attach $S $S::EINVAL" \
		"attach $S"$'\n\n'"::EINVAL" \
		"Attach $S::EINVAL" \
		"exec abc::EINVAL" \
		"exec -5::EINVAL" \
		"exec $DEAD::ESRCH" \
		"frobnicate::EINVAL" \
		"start now::EINVAL" \
		"stop now::EINVAL" \
		"follow 2::EINVAL" \
		"follow::EINVAL" \
		"follow x::EINVAL" \
		"follow 1 1::EINVAL" \
		"::EINVAL|OK" \
		$'\n'"::EINVAL" \
		"$chuge::E2BIG" \
		"$cover::E2BIG" \
		"$cmax::EINVAL" \
		"events 2::EINVAL" \
		"events::EINVAL" \
		"bufsize $((BUF_MIN - 1))::EINVAL" \
		"bufsize $((BUF_MAX + 1))::EINVAL" \
		"bufsize 1k::EINVAL" \
		"strsize $((STR_MAX + 1))::EINVAL" \
		"strsize -1::EINVAL" \
		"trace 63 all::EINVAL" \
		"trace 64::EINVAL" \
		"trace 64 some::EINVAL" \
		"trace 64 $MAX_SYSCALLS::EINVAL" \
		"result maybe::EINVAL" \
		"kprobe kstrace_test_no_such_function::ENOENT" \
		"kretprobe kstrace_test_no_such_function::ENOENT" \
		"kprobe::EINVAL" \
		"start::EINVAL" \
		"stop::EINVAL"
	is "bad: results start with 'version 1'" "$(head -n 1 "$T/bad.dump")" "version 1"
	is "bad: session still idle after the bad writes" \
		"$(grep '^state ' "$T/bad.dump")" "state idle"
	is "bad: no target after the bad writes" "$(grep -c '^target ' "$T/bad.dump")" 0
	is "bad: results end with 'end'" "$(tail -n 1 "$T/bad.dump")" "end"
fi

### (b) A valid sequence.
if scenario b; then
	run_ctl good -d \
		"attach $S::OK" \
		"attach $S::EEXIST" \
		"exec $S::EEXIST" \
		$'follow 1\n'"::OK" \
		"follow 0::OK" \
		"follow 1::OK" \
		"bufsize $BUF_MIN::OK" \
		"strsize 0::OK" \
		"trace 64 0-3,59::OK" \
		"trace 32 none::OK" \
		"result err::OK" \
		"events 0::OK" \
		$'start\n'"::OK" \
		"start::EBUSY" \
		"follow 0::EBUSY" \
		"events 0::EBUSY" \
		"bufsize $BUF_MAX::EBUSY" \
		"strsize 1::EBUSY" \
		"trace 64 all::EBUSY" \
		"result all::EBUSY" \
		"stop::OK" \
		"start::EBUSY"
	is "good: stopped session reads 'state stopped'" \
		"$(grep '^state ' "$T/good.dump")" "state stopped"
	if grep -q "^target $S alive" "$T/good.dump"; then
		pass "good: results list the live target $S"
	else
		fail "good: results list the live target $S" "$(cat "$T/good.dump")"
	fi
fi

### (c) KSTRACE_MAX_TARGETS.
if scenario c; then
	cmds=()
	for i in $(seq $((MAX_TARGETS + 1))); do
		sleep 1000 &
		sleepers+=("$!")
		if [ "$i" -le "$MAX_TARGETS" ]; then
			cmds+=("attach $!::OK")
		else
			cmds+=("attach $!::E2BIG" "exec $!::E2BIG")
		fi
	done
	run_ctl max-targets -d -q "${cmds[@]}"
	is "max-targets: $MAX_TARGETS targets listed" "$(grep -c '^target ' "$T/max-targets.dump")" \
		"$MAX_TARGETS"
fi

### (d) Unprivileged users.
if scenario d; then
	cd / || exit 1
	out=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$CTL" "attach $S" 2>&1)
	rc=$?
	if [ "$rc" = 1 ] && { [ "$out" = open:EACCES ] || [ "$out" = open:EPERM ]; }; then
		pass "uid 65534 cannot open the session ($out)"
	else
		fail "uid 65534 cannot open the session (EACCES or EPERM)" "ctl exit $rc: $out"
	fi
	out=$(setpriv --reuid=65534 --regid=65534 --clear-groups kstrace -c -- true 2>&1)
	rc=$?
	if [ "$rc" != 0 ]; then
		pass "kstrace -c as uid 65534 exits non-zero ($rc)"
	else
		fail "kstrace -c as uid 65534 exits non-zero" "exit 0, output: $out"
	fi
	if grep -qiE 'permission|not permitted|privilege|root|CAP_' <<<"$out"; then
		pass "kstrace -c as uid 65534 says it lacks permission"
	else
		fail "kstrace -c as uid 65534 says it lacks permission" "output: $out"
	fi
	is "no session is left open" "$(kstrace_sessions)" 0
fi
