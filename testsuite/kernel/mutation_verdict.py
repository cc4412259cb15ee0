#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Print the lockrules warnings a mutated build gave in the patched files,
one 'rule file:line' per line, leaving out the clean tree's baseline
warnings (matched by rule and file: a patch moves lines)."""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "plugin", "tools"))
import lrdiag  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--log", required=True)
ap.add_argument("--src", required=True)
ap.add_argument("--files", required=True)
ap.add_argument("--baseline", required=True)
a = ap.parse_args()

files = set(a.files.split())
got = []
for d in lrdiag.parse_file(a.log, a.src):
    if d.file in files and d.item() not in got:
        got.append(d.item())
known = []
if os.path.exists(a.baseline):
    for text in open(a.baseline):
        parts = text.split()
        if len(parts) >= 2 and not text.startswith("#"):
            path, line = parts[1].rsplit(":", 1)
            known.append((parts[0], path, int(line)))
for rule, path, line in known:
    # a patch moves lines: drop the warning of this rule and file nearest
    # to the baseline's line
    near = [(abs(int(item.rsplit(":", 1)[1]) - line), item) for item in got
            if item.split(" ", 1)[0] == rule and item.split(" ", 1)[1].rsplit(":", 1)[0] == path]
    if near:
        got.remove(min(near)[1])
print("\n".join(got))
