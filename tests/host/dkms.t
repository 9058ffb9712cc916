#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# dkms.t - dkms.conf works: DKMS adds and builds kstrace.ko against the
# cached headers of the default guest kernel, in a private DKMS tree under
# build/dkms/ (/var/tmp/kstrace-HASH/dkms/ when the repository's path has a
# space: kbuild_dir in lib-host.sh; the host's /var/lib/dkms, /usr/src and
# /lib/modules are not touched); modinfo shows the module's metadata; the guest boots with that
# very module (and no other kstrace.ko) and `kstrace -c -- /bin/true` works
# with it; BUILD_EXCLUSIVE_CONFIG skips kernels without the tracepoints;
# `dkms remove` cleans up.
#
# Run by tests/check, or alone: tests/host/dkms.t (as root: installs dkms,
# kmod and openssl with apt-get when missing). Environment: KSTRACE_KDIR
# (kernel cache directory, default: vm/kernel-fetch's).
set -uo pipefail

# shellcheck source=lib-host.sh
. "$(dirname "$0")/lib-host.sh"

PATH=$PATH:/usr/sbin:/sbin
if ! need dkms:dkms modinfo:kmod openssl:openssl rsync:rsync make:make gcc:gcc; then
	fail "dkms: the packages it needs are installed (dkms kmod openssl)"
	finish
fi

kdir=${KSTRACE_KDIR:-$(vm/kernel-fetch)} || { fail "dkms: vm/kernel-fetch"; finish; }
abi=$(cat "$kdir/release")
arch=$(uname -m)
version=$(sed -n 's/^#define KSTRACE_VERSION[[:space:]]*"\(.*\)"/\1/p' include/uapi/linux/kstrace.h)
make -s cli >&2 || fail "dkms: the CLI builds (make cli)"

