# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, data, tmp: cli/tests/run
#
# 31-events.sh - saved event streams (evgen.c makes them) printed as traces and
# compared with expected files: output options, signals, -P, -b execve.
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

if need_evgen; then
	"$EVGEN" text "$data/events-fork.txt" "$tmp/fork.rec"
	"$EVGEN" text "$data/events-edge.txt" "$tmp/edge.rec"

	# events NAME EXPECTED [OPTIONS...]: the trace on stderr
	events() {
		name=$1
		want=$2
		shift 2
		TZ=UTC "$K" "$@" 2>"$tmp/got"
		same_file "saved events: $name" "$tmp/got" "$data/$want"
	}
	events "one line per call, unfinished/resumed, exits" \
		events-fork.expected --format-events "$tmp/fork.rec"
	events "lost records, unknown syscall, ia32 calls, kills, detached" \
		events-edge.expected -f --format-events "$tmp/edge.rec"
	events "-z: failed calls dropped, nothing unfinished" \
		events-fork.z.expected -z --format-events "$tmp/fork.rec"
	events "-Z: only failed calls" \
		events-fork.Z.expected -Z --format-events "$tmp/fork.rec"
	events "-tt: wall clock prefix" \
		events-fork.tt.expected -tt --format-events "$tmp/fork.rec"
	events "-ttt -T: epoch prefix, durations" \
		events-fork.ttt.expected -ttt -T --format-events "$tmp/fork.rec"
	events "-e trace=write,exit_group" events-fork.trace.expected \
		-e trace=write,exit_group --format-events "$tmp/fork.rec"
	events "--json" events-fork.json.expected --json \
		--format-events "$tmp/fork.rec"
	"$EVGEN" text "$data/events-defer.txt" "$tmp/defer.rec"
	events "a path that faulted at entry is shown from the exit's copy, whole" \
		events-defer.expected --format-events "$tmp/defer.rec"
	"$EVGEN" text "$data/events-fdname.txt" "$tmp/fdname.rec"
	events "-y: the names the module gave the descriptors a call made" \
		events-fdname.y.expected -y --format-events "$tmp/fdname.rec"
	TZ=UTC "$K" -yy --format-events "$tmp/fdname.rec" 2>&1 >/dev/null |
		grep -v '^kstrace: -yy' >"$tmp/got"
	same_file "saved events: -yy: a gone socket as its protocol and inode" \
		"$tmp/got" "$data/events-fdname.yy.expected"
	"$EVGEN" text "$data/events-sigsent.txt" "$tmp/sigsent.rec"
	events "signals sent during a call show after it, as strace's" \
		events-sigsent.expected --format-events "$tmp/sigsent.rec"
	if command -v python3 >/dev/null 2>&1; then
		if python3 -c 'import json, sys
