# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, data, tmp: cli/tests/run
#
# 50-flow.sh - the tracing flow against fakesession.so, an LD_PRELOAD stand-in for
# the module: commands sent, exit codes, signals, -f, -p, strace's startup
# options, and the event mode's flow.
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

# shellcheck disable=SC2086 # CFLAGS is a list of words
if ! $CC $CFLAGS -shared -fPIC -o "$tmp/fake.so" "$here/fakesession.c" -ldl; then
	fail "fakesession.so builds"
else
	fake() {
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_LOG=$tmp/log \
			FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls "$@"
	}

	: >"$tmp/log"
	out=$(fake "$K" -c -o "$tmp/o" -- sh -c 'echo hello; exit 3'); rc=$?
	is "PROG runs with its stdout" "$out" "hello"
	is "exit status is PROG's" "$rc" 3
	is "commands: exec, start, stop" "$(tr '\n' ' ' <"$tmp/log")" \
		"summary 1 exec $(sed -n 's/^exec //p' "$tmp/log") start stop "
	same_file "summary of the session goes to -o" "$tmp/o" "$data/flow.expected"

	FAKE_KSTRACE_ONLY_ZERO=1 fake "$K" -c -o "$tmp/o" -- true; rc=$?
	is "results at offset 0 only: exit 0" "$rc" 0
	same_file "results at offset 0 only: summary" "$tmp/o" "$data/flow.expected"

	# shellcheck disable=SC2016 # $$ is the traced shell's
	{ fake "$K" -c -o "$tmp/o" -- sh -c 'kill -TERM $$'; rc=$?; } 2>/dev/null
	is "PROG killed by SIGTERM: kstrace dies of SIGTERM (143)" "$rc" 143

	# shellcheck disable=SC2016 # $PPID is the traced shell's
	fake "$K" -c -o "$tmp/o" -- sh -c 'kill -INT $PPID; exit 4'; rc=$?
	is "SIGINT to kstrace while PROG runs: still PROG's status" "$rc" 4
	same_file "SIGINT to kstrace while PROG runs: summary printed" "$tmp/o" "$data/flow.expected"

	: >"$tmp/log"
	out=$(FAKE_KSTRACE_FAIL=start:38 fake "$K" -c -- sh -c 'echo RAN' 2>&1); rc=$?
	is "start ENOSYS: names CONFIG_FTRACE_SYSCALLS" "$out" \
		"kstrace: this kernel lacks the syscall tracepoints (CONFIG_FTRACE_SYSCALLS)"
	is "start ENOSYS: exit 1" "$rc" 1
	out=$(FAKE_KSTRACE_FAIL=start:95 fake "$K" -c -- true 2>&1)
	is "start EOPNOTSUPP: names CONFIG_FTRACE_SYSCALLS" "$out" \
		"kstrace: this kernel lacks the syscall tracepoints (CONFIG_FTRACE_SYSCALLS)"

	out=$(FAKE_KSTRACE_OPEN_ERRNO=13 fake "$K" -c -- true 2>&1); rc=$?
	is "open EACCES: needs root" "$out" \
		"kstrace: permission denied: tracing needs root (CAP_SYS_ADMIN and CAP_SYS_PTRACE); run with sudo"
	is "open EACCES: exit 1" "$rc" 1
	out=$(FAKE_KSTRACE_OPEN_ERRNO=1 fake "$K" -c -- true 2>&1)
	is "open EPERM: needs root" "$out" \
		"kstrace: permission denied: tracing needs root (CAP_SYS_ADMIN and CAP_SYS_PTRACE); run with sudo"

	out=$(fake "$K" -c -p 2147483647 2>&1); rc=$?
	is "attach ESRCH" "$out" "kstrace: no such process: 2147483647"
	is "attach ESRCH: exit 1" "$rc" 1
	out=$(FAKE_KSTRACE_FAIL=attach:7 fake "$K" -c -p $$ 2>&1)
	case $out in
	*"too many targets"*KSTRACE_MAX_TARGETS*) ok "attach E2BIG names the limit" ;;
	*) fail "attach E2BIG names the limit" "$out" ;;
	esac
	out=$(FAKE_KSTRACE_FAIL=attach:1 fake "$K" -c -p $$ 2>&1)
	case $out in
	"kstrace: permission denied: cannot trace process $$"*) ok "attach EPERM" ;;
	*) fail "attach EPERM" "$out" ;;
	esac

	printf '#!/kstrace/no/such/interpreter\n' >"$tmp/noexec"
	chmod +x "$tmp/noexec"
	out=$(fake "$K" -c -o "$tmp/o" -- "$tmp/noexec" 2>&1); rc=$?
	is "execve failure: exit 127" "$rc" 127
	case $out in
	"kstrace: exec '$tmp/noexec': No such file or directory") ok "execve failure: message" ;;
	*) fail "execve failure: message" "$out" ;;
	esac

	# -f: a descendant that outlives PROG by ~1 s is waited for
	: >"$tmp/log"
	rm -f "$tmp/pid"
	t0=$(date +%s%N)
	FAKE_KSTRACE_PIDFILE=$tmp/pid fake "$K" -c -f -o "$tmp/o" -- \
		sh -c "sleep 1 & echo \$! >$tmp/pid"
	rc=$?
	ms=$((($(date +%s%N) - t0) / 1000000))
	is "-f: commands exec, follow 1, start, stop" \
		"$(sed 's/^exec [0-9]*$/exec/' "$tmp/log" | tr '\n' ' ')" \
		"summary 1 exec follow 1 start stop "
	if [ "$ms" -ge 900 ]; then
		ok "-f: waits for the descendant (${ms} ms)"
	else
		fail "-f: waits for the descendant" "only ${ms} ms"
	fi

	# -p: ends when all targets have exited
	: >"$tmp/log"
	sleep 1 &
	p1=$!
	sleep 0.3 &
	p2=$!
	fake "$K" -c -o "$tmp/o" -p "$p1,$p2" -p "$p1"; rc=$?
	is "-p: ends when all exited, exit 0" "$rc" 0
	is "-p: one attach per distinct PID" "$(tr '\n' ' ' <"$tmp/log")" \
		"summary 1 attach $p1 attach $p2 start stop "
	same_file "-p: summary" "$tmp/o" "$data/flow.expected"

	# -p: SIGINT or SIGTERM ends tracing and prints the summary. kstrace
	# runs without the fake() wrapper so that $! is kstrace itself (a
	# background sh function is a subshell); an async command starts with
	# SIGINT ignored, which kstrace -p must override.
	for sig in INT TERM; do
		sleep 30 &
		p1=$!
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
			"$K" -c -o "$tmp/o" -p "$p1" &
		k=$!
		sleep 0.5
		t0=$(date +%s%N)
		kill -"$sig" "$k"
		wait "$k" 2>/dev/null; rc=$?
		ms=$((($(date +%s%N) - t0) / 1000000))
		kill "$p1" 2>/dev/null
		# strace dies of the signal that interrupted it, after detaching
		is "-p: SIG$sig detaches, then kstrace dies of it (as strace)" "$rc" \
			"$(sigcode "$sig")"
		if [ "$ms" -lt 2000 ]; then
			ok "-p: SIG$sig ends it at once (${ms} ms)"
		else
			fail "-p: SIG$sig ends it at once" "${ms} ms"
		fi
		same_file "-p: SIG$sig: summary" "$tmp/o" "$data/flow.expected"
	done

	# --kprobe: the probes go first, before the command exists
	: >"$tmp/log"
	fake "$K" -c --kprobe vfs_read --kprobe 'do_nanosleep%return' \
		-o "$tmp/o" -- true; rc=$?
	is "--kprobe: commands kprobe, kretprobe, exec, start, stop" \
		"$(sed 's/^exec [0-9]*$/exec/' "$tmp/log" | tr '\n' ' ')" \
		"summary 1 kprobe vfs_read kretprobe do_nanosleep exec start stop "
	is "--kprobe: exit 0" "$rc" 0
	: >"$tmp/log"
	fake "$K" -c --latency --kprobe vfs_read --kprobe vfs_read%return \
		-o "$tmp/o" -- true
	is "--latency: kretprobes only, once each" "$(tr '\n' ' ' <"$tmp/log" | sed 's/exec [0-9]*/exec/')" \
		"summary 1 kretprobe vfs_read exec start stop "
	: >"$tmp/log"
	sleep 0.3 &
	p1=$!
	fake "$K" -c --kprobe vfs_read -o "$tmp/o" -p "$p1"
	is "--kprobe -p: kprobe before attach" "$(tr '\n' ' ' <"$tmp/log")" \
		"summary 1 kprobe vfs_read attach $p1 start stop "

	for e in "2:kstrace: unknown kernel function 'nosuchfunc' (see /proc/kallsyms)" \
		 "22:kstrace: 'nosuchfunc' cannot be probed (blacklisted, notrace or not a function entry; see /sys/kernel/debug/kprobes/blacklist)" \
		 "7:kstrace: too many probes (at most 16 per session)" \
		 "17:kstrace: 'nosuchfunc' is already probed (--kprobe given twice)"; do
		n=${e%%:*}
		: >"$tmp/log"
		rm -f "$tmp/ran"
		out=$(FAKE_KSTRACE_FAIL=kprobe:$n fake "$K" -c --kprobe nosuchfunc \
			-- sh -c ": >$tmp/ran" 2>&1); rc=$?
		is "kprobe errno $n: message" "$out" "${e#*:}"
		is "kprobe errno $n: exit 1" "$rc" 1
		is "kprobe errno $n: nothing else sent" "$(tr '\n' ' ' <"$tmp/log")" "summary 1 kprobe nosuchfunc "
		if [ -e "$tmp/ran" ]; then
			fail "kprobe errno $n: the command never ran"
		else
			ok "kprobe errno $n: the command never ran"
		fi
	done
	out=$(FAKE_KSTRACE_FAIL=kprobe:2 fake "$K" -c --kprobe kstrace_no_such_mod:f -- true 2>&1)
	is "kprobe ENOENT of MOD:FUNC, MOD not loaded" "$out" \
		"kstrace: module 'kstrace_no_such_mod' is not loaded"
	out=$(FAKE_KSTRACE_FAIL=kretprobe:2 fake "$K" --kprobe ok --kprobe 'bad%return' -- true 2>&1); rc=$?
	is "event mode: a bad kretprobe among good ones" "$out" \
		"kstrace: unknown kernel function 'bad' (see /proc/kallsyms)"
	is "event mode: a bad kretprobe: exit 1" "$rc" 1

	# ---- the event mode's flow ----
	if ! need_evgen; then
		skip "event mode flow" "evgen did not build"
	else
		[ -f "$tmp/fork.rec" ] || "$EVGEN" text "$data/events-fork.txt" "$tmp/fork.rec"
		fake_ev() {
			LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_LOG=$tmp/log \
				FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
				FAKE_KSTRACE_EVENTS=$tmp/fork.rec "$@"
		}

		: >"$tmp/log"
		out=$(fake_ev "$K" -o "$tmp/o" --save-events "$tmp/saved.rec" -- \
			sh -c 'echo hello; exit 3'); rc=$?
		is "events: PROG runs with its stdout" "$out" "hello"
		is "events: exit status is PROG's" "$rc" 3
		is "events: commands events 1, exec, start" \
			"$(sed 's/^exec [0-9]*$/exec/' "$tmp/log" | tr '\n' ' ')" \
			"events 1 summary 0 exec start "
		same_file "events: the trace goes to -o" "$tmp/o" \
			"$data/events-fork.noprefix.expected"
		if cmp -s "$tmp/saved.rec" "$tmp/fork.rec"; then
			ok "events: --save-events keeps the stream"
		else
			fail "events: --save-events keeps the stream"
		fi

		: >"$tmp/log"
		fake_ev "$K" -f -s 64 --bufsize 64 -e trace=read,write -z \
			-o "$tmp/o" -- true; rc=$?
		is "events: options become commands, before start" \
			"$(sed 's/^exec [0-9]*$/exec/' "$tmp/log" | tr '\n' ' ')" \
			"events 1 bufsize 64 strsize 64 trace 64 0-1 trace 32 3-4 result ok summary 0 exec follow 1 start "
		is "events: -f: exit 0" "$rc" 0

		: >"$tmp/log"
		fake_ev "$K" -Z -e '!%network' -o "$tmp/o" -- true
		is "events: -Z, -e trace=!%network" \
			"$(grep -e '^result' -e '^trace 64' "$tmp/log" | tr '\n' ' ')" \
			"trace 64 $(grep '^trace 64' "$tmp/log" | cut -d' ' -f3) result err "
		case $(grep '^trace 64' "$tmp/log") in
		"trace 64 0-39,56-287,"*) ok "events: !%network leaves out sendfile (40) to getsockopt (55)" ;;
		*) fail "events: !%network leaves out sendfile (40) to getsockopt (55)" "$(cat "$tmp/log")" ;;
		esac

		fake_ev "$K" -C -o "$tmp/o" -- true
		cat "$data/events-fork.noprefix.expected" "$data/flow.expected" \
			>"$tmp/want"
		same_file "events: -C: the trace, then the summary" "$tmp/o" "$tmp/want"

		err=$(FAKE_KSTRACE_LOST=5 fake_ev "$K" -o "$tmp/o" -- true 2>&1)
		is "events: lost records reported" "$err" \
			"kstrace: 5 events lost (buffer full); use --bufsize (now 1024 KiB per CPU) or -e trace= to keep up; lost per CPU: cpu1=5"

		out=$(FAKE_KSTRACE_FAIL=events:22 fake_ev "$K" -- sh -c 'echo RAN' 2>&1); rc=$?
		case $out in
		"kstrace: events 1: refused by the module"*) ok "events: a module without events: message" ;;
		*) fail "events: a module without events: message" "$out" ;;
		esac
		is "events: a module without events: exit 1" "$rc" 1

		fake_ev "$K" --json -o "$tmp/o" -- true
		if command -v python3 >/dev/null 2>&1; then
			if python3 -c 'import json, sys
