#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""
ioctl-names.py - every ioctl command that cli/tables.c names is named as
strace 6.1 names it: a program makes ioctl(-1, CMD, 0) for each, strace
prints its name (all the names of a number, joined by " or "), and that
must be the table's. Prints TAP and "N passed, N failed".

usage: ioctl-names.py TABLES.C
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

TABLES = ("ioctl_names", "ioctl_sized_names")
ENTRY = re.compile(r'XLAT_NAMED\((0x[0-9a-fA-F]+|\d+), "([^"]+)"\)')
# the name, then an argument strace decodes by the command or none
LINE = re.compile(r"^ioctl\(-1, ([A-Z0-9_]+(?: or [A-Z0-9_]+)*)[,)]")


def names_of(path):
    src = open(path).read()
    names = {}
    for table in TABLES:
        start = src.index("const struct xlat %s[] = {" % table)
        for m in ENTRY.finditer(src[start:src.index("};", start)]):
            names[int(m.group(1), 0)] = m.group(2)
    return names


def main():
    names = names_of(sys.argv[1])
    codes = sorted(names)
    if not shutil.which("strace"):
        print("ok 1 # SKIP strace is not installed\n1 passed, 0 failed")
        return 0
    tmp = tempfile.mkdtemp()
    try:
        prog = os.path.join(tmp, "ioctls")
        with open(prog + ".c", "w") as f:
            f.write("#include <sys/syscall.h>\n#include <unistd.h>\n"
                    "int main(void)\n{\n")
            for c in codes:
                f.write("\tsyscall(SYS_ioctl, -1, 0x%xUL, 0);\n" % c)
            f.write("\treturn 0;\n}\n")
        subprocess.run(["cc", "-o", prog, prog + ".c"], check=True)
        subprocess.run(["strace", "-e", "trace=ioctl", "-o", prog + ".st", prog],
                       check=True)
        lines = [l for l in open(prog + ".st") if l.startswith("ioctl(")]
    finally:
        shutil.rmtree(tmp)
    passed = failed = 0
    for n, (code, line) in enumerate(zip(codes, lines), 1):
        m = LINE.match(line)
        got = m.group(1) if m else line.strip()
        if got == names[code]:
            passed += 1
            print("ok %d - ioctl %#x is %s as in strace" % (n, code, got))
        else:
            failed += 1
            print("not ok %d - ioctl %#x: tables.c says %s, strace %s"
                  % (n, code, names[code], got))
    if len(lines) != len(codes):
        failed += 1
        print("not ok %d - strace printed %d ioctl lines for %d commands"
              % (passed + failed, len(lines), len(codes)))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


sys.exit(main())
