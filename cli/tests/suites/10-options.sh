# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, data, tmp: cli/tests/run
#
# 10-options.sh - options, usage errors and exit codes, worded as strace 6.1's.
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

out=$("$K" --help); rc=$?
is "--help exits 0" "$rc" 0
case $out in
*"Usage: kstrace"*"-c, --summary-only"*"--format-results"*"--format-events"*) ok "--help shows usage and the testing options" ;;
*) fail "--help shows usage and the testing options" "$out" ;;
esac
version=$(sed -n 's/^#define KSTRACE_VERSION[[:space:]]*"\(.*\)"$/\1/p' \
	"$cli/../include/uapi/linux/kstrace.h")
is "-V prints the version (the uapi header's)" "$("$K" -V)" "kstrace $version"
is "--version prints the version" "$("$K" --version)" "kstrace $version"

err=$("$K" 2>&1 >/dev/null); rc=$?
is "no PROG: strace's message" "$err" "kstrace: must have PROG [ARGS] or -p PID
Try 'kstrace -h' for more information."
is "no PROG: exit 1" "$rc" 1


err=$("$K" -c -- kstrace-no-such-command 2>&1); rc=$?
is "unknown PROG: strace's message" "$err" "kstrace: Can't stat 'kstrace-no-such-command': No such file or directory"
is "unknown PROG: exit 1" "$rc" 1

err=$("$K" -c -S bogus true 2>&1); rc=$?
case $err in
"kstrace: invalid sortby: 'bogus'"*"Try 'kstrace -h'"*) ok "bad -S is a usage error" ;;
*) fail "bad -S is a usage error" "$err" ;;
esac
is "bad -S: exit 1" "$rc" 1

err=$("$K" -c -p 12x 2>&1); rc=$?
is "bad -p: strace's message" "$err" "kstrace: Invalid process id: '12x'"
pids=$(seq -s, 1000 1065)
err=$("$K" -c -p "$pids" 2>&1); rc=$?
case $err in
*"too many targets"*KSTRACE_MAX_TARGETS*) ok "more than KSTRACE_MAX_TARGETS -p is refused" ;;
*) fail "more than KSTRACE_MAX_TARGETS -p is refused" "$err" ;;
esac
err=$("$K" -c -j true 2>&1)
is "unknown option" "$err" "kstrace: invalid option -- 'j'
Try 'kstrace -h' for more information."
err=$("$K" -c -C true 2>&1); rc=$?
is "-c with -C: strace's message" "$err" "kstrace: -c/--summary-only and -C/--summary are mutually exclusive
Try 'kstrace -h' for more information."
is "-c with -C: exit 1" "$rc" 1
err=$("$K" -C -ff -o "$tmp/x" true 2>&1)
is "-ff with -C: strace's message" "$err" "kstrace: (-c/--summary-only or -C/--summary) and -ff/--output-separately are mutually exclusive
Try 'kstrace -h' for more information."
err=$("$K" -s abc true 2>&1)
is "bad -s: strace's message" "$err" "kstrace: invalid -s argument: 'abc'
Try 'kstrace -h' for more information."
err=$("$K" -e trace=openat,nosuchcall true 2>&1); rc=$?
is "unknown syscall: strace's message" "$err" "kstrace: invalid system call 'nosuchcall'"
is "unknown syscall: exit 1" "$rc" 1
err=$("$K" -e trace=%nosuch true 2>&1)
is "unknown class: strace's message" "$err" "kstrace: invalid system call '%nosuch'"
err=$("$K" -e foo=bar true 2>&1)
is "unknown qualifier is a set, like strace" "$err" "kstrace: invalid system call 'foo=bar'"
err=$("$K" -e status=foo true 2>&1)
is "bad status: strace's message" "$err" "kstrace: invalid status 'foo'"
# strace's output options: their usage errors, worded as strace's
err=$("$K" -X foo true 2>&1); rc=$?
is "bad -X: strace's message" "$err" "kstrace: invalid -X argument: 'foo'
Try 'kstrace -h' for more information."
is "bad -X: exit 1" "$rc" 1
err=$("$K" --const-print-style=foo true 2>&1)
is "bad --const-print-style: strace's message" "$err" "kstrace: invalid --const-print-style argument: 'foo'
Try 'kstrace -h' for more information."
err=$("$K" --strings-in-hex=foo true 2>&1)
is "bad --strings-in-hex: strace's message" "$err" "kstrace: invalid --strings-in-hex argument: 'foo'
Try 'kstrace -h' for more information."
err=$("$K" -x --strings-in-hex=all true 2>&1); rc=$?
is "-x with --strings-in-hex: strace's message" "$err" "kstrace: -x and --strings-in-hex cannot be provided simultaneously"
is "-x with --strings-in-hex: exit 1" "$rc" 1
err=$("$K" -e read=3,x true 2>&1); rc=$?
is "bad -e read=: strace's message" "$err" "kstrace: invalid descriptor 'x'"
is "bad -e read=: exit 1" "$rc" 1
err=$("$K" -e write= true 2>&1)
is "empty -e write=: strace's message" "$err" "kstrace: invalid descriptor ''"
err=$("$K" --read=-1 true 2>&1)
is "bad --read=: strace's message" "$err" "kstrace: invalid descriptor '-1'"
for q in abbrev a verbose v raw x; do
	err=$("$K" -e "$q=read,nosuchcall" true 2>&1)
	is "bad -e $q=: strace's message" "$err" "kstrace: invalid system call 'nosuchcall'"
