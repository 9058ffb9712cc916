#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# gen-xlatcheck.sh CC OUT SOURCE... - the named constants of the CLI
# checked against the system headers at build time, as strace's xlat
# generator does for its tables.
#
# Every XLAT_NAMED(value, "NAME") of the SOURCEs becomes
#   _Static_assert(XC(NAME, value), "FILE: TABLE: NAME is not value ...");
# in OUT-uapi.c (the kernel's uapi headers: <linux/...>, <asm/...>), in
# OUT-libc.c (glibc's <sys/...> and friends) and in OUT-net.c (the kernel's
# network headers that need glibc's): sets of headers that cannot be
# included together. An entry is checked in
# each of them whose headers define NAME as an integer constant (a macro
# or an enumerator: a probe compile finds which); "1<<CAP_X" checks
# CAP_X's bit in its 32-bit word, "A or B" both names. The entries no
# header defines (names strace made up, headers this system lacks) are
# listed in OUT.skipped, not failed.
# Compiling OUT-*.c then fails on any value that differs from the
# headers'. The counts go to stderr.
set -eu

if [ $# -lt 3 ]; then
	echo "usage: $0 CC OUT SOURCE..." >&2
	exit 2
fi
cc=$1
out=$2
shift 2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/xlatcheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The headers of each set: those that define the constants the CLI prints.
uapi_headers='linux/types.h linux/fcntl.h linux/stat.h linux/mman.h linux/sched.h
linux/wait.h linux/signal.h asm/siginfo.h linux/in.h linux/in6.h linux/tcp.h
linux/udp.h linux/netlink.h linux/if_ether.h
linux/if_packet.h linux/if_xdp.h linux/socket.h asm/socket.h linux/sockios.h
linux/qrtr.h linux/tipc.h linux/resource.h
linux/time.h linux/timex.h linux/eventpoll.h linux/inotify.h linux/random.h
linux/memfd.h linux/xattr.h linux/falloc.h linux/fadvise.h linux/close_range.h
linux/mount.h linux/fiemap.h linux/fs.h linux/openat2.h linux/futex.h linux/prctl.h asm/prctl.h
asm/ioctls.h asm/termbits.h asm/termios.h linux/tty.h linux/poll.h
linux/perf_event.h linux/hw_breakpoint.h linux/module.h linux/seccomp.h
linux/userfaultfd.h linux/bpf.h linux/mempolicy.h linux/kexec.h linux/kcmp.h
linux/keyctl.h linux/io_uring.h linux/landlock.h linux/membarrier.h
linux/reboot.h linux/personality.h linux/capability.h linux/securebits.h linux/ioprio.h linux/fanotify.h linux/magic.h linux/ipc.h
linux/shm.h linux/sem.h linux/msg.h linux/signalfd.h linux/timerfd.h
linux/ptrace.h linux/soundcard.h linux/nfc.h'
libc_headers='fcntl.h unistd.h stdio.h dirent.h sys/stat.h sys/statvfs.h
sys/mman.h sys/socket.h netinet/in.h netinet/tcp.h netinet/udp.h
netinet/ip_icmp.h netpacket/packet.h net/if_arp.h sys/wait.h signal.h
sys/resource.h sched.h time.h sys/time.h sys/timex.h sys/epoll.h sys/eventfd.h
sys/signalfd.h sys/timerfd.h sys/inotify.h sys/xattr.h sys/swap.h sys/ipc.h
sys/shm.h sys/sem.h sys/msg.h poll.h sys/random.h sys/file.h sys/mount.h
sys/personality.h sys/prctl.h sys/ptrace.h sys/uio.h sys/pidfd.h termios.h
sys/ioctl.h linux/vm_sockets.h'

# Where a header set means something else than the tables, which follow
# the kernel (and strace): "NAME reason", checked in the other set only.
libc_except='O_LARGEFILE glibc defines it 0 on 64-bit ABIs
__O_TMPFILE glibc includes __O_DIRECTORY in it'
uapi_except=''
# kernel headers that need glibc's <sys/socket.h> (through <linux/if.h>)
net_headers='linux/if_arp.h linux/icmp.h'
net_except=''

# entries: FILE TABLE VALUE STRING, tab-separated, one per XLAT_NAMED
for f in "$@"; do
	awk -v file="${f##*/}" '
	match($0, /^(static )?const struct xlat [A-Za-z_0-9]+\[\]/) {
		table = $0
		sub(/\[\].*/, "", table)
		sub(/.* /, "", table)
	}
	{
		line = $0
		while (match(line, /XLAT_NAMED\([^"]*, *"[^"]*"\)/)) {
			e = substr(line, RSTART + 11, RLENGTH - 12)
			line = substr(line, RSTART + RLENGTH)
			v = e
			sub(/, *"[^"]*"$/, "", v)
			s = e
			sub(/^[^"]*"/, "", s)
			sub(/"$/, "", s)
			printf "%s\t%s\t%s\t%s\n", file, table, v, s
		}
	}' "$f"
done >"$tmp/entries"

# The names an entry's string stands for ("" when it is not a name).
awk -F '\t' '{
	s = $4
	sub(/^1<</, "", s)
	n = split(s, w, / or /)
	for (i = 1; i <= n; i++)
		if (w[i] ~ /^[A-Za-z_][A-Za-z_0-9]*$/)
			print w[i]
}' "$tmp/entries" | sort -u >"$tmp/names"

# headers_of SET, except_of SET: a set's headers, its exceptions
headers_of() {
	case $1 in
	uapi) echo "$uapi_headers" ;;
	libc) echo "$libc_headers" ;;
	net) echo "$net_headers" ;;
	esac
}

except_of() {
	case $1 in
	uapi) echo "$uapi_except" ;;
	libc) echo "$libc_except" ;;
	net) echo "$net_except" ;;
	esac
}

