#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# debug.t - the debug kernel's own tests (make check-debug), run on the
# host: each boots a guest of the kernel scripts/debug-kernel built and
# proves that its checkers are live and that what they report fails the
# run. tests/modules/uaf/uaf.ko does the harm on request: plant=1 reads
# freed memory in its init (KASAN), leak=1 leaks an object (kmemleak).
#
# Run by tests/check when its kernel is a debug kernel, or alone:
# tests/host/debug.t (builds the debug kernel and the modules for it when
# missing). Environment: KSTRACE_KDIR (kernel cache directory, default:
# scripts/debug-kernel's).
set -uo pipefail

# shellcheck source=lib-host.sh
. "$(dirname "$0")/lib-host.sh"

kdir=${KSTRACE_KDIR:-$(scripts/debug-kernel)} || { fail "debug: scripts/debug-kernel"; finish; }
if ! grep -q '^CONFIG_KASAN=y' "$kdir/build/.config" 2>/dev/null; then
	fail "debug: $kdir is a debug kernel (CONFIG_KASAN=y)" "see scripts/debug-kernel"
	finish
fi
abi=$(cat "$kdir/release")
ko=build/kernels/$abi/modules/uaf/uaf.ko
if [ -n "$standalone" ] || [ ! -f "$ko" ]; then
	scripts/build-modules "$kdir" >/dev/null || { fail "debug: the modules build for $abi"; finish; }
fi
log=build/debug-t
mkdir -p "$log"

# run NAME VM_RUN_ARGS... -- CMD...: vm/run, its output and the guest's
# kernel log in build/debug-t/NAME.{log,dmesg}; returns vm/run's status.
run() {
	local name=$1
	shift
	vm/run --kdir "$kdir" --no-load --dmesg "$log/$name.dmesg" "$@" >"$log/$name.log" 2>&1
}

run uaf -- insmod "$ko" plant=1
is "debug: a use-after-free in a module's init fails the run (exit 99)" "$?" 99
ok "debug: ... and KASAN (or KFENCE) says so" \
	grep -q -E 'BUG: (KASAN|KFENCE): use-after-free' "$log/uaf.log"

run uaf0 -- insmod "$ko" plant=0
is "debug: the same module with plant=0 passes (exit 0)" "$?" 0

run leak --kmemleak -- insmod "$ko" leak=1
is "debug: a leak in a module's init fails a --kmemleak run (exit 99)" "$?" 99
ok "debug: ... and kmemleak points at the module" \
	grep -q -E 'uaf_leak.*\[uaf\]' "$log/leak.log"

# The clean run also shows the checkers at work: their boot lines and
# kmemleak's control file.
# shellcheck disable=SC2016 # $1 is for the guest shell
run leak0 --kmemleak -- sh -c 'insmod "$1" leak=0 || exit 1
	dmesg | grep -i -E "kasan|kfence|lock dependency|lockdep|kmemleak"
	test -w /sys/kernel/debug/kmemleak && echo "kmemleak control file is there"' _ "$ko"
is "debug: the same module with leak=0 passes a --kmemleak run (exit 0)" "$?" 0
ok "debug: KASAN is live" grep -q 'KernelAddressSanitizer initialized' "$log/leak0.log"
ok "debug: lockdep is live" grep -q 'Lock dependency validator' "$log/leak0.log"
ok "debug: kmemleak is live" grep -q 'Kernel memory leak detector initialized' "$log/leak0.log"
ok "debug: /sys/kernel/debug/kmemleak is writable" \
	grep -q '^kmemleak control file is there' "$log/leak0.log"
finish
