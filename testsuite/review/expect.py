#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""expect.py: validate the review bot's --format json output and print its
findings, one "rule file:line" per line (with "fixed-later" when a later patch
of the series fixes it), for review-check.sh to compare.  Exit status 3 when
the document does not follow the format README and review.py describe.

    expect.py REPORT.json
"""
import json
import re
import sys

ENGINES = {"gcc-plugin", "coccinelle", "sparse"}
FINDING = {"rule": str, "file": str, "line": int, "column": int, "message": str, "notes": list,
           "engine": str, "engines": list, "patch": str, "patch_index": int, "commit": str,
           "code": str}
TOP = {"tool": str, "version": int, "exit_status": int, "findings": list}


def bad(msg):
    sys.stderr.write("expect.py: invalid report: %s\n" % msg)
    sys.exit(3)


def main():
    try:
        doc = json.load(open(sys.argv[1]))
    except ValueError as e:
        bad("not JSON: %s" % e)
    for k, t in TOP.items():
        if not isinstance(doc.get(k), t):
            bad("%s: missing or not %s" % (k, t.__name__))
    if doc["exit_status"] not in (0, 1, 2):
        bad("exit_status %r" % doc["exit_status"])
    if doc["exit_status"] == 2:
        if not isinstance(doc.get("error"), str) or not isinstance(doc.get("log"), list):
            bad("an error report needs error and log")
        print("error: %s" % doc["error"])
        return
    if (doc["exit_status"] == 1) != bool(doc["findings"]):
        bad("exit_status %d with %d findings" % (doc["exit_status"], len(doc["findings"])))
    for p in doc.get("patches", []):
        for k in ("index", "subject", "commit", "files", "checked", "skipped", "new", "fixed"):
            if k not in p:
                bad("patch without %s" % k)
    for f in doc["findings"]:
        for k, t in FINDING.items():
            if not isinstance(f.get(k), t):
                bad("finding %r: %s missing or not %s" % (f.get("rule"), k, t.__name__))
        if not re.match(r"^[a-z0-9-]+$", f["rule"]) or f["file"].startswith("/") or f["line"] < 1:
            bad("finding %r %r:%r" % (f["rule"], f["file"], f["line"]))
        if f["engine"] not in ENGINES or f["engine"] not in f["engines"] or \
                not set(f["engines"]) <= ENGINES:
            bad("engine %r %r" % (f["engine"], f["engines"]))
        for n in f["notes"]:
            if not (isinstance(n.get("file"), str) and isinstance(n.get("line"), int)
                    and isinstance(n.get("message"), str)):
                bad("note %r" % n)
        print("%s %s:%d%s" % (f["rule"], f["file"], f["line"],
                              " fixed-later" if f.get("fixed_later_by") else ""))


if __name__ == "__main__":
    main()
