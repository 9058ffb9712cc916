#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# kstrace.ko's life cycle: /proc/kstrace appears and goes with the module,
# a second load fails cleanly, and 50 load/unload cycles leave nothing.
. "$KSTRACE_REPO/tests/lib.sh"

module_loaded kstrace && rmmod kstrace
mark=$(kmsg_mark)
ok "kstrace: insmod succeeds" insmod "$KSTRACE_KO"
ok "kstrace: /proc/kstrace/status exists" test -f /proc/kstrace/status
ok "kstrace: status and session files are 0600" \
	sh -c '[ "$(stat -c %a /proc/kstrace/status /proc/kstrace/session | sort -u)" = 600 ]'
is "kstrace: status shows the module version" \
	"$(sed -n 's/^version //p' /proc/kstrace/status)" \
	"$(modinfo -F version "$KSTRACE_KO")"
is "kstrace: no hooks while no session runs" \
	"$(sed -n 's/^hooks //p' /proc/kstrace/status)" unregistered
is "kstrace: one load line with the version in dmesg" \
	"$(dmesg_since "$mark" | grep -c "kstrace: version $(modinfo -F version "$KSTRACE_KO") loaded")" 1

out=$(insmod "$KSTRACE_KO" 2>&1)
rc=$?
ok "kstrace: loading twice fails" test "$rc" -ne 0
ok "kstrace: ... with 'File exists'" sh -c "echo '$out' | grep -q 'File exists'"
ok "kstrace: ... and the first instance keeps working" test -f /proc/kstrace/status

mark=$(kmsg_mark)
ok "kstrace: rmmod succeeds" rmmod kstrace
ok "kstrace: /proc/kstrace is gone" test ! -e /proc/kstrace
is "kstrace: one unload line in dmesg" "$(dmesg_since "$mark" | grep -c 'kstrace: version .* unloaded')" 1

cycles=0
for _ in $(seq 50); do
	# shellcheck disable=SC2015 # any step that fails ends the cycles
	insmod "$KSTRACE_KO" && test -f /proc/kstrace/status && rmmod kstrace && test ! -e /proc/kstrace || break
	cycles=$((cycles + 1))
done
is "kstrace: 50 load/unload cycles" "$cycles" 50

ok "kstrace: loads again for the tests that follow" insmod "$KSTRACE_KO"
