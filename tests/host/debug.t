#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The debug kernel's own tests (make check-debug), run on the host: each
# boots a guest of KSTRACE_KDIR, the kernel scripts/debug-kernel built, and
# proves that its checkers are live and that what they report fails a run.
# tests/modules/uaf/uaf.ko does the harm on request (plant=1: a use after
# free, leak=1: a leaked object).
. "$KSTRACE_REPO/tests/lib.sh"
cd "$KSTRACE_REPO" || exit 1
kdir=${KSTRACE_KDIR:?}
abi=$(cat "$kdir/release")
ko=build/kernels/$abi/modules/uaf/uaf.ko
log=build/debug-t
mkdir -p "$log"

if ! grep -q '^CONFIG_KASAN=y' "$kdir/build/.config" 2>/dev/null; then
	fail "debug: $kdir is a debug kernel (CONFIG_KASAN=y)" "see scripts/debug-kernel"
	exit 0
fi
if [ ! -f "$ko" ]; then
	fail "debug: $ko is built" "run scripts/build-modules $kdir"
	exit 0
fi

vm/run --kdir "$kdir" --no-load -- insmod "$ko" plant=1 >"$log/uaf.log" 2>&1
is "debug: a use-after-free in a module's init fails the run (exit 99)" "$?" 99
ok "debug: ... and KASAN (or KFENCE) says so" \
	grep -q -E '(KASAN|KFENCE): use-after-free' "$log/uaf.log"

vm/run --kdir "$kdir" --no-load -- insmod "$ko" plant=0 >"$log/uaf0.log" 2>&1
is "debug: the same module with plant=0 passes (exit 0)" "$?" 0

vm/run --kdir "$kdir" --no-load --kmemleak -- insmod "$ko" leak=1 >"$log/leak.log" 2>&1
is "debug: a leak in a module's init fails a --kmemleak run (exit 99)" "$?" 99
ok "debug: ... and kmemleak points at the module" \
	grep -q -E 'uaf_leak.*\[uaf\]' "$log/leak.log"

# The clean run also shows the checkers at work: their boot lines and
# kmemleak's control file.
# shellcheck disable=SC2016 # $1 is for the guest shell
vm/run --kdir "$kdir" --no-load --kmemleak -- sh -c \
	'insmod "$1" leak=0 || exit 1
	dmesg | grep -i -E "kasan|kfence|lockdep|kmemleak"
	test -w /sys/kernel/debug/kmemleak && echo "kmemleak control file is there"' \
	_ "$ko" >"$log/leak0.log" 2>&1
is "debug: the same module with leak=0 passes a --kmemleak run (exit 0)" "$?" 0
ok "debug: KASAN is live" grep -q 'KernelAddressSanitizer initialized' "$log/leak0.log"
ok "debug: lockdep is live" grep -q 'Lock dependency validator' "$log/leak0.log"
ok "debug: kmemleak is live" grep -q 'Kernel memory leak detector initialized' "$log/leak0.log"
ok "debug: /sys/kernel/debug/kmemleak is writable" \
	grep -q '^kmemleak control file is there' "$log/leak0.log"
