#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Summarise a kernel build with the lockrules plugin against the baseline.

The baseline (testsuite/kernel/<version>-<arch>.expected) has one line per
warning the plugin gives on the clean tree:

    <rule> <file>:<line>  <bug|false-positive>  <one line of reasoning>

Exit status: 0 when every warning is in the baseline, the code is the same
with and without the plugin, and the engine dropped nothing (every drop-*
counter of the stats lines is 0), 1 otherwise.
"""
import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "plugin", "tools"))
import lrdiag  # noqa: E402


def read_entries(path, kinds, what):
    """'<rule> <file>:<line> <kind> <reason>' lines, kind one of kinds."""
    entries = {}
    if not path or not os.path.exists(path):
        return entries
    with open(path) as f:
        for n, text in enumerate(f, 1):
            text = text.strip()
            if not text or text.startswith("#"):
                continue
            parts = text.split(None, 3)
            if len(parts) < 4 or parts[2] not in kinds:
                sys.exit("%s:%d: error: expected '<rule> <file>:<line> <%s> <%s>'"
                         % (path, n, "|".join(kinds), what))
            entries[(parts[0], parts[1])] = (parts[2], parts[3])
    return entries


def read_baseline(path):
    return read_entries(path, ("bug", "false-positive"), "reason")


def read_diffs(path):
    """A front end's explained differences from the plugin's baseline."""
    return read_entries(path, ("only-gcc", "only-sparse"), "reason")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--stats", required=True)
    ap.add_argument("--expected", required=True)
    ap.add_argument("--plain-seconds", type=float, required=True)
    ap.add_argument("--plugin-seconds", type=float, required=True)
    ap.add_argument("--same", type=int, required=True)
    ap.add_argument("--differ", type=int, required=True)
    ap.add_argument("--same-but-build-id", type=int, default=0,
                    help="objects and images identical once the plain build's build IDs are put "
                    "back (kernel-full.sh: a vDSO's ID hashes its debug info, which records -fplugin=)")
    ap.add_argument("--title", required=True)
    ap.add_argument("--frontend", default="gcc", help="gcc (the plugin) or sparse (CHECK=)")
    ap.add_argument("--sparse-diff", default="",
                    help="the sparse front end's explained differences from the baseline: "
                    "'<rule> <file>:<line> <only-gcc|only-sparse> <reason>'")
    ap.add_argument("--build-seconds", type=float, default=0.0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--db-summary", help="the database report step's summary (stderr)")
    a = ap.parse_args()

    seen = []
    for d in lrdiag.parse_file(a.log, a.src):
        key = (d.rule, "%s:%d" % (d.file, d.line))
        if key not in [k for k, _ in seen]:
            seen.append((key, d.msg))

    # the stats line: unit NAME functions N events N RULE=N ... drop-NAME=N ...
    units = functions = 0
    drops = collections.Counter()
    roots = collections.Counter()
    paths = collections.Counter()
    if os.path.exists(a.stats):
        with open(a.stats) as f:
            for text in f:
                fields = text.split()
                if len(fields) >= 6 and fields[0] == "unit":
                    units += 1
                    functions += int(fields[3])
                    for fld in fields[6:]:
                        name, _, value = fld.partition("=")
                        if name.startswith("drop-"):
                            drops[name[5:]] += int(value)
                        elif name.startswith("pre-"):
                            roots[name[4:]] += int(value)
                        elif name.startswith("paths-"):
                            paths[name[6:]] += int(value)

    # with a database the report step counts the preconditions at the roots
    db_line, db_size = None, None
    if a.db_summary and os.path.exists(a.db_summary):
        for text in open(a.db_summary):
            if text.startswith("lockrules-db:"):
                db_line = text.strip()[len("lockrules-db: "):]
                m = re.search(r"met (\d+) reported (\d+) unknown (\d+) facts (\d+)", text)
                if m:
                    for k, v in zip(("met", "reported", "unknown", "facts"), m.groups()):
                        roots[k] += int(v)
            elif text.startswith("db-size-kib"):
                db_size = int(text.split()[1])

    baseline = read_baseline(a.expected)
    diffs = read_diffs(a.sparse_diff) if a.frontend == "sparse" else {}
    for key, (kind, why) in diffs.items():
        if kind == "only-gcc":
            baseline.pop(key, None)
        else:
            baseline[key] = ("sparse-only", why)
    per_rule = collections.Counter(k[0] for k, _ in seen)
    new = [(k, m) for k, m in seen if k not in baseline]
    known = [(k, m) for k, m in seen if k in baseline]
    gone = [k for k in baseline if k not in [s for s, _ in seen]]
    verdicts = collections.Counter(baseline[k][0] for k, _ in known)

    with open(a.out, "w") as f:
        for (rule, where), msg in seen:
            f.write("%s %s  %s\n" % (rule, where, msg))

    ratio = a.plugin_seconds / a.plain_seconds if a.plain_seconds > 0 else 0.0
    print("lockrules kernel-check: %s" % a.title)
    print("  analysed:   %d files, %d functions" % (units, functions))
    print("  warnings:   %d (%s)" % (len(seen), ", ".join("%s %d" % kv for kv in sorted(per_rule.items())) or "none"))
    print("  baseline:   %d known (%d bug, %d false-positive), %d new, %d no longer reported"
          % (len(known), verdicts["bug"], verdicts["false-positive"], len(new), len(gone)))
    if a.frontend == "sparse":
        print("  check cost: %.1f s lockrules-sparse, %.1f s Debian's sparse on the same files "
              "(make C=2, CPU seconds): ratio %.2f (limit 1.5); the build itself: %.1f s"
              % (a.plugin_seconds, a.plain_seconds, ratio, a.build_seconds))
        print("  differences from the plugin's baseline (%s): %d explained"
              % (os.path.basename(a.sparse_diff) or "none", len(diffs)))
    else:
        print("  build time: %.1f s with the plugin, %.1f s without: ratio %.2f"
              % (a.plugin_seconds, a.plain_seconds, ratio))
        print("  code:       %d objects identical with and without the plugin, %s%d differ"
              % (a.same, "%d identical but for a vDSO's build ID (a hash that covers "
                 "its debug info's record of the command line), " % a.same_but_build_id
                 if a.same_but_build_id else "", a.differ))
    print("  roots:      preconditions, where their callers end: %d met, %d reported; "
          "%d with unknown callers, %d under a parameter test (silent)"
          % (roots["met"], roots["reported"], roots["unknown"], roots["facts"]))
    print("  paths:      %d needs held on some paths with no tested value to tell which: "
          "%d on an independent path that dropped it (reported), %d on one that never took it "
          "(the callers'), %d out of search budget, the rest silent; %d decided by a "
          "correlated value" % (paths["some"], paths["some-witness"], paths["some-callers"],
                                paths["some-undecided"], paths["correlated"]))
    print("  order:      %d order/sleep checks against a lock held on some paths: %d with a "
          "path that holds it (reported), %d out of search budget (silent)"
          % (paths["order"], paths["order-witness"], paths["order-undecided"]))
    if db_line:
        print("  database:   %s%s" % (db_line, "; %d KiB on disk" % db_size if db_size else ""))
    dropped = sum(drops.values())
    print("  drops:      %s (%s)" % ("none" if not dropped else "%d NOT ZERO" % dropped,
                                     ", ".join("%s %d" % kv for kv in sorted(drops.items()))
                                     or "no stats"))
    for (rule, where), msg in new:
        print("  NEW  %s: %s [-Wlockrules=%s]" % (where, msg, rule))
    for rule, where in gone:
        print("  GONE %s [%s] (remove it from %s)" % (where, rule, os.path.basename(a.expected)))
    print("  warnings list: %s" % a.out)
    # a limit reached on a clean tree is a defect: the engine dropped data
    return 1 if new or a.differ or dropped else 0


if __name__ == "__main__":
    sys.exit(main())