for l in open(sys.argv[1]): json.loads(l)' "$tmp/o"; then
				ok "events: --json lines parse"
			else
				fail "events: --json lines parse" "$(head -n 3 "$tmp/o")"
			fi
		fi

		# in_nanosleep PID: waits (5 s at most) until PID is in
		# clock_nanosleep (230), as /proc/PID/syscall shows
		in_nanosleep() {
			local nr
			for _ in $(seq 50); do
				read -r nr _ <"/proc/$1/syscall" 2>/dev/null
				[ "${nr:-}" = 230 ] && return 0
				sleep 0.1
			done
			return 1
		}
		for sig in INT TERM; do
			: >"$tmp/log"
			sleep 30 &
			p1=$!
			# attach once it sleeps (a loaded host may not have
			# run it that far yet): that call is in the trace
			in_nanosleep "$p1"
			LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_LOG=$tmp/log \
				FAKE_KSTRACE_EVENTS=$tmp/fork.rec \
				FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
				"$K" -o "$tmp/o" -p "$p1" &
			k=$!
			sleep 0.5
			kill -"$sig" "$k"
			wait "$k" 2>/dev/null; rc=$?
			kill "$p1" 2>/dev/null
			is "events -p: SIG$sig detaches, then kstrace dies of it" "$rc" \
				"$(sigcode "$sig")"
			is "events -p: SIG$sig: commands" "$(tr '\n' ' ' <"$tmp/log")" \
				"events 1 summary 0 attach $p1 start stop "
			# the sleep's clock_nanosleep, found at attach, is cut by
			# the stream's first line (another task's)
			is "events -p: SIG$sig: the call the process was in at attach" \
				"$(head -n 1 "$tmp/o")" \
				"clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=30, tv_nsec=0},  <unfinished ...>"
			tail -n +2 "$tmp/o" >"$tmp/o2"
			same_file "events -p: SIG$sig: the trace" "$tmp/o2" \
				"$data/events-fork.noprefix.expected"
		done

		# ---- live output, signals, exit status, strace's startup options ----

		# A call that blocks shows at once, its line left open as
		# strace leaves it, then completed by its end.
		"$EVGEN" text "$data/events-block.txt" "$tmp/block.rec"
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_EVENTS=$tmp/block.rec \
			FAKE_KSTRACE_PAUSE=1:2500 FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
			"$K" -o "$tmp/o" -- sleep 4 &
		k=$!
		sleep 1.5
		is "live: a blocked call shows at once, as strace's 'read(0, '" \
			"$(cat "$tmp/o"; echo '|')" "read(0, |"
		wait "$k"
		"$K" --format-events "$tmp/block.rec" 2>"$tmp/want"
		same_file "live: ... then its line is completed, as if in one piece" \
			"$tmp/o" "$tmp/want"

		# -C --interval: the tables come between lines, the call open
		# then cut as strace cuts it for another line, then resumed
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_EVENTS=$tmp/block.rec \
			FAKE_KSTRACE_PAUSE=1:2500 FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
			"$K" -C --interval 1 -U calls,name -o "$tmp/oc" -- sleep 3.5
		is "-C --interval: the call in flight cut before the first table" \
			"$(sed -n '1p; 2s/,.*//p' "$tmp/oc")" "read(0,  <unfinished ...>
