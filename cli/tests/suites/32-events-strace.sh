# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # cli, here, data, tmp: cli/tests/run
#
# 32-events-strace.sh - the event mode against strace 6.1: the same calls made under strace
# and recorded by evgen, printed by both (every syscall of both ABIs with one
# value in all arguments; data/calls.spec with strace's output options;
# -e trace= classes).
# Sourced by cli/tests/run, which defines the helpers and $K, $data, $tmp.

# section FILE: strace's lines from the first marker to the last, without
# the seccomp filter evgen installs (it makes no record of that), in any
# of the -X and -e raw= forms
section() {
	awk '{ line[NR] = $0 }
	     /^(\[ *[0-9]+\] )?close\((-12345|0xffffcfc7|0xffffffffffffcfc7)\)/ { if (!first) first = NR; last = NR }
	     END { for (i = first; first && i <= last; i++) print line[i] }' "$1" |
		grep -v -E -e '^(\[ *[0-9]+\] )?prctl\((PR_SET_NO_NEW_PRIVS|0x26)[ ,].* = 0$' \
			-e '^(\[ *[0-9]+\] )?seccomp\((SECCOMP_SET_MODE_FILTER|0x1)[ ,].* = 0$'
}

# known_diff GOT WANT: the pair differs in a way data/allsys.known allows
known_diff() {
	grep -v '^#' "$data/allsys.known" | grep -v '^$' >"$tmp/known"
	printf '%s\n%s\n' "$1" "$2" | grep -q -E -f "$tmp/known"
}

# compare_lines NAME GOT WANT: same lines but the known differences
compare_lines() {
	if [ "$(wc -l <"$2")" != "$(wc -l <"$3")" ]; then
		fail "$1" "$(diff "$3" "$2" | head -n 20)"
		return
	fi
	paste -d '\n' "$2" "$3" >"$tmp/pairs"
	bad=0
	n=0
	msg=
	while IFS= read -r g && IFS= read -r w; do
		n=$((n + 1))
		[ "$g" = "$w" ] && continue
		known_diff "$g" "$w" && continue
		bad=$((bad + 1))
		[ "$bad" -le 10 ] && msg="$msg
got:  $g
want: $w"
	done <"$tmp/pairs"
	if [ "$bad" = 0 ]; then
		ok "$1 ($n lines)"
	else
		fail "$1: $bad lines differ" "$msg"
	fi
}

if ! need_evgen; then
	skip "event mode against strace" "evgen did not build"
elif ! command -v strace >/dev/null 2>&1; then
	skip "event mode against strace" "strace is not installed"
elif ! strace -o /dev/null true 2>/dev/null; then
	skip "event mode against strace" "ptrace is not allowed here"
