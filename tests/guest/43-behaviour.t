#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 43-behaviour.t - kstrace behaves as strace 6.1 where it matters most,
# with strace itself as the oracle (the same program, the same flags):
#
# (a) A call that blocks shows at once: "read(0, " is in the -o file before
#     the pipe it reads is written, in both; then the same completed line.
# (b) -p on a process blocked in read, wait4 and nanosleep: "Process N
#     attached", the call it is in shown at once ("read(0, ", "wait4(N, ";
#     strace's ptrace restarts nanosleep as "restart_syscall(<... resuming
#     interrupted read ...>", kstrace, which does not interrupt it, shows the
#     clock_nanosleep itself), completed when it returns; SIGINT to kstrace
#     detaches ("Process N detached", the call "<detached ...>"), leaves the
#     process running, and kills kstrace as it kills strace.
# (c) Deaths: a command killed by SIGSEGV and by SIGKILL: kstrace dies of the
#     same signal as strace (wait(2) status, not only $?), with the same
#     "--- SIGSEGV {...} ---" and "+++ killed by ... +++" lines.
# (d) SIGTERM to kstrace mid-run (no -o): the summary is printed, the command
#     is not left running untraced, kstrace dies of SIGTERM, as strace; with
#     -o FILE PROG both ignore it.
# (e) Signals: a program that raises and handles SIGUSR1 and gets SIGCHLD:
#     the same "--- SIG... {siginfo} ---" lines; a stop: "--- stopped by
#     SIGSTOP ---"; -e signal= and --json; signals the kernel drops or turns
#     into a kill unless the task is ptraced (a default SIGCHLD, a SIGTERM
#     in a blocked read), shown where strace shows them.
# (f) -u nobody: the command's ids (id -u, and the groups) as under strace.
# (g) strace's options on one workload, against strace: -qq, -e quiet=,
#     -e status= (unfinished, failed), -P, -b execve, -E, -A, -o '|CMD',
#     -n, -a, -r, -i, -t/-tt/-ttt, -T=PRECISION, -c -w -U -O, --syscall-limit.
#
# TAP lines are named "43(b) ..."; KSTRACE_TESTS=43:b runs (b) alone.
. "$KSTRACE_REPO/tests/lib.sh"
. "$KSTRACE_REPO/tests/guest/lib/events.sh"

B=$KSTRACE_BIN
T=$(mktemp -d /tmp/kstrace-43.XXXXXX)
trap 'ev_keep "$T" 43; rm -rf "$T"' EXIT
cd "$T" || exit 1

# (called through ok and ev_wait_until)
# shellcheck disable=SC2317
# last_is FILE TEXT: the last line of FILE (a line left open counts) is TEXT
last_is() { [ "$(tail -n 1 "$1" 2>/dev/null)" = "$2" ]; }
# has FILE ERE: a line of FILE matches
# shellcheck disable=SC2317
has() { grep -qE -- "$2" "$1" 2>/dev/null; }
# npid TEXT: pids and tids replaced by N, the tool's name by "strace"
npid() {
	sed -E 's/([^0-9a-z_])[0-9]{2,7}([^0-9]|$)/\1N\2/g;
		s/([^0-9a-z_])[0-9]{2,7}([^0-9]|$)/\1N\2/g; s/^kstrace: /strace: /'
}
# sigs FILE: the signal lines, pids, times and addresses normalised
sigs() {
	grep -E '^([0-9]+ +)?(--- |\+\+\+ killed)' "$1" | sed -E 's/^[0-9]+ +//;
		s/si_(pid|utime|stime)=[0-9]+( \/\* [0-9.]+ s \*\/)?/si_\1=N/g;
		s/0x[0-9a-f]+/0xX/g'
}
# status_of CMD...: "exit N" or "signal N", as wait(2) says
status_of() { "$B/waitst" "$@" 2>/dev/null; }