# What the run must leave alone.
host_dkms_state() {
	ls -la --time-style=full-iso /var/lib/dkms /usr/src 2>/dev/null
	ls /lib/modules/*/updates/dkms 2>/dev/null
}
host_before=$(host_dkms_state)

# The private DKMS world: source tree, DKMS tree, install tree, MOK key
# (DKMS does not quote paths: not under a repository path with a space).
top=$(kbuild_dir dkms)
rm -rf "$top"
mkdir -p "$top/src/kstrace-$version" "$top/tree" "$top/install"
# What /usr/src/kstrace-VERSION holds: dkms.conf, module/ and include/ (the
# sources only, whatever `make` left in module/).
rsync -a --exclude='*.o' --exclude='*.ko' --exclude='.*.cmd' --exclude='*.mod' \
	--exclude='*.mod.c' --exclude=Module.symvers --exclude=modules.order \
	--exclude='*.d' dkms.conf module include "$top/src/kstrace-$version/"
dkms_() {
	dkms "$@" --dkmstree "$top/tree" --sourcetree "$top/src" \
		--installtree "$top/install"
}
# dkms_log ARGS: dkms_ with its chatter kept out of the TAP stream.
dkms_log() {
	echo "+ dkms $*" >>"$top/dkms.log"
	dkms_ "$@" >>"$top/dkms.log" 2>&1 || {
		sed 's/^/#   /' "$top/dkms.log" | tail -n 20
		return 1
	}
}
# DKMS signs what it builds when it finds the kernel's sign-file. Without
# these (framework.conf variables, defaulted from the environment) it would
# look for the host's own kernel tools and keep its key in /var/lib/dkms.
# Signing with a throwaway key here exercises docs/packaging.md's path.
export sign_file=$kdir/build/scripts/sign-file
export mok_signing_key=$top/mok.key mok_certificate=$top/mok.pub

ok "dkms: dkms add kstrace/$version (PACKAGE_VERSION = KSTRACE_VERSION)" \
	dkms_log add "kstrace/$version"

if dkms_ build "kstrace/$version" -k "$abi" --kernelsourcedir "$kdir/build" \
	>"$top/build.log" 2>&1; then
	pass "dkms: dkms build -k $abi against the cached headers"
else
	fail "dkms: dkms build -k $abi against the cached headers" \
		"$(tail -n 20 "$top/build.log")" \
		"$(tail -n 20 "$top/tree/kstrace/$version/build/make.log" 2>/dev/null)"
fi
ok "dkms: dkms.conf uses no deprecated feature (no warning from dkms)" \
	sh -c '! grep -i "deprecated" "$@"' _ "$top/dkms.log" "$top/build.log"
is "dkms: dkms status says built" "$(dkms_ status "kstrace/$version")" \
	"kstrace/$version, $abi, $arch: built"

ko=$top/tree/kstrace/$version/$abi/$arch/module/kstrace.ko
ok "dkms: the module is in the DKMS tree" test -f "$ko"

# ---- modinfo ----
mi() { modinfo -F "$1" "$ko" 2>/dev/null; }
is "dkms: modinfo version is $version" "$(mi version)" "$version"
ok "dkms: modinfo has a description" test -n "$(mi description)"
ok "dkms: modinfo has an author" test -n "$(mi author)"
is "dkms: modinfo license" "$(mi license)" "GPL"
is "dkms: modinfo vermagic is for $abi" "$(mi vermagic | cut -d' ' -f1)" "$abi"
params=$(grep -ho 'module_param\(_named\|_array\|_string\|_cb\)\?([A-Za-z0-9_]*' module/*.c |
	sed 's/.*(//' | sort -u)
for p in $params; do
	line=$(modinfo "$ko" 2>/dev/null | sed -n "s/^parm:[[:space:]]*$p:\(.*\)/\1/p")
	if [ -n "$line" ] && ! [[ $line =~ ^[[:space:]]*\([a-z]*\)$ ]]; then
		pass "dkms: modinfo has a parm line with a description for $p"
	else
		fail "dkms: modinfo has a parm line with a description for $p" "got: '$line'"
	fi
done
ok "dkms: the sources declare at least one module parameter" test -n "$params"
is "dkms: the module is signed with the throwaway MOK key" "$(mi signer)" \
	"DKMS module signing key"

# ---- the DKMS-built module in the guest ----
# What the guest writes goes to the repository, which it mounts
# read-write; the module is read wherever it is.
out=$repo/build/dkms-guest
rm -rf "$out"
mkdir -p "$out"
rel_ko=${ko#"$repo"/} rel_out=${out#"$repo"/}
KSTRACE_DKMS_OUT=$rel_out vm/run --kdir "$kdir" --no-load --load "$rel_ko" \
	--timeout 300 --dmesg "$out/dmesg.txt" -- sh -c '
	o=$KSTRACE_DKMS_OUT
	cat /sys/module/kstrace/srcversion >"$o/srcversion"
	cat /proc/kstrace/status >"$o/status"
	kstrace -c -- /bin/true >"$o/summary.out" 2>"$o/summary.err"
	echo $? >"$o/summary.rc"
	' >"$out/vm.log" 2>&1
rc=$?
if [ "$rc" = 0 ]; then
	pass "dkms: the guest loads the DKMS-built module, runs clean (vm/run exit 0)"
else
	fail "dkms: the guest loads the DKMS-built module, runs clean (vm/run exit 0)" \
		"vm/run exit $rc" "$(tail -n 20 "$out/vm.log")"
fi
is "dkms: the loaded module is the DKMS-built one (srcversion)" \
	"$(cat "$out/srcversion" 2>/dev/null)" "$(mi srcversion)"
is "dkms: /proc/kstrace/status reports version $version" \
	"$(sed -n 's/^version //p' "$out/status" 2>/dev/null)" "$version"
is "dkms: kstrace -c -- /bin/true exits 0" "$(cat "$out/summary.rc" 2>/dev/null)" 0
ok "dkms: ... and prints the table header" \
	grep -qE '^% time +seconds +usecs/call +calls +errors +syscall$' "$out/summary.err"
ok "dkms: ... an execve row" grep -qE '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +1 +execve$' "$out/summary.err"
ok "dkms: ... and a total row" grep -qE '^100\.00 +[0-9.]+ +[0-9]+ +[0-9]+ .*total$' "$out/summary.err"
[ -s "$out/summary.err" ] && sed 's/^/#   /' "$out/summary.err" | head -n 40

# ---- BUILD_EXCLUSIVE_CONFIG ----
# A kernel without the syscall tracepoints: dkms must skip it (exit 77)
# rather than build a module that cannot work.
fake=$top/kdir-no-ftrace-syscalls
mkdir -p "$fake"
grep -v '^CONFIG_FTRACE_SYSCALLS=' "$kdir/build/.config" >"$fake/.config"
dkms_ build "kstrace/$version" -k "$abi-noftrace" --kernelsourcedir "$fake" \
	>"$top/exclusive.log" 2>&1
rc=$?
is "dkms: a kernel without CONFIG_FTRACE_SYSCALLS is skipped (BUILD_EXCLUSIVE, exit 77)" "$rc" 77

# ---- remove ----
ok "dkms: dkms remove kstrace/$version --all" dkms_log remove "kstrace/$version" --all
is "dkms: nothing left in the DKMS tree" "$(dkms_ status kstrace)" ""
is "dkms: the host's /var/lib/dkms and /usr/src were not touched" \
	"$(host_dkms_state)" "$host_before"

finish
