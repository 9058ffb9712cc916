#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""evcheck.py - read the event records printed by tests/progs/evprobe and
strace-format traces (strace's own, or kstrace's event mode), and check or
compare them. Used by the guest tests 40-49 (through events.sh).

usage (FILE kinds: EV = evprobe output, ST = strace-format output, FF =
the PREFIX of strace -ff -o PREFIX files):
  evcheck.py seq EV|ST FILE          print the normalised per-task sequences
  evcheck.py cmp-seq KIND A KIND B   per-task sequences of (name, return)
                                     equal, as multisets of tasks
  evcheck.py pairing EV              ENTER/EXIT pairing and ordering sane
  evcheck.py cmp-paths KIND A KIND B [MAXFAULT]
                                     path (and execve argv) arguments of
                                     the file syscalls equal, per task; A
                                     is kstrace's, and at most MAXFAULT
                                     (default: a quarter, rounded up) of
                                     its paths may be FAULT where B has a
                                     string (not resident, see same_path)
  evcheck.py lost EV NCALLS NAME     event-loss accounting (flood)
  evcheck.py nested EV               the same with kprobe hits (PROBE
                                     records), also those dropped inside
                                     the writing of a record ("nested")
  evcheck.py only EV NAME...         exactly these syscalls were streamed
  evcheck.py result EV ok|err        the result filter held
  evcheck.py caps EV NAME            print the captures of NAME's records:
                                     "RET PHASE ARG KIND FLAGS LEN FULL DATA"
  evcheck.py cmp-args KIND A KIND B NAME...
                                     the argument text of every NAME call
                                     equal (addresses normalised), per task
  evcheck.py json-lines FILE STRING  every line is JSON; STRING is in one
  evcheck.py names ST FILE           print "NAME COUNT" of every syscall
  evcheck.py cmp-names A B           the same syscall names and counts
  evcheck.py exits ST FILE           print the +++ lines, per task in order
  evcheck.py lostlines ST FILE       print the N of every "--- lost N events ---"
  evcheck.py batch PLAN              run many of the above in one process
                                     (see batch())

Exit status 0 when the check holds, 1 when it does not (with the
differences on stdout), 2 on unreadable input.

A task's sequence lists, in order, (name, return) of every syscall that
returned, (name, "?") for one that never did (exit_group, exit), then
("+++", "exit N" or "killed SIG") for its end. Returns are normalised so
that two runs of a deterministic program compare equal: a pid or tid
(getpid, getppid, gettid, set_tid_address, fork, vfork, clone, clone3,
wait4, waitid when > 0) becomes "PID", an address (mmap, brk, mremap,
shmat, when not an error) "ADDR"; errors are -errno in both forms.

Syscall names come from the x86-64 asm/unistd_64.h of the system headers.
"""
import collections
import contextlib
import errno
import io
import os
import re
import sys

UNISTD = "/usr/include/x86_64-linux-gnu/asm/unistd_64.h"

PID_RET = {"getpid", "getppid", "gettid", "set_tid_address", "fork", "vfork",
           "clone", "clone3", "wait4", "waitid"}
ADDR_RET = {"mmap", "brk", "mremap", "shmat"}

# What syscall arguments point to: include/kstrace/sysargs.h, the module's
# own description, as build/tests/sysargs prints it (one rule per line:
# NAME ARG WHEN KIND LEN N SEL MASK VAL).
SYSARGS = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "../../../build/tests/sysargs")


class InputError(Exception):
    pass


def load_sysargs():
    """The capture rules: [(name, arg, when, kind, sel), ...]."""
    import subprocess
    try:
        out = subprocess.run([SYSARGS], check=True, capture_output=True,
                             text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise InputError("%s: %s" % (SYSARGS, e))
    rules = []
    for line in out.splitlines():
        w = line.split()
        if w[0] != "kind":
            rules.append((w[0], int(w[1]), w[2], w[3], int(w[6])))
    return rules


def pathspec(rules):
    """syscall -> [(arg, kind)] of the strings strace prints at entry: the
    unconditional PATH and ARGV inputs (an environment is printed as a
    count, other strings are cut at -s)."""
    spec = collections.OrderedDict()
    for name, arg, when, kind, sel in rules:
        if when == "IN" and sel < 0 and kind in ("PATH", "ARGV"):
            spec.setdefault(name, []).append((arg, kind))
    return spec


PATHSPEC = pathspec(load_sysargs())

CAP_FAULT, CAP_TRUNC, CAP_MORE, CAP_ATEXIT = 1, 2, 4, 8
KSTRACE_PATH_MAX = 1024


# ---------------------------------------------------------------- names

_names = None


def names():
    """nr -> name of the native (x86-64) table."""
    global _names
    if _names is None:
        _names = {}
        try:
            with open(UNISTD) as f:
                for line in f:
                    m = re.match(r"#define __NR_(\w+)\s+(\d+)\s*$", line)
                    if m:
                        _names[int(m.group(2))] = m.group(1)
        except OSError as e:
            raise InputError("%s: %s" % (UNISTD, e.strerror))
    return _names


def name_of(nr, abi=64):
    if abi != 64:
        return "32:%d" % nr
    return names().get(nr, "syscall_%#x" % nr)


def nr_of(name):
    for nr, n in names().items():
        if n == name:
            return nr
    raise InputError("unknown syscall name %r" % name)


ERRNO = {name: num for num, name in errno.errorcode.items()}
ERRNO.update({"ERESTARTSYS": 512, "ERESTARTNOINTR": 513, "ERESTARTNOHAND": 514,
              "ENOIOCTLCMD": 515, "ERESTART_RESTARTBLOCK": 516,
              "EPROBE_DEFER": 517, "EOPENSTALLED": 518, "ENOTSUPP": 524})


def norm(name, ret):
    if ret == "?" or not isinstance(ret, int):
        return ret
    if -4095 <= ret < 0:
        return ret
    if name in PID_RET and ret > 0:
        return "PID"
    if name in ADDR_RET:
        return "ADDR"
    return ret


# x86-64 signal names (the signal module is slow to import under TCG).
SIGNAMES = dict(enumerate(
    "0 SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGBUS SIGFPE SIGKILL "
    "SIGUSR1 SIGSEGV SIGUSR2 SIGPIPE SIGALRM SIGTERM SIGSTKFLT SIGCHLD SIGCONT "
    "SIGSTOP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGXCPU SIGXFSZ SIGVTALRM SIGPROF "
    "SIGWINCH SIGIO SIGPWR SIGSYS".split()))


def exit_desc(status):
    """wait(2) status -> strace's words."""
    if status & 0x7f == 0:
        return "exit %d" % ((status >> 8) & 0xff)
    sig = status & 0x7f
    return "killed %s" % SIGNAMES.get(sig, str(sig))