Calls of interval 1"
		n=$(grep -c '^Calls of interval ' "$tmp/oc")
		ok "-C --interval 1: interval tables while the call blocks ($n)" test "$n" -ge 2
		is "-C --interval: resumed as strace resumes it" \
			"$(grep -c '^<\.\.\. read resumed>' "$tmp/oc")" 1
		is "-C --interval: the whole run's table last, with its calls" \
			"$(awk '/^Calls of the whole/ { w = 1 } w && $NF == "total" { print $1 }' "$tmp/oc")" \
			"$(awk '{ s += $4 } END { print s }' "$data/flow.syscalls")"
		# -C --metrics: the trace, the table and the file
		mkdir -p "$tmp/cm"
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_EVENTS=$tmp/block.rec \
			FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
			"$K" -C --metrics "$tmp/cm/k.prom" -o "$tmp/om" -- true
		is "-C --metrics: the trace is written" "$(grep -c '^read(0, ' "$tmp/om")" 1
		is "-C --metrics: kstrace_syscalls_total sums to the module's calls" \
			"$(awk '/^kstrace_syscalls_total/ { s += $NF } END { print s }' "$tmp/cm/k.prom")" \
			"$(awk '{ s += $4 } END { print s }' "$data/flow.syscalls")"

		# exit status: kstrace dies of the signal that killed PROG
		if command -v python3 >/dev/null 2>&1; then
			status_of() {
				python3 -c 'import subprocess, sys
r = subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL)
print("signal %d" % -r.returncode if r.returncode < 0 else "exit %d" % r.returncode)' "$@"
			}
			# shellcheck disable=SC2016 # $$ is the traced shell's
			is "PROG killed by SIGSEGV: kstrace dies of SIGSEGV" \
				"$(status_of env LD_PRELOAD="$tmp/fake.so" "$K" -o /dev/null -- sh -c 'kill -SEGV $$')" \
				"signal 11"
			# shellcheck disable=SC2016
			is "PROG killed by SIGKILL: kstrace dies of SIGKILL" \
				"$(status_of env LD_PRELOAD="$tmp/fake.so" "$K" -c -o /dev/null -- sh -c 'kill -KILL $$')" \
				"signal 9"
			is "PROG exits 3: kstrace exits 3" \
				"$(status_of env LD_PRELOAD="$tmp/fake.so" "$K" -o /dev/null -- sh -c 'exit 3')" \
				"exit 3"
		else
			skip "exit status by signal" "no python3"
		fi

		# SIGTERM to kstrace: without -o (strace's -I2) it goes on to
		# PROG, whose end is in the trace; the summary is printed and
		# kstrace dies of SIGTERM
		rm -f "$tmp/ran"
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
			"$K" -c -- sh -c "sleep 3; : >$tmp/ran" 2>"$tmp/err" &
		k=$!
		sleep 0.5
		kill -TERM "$k"
		wait "$k" 2>/dev/null; rc=$?
		sleep 3.5
		is "SIGTERM to kstrace PROG: kstrace dies of it" "$rc" 143
		if [ -e "$tmp/ran" ]; then
			fail "SIGTERM to kstrace PROG: PROG got it too (not left running untraced)"
		else
			ok "SIGTERM to kstrace PROG: PROG got it too (not left running untraced)"
		fi
		same_file "SIGTERM to kstrace PROG: the summary is printed" "$tmp/err" \
			"$data/flow.expected"
		# with -o FILE PROG (strace's -I3) kstrace ignores it
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
			"$K" -c -o "$tmp/o" -- sh -c 'sleep 3; exit 5' &
		k=$!
		sleep 0.5
		kill -TERM "$k" 2>/dev/null; sent=$?
		wait "$k"; rc=$?
		# sent 0: the signal came while kstrace ran, so ignoring it is proven
		is "SIGTERM to kstrace -o FILE PROG: ignored, PROG's status" "$sent:$rc" 0:5
		same_file "SIGTERM to kstrace -o FILE PROG: the summary" "$tmp/o" \
			"$data/flow.expected"
		# ... unless -I 2 says otherwise
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
			"$K" -I 2 -c -o "$tmp/o" -- sh -c 'sleep 10; exit 5' &
		k=$!
		sleep 0.5
		kill -TERM "$k" 2>/dev/null
		wait "$k" 2>/dev/null; rc=$?
		is "SIGTERM to kstrace -I 2 -o FILE PROG: kstrace dies of it" "$rc" 143

		# strace's messages of attach and detach, and -q
		sleep 30 &
		p1=$!
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
			"$K" -c -o "$tmp/o" -p "$p1" 2>"$tmp/err" &
		k=$!
		sleep 0.5
		kill -INT "$k"
		wait "$k" 2>/dev/null
		is "-p: 'Process N attached', 'Process N detached'" "$(cat "$tmp/err")" \
			"kstrace: Process $p1 attached