done
err=$("$K" --verbose=nosuchcall true 2>&1)
is "bad --verbose=: strace's message" "$err" "kstrace: invalid system call 'nosuchcall'"
err=$("$K" -e signal=SIGFOO true 2>&1); rc=$?
is "bad -e signal=: strace's message" "$err" "kstrace: invalid signal 'SIGFOO'"
is "bad -e signal=: exit 1" "$rc" 1
err=$("$K" -e status=successful,bogus true 2>&1)
is "bad -e status= member: strace's message" "$err" "kstrace: invalid status 'bogus'"
err=$("$K" -e quiet=bogus true 2>&1)
is "bad -e quiet=: strace's message" "$err" "kstrace: invalid quiet 'bogus'"
err=$("$K" -q -e quiet=exit true 2>&1); rc=$?
is "-q with -e quiet=: strace's message" "$err" "kstrace: -q and -e quiet/--quiet cannot be provided simultaneously"
err=$("$K" -e inject=openat:error=ENOENT true 2>&1); rc=$?
is "-e inject= says why not" "$err" "kstrace: -e inject=: not supported by kstrace: kstrace never stops or changes the traced processes (no ptrace), so it cannot inject errors, signals or delays"
is "-e inject=: exit 1" "$rc" 1
err=$("$K" -e fault=openat true 2>&1)
case $err in
"kstrace: -e fault=: not supported by kstrace: "*) ok "-e fault= says why not" ;;
*) fail "-e fault= says why not" "$err" ;;
esac
err=$("$K" -k true 2>&1); rc=$?
is "-k says why not" "$err" "kstrace: -k/--stack-traces: not supported by kstrace: the module records no user stack"
is "-k: exit 1" "$rc" 1
err=$("$K" -b fork true 2>&1)
is "-b other than execve: strace's message" "$err" "kstrace: Syscall 'fork' for -b isn't supported"
err=$("$K" -I 5 true 2>&1)
is "bad -I: strace's message" "$err" "kstrace: invalid -I argument: '5'
Try 'kstrace -h' for more information."
err=$("$K" -w true 2>&1)
is "-w without -c: strace's message" "$err" "kstrace: -w/--summary-wall-clock must be given with (-c/--summary-only or -C/--summary)
Try 'kstrace -h' for more information."
err=$("$K" -U calls true 2>&1)
is "-U without -c: strace's message" "$err" "kstrace: -U/--summary-columns must be given with (-c/--summary-only or -C/--summary)
Try 'kstrace -h' for more information."
err=$("$K" -c -U calls,bogus true 2>&1)
is "-U unknown column: strace's message" "$err" "kstrace: unknown column name: 'bogus'
Try 'kstrace -h' for more information."
err=$("$K" -c -U calls,count true 2>&1)
is "-U twice: strace's message" "$err" "kstrace: call summary column has been provided more than once: 'count' (-U option residual: 'count')
Try 'kstrace -h' for more information."
err=$("$K" -t --absolute-timestamps=unix true 2>&1)
is "-t with --absolute-timestamps: strace's message" "$err" "kstrace: -t and --absolute-timestamps cannot be provided simultaneously"
err=$("$K" --absolute-timestamps=precision:xs true 2>&1)
is "bad --absolute-timestamps: strace's message" "$err" "kstrace: invalid --absolute-timestamps argument: 'precision:xs'
Try 'kstrace -h' for more information."
err=$("$K" --syscall-limit=0 true 2>&1)
is "--syscall-limit=0: strace's message" "$err" "kstrace: invalid --syscall-limit argument: '0'
Try 'kstrace -h' for more information."
err=$("$K" -ff -o '|cat' true 2>&1)
is "-ff with a pipe: strace's message" "$err" "kstrace: piping the output and -ff/--output-separately are mutually exclusive
Try 'kstrace -h' for more information."
err=$("$K" -D -p 1 2>&1)
is "-D without PROG: strace's message" "$err" "kstrace: PROG [ARGS] must be specified with -D/--daemonize
Try 'kstrace -h' for more information."
err=$("$K" -DDDD true 2>&1)
is "-DDDD: strace's message" "$err" "kstrace: Too many -D's (4), maximum supported -D count is 3
Try 'kstrace -h' for more information."
if [ "$(id -u)" != 0 ]; then
	err=$("$K" -u nobody true 2>&1)
	is "-u as a user: strace's message" "$err" "kstrace: You must be root to use the -u/--username option"
else
	err=$("$K" -u kstrace-no-such-user true 2>&1)
	is "-u unknown user: strace's message" "$err" "kstrace: Cannot find user 'kstrace-no-such-user'"
fi
err=$("$K" --bufsize 4 true 2>&1); rc=$?
case $err in
"kstrace: --bufsize 4: "*"8 to 65536 KiB"*) ok "--bufsize out of range" ;;
*) fail "--bufsize out of range" "$err" ;;
esac
err=$("$K" --format-events /dev/null true 2>&1)
case $err in
*"--format-events formats a file"*) ok "--format-events with PROG is refused" ;;
*) fail "--format-events with PROG is refused" "$err" ;;
esac
err=$("$K" -c --output 2>&1)
is "missing argument" "$err" "kstrace: option '--output' requires an argument
Try 'kstrace -h' for more information."

if [ ! -e /proc/kstrace ]; then
	err=$("$K" -c -- true 2>&1); rc=$?
	is "module not loaded: names the fix" "$err" "kstrace: module not loaded: run \`sudo modprobe kstrace\` (or \`sudo insmod module/kstrace.ko\`)"
	is "module not loaded: exit 1" "$rc" 1
	err=$("$K" -- true 2>&1); rc=$?
	is "event mode, module not loaded: names the fix" "$err" "kstrace: module not loaded: run \`sudo modprobe kstrace\` (or \`sudo insmod module/kstrace.ko\`)"
	is "event mode, module not loaded: exit 1" "$rc" 1
else
	skip "module not loaded message" "/proc/kstrace exists here"
fi