# ---------------------------------------------------------------- evprobe

def unesc_ev(s):
    return re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                  s.encode("latin-1"))


class Ev:
    def __init__(self, path):
        self.recs = []
        self.results = []
        self.stats = {}
        self.other = []
        self.child_status = None
        try:
            with open(path, errors="replace") as f:
                lines = f.read().splitlines()
        except OSError as e:
            raise InputError("%s: %s" % (path, e.strerror))
        for line in lines:
            w = line.split(" ")
            t = w[0]
            if t in ("ENTER", "EXIT", "LOST", "TASK_EXIT", "PROBE"):
                r = {"type": t, "caps": [], "line": line}
                for word in w[1:]:
                    if word.startswith("cap="):
                        a, k, fl, ln, full, data = word[4:].split(":", 5)
                        r["caps"].append({"arg": int(a), "kind": k, "flags": int(fl),
                                          "len": int(ln), "full": int(full),
                                          "raw": data, "data": unesc_ev(data)})
                    elif word == "BADCAPS":
                        r["badcaps"] = True
                    elif "=" in word:
                        k, v = word.split("=", 1)
                        if k == "args":
                            r[k] = [int(x, 16) for x in v.split(",")]
                        else:
                            r[k] = int(v)
                if "nr" in r:
                    r["name"] = name_of(r["nr"], r.get("abi", 64))
                self.recs.append(r)
            elif t == "R":
                self.results.append(line[2:])
            elif t == "STATS":
                self.stats = {k: int(v) for k, v in
                              (x.split("=", 1) for x in w[1:])}
            elif t == "CHILD":
                self.child_status = int(w[1].split("=")[1])
            else:
                self.other.append(line)
        if not self.stats:
            raise InputError("%s: no STATS line (evprobe did not finish)" % path)
        self.res = parse_results(self.results)

    def count(self, t):
        return sum(1 for r in self.recs if r["type"] == t)


def parse_results(lines):
    res = {"lost": None, "lostcpu": {}, "calls": {}, "errors": {}, "probes": {}}
    for line in lines:
        w = line.split()
        if not w:
            continue
        if w[0] in ("lost", "nested", "unpaired", "badnr", "untracked", "tasks", "written") \
                and len(w) == 2:
            res[w[0]] = int(w[1])
        elif w[0] == "lostcpu":
            res["lostcpu"][int(w[1])] = int(w[2])
        elif w[0] == "probe" and len(w) > 4:
            res["probes"][int(w[1])] = int(w[4])
        elif w[0] == "syscall":
            name = name_of(int(w[2]), int(w[1]))
            res["calls"][name] = int(w[3])
            res["errors"][name] = int(w[4])
    return res


def ev_sequences(ev):
    """{tid: [(name, ret), ...]} from the records, tids in stream order."""
    seqs = collections.OrderedDict()
    pending = {}
    for r in ev.recs:
        if r["type"] == "LOST":
            continue
        tid = r["tid"]
        seq = seqs.setdefault(tid, [])
        if r["type"] == "ENTER":
            pending[tid] = r
        elif r["type"] == "EXIT":
            seq.append((r["name"], norm(r["name"], r["ret"])))
            pending.pop(tid, None)
        elif r["type"] == "TASK_EXIT":
            if tid in pending:
                seq.append((pending.pop(tid)["name"], "?"))
            seq.append(("+++", exit_desc(r["code"])))
    return seqs


def ev_cap_value(c):
    """A PATH or ARGV capture as ev_paths shows it."""
    if c["kind"] == "PATH":
        if c["flags"] & CAP_FAULT:
            return ("FAULT",)
        return ("PATH", c["data"].decode("latin-1"), bool(c["flags"] & CAP_TRUNC))
    parts = c["data"].split(b"\0")
    if parts and parts[-1] == b"":
        parts.pop()
    elems = [p.decode("latin-1") for p in parts]
    if c["flags"] & CAP_FAULT:
        elems.append("FAULT")
    if c["flags"] & CAP_MORE:
        elems.append("...")
    return ("ARGV", tuple(elems))


