#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# package.t - the ways kstrace is shipped:
#   - versions agree (module, dkms.conf, debian/changelog, man page);
#   - docs/kstrace.1 renders without warnings and documents every option
#     of `kstrace --help` and every module parameter;
#   - the Debian packages build (dpkg-buildpackage -us -uc -b, in a copy of
#     the work tree under build/package/ - or kbuild_dir's /var/tmp place,
#     see lib-host.sh - uncommitted files included), are
#     lintian clean of errors, unpack into a throwaway root with the files
#     expected, and the packaged DKMS tree builds; the guest runs the
#     packaged CLI with the module built from the packaged sources;
#   - make install / make uninstall with DESTDIR, PREFIX.
#
# Run by tests/check, or alone: tests/host/package.t (as root: installs the
# Debian packaging tools with apt-get when missing). Environment:
# KSTRACE_KDIR (kernel cache directory, default: vm/kernel-fetch's).
set -uo pipefail

# shellcheck source=lib-host.sh
. "$(dirname "$0")/lib-host.sh"

PATH=$PATH:/usr/sbin:/sbin
if ! need dpkg-buildpackage:dpkg-dev \
	/usr/share/build-essential/essential-packages-list:build-essential \
	dh:debhelper dh_dkms:dh-dkms lintian:lintian \
	groff:groff-base man:man-db mandoc:mandoc dkms:dkms modinfo:kmod \
	openssl:openssl rsync:rsync; then
	fail "package: the packaging tools are installed"
	finish
fi

kdir=${KSTRACE_KDIR:-$(vm/kernel-fetch)} || { fail "package: vm/kernel-fetch"; finish; }
abi=$(cat "$kdir/release")
arch=$(uname -m)
# DKMS and kbuild do not quote paths: not under a repository path with a
# space (tests/host/lib-host.sh).
top=$(kbuild_dir package)
rm -rf "$top"
mkdir -p "$top"

# copy_tree DEST: the work tree as `git ls-files --others --cached
# --exclude-standard` sees it (committed or not, minus what .gitignore
# ignores), without asking git.
copy_tree() {
	mkdir -p "$1" &&
		rsync -a --delete --filter=':- .gitignore' --exclude=/.git "$repo/" "$1/"
}

# ---- versions ----
version=$(sed -n 's/^#define KSTRACE_VERSION[[:space:]]*"\(.*\)"/\1/p' include/uapi/linux/kstrace.h)
ok "package: KSTRACE_VERSION is set in include/uapi/linux/kstrace.h" test -n "$version"
is "package: dkms.conf PACKAGE_VERSION is KSTRACE_VERSION" \
	"$(sed -n 's/^PACKAGE_VERSION="\(.*\)"$/\1/p' dkms.conf)" "$version"
debver=$(dpkg-parsechangelog -l debian/changelog -S Version)
is "package: debian/changelog's upstream version is KSTRACE_VERSION" "${debver%-*}" "$version"
is "package: the man page is for kstrace $version" \
	"$(sed -n 's/^\.TH KSTRACE 1 "[^"]*" "\([^"]*\)".*/\1/p' docs/kstrace.1)" "kstrace $version"

# ---- the man page ----
is "package: groff -man -ww -z docs/kstrace.1 warns about nothing" \
	"$(groff -man -ww -z docs/kstrace.1 2>&1; echo "rc=$?")" "rc=0"
is "package: mandoc -Tlint docs/kstrace.1 warns about nothing" \
	"$(mandoc -Tlint docs/kstrace.1 2>&1; echo "rc=$?")" "rc=0"
is "package: man -l docs/kstrace.1 renders without warnings" \
	"$(MANWIDTH=80 man --warnings -l docs/kstrace.1 2>&1 >/dev/null; echo "rc=$?")" "rc=0"
for s in NAME SYNOPSIS DESCRIPTION OPTIONS "OUTPUT FORMAT" "EXIT STATUS" \
	PERMISSIONS "MODULE PARAMETERS" FILES EXAMPLES "SEE ALSO"; do
	ok "package: the man page has a $s section" grep -qx "\.SH \"\?$s\"\?" docs/kstrace.1
done
if make -s cli >&2 && help=$(cli/kstrace --help); then
	# Every -x and --long-option that --help lists, written as in roff.
	opts=$(printf '%s\n' "$help" | grep -E '^ +-' |
		grep -oE '(^|[ ,])--?[A-Za-z][-A-Za-z]*' | sed 's/^[ ,]*//' | sort -u)
	undocumented=
	for o in $opts; do
		grep -qF -- "$(printf '%s' "$o" | sed 's/-/\\-/g')" docs/kstrace.1 ||
			undocumented="$undocumented $o"
	done
	is "package: the man page documents every option of kstrace --help ($(echo "$opts" | wc -w))" \
		"${undocumented# }" ""
