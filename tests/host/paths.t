#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# paths.t - the harness works from a clone wherever it is: in /tmp or /run,
# which the guest covers with its own tmpfs (the repository must be mounted
# back over it at its own path), and under a path with a space or a comma
# (kernel command line, QEMU options, kbuild's M=, make, module paths).
# For each of two copies of the work tree - /tmp/"kstrace paths,XXXXXX" and
# /run/kstrace-paths.XXXXXX - it builds the modules and the CLI there as
# tests/check does, then boots the guest once from there and checks that
# the command ran in the clone, found vm/guest-run, the clone's kstrace.ko
# (loaded) and CLI, and wrote into the clone. vm/run must also refuse, at
# once and saying why, a repository path that the kernel command line
# cannot carry (a double quote).
#
# The copies are of the work tree as git sees it (uncommitted files in,
# ignored ones such as build/ out, like package.t), so that what is being
# changed is what is tested; they are removed on exit, with the kbuild
# mirror that scripts/build-modules keeps for each in the kernel's cache.
#
# Run by tests/check, or alone: tests/host/paths.t. Environment:
# KSTRACE_KDIR (kernel cache directory, default: vm/kernel-fetch's).
set -uo pipefail

# shellcheck source=lib-host.sh
. "$(dirname "$0")/lib-host.sh"

kdir=${KSTRACE_KDIR:-$(vm/kernel-fetch)} || { fail "paths: vm/kernel-fetch"; finish; }
abi=$(cat "$kdir/release")
logs=$repo/build/paths-t
rm -rf "$logs"
mkdir -p "$logs"

clones=()
# shellcheck disable=SC2317 # called by the trap
cleanup() {
	local c m
	for c in "${clones[@]}"; do
		for m in "$kdir"/extmod/*/; do
			[ "$(cat "$m/origin" 2>/dev/null)" = "$c/build/kernels/$abi" ] && rm -rf "$m"
		done
		rm -rf "$c"
	done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# What the guest runs, in the clone: one NAME=VALUE line per fact.
# shellcheck disable=SC2016
guest_cmd='
	echo "cwd=$(pwd)"
	test -x vm/guest-run && echo "guest-run=yes"
	echo "tmp=$(stat -f -c %T /tmp) run=$(stat -f -c %T /run)"
	echo "hooks=$(sed -n "s/^hooks //p" /proc/kstrace/status)"
	echo "kstrace=$(command -v kstrace)"
	kstrace -c -- true >/dev/null 2>&1 && echo "traced=yes"
	echo from-the-guest >build/paths-t.out
'

# check_clone TAG WHERE DIR: copies the work tree to DIR, builds there,
# boots; logs in build/paths-t/TAG.*.
check_clone() {
	local log=$logs/$1 where=$2 c=$3 out rc
	clones+=("$c")
	if ! mkdir -p "$c" ||
		! rsync -a --filter=':- .gitignore' --exclude=/.git "$repo/" "$c/"; then
		fail "paths: $where: copy the work tree to '$c'"
		return
	fi
	# As tests/check builds: the modules for the guest kernel, the CLI.
	if (cd "$c" && scripts/build-modules "$kdir" && make -s cli) >"$log.build" 2>&1 &&
		[ -f "$c/build/kernels/$abi/module/kstrace.ko" ]; then
		pass "paths: $where: modules and CLI build in '$c'"
	else
		fail "paths: $where: modules and CLI build in '$c'" "$(tail -n 20 "$log.build")"
		return
	fi

	out=$(cd "$c" && vm/run --kdir "$kdir" --timeout 300 --dmesg "$log.dmesg" \
		-- sh -c "$guest_cmd" 2>&1)
	rc=$?
	printf '%s\n' "$out" >"$log.vm"
	if [ "$rc" = 0 ]; then
		pass "paths: $where: vm/run from the clone exits 0"
	else
		fail "paths: $where: vm/run from the clone exits 0" "vm/run exit $rc" \
			"$(tail -n 12 "$log.vm")"
	fi
	is "paths: $where: the command runs in the clone, at its own path" \
		"$(sed -n 's/^cwd=//p' <<<"$out")" "$c"
	is "paths: $where: it finds vm/guest-run there" \
		"$(sed -n 's/^guest-run=//p' <<<"$out")" yes
	is "paths: $where: the guest's /tmp and /run are still its own tmpfs" \
		"$(grep '^tmp=' <<<"$out")" "tmp=tmpfs run=tmpfs"
	is "paths: $where: the clone's kstrace.ko is loaded" \
		"$(sed -n 's/^hooks=//p' <<<"$out")" unregistered
	is "paths: $where: the clone's CLI is first on PATH and traces" \
		"$(sed -n -e 's/^kstrace=//p' -e 's/^traced=//p' <<<"$out" | tr '\n' ' ')" \
		"$c/cli/kstrace yes "
	is "paths: $where: what the guest wrote is in the clone on the host" \
		"$(cat "$c/build/paths-t.out" 2>/dev/null)" from-the-guest
}

tmp_clone=$(mktemp -d "/tmp/kstrace paths,XXXXXX")
check_clone tmp "/tmp, a space and a comma" "$tmp_clone"

# /run is a tmpfs that only root may write to on most hosts: there the
# clone cannot be made, which says nothing about the harness.
if [ -w /run ]; then
	check_clone run /run "$(mktemp -d /run/kstrace-paths.XXXXXX)"
else
	pass "paths: /run # SKIP /run is not writable for $(id -un)"
fi

# A path the kernel command line cannot carry: vm/run says so before
# booting anything (only vm/run is needed for that).
odd=$tmp_clone/odd\"name
mkdir -p "$odd/vm" && cp vm/run "$odd/vm/run"
out=$("$odd/vm/run" --kdir "$kdir" -- true 2>&1)
is "paths: vm/run refuses a repository path with a double quote (exit 127)" "$?" 127
ok "paths: ... and says why" grep -q 'double quote' <<<"$out"

finish