def ev_paths(ev):
    """{tid: [(name, (captured args...)), ...]} for syscalls of PATHSPEC.
    A path that faulted at entry is taken from the exit record's copy
    (KSTRACE_CAP_ATEXIT), as the CLI prints it."""
    out = collections.OrderedDict()
    open_calls = {}
    for r in ev.recs:
        if r["type"] == "EXIT" and r["tid"] in open_calls:
            name, vals, late = open_calls.pop(r["tid"])
            for c in r["caps"]:
                if c["flags"] & CAP_ATEXIT and c["arg"] in late:
                    vals[late[c["arg"]]] = ev_cap_value(c)
            continue
        if r["type"] != "ENTER" or r["name"] not in PATHSPEC:
            continue
        want = dict(PATHSPEC[r["name"]])
        vals, late = [], {}
        for c in sorted(r["caps"], key=lambda c: c["arg"]):
            if want.get(c["arg"]) != c["kind"]:
                continue
            if c["kind"] == "PATH" and c["flags"] & CAP_FAULT:
                late[c["arg"]] = len(vals)
            vals.append(ev_cap_value(c))
        out.setdefault(r["tid"], []).append((r["name"], vals))
        open_calls[r["tid"]] = (r["name"], vals, late)
    for calls in out.values():
        calls[:] = [(n, tuple(v)) for n, v in calls]
    return out


# ---------------------------------------------------------------- strace format

LEAD = re.compile(r"^(?:\[pid\s+(\d+)\]\s+|(\d+)\s+)?"
                  r"(?:\d\d:\d\d:\d\d(?:\.\d+)?\s+|\d+\.\d+\s+)?(.*)$")


def split_ret(text):
    """'ARGS) = RET TAIL' -> (ARGS, ret) where ret is an int or '?'."""
    text = re.sub(r"\s+<\d+\.\d+>$", "", text)
    ms = list(re.finditer(r"\)\s+=\s+(-?\d+|0x[0-9a-fA-F]+|\?)", text))
    if not ms:
        return None
    m = ms[-1]
    args, val, tail = text[:m.start()], m.group(1), text[m.end():]
    if val == "?":
        ret = "?"
    else:
        ret = int(val, 0)
    e = re.match(r"\s+(E[A-Z0-9_]+)\b", tail)
    if e and (ret == -1 or ret == "?"):
        if e.group(1) not in ERRNO:
            raise InputError("unknown errno name %s" % e.group(1))
        ret = -ERRNO[e.group(1)]
    return args, ret


class Strace:
    """Events per task, in order: dicts with name, args, ret; or exits."""

    def __init__(self, path):
        self.tasks = collections.OrderedDict()
        self.lost = []
        self.bad = []
        unfinished = {}
        try:
            with open(path, errors="replace") as f:
                lines = f.read().splitlines()
        except OSError as e:
            raise InputError("%s: %s" % (path, e.strerror))
        for line in lines:
            if not line.strip():
                continue
            m = LEAD.match(line)
            pid = int(m.group(1) or m.group(2) or 0)
            rest = m.group(3)
            ev = self.tasks.setdefault(pid, [])
            if rest.startswith("+++"):
                x = re.match(r"\+\+\+ (?:exited with (\d+)|killed by (SIG\w+)"
                             r"(?: \(core dumped\))?) \+\+\+$", rest)
                if not x:
                    self.bad.append(line)
                elif x.group(1) is not None:
                    ev.append({"name": "+++", "ret": "exit %s" % x.group(1)})
                else:
                    ev.append({"name": "+++", "ret": "killed %s" % x.group(2)})
                continue
            if rest.startswith("---"):
                x = re.match(r"--- lost (\d+) events? ---", rest)
                if x:
                    self.lost.append(int(x.group(1)))
                continue
            x = re.match(r"<\.\.\. (\w+) resumed>\s?(.*)$", rest)
            if x:
                name, text = x.group(1), x.group(2)
                if pid not in unfinished or unfinished[pid][0] != name:
                    self.bad.append(line)
                    args0 = ""
                else:
                    args0 = unfinished.pop(pid)[1]
                self._call(ev, name, args0 + text, line)
                continue
            x = re.match(r"([a-z_0-9]+|\?+)\((.*)$", rest)
            if not x:
                self.bad.append(line)
                continue
            name, text = x.group(1), x.group(2)
            u = re.match(r"(.*?)\s*<unfinished \.\.\.>$", text)
            if u:
                unfinished[pid] = (name, u.group(1))
                continue
            self._call(ev, name, text, line)
        for pid, (name, _) in unfinished.items():
            self.bad.append("pid %d: %s never resumed" % (pid, name))

    def _call(self, ev, name, text, line):
        sr = split_ret(text)
        if sr is None:
            self.bad.append(line)
            return
        ev.append({"name": name, "args": sr[0], "ret": sr[1]})


def st_sequences(st):
    out = collections.OrderedDict()
    for pid, evs in st.tasks.items():
        out[pid] = [(e["name"], norm(e["name"], e["ret"])) for e in evs]
    return out


def split_args(text):
    """Top-level comma-separated arguments of a strace argument list."""
    args, depth, cur, i, q = [], 0, "", 0, False
    while i < len(text):
        c = text[i]
        if q:
            cur += c
            if c == "\\" and i + 1 < len(text):
                cur += text[i + 1]
                i += 1
            elif c == '"':
                q = False
        elif c == '"':
            q = True
            cur += c
        elif c in "([{":
            depth += 1
            cur += c
        elif c in ")]}":
            depth -= 1
            cur += c
        elif c == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += c
        i += 1
    if cur.strip():
        args.append(cur.strip())
    return args


def c_unescape(s):
    out = bytearray()
    i = 0
    simple = {"n": 10, "t": 9, "r": 13, "v": 11, "f": 12, "a": 7, "b": 8,
              "\\": 92, '"': 34, "'": 39, "?": 63}
    while i < len(s):
        c = s[i]
        if c != "\\":
            out += c.encode("latin-1", "replace")
            i += 1
            continue
        n = s[i + 1] if i + 1 < len(s) else ""
        if n in simple:
            out.append(simple[n])
            i += 2
        elif n == "x":
            m = re.match(r"[0-9a-fA-F]{1,2}", s[i + 2:])
            out.append(int(m.group(0), 16))
            i += 2 + len(m.group(0))
        elif n.isdigit():
            m = re.match(r"[0-7]{1,3}", s[i + 1:])
            out.append(int(m.group(0), 8) & 0xff)
            i += 1 + len(m.group(0))
        else:
            out += b"\\"
            i += 1
    return out.decode("latin-1")