for l in open(sys.argv[1]): json.loads(l)' "$data/events-fork.json.expected"; then
			ok "--json events: every line parses"
		else
			fail "--json events: every line parses"
		fi
	fi
	"$K" -f -o "$tmp/o" --format-events "$tmp/fork.rec"
	same_file "saved events: -f -o FILE: 'PID   ' on every line" "$tmp/o" \
		"$data/events-fork.o.expected"
	mkdir "$tmp/ff"
	"$K" -ff -o "$tmp/ff/trace" --format-events "$tmp/fork.rec"
	same_file "saved events: -ff -o PREFIX: PREFIX.100" "$tmp/ff/trace.100" \
		"$data/events-fork.ff100.expected"
	same_file "saved events: -ff -o PREFIX: PREFIX.101" "$tmp/ff/trace.101" \
		"$data/events-fork.ff101.expected"
	# -y: paths from the calls that opened the descriptors, then from
	# /proc/PID/fd of a live process (here a sleep) for the others
	# shellcheck disable=SC2217 # its descriptors are what -y shows
	(cd / && exec sleep 30 </dev/null >/dev/null 2>&1) &
	sl=$!
	sed "s/PID/$sl/" "$data/events-fds.txt" >"$tmp/fds.txt"
	"$EVGEN" text "$tmp/fds.txt" "$tmp/fds.rec"
	sleep 0.2
	"$K" -y --format-events "$tmp/fds.rec" 2>"$tmp/got"
	same_file "saved events: -y follows the descriptors" "$tmp/got" \
		"$data/events-fds.expected"
	"$K" -y -e trace=read --format-events "$tmp/fds.rec" 2>"$tmp/got"
	grep '^read' "$data/events-fds.expected" >"$tmp/want"
	same_file "saved events: -y follows them through calls not shown" \
		"$tmp/got" "$tmp/want"
	kill "$sl" 2>/dev/null

	# records cut anywhere by the reads must make the same trace
	"$K" --format-events - <"$tmp/fork.rec" 2>"$tmp/got"
	same_file "saved events: read from a pipe" "$tmp/got" \
		"$data/events-fork.expected"
	head -c 100 "$tmp/fork.rec" >"$tmp/cut.rec"
	err=$("$K" --format-events "$tmp/cut.rec" 2>&1); rc=$?
	case $err in
	*"ends inside a record"*) ok "saved events: a cut stream is an error" ;;
	*) fail "saved events: a cut stream is an error" "$err" ;;
	esac
	is "saved events: a cut stream: exit 1" "$rc" 1

	# signals (SIGNAL records), and strace's options of this issue
	"$EVGEN" text "$data/events-signals.txt" "$tmp/sig.rec"
	events "signals: delivery with siginfo, stopped by, killed by" \
		events-signals.expected -f --format-events "$tmp/sig.rec"
	events "signals: -e 'signal=!CHLD,19,SIGRT_8,SIGINT' -qq" \
		events-signals.sig.expected -f -e 'signal=!CHLD,19,SIGRT_8,SIGINT' \
		-qq --format-events "$tmp/sig.rec"
	events "signals: --json" events-signals.json.expected -f --json \
		--format-events "$tmp/sig.rec"
	events "-r -n -i -a 30 --syscall-times=ms --absolute-timestamps=unix,ns" \
		events-fork.rni.expected -r -n -i -a 30 --syscall-times=ms \
		--absolute-timestamps=format:unix,precision:ns \
		--format-events "$tmp/fork.rec"
	events "-e status=!unfinished: each call whole once it ended" \
		events-fork.notunfinished.expected -e 'status=!unfinished' \
		--format-events "$tmp/fork.rec"
	events "-e status=unfinished,failed" events-fork.unfinished.expected \
		-e status=unfinished,failed --format-events "$tmp/fork.rec"
	events "--syscall-limit=3" events-fork.limit.expected \
		--syscall-limit=3 --format-events "$tmp/fork.rec"
	"$EVGEN" text "$data/events-paths.txt" "$tmp/paths.rec"
	events "-P PATH: by path, and by its descriptors through dup2" \
		events-paths.expected -P /kstrace-test/a \
		--format-events "$tmp/paths.rec"
	"$EVGEN" text "$data/events-exec.txt" "$tmp/exec.rec"
	events "-b execve: the calls after a successful execve are let go" \
		events-exec.expected -f -b execve --format-events "$tmp/exec.rec"
	: >"$tmp/target"
	ln -s "$tmp/target" "$tmp/link"
	err=$("$K" -P "$tmp/link" --format-events "$tmp/paths.rec" 2>&1 | grep Requested)
	is "-P through a symlink: strace's message" "$err" \
		"kstrace: Requested path \"$tmp/link\" resolved into \"$tmp/target\""
	err=$("$K" -e quiet=path-resolution -P "$tmp/link" \
		--format-events "$tmp/paths.rec" 2>&1 | grep -c Requested)
	is "-e quiet=path-resolution: no message" "$err" 0
fi
