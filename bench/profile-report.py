#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""profile-report.py - sum bench/guest-profile's samples into where an
event's cost goes, writer and reader apart.

usage: profile-report.py DIR

DIR holds NAME.script (perf script -F comm,tid,period,ip,sym,dso of a
perf record -a -g) and ns.txt ("NAME CALLS NS ns/call; ..." per run). A
sample of the traced loop (comm micro) is the writer's, one of the CLI
(comm kstrace) the reader's. Each sample goes to the first component that
its call chain names, from the leaf up: so a memcpy is charged to the kfifo
copy or the capture that called it, not to memcpy. The ns per call are the
component's CPU time (samples times the sampling period) over the loop's
calls, so the writer's and the reader's add up to more than the loop's
wall time when they run on both CPUs at once.
"""
import collections
import os
import re
import sys

# (component, pattern on a frame's symbol[, pattern a caller must match]);
# the first that matches a frame, from the leaf up, takes the sample. Order
# matters where a chain holds several: the clock before the record's
# assembly that called it. getppid itself looks up a pid number: only
# kstrace's lookups count as kstrace's.
KS = r"^ks_"
WRITER = [
    ("throttle check (ks_throttle_*)", r"^ks_throttle"),
    ("clock (ks_clock: local_clock, ktime_get_mono_fast_ns)",
     r"clock|^ktime_get|^read_tsc|^ks_rec_stamp", KS),
    ("pid numbers (__task_pid_nr_ns)", r"^__task_pid_nr_ns|^task_.*_nr_ns|^pid_nr_ns", KS),
    ("kfifo copy in (__kfifo_in)", r"^__kfifo_in|^kfifo_copy_in"),
    ("capture of user memory (ks_capture)",
     r"^ks_capture|^_?_?copy_from_user|^strncpy_from_user"),
    ("statistics (ks_stats_record)", r"^ks_stats"),
    ("hash lookup (ks_task_first/next)", r"^ks_task_"),
    ("record assembly (ks_rec_*, ks_event_*)", r"^ks_rec_|^ks_event_"),
    ("hooks (ks_sys_enter/exit)", r"^ks_"),
    ("tracepoint and syscall-work path", r"^syscall_trace_enter|^syscall_exit_work|"
     r"^__traceiter|^trace_|^syscall_enter_from_user_mode|^syscall_exit_to_user_mode|"
     r"^exit_to_user_mode"),
    ("getppid and syscall entry (untraced too)",
     r"^__x64_sys_getppid|^do_syscall_64|^entry_SYSCALL|"
     r"^x64_sys_call|^__x86_indirect_thunk|^__x86_return_thunk|^__task_pid_nr_ns"),
    ("the loop in user space (untraced too)", r"^syscall$|^main$|^__strcmp"),
]
READER = [
    ("read(): copy_to_user", r"^copy_user_|^_copy_to_user|^copy_to_user"),
    ("read(): kfifo copy out (__kfifo_out)", r"^__kfifo_out|^kfifo_copy_out"),
    ("read(): the rest of ks_session_read", r"^ks_|^proc_reg_read"),
    ("poll()", r"poll"),
    ("write(), one per line (libc and kernel)",
     r"^__GI___libc_write|^_IO_file_write|^new_do_write|^_IO_new_file_write|"
     r"^_IO_do_write|^_IO_file_sync|^_IO_fflush|^fflush|^ksys_write|^vfs_write|"
     r"^__x64_sys_write|^write_null|file_permission|^__fget_light|^__fdget"),
    ("libc vsnprintf (sb_printf's formatting)", r"printf|^_IO_|^__strchrnul|^_itoa|"
     r"^__printf_"),
    ("malloc/free", r"^malloc|^cfree|^free$|^_int_|^__libc_malloc|^__libc_free"),
    ("libc string functions", r"^__str|^__mem|^str|^mem"),
    ("syscall entry/exit, bystander hooks", r"^syscall_|^exit_to_user_mode|^do_syscall_64|"
     r"^entry_SYSCALL|^x64_sys_call|^__x86_indirect|^__x86_return"),
]
# CLI functions: their source file is their component.
CLI_FILES = {
    "events.o": "CLI records to lines (events.c: one_record, ev_feed)",
    "decode.o": "CLI decoding of arguments (decode*.c)",
    "sbuf.o": "CLI string buffer (sbuf.c)",
    "xlat.o": "CLI printers (print*.c, xlat.c)",
}


def cli_symbols(cli_dir):
    """Function name -> component, from the CLI's object files."""
    syms = {}
    for f in sorted(os.listdir(cli_dir)):
        if not f.endswith(".o"):
            continue
        comp = CLI_FILES.get(f)
        if comp is None:
            comp = ("CLI printers (print*.c, xlat.c)" if f.startswith("print")
                    else CLI_FILES["decode.o"] if f.startswith("decode")
                    else f"CLI {f[:-2]}.c")
        with os.popen(f"nm --defined-only '{os.path.join(cli_dir, f)}'") as p:
            for line in p:
                parts = line.split()
                if len(parts) == 3 and parts[1] in "tT":
                    syms[strip(parts[2])] = comp
    return syms