STRLIT = re.compile(r'"((?:[^"\\]|\\.)*)"(\.\.\.)?')


def st_path_arg(a):
    m = STRLIT.fullmatch(a)
    if m:
        return ("PATH", c_unescape(m.group(1)), bool(m.group(2)))
    return ("FAULT",)


def st_argv_arg(a):
    if not a.startswith("["):
        return ("ARGV", ("FAULT",))
    inner = a[1:-1] if a.endswith("]") else a[1:]
    elems = []
    for e in split_args(inner):
        m = STRLIT.fullmatch(e)
        if m:
            # A string strace cut at -s keeps its "..." for same_path().
            elems.append(c_unescape(m.group(1)) + ("..." if m.group(2) else ""))
        elif e == "...":
            elems.append("...")
        else:
            elems.append("FAULT")
    return ("ARGV", tuple(elems))


def st_paths(st):
    out = collections.OrderedDict()
    for pid, evs in st.tasks.items():
        for e in evs:
            spec = PATHSPEC.get(e["name"])
            if not spec:
                continue
            args = split_args(e["args"])
            vals = []
            for idx, kind in spec:
                a = args[idx] if idx < len(args) else ""
                vals.append(st_path_arg(a) if kind == "PATH" else st_argv_arg(a))
            out.setdefault(pid, []).append((e["name"], tuple(vals)))
    return out


class StraceFF(Strace):
    """strace -ff -o PREFIX: one file PREFIX.PID per task, lines unprefixed."""

    def __init__(self, prefix):
        import glob
        self.tasks = collections.OrderedDict()
        self.lost = []
        self.bad = []
        files = sorted(f for f in glob.glob(glob.escape(prefix) + ".*")
                       if re.fullmatch(r"\d+", f[len(prefix) + 1:]))
        if not files:
            raise InputError("no file %s.PID" % prefix)
        for f in files:
            one = Strace(f)
            pid = int(f[len(prefix) + 1:])
            self.tasks[pid] = [e for evs in one.tasks.values() for e in evs]
            self.lost += one.lost
            self.bad += one.bad
            if len(one.tasks) > 1:
                self.bad.append("%s: lines of %d tasks" % (f, len(one.tasks)))


def load(kind, path):
    if kind in ("EV", "ev"):
        return "EV", Ev(path)
    if kind in ("ST", "st"):
        st = Strace(path)
        return "ST", st
    if kind in ("FF", "ff"):
        return "ST", StraceFF(path)
    raise InputError("kind must be EV, ST or FF, not %r" % kind)


def norm_args(args):
    """Arguments with addresses and pids made comparable across runs."""
    args = re.sub(r"0x[0-9a-f]{6,}", "ADDR", args)
    args = re.sub(r"/\* \d+ vars? \*/", "/* N vars */", args)
    return args


def call_args(st, name):
    """{pid: [normalised argument text of each call NAME]}."""
    out = collections.OrderedDict()
    for pid, evs in st.tasks.items():
        out[pid] = [(name, norm_args(e["args"]), norm(name, e["ret"]))
                    for e in evs if e["name"] == name]
    return out


FDPATH = re.compile(r"(\d+)<(.*)>")


def same_call(x, y):
    """(name, args, ret) of kstrace (x) and strace (y): equal, but for a
    string kstrace could not copy (not resident) and prints as an address."""
    if x == y:
        return True
    if x[0] != y[0] or x[2] != y[2]:
        return False
    ax, ay = split_args(x[1]), split_args(y[1])
    if len(ax) != len(ay):
        return False
    lost = []
    for u, v in zip(ax, ay):
        if u == v:
            continue
        if u == "ADDR" and v.startswith('"'):
            lost.append((x[0], v))
            continue
        # -y: strace reads the fd's path from /proc (symlinks resolved),
        # kstrace may print the path it was opened by.
        fu, fv = FDPATH.fullmatch(u), FDPATH.fullmatch(v)
        if fu and fv and fu.group(1) == fv.group(1) and \
                os.path.realpath(fu.group(2)) == os.path.realpath(fv.group(2)):
            continue
        return False
    UNRESIDENT.extend(lost)
    return True


def json_lines(path, needle):
    import json
    errs, n, found = [], 0, False

    def walk(v):
        if isinstance(v, str):
            return needle in v
        if isinstance(v, dict):
            return any(walk(x) for x in v.values())
        if isinstance(v, list):
            return any(walk(x) for x in v)
        return False
    with open(path, errors="replace") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                v = json.loads(line)
            except ValueError as e:
                errs.append("line %d is not JSON (%s): %s" % (i, e, line[:120]))
                if len(errs) > 5:
                    break
                continue
            n += 1
            found = found or walk(v)
    if not n:
        errs.append("no JSON object at all")
    elif not found:
        errs.append("no object holds the string %r" % needle)
    return errs


def sequences(kind, obj):
    return ev_sequences(obj) if kind == "EV" else st_sequences(obj)


def paths(kind, obj):
    return ev_paths(obj) if kind == "EV" else st_paths(obj)


# ---------------------------------------------------------------- compare

def fmt_item(it):
    return "%s = %s" % it if it[0] != "+++" else "+++ %s" % it[1]


