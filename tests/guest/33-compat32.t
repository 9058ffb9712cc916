#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 33-compat32.t - ia32 syscalls (ABI 32) against strace as the oracle:
# - mixabi, a 64-bit program that also makes int $0x80 syscalls: strace
#   puts those in its "System call usage summary for 32 bit mode" table,
#   kstrace -c must too (the rows are compared as "32:NAME");
# - compat32, a 32-bit program without libc (built when this gcc can make
#   32-bit code; skipped otherwise). strace counts its execve in the 64-bit
#   table: the call entered as a 64-bit syscall, even though the kernel
#   makes the new 32-bit task return from it as ia32 execve (11).
# The known rows come from the programs' comments (tests/progs/); as in
# 30-summary-oracle.t, exit_group (here the ia32 one, 252) is left out of
# the comparison with strace and checked on its own.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/strace-c.sh"

B=$KSTRACE_BIN
T=$(mktemp -d /tmp/kstrace-33.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1

strace -c -o mix.strace -- "$B/mixabi" >/dev/null 2>&1
kstrace -c -o mix.kstrace -- "$B/mixabi" >/dev/null 2>mix.err
is "mixabi: kstrace -c exits 0 (every int 0x80 call returned as expected)" "$?" 0
is "mixabi: the 32-bit rows" \
	"$(sc_known mix.kstrace 32:getppid 32:close getppid exit_group 32:exit_group)" \
	"$(printf '%s\n' "32:getppid 5 0" "32:close 4 4" "getppid 7 0" "exit_group 1 0" \
		"32:exit_group 0 0")"
summary_same "mixabi: kstrace -c counts what strace -c counts, per ABI" \
	mix.strace mix.kstrace

if [ ! -x "$B/compat32" ]; then
	pass "compat32 # SKIP no 32-bit build here (see build/tests/compat32.log)"
	exit 0
fi
if ! "$B/compat32"; then
	pass "compat32 # SKIP the kernel does not run 32-bit programs"
	exit 0
fi
strace -c -o c32.strace -- "$B/compat32" >/dev/null 2>&1
kstrace -c -o c32.kstrace -- "$B/compat32" >/dev/null 2>c32.err
is "compat32: kstrace -c exits 0" "$?" 0
is "compat32: the rows" \
	"$(sc_known c32.kstrace execve 32:getppid 32:close 32:open 32:getpid 32:kill 32:execve \
		32:exit_group exit_group)" \
	"$(printf '%s\n' "execve 1 0" "32:getppid 10 0" "32:close 3 3" "32:open 1 1" \
		"32:getpid 1 0" "32:kill 1 1" "32:execve 0 0" "32:exit_group 1 0" "exit_group 0 0")"
summary_same "compat32: kstrace -c counts what strace -c counts, per ABI" \
	c32.strace c32.kstrace
kstrace -f -c -o c32f.kstrace -- "$B/compat32" >/dev/null 2>c32f.err
summary_same "compat32: kstrace -f -c counts the same" c32.strace c32f.kstrace
