# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# events.sh - helpers for the event-mode guest tests 40-49, sourced after
# lib.sh. The record parsing and the comparisons live in evcheck.py next to
# this file; tests/progs/evprobe prints the records of a session.
#
# Python takes seconds to start under TCG, so checks are queued with
# ev_check / ev_dump and run by one evcheck.py process at ev_flush, which
# turns each result into a TAP line (numbered where ev_flush runs).

EVCHECK=$KSTRACE_REPO/tests/guest/lib/evcheck.py
# shellcheck disable=SC2034 # used by the tests
EVPROBE=$KSTRACE_BIN/evprobe
EV_PLAN=
# the scenario (lib.sh) of each queued check: its TAP line names it
EV_SCN=()

_ev_queue() {
	[ -n "$EV_PLAN" ] || EV_PLAN=$(mktemp /tmp/kstrace-evplan.XXXXXX)
	[ "$1" = check ] && EV_SCN+=("$_tap_scn")
	local IFS=' '
	printf '%s\t%s\t%s\n' "$1" "$2" "${*:3}" >>"$EV_PLAN"
}

# ev_check DESC SUBCOMMAND ARGS...: queues a check that passes when
# `evcheck.py SUBCOMMAND ARGS...` exits 0 (ARGS without blanks or tabs);
# otherwise its output becomes TAP diagnostics.
ev_check() { _ev_queue check "$@"; }

# ev_dump FILE SUBCOMMAND ARGS...: queues `evcheck.py SUBCOMMAND ARGS...
# >FILE` (e.g. "caps"), for checks made after ev_flush.
ev_dump() { _ev_queue dump "$@"; }

# ev_flush: runs the queued checks and dumps, records their TAP lines.
ev_flush() {
	local out verdict='' desc='' diags=() kind line n=0 want scn=$_tap_scn
	[ -n "$EV_PLAN" ] || return 0
	out=$EV_PLAN.out
	python3 "$EVCHECK" batch "$EV_PLAN" >"$out" 2>&1
	want=$(grep -c '^check	' "$EV_PLAN")
	_ev_emit() {
		[ -n "$verdict" ] || return 0
		n=$((n + 1))
		_tap_scn=${EV_SCN[n - 1]:-}
		if [ "$verdict" = ok ]; then
			pass "$desc"
			[ ${#diags[@]} -gt 0 ] && diag "${diags[@]}"
		else
			fail "$desc" "${diags[@]}"
		fi
		_tap_scn=$scn
		verdict='' diags=()
	}
	while IFS= read -r line; do
		kind=${line%%	*}
		case $kind in
		ok | "not ok")
			_ev_emit
			verdict=$kind desc=${line#*	}
			;;
		"#") diags+=("${line#*	}") ;;
		*) diags+=("$line") ;;
		esac
	done <"$out"
	_ev_emit
	if [ "$n" != "$want" ]; then
		fail "evcheck.py ran all $want queued checks (it ran $n)" "$(tail -n 20 "$out")"
	fi
	rm -f "$EV_PLAN" "$out"
	EV_PLAN=
	EV_SCN=()
}

# ev_field FILE TYPE KEY: KEY=VALUE of the first line of FILE starting with
# TYPE (e.g. ev_field x.ev STATS lost_sum), empty when absent.
ev_field() {
	awk -v t="$2" -v k="$3" '$1 == t {
		for (i = 2; i <= NF; i++) if (index($i, k "=") == 1) { print substr($i, length(k) + 2); exit }
	}' "$1"
}

# ev_result FILE KEY: the value of results line "KEY VALUE" ("R KEY VALUE").
ev_result() {
	awk -v k="$2" '$1 == "R" && $2 == k { print $3; exit }' "$1"
}

# ev_status FILE: the traced command's wait(2) status as evprobe saw it.
ev_status() {
	ev_field "$1" CHILD status
}

# no_kernel_complaint MARK: the kernel log after MARK has no warning,
# BUG, oops or sanitizer report (the lines found are printed).
no_kernel_complaint() {
	! dmesg_since "$1" | grep -E 'WARNING:|BUG:|Oops|KASAN:|UBSAN:|general protection|kernel BUG|RIP:'
}

# ev_wait_until SECONDS CMD...: polls CMD every 0.1 s until it succeeds;
# fails when it did not within SECONDS.
ev_wait_until() {
	local deadline=$(($(date +%s%N) / 1000000 + $1 * 1000))
	shift
	until "$@"; do
		[ $(($(date +%s%N) / 1000000)) -ge "$deadline" ] && return 1
		sleep 0.1
	done
}

# ev_sessions_are N: /proc/kstrace/status says "sessions N".
ev_sessions_are() {
	[ "$(awk '$1 == "sessions" { print $2; exit }' /proc/kstrace/status 2>/dev/null)" = "$1" ]
}

# ev_summary_get FILE NAME: "CALLS ERRORS" of row NAME of the first
# strace -c style table in FILE (anything around it is ignored), "0 0"
# when the table has no such row, "none" when FILE has no table.
ev_summary_get() {
	awk -v n="$2" '
	/^% time/ { intable = 1; found = 1; next }
	intable && /^-+( +-+)*$/ { if (++dashes == 2) intable = 0; next }
	intable && $NF == n && (NF == 5 || NF == 6) {
		print $4, (NF == 6 ? $5 : 0); got = 1; exit
	}
	END { if (!got) print (found ? "0 0" : "none") }' "$1"
}

# ev_keep DIR NAME: with KSTRACE_EVT_KEEP set (vm/run passes KSTRACE_*
# variables to the guest), copies a test's work directory DIR there as NAME,
# to look at the traces after the run.
ev_keep() {
	[ -n "${KSTRACE_EVT_KEEP:-}" ] || return 0
	mkdir -p "$KSTRACE_EVT_KEEP" && rm -rf "${KSTRACE_EVT_KEEP:?}/$2" &&
		cp -r "$1" "$KSTRACE_EVT_KEEP/$2"
}

# both NAME WANT_EXIT FLAGS... -- CMD...: strace FLAGS -o NAME.st and
# kstrace FLAGS -o NAME.ks on CMD (stdout to /dev/null, stderr to
# NAME.{st,ks}.err); both must exit WANT_EXIT. -ff runs get -o NAME.st /
# NAME.ks as prefixes.
both() {
	local name=$1 want=$2 flags=() src krc
	shift 2
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		flags+=("$1")
		shift
	done
	shift
	# (In braces with stderr closed: no "Killed" notice when the command,
	# and so the tracer re-raising its signal, dies of SIGKILL.)
	# (Both write stderr to NAME.err, then it is renamed: with -y both
	# show the same path for fd 2.)
	{
		strace "${flags[@]}" -o "$name.st" -- "$@" >/dev/null 2>"$name.err" </dev/null
		src=$?
	} 2>/dev/null
	mv "$name.err" "$name.st.err"
	[ "$src" = "$want" ] || fail "$name: the oracle works (strace ${flags[*]} exits $want)" \
		"strace exit $src" "$(tail -n 5 "$name.st.err")"
	{
		kstrace "${flags[@]}" -o "$name.ks" -- "$@" >/dev/null 2>"$name.err" </dev/null
		krc=$?
	} 2>/dev/null
	mv "$name.err" "$name.ks.err"
	if [ "$krc" = "$want" ]; then
		pass "$name: kstrace ${flags[*]} exits $want as the command does"
	else
		fail "$name: kstrace ${flags[*]} exits $want as the command does" \
			"kstrace exit $krc" "$(head -n 10 "$name.ks.err")"
	fi
}