else
	fail "package: the man page documents every option of kstrace --help" "cli/kstrace --help failed"
fi
# shellcheck disable=SC2013 # the words are parameter names
for p in $(grep -ho 'module_param\(_named\|_array\|_string\|_cb\)\?([A-Za-z0-9_]*' module/*.c |
	sed 's/.*(//' | sort -u); do
	ok "package: the man page documents module parameter $p" \
		grep -qE "^\.BI? $p" docs/kstrace.1
done

# ---- the Debian packages ----
src=$top/deb/kstrace-$version
copy_tree "$src"
debs=$top/deb
if (cd "$src" && dpkg-buildpackage -us -uc -b) >"$top/dpkg-buildpackage.log" 2>&1; then
	pass "package: dpkg-buildpackage -us -uc -b"
else
	fail "package: dpkg-buildpackage -us -uc -b" "$(tail -n 30 "$top/dpkg-buildpackage.log")"
fi
cli_deb=$debs/kstrace_${debver}_amd64.deb
dkms_deb=$debs/kstrace-dkms_${debver}_all.deb
ok "package: it made kstrace_${debver}_amd64.deb" test -f "$cli_deb"
ok "package: it made kstrace-dkms_${debver}_all.deb" test -f "$dkms_deb"

lintian --pedantic --display-info "$debs/kstrace_${debver}_amd64.changes" \
	>"$top/lintian.log" 2>&1
errors=$(grep '^E: ' "$top/lintian.log")
is "package: lintian finds no errors" "$errors" ""
grep -E '^[WIP]: ' "$top/lintian.log" | sed 's/^/# lintian: /'

# Unpacked (not configured: no maintainer script runs) into a throwaway root.
# --path-include undoes the host's path-exclude settings (container images
# leave out /usr/share/man and /usr/share/doc) for this root.
root=$top/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
: >"$root/var/lib/dpkg/status"
: >"$root/var/lib/dpkg/available"
if dpkg --root="$root" --force-depends --path-include='/*' \
	--unpack "$cli_deb" "$dkms_deb" \
	>"$top/unpack.log" 2>&1; then
	pass "package: both packages unpack into a throwaway root (dpkg --root)"
else
	fail "package: both packages unpack into a throwaway root (dpkg --root)" \
		"$(tail -n 10 "$top/unpack.log")"
fi
files=$(dpkg --root="$root" -L kstrace kstrace-dkms 2>/dev/null)
has() { printf '%s\n' "$files" | grep -qx "$1" && test -e "$root$1"; }
usrc=/usr/src/kstrace-$version
for f in /usr/bin/kstrace /usr/share/man/man1/kstrace.1.gz \
	/usr/share/doc/kstrace/copyright /usr/share/doc/kstrace-dkms/copyright \
	$usrc/dkms.conf $usrc/module/Kbuild $usrc/include/uapi/linux/kstrace.h; do
	ok "package: $f is installed" has "$f"
done
# (compared with the copy the packages were built from: the work tree may
# have changed since)
absent=
for f in "$src"/module/*.[ch] "$src"/module/Kbuild "$src"/include/uapi/linux/*.h \
	"$src"/include/kstrace/*.h; do
	f=${f#"$src"/}
	has "$usrc/$f" || absent="$absent $f"
done
is "package: every module, uapi and include/kstrace source is in $usrc" "${absent# }" ""
ok "package: /usr/bin/kstrace is executable" test -x "$root/usr/bin/kstrace"
is "package: the packaged dkms.conf is the tree's" \
	"$(cmp "$root$usrc/dkms.conf" "$src/dkms.conf" 2>&1; echo "rc=$?")" "rc=0"
ok "package: the packaged man page renders" \
	sh -c 'test -n "$(MANWIDTH=80 man -l "$1" 2>/dev/null | grep "^NAME")"' _ \
	"$root/usr/share/man/man1/kstrace.1.gz"
ok "package: kstrace-dkms depends on dkms" \
	sh -c 'dpkg-deb -f "$1" Depends | grep -q "^dkms"' _ "$dkms_deb"
ok "package: kstrace recommends kstrace-dkms" \
	sh -c 'dpkg-deb -f "$1" Recommends | grep -q "kstrace-dkms (= $2)"' _ "$cli_deb" "$debver"
ctl=$top/dkms-control
dpkg-deb -e "$dkms_deb" "$ctl" 2>/dev/null
ok "package: kstrace-dkms's postinst hands the module to DKMS" \
	grep -q '/usr/lib/dkms/common.postinst' "$ctl/postinst"
ok "package: kstrace-dkms's prerm removes it from DKMS" \
	grep -q 'dkms remove -m $DKMS_NAME' "$ctl/prerm"
for f in $files; do
	[ -f "$root$f" ] && echo "# file: $f"
done

# The packaged source tree is complete: DKMS builds it (privately, as in
# dkms.t) for the guest kernel.
dk=$top/dkms
mkdir -p "$dk/tree" "$dk/install"
export sign_file=$kdir/build/scripts/sign-file
export mok_signing_key=$dk/mok.key mok_certificate=$dk/mok.pub
dkms_() {
	dkms "$@" --dkmstree "$dk/tree" --sourcetree "$root/usr/src" \
		--installtree "$dk/install"
}
if { dkms_ add "kstrace/$version" && dkms_ build "kstrace/$version" -k "$abi" \
	--kernelsourcedir "$kdir/build"; } >"$dk/build.log" 2>&1; then
	pass "package: DKMS builds the packaged sources for $abi"
else
	fail "package: DKMS builds the packaged sources for $abi" "$(tail -n 20 "$dk/build.log")"
fi
ko=$dk/tree/kstrace/$version/$abi/$arch/module/kstrace.ko

# The packaged CLI drives the module built from the packaged sources; what
# the guest writes goes to the repository, which it mounts read-write.
out=$repo/build/package-guest
rm -rf "$out"
mkdir -p "$out"
KSTRACE_PKG_OUT=${out#"$repo"/} KSTRACE_PKG_CLI=${root#"$repo"/}/usr/bin/kstrace \
	vm/run --kdir "$kdir" --no-load --load "${ko#"$repo"/}" --timeout 300 \
	--dmesg "$out/dmesg.txt" -- sh -c '
	"$KSTRACE_PKG_CLI" -c -- /bin/true >"$KSTRACE_PKG_OUT/summary.out" 2>"$KSTRACE_PKG_OUT/summary.err"
	echo $? >"$KSTRACE_PKG_OUT/summary.rc"
	' >"$out/vm.log" 2>&1
rc=$?
if [ "$rc" = 0 ]; then
	pass "package: the guest runs the packaged CLI with the packaged module (vm/run exit 0)"
else
	fail "package: the guest runs the packaged CLI with the packaged module (vm/run exit 0)" \
		"vm/run exit $rc" "$(tail -n 20 "$out/vm.log")"
fi
is "package: packaged kstrace -c -- /bin/true exits 0" "$(cat "$out/summary.rc" 2>/dev/null)" 0
ok "package: ... with an execve row and a total row" sh -c \
	'grep -qE " execve$" "$1" && grep -qE "^100\.00 .* total$" "$1"' _ "$out/summary.err"
dkms_ remove "kstrace/$version" --all >>"$dk/build.log" 2>&1

# ---- make install / uninstall ----
isrc=$top/install/src
copy_tree "$isrc"
d1=$top/install/destdir
if make -C "$isrc" install DESTDIR="$d1" KDIR="$kdir/build" >"$top/install.log" 2>&1; then
	pass "package: make install DESTDIR=... KDIR=..."
else
	fail "package: make install DESTDIR=... KDIR=..." "$(tail -n 20 "$top/install.log")"
fi
ok "package: ... installs the module in /lib/modules/$abi/extra" \
	test -f "$d1/lib/modules/$abi/extra/kstrace.ko"
is "package: ... which is for $abi" \
	"$(modinfo -F vermagic "$d1/lib/modules/$abi/extra/kstrace.ko" 2>/dev/null | cut -d' ' -f1)" "$abi"
ok "package: ... the CLI in /usr/local/bin" test -x "$d1/usr/local/bin/kstrace"
ok "package: ... the man page in /usr/local/share/man/man1" \
	cmp -s "$d1/usr/local/share/man/man1/kstrace.1" docs/kstrace.1
ok "package: ... and runs no depmod under DESTDIR" \
	test ! -e "$d1/lib/modules/$abi/modules.dep"
d2=$top/install/prefix-usr
make -C "$isrc" install DESTDIR="$d2" PREFIX=/usr KDIR="$kdir/build" >>"$top/install.log" 2>&1
ok "package: make install PREFIX=/usr puts the CLI in /usr/bin" test -x "$d2/usr/bin/kstrace"
ok "package: ... and the man page in /usr/share/man/man1" test -f "$d2/usr/share/man/man1/kstrace.1"
if make -C "$isrc" uninstall DESTDIR="$d1" KDIR="$kdir/build" >>"$top/install.log" 2>&1; then
	is "package: make uninstall DESTDIR=... removes every installed file" \
		"$(find "$d1" \( -type f -o -type l \) | sed "s|^$d1||")" ""
else
	fail "package: make uninstall DESTDIR=... removes every installed file" \
		"$(tail -n 10 "$top/install.log")"
fi

finish
