# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# 70-beyond.sh - kstrace's own summaries (percentiles, histograms, scopes,
# groups, intervals, metrics, JSON schemas). Sourced by cli/tests/run,
# which defines the helpers and $K, $data, $tmp; each against an oracle
# kstrace's code did not write:
#
#  - -U p50,p90,p99, and --json's p50_le_ns & co., against pct-oracle.py
#    (a second implementation of the bound: each call at its bucket's
#    upper bound, sorted, ranked);
#  - --histogram against bcc funclatency's header and its star arithmetic,
#    counts against the results file (awk);
#  - bad input: a one-line error, exit 1, the command never run, no
#    command sent to the module (fakesession's log);
#  - --all, --cgroup, --summary-by/--top, --interval against
#    fakesession.so: the commands sent, group tables summed by awk
#    against the "group" lines, interval tables summed against the final
#    counts;
#  - --metrics: promtool check metrics, counts against the -c table;
#  - --json: every line validated by python3-jsonschema
#    (tests/jsonschema-check.py), which must also reject a bad line.

# shellcheck disable=SC2154 # $tmp, $data, $here: tests/run's, which sources this
bk=$tmp/beyond
mkdir -p "$bk"
bres=$data/beyond.results

# ---- percentiles ----

"$K" -c -U calls,p50,p90,p99,name -S nothing -o "$bk/pct" \
	--format-results "$bres"
# rows as "ABI NR P50 P90 P99": the 64-bit table, then the 32-bit one
awk 'BEGIN { abi = 64 } /32 bit mode/ { abi = 32 }
	$1 ~ /^[0-9]+$/ && NF == 5 { print abi, $5, $2, $3, $4 }' "$bk/pct" >"$bk/pct.got"
# names to numbers, as the results file has them
sed -e 's/ read / 0 /; s/ write / 1 /; s/ getpid / 39 /; s/ nanosleep / 35 /' \
	-e 's/ openat / 257 /' -e '/^32 /s/ 39 / 20 /' "$bk/pct.got" | sort >"$bk/pct.have"
python3 "$here/pct-oracle.py" "$bres" | sort >"$bk/pct.want"
same_file "-U p50,p90,p99: bucket bounds as an independent oracle computes them" \
	"$bk/pct.have" "$bk/pct.want"
# the same bounds in -c --json's rows, in ns
"$K" -c --json -o "$bk/pct.json" --format-results "$bres"
python3 -c 'import json, sys
for s in json.load(open(sys.argv[1]))["syscalls"]:
    print(s["abi"], s["nr"], " ".join("%.3f" % (s["p%d_le_ns" % p] / 1000) for p in (50, 90, 99)))' \
	"$bk/pct.json" | sort >"$bk/pct.jhave"
grep -v ' total ' "$bk/pct.want" >"$bk/pct.jwant"
same_file "--json: p50_le_ns, p90_le_ns, p99_le_ns are the oracle's bounds" \
	"$bk/pct.jhave" "$bk/pct.jwant"
is "-U p50: headed as a bound in usecs" \
	"$(head -n 1 "$bk/pct" | tr -s ' ' | sed 's/^ //')" "calls p50<=usecs p90<=usecs p99<=usecs syscall"
