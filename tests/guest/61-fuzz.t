#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Fuzzing the control interface: random and mutated commands (0 to 64 KiB,
# binary bytes, valid prefixes with garbage) from 4 threads, with reads in
# between; a rejected write must leave its session unchanged.
. "$KSTRACE_REPO/tests/lib.sh"

writes=${KSTRACE_FUZZ_WRITES:-100000}
module_loaded kstrace || insmod "$KSTRACE_KO"
sleep 600 &
victim=$!
out=$("$KSTRACE_BIN/fuzzctl" "$writes" 4 "$victim" 2>&1)
rc=$?
kill "$victim"
ok "fuzz: $out" test "$rc" = 0
ok "fuzz: all $writes writes made" sh -c "echo '$out' | grep -q '^writes $writes '"
is "fuzz: no session left" "$(sed -n 's/^sessions //p' /proc/kstrace/status)" 0
is "fuzz: hooks unregistered" "$(sed -n 's/^hooks //p' /proc/kstrace/status)" unregistered
