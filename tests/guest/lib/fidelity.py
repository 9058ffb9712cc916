#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""fidelity.py - how much of strace's trace kstrace printed identically.

  fidelity.py compare ST KS [--diffs N]   one workload: strace -f -o ST and
                                          kstrace -f -o KS of the same command
  fidelity.py total FILE...               sums the "fidelity" lines of
                                          compare outputs
  fidelity.py report DIR MIN [--diffs N]  compare every DIR/NAME.st with
                                          DIR/NAME.ks, then the total; exit 1
                                          when it is below MIN percent

Both traces are split per task and their lines compared in order, after
the normalization that two runs of one command need whatever the tracer:
- a line cut by another task's ("<unfinished ...>" ... "<... X resumed>")
  is joined back, since the tracers interleave tasks differently;
- pids become names by descent (the command is P, its children P.1, P.2
  ... in the order the parent's fork/clone calls returned them), in the
  "[pid N]"/"N " prefix and wherever the number appears;
- addresses (0x... of 5 and more hex digits), clock readings (tv_sec,
  tv_nsec, tv_usec and the st_/stx_ times), date comments, inode numbers,
  CPU times (and their comments), getrandom's data, sysinfo's and
  statfs's changing counts, ephemeral
  ports, getppid's result (the tracer itself) and rt_sigreturn's (what
  the interrupted call returned) differ between runs and are masked; so is
  the padding before "= ", which follows the length of what was masked
  (and of a line joined from an unfinished and a resumed one).
Nothing else is: a line counts only when it is strace's.

compare prints "fidelity NAME SAME TOTAL" (SAME of strace's TOTAL lines
matched) and, with --diffs N, the first N strace lines not matched, each
with the kstrace line at its place.
"""
import difflib
import re
import sys

LEAD = re.compile(r"^(?:\[pid\s+(\d+)\]\s+|(\d+)\s+)?(.*)$")
UNFIN = re.compile(r"^(.*) <unfinished \.\.\.>$")
RESUMED = re.compile(r"^<\.\.\. ([\w:]+) resumed>(.*)$")
FORKS = re.compile(r"^(?:clone|clone3|fork|vfork)\(.*\)\s+= (\d+)")
# Where a pid appears: calls that return one, and the fields that hold one.
PID_RET = re.compile(r"^((?:clone|clone3|fork|vfork|wait4|waitid|getpid|gettid|"
                     r"set_tid_address)\(.*\)\s+= )(\d+)")
PID_ARG = re.compile(r"^((?:wait4|kill|tkill|tgkill|waitid|pidfd_open|"
                     r"sched_\w+|prlimit64|getpgid|setpgid|getsid)\((?:P_PID, )?)(\d+)")
PID_FIELD = re.compile(r"((?:si_pid|pid|parent_tid)=\[?)(\d+)")

MASKS = [
    (re.compile(r"0x[0-9a-f]{5,}"), "0xADDR"),
    (re.compile(r"(tv_sec|tv_nsec|tv_usec)=\d+"), r"\1=N"),
    (re.compile(r"((?:st|stx)_[amcb]time(?:_nsec)?)=\d+"), r"\1=N"),
    (re.compile(r"/\* \d{4}-\d\d-\d\dT[^*]*\*/"), "/* DATE */"),
    (re.compile(r"(st_ino|stx_ino|d_ino|d_off)=\d+"), r"\1=N"),
    # socket and pipe inode numbers (-y, -yy)
    (re.compile(r"((?:socket|pipe|TCP|TCPv6|UDP|UDPv6|UNIX|NETLINK|UNIX-STREAM):\[)\d+(?:->\d+)?"),
     r"\1INO"),
    (re.compile(r"^(getrandom\()\".*?\"(\.\.\.)?"), r'\1"RANDOM"'),
    # ephemeral ports, as the kernel picks them
    (re.compile(r"htons\(\d+\)"), "htons(PORT)"),
    (re.compile(r"'127\.0\.0\.1', \d+"), "'127.0.0.1', PORT"),
    # rt_sigreturn returns what the interrupted call had (a pid, often)
    (re.compile(r"^(rt_sigreturn\(.*\)\s+= )\d+"), r"\1N"),
    # /proc/PID/maps read by a program: its own randomized addresses
    (re.compile(r"[0-9a-f]{8,16}-[0-9a-f]{8,16}"), "ADDR-ADDR"),
    (re.compile(r"(si_utime|si_stime)=\d+( /\* [\d.]+ s \*/)?"), r"\1=N"),
    # a file system's free blocks and inodes, as the tests write files
    (re.compile(r"(f_bfree|f_bavail|f_ffree)=\d+"), r"\1=N"),
    (re.compile(r"(ru_[a-z]+)=\d+"), r"\1=N"),
    (re.compile(r"(uptime|freeram|procs|bufferram|sharedram)=\d+"), r"\1=N"),
    (re.compile(r"loads=\[\d+, \d+, \d+\]"), "loads=[N]"),
    (re.compile(r"^(getppid\(\)\s+= )\d+"), r"\1N"),
    (re.compile(r"\s+= "), " = "),
]


def read_tasks(path):
    """{pid: [line...]} with unfinished/resumed pairs joined, in order."""
    tasks, order, pending = {}, [], {}
    first = None
    with open(path, errors="replace") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            m = LEAD.match(raw)
            pid = int(m.group(1) or m.group(2) or 0)
            body = m.group(3)
            if first is None:
                first = pid
            if pid not in tasks:
                tasks[pid] = []
                order.append(pid)
            u = UNFIN.match(body)
            if u:
                pending[pid] = u.group(1)
                continue
            r = RESUMED.match(body)
            if r and pid in pending:
                body = pending.pop(pid) + r.group(2)
            tasks[pid].append(body)
    for pid, head in pending.items():
        tasks[pid].append(head + " <unfinished ...>")
    return tasks, order


def pid_names(tasks, order):
    """pid -> canonical name by descent from the first task."""
    names = {}
    if not order:
        return names
    root = order[0]
    names[root] = "P"
    queue = [root]
    while queue:
        p = queue.pop(0)
        n = 0
        for line in tasks.get(p, []):
            m = FORKS.match(line)
            if m:
                c = int(m.group(1))
                if c in tasks and c not in names:
                    n += 1
                    names[c] = "%s.%d" % (names[p], n)
                    queue.append(c)
    for p in order:
        names.setdefault(p, "?%d" % p)
    return names


def normalize(line, names):
    def pid(m):
        return m.group(1) + names.get(int(m.group(2)), m.group(2))
    for rx in (PID_RET, PID_ARG, PID_FIELD):
        line = rx.sub(pid, line)
    for rx, rep in MASKS:
        line = rx.sub(rep, line)
    return line


def load(path):
    tasks, order = read_tasks(path)
    names = pid_names(tasks, order)
    out = {}
    for pid in order:
        out[names[pid]] = [normalize(x, names) for x in tasks[pid]]
    return out


def compare(st_path, ks_path, ndiff):
    st, ks = load(st_path), load(ks_path)
    same = total = 0
    diffs = []
    for name, lines in st.items():
        total += len(lines)
        other = ks.get(name, [])
        sm = difflib.SequenceMatcher(None, lines, other, autojunk=False)
        matched = set()
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == "equal":
                same += i2 - i1
                matched.update(range(i1, i2))
            elif len(diffs) < ndiff:
                for k in range(i1, i2):
                    if len(diffs) >= ndiff:
                        break
                    j = j1 + (k - i1)
                    diffs.append((name, lines[k], other[j] if j < j2 else "(none)"))
    return same, total, diffs


def main(argv):
    if len(argv) >= 3 and argv[0] == "compare":
        ndiff = 0
        if len(argv) == 5 and argv[3] == "--diffs":
            ndiff = int(argv[4])
        same, total, diffs = compare(argv[1], argv[2], ndiff)
        name = argv[1].rsplit("/", 1)[-1].split(".")[0]
        print("fidelity %s %d %d" % (name, same, total))
        for task, a, b in diffs:
            print("  %s strace:  %s" % (task, a))
            print("  %s kstrace: %s" % (task, b))
        return 0
    if len(argv) >= 3 and argv[0] == "report":
        import glob
        import os
        ndiff = int(argv[4]) if len(argv) == 5 and argv[3] == "--diffs" else 0
        same_all = total_all = 0
        for st in sorted(glob.glob(os.path.join(argv[1], "*.st"))):
            ks = st[:-3] + ".ks"
            name = os.path.basename(st)[:-3]
            if not os.path.exists(ks):
                print("fidelity %s 0 0 (no kstrace trace)" % name)
                continue
            same, total, diffs = compare(st, ks, ndiff)
            same_all += same
            total_all += total
            print("fidelity %s %d %d %.1f%%" % (name, same, total,
                                                100.0 * same / max(total, 1)))
            for task, a, b in diffs:
                print("  %s strace:  %s" % (task, a))
                print("  %s kstrace: %s" % (task, b))
        pct = 100.0 * same_all / max(total_all, 1)
        print("fidelity total %d %d %.1f%%" % (same_all, total_all, pct))
        return 0 if pct >= float(argv[2]) else 1
    if len(argv) >= 2 and argv[0] == "total":
        same = total = 0
        for path in argv[1:]:
            with open(path) as f:
                for line in f:
                    w = line.split()
                    if len(w) == 4 and w[0] == "fidelity":
                        same += int(w[2])
                        total += int(w[3])
        print("fidelity total %d %d" % (same, total))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