kstrace: Process $p1 detached"
		LD_PRELOAD=$tmp/fake.so FAKE_KSTRACE_SYSCALLS=$data/flow.syscalls \
			"$K" -q -c -o "$tmp/o" -p "$p1" 2>"$tmp/err" &
		k=$!
		sleep 0.5
		kill -INT "$k"
		wait "$k" 2>/dev/null
		kill "$p1" 2>/dev/null
		is "-p -q: no attach messages" "$(cat "$tmp/err")" ""

		# PROG and -p in one run, as strace allows
		: >"$tmp/log"
		sleep 1 &
		p1=$!
		fake "$K" -c -o "$tmp/o" -p "$p1" -- sh -c 'exit 6' 2>/dev/null; rc=$?
		is "PROG and -p: commands" \
			"$(sed 's/^exec [0-9]*$/exec/' "$tmp/log" | tr '\n' ' ')" \
			"summary 1 exec attach $p1 start stop "
		is "PROG and -p: PROG's status" "$rc" 6

		# -E, -o |CMD, -A
		# shellcheck disable=SC2016 # for the traced shell
		out=$(FOO=old BAR=gone fake "$K" -c -o /dev/null -E FOO=new -E BAR \
			-E NEW=1 -- sh -c 'echo "$FOO ${BAR-unset} $NEW"')
		is "-E VAR=VAL sets, -E VAR removes" "$out" "new unset 1"
		fake "$K" -c -o "|cat >$tmp/piped" -- true
		same_file "-o '|CMD': the summary through CMD" "$tmp/piped" \
			"$data/flow.expected"
		fake "$K" -c -o "!cat >$tmp/piped" -- true
		same_file "-o '!CMD' too" "$tmp/piped" "$data/flow.expected"
		echo first >"$tmp/o"
		fake "$K" -A -c -o "$tmp/o" -- true
		{ echo first; cat "$data/flow.expected"; } >"$tmp/want"
		same_file "-A: -o FILE appended to" "$tmp/o" "$tmp/want"

		# -u: the command's credentials (root only)
		if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
			out=$(fake "$K" -c -o /dev/null -u nobody -- id -u)
			is "-u nobody: the command runs as nobody" "$out" "$(id -u nobody)"
			# shellcheck disable=SC2016
			out=$(fake "$K" -c -o /dev/null -u 4321:4322 -- sh -c 'echo $(id -u) $(id -g) $(id -G)')
			is "-u UID:GID: those ids, no other group" "$out" "4321 4322 4322"
		else
			skip "-u" "not root, or no user nobody"
		fi
	fi
fi
