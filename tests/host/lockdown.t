#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# lockdown.t - kprobes are refused under the kernel's lockdown, as the
# kernel's own kprobe events are (LOCKDOWN_KPROBES): a kretprobe's return
# value may be a kernel address. Its own boot, because lockdown cannot be
# lifted once raised: kstrace.ko is loaded unlocked (an unsigned module
# would be refused afterwards), then /sys/kernel/security/lockdown is set
# to confidentiality, the level lockdown=confidentiality gives at boot.
# - Before lockdown, kstrace -c --kprobe vfs_read runs (the oracle that the
#   refusal below is lockdown's doing).
# - Under lockdown the same command fails, says why, and the module's
#   "kprobe" command returns EPERM.
# - Syscall tracing still works: kstrace -c counts cat's read(2) calls.
#
# Run by tests/check, or alone: tests/host/lockdown.t. Environment:
# KSTRACE_KDIR (kernel cache directory, default: vm/kernel-fetch's).
set -uo pipefail

# shellcheck source=lib-host.sh
. "$(dirname "$0")/lib-host.sh"

kdir=${KSTRACE_KDIR:-$(vm/kernel-fetch)} || { fail "lockdown: vm/kernel-fetch"; finish; }
# shellcheck disable=SC2012 # the first that exists, names without blanks
cfg=$(ls "$kdir"/root/boot/config-* "$kdir"/build/.config 2>/dev/null | head -n 1)
if ! grep -q '^CONFIG_SECURITY_LOCKDOWN_LSM=y' "$cfg" 2>/dev/null; then
	echo "# lockdown: skipped, $(cat "$kdir/release") has no lockdown LSM"
	finish
fi
log=build/lockdown-t
mkdir -p "$log"

# shellcheck disable=SC2016 # for the guest's shell
vm/run --kdir "$kdir" --dmesg "$log/dmesg" -- sh -c '
	cd /tmp || exit 1
	kstrace -c -o before.txt --kprobe vfs_read -- cat /etc/hostname >/dev/null 2>&1
	echo "before $?"
	(exec 3<>/proc/kstrace/session && echo "kprobe vfs_read" >&3)
	echo "command0 $?"
	mountpoint -q /sys/kernel/security ||
		mount -t securityfs none /sys/kernel/security
	echo confidentiality >/sys/kernel/security/lockdown
	echo "level $(cat /sys/kernel/security/lockdown)"
	kstrace -c -o after.txt --kprobe vfs_read -- cat /etc/hostname >/dev/null 2>err
	echo "after $?"
	echo "message $(cat err)"
	exec 3<>/proc/kstrace/session
	echo "kprobe vfs_read" >&3 2>/dev/null
	echo "command $?"
	kstrace -c -e trace=read -o plain.txt -- cat /etc/hostname >/dev/null
	echo "plain $?"
	echo "reads $(awk "\$NF == \"read\" { print \$4 }" plain.txt)"
	rm -f before.txt after.txt plain.txt err
' >"$log/out" 2>&1
rc=$?
is "lockdown: the guest run ends cleanly (no warning, module unloads)" "$rc" 0
field() { sed -n "s/^$1 //p" "$log/out" | tail -n 1; }
is "lockdown: before lockdown, kstrace -c --kprobe vfs_read runs" "$(field before)" 0
ok "lockdown: the guest is locked down ($(field level))" \
	sh -c "echo '$(field level)' | grep -q '\[confidentiality\]'"
is "lockdown: under lockdown, kstrace --kprobe fails (exit 1)" "$(field after)" 1
ok "lockdown: ... and says why ($(field message))" \
	sh -c "echo '$(field message)' | grep -q 'locked down'"
is "lockdown: before lockdown, the module's kprobe command is taken" "$(field command0)" 0
is "lockdown: under lockdown, the same command is refused (write fails)" "$(field command)" 1
is "lockdown: syscall tracing still works (kstrace -c exits 0)" "$(field plain)" 0
ok "lockdown: ... and counts cat's reads ($(field reads))" \
	sh -c "[ '$(field reads)' -ge 2 ] 2>/dev/null"
finish
