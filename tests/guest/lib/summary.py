#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""summary.py - read `strace -c` style summary tables (kstrace -c prints the
same layout) and compare the calls and errors columns of two of them.

usage:
  summary.py parse FILE            print "NAME CALLS ERRORS" per row, sorted,
                                   then "total CALLS ERRORS"
  summary.py get FILE NAME...      print "CALLS ERRORS" of each NAME (0 0
                                   when the table has no such row)
  summary.py compare A B [--names LABEL_A LABEL_B] [--ignore NAME]...
                                   exit 0 when both tables have the same
                                   rows with the same calls and errors,
                                   1 otherwise, printing one line per
                                   differing row; 2 when a file holds no
                                   table or a broken one

A table is a header line starting with "% time", a line of dash groups, the
rows, another dash line and a "total" row. strace -c prints one table per
personality that made syscalls: the 64-bit one without a title, the others
after "System call usage summary for 32 bit mode:" (or "x32 mode"). Rows of
such a table get the prefix "32:" (or "x32:"), as does its total, so a
32-bit getppid is "32:getppid". strace -f -c prints the same tables, the
rows summed over all traced tasks.

The errors column is blank when a syscall never failed. Columns are located
from the dash line (strace right-aligns numbers in them); a line whose
fields do not fit the columns is read by splitting on blanks. Every table's
"total" row must equal the sum of its rows, or the table counts as broken.
--ignore NAME drops row NAME (e.g. "execve" or "32:close") from both tables
before comparing, and the totals with it.
"""
import re
import sys


class TableError(Exception):
    pass


def _spans(dashes):
    return [(m.start(), m.end()) for m in re.finditer(r"-+", dashes)]


def _row(line, spans, cols):
    """(name, calls, errors) of one row line."""
    fields = line.split()
    if len(fields) < 5:
        raise TableError("short row: %r" % line)
    name = fields[-1]
    try:
        if "calls" in cols and "errors" in cols:
            c0, c1 = spans[cols["calls"]]
            e0, e1 = spans[cols["errors"]]
            calls_s = line[c0:c1].strip()
            err_s = line[e0:e1].strip() if len(line) > e0 else ""
            # Only trust the columns when the fields sit where the dashes are.
            if calls_s.isdigit() and (err_s == "" or err_s.isdigit()):
                nums = [f for f in fields[:-1]]
                want = 4 if err_s == "" else 5
                if len(nums) == want:
                    return name, int(calls_s), int(err_s or 0)
        nums = fields[:-1]
        if len(nums) == 5:
            return name, int(nums[3]), int(nums[4])
        if len(nums) == 4:
            return name, int(nums[3]), 0
    except ValueError:
        pass
    raise TableError("cannot read row: %r" % line)


def parse(path):
    """{name: (calls, errors)} of every row, totals as [PREFIX:]total."""
    try:
        with open(path, errors="replace") as f:
            lines = f.read().splitlines()
    except OSError as e:
        raise TableError("%s: %s" % (path, e.strerror))
    rows = {}
    prefix = ""
    ntables = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"\s*System call usage summary for (\S+)(?: bit)? mode:", line)
        if m:
            prefix = m.group(1) + ":"
            i += 1
            continue
        if not line.lstrip().startswith("% time"):
            i += 1
            continue
        header = line
        if i + 1 >= len(lines) or not re.fullmatch(r"[- ]+", lines[i + 1]):
            raise TableError("%s: no dash line under the header" % path)
        spans = _spans(lines[i + 1])
        cols = {}
        for k, (a, b) in enumerate(spans):
            word = header[a:b].strip()
            if word:
                cols[word.split()[-1]] = k
        i += 2
        table = {}
        total = None
        while i < len(lines):
            line = lines[i]
            if re.fullmatch(r"[- ]+", line):
                i += 1
                if i < len(lines):
                    name, calls, errors = _row(lines[i], spans, cols)
                    if name != "total":
                        raise TableError("%s: expected a total row, got %r"
                                         % (path, lines[i]))
                    total = (calls, errors)
                    i += 1
                break
            if not line.strip():
                break
            name, calls, errors = _row(line, spans, cols)
            if prefix + name in table:
                raise TableError("%s: row %s twice" % (path, prefix + name))
            table[prefix + name] = (calls, errors)
            i += 1
        if total is None:
            raise TableError("%s: table without a total row" % path)
        sums = (sum(c for c, _ in table.values()),
                sum(e for _, e in table.values()))
        if sums != total:
            raise TableError("%s: %stotal row says %d calls %d errors, the rows"
                             " add up to %d calls %d errors"
                             % (path, prefix, total[0], total[1], sums[0], sums[1]))
        for k in table:
            if k in rows:
                raise TableError("%s: row %s in two tables" % (path, k))
        rows.update(table)
        rows[prefix + "total"] = total
        ntables += 1
    if not ntables:
        raise TableError("%s: no summary table found" % path)
    return rows


def drop(rows, name):
    if name not in rows or name.endswith("total"):
        return
    calls, errors = rows.pop(name)
    prefix = name.rsplit(":", 1)[0] + ":" if ":" in name else ""
    tc, te = rows[prefix + "total"]
    rows[prefix + "total"] = (tc - calls, te - errors)


def fmt(rows, name):
    if name not in rows:
        return "-"
    return "%d/%d" % rows[name]


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    cmd = argv[1]
    try:
        if cmd == "parse" and len(argv) == 3:
            rows = parse(argv[2])
            totals = sorted(k for k in rows if k.endswith("total"))
            for k in sorted(rows):
                if k not in totals:
                    print(k, *rows[k])
            for k in totals:
                print(k, *rows[k])
            return 0
        if cmd == "get" and len(argv) >= 4:
            rows = parse(argv[2])
            for name in argv[3:]:
                print(*rows.get(name, (0, 0)))
            return 0
        if cmd == "compare" and len(argv) >= 4:
            a, b = argv[2], argv[3]
            la, lb = "A", "B"
            ignore = []
            rest = argv[4:]
            while rest:
                if rest[0] == "--names" and len(rest) >= 3:
                    la, lb = rest[1], rest[2]
                    rest = rest[3:]
                elif rest[0] == "--ignore" and len(rest) >= 2:
                    ignore.append(rest[1])
                    rest = rest[2:]
                else:
                    print("summary.py: bad argument %r" % rest[0], file=sys.stderr)
                    return 2
            ra, rb = parse(a), parse(b)
            for name in ignore:
                drop(ra, name)
                drop(rb, name)
            diff = 0
            for name in sorted(set(ra) | set(rb)):
                if ra.get(name) != rb.get(name):
                    print("%-20s %s %-11s %s %s" % (name, la, fmt(ra, name),
                                                    lb, fmt(rb, name)))
                    diff = 1
            return diff
    except TableError as e:
        print("summary.py: %s" % e)
        return 2
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
