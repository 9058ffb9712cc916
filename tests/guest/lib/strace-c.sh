# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# strace-c.sh - read `strace -c` summary tables (kstrace -c prints the same
# layout) and compare the calls and errors columns of two of them; plus the
# small helpers of the guest tests 30-39. Source it after lib.sh:
#
#   sc_parse FILE           "NAME CALLS ERRORS" per row, sorted
#   sc_get FILE NAME...     "CALLS ERRORS" of those rows
#   sc_compare A B          the differing rows; fails if any
#
# Written in awk rather than Python: under TCG a python3 start costs
# seconds, and the tests parse two tables per workload.
#
# A table is a header line starting with "% time", a line of dash groups,
# the rows, another dash line and a "total" row. strace -c prints one table
# per personality that made syscalls: the 64-bit one without a title, the
# others after "System call usage summary for 32 bit mode:" (or "for x32
# mode:"). Rows of such a table are named with the prefix "32:" (or "x32:"),
# so a 32-bit getppid is "32:getppid", and its total "32:total". strace -f -c
# prints the same tables, summed over all traced tasks. A row is
#   % time  seconds  usecs/call  calls  [errors]  syscall
# where errors is blank when the syscall never failed. A table whose total
# row is not the sum of its rows, or a row that does not read this way, is
# an error (exit 2), as is a file with no table.

# The one normalization between strace -c and kstrace -c: strace counts a
# syscall at its return (syscall-exit-stop), so the syscalls that never
# return, exit_group and a thread's exit, are never in strace's table.
# kstrace counts the syscall a task dies in (the module's sched_process_exit
# hook), so its table has them. Comparisons leave those rows out; the tests
# check kstrace's exit and exit_group counts against known numbers instead.
NEVER_RETURN=(exit_group exit 32:exit_group 32:exit)

# sc_parse FILE: prints "NAME CALLS ERRORS" per row (totals included),
# sorted; exit 2 with a message on stderr when FILE holds no valid table.
sc_parse() {
	[ -r "$1" ] || { echo "strace-c: cannot read '$1'" >&2; return 2; }
	LC_ALL=C awk '
	function die(msg) {
		if (!bad)
			printf "strace-c: %s:%d: %s\n", FILENAME, FNR, msg >"/dev/stderr"
		bad = 1
		exit 2
	}
	function row() {
		if (NF == 6) {
			c = $4; e = $5; name = $6
		} else if (NF == 5) {
			c = $4; e = 0; name = $5
		} else {
			die("cannot read row: " $0)
		}
		if (c !~ /^[0-9]+$/ || e !~ /^[0-9]+$/)
			die("cannot read row: " $0)
	}
	/^[ \t]*System call usage summary for / && state == 0 {
		p = $0
		sub(/^[ \t]*System call usage summary for /, "", p)
		sub(/ mode:.*$/, "", p)
		sub(/ bit$/, "", p)
		prefix = p ":"
		next
	}
	state == 0 && /^[ \t]*% time/ { state = 1; next }
	state == 1 {
		if ($0 !~ /^[- ]+$/)
			die("no dash line under the header")
		state = 2; sumc = 0; sume = 0
		next
	}
	state == 2 && /^[- ]+$/ { state = 3; next }
	state == 2 {
		row()
		if (name == "total")
			die("total row without a dash line before it")
		if ((prefix name) in rows)
			die("row " prefix name " twice")
		rows[prefix name] = c " " e
		sumc += c; sume += e
		next
	}
	state == 3 {
		row()
		if (name != "total")
			die("expected the total row, got: " $0)
		if (c != sumc || e != sume)
			die(sprintf("%stotal says %d calls %d errors, the rows add up to %d calls %d errors", prefix, c, e, sumc, sume))
		if ((prefix "total") in rows)
			die("two tables for " prefix "total")
		rows[prefix "total"] = c " " e
		ntables++; state = 0
		next
	}
	END {
		if (bad)
			exit 2
		if (state != 0)
			die("table not finished")
		if (!ntables)
			die("no summary table")
		for (k in rows)
			print k, rows[k]
	}' "$1" | sort
	return "${PIPESTATUS[0]}"
}

# sc_lookup ROWS NAME...: from sc_parse's output ROWS, "CALLS ERRORS" of
# each row NAME, one line each ("0 0" when there is no such row). No fork.
sc_lookup() {
	local rows=$1 want name calls errors found
	shift
	for want in "$@"; do
		found="0 0"
		while read -r name calls errors; do
			[ "$name" = "$want" ] && found="$calls $errors" && break
		done <<<"$rows"
		echo "$found"
	done
}

# sc_get FILE NAME...: sc_lookup on FILE's table; "unreadable" when FILE
# holds no valid table.
sc_get() {
	local rows
	rows=$(sc_parse "$1" 2>/dev/null) || { echo unreadable; return 1; }
	shift
	sc_lookup "$rows" "$@"
}

# sc_known FILE NAME...: "NAME CALLS ERRORS" for each row NAME of FILE's
# table ("NAME 0 0" when absent); "unreadable" when FILE holds no table.
sc_known() {
	local rows n c e
	rows=$(sc_parse "$1" 2>/dev/null) || { echo unreadable; return 1; }
	shift
	for n in "$@"; do
		read -r c e <<<"$(sc_lookup "$rows" "$n")"
		echo "$n $c $e"
	done
}

