# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# lib.sh - TAP helpers shared by the tests. Results go to the file named by
# KSTRACE_TAP_STATE (one line per test), so that tests in separate processes
# and on both sides of the VM number their lines in one sequence.

: "${KSTRACE_TAP_STATE:?tests need KSTRACE_TAP_STATE (run them through tests/check)}"
KSTRACE_REPO=${KSTRACE_REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
KSTRACE_BIN=$KSTRACE_REPO/build/tests
if [ -n "${KSTRACE_KERNEL:-}" ]; then
	KSTRACE_KO=$KSTRACE_REPO/build/kernels/$KSTRACE_KERNEL/module/kstrace.ko
	KSTRACE_MODDIR=$KSTRACE_REPO/build/kernels/$KSTRACE_KERNEL
fi

_tap_record() {
	local verdict=$1 desc=$2 n
	echo "$verdict" >>"$KSTRACE_TAP_STATE"
	n=$(wc -l <"$KSTRACE_TAP_STATE")
	if [ "$verdict" = pass ]; then
		echo "ok $n - $desc"
	else
		echo "not ok $n - $desc"
	fi
}

# ok DESC CMD...: passes when CMD succeeds.
ok() {
	local desc=$1
	shift
	if "$@"; then
		_tap_record pass "$desc"
	else
		_tap_record fail "$desc"
	fi
}

pass() { _tap_record pass "$1"; }

# fail DESC [WHY...]: records a failure and prints WHY as TAP diagnostics.
fail() {
	_tap_record fail "$1"
	shift
	[ $# -gt 0 ] && printf '%s\n' "$@" | sed 's/^/#   /'
	return 0
}

# is DESC GOT WANT
is() {
	if [ "$2" = "$3" ]; then
		_tap_record pass "$1"
	else
		fail "$1" "got:  '$2'" "want: '$3'"
	fi
}

diag() { printf '%s\n' "$@" | sed 's/^/# /'; }

# Marks the kernel log so that a test can look only at the lines it caused.
kmsg_mark() {
	local mark="kstrace-test-mark-$$-$RANDOM-$SECONDS"
	echo "$mark" >/dev/kmsg
	echo "$mark"
}

# dmesg_since MARK: kernel log lines written after MARK.
dmesg_since() {
	dmesg | sed -n "/$1/,\$p" | tail -n +2
}

module_loaded() { grep -q "^$1 " /proc/modules; }