else
	case $(strace -V | head -n 1) in
	*"version 6.1"*) ;;
	*) echo "# strace is $(strace -V | head -n 1), the decoders were matched to 6.1" ;;
	esac
	need_int80
	ia32=yes
	if ! strace -o "$tmp/int80.out" "$tmp/prog-int80" 2>/dev/null ||
	   ! grep -q '^getpid()' "$tmp/int80.out" 2>/dev/null; then
		ia32=
		echo "# no IA32 emulation: the ia32 calls are left out"
	fi

	# every syscall of both ABIs, all arguments one value
	allspec() {
		echo seccomp
		echo marker
		awk -v v="$1" -v ia32="$ia32" '
			/sysent64\[\]/ { abi = 64 } /sysent32\[\]/ { abi = 32 }
			/^\t\[[0-9]+\] = \{ "/ {
				gsub(/[][]/, "", $1)
				if (abi == 64 && $1 != 231)	# exit_group: allowed
					print $1, v, v, v, v, v, v
				if (abi == 32 && ia32)
					print "int80", $1, v, v, v, v, v, v
			}' "$cli/sysent.h"
		echo marker
	}
	for v in 0 -1 1 2 3 7 -100 0x80 0x100 0x800 0x1000 0x20000 0x40000000; do
		allspec "$v" >"$tmp/all.spec"
		(cd "$tmp" && strace "$EVGEN" run all.spec all.rec \
			>/dev/null 2>"$tmp/all.strace")
		section "$tmp/all.strace" >"$tmp/want"
		"$K" --format-events "$tmp/all.rec" 2>"$tmp/got"
		compare_lines "every syscall, all arguments $v: as strace prints it" \
			"$tmp/got" "$tmp/want"
	done

	# strace's output options over every syscall: -X, -e raw=, verbose=
	for o in "-X raw" "-X verbose" "-e raw=all" "-e verbose=none" \
		 "-X verbose -e raw=%file"; do
		for v in 0 -1 7 0x80 0x8002 -100; do
			allspec "$v" >"$tmp/all.spec"
			# shellcheck disable=SC2086 # o is a list of options
			(cd "$tmp" && strace $o "$EVGEN" run all.spec all.rec \
				>/dev/null 2>"$tmp/all.strace")
			section "$tmp/all.strace" >"$tmp/want"
			# shellcheck disable=SC2086
			"$K" $o --format-events "$tmp/all.rec" 2>"$tmp/got"
			compare_lines "every syscall, all arguments $v, $o: as strace prints it" \
				"$tmp/got" "$tmp/want"
		done
	done

	# real calls and failing ones, with several -s
	if [ "$ia32" ]; then
		cp "$data/calls.spec" "$tmp/calls.spec"
	else
		grep -v '^int80' "$data/calls.spec" >"$tmp/calls.spec"
	fi
	for s in 32 0 1 5 100; do
		rm -rf "$tmp/scratch"
		mkdir "$tmp/scratch"
		(cd "$tmp/scratch" && strace -s "$s" "$EVGEN" run -s "$s" \
			../calls.spec ../calls.rec >/dev/null 2>../calls.strace)
		section "$tmp/calls.strace" >"$tmp/want"
		"$K" -s "$s" --format-events "$tmp/calls.rec" 2>"$tmp/got"
		same_file "data/calls.spec with -s $s: as strace prints it" \
			"$tmp/got" "$tmp/want"
	done
	# ... and strace's output options (-e read=/write=: whole buffers)
	for o in "-X raw" "-X verbose" "-e raw=all" "-e verbose=none" "-v" \
		 "-e read=all -e write=all" "--strings-in-hex=non-ascii-chars" \
		 "-e abbrev=none -e raw=read,write" "-n" "-a 20" "-a 60 -n" \
		 "-e status=failed" "-e status=failed,detached" \
		 "-Z -n -a 50"; do
		s=32
		case $o in *read=*) s=1024 ;; esac
		rm -rf "$tmp/scratch"
		mkdir "$tmp/scratch"
		# shellcheck disable=SC2086 # o is a list of options
		(cd "$tmp/scratch" && strace $o "$EVGEN" run -s "$s" \
			../calls.spec ../calls.rec >/dev/null 2>../calls.strace)
		section "$tmp/calls.strace" >"$tmp/want"
		# shellcheck disable=SC2086
		"$K" $o --format-events "$tmp/calls.rec" 2>"$tmp/got"
		same_file "data/calls.spec with $o: as strace prints it" \
			"$tmp/got" "$tmp/want"
	done

	# -e trace=: the same calls selected (names only: some decoders differ)
	allspec 0 >"$tmp/all.spec"
	"$EVGEN" run "$tmp/all.spec" "$tmp/all.rec" 2>/dev/null
	for set in %file %process %network %net %signal %ipc %desc %memory \
		   %creds %clock %stat %lstat %fstat %%stat %statfs %fstatfs \
		   %%statfs %pure file read,write,openat '!%file' '/^mm' \
		   open@64 getpid@32 '?nosuchcall,close' none; do
		strace -e trace="$set" "$EVGEN" run "$tmp/all.spec" "$tmp/x.rec" \
			>/dev/null 2>"$tmp/sel.strace"
		grep 'ENOSYS' "$tmp/sel.strace" | grep -v '^close(-12345)' |
			sed 's/(.*//' >"$tmp/want"
		"$K" -e trace="$set" --format-events "$tmp/all.rec" 2>&1 |
			grep 'ENOSYS' | grep -v '^close(-12345)' |
			sed 's/(.*//' >"$tmp/got"
		same_file "-e trace=$set selects what strace selects ($(wc -l <"$tmp/want") calls)" \
			"$tmp/got" "$tmp/want"
	done
fi
