#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Privilege and isolation: root of a new user namespace cannot open a
# session; a pid written in a pid namespace means that namespace's process
# and cannot reach one outside it; sessions do not see each other's data;
# the status file names no process.
. "$KSTRACE_REPO/tests/lib.sh"

ctl=$KSTRACE_BIN/ctl
module_loaded kstrace || insmod "$KSTRACE_KO"

# Root inside a new user+pid namespace: privileged only there. (The guest
# runs from a switch_root, not a chroot, from which the kernel would refuse
# to create the user namespace.)
if out=$(unshare -U true 2>&1); then
	out=$(unshare -Urpf --mount-proc "$ctl" 'attach 1' 2>&1)
	is "isolation: root of a new user+pid namespace cannot open a session" "$out" "open:EPERM"
	out=$(unshare -Urpf --mount-proc kstrace -c -- true 2>&1)
	ok "isolation: ... and the CLI says why ($out)" sh -c "echo '$out' | grep -q 'permission denied'"
else
	fail "isolation: root of a new user+pid namespace cannot open a session" "unshare -U: $out"
	fail "isolation: ... and the CLI says why" "no user namespace"
fi

# A pid namespace without a user namespace (the host's root): pids are the
# namespace's own.
sleep 60 &
outside=$!
inner=$(unshare -pf --mount-proc sh -c '
	sleep 30 &
	inner=$!
	'"$ctl"' -d "attach $inner" "attach '"$outside"'" "start" "stop" | sed -n "1p;/^target /p"
	kill $inner
')
kill "$outside"
first=$(printf '%s\n' "$inner" | sed -n 1p)
is "isolation: in a pid namespace, its own pid attaches; the outside pid $outside is not found" \
	"$first" "OK ESRCH OK OK"
ok "isolation: the target is recorded with the namespace's pid number" \
	sh -c "printf '%s\n' '$inner' | grep -q '^target [0-9] '"

# Two sessions on two programs: each sees only its own target and counts.
"$ctl" -d "attach $$" >/tmp/iso-a &
sleep 0.3
sleep 30 &
other=$!
b=$("$ctl" -d "attach $other" start stop)
kill "$other"
wait
ok "isolation: a second session lists only its own target" \
	sh -c "printf '%s\n' '$b' | grep '^target ' | grep -qv '^target $other '; [ \$? = 1 ]"

# The status file shows counts only: no pid, no command name.
sleep 30 &
victim=$!
kstrace -c -p "$victim" -o /dev/null &
cli=$!
sleep 1
ok "isolation: /proc/kstrace/status names no traced pid" \
	sh -c "! grep -qw '$victim' /proc/kstrace/status"
ok "isolation: /proc/kstrace files are 0600, so other users cannot read them" \
	sh -c '[ "$(stat -c %a /proc/kstrace/status)" = 600 ]'
kill -INT "$cli"
kill "$victim"
wait 2>/dev/null
