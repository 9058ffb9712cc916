#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 44-beyond.t - kstrace's own summaries (issue 17) on the real module,
# each against an oracle the CLI did not compute:
# - percentiles: every p50/p90/p99 is the bound awk finds in the same
#   run's --histogram rows, and flood's 2000 getppid are all there;
# - --all: a flood started after kstrace is counted, exactly, under its
#   command; no kernel thread is a group; the group tables add up to the
#   whole table;
# - --cgroup: of two floods, only the one in the cgroup is counted;
# - --interval: the interval tables add up to the whole run's, with a
#   command and with -p;
# - --metrics: promtool accepts the file; its counts are -c's table's, and
#   flood's known count; with --all --interval it exists before the end;
# - --json: every line valid against docs/json/*.schema.json
#   (python3-jsonschema), in -c and in trace mode;
# - node-exporter's textfile collector serves the file's count, and
#   Prometheus scraping it answers -c's count on its HTTP API.
. "$KSTRACE_REPO/tests/lib.sh"

B=$KSTRACE_BIN
K=$KSTRACE_REPO/cli/kstrace
CHECK=$KSTRACE_REPO/tests/jsonschema-check.py
T=$(mktemp -d /tmp/kstrace-44.XXXXXX)
cg=
bg=
cleanup() {
	[ -n "$bg" ] && kill "$bg" 2>/dev/null
	[ -n "$cg" ] && rmdir "$cg" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
cd "$T" || exit 1

# total FILE [AFTER-REGEX]: calls of the first "total" row after a line
# matching AFTER-REGEX (the first table without it)
total() {
	awk -v after="${2:-}" 'after == "" || $0 ~ after { f = 1 }
		f && $NF == "total" { print $1; exit }' "$1"
}

# row FILE NAME: calls of syscall NAME in the last table of FILE
row() {
	awk -v n="$2" '$NF == n { c = $1 } END { print c + 0 }' "$1"
}

# stop_run PID: SIGINT, as a user ends kstrace --all; its status
stop_run() {
	kill -INT "$1"
	reap "$1" 120
}

# Runs in the foreground end by themselves: a hang fails its test.
kst() {
	timeout 300 "$K" "$@"
}

# ---- percentiles against the same run's histogram ----

kst -c -U calls,p50,p90,p99,max-time,name --histogram -o pct.out -- "$B/flood" 2000
is "percentiles: flood's 2000 getppid counted" "$(awk '$NF == "getppid" { print $1; exit }' pct.out)" 2000
# awk's bound: the first row of the histogram whose running count reaches
# ceil(n * p / 100), its upper end + 1 ns; or, below that, the longest call
# (max-time's column: rounded to the microsecond)
awk '
	/^ +calls +p50/ { t = 1; next }
	/^syscall = / { t = 0 }
	t && NF == 6 && $NF != "total" && $1 ~ /^[0-9]+$/ { p[$NF] = $2 " " $3 " " $4; mx[$NF] = $5 * 1e6 }
	/^syscall = / { name = $3; n = 0; delete c; next }
	/ -> .* : / { hi[n] = $3; c[n++] = $5; next }
	/^avg = / {
		split("50 90 99", ps, " "); split(p[name], got, " "); total = 0
		for (i = 0; i < n; i++) total += c[i]
		for (k = 1; k <= 3; k++) {
			rank = int((total * ps[k] + 99) / 100); s = 0
			for (i = 0; i < n; i++) { s += c[i]; if (s >= rank) break }
			b = (hi[i] + 1) / 1000
			if (got[k] + 0 == b || (got[k] + 0 < b && got[k] - mx[name] <= 0.5 &&
						mx[name] - got[k] <= 0.5))
				continue
			bad = bad name ": p" ps[k] " " got[k] " vs bound " b " longest " mx[name] "; "
		}
		checked++
	}
	END { print checked + 0, (bad ? bad : "ok") }' pct.out >pct.check
ok "percentiles: every row's p50/p90/p99 is its histogram's bound ($(cat pct.check))" \
	grep -q ' ok$' pct.check
is "percentiles: p50 <= p90 <= p99 <= longest on every row" \
	"$(awk '/^ +calls +p50/ { t = 1; next } /^syscall = / { t = 0 } t && NF == 6 &&
		!($2 <= $3 && $3 <= $4 && $4 <= $5 * 1e6 + 0.5) { print }' pct.out)" ""

# ---- --all ----

"$K" -c --all --interval 1 --summary-by=command --top 50 -U calls,errors,name -o all.out &
bg=$!
sleep 2
"$B/flood" 3000
sleep 1
stop_run "$bg"
rc=$?
bg=
is "--all: SIGINT ends it, kstrace dies of SIGINT" "$rc" 130
# the whole run's tables come last
sed -n '/^Calls of the whole run/,$p' all.out >allw.out
got=$(awk '/^Calls of command flood,/ { f = 1 } f && $NF == "getppid" { print $1; exit }' allw.out)
is "--all: a flood started later is counted under its command, all 3000 getppid" "$got" 3000
n=$(awk '/^Calls of all commands:/ { f = 1 } f && $NF == "getppid" { print $1 }' allw.out)
ok "--all: the whole table has at least flood's 3000 getppid ($n)" test "${n:-0}" -ge 3000
is "--all: no kernel thread among the groups" \
	"$(grep -E '^Calls of command (kworker|ksoftirqd|kthreadd|rcu_|migration)' all.out)" ""
got=$(awk '/^Calls of all/ { exit } $NF == "total" { s += $1 } END { print s }' allw.out)
is "--all --summary-by: the group tables add up to the whole table" "$got" \
	"$(total allw.out '^Calls of all')"
got=$(awk '/^Calls of interval/ { i = 1; a = 0; next } /^Calls of the whole/ { i = 0 }
	/^Calls of all/ { a = 1 } i && a && $NF == "total" { s += $1 } END { print s + 0 }' all.out)
is "--all --interval: the intervals' tables add up to the whole run's" "$got" \
	"$(awk '$NF == "total" { t = $1 } END { print t }' all.out)"

# ---- --cgroup ----

mkdir -p /sys/fs/cgroup
mountpoint -q /sys/fs/cgroup || mount -t cgroup2 none /sys/fs/cgroup 2>/dev/null
if [ -e /sys/fs/cgroup/cgroup.procs ] && mkdir /sys/fs/cgroup/kstrace44 2>/dev/null; then
	cg=/sys/fs/cgroup/kstrace44
	"$K" -c --cgroup "$cg" --summary-by=cgroup -U calls,name -o cg.out &
	bg=$!
	sleep 2
	sh -c 'echo $$ >'"$cg"'/cgroup.procs; exec '"$B"'/flood 4000' &
	inside=$!
	"$B/flood" 2000 &
	outside=$!
	wait "$inside" "$outside"
	stop_run "$bg"
	bg=
	is "--cgroup: the flood inside is counted, all 4000 getppid, not the one outside" \
		"$(row cg.out getppid)" 4000
	is "--cgroup --summary-by=cgroup: one group, named by its path (the id's directory)" \
		"$(grep '^Calls of cgroup' cg.out)" "Calls of cgroup /kstrace44, 1 of 1 cgroups:"
	err=$(kst -c --cgroup /proc -- true 2>&1); rc=$?
	is "--cgroup: a directory that is no cgroup v2, refused" "$rc $err" \
		"1 kstrace: --cgroup /proc: not a cgroup v2 directory; give a directory under the cgroup2 mount (e.g. /sys/fs/cgroup/system.slice)"
else
	for d in "--cgroup: the flood inside is counted" "--cgroup --summary-by=cgroup" \
		"--cgroup: a directory that is no cgroup v2"; do
		pass "$d # SKIP no cgroup v2 here"
	done
fi

# ---- --interval ----

kst -f -c --interval 0.5 --summary-by=command -U calls,name -o iv.out -- \
	sh -c 'for i in 1 2 3; do '"$B"'/flood 1000; sleep 0.4; done'
n=$(grep -c '^Calls of interval' iv.out)
ok "--interval with a command: interval tables while it ran ($n)" test "$n" -ge 2
# the intervals' "all commands" tables, and the whole run's (the last table)
got=$(awk '/^Calls of interval/ { i = 1; a = 0; next } /^Calls of the whole/ { i = 0 }
	/^Calls of all/ { a = 1 } i && a && $NF == "total" { s += $1 } END { print s + 0 }' iv.out)
is "--interval: the interval tables add up to the whole run's" "$got" \
	"$(awk '$NF == "total" { t = $1 } END { print t }' iv.out)"
is "--interval --summary-by=command: flood's 3000 getppid in the whole run" \
	"$(awk '/^Calls of the whole/ { w = 1 } w && /^Calls of command flood,/ { f = 1 }
		f && $NF == "getppid" { print $1; exit }' iv.out)" 3000

"$B/flood" -1 &
fp=$!
"$K" -c --interval 0.4 -U calls,name -o ivp.out -p "$fp" 2>/dev/null &
bg=$!
sleep 2
kill "$fp"
wait "$fp" 2>/dev/null
reap "$bg" 120
bg=
got=$(awk '/^Calls of interval/ { i = 1; next } /^Calls of the whole/ { i = 0 }
	i && $NF == "getppid" { s += $1 } END { print s + 0 }' ivp.out)
w=$(awk '/^Calls of the whole/ { f = 1 } f && $NF == "getppid" { print $1 }' ivp.out)
ok "--interval -p: the intervals' getppid add up to the whole run's ($got, $w)" \
	test "$got" = "$w" -a "${w:-0}" -gt 0

# ---- --metrics ----

mkdir -p prom
kst -c --metrics prom/k.prom -U calls,errors,name -S nothing -o m.out -- "$B/flood" 1500 close
if command -v promtool >/dev/null; then
	out=$(promtool check metrics <prom/k.prom 2>&1); rc=$?
	is "--metrics: promtool check metrics accepts the file" "$rc:$out" "0:"
else
	fail "--metrics: promtool check metrics accepts the file" "no promtool: scripts/deps installs prometheus"
fi
got=$(awk -F'[{}" ]+' '/^kstrace_syscalls_total/ && $5 == 64 { print $3, $NF }' prom/k.prom | sort)
want=$(awk '$1 ~ /^[0-9]+$/ && $NF != "total" { print $NF, $1 }' m.out | sort)
is "--metrics: kstrace_syscalls_total equals -c's calls, syscall by syscall" "$got" "$want"
is "--metrics: flood's 1500 failing close(-1) in kstrace_syscall_errors_total" \
	"$(awk -F'[{}" ]+' '/^kstrace_syscall_errors_total/ && $3 == "close" { print $NF }' prom/k.prom)" 1500
is "--metrics: close's histogram counts its calls, as -c" \
	"$(awk '/^kstrace_syscall_duration_seconds_count\{syscall="close",abi="64"\}/ { print $2 }' prom/k.prom)" \
	"$(row m.out close)"

mkdir -p prom2
"$K" --all --interval 0.5 --metrics prom2/all.prom &
bg=$!
sleep 3
ok "--metrics --all --interval: the file is there before the end" test -s prom2/all.prom
stop_run "$bg"
bg=
if command -v promtool >/dev/null; then
	out=$(promtool check metrics <prom2/all.prom 2>&1); rc=$?
	is "--metrics --all: promtool accepts the whole system's file" "$rc:$out" "0:"
fi
is "--metrics --all: nothing left beside the file" "$(find prom2 -mindepth 1 -printf "%f\n" | sort | tr '\n' ' ')" "all.prom "

# ---- --json against the schemas ----

kst -f -c --json --interval 0.3 --summary-by=thread -o j.out -- "$B/threads" 4 50
kst -f --json -o ev.out -- sh -c "$B/flood 5; exit 3"
cat j.out ev.out >all.json
if python3 -c 'import jsonschema' 2>/dev/null; then
	out=$(python3 "$CHECK" all.json); rc=$?
	is "--json: every line of -c (intervals, groups) and of a trace valid ($(wc -l <all.json) lines)" \
		"$rc:$out" "0:$(wc -l <all.json) valid, 0 invalid"
else
	fail "--json: schemas" "no python3-jsonschema"
fi
is "--json --summary-by=thread: 4 threads of 50 getppid in the last object" \
	"$(tail -n 1 j.out | python3 -c 'import json, sys
o = json.load(sys.stdin)
print(sorted(s["calls"] for g in o["groups"] for s in g["syscalls"] if s["name"] == "getppid"))')" \
	"[50, 50, 50, 50]"

kst -f -c --json --summary-by=thread --top 2 -o top.json -- "$B/threads" 4 50
is "--summary-by --top 2: two threads shown, the rest summed: all calls in one or the other" \
	"$(python3 -c 'import json, sys
o = json.load(open(sys.argv[1]))
shown = sum(g["calls"] for g in o["groups"])
print(len(o["groups"]), o["others"]["groups"] >= 3,
      shown + o["others"]["calls"] + o["groupoverflow"] == o["total"]["calls"])' top.json)" \
	"2 True True"

# ---- node-exporter's textfile collector, and Prometheus scraping it ----

# query PORT PROMQL: the values of an instant query, by Prometheus's API
query() {
	curl -s --max-time 10 "http://127.0.0.1:$1/api/v1/query" --data-urlencode "query=$2" |
		python3 -c 'import json, sys
r = json.load(sys.stdin)["data"]["result"]
print(" ".join(x["value"][1] for x in r))' 2>/dev/null
}

if command -v prometheus-node-exporter >/dev/null && command -v curl >/dev/null; then
	ip link set lo up 2>/dev/null
	port=$((20000 + RANDOM % 20000))
	prometheus-node-exporter --web.listen-address="127.0.0.1:$port" \
		--collector.textfile.directory="$T/prom" --collector.disable-defaults \
		--collector.textfile >ne.log 2>&1 &
	ne=$!
	end=$((SECONDS + 20))
	while [ "$SECONDS" -lt "$end" ]; do
		curl -s --max-time 5 "http://127.0.0.1:$port/metrics" >ne.out 2>/dev/null && break
		sleep 1
	done
	got=$(awk '/^kstrace_syscalls_total\{abi="64",syscall="close"\}/ { print $2 }' ne.out)
	is "node-exporter: its textfile collector serves -c's close count" "$got" \
		"$(row m.out close)"
	if command -v prometheus >/dev/null; then
		pport=$((port + 1))
		printf 'global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: ne\n    static_configs:\n      - targets: ["127.0.0.1:%s"]\n' \
			"$port" >prom.yml
		prometheus --config.file=prom.yml --storage.tsdb.path="$T/tsdb" \
			--web.listen-address="127.0.0.1:$pport" >prom.log 2>&1 &
		pp=$!
		got=
		end=$((SECONDS + 90))
		while [ "$SECONDS" -lt "$end" ]; do
			got=$(query "$pport" 'sum(kstrace_syscalls_total{syscall="close",abi="64"})')
			[ -n "$got" ] && break
			sleep 1
		done
		is "prometheus: the HTTP API's close count, scraped from node-exporter, is -c's" \
			"$got" "$(row m.out close)"
		got=$(query "$pport" 'kstrace_syscall_duration_seconds_count{syscall="close",abi="64"}')
		is "prometheus: the histogram's count too" "$got" "$(row m.out close)"
		kill "$pp"
		reap "$pp" 60 2>/dev/null
	else
		pass "prometheus: HTTP API # SKIP no prometheus"
		pass "prometheus: histogram # SKIP no prometheus"
	fi
	kill "$ne"
	reap "$ne" 60 2>/dev/null
else
	for d in "node-exporter: textfile collector" "prometheus: HTTP API" "prometheus: histogram"; do
		pass "$d # SKIP no prometheus-node-exporter or curl"
	done
fi
exit 0
