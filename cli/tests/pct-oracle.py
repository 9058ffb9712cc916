#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""pct-oracle.py RESULTS - the p50/p90/p99 bounds of each syscall line, and
of each ABI's total, computed another way than cli/dist.c: every call is
put at its bucket's upper bound (2^(b+1) ns; the last bucket, 39, at the
longest call), the list is sorted and the call at rank ceil(n * p / 100)
is taken, capped by the longest call. Prints "ABI NR P50 P90 P99" in
microseconds with three decimals ("total" for NR of the totals)."""
import math
import sys

rows, totals = [], {}
for line in open(sys.argv[1]):
    f = line.split()
    if not f or f[0] != "syscall":
        continue
    abi, nr, mx = f[1], f[2], int(f[7])
    calls = []
    for item in f[8].split(","):
        b, c = map(int, item.split(":"))
        calls += [mx if b == 39 else min(2 ** (b + 1), mx)] * c
    rows.append((abi, nr, mx, calls))
    t = totals.setdefault(abi, [0, []])
    t[0] = max(t[0], mx)
    t[1] += calls


def pcts(calls, mx):
    calls = sorted(calls)
    out = []
    for p in (50, 90, 99):
        v = calls[max(1, math.ceil(len(calls) * p / 100)) - 1]
        out.append("%.3f" % (min(v, mx) / 1000))
    return " ".join(out)


for abi, nr, mx, calls in rows:
    print(abi, nr, pcts(calls, mx))
for abi, (mx, calls) in totals.items():
    print(abi, "total", pcts(calls, mx))