def ev_diag(ev, label):
    """One line saying what the stream and the session's own counters
    say, first in a failing comparison's output: if the summary counted
    calls the stream lacks, records were lost after the hooks saw them;
    if it did not, the hooks never saw them."""
    exits = collections.Counter(r["name"] for r in ev.recs if r["type"] == "EXIT")
    short = ["%s %d/%d" % (n, exits[n], c) for n, c in sorted(ev.res["calls"].items())
             if exits[n] != c and n not in ("exit_group", "exit")]
    cpus = collections.Counter(r.get("cpu") for r in ev.recs)
    return ("%s: %d ENTER %d EXIT %d TASK_EXIT %d LOST (sum %d), %s records read; results "
            "written %s lost %s unpaired %s lostcpu %s; records per cpu %s; "
            "EXIT records/summary calls where they differ: %s"
            % (label, ev.count("ENTER"), ev.count("EXIT"), ev.count("TASK_EXIT"),
               ev.count("LOST"), sum(r.get("count", 0) for r in ev.recs if r["type"] == "LOST"),
               ev.stats.get("records"), ev.res.get("written"), ev.res.get("lost"),
               ev.res.get("unpaired"), dict(ev.res["lostcpu"]),
               dict(cpus), ", ".join(short) or "none"))


def cmp_multiset(a, b, la, lb, fmt, same=None):
    """Compare two {task: [items]} as multisets of sequences."""
    same = same or (lambda x, y: x == y)
    la_seqs = [tuple(v) for v in a.values()]
    lb_seqs = [tuple(v) for v in b.values()]
    rest_b = list(lb_seqs)
    unmatched_a = []
    for s in la_seqs:
        for i, t in enumerate(rest_b):
            if len(s) == len(t) and all(same(x, y) for x, y in zip(s, t)):
                del rest_b[i]
                break
        else:
            unmatched_a.append(s)
    if not unmatched_a and not rest_b:
        return True, []
    import difflib
    out = ["%d task(s) of %s, %d of %s; %d of %s unmatched, %d of %s unmatched"
           % (len(la_seqs), la, len(lb_seqs), lb, len(unmatched_a), la,
              len(rest_b), lb)]
    for s in unmatched_a:
        best = max(rest_b, key=lambda t: difflib.SequenceMatcher(
            None, [fmt(x) for x in s], [fmt(x) for x in t]).ratio(), default=())
        diff = list(difflib.unified_diff([fmt(x) for x in best], [fmt(x) for x in s],
                                         lb, la, lineterm="", n=2))
        out.append("--- a task of %s (%d items) against the closest of %s:"
                   % (la, len(s), lb))
        out.extend(diff[:40] if diff else ["(no closest task)"])
        if best in rest_b:
            rest_b.remove(best)
    for t in rest_b:
        out.append("--- a task of %s with no counterpart (%d items): %s ..."
                   % (lb, len(t), ", ".join(fmt(x) for x in t[:8])))
    return False, out


UNRESIDENT = []


def argv_match(ks, st):
    """An argv kstrace captured against the one strace printed: strace
    prints -s elements then "...", where kstrace copies them all; a string
    strace cut at -s ends with "..." there, and kstrace copied one byte
    more than -s of it (so that a cut one is told from one that long)."""
    if st and st[-1] == "...":
        st = st[:-1]
        ks = ks[:len(st)]
    if len(ks) != len(st):
        return False
    for a, b in zip(ks, st):
        if a == b:
            continue
        if b.endswith("...") and len(a) == len(b) - 2 and a.startswith(b[:-3]):
            continue
        return False
    return True


def same_path(x, y):
    """(name, vals) items, x from kstrace; a TRUNC path matches a longer
    one it starts. A path kstrace could not copy (FAULT) matches a string:
    captures are copied with page faults disabled, so a path in a page not
    yet faulted in is documented to give FAULT (counted in UNRESIDENT);
    so does an execve argv element there (the elements before it match)."""
    if x[0] != y[0] or len(x[1]) != len(y[1]):
        return False
    for u, v in zip(x[1], y[1]):
        if u == v:
            continue
        if u == ("FAULT",) and v[0] == "PATH":
            UNRESIDENT.append((x[0], v[1]))
            continue
        if u[0] == v[0] == "ARGV" and argv_match(u[1], v[1]):
            continue
        if u[0] == v[0] == "ARGV" and "FAULT" in u[1]:
            # The elements before the one that could not be read match.
            i = u[1].index("FAULT")
            if u[1][:i] == v[1][:i] and len(v[1]) > i and v[1][i] != "FAULT":
                UNRESIDENT.append((x[0], "argv[%d] %s" % (i, v[1][i])))
                continue
        if u[0] == v[0] == "PATH":
            if u[1] == v[1]:
                continue
            # A path cut at KSTRACE_PATH_MAX - 1 bytes (TRUNC) vs the whole.
            for p, q in ((u, v), (v, u)):
                if p[2] and len(p[1]) == KSTRACE_PATH_MAX - 1 and q[1].startswith(p[1]):
                    break
            else:
                return False
            continue
        return False
    return True


def fmt_path(it):
    def one(v):
        if v[0] == "PATH":
            s = v[1] if len(v[1]) <= 80 else v[1][:60] + "...(%d bytes)" % len(v[1])
            return repr(s) + ("[TRUNC]" if v[2] else "")
        if v[0] == "ARGV":
            return "[" + ", ".join(repr(e) for e in v[1]) + "]"
        return "FAULT"
    return "%s(%s)" % (it[0], ", ".join(one(v) for v in it[1]))


# ---------------------------------------------------------------- checks