def samples(path):
    """(comm, period, [symbols leaf first]) of each sample."""
    with open(path) as f:
        text = f.read()
    for block in text.split("\n\n"):
        lines = [l for l in block.split("\n") if l.strip()]
        if not lines:
            continue
        head = lines[0].split()
        period = 500000
        if len(head) >= 3 and head[-1].isdigit():
            period = int(head[-1])
        syms = []
        for l in lines[1:]:
            m = re.match(r"\s*[0-9a-f]+ (.*) \((.*)\)$", l)
            if m:
                syms.append((m.group(1).split("+")[0], m.group(2)))
        yield head[0], period, syms


def strip(sym):
    """A function's name without gcc's clone suffixes and symbol versions."""
    return re.sub(r"(\.(part|isra|constprop|cold)\.\d+)+$", "", sym.split("@")[0])


def classify(syms, rules, cli):
    names = [strip(sym) for sym, _ in syms]
    for i, base in enumerate(names):
        if cli is not None and base in cli:
            return cli[base]
        for rule in rules:
            comp, pat = rule[0], rule[1]
            if not re.search(pat, base):
                continue
            if len(rule) > 2 and not any(re.search(rule[2], n) for n in names[i + 1:]):
                continue
            return comp
    if not syms:
        return "other"
    sym, dso = syms[0]
    if "kernel" in dso:
        return "other kernel"
    return "other user space"


def main():
    d = sys.argv[1]
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(d))))
    cli = cli_symbols(os.path.join(repo, "cli"))
    calls, ns = {}, {}
    with open(os.path.join(d, "ns.txt")) as f:
        for line in f:
            p = line.split()
            if len(p) >= 3:
                calls[p[0]] = int(p[1])
                try:
                    ns[p[0]] = float(p[2])
                except ValueError:
                    pass
    base = ns.get("untraced")
    for name in ("lossless", "lossy", "summary"):
        path = os.path.join(d, name + ".script")
        if not os.path.exists(path):
            continue
        sides = {"micro": collections.Counter(), "kstrace": collections.Counter()}
        idle = total = 0
        for comm, period, syms in samples(path):
            total += period
            if comm == "swapper":
                idle += period
            if comm == "micro":
                sides["micro"][classify(syms, WRITER, None)] += period
            elif comm == "kstrace":
                sides["kstrace"][classify(syms, READER, cli)] += period
        n = calls.get(name, 1)
        added = f", {ns[name] - base:.0f} ns added" if name in ns and base else ""
        print(f"### {name}: {n} getppid calls, {ns.get(name, 0):.0f} ns per call "
              f"in the loop{added} (untraced {base or 0:.0f} ns)\n")
        for comm, title in (("micro", "writer: the traced loop (syscall path, "
                                      "kstrace.ko's hooks)"),
                            ("kstrace", "reader: the CLI (read(), decoding, "
                                        "formatting, write())")):
            c = sides[comm]
            s = sum(c.values())
            if not s:
                continue
            print(f"{title}: {s / 1e6:.0f} ms of CPU, {s / n:.0f} ns per call\n")
            print("| component | share | ns per call |")
            print("|---|---|---|")
            for comp, v in c.most_common():
                if v / s < 0.005:
                    continue
                print(f"| {comp} | {100 * v / s:.1f}% | {v / n:.0f} |")
            print()
        print(f"Idle: {100 * idle / total:.0f}% of both CPUs' samples.\n")


if __name__ == "__main__":
    main()
