# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# lib-host.sh - what the host-side tests share on top of tests/lib.sh: they
# run under tests/check (which counts their results) or alone, when they
# count for themselves and print the closing line in finish(); need()
# installs missing Debian packages.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export KSTRACE_REPO=${KSTRACE_REPO:-$repo}
standalone=
if [ -z "${KSTRACE_TAP_STATE:-}" ]; then
	standalone=1
	mkdir -p "$repo/build"
	KSTRACE_TAP_STATE=$repo/build/$(basename "$0").tap-state
	export KSTRACE_TAP_STATE
	: >"$KSTRACE_TAP_STATE"
fi
. "$KSTRACE_REPO/tests/lib.sh"
cd "$KSTRACE_REPO" || exit 1

finish() {
	if [ -n "$standalone" ]; then
		local p f
		p=$(grep -c '^pass$' "$KSTRACE_TAP_STATE")
		f=$(grep -c '^fail$' "$KSTRACE_TAP_STATE")
		echo "1..$((p + f))"
		echo "$p passed, $f failed"
		[ "$f" = 0 ]
		exit
	fi
	exit 0
}

# kbuild_dir NAME: a directory for what a test builds with DKMS or kbuild:
# build/NAME, or, when the repository's path has a character that they
# cannot take (a space, a comma: see scripts/build-modules),
# /var/tmp/kstrace-HASH/NAME, one per repository path. The guest sees
# either (the host's / read-only, the repository read-write).
kbuild_dir() {
	case $repo in
	*[!A-Za-z0-9_./+-]*)
		printf '/var/tmp/kstrace-%s/%s\n' \
			"$(printf '%s' "$repo" | sha256sum | cut -c1-16)" "$1"
		;;
	*) printf '%s/build/%s\n' "$repo" "$1" ;;
	esac
}

# need CMD-OR-FILE:PACKAGE...: installs the Debian packages that are missing.
need() {
	local n what pkg missing=() sudo=
	for n in "$@"; do
		what=${n%%:*} pkg=${n#*:}
		case $what in
		/*) [ -e "$what" ] && continue ;;
		*) command -v "$what" >/dev/null 2>&1 && continue ;;
		esac
		missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	[ "$(id -u)" = 0 ] || sudo=sudo
	diag "installing ${missing[*]}"
	$sudo apt-get update -qq >&2 &&
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
			--no-install-recommends "${missing[@]}" >&2
}
