#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""report.py - turn bench/guest-bench's CSV into the Markdown tables.

usage: report.py RESULTS.csv MEMORY.csv [--info INFO] [--kernel K]
                 [--seconds S] [--legacy RESULTS.csv --legacy-info INFO]

Cells: the median over repeats of the variant's time divided by the median
untraced time (1.00x = no cost), with the spread (min-max of the ratios of
single repeats) and, for micro loops, the nanoseconds added per syscall
(each micro iteration is one syscall; openat rows make two: openat+close).
Event-mode cells give the events lost in each repeat. The scale rows and
the start-up row get tables of their own; --legacy adds the rows measured
in a guest booted with the clock configuration of earlier runs.
"""
import argparse
import csv
import datetime
import os
import statistics
from collections import defaultdict

MICRO = {"getppid": 1, "read": 1, "openat": 2}
ORDER = ["untraced", "loaded", "systemwide", "floor", "kstrace-c", "kstrace-by",
         "kstrace-all", "kstrace-ev",
         "kstrace-lossy", "kstrace-kprobe", "strace-c", "strace-f", "strace-seccomp",
         "perf-stat", "perf-trace", "bpftrace"]
EVENT = ("kstrace-ev", "kstrace-lossy")
SCALE = {"getppid-1t": "1 thread", "getppid-100t": "100 threads",
         "getppid-10000t": "10,000 threads", "getppid-8s": "1 thread, 8 sessions"}
STARTUP = {"untraced": "true (bare)", "kstrace-c": "kstrace -c -- true",
           "kstrace-ev": "kstrace -o /dev/null -- true", "strace-c": "strace -c true",
           "strace-f": "strace -f -o /dev/null true", "perf-stat": "perf stat -e raw_syscalls:* true",
           "perf-trace": "perf trace -s true", "bpftrace": "bpftrace -e 'sys_enter count' -c true"}


class Results:
    """One CSV of guest-bench: values, notes by repeat, wall time."""

    def __init__(self, path):
        self.vals = defaultdict(list)
        self.notes = defaultdict(dict)
        self.wall = defaultdict(float)
        self.workloads = []
        with open(path) as f:
            for row in csv.DictReader(f):
                w, v = row["workload"], row["variant"]
                if w not in self.workloads:
                    self.workloads.append(w)
                if row["ns"] not in ("", "NA"):
                    self.vals[(w, v)].append(float(row["ns"]))
                if row.get("wall_ms"):
                    self.wall[v] += float(row["wall_ms"]) / 1000
                if row["note"]:
                    self.notes[(w, v)][row["repeat"]] = row["note"]

    def base(self, w):
        xs = self.vals.get((w, "untraced"))
        return statistics.median(xs) if xs else None

    def added(self, w, v):
        """Median ns added per syscall of a micro row, or None."""
        b, xs = self.base(w), self.vals.get((w, v))
        if b is None or not xs:
            return None
        return (statistics.median(xs) - b) / MICRO.get(w.split("-")[0], 1)

    def note(self, w, v):
        """Events lost by repeat ("0 lost" when none was), other notes."""
        n = self.notes.get((w, v))
        if not n:
            return ""
        if v in EVENT:
            parts = {r: n[r].split("; ") for r in n}
            losts = [parts[r][-1].split()[0] for r in sorted(n)]
            other = sorted({x for r in n for x in parts[r][:-1]})
            if all(x == "0" for x in losts):
                text = "0 lost"
            else:
                text = "lost " + "/".join(losts)
            return "; ".join(other + [text])
        return "; ".join(sorted(set(n.values())))

    def cell(self, w, v, micro=True):
        b, xs = self.base(w), self.vals.get((w, v))
        if not xs or b is None:
            return "–"
        m = statistics.median(xs)
        c = f"{m / b:.2f}x ({min(xs) / b:.2f}-{max(xs) / b:.2f})"
        if micro and v != "untraced":
            c += f" +{self.added(w, v):.0f}ns"
        note = self.note(w, v)
        if note:
            c += " " + note
        return c


def table(res, rows, variants, label="workload", names=None):
    print(f"| {label} | " + " | ".join(variants) + " |")
    print("|---|" + "---|" * len(variants))
    for w in rows:
        micro = w.split("-")[0] in MICRO
        cells = [res.cell(w, v, micro) for v in variants]
        print(f"| {(names or {}).get(w, w)} | " + " | ".join(cells) + " |")


def read_info(path):
    info = {}
    if path and os.path.exists(path):
        with open(path) as f:
            for line in f:
                k, _, v = line.strip().partition(" ")
                info[k] = v
    return info


def clock_text(info):
    if not info:
        return "clocksource unknown"
    t = f"clocksource {info.get('clocksource', '?')}, sched_clock {info.get('sched_clock', '?')}"
    if info.get("cmdline_tsc"):
        t += f" ({info['cmdline_tsc']})"
    if info.get("tsc_unstable"):
        t += f" (TSC marked unstable: {info['tsc_unstable']})"
    return t


def targets(res, rows):
    """The issue's targets for event mode, from this run's rows."""
    lines = []
    for w in MICRO:
        ev, sf, pt = (res.added(w, v) for v in ("kstrace-ev", "strace-f", "perf-trace"))
        if ev is None or sf is None:
            continue
        t = f"{w} {ev:.0f} ns, {100 * ev / sf:.1f}% of strace -f's {sf:.0f} ns"
        if pt is not None:
            t += f" ({'less' if ev < pt else 'more'} than perf trace's {pt:.0f} ns)"
        lines.append(t)
    if lines:
        print("\nEvent mode against the targets (at most 5% of what strace -f adds per "
              "call on the syscall loops, less than perf trace on every row, nothing "
              "lost): " + "; ".join(lines) + ".", end="")
    worse = []
    for w in rows:
        ev, pt = res.vals.get((w, "kstrace-ev")), res.vals.get((w, "perf-trace"))
        if ev and pt and statistics.median(ev) >= statistics.median(pt):
            worse.append(w)
    if lines or worse:
        print(" Rows where event mode is not below perf trace: " +
              (", ".join(worse) if worse else "none") + ".", end="")
    lossy = [w for w in res.workloads if res.note(w, "kstrace-ev") not in ("", "0 lost")]
    if any((w, "kstrace-ev") in res.vals for w in res.workloads):
        print(" Rows where the default (lossless) event mode lost events: " +
              (", ".join(lossy) if lossy else "none") + ".")
    elif lines or worse:
        print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("memory")
    ap.add_argument("--info")
    ap.add_argument("--kernel", default="?")
    ap.add_argument("--seconds", default="?")
    ap.add_argument("--legacy")
    ap.add_argument("--legacy-info")
    a = ap.parse_args()

    res = Results(a.results)
    info = read_info(a.info)
    main_rows = [w for w in res.workloads if w != "startup" and not w.startswith("getppid-")]
    variants = [v for v in ORDER if any((w, v) in res.vals for w in main_rows)]

    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"## Benchmark: {datetime.date.today()}, kernel {a.kernel} under QEMU "
          f"(TCG), host {cpu}, {os.cpu_count()} CPUs, run took {a.seconds} s\n")
    print(f"Guest clock: {clock_text(info)}.\n")
    print("Median ratio to the untraced run (spread over repeats); micro rows also "
          "give ns added per syscall. Event-mode cells give the events lost "
          "(one count per repeat when any).\n")
    table(res, main_rows, variants)
    targets(res, main_rows)

    scale_rows = [w for w in SCALE if any((w, v) in res.vals for v in ORDER)]
    if scale_rows:
        sv = [v for v in ORDER if any((w, v) in res.vals for w in scale_rows)]
        print("\n### Scale: getppid with many traced threads, and under eight sessions\n")
        print("The loop's process has 1, 100 or 10,000 threads (all but one asleep, "
              "all traced: kstrace's hash chains), or is traced by eight sessions at "
              "once; the sessions (`kstrace -c -f -p`, `kstrace -f -p -o /dev/null`) "
              "attach once the threads exist.\n")
        table(res, scale_rows, sv, "row", SCALE)

    if any(("startup", v) in res.vals for v in ORDER):
        print("\n### Start-up: a tracer running `true`, from its start to its exit\n")
        print("| command | ms (spread) | ms added |")
        print("|---|---|---|")
        b = res.base("startup")
        for v in ORDER:
            xs = res.vals.get(("startup", v))
            if not xs:
                continue
            m = statistics.median(xs)
            add = "" if v == "untraced" or b is None else f"+{(m - b) / 1e6:.1f}"
            print(f"| {STARTUP.get(v, v)} | {m / 1e6:.1f} ({min(xs) / 1e6:.1f}-"
                  f"{max(xs) / 1e6:.1f}) | {add} |")

    if a.legacy and os.path.exists(a.legacy):
        old = Results(a.legacy)
        linfo = read_info(a.legacy_info)
        rows = [w for w in old.workloads if w in MICRO]
        lv = [v for v in ORDER if any((w, v) in old.vals for w in rows)]
        print("\n### The same loops on an emulated HPET clock\n")
        print(f"A second guest booted without `tsc=reliable`: {clock_text(linfo)}.\n")
        table(old, rows, lv)

    if res.wall:
        print("\nWall time of the cells by variant (tool start-up included): " +
              ", ".join(f"{v} {res.wall[v]:.0f} s" for v in sorted(res.wall, key=res.wall.get,
                                                                   reverse=True)) + ".")

    print("\n### Kernel memory per session\n")
    print("| traced tasks | session bytes (stats + task entries) | stats per CPU "
          "(levels 0/1/2) | slab delta KiB |")
    print("|---|---|---|---|")
    with open(a.memory) as f:
        for row in csv.DictReader(f):
            ncpu = int(row.get("cpus") or 0)
            per_cpu = f"{int(row['stats_bytes']) // ncpu}" if ncpu else "?"
            if row.get("stats_levels"):
                per_cpu += f" ({row['stats_levels']})"
            print(f"| {row['traced_tasks']} | {row['session_bytes']} "
                  f"({row['stats_bytes']} + {row['traced_tasks']} x {row['entry_bytes']}) "
                  f"| {per_cpu} | {row['slab_delta_kib']} |")


if __name__ == "__main__":
    main()
