#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# 42-fidelity.t - how much of strace's trace kstrace prints identically, on
# everyday workloads that no test was written for: coreutils, shell
# pipelines, xargs, xz, a FIFO, ps, ionice, Python (with subprocess and
# select), a client and a server on loopback, threads, a program that
# blocks, signals. Each runs under `strace -f -o` and `kstrace -f -o`,
# one after the other; tests/guest/lib/fidelity.py joins the lines each
# tracer cut, names pids by descent, masks what differs between two runs of
# one command (addresses, clocks, inodes), and counts, per task, the
# strace lines that kstrace printed the same. The test fails below
# FIDELITY_MIN percent of all lines; each workload's figure is printed (the
# README quotes the total). KSTRACE_FIDELITY_DIFFS=N prints N differing
# lines per workload.
. "$KSTRACE_REPO/tests/lib.sh"

FIDELITY_MIN=${KSTRACE_FIDELITY_MIN:-97}
B=$KSTRACE_BIN
T=$(mktemp -d /tmp/kstrace-42.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
mkdir traces work
ip link set lo up 2>/dev/null

cat >net.py <<'EOF'
import socket, threading
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]
def serve():
    c, _ = srv.accept()
    c.sendall(c.recv(100).upper())
    c.close()
t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(("127.0.0.1", port))
c.sendall(b"hello")
print(c.recv(100))
c.close()
t.join()
EOF
cat >udp.py <<'EOF'
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.sendto(b"ping", a.getsockname())
print(a.recvfrom(16))
EOF
cat >subproc.py <<'EOF'
import subprocess, os, select
subprocess.run(["echo", "hi"], capture_output=True)
r, w = os.pipe()
os.write(w, b"x")
print(select.select([r], [], [], 1.0))
print(os.stat("/etc/hostname").st_size, os.getcwd())
EOF
cat >files.sh <<'EOF'
mkdir -p d/e && echo hi >d/e/f && ln -s e/f d/l && chmod 600 d/e/f
cp -r d d2 && mv d2 d3 && ls -lR d3 >/dev/null && rm -rf d d3
EOF

# work NAME CMD...: CMD under both tracers, in work/ (emptied first), its
# output thrown away, stdin and stderr /dev/null for both; WFLAGS, more
# options for both.
work() {
	local name=$1
	shift
	for tracer in strace kstrace; do
		rm -rf work && mkdir work
		# shellcheck disable=SC2086 # WFLAGS is a list of options
		(cd work && "$tracer" -f ${WFLAGS:-} -o "../traces/$name.${tracer:0:2}.tmp" -- "$@" \
			</dev/null >/dev/null 2>&1)
	done
	mv "traces/$name.st.tmp" "traces/$name.st"
	mv "traces/$name.ks.tmp" "traces/$name.ks"
}

work ls ls -la /etc/default
work cat cat /etc/passwd /etc/group
work pipeline sh -c 'seq 1 200 | sort -rn | head -n 3 | wc -l'
work grep grep -r root /etc/passwd /etc/group
work sed sh -c 'echo abc >x && sed -n s/b/B/p x'
work find find /etc -maxdepth 1 -name '*.conf'
work stat stat /etc/hostname /etc
work date date -u -d @86400
work id id
work env env -i A=1 /usr/bin/env
work dd dd if=/dev/zero of=/dev/null bs=4k count=16 status=none
work files sh ../files.sh
work tar sh -c 'tar cf t.tar /etc/hostname /etc/passwd 2>/dev/null; tar tf t.tar'
work gzip sh -c 'seq 1 1000 >n && gzip n && gunzip n.gz && wc -l n'
work python python3 -c 'import json, os; print(json.dumps(sorted(os.listdir("/etc"))[:3]))'
work tcp python3 ../net.py
work udp python3 ../udp.py
WFLAGS=-yy work tcp-yy python3 ../net.py
WFLAGS=-yy work udp-yy python3 ../udp.py
work threads "$B/threads" 4 10
work sleep sleep 0.2
work signals sh -c 'trap "echo usr1" USR1; kill -USR1 $$; sleep 0.1 & wait'
work bash bash -c 'for i in 1 2 3; do echo $i; done | cat'
work xargs sh -c 'ls /etc | head -n 5 | xargs -n 2 echo'
work links sh -c 'touch a b && chmod 640 a && ln -s a c && readlink c && rm a b c'
work subproc python3 ../subproc.py
work xz sh -c 'seq 1000 >n && xz n && xz -d n.xz'
work fifo sh -c 'mkfifo f && (echo x >f &) && cat f'
work du du -s /etc/default
work ps ps -o pid,comm -p 1
work ionice ionice -c 3 true

diffs=${KSTRACE_FIDELITY_DIFFS:-0}
# shellcheck disable=SC2094 # "report" is also the subcommand's name
python3 "$KSTRACE_REPO/tests/guest/lib/fidelity.py" report traces "$FIDELITY_MIN" \
	--diffs "$diffs" >report
rc=$?
while read -r word name same total pct; do
	[ "$word" = fidelity ] || continue
	[ "$name" = total ] && continue
	diag "fidelity $name: $same of $total strace lines identical ($pct)"
done <report
grep -v '^fidelity ' report | head -n 400 | sed 's/^/#/'
read -r _ _ same total pct <<<"$(grep '^fidelity total ' report)"
if [ "$rc" = 0 ]; then
	pass "fidelity: $same of $total strace lines printed identically by kstrace ($pct, at least $FIDELITY_MIN%)"
else
	fail "fidelity: $same of $total strace lines printed identically by kstrace ($pct, at least $FIDELITY_MIN%)"
fi
exit 0