"$K" -c -U p50,max-time -o "$bk/pct2" --format-results "$bres"
ok_le=$(awk '$1 ~ /^[0-9.]+$/ && $2 ~ /^[0-9.]+$/ && $1 > $2 * 1e6 + 0.0005 { bad++ }
	END { print bad + 0 }' "$bk/pct2")
is "-U p50,max-time: no p50 above the longest call" "$ok_le" 0

# ---- --histogram ----

"$K" -c --histogram -S nothing -o "$bk/hist" --format-results "$bres"
# bcc's header (table.py's "     %-19s : count     distribution")
is "--histogram: bcc funclatency's header" \
	"$(grep -m1 ' : count ' "$bk/hist")" \
	"$(printf '     %-19s : count     distribution' nsecs)"
# per syscall: the rows' counts are the results' buckets; the stars bcc's:
# int(W * n / max), W 40, or 20 past 32 rows (bcc's idx_max > 32)
awk -v res="$bres" '
	BEGIN {
		nm[64, "0"] = "read"; nm[64, "1"] = "write"; nm[64, "39"] = "getpid"
		nm[64, "35"] = "nanosleep"; nm[64, "257"] = "openat"
		nm[32, "20"] = "getpid"; abi = 64
		while ((getline l < res) > 0) {
			split(l, f, " ")
			if (f[1] != "syscall") continue
			n = split(f[9], it, ",")
			for (i = 1; i <= n; i++) { split(it[i], bc, ":")
				want[f[2], nm[f[2], f[3]], bc[1]] = bc[2] }
		}
	}
	/32 bit mode/ { abi = 32 }
	/^syscall = / { name = $3; b = 0; most = 0; next }
	/ -> .* : / {
		split($0, p, "|"); bar = p[2]; cnt = $5
		row[b] = cnt; stars[b] = gsub(/\*/, "*", bar); b++; next }
	/^avg = / {
		w = b > 32 ? 20 : 40
		for (i = 0; i < b; i++) if (row[i] + 0 > most) most = row[i]
		for (i = 0; i < 64; i++) {
			if (i < b && row[i] + 0 != want[abi, name, i] + 0 ||
			    i >= b && want[abi, name, i] + 0)
				bad = bad " " name "[" i "]"
			if (i < b && stars[i] != int(w * row[i] / most)) bad = bad " stars:" name
		}
		checked++
	}
	END { print checked + 0, (bad ? bad : "ok") }' "$bk/hist" >"$bk/hist.check"
is "--histogram: every syscall's rows hold its buckets, bars of bcc's stars" \
	"$(cat "$bk/hist.check")" "6 ok"
is "--histogram: rows are powers of two, bcc's (slot 1 is 0 -> 1)" \
	"$(grep -m3 ' -> ' "$bk/hist" | awk '{ print $1 "-" $3 }' | tr '\n' ' ')" "0-1 2-3 4-7 "

# ---- --summary-by on saved results, with -e trace= ----

cat >"$bk/g.res" <<'EOS'
version 1
state stopped
syscall 64 39 100 0 100000 500 5000 9:100
syscall 64 0 10 2 50000 1000 20000 10:10
group 100 64 39 70 0 70000 500 5000 flood
group 101 64 39 30 0 30000 600 4000 cmd
group 101 64 0 10 2 50000 1000 20000 cmd
end
EOS
"$K" -c --summary-by=process -e trace=read -U calls,name -o "$bk/gsel" --format-results "$bk/g.res"
is "--summary-by with -e trace=read: only the groups that read, by default shown (--top 10)" \
	"$(grep '^Calls of' "$bk/gsel" | tr '\n' '|')" \
	"Calls of process 101 (cmd), 1 of 1 processes:|Calls of all processes:|"
is "--summary-by with -e trace=read: read's 10 calls in the group's table" \
	"$(awk '$NF == "total" { print $1; exit }' "$bk/gsel")" 10

# ---- bad input: nothing starts ----

cc_fake_ok=0
# shellcheck disable=SC2086 # CFLAGS is a list of words
if $CC $CFLAGS -shared -fPIC -o "$bk/fake.so" "$here/fakesession.c" -ldl; then
	cc_fake_ok=1
fi

# bad DESC WANT_MESSAGE_PART KSTRACE-ARGS...: one line, exit 1, nothing run
bad() {
	desc=$1 want=$2
	shift 2
	rm -f "$bk/ran" "$bk/log"
	err=$(LD_PRELOAD=$bk/fake.so FAKE_KSTRACE_LOG=$bk/log "$@" -- \
		touch "$bk/ran" 2>&1 >/dev/null)
	rc=$?
	case $err in
	*"$want"*) ;;
	*) not_ok "$desc: names the problem and the fix" "$err"; return ;;
	esac
	if [ "$rc" = 1 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] &&
	   [ ! -e "$bk/ran" ] && [ ! -s "$bk/log" ]; then
		ok "$desc: one line, exit 1, nothing started"
	else
		not_ok "$desc: one line, exit 1, nothing started" "rc=$rc" "$err" \
			"ran: $(ls "$bk/ran" 2>&1)" "log: $(cat "$bk/log" 2>/dev/null)"
	fi
}