def check_written(ev):
    """A reader that reached the end read every record the kernel wrote."""
    got, want = ev.stats.get("records"), ev.res.get("written")
    if want is None:
        return ["no 'written' line in the results"]
    if got != want:
        return ["records read %s, the session wrote %d: %s vanished between the buffer and "
                "the reader" % (got, want, want - (got or 0))]
    return []


def check_pairing(ev):
    errs = check_written(ev)
    pending, last_ts, ended = {}, {}, set()
    seen = collections.OrderedDict()
    for r in ev.recs:
        if r.get("badcaps"):
            errs.append("malformed captures: " + r["line"][:200])
        if r["type"] == "LOST":
            errs.append("LOST record in a stream that should be complete: " + r["line"])
            continue
        tid = r["tid"]
        seen[tid] = True
        if r.get("vtid") != tid or r.get("vpid") != r.get("pid"):
            errs.append("vtid/vpid differ from tid/pid in the init namespace: " + r["line"][:120])
        if tid in ended:
            errs.append("record after the task's TASK_EXIT: " + r["line"][:120])
        # The module makes a task's times strictly go up, even on a clock
        # as coarse as jiffies: the reader merges the CPUs' fifos by them.
        if r["ts"] <= last_ts.get(tid, -1):
            errs.append("timestamps do not go up within task %d: %s" % (tid, r["line"][:120]))
        last_ts[tid] = r["ts"]
        if r["type"] == "ENTER":
            if tid in pending:
                errs.append("task %d: ENTER %s while %s has no EXIT"
                            % (tid, r["name"], pending[tid]["name"]))
            pending[tid] = r
        elif r["type"] == "EXIT":
            p = pending.pop(tid, None)
            if p is None:
                errs.append("task %d: EXIT %s without an ENTER" % (tid, r["name"]))
            elif p["nr"] != r["nr"] or p["abi"] != r["abi"]:
                errs.append("task %d: EXIT %s after ENTER %s" % (tid, r["name"], p["name"]))
        elif r["type"] == "TASK_EXIT":
            p = pending.pop(tid, None)
            if p is not None and p["name"] not in ("exit_group", "exit"):
                errs.append("task %d ended inside %s" % (tid, p["name"]))
            ended.add(tid)
    for tid in seen:
        if tid not in ended:
            errs.append("task %d has no TASK_EXIT" % tid)
    if ev.stats.get("bad"):
        errs.append("evprobe saw %d malformed records" % ev.stats["bad"])
    if not ev.recs:
        errs.append("no records at all")
    return errs


def check_lost(ev, ncalls, name):
    """Every record the hooks made is either read or counted in "lost"."""
    errs = []
    res = ev.res
    lost = res["lost"]
    # STATS counts the records, also those evprobe --quiet did not print.
    nenter, nexit = ev.stats.get("enter", 0), ev.stats.get("exit", 0)
    kept = nenter + nexit + ev.count("TASK_EXIT")
    total = sum(res["calls"].values())
    lost_sum = sum(r["count"] for r in ev.recs if r["type"] == "LOST")
    info = ["results: lost %s, lostcpu %s, calls %d (%s %s); stream: %d ENTER, %d EXIT, "
            "%d TASK_EXIT, %d LOST records summing to %d"
            % (lost, res["lostcpu"], total, name, res["calls"].get(name),
               nenter, nexit, ev.count("TASK_EXIT"),
               ev.count("LOST"), lost_sum)]
    if lost is None:
        return ["no 'lost' line in the results"] + info
    if res["calls"].get(name) != ncalls:
        errs.append("%s calls in the results: %s, the program made %d"
                    % (name, res["calls"].get(name), ncalls))
    if lost <= 0:
        errs.append("nothing was lost: the buffer never filled")
    if ev.count("LOST") == 0:
        errs.append("no LOST record in the stream")
    # One task, ending in exit_group: 1 ENTER per call, 1 EXIT per call but
    # exit_group, 1 TASK_EXIT: 2 x calls records in all.
    errs += check_written(ev)
    if kept + lost != 2 * total:
        errs.append("records read (%d) + lost (%d) = %d, want 2 x calls = %d"
                    % (kept, lost, kept + lost, 2 * total))
    if lost_sum > lost:
        errs.append("LOST records count %d, more than the %d lost" % (lost_sum, lost))
    if sum(res["lostcpu"].values()) != lost:
        errs.append("lostcpu lines sum to %d, lost says %d"
                    % (sum(res["lostcpu"].values()), lost))
    for cpu in {r["cpu"] for r in ev.recs if r["type"] == "LOST"}:
        s = sum(r["count"] for r in ev.recs if r["type"] == "LOST" and r["cpu"] == cpu)
        if s > res["lostcpu"].get(cpu, 0):
            errs.append("LOST records of cpu %d count %d, lostcpu says %d"
                        % (cpu, s, res["lostcpu"].get(cpu, 0)))
    for r in ev.recs:
        if r["type"] == "LOST" and r["count"] <= 0:
            errs.append("LOST record with count 0: " + r["line"])
            break
    return errs + (info if errs else [])


