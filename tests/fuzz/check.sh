#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# check.sh - "make -C tests/fuzz check": builds the fuzzer, runs it for
# FUZZ_SECONDS, replays the seeds and makes sure a planted bug is caught.
# Prints TAP lines, then "N passed, N failed"; exits non-zero on a failure.
# Logs are in BUILD (build/fuzz/): build.log, fuzz.log, replay.log,
# mutant.log.

: "${MAKE:=make}" "${FUZZ_DIR:?}" "${BUILD:?}" "${FUZZ_SECONDS:=30}"

# shellcheck source=../lib.sh
. "$FUZZ_DIR/../lib.sh"

# not_ok DESC [LOG...]: a failure, with LOG's lines as its diagnostics
not_ok() {
	fail "$1"
	shift
	[ $# -gt 0 ] && sed 's/^/#   /' "$@"
	return 0
}

mkdir -p "$BUILD"

# 1. Building is a test of its own: a shim that no longer fits control.c
# shows up here rather than as a make error before any TAP.
if $MAKE -s -C "$FUZZ_DIR" build >"$BUILD/build.log" 2>&1; then
	ok "builds control.c unmodified with the kernel shims (clang, libFuzzer, ASan, UBSan)"
	built=1
else
	tail -n 20 "$BUILD/build.log" >"$BUILD/build.tail"
	not_ok "builds control.c unmodified with the kernel shims" "$BUILD/build.tail"
	built=
fi

# 2. The fuzzing run: libFuzzer ends a clean run with "Done N runs in S
# second(s)"; a crash, a failed check or a sanitizer report ends it early
# with a non-zero status and the input saved in artifacts/.
if [ -n "$built" ]; then
	rm -rf "$BUILD/artifacts"
	$MAKE -s -C "$FUZZ_DIR" fuzz FUZZ_SECONDS="$FUZZ_SECONDS" >"$BUILD/fuzz.log" 2>&1
	rc=$?
	runs=$(sed -n 's/^Done \([0-9]*\) runs in .*/\1/p' "$BUILD/fuzz.log" | tail -n 1)
	if [ "$rc" = 0 ] && [ -n "$runs" ] &&
	   ! grep -qE 'ERROR: (AddressSanitizer|libFuzzer)|runtime error:|control_fuzz: ' "$BUILD/fuzz.log"; then
		ok "fuzzed ${FUZZ_SECONDS}s: $runs runs, no crash, failed check or sanitizer report"
	else
		{
			grep -E -A 30 'ERROR|runtime error:|control_fuzz: ' "$BUILD/fuzz.log" | head -n 60
			for f in "$BUILD"/artifacts/*; do
				[ -f "$f" ] || continue
				echo "input $f:"
				od -An -tx1 -v "$f" | head -n 20
			done
		} >"$BUILD/fuzz.tail"
		not_ok "fuzzed ${FUZZ_SECONDS}s: ${runs:-no} runs, status $rc (see $BUILD/fuzz.log)" \
			"$BUILD/fuzz.tail"
	fi
else
	not_ok "fuzzed ${FUZZ_SECONDS}s: not built"
fi

# 3. Every seed, with the verdict its name promises.
seeds=$(find "$FUZZ_DIR"/corpus -type f | wc -l)
if [ -n "$built" ] &&
   "$BUILD/control_replay" "$FUZZ_DIR"/corpus/* >"$BUILD/replay.log" 2>&1; then
	ok "replays $seeds seeds: ok-* accepted, bad-* rejected, checks hold"
else
	grep -v '^ok ' "$BUILD/replay.log" 2>/dev/null >"$BUILD/replay.tail"
	not_ok "replays $seeds seeds: ok-* accepted, bad-* rejected, checks hold" \
		"$BUILD/replay.tail"
fi

# 4. The checks can fail: ASan must report the overflow planted in a copy
# of control.c. Skipped if control.c changed so that the plant no longer
# takes (the copy equals the original).
seed=$FUZZ_DIR/corpus/bad-kprobe-too-long
desc="a planted overflow of cmd->func in a copy of control.c is reported"
if $MAKE -s -C "$FUZZ_DIR" "$BUILD/mutant_replay" >"$BUILD/mutant.log" 2>&1; then
	if cmp -s "$FUZZ_DIR/../../module/control.c" "$BUILD/mutant/control.c"; then
		ok "$desc # SKIP control.c no longer has the lines the plant edits"
	elif "$BUILD/mutant_replay" "$seed" >>"$BUILD/mutant.log" 2>&1; then
		not_ok "$desc (the mutant passed)" "$BUILD/mutant.log"
	elif grep -q 'AddressSanitizer: heap-buffer-overflow' "$BUILD/mutant.log"; then
		ok "$desc"
	else
		tail -n 20 "$BUILD/mutant.log" >"$BUILD/mutant.tail"
		not_ok "$desc (it failed otherwise)" "$BUILD/mutant.tail"
	fi
else
	tail -n 20 "$BUILD/mutant.log" >"$BUILD/mutant.tail"
	not_ok "$desc (the mutant did not build)" "$BUILD/mutant.tail"
fi

tap_done