if [ "$cc_fake_ok" = 1 ]; then
	bad "--interval 0" "give the seconds between tables, above 0" "$K" -c --interval 0
	bad "--interval -5" "above 0" "$K" -c --interval -5
	bad "--interval abc" "above 0" "$K" -c --interval abc
	bad "--metrics in a missing directory" "give a path in a writable directory" \
		"$K" --metrics "$bk/no/such/dir/k.prom"
	bad "--cgroup on tmpfs" "not a cgroup v2 directory; give a directory under the cgroup2 mount" \
		"$K" -c --cgroup "$bk"
	bad "--cgroup on a regular file" "not a cgroup v2 directory" "$K" -c --cgroup /etc/hostname
	bad "--cgroup on nothing" "give a cgroup v2 directory" "$K" -c --cgroup "$bk/none"
	bad "--all without -c or --metrics" "give -c or --metrics" "$K" --all
	bad "--all with -C" "give -c or --metrics FILE, not -C" "$K" -C --all
	if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
		mkdir -p "$bk/rootdir"
		chmod 755 "$bk/rootdir"
		chmod 755 "$bk" "$tmp"
		nob="setpriv --reuid=nobody --regid=nogroup --clear-groups"
		# shellcheck disable=SC2086
		bad "--all without root" "needs root (CAP_SYS_ADMIN); run it with sudo" \
			$nob "$K" -c --all
		# shellcheck disable=SC2086
		bad "--cgroup without root" "needs root" $nob "$K" -c --cgroup /sys/fs/cgroup
		# shellcheck disable=SC2086
		bad "--metrics in a directory not writable" "cannot create files in $bk/rootdir (Permission denied)" \
			$nob "$K" --metrics "$bk/rootdir/k.prom"
	else
		skip "--all, --cgroup, --metrics without root" "not root, no setpriv or no nobody"
	fi
fi

# ---- the flow against fakesession.so ----

if [ "$cc_fake_ok" = 1 ]; then
	# env execs kstrace: $! of "fk ... &" is kstrace's own pid
	fk() {
		env LD_PRELOAD="$bk/fake.so" FAKE_KSTRACE_LOG="$bk/log" \
			FAKE_KSTRACE_SYSCALLS="$bk/sc" "$@"
	}
	fkenv="env LD_PRELOAD=$bk/fake.so FAKE_KSTRACE_LOG=$bk/log FAKE_KSTRACE_SYSCALLS=$bk/sc"
	cat >"$bk/sc" <<'EOS'