### (a) A call that blocks shows at once.
if scenario a; then
	for tool in strace kstrace; do
		rm -f fifo
		mkfifo fifo
		"$tool" -o "rd.$tool" -- "$B/behave" read <fifo 2>"rd.$tool.err" &
		p=$!
		exec 7>fifo
		ok "blocked read: $tool shows 'read(0, ' before the pipe is written" \
			ev_wait_until 30 last_is "rd.$tool" 'read(0, '
		echo hello >&7
		exec 7>&-
		wait "$p"
	done
	is "blocked read: kstrace completes the line as strace does" \
		"$(grep '^read(0, "hello' rd.kstrace)" "$(grep '^read(0, "hello' rd.strace)"
	ok "blocked read: the completed line is there" has rd.kstrace '^read\(0, "hello\\n", 64\) += 6$'
fi

### (b) -p on a process blocked in read, wait4, nanosleep.
if scenario b; then
	attach() { # TOOL NAME TARGET-ARGS...: -p a blocked target; NAME.TOOL*
		local tool=$1 name=$2 t k
		shift 2
		if [ "$1" = read ]; then
			rm -f fifo
			mkfifo fifo
			"$B/behave" read <fifo &
			t=$!
			exec 7>fifo
		else
			"$B/behave" "$@" &
			t=$!
		fi
		sleep 1
		echo "$t" >"$name.$tool.pid"
		"$tool" -o "$name.$tool" -p "$t" 2>"$name.$tool.err" &
		k=$!
		ev_wait_until 30 has "$name.$tool.err" "Process $t attached"
		ev_wait_until 30 has "$name.$tool" '.'
		cp "$name.$tool" "$name.$tool.first"
		if [ "$1" = read ]; then
			echo hi >&7
			exec 7>&-
		fi
		wait "$t"
		wait "$k"
	}
	for tool in strace kstrace; do
		attach "$tool" at-read read
		attach "$tool" at-wait wait 8
		attach "$tool" at-sleep sleep 8
	done
	is "-p read: 'Process N attached' as strace" "$(npid <at-read.kstrace.err | head -n 1)" \
		"$(npid <at-read.strace.err | head -n 1)"
	is "-p read: the call shown at attach is strace's" "$(cat at-read.kstrace.first)" \
		"$(cat at-read.strace.first)"
	is "-p read: then completed as strace's" "$(head -n 1 at-read.kstrace)" \
		"$(head -n 1 at-read.strace)"
	is "-p read: +++ exited with 0 +++ at the end" "$(tail -n 1 at-read.kstrace)" "+++ exited with 0 +++"
	is "-p wait4: the call shown at attach is strace's" "$(npid <at-wait.kstrace.first)" \
		"$(npid <at-wait.strace.first)"
	is "-p wait4: completed as strace's" "$(head -n 1 at-wait.kstrace | npid)" \
		"$(head -n 1 at-wait.strace | npid)"
	is "-p nanosleep: kstrace shows the clock_nanosleep the process is in" \
		"$(cat at-sleep.kstrace.first)" "clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=8, tv_nsec=0}, "
	diag "-p nanosleep: strace, which restarts it, shows: $(cat at-sleep.strace.first)"
	ok "-p nanosleep: kstrace completes it" has at-sleep.kstrace \
		'^clock_nanosleep\(CLOCK_REALTIME, 0, \{tv_sec=8, tv_nsec=0\}, .*\) += 0$'

	# -f -p on a process whose two threads are blocked: both calls shown
	for tool in strace kstrace; do
		"$B/behave" threads 8 &
		t=$!
		sleep 1
		"$tool" -f -o "thr.$tool" -p "$t" 2>"thr.$tool.err" &
		k=$!
		ev_wait_until 30 has "thr.$tool.err" "Process $t attached"
		sleep 1
		cp "thr.$tool" "thr.$tool.first"
		wait "$t"
		wait "$k"
	done
	is "-f -p threads: 'Process N attached with 2 threads' as strace" \
		"$(head -n 1 thr.kstrace.err | npid)" "$(head -n 1 thr.strace.err | npid)"
	is "-f -p threads: the main thread's futex shown at attach, as strace's" \
		"$(grep -o 'futex([^,]*, [A-Z_|]*' thr.kstrace.first | sed 's/0x[0-9a-f]*/ADDR/')" \
		"$(grep -o 'futex([^,]*, [A-Z_|]*' thr.strace.first | sed 's/0x[0-9a-f]*/ADDR/')"
	ok "-f -p threads: the other thread's clock_nanosleep too" has thr.kstrace.first \
		'^[0-9]+ +clock_nanosleep\(CLOCK_REALTIME, 0, \{tv_sec=8, tv_nsec=0\}, '
	diag "-f -p threads: kstrace: $(tr '\n' '|' <thr.kstrace.first)" \
		"-f -p threads: strace: $(tr '\n' '|' <thr.strace.first)"

	# SIGINT to -p: detach, leave it running, die of SIGINT
	for tool in strace kstrace; do
		"$B/behave" sleep 30 &
		t=$!
		sleep 1
		"$B/waitst" "$tool" -o "int.$tool" -p "$t" >"int.$tool.st" 2>"int.$tool.err" &
		w=$!
		ev_wait_until 30 has "int.$tool.err" "Process $t attached"
		sleep 1
		pkill -INT -P "$w" -x "$tool"
		wait "$w"
		if kill -0 "$t" 2>/dev/null; then echo alive; else echo gone; fi >"int.$tool.alive"
		kill "$t"
		wait "$t" 2>/dev/null
	done
	is "-p, SIGINT: kstrace dies of SIGINT as strace" "$(cat int.kstrace.st)" "$(cat int.strace.st)"
	is "-p, SIGINT: the process goes on, as with strace" "$(cat int.kstrace.alive)" "$(cat int.strace.alive)"
	is "-p, SIGINT: 'Process N detached' as strace" "$(tail -n 1 int.kstrace.err | npid)" \
		"$(tail -n 1 int.strace.err | npid)"
	ok "-p, SIGINT: the call in progress '<detached ...>'" has int.kstrace \
		'^clock_nanosleep\(.* <detached \.\.\.>$'
fi

### (c) Deaths: the same wait(2) status, the same lines.
if scenario c; then
	for what in segv kill9; do
		for tool in strace kstrace; do
			status_of "$tool" -o "$what.$tool" -- "$B/behave" "$what" >"$what.$tool.st"
		done
		is "$what: kstrace's wait(2) status is strace's ($(cat "$what.strace.st"))" \
			"$(cat "$what.kstrace.st")" "$(cat "$what.strace.st")"
		is "$what: kstrace's signal lines are strace's" "$(sigs "$what.kstrace")" \
			"$(sigs "$what.strace")"
	done
	is "segv: -c too dies of SIGSEGV" \
		"$(status_of kstrace -c -o /dev/null -- "$B/behave" segv)" "signal 11"
	is "exit 3: kstrace exits 3" "$(status_of kstrace -o /dev/null -- sh -c 'exit 3')" "exit 3"
fi

### (d) SIGTERM to the tracer mid-run.
if scenario d; then
	for tool in strace kstrace; do
		"$B/waitst" "$tool" -C -- "$B/behave" sleep 6 >"term.$tool.st" 2>"term.$tool" &
		w=$!
		ev_wait_until 30 has "term.$tool" '^clock_nanosleep'
		pkill -TERM -P "$w" -x "$tool"
		wait "$w"
		sleep 0.5
		pgrep -f "behave sleep 6" >"term.$tool.left"
	done
	is "SIGTERM: kstrace dies of SIGTERM as strace" "$(cat term.kstrace.st)" "$(cat term.strace.st)"
	is "SIGTERM: the command is not left running (nor with strace: $(wc -l <term.strace.left))" \
		"$(wc -l <term.kstrace.left)" 0
	ok "SIGTERM: the summary is printed" has term.kstrace '^% time +seconds'
	ok "SIGTERM: and kstrace's trace ends with the command's end" has term.kstrace \
		'^\+\+\+ killed by SIGTERM \+\+\+$'
	for tool in strace kstrace; do
		"$B/waitst" "$tool" -o "termo.$tool" -- "$B/behave" sleep 3 >"termo.$tool.st" 2>/dev/null &
		w=$!
		ev_wait_until 30 has "termo.$tool" '^clock_nanosleep'
		pkill -TERM -P "$w" -x "$tool"
		wait "$w"
	done
	is "SIGTERM to -o FILE PROG: ignored, the command's status, as strace" \
		"$(cat termo.kstrace.st)" "$(cat termo.strace.st)"
	is "SIGTERM to -o FILE PROG: the trace is whole" "$(tail -n 1 termo.kstrace)" "+++ exited with 0 +++"
fi

### (e) Signals.
if scenario e; then
	both signals 0 -f -- "$B/behave" signals
	is "signals: SIGUSR1 and SIGCHLD lines are strace's" "$(sigs signals.ks)" "$(sigs signals.st)"
	ok "signals: the handler's rt_sigreturn({mask=[]})" has signals.ks 'rt_sigreturn\(\{mask=\[\]\}\)'
	both sigsel 0 -f -e signal=SIGCHLD -- "$B/behave" signals
	is "signals: -e signal=SIGCHLD" "$(sigs sigsel.ks)" "$(sigs sigsel.st)"
	kstrace --json -e trace=none -o sig.json -- "$B/behave" signals 2>/dev/null
	ok "signals: --json has a signal object with the siginfo" has sig.json \
		'"type":"signal".*"signal":"SIGUSR1","action":"handler","siginfo":"\{si_signo=SIGUSR1, si_code=SI_TKILL'
	for tool in strace kstrace; do
		"$tool" -o "stop.$tool" -- "$B/behave" stop &
		p=$!
		ev_wait_until 30 has "stop.$tool" 'stopped by SIGSTOP'
		pkill -CONT -f "behave stop"
		wait "$p"
	done
	is "stop: '--- stopped by SIGSTOP ---' and the SIGSTOP before it, as strace" \
		"$(sigs stop.kstrace | grep -v SIGCONT)" "$(sigs stop.strace | grep -v SIGCONT)"

	# Signals a process never dequeues unless ptraced: an ignored one (the
	# default SIGCHLD) and a fatal one, which the kernel turns into a kill of
	# the group. strace shows each where the task returns to user space.
	both dflchld 0 -f -- "$B/behave" wait 1
	is "default SIGCHLD: kstrace's signal lines are strace's" "$(sigs dflchld.ks)" "$(sigs dflchld.st)"
	# after_call FILE NAME: the line after the one where call NAME returned
	after_call() {
		grep -A1 -E "^([0-9]+ +)?(<\.\.\. $2 resumed>|$2\().*\) += [0-9]" "$1" | tail -n 1 |
			sed -E 's/^[0-9]+ +//;
				s/si_(pid|utime|stime)=[0-9]+( \/\* [0-9.]+ s \*\/)?/si_\1=N/g'
	}
	is "default SIGCHLD: shown after the wait4 it ended, as strace" \
		"$(after_call dflchld.ks wait4)" "$(after_call dflchld.st wait4)"
	for tool in strace kstrace; do
		rm -f fifo
		mkfifo fifo
		"$tool" -o "killrd.$tool" -- "$B/behave" read <fifo 2>/dev/null &
		p=$!
		exec 7>fifo
		ev_wait_until 30 has "killrd.$tool" '^read\(0, '
		pkill -TERM -f "behave read"
		wait "$p"
		exec 7>&-
	done
	# npid's sed, and the stack address of read's buffer
	killrd() { tail -n 3 "$1" | npid | sed -E 's/0x[0-9a-f]+/0xX/g; s/  +/ /'; }
	is "SIGTERM in a blocked read: the call, the signal, the death, as strace" \
		"$(killrd killrd.kstrace)" "$(killrd killrd.strace)"
fi

### (f) -u nobody.
if scenario f; then
	for tool in strace kstrace; do
		"$tool" -qq -e trace=none -u nobody -- "$B/behave" id >"id.$tool" 2>/dev/null
		"$tool" -qq -e trace=none -u nobody -- id -u >"idu.$tool" 2>/dev/null
	done
	is "-u nobody: the command's ids and groups are strace's ($(cat id.strace))" \
		"$(cat id.kstrace)" "$(cat id.strace)"
	is "-u nobody: id -u" "$(cat idu.kstrace)" "$(id -u nobody)"
fi

### (g) strace's options on one workload.
if scenario g; then
	W=(cat /etc/hostname /nonexistent/kstrace-43)
	both qq 1 -qq -- "${W[@]}"
	is "-qq: no '+++ exited' line, as strace" "$(grep -c '^+++' qq.ks)" "$(grep -c '^+++' qq.st)"
	both qexit 1 -e quiet=exit -- "${W[@]}"
	is "-e quiet=exit: as strace" "$(grep -c '^+++' qexit.ks)" "$(grep -c '^+++' qexit.st)"
	both unfin 1 -e status=unfinished -- "${W[@]}"
	is "-e status=unfinished: the exit_group alone, as strace" "$(cat unfin.ks)" "$(cat unfin.st)"
	both failed 1 -e status=failed -- "${W[@]}"
	ev_check "-e status=failed: the same failed calls, in order" cmp-seq ST failed.ks ST failed.st
	both path 1 -P /etc/hostname -- "${W[@]}"
	ev_check "-P /etc/hostname: the calls strace shows (names, counts)" cmp-names path.ks path.st
	is "-P /etc/hostname: the openat of it as strace's" "$(grep '^openat' path.ks)" "$(grep '^openat' path.st)"
	both bexec 0 -f -b execve -- sh -c '/bin/true; exec /bin/echo hi'
	is "-b execve: the same execve calls" "$(grep -o 'execve("[^"]*"' bexec.ks)" \
		"$(grep -o 'execve("[^"]*"' bexec.st)"
	is "-b execve: the last one let go '<detached ...>', as strace" \
		"$(tail -n 1 bexec.ks | sed -E 's/^[0-9]+ +//; s/0x[0-9a-f]+/0xX/')" \
		"$(tail -n 1 bexec.st | sed -E 's/^[0-9]+ +//; s/0x[0-9a-f]+/0xX/')"
	# shellcheck disable=SC2016 # for the traced shell
	both env 0 -e trace=none -E KSTRACE43=yes -- sh -c 'test "$KSTRACE43" = yes'
	# shellcheck disable=SC2016
	both nvar 0 -e trace=none -E HOME -- sh -c 'test -z "$HOME"'
	for tool in strace kstrace; do
		echo first >"app.$tool"
		"$tool" -A -o "app.$tool" -e trace=exit_group -- true
		"$tool" -o "|cat >pipe.$tool" -e trace=exit_group -- true
	done
	is "-A: appended, as strace" "$(cat app.kstrace)" "$(cat app.strace)"
	is "-o '|CMD': through CMD, as strace" "$(cat pipe.kstrace)" "$(cat pipe.strace)"
	both num 1 -n -- "${W[@]}"
	is "-n: the [number] of every line is strace's" \
		"$(sed -E 's/^(\[ *[0-9]+\] [a-z_0-9+-]+).*/\1/' num.ks)" \
		"$(sed -E 's/^(\[ *[0-9]+\] [a-z_0-9+-]+).*/\1/' num.st)"
	both col 1 -a 12 -e trace=close,exit_group -- "${W[@]}"
	is "-a 12: the column of the return value as strace's" "$(cat col.ks)" "$(cat col.st)"
	both rel 1 -r -- "${W[@]}"
	is "-r: every line starts with a relative time, as strace's" \
		"$(grep -cvE '^ +[0-9]+\.[0-9]{6} ' rel.ks)" "$(grep -cvE '^ +[0-9]+\.[0-9]{6} ' rel.st)"
	both ip 1 -i -- "${W[@]}"
	is "-i: every line starts with the [instruction pointer] (unknown: ?)" \
		"$(grep -cvE '^\[[0-9a-f?]{16}\] ' ip.ks)" "$(grep -cvE '^\[[0-9a-f?]{16}\] ' ip.st)"
	# Without ASLR (setarch -R) both runs map the same code at the same
	# addresses: each call's pointer is strace's, but execve's, which the
	# tracer's own child makes.
	ips() { sed -nE '/\] execve\(/d; s/^(\[[0-9a-f]{16}\] [a-z_0-9]+)\(.*/\1/p' "$1"; }
	setarch -R strace -i -o ipr.st -- "${W[@]}" >/dev/null 2>&1
	setarch -R kstrace -i -o ipr.ks -- "${W[@]}" >/dev/null 2>&1
	ok "-i: strace's pointers are known (the oracle works: $(ips ipr.st | wc -l) calls)" \
		test "$(ips ipr.st | wc -l)" -ge 10
	is "-i: each call's instruction pointer is strace's (no ASLR)" "$(ips ipr.ks)" "$(ips ipr.st)"
	for t in -t -tt -ttt --absolute-timestamps=format:unix,precision:ms; do
		both ts 1 "$t" -e trace=openat -- "${W[@]}"
		is "$t: the time stamps as strace's" "$(sed -E 's/[0-9]/9/g; s/^([0-9:.]+ ).*/\1/' ts.ks)" \
			"$(sed -E 's/[0-9]/9/g; s/^([0-9:.]+ ).*/\1/' ts.st)"
	done
	both tns 1 --syscall-times=ns -e trace=openat -- "${W[@]}"
	is "-T=ns: the durations as strace's" "$(grep -oE ' <[0-9.]+>$' tns.ks | sed 's/[0-9]/9/g')" \
		"$(grep -oE ' <[0-9.]+>$' tns.st | sed 's/[0-9]/9/g')"
	both cwu 1 -c -w -U name,calls,errors,max-time -O 1ns -- "${W[@]}"
	is "-c -w -U name,calls,errors,max-time: strace's header" "$(head -n 2 cwu.ks)" "$(head -n 2 cwu.st)"
	# (the module counts exit_group when the task ends; strace, which never
	# sees it return, does not: kstrace's only difference in -c's rows)
	is "-c -w -U ...: the same rows (name, calls) but exit_group" \
		"$(awk 'NR > 2 && !/^-/ && $1 != "exit_group" && $1 != "total" { print $1, $2 }' cwu.ks | sort)" \
		"$(awk 'NR > 2 && !/^-/ && $1 != "exit_group" && $1 != "total" { print $1, $2 }' cwu.st | sort)"
	# (-e quiet=none: -o FILE PROG implies -q, which silences the message)
	kstrace -e quiet=none --syscall-limit=5 -o lim.ks -- "$B/behave" calls 50 2>lim.err
	is "--syscall-limit=5: exit 0" "$?" 0
	is "--syscall-limit=5: five calls shown" "$(grep -c ' = ' lim.ks)" 5
	ok "--syscall-limit=5: strace's message" has lim.err \
		'^kstrace: System call limit has been reached, detaching tracees$'
	kstrace -D -o /dev/null -- true 2>dd.err
	is "-D: accepted, one line says why it does nothing" "$(wc -l <dd.err)" 1
fi

scenario
diag "workloads took ${SECONDS}s"
ev_flush
exit 0