def check_nested(ev):
    """One task ending in exit_group, and a kprobe on __kfifo_in: each
    syscall makes an ENTER and (but exit_group) an EXIT, the task a
    TASK_EXIT, each probe hit a PROBE record; each of them is read or
    counted in "lost". Each record of the task's that went into the fifo
    (LOST ones too) called __kfifo_in once, and that hit, inside the write,
    was dropped and counted in "nested"; the writing of a PROBE record
    makes none (a kprobe does not fire inside its own handler), an
    interrupt that uses a kfifo during a write may add one."""
    errs = check_written(ev)
    res = ev.res
    lost, nested = res["lost"], res.get("nested")
    made = 2 * sum(res["calls"].values()) + sum(res["probes"].values())
    kept = sum(ev.stats.get(k, 0) for k in ("enter", "exit", "task_exit", "probe"))
    info = "results: lost %s (nested %s), %d syscalls, probe hits %s; stream: %d records " \
        "but LOST ones, %d PROBE" % (lost, nested, sum(res["calls"].values()),
                                     res["probes"], kept, ev.stats.get("probe", 0))
    if lost is None or nested is None:
        return ["no 'lost' or 'nested' line in the results", info]
    if not res["probes"]:
        errs.append("no probe line in the results")
    if kept + lost != made:
        errs.append("records read (%d) + lost (%d) = %d, want 2 x calls + probe hits = %d"
                    % (kept, lost, kept + lost, made))
    own = sum(ev.stats.get(k, 0) for k in ("enter", "exit", "task_exit", "lost_recs"))
    # An interrupt that calls __kfifo_in while flood writes adds one more.
    if nested < own:
        errs.append("nested says %d probe hits inside a write, the stream has %d records "
                    "of the task's own (each written with one __kfifo_in call)" % (nested, own))
    if nested > lost:
        errs.append("nested (%d) counts more than lost (%d)" % (nested, lost))
    if ev.stats.get("bad"):
        errs.append("evprobe saw %d malformed records" % ev.stats["bad"])
    return errs + ([info] if errs else [])


def check_only(ev, want):
    errs = []
    got = collections.Counter((r["type"], r["name"]) for r in ev.recs
                              if r["type"] in ("ENTER", "EXIT"))
    names_seen = {n for _, n in got}
    if names_seen != set(want):
        errs.append("syscalls streamed: %s, want exactly %s"
                    % (sorted(names_seen), sorted(want)))
    for n in want:
        calls = ev.res["calls"].get(n, 0)
        if got[("ENTER", n)] != calls:
            errs.append("%s: %d ENTER records, %d calls in the results"
                        % (n, got[("ENTER", n)], calls))
        nexit = calls - (1 if n in ("exit_group", "exit") else 0) * calls
        if got[("EXIT", n)] != nexit:
            errs.append("%s: %d EXIT records, want %d" % (n, got[("EXIT", n)], nexit))
    if ev.count("TASK_EXIT") < 1:
        errs.append("no TASK_EXIT record")
    if ev.count("LOST"):
        errs.append("LOST records")
    return errs


def check_result(ev, which):
    errs = []
    calls = sum(ev.res["calls"].values())
    errors = sum(ev.res["errors"].values())
    ntask = ev.count("TASK_EXIT")
    nexit = ev.count("EXIT")
    for r in ev.recs:
        if r["type"] != "EXIT":
            continue
        iserr = -4095 <= r["ret"] < 0
        if (which == "ok") == iserr:
            errs.append("result %s but: %s" % (which, r["line"][:150]))
            break
    if ev.count("ENTER") != calls:
        errs.append("%d ENTER records, %d calls in the results" % (ev.count("ENTER"), calls))
    # exit_group is in the results as a success that has no EXIT record.
    want = calls - errors - ntask if which == "ok" else errors
    if nexit != want:
        errs.append("%d EXIT records, want %d (calls %d, errors %d, tasks %d)"
                    % (nexit, want, calls, errors, ntask))
    if which == "err" and errors == 0:
        errs.append("the workload made no failing call: the check proves nothing")
    return errs


def print_caps(ev, name):
    pending = {}
    rows = []
    for r in ev.recs:
        if r.get("name") != name:
            continue
        if r["type"] == "ENTER":
            row = {"caps": r["caps"], "ret": "?"}
            pending[r["tid"]] = row
            rows.append(("ENTER", row))
        elif r["type"] == "EXIT":
            row = pending.pop(r["tid"], None)
            if row is not None:
                row["ret"] = r["ret"]
            rows.append(("EXIT", {"caps": r["caps"], "ret": r["ret"]}))
    for phase, row in rows:
        for c in row["caps"]:
            print(row["ret"], phase, c["arg"], c["kind"], c["flags"], c["len"], c["full"],
                  c["raw"] or "-")


# ---------------------------------------------------------------- main

