# SPDX-License-Identifier: GPL-2.0
#
# strace2results.awk - turn the trace of `strace -C -w -T --syscall-times=ns`
# into kstrace results text (include/uapi/linux/kstrace.h), so that the
# CLI's summary of it can be compared with the summary strace printed for
# the very same durations.
#
#   awk -v unistd64=H64 -v unistd32=H32 -f strace2results.awk TRACE
#
# Only single-process traces: no "<unfinished ...>" bookkeeping.

function load(hdr, abi,    line, f) {
	while ((getline line < hdr) > 0) {
		if (split(line, f, /[ \t]+/) == 3 && f[1] == "#define" &&
		    f[2] ~ /^__NR_/ && f[3] ~ /^[0-9]+$/)
			nr[abi, substr(f[2], 6)] = f[3] + 0
	}
	close(hdr)
}

function bucket(ns,    b) {
	b = 0
	while (ns >= 2) {
		ns = int(ns / 2)
		b++
	}
	return b
}

BEGIN {
	load(unistd64, 64)
	load(unistd32, 32)
	pers = 64
	n = 0
}

/^\[ Process PID=[0-9]+ runs in 32 bit mode\. \]$/ { pers = 32; next }
/^\[ Process PID=[0-9]+ runs in 64 bit mode\. \]$/ { pers = 64; next }
/^% time/ { exit }

/^[a-z_0-9]+\(.*<[0-9]+\.[0-9]+>$/ {
	name = substr($0, 1, index($0, "(") - 1)
	# the result is after the last " = ": arguments may hold " = " too
	rest = $0
	pos = 0
	while ((i = index(rest, " = ")) > 0) {
		pos += i + 2
		rest = substr(rest, i + 3)
	}
	if (!pos || rest ~ /^\?/)
		next
	lt = index(rest, " <")
	ret = substr(rest, 1, lt - 1)
	dur = substr(rest, lt + 2)
	sub(/>$/, "", dur)
	split(dur, d, ".")
	ns = d[1] * 1000000000 + substr(d[2] "000000000", 1, 9)
	if (!((pers, name) in nr)) {
		print "strace2results: unknown syscall " name > "/dev/stderr"
		bad = 1
		next
	}
	k = pers SUBSEP nr[pers, name]
	if (!(k in calls)) {
		keys[n++] = k
		min[k] = ns
		max[k] = ns
	}
	calls[k]++
	if (ret ~ /^-1 E[A-Z0-9]+/)
		errors[k]++
	total[k] += ns
	if (ns < min[k])
		min[k] = ns
	if (ns > max[k])
		max[k] = ns
	hist[k, bucket(ns)]++
}

END {
	if (bad)
		exit 1
	print "version 1"
	print "state stopped"
	print "tasks 0"
	print "untracked 0"
	print "unpaired 0"
	print "badnr 0"
	print "target 4242 exited 0"
	for (i = 0; i < n; i++) {
		k = keys[i]
		split(k, kk, SUBSEP)
		h = ""
		for (b = 0; b < 40; b++)
			if ((k, b) in hist)
				h = h (h == "" ? "" : ",") b ":" hist[k, b]
		printf "syscall %d %d %.0f %.0f %.0f %.0f %.0f %s\n", kk[1], kk[2],
		       calls[k], errors[k] + 0, total[k], min[k], max[k],
		       h == "" ? "-" : h
	}
	print "end"
}
