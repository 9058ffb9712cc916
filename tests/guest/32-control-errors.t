#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 32-control-errors.t - the control language of /proc/kstrace/session, by
# raw writes (tests/progs/ctl: one open, one write(2) per argument, prints
# each write's errno name) checked against include/uapi/linux/kstrace.h:
# - malformed, partial, unknown and over-long commands fail with exactly
#   the documented errno, and leave the session as it was (still idle, no
#   target, start still EINVAL);
# - a valid sequence gets EEXIST/EBUSY where documented, and the results
#   show the target and the state;
# - the 65th target is E2BIG (KSTRACE_MAX_TARGETS is 64);
# - a user without privileges cannot open a session, and kstrace -c says
#   so clearly and exits non-zero.
# Where the header leaves a choice, the test accepts both (marked "|"):
# "attach 99999999999" is a number too big for a pid, which may be read as
# malformed (EINVAL) or as no such process (ESRCH); a zero-byte write holds
# no command at all, and may be refused (EINVAL) or accepted as nothing.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/strace-c.sh"

CTL=$KSTRACE_BIN/ctl
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
	local name=$1 dump='' quiet='' cmds=() wants=() got i w bad=()
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
		if [[ "|$w|" == *"|${got[$i]:-none}|"* ]]; then
			[ -n "$quiet" ] ||
				pass "$name: write '$(printf '%q' "${cmds[$i]}" | cut -c1-40)' -> $w"
		elif [ -n "$quiet" ]; then
			bad+=("write '${cmds[$i]}': got ${got[$i]:-nothing}, want $w")
		else
			fail "$name: write '$(printf '%q' "${cmds[$i]}" | cut -c1-40)' -> $w" \
				"got: ${got[$i]:-nothing}" "(ctl said: $(head -c 300 "$T/$name.out"))"
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

x200=$(printf 'x%.0s' {1..200})
c128=frobnicate$(printf 'y%.0s' {1..118})
c129=${c128}y
[ ${#c128} = 128 ] || diag "c128 is ${#c128} bytes"

### Bad writes on a fresh session: nothing may change.
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
	"$x200::E2BIG" \
	"$c129::E2BIG" \
	"$c128::EINVAL" \
	"start::EINVAL" \
	"stop::EINVAL"
is "bad: results start with 'version 1'" "$(head -n 1 "$T/bad.dump")" "version 1"
is "bad: session still idle after the bad writes" \
	"$(grep '^state ' "$T/bad.dump")" "state idle"
is "bad: no target after the bad writes" "$(grep -c '^target ' "$T/bad.dump")" 0
is "bad: results end with 'end'" "$(tail -n 1 "$T/bad.dump")" "end"

### A valid sequence.
run_ctl good -d \
	"attach $S::OK" \
	"attach $S::EEXIST" \
	"exec $S::EEXIST" \
	$'follow 1\n'"::OK" \
	"follow 0::OK" \
	"follow 1::OK" \
	$'start\n'"::OK" \
	"start::EBUSY" \
	"follow 0::EBUSY" \
	"stop::OK" \
	"start::EBUSY"
is "good: stopped session reads 'state stopped'" \
	"$(grep '^state ' "$T/good.dump")" "state stopped"
if grep -q "^target $S alive" "$T/good.dump"; then
	pass "good: results list the live target $S"
else
	fail "good: results list the live target $S" "$(cat "$T/good.dump")"
fi

### KSTRACE_MAX_TARGETS = 64.
cmds=()
for i in $(seq 65); do
	sleep 1000 &
	sleepers+=("$!")
	if [ "$i" -le 64 ]; then
		cmds+=("attach $!::OK")
	else
		cmds+=("attach $!::E2BIG" "exec $!::E2BIG")
	fi
done
run_ctl max-targets -d -q "${cmds[@]}"
is "max-targets: 64 targets listed" "$(grep -c '^target ' "$T/max-targets.dump")" 64

### Unprivileged users.
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
