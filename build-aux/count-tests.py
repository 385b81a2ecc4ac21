#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases in meson's testlog.json files and prints the last line
of build-aux/test.sh: "N passed, N failed".

Every test speaks TAP: a GTest case is one "ok"/"not ok" line.  A test
program that fails without a "not ok" line (a crash, a timeout, a sanitizer
report) counts as one failed case, so nothing fails silently."""

import json
import re
import sys

passed = failed = skipped = 0
extra_failed = 0
paths = []
args = sys.argv[1:]
while args:
    arg = args.pop(0)
    if arg == "--extra-failed":
        extra_failed += int(args.pop(0))
    else:
        paths.append(arg)

for path in paths:
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        print(f"count-tests: {e}", file=sys.stderr)
        failed += 1
        continue
    for line in lines:
        if not line.strip():
            continue
        entry = json.loads(line)
        out = entry.get("stdout") or ""
        ok = bad = 0
        for tap in out.splitlines():
            if re.match(r"^ok\b", tap):
                if re.search(r"#\s*SKIP", tap, re.I):
                    skipped += 1
                else:
                    ok += 1
            elif re.match(r"^not ok\b", tap):
                if re.search(r"#\s*TODO", tap, re.I):
                    skipped += 1
                else:
                    bad += 1
        if entry.get("result") not in ("OK", "SKIP", "EXPECTEDFAIL") and bad == 0:
            bad = 1
            print(f"count-tests: {entry.get('name')} ended with {entry.get('result')}",
                  file=sys.stderr)
        passed += ok
        failed += bad

failed += extra_failed
if skipped:
    print(f"({skipped} skipped)")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
