#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The harness's own tests, run on the host: each boots a guest.
. "$KSTRACE_REPO/tests/lib.sh"
cd "$KSTRACE_REPO" || exit 1
kdir=${KSTRACE_KDIR:?}

out=$(vm/run --kdir "$kdir" -- sh -c 'cat /proc/kstrace/status; exit 3' 2>&1)
rc=$?
is "harness: the command's exit status (3) comes back" "$rc" 3
ok "harness: the command's output comes back (status file)" \
	sh -c "printf '%s\n' \"\$1\" | grep -q '^hooks unregistered'" _ "$out"

warn_ko=build/kernels/$KSTRACE_KERNEL/modules/warn_on_init/warn_on_init.ko
vm/run --kdir "$kdir" --no-load -- insmod "$warn_ko" >build/harness-warn.log 2>&1
rc=$?
is "harness: a WARN_ON in a module's init fails the run (exit 99)" "$rc" 99
ok "harness: ... and says why" grep -q 'WARNING:' build/harness-warn.log

vm/run --kdir "$kdir" --no-load --allow-warn -- insmod "$warn_ko" >/dev/null 2>&1
is "harness: the same run passes when warnings are allowed" "$?" 0

vm/run --kdir "$kdir" --no-load --timeout 30 -- sleep 600 >/dev/null 2>&1
is "harness: a hung guest is killed at the timeout (exit 124)" "$?" 124
