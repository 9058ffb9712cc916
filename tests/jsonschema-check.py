#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""jsonschema-check.py - validate every line kstrace --json printed.

    tests/jsonschema-check.py FILE...    (- for stdin)

Each line must be one JSON object, valid against docs/json/event.schema.json
(trace lines: they have "type") or docs/json/summary.schema.json (-c
summaries), checked by python3-jsonschema, not by kstrace's own code.
Prints one line per invalid line and a count; exits 1 if any line is
invalid or no line was read.
"""
import json
import os
import sys

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.join(HERE, "..", "docs", "json")


def load(name):
    with open(os.path.join(SCHEMAS, name)) as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def lines(paths):
    for path in paths:
        f = sys.stdin if path == "-" else open(path)
        for n, line in enumerate(f, 1):
            yield path, n, line
        if f is not sys.stdin:
            f.close()


def main(argv):
    event, summary = load("event.schema.json"), load("summary.schema.json")
    good = bad = 0
    for path, n, line in lines(argv[1:] or ["-"]):
        try:
            obj = json.loads(line)
        except ValueError as e:
            print(f"{path}:{n}: not JSON: {e}")
            bad += 1
            continue
        v = event if isinstance(obj, dict) and "type" in obj else summary
        errors = sorted(v.iter_errors(obj), key=lambda e: list(e.path))
        for e in errors[:3]:
            where = "/".join(str(p) for p in e.absolute_path)
            print(f"{path}:{n}: {where or '(top)'}: {e.message[:200]}")
        if errors:
            bad += 1
        else:
            good += 1
    print(f"{good} valid, {bad} invalid")
    return 0 if good and not bad else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
