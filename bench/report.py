#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""report.py - turn bench/guest-bench's CSV into the Markdown tables.

usage: report.py RESULTS.csv MEMORY.csv [--kernel K] [--seconds S]

Cells: the median over repeats of the variant's time divided by the median
untraced time (1.00x = no cost), with the spread (min-max of the ratios of
single repeats) and, for micro loops, the nanoseconds added per syscall
(each micro iteration is one syscall; openat rows make two: openat+close).
"""
import argparse
import csv
import datetime
import os
import platform
import statistics
from collections import defaultdict

MICRO = {"getppid": 1, "read": 1, "openat": 2}
ORDER = ["untraced", "loaded", "systemwide", "floor", "kstrace-c", "kstrace-ev",
         "kstrace-kprobe", "strace-c", "strace-f", "strace-seccomp", "perf-stat",
         "perf-trace", "bpftrace"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("memory")
    ap.add_argument("--kernel", default="?")
    ap.add_argument("--seconds", default="?")
    a = ap.parse_args()

    vals = defaultdict(list)
    notes = defaultdict(set)
    wall = defaultdict(float)
    workloads = []
    with open(a.results) as f:
        for row in csv.DictReader(f):
            if row["workload"] not in workloads:
                workloads.append(row["workload"])
            if row["ns"] not in ("", "NA"):
                vals[(row["workload"], row["variant"])].append(float(row["ns"]))
            if row.get("wall_ms"):
                wall[row["variant"]] += float(row["wall_ms"]) / 1000
            if row["note"]:
                notes[(row["workload"], row["variant"])].add(row["note"])
    variants = [v for v in ORDER if any((w, v) in vals for w in workloads)]

    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"## Benchmark: {datetime.date.today()}, kernel {a.kernel} under QEMU "
          f"(TCG), host {cpu}, {os.cpu_count()} CPUs, run took {a.seconds} s\n")
    print("Median ratio to the untraced run (spread over repeats); micro rows also "
          "give ns added per syscall. Event-mode cells show lost events when any.\n")
    print("| workload | " + " | ".join(variants) + " |")
    print("|---|" + "---|" * len(variants))
    for w in workloads:
        base = vals.get((w, "untraced"))
        if not base:
            continue
        b = statistics.median(base)
        cells = []
        for v in variants:
            xs = vals.get((w, v))
            if not xs:
                cells.append("–")
                continue
            m = statistics.median(xs)
            cell = f"{m / b:.2f}x ({min(xs) / b:.2f}-{max(xs) / b:.2f})"
            if w in MICRO and v != "untraced":
                cell += f" +{(m - b) / MICRO[w]:.0f}ns"
            if notes.get((w, v)):
                cell += " " + "; ".join(sorted(notes[(w, v)]))
            cells.append(cell)
        print(f"| {w} | " + " | ".join(cells) + " |")

    if wall:
        print("\nWall time of the cells by variant (tool start-up included): " +
              ", ".join(f"{v} {wall[v]:.0f} s" for v in sorted(wall, key=wall.get,
                                                               reverse=True)) + ".")

    print("\n### Kernel memory per session\n")
    print("| traced tasks | session bytes (stats + task entries) | slab delta KiB |")
    print("|---|---|---|")
    with open(a.memory) as f:
        for row in csv.DictReader(f):
            print(f"| {row['traced_tasks']} | {row['session_bytes']} "
                  f"({row['stats_bytes']} + {row['traced_tasks']} x {row['entry_bytes']}) "
                  f"| {row['slab_delta_kib']} |")


if __name__ == "__main__":
    main()