# The compiler's include directories: a header this system lacks (older
# linux-libc-dev) is left out of its set, its names then skipped.
incdirs=$(LC_ALL=C $cc -E -v - </dev/null 2>&1 |
	sed -n '/^#include <...> search starts here:/,/^End of search list/s/^ //p')

# includes SET: the #include lines of a header set
includes() {
	for h in $(headers_of "$1"); do
		for d in $incdirs; do
			if [ -f "$d/$h" ]; then
				echo "#include <$h>"
				break
			fi
		done
	done
}

# known SET: the names that SET's headers define as integer constants.
# One assertion per line; the lines the compiler rejects name the others.
known() {
	{
		echo '#define _GNU_SOURCE'
		includes "$1"
		awk '{ printf "_Static_assert((%s) == (%s), \"\");\n", $1, $1 }' "$tmp/names"
	} >"$tmp/probe-$1.c"
	hdr=$(($(includes "$1" | wc -l) + 1))
	LC_ALL=C $cc -std=gnu11 -w -fsyntax-only "$tmp/probe-$1.c" 2>"$tmp/probe-$1.err" || :
	# an error in the headers themselves: the set does not compile
	if grep ': error' "$tmp/probe-$1.err" | grep -v "^$tmp/probe-$1.c:" >&2; then
		echo "$0: the $1 headers do not compile together" >&2
		exit 1
	fi
	ex=$(except_of "$1")
	sed -n "s|^$tmp/probe-$1.c:\([0-9]*\):.*|\1|p" "$tmp/probe-$1.err" >"$tmp/bad-$1"
	printf '%s\n' "$ex" | awk -v hdr="$hdr" '
		FILENAME == ARGV[1] { bad[$1 - hdr] = 1; next }
		FILENAME == ARGV[2] { skip[$1] = 1; next }
		!bad[FNR] && !skip[$1] { print }' "$tmp/bad-$1" - "$tmp/names" >"$tmp/known-$1"
}

# emit SET: the assertions of every entry whose names SET's headers know
emit() {
	{
		echo "/* Generated by gen-xlatcheck.sh from the CLI's tables: do not edit. */"
		echo '#define _GNU_SOURCE'
		includes "$1"
		echo '#include <stdint.h>'
		echo
		cat <<-'EOF'
		/* equal, or the 32-bit image of a negative int (KEY_SPEC_*) */
		#define XC(h, v) ((uint64_t)(h) == (uint64_t)(v) || \
			((uint64_t)(v) <= 0xffffffffu && (uint32_t)(h) == (uint64_t)(v)))
		/* "1<<CAP_X": its bit in the capability set's 32-bit word */
		#undef CAP_TO_MASK
		#define CAP_TO_MASK(x) (1ULL << ((x) & 31))
		EOF
		echo
		awk -F '\t' -v set="$1" -v checked="$tmp/checked-$1" '
		FILENAME == ARGV[1] { known[$1] = 1; next }
		{
			s = $4
			cap = sub(/^1<</, "", s)
			n = split(s, w, / or /)
			ok = n > 0
			for (i = 1; i <= n; i++)
				ok = ok && (w[i] in known)
			if (!ok)
				next
			for (i = 1; i <= n; i++)
				printf "_Static_assert(XC(%s, %s), \"%s: %s: %s is not %s in the %s headers\");\n",
					cap ? "CAP_TO_MASK(" w[i] ")" : w[i], $3, $1, $2, w[i], $3, set
			print FNR >checked
		}' "$tmp/known-$1" "$tmp/entries"
	} >"$out-$1.c.tmp"
	mv "$out-$1.c.tmp" "$out-$1.c"
	touch "$tmp/checked-$1"
}

for set in uapi libc net; do
	known $set
	emit $set
done

sort -un "$tmp/checked-uapi" "$tmp/checked-libc" "$tmp/checked-net" >"$tmp/checked"
awk -F '\t' 'FILENAME == ARGV[1] { c[$1] = 1; next }
	!c[FNR] { printf "%s: %s: %s (%s)\n", $1, $2, $4, $3 }' \
	"$tmp/checked" "$tmp/entries" >"$out.skipped.tmp"
mv "$out.skipped.tmp" "$out.skipped"
count() { wc -l <"$1" | tr -d ' '; }
echo "gen-xlatcheck: $(count "$tmp/entries") constants, $(count "$tmp/checked") checked" \
	"against the headers ($(count "$tmp/checked-uapi") uapi, $(count "$tmp/checked-libc")" \
	"libc, $(count "$tmp/checked-net") net), $(count "$out.skipped") not defined there" \
	"(listed in ${out##*/}.skipped)" >&2