syscall 64 39 100 0 100000 500 5000 9:60,10:30,12:10
syscall 64 0 10 2 50000 1000 20000 10:5,13:5
group 100 64 39 70 0 70000 500 5000 flood
group 101 64 39 20 0 20000 600 4000 other cmd
group 101 64 0 10 2 50000 1000 20000 other cmd
group 102 64 39 10 0 10000 700 900 sh
groupoverflow 0
EOS
	# --all: a scope, no target; the run ends with SIGINT, and dies of it
	rm -f "$bk/log"
	$fkenv "$K" -c --all -o "$bk/all" & kp=$!
	sleep 0.5
	kill -INT "$kp"
	wait "$kp"
	rc=$?
	is "--all: scope all, then start, no attach nor exec" \
		"$(tr '\n' ' ' <"$bk/log")" "summary 1 scope all start stop "
	is "--all: SIGINT ends the run, kstrace dies of it as strace does" "$rc" 130
	is "--all: the table's total is the module's" \
		"$(awk '$NF == "total" { print $4 }' "$bk/all")" 110

	cg2=$(awk '$9 == "cgroup2" { print $5; exit }' /proc/self/mountinfo)
	if [ -n "$cg2" ]; then
		rm -f "$bk/log"
		fk "$K" -c --cgroup "$cg2" -o /dev/null -- true
		is "--cgroup DIR: the module gets the directory's descriptor" \
			"$(grep -c '^cgroup [0-9][0-9]*$' "$bk/log")" 1
	else
		skip "--cgroup DIR" "no cgroup2 mount here"
	fi

	# --summary-by: the group tables add up to the group lines
	$fkenv "$K" -c --all --summary-by=process --top 2 -U calls,errors,name \
		-o "$bk/by" & kp=$!
	sleep 0.5
	kill -INT "$kp"
	wait "$kp"
	# 100 and 101 took 70 us each: the one with more calls first
	is "--summary-by=process --top 2: two groups, then the other one, then all" \
		"$(grep '^Calls of' "$bk/by" | tr '\n' '|')" \
		"Calls of process 100 (flood), 1 of 3 processes:|Calls of process 101 (other cmd), 2 of 3 processes:|Calls of the 1 other processes:|Calls of all processes:|"
	got=$(awk '/^Calls of all/ { exit } $NF == "total" { s += $1 } END { print s }' "$bk/by")
	want=$(awk '$1 == "group" { s += $5 } END { print s }' "$bk/sc")
	is "--summary-by: the group tables' totals sum to the module's group lines" "$got" "$want"
	got=$(awk '/^Calls of the 1 other/ { f = 1 } f && $NF == "total" { print $1; exit }' "$bk/by")
	is "--summary-by: the others' table holds the third group" "$got" 10

	# --interval: counts that grow while kstrace runs
	(
		for n in 200 300 450 600; do
			sleep 0.35
			printf 'syscall 64 39 %s 0 %s 500 5000 9:%s\n' "$n" "$((n * 1000))" \
				"$n" >"$bk/sc.new"
			mv "$bk/sc.new" "$bk/sc"
		done
	) & wp=$!
	printf 'syscall 64 39 100 0 100000 500 5000 9:100\n' >"$bk/sc"
	$fkenv "$K" -c --all --interval 0.25 -U calls,name -o "$bk/iv" & kp=$!
	wait "$wp"
	sleep 0.4
	kill -INT "$kp"
	wait "$kp"
	n=$(grep -c '^Calls of interval ' "$bk/iv")
	ok_n=no
	[ "$n" -ge 3 ] && ok_n=yes
	is "--interval 0.25: at least 3 interval tables in 1.8 s ($n)" "$ok_n" yes
	got=$(awk '/^Calls of interval/ { i = 1; next } /^Calls of the whole/ { i = 0 }
		i && $NF == "total" { s += $1 } END { print s }' "$bk/iv")
	is "--interval: the intervals' calls sum to the whole run's" "$got" 600
	is "--interval: the whole run last, with the module's count" \
		"$(awk '/^Calls of the whole/ { w = 1 } w && $NF == "total" { print $1 }' "$bk/iv")" 600

	# with a command: intervals while it runs, exit status kept
	fk "$K" -c --interval 0.2 -o "$bk/ivc" -- sh -c 'sleep 0.9; exit 3'
	rc=$?
	is "--interval with a command: its exit status" "$rc" 3
	n=$(grep -c '^Calls of interval ' "$bk/ivc")
	if [ "$n" -ge 3 ]; then
		ok "--interval with a command: tables while it runs ($n)"
	else
		not_ok "--interval with a command: tables while it runs" "$(cat "$bk/ivc")"
	fi

	# an interval's extremes: the run's when they moved in it, else
	# bounds from that interval's buckets (here 100 calls of [512, 1024))
	printf 'syscall 64 39 100 0 100000 500 5000 9:90,12:10\n' >"$bk/sc"
	rm -f "$bk/ext"
	$fkenv "$K" -c --all --json --interval 0.4 -o "$bk/ext" & kp=$!
	# the next calls once the first interval is out, then one more interval
	lines() { wc -l <"$bk/ext" 2>/dev/null || echo 0; }
	for _ in $(seq 100); do [ "$(lines)" -ge 1 ] && break; sleep 0.05; done
	printf 'syscall 64 39 200 0 160000 500 5000 9:190,12:10\n' >"$bk/sc.new"
	mv "$bk/sc.new" "$bk/sc"
	for _ in $(seq 100); do [ "$(lines)" -ge 2 ] && break; sleep 0.05; done
	kill -INT "$kp"
	wait "$kp"
	got=$(python3 -c 'import json, sys
for l in open(sys.argv[1]):
    o = json.loads(l)
    for s in o["syscalls"]:
        print("interval" if "interval" in o else "run", s["calls"], s["min_ns"], s["max_ns"])
' "$bk/ext" | tr '\n' ' ')
	is "--interval: extremes are the run's when they moved, else the interval's bucket bounds" \
		"$got" "interval 100 500 5000 interval 100 512 1024 run 200 500 5000 "

	# --metrics: promtool, and the counts of -c
	cat >"$bk/sc" <<'EOS'
syscall 64 39 100 0 100000 500 5000 9:60,10:30,12:10
syscall 64 0 10 2 50000 1000 20000 10:5,13:5
syscall 32 20 9 0 9000 500 1900 8:1,9:4,10:4
group 100 64 39 70 0 70000 500 5000 flood
group 101 64 39 30 0 30000 600 4000 other "cmd"
group 101 64 0 10 2 50000 1000 20000 other "cmd"
group 102 32 20 9 0 9000 500 1900 sh
groupoverflow 0
EOS
	mkdir -p "$bk/prom"
	fk "$K" -c -U calls,errors,name -S nothing --metrics "$bk/prom/k.prom" \
		-o "$bk/mc" -- true
	if command -v promtool >/dev/null; then
		out=$(promtool check metrics <"$bk/prom/k.prom" 2>&1); rc=$?
		is "--metrics: promtool check metrics accepts the file" "$rc:$out" "0:"
	else
		skip "--metrics: promtool" "no promtool (scripts/deps installs prometheus)"
	fi
	got=$(awk -F'[{}" ]+' '/^kstrace_syscalls_total/ { print $3 "@" $5, $NF }' \
		"$bk/prom/k.prom" | sort | tr '\n' ' ')
	want=$(awk '/32 bit/ { a = 32 } !/32 bit/ && !a { a = 64 }
		$1 ~ /^[0-9]+$/ && $NF != "total" { print $NF "@" a, $1 }' "$bk/mc" | sort | tr '\n' ' ')
	is "--metrics: kstrace_syscalls_total is -c's calls column" "$got" "$want"
	got=$(awk -F'[{}" ]+' '/^kstrace_syscall_errors_total/ && $NF > 0 { print $3, $NF }' \
		"$bk/prom/k.prom")
	is "--metrics: kstrace_syscall_errors_total is -c's errors" "$got" "read 2"
	got=$(awk '/^kstrace_syscall_duration_seconds_bucket/ {
			split($0, a, "le=\""); split(a[2], b, "\""); s = $1; sub(/,le=.*/, "", s)
			if (s == last && $2 + 0 < prev + 0) bad++
			last = s; prev = $2
			if (b[1] == "+Inf") inf[s] = $2 }
		/^kstrace_syscall_duration_seconds_count/ { c = $1; sub(/_count/, "_bucket", c)
			sub(/}$/, "", c); if (inf[c] != $2) bad++; n++ }
		END { print n + 0, bad + 0 }' "$bk/prom/k.prom")
	is "--metrics: 3 histograms, cumulative buckets, +Inf equal to _count" "$got" "3 0"
	is "--metrics: getpid's histogram counts its calls" \
		"$(grep '^kstrace_syscall_duration_seconds_count{syscall="getpid",abi="64"}' "$bk/prom/k.prom" | awk '{ print $2 }')" 100
	is "--metrics: no pid label without --summary-by=process" \
		"$(grep -c 'pid=' "$bk/prom/k.prom")" 0
	is "--metrics: written by rename, nothing left beside it, readable by all" \
		"$(find "$bk/prom" -mindepth 1 -printf "%f\n" | sort | tr '\n' ' ')$(stat -c %a "$bk/prom/k.prom")" "k.prom 644"
	fk "$K" --metrics "$bk/prom/g.prom" --summary-by=process --top 1 -- true
	got=$(grep '^kstrace_syscalls_total' "$bk/prom/g.prom" | sed 's/ [0-9]*$//' | tr '\n' '|')
	is "--metrics --summary-by=process --top 1: pid and comm labels, the rest as other" \
		"$got" 'kstrace_syscalls_total{syscall="getpid",abi="64",pid="101",comm="other \"cmd\""}|kstrace_syscalls_total{syscall="read",abi="64",pid="101",comm="other \"cmd\""}|kstrace_syscalls_total{syscall="getpid",abi="64",pid="other",comm="other"}|kstrace_syscalls_total{syscall="getpid",abi="32",pid="other",comm="other"}|'
	is "--metrics --summary-by: the labelled counts sum to the calls" \
		"$(awk '/^kstrace_syscalls_total/ { s += $NF } END { print s }' "$bk/prom/g.prom")" 119
	if command -v promtool >/dev/null; then
		out=$(promtool check metrics <"$bk/prom/g.prom" 2>&1); rc=$?
		is "--metrics --summary-by: promtool accepts it (escaped labels)" "$rc:$out" "0:"
	fi

	# a --metrics directory gone by the end: the table, then exit 1
	mkdir -p "$bk/gone"
	err=$(fk "$K" -c -U calls,name --metrics "$bk/gone/k.prom" -o "$bk/gone.out" \
		-- rm -rf "$bk/gone" 2>&1); rc=$?
	case $rc:$err in
	"1:kstrace: --metrics $bk/gone/k.prom: cannot create"*) ok "--metrics: a file that cannot be written at the end fails the run (exit 1)" ;;
	*) not_ok "--metrics: a file that cannot be written at the end fails the run (exit 1)" "rc=$rc" "$err" ;;
	esac
	is "--metrics: ... after the table is printed" \
		"$(awk '$NF == "total" { s += $1 } END { print s }' "$bk/gone.out")" 119

	# --json: every line against the schemas
	fk "$K" -c --json --interval 0.2 --summary-by=command -o "$bk/j" -- sleep 0.5
	"$K" -c --json -o "$bk/j2" --format-results "$data/kprobes.results" 2>/dev/null
	cat "$bk/j" "$bk/j2" "$data"/events-*.json.expected >"$bk/all.json"
	if python3 -c 'import jsonschema' 2>/dev/null; then
		out=$(python3 "$here/../../tests/jsonschema-check.py" "$bk/all.json"); rc=$?
		lines=$(wc -l <"$bk/all.json")
		is "--json: all $lines lines (summaries, intervals, groups, trace lines) valid" \
			"$rc:$out" "0:$lines valid, 0 invalid"
		sed -n 1p "$bk/j" | sed 's/"version":1,/"version":1,"undocumented":0,/' >"$bk/bad.json"
		sed -n 1p "$data/events-fork.json.expected" | sed 's/"version":1,//' >>"$bk/bad.json"
		out=$(python3 "$here/../../tests/jsonschema-check.py" "$bk/bad.json"); rc=$?
		is "--json: the schemas refuse an undocumented key and a missing version" \
			"$rc $(echo "$out" | tail -n 1)" "1 0 valid, 2 invalid"
	else
		skip "--json: schemas" "no python3-jsonschema"
	fi
fi