def batch(plan):
    """Runs every line of PLAN: "check<TAB>DESC<TAB>ARGS..." prints "ok<TAB>DESC"
    or "not ok<TAB>DESC" and the output as "#<TAB>LINE" lines;
    "dump<TAB>FILE<TAB>ARGS..." writes the output of ARGS to FILE. One
    process for all, as python starts slowly under TCG."""
    with open(plan) as f:
        lines = f.read().splitlines()
    for line in lines:
        w = line.split("\t")
        if len(w) != 3:
            continue
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            try:
                rc = main(["evcheck.py"] + w[2].split(" "))
            except Exception as e:  # a crash fails this check, not the batch
                print("evcheck.py crashed: %r" % e)
                rc = 2
        if w[0] == "dump":
            with open(w[1], "w") as f:
                f.write(buf.getvalue())
            continue
        print("%s\t%s" % ("ok" if rc == 0 else "not ok", w[1]))
        for out in buf.getvalue().splitlines():
            if out.strip():
                print("#\t%s" % out)
        sys.stdout.flush()
    return 0


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, a = argv[1], argv[2:]
    if cmd == "batch" and len(a) == 1:
        return batch(a[0])
    try:
        if cmd == "seq" and len(a) == 2:
            k, o = load(a[0], a[1])
            for tid, seq in sequences(k, o).items():
                print("task %d:" % tid)
                for it in seq:
                    print("  " + fmt_item(it))
            return 0
        if cmd == "cmp-seq" and len(a) == 4:
            ka, oa = load(a[0], a[1])
            kb, ob = load(a[2], a[3])
            bad = [("%s: unparsed line: %s" % (p, l)) for p, o in ((a[1], oa), (a[3], ob))
                   if isinstance(o, Strace) for l in o.bad[:5]]
            same, out = cmp_multiset(sequences(ka, oa), sequences(kb, ob),
                                     a[1].rsplit("/", 1)[-1], a[3].rsplit("/", 1)[-1], fmt_item)
            if not sequences(ka, oa):
                out.append("no task in %s" % a[1])
                same = False
            if not same:
                out[:0] = [ev_diag(o, p.rsplit("/", 1)[-1])
                           for k, o, p in ((ka, oa, a[1]), (kb, ob, a[3])) if k == "EV"]
            print("\n".join(bad + out))
            return 0 if same and not bad else 1
        if cmd == "cmp-paths" and len(a) in (4, 5):
            maxfault = int(a[4]) if len(a) == 5 else -1
            ka, oa = load(a[0], a[1])
            kb, ob = load(a[2], a[3])
            pa, pb = paths(ka, oa), paths(kb, ob)
            del UNRESIDENT[:]
            same, out = cmp_multiset(pa, pb, a[1].rsplit("/", 1)[-1],
                                     a[3].rsplit("/", 1)[-1], fmt_path, same_path)
            if not any(pa.values()):
                out.append("no path argument in %s" % a[1])
                same = False
            if maxfault < 0:
                # Default: a quarter of the paths (rounded up) may be lost.
                npaths = sum(1 for v in pa.values() for it in v for x in it[1]
                             if x[0] in ("PATH", "FAULT"))
                maxfault = (npaths + 3) // 4
            if UNRESIDENT:
                out.append("%d path(s) not captured (FAULT: not resident, %d allowed): %s"
                           % (len(UNRESIDENT), maxfault, ", ".join(
                               "%s(%r)" % u for u in UNRESIDENT[:5])))
                if len(UNRESIDENT) > maxfault:
                    same = False
            print("\n".join(out))
            return 0 if same else 1
        if cmd == "cmp-args" and len(a) >= 5:
            ka, oa = load(a[0], a[1])
            kb, ob = load(a[2], a[3])
            ok_all, out, nargs = True, [], 0
            del UNRESIDENT[:]
            for name in a[4:]:
                ca = call_args(oa, name)
                nargs += sum(len(v) for v in ca.values())
                same, o = cmp_multiset(ca, call_args(ob, name),
                                       a[1].rsplit("/", 1)[-1], a[3].rsplit("/", 1)[-1],
                                       lambda it: "%s(%s) = %s" % it, same_call)
                if not any(ca.values()):
                    o.append("no %s call in %s" % (name, a[1]))
                    same = False
                ok_all = ok_all and same
                out += o
            if UNRESIDENT:
                out.append("%d string(s) printed as an address (not resident, %d allowed): %s"
                           % (len(UNRESIDENT), (nargs + 3) // 4,
                              ", ".join("%s(%s)" % u for u in UNRESIDENT[:5])))
                if len(UNRESIDENT) > (nargs + 3) // 4:
                    ok_all = False
            print("\n".join(out))
            return 0 if ok_all else 1
        if cmd == "json-lines" and len(a) == 2:
            errs = json_lines(a[0], a[1])
            print("\n".join(errs))
            return 1 if errs else 0
        if cmd == "pairing" and len(a) == 1:
            errs = check_pairing(Ev(a[0]))
            print("\n".join(errs[:30]))
            return 1 if errs else 0
        if cmd == "lost" and len(a) == 3:
            errs = check_lost(Ev(a[0]), int(a[1]), a[2])
            print("\n".join(errs))
            return 1 if errs else 0
        if cmd == "nested" and len(a) == 1:
            errs = check_nested(Ev(a[0]))
            print("\n".join(errs))
            return 1 if errs else 0
        if cmd == "only" and len(a) >= 2:
            errs = check_only(Ev(a[0]), a[1:])
            print("\n".join(errs))
            return 1 if errs else 0
        if cmd == "result" and len(a) == 2 and a[1] in ("ok", "err"):
            errs = check_result(Ev(a[0]), a[1])
            print("\n".join(errs))
            return 1 if errs else 0
        if cmd == "caps" and len(a) == 2:
            print_caps(Ev(a[0]), a[1])
            return 0
        if cmd == "names" and len(a) == 2:
            st = Strace(a[1])
            c = collections.Counter(e["name"] for evs in st.tasks.values()
                                    for e in evs if e["name"] != "+++")
            for n in sorted(c):
                print(n, c[n])
            return 0
        if cmd == "cmp-names" and len(a) == 2:
            cs = []
            for p in a:
                st = Strace(p)
                cs.append(collections.Counter(e["name"] for evs in st.tasks.values()
                                              for e in evs if e["name"] != "+++"))
            diff = ["%-20s %s %-6s %s %s" % (n, a[0].rsplit("/", 1)[-1], cs[0][n],
                                             a[1].rsplit("/", 1)[-1], cs[1][n])
                    for n in sorted(set(cs[0]) | set(cs[1])) if cs[0][n] != cs[1][n]]
            if not cs[0]:
                diff.append("no syscall at all in %s" % a[0])
            print("\n".join(diff))
            return 1 if diff else 0
        if cmd == "exits" and len(a) == 2:
            st = Strace(a[1])
            for pid, evs in st.tasks.items():
                for e in evs:
                    if e["name"] == "+++":
                        print(e["ret"])
            return 0
        if cmd == "lostlines" and len(a) == 2:
            for n in Strace(a[1]).lost:
                print(n)
            return 0
    except InputError as e:
        print("evcheck.py: %s" % e)
        return 2
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