# sc_compare_rows ROWS_A ROWS_B [LABEL_A LABEL_B [IGNORE...]]: compares two
# sc_parse outputs. Prints one line per row whose calls/errors differ ("-"
# for a missing row), sorted; exit 0 when none does, 1 when some do. IGNORE
# rows are dropped from both tables, and from their totals.
sc_compare_rows() {
	local pa=$1 pb=$2 la=${3:-A} lb=${4:-B}
	shift 2
	[ $# -gt 0 ] && shift
	[ $# -gt 0 ] && shift
	LC_ALL=C awk -v ra="$pa" -v rb="$pb" -v ignore="$*" -v la="$la" -v lb="$lb" '
	function total(name) {
		return name ~ /:/ ? substr(name, 1, index(name, ":")) "total" : "total"
	}
	function load(side, rows,   n, i, f, l) {
		n = split(rows, l, "\n")
		for (i = 1; i <= n; i++) {
			if (split(l[i], f, " ") != 3)
				continue
			c[side, f[1]] = f[2]; e[side, f[1]] = f[3]
			has[side, f[1]] = 1; names[f[1]] = 1
		}
	}
	BEGIN {
		n = split(ignore, ig, " ")
		for (i = 1; i <= n; i++)
			skip[ig[i]] = 1
		load("A", ra)
		load("B", rb)
		for (k in names) {
			if (!(k in skip) || k ~ /(^|:)total$/)
				continue
			for (s = 0; s < 2; s++) {
				sd = s ? "B" : "A"
				if (!has[sd, k])
					continue
				t = total(k)
				c[sd, t] -= c[sd, k]; e[sd, t] -= e[sd, k]
				delete has[sd, k]
			}
		}
		diff = 0
		for (k in names) {
			va = has["A", k] ? c["A", k] "/" e["A", k] : "-"
			vb = has["B", k] ? c["B", k] "/" e["B", k] : "-"
			if (va != vb) {
				printf "%-20s %s %-11s %s %s\n", k, la, va, lb, vb | "sort"
				diff = 1
			}
		}
		close("sort")
		exit diff
	}'
}

# sc_compare A B [LABEL_A LABEL_B [IGNORE...]]: sc_compare_rows on two
# files; exit 2 (message printed) when one holds no valid table.
sc_compare() {
	local a=$1 b=$2 pa pb
	shift 2
	pa=$(sc_parse "$a" 2>&1) || { echo "$pa"; return 2; }
	pb=$(sc_parse "$b" 2>&1) || { echo "$pb"; return 2; }
	sc_compare_rows "$pa" "$pb" "$@"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	case ${1:-} in
	parse) [ $# = 2 ] && { sc_parse "$2"; exit; } ;;
	get) [ $# -ge 3 ] && { shift; sc_get "$@"; exit; } ;;
	compare) [ $# -ge 3 ] && { shift; sc_compare "$@"; exit; } ;;
	esac
	echo "usage: strace-c.sh parse FILE | get FILE NAME... | compare A B [LABEL_A LABEL_B [IGNORE...]]" >&2
	exit 2
fi

# summary_same DESC ORACLE_FILE KSTRACE_FILE [IGNORE...]: passes when both
# tables have the same rows with the same calls and errors, the
# NEVER_RETURN rows (and IGNORE) left out; otherwise the differing rows
# become TAP diagnostics.
summary_same() {
	local desc=$1 a=$2 b=$3 pa pb
	shift 3
	if ! pa=$(sc_parse "$a" 2>&1) || ! pb=$(sc_parse "$b" 2>&1); then
		fail "$desc" "$(sc_parse "$a" 2>&1 >/dev/null)$(sc_parse "$b" 2>&1 >/dev/null)" \
			"--- $a:" "$(head -n 60 "$a" 2>&1)" "--- $b:" "$(head -n 60 "$b" 2>&1)"
		return 1
	fi
	summary_same_rows "$desc" "$pa" "$pb" "$@"
}

# summary_same_rows DESC ORACLE_ROWS KSTRACE_ROWS [IGNORE...]: the same on
# sc_parse outputs.
summary_same_rows() {
	local desc=$1 out
	if out=$(sc_compare_rows "$2" "$3" strace kstrace "${NEVER_RETURN[@]}" "${@:4}"); then
		pass "$desc"
		return 0
	fi
	fail "$desc" "rows that differ (calls/errors):" "$out"
	return 1
}

summary_valid() { sc_parse "$1" >/dev/null 2>&1; }

# wait_until SECONDS CMD...: polls CMD every 0.1 s until it succeeds;
# fails when it did not within SECONDS.
wait_until() {
	local deadline=$((SECONDS + $1))
	shift
	until "$@"; do
		[ "$SECONDS" -ge "$deadline" ] && return 1
		sleep 0.1
	done
}

# kstrace_sessions: the number of open sessions from /proc/kstrace/status
# (its line "sessions N"), or "none" when the file cannot be read.
kstrace_sessions() {
	local n
	n=$(awk '$1 == "sessions" { print $2; exit }' /proc/kstrace/status 2>/dev/null)
	echo "${n:-none}"
}

sessions_are() { [ "$(kstrace_sessions)" = "$1" ]; }
