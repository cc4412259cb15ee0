# SPDX-License-Identifier: GPL-2.0
"""lrdiag: the one reader of lockrules' diagnostic lines, for every Python tool.

The plugin (and every other front end) prints GCC's format:

    FILE:LINE:COL: warning: MESSAGE [-Wlockrules=RULE]
    FILE:LINE:COL: note: TEXT

and the generated Coccinelle rules, in report mode, print

    FILE:LINE:COL-COL: MESSAGE [-Wlockrules=RULE] (DETAIL)

A warning's notes are the note lines that follow it.  parse() turns a log
(a compiler's stderr, a build log) into Diag objects; nothing else in the
repository matches these lines with a regular expression of its own.

Debugging: `python3 plugin/tools/lrdiag.py LOG` prints what it read.
"""
import os
import re
import sys

WARN = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>warning|error): "
                  r"(?P<msg>.*) \[-Wlockrules=(?P<rule>[a-z0-9-]+)\]$")
# the generated Coccinelle rules (cocci/*.cocci) in report mode
COCCI = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+)-\d+: (?P<msg>.*?) "
                   r"\[-Wlockrules=(?P<rule>[a-z0-9-]+)\](?P<tail>.*)$")
NOTE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): note: (?P<msg>.*)$")


class Diag:
    __slots__ = ("rule", "file", "line", "col", "msg", "severity", "notes")

    def __init__(self, rule, file, line, col, msg, severity):
        self.rule, self.file, self.line, self.col = rule, file, line, col
        self.msg, self.severity, self.notes = msg, severity, []

    def key(self):
        return (self.rule, self.file, self.line, self.msg)

    def __repr__(self):
        return "%s:%d:%d: %s [%s]" % (self.file, self.line, self.col, self.msg, self.rule)


def parse(text, src=None, cwd=None):
    """Diags of a log; with src, file names under it (of warnings and notes)
    become relative to it.  cwd: the directory the compiler ran in, for
    relative names (an out-of-tree kernel build's)."""
    root = os.path.realpath(src) + "/" if src else None

    def rel(path):
        if not root:
            return path
        real = os.path.realpath(os.path.join(cwd, path) if cwd else path)
        return real[len(root):] if real.startswith(root) else path
    out, cur = [], None
    for raw in text.splitlines():
        m = WARN.match(raw)
        if m:
            cur = Diag(m.group("rule"), rel(m.group("file")), int(m.group("line")),
                       int(m.group("col")), m.group("msg"), m.group("sev"))
            out.append(cur)
            continue
        m = NOTE.match(raw)
        if m and cur is not None:
            cur.notes.append((rel(m.group("file")), int(m.group("line")), m.group("msg")))
        elif not raw.startswith(" "):
            cur = None
    return out


def parse_cocci(text):
    """Diags of spatch's report mode output (no notes)."""
    out = []
    for raw in text.splitlines():
        m = COCCI.match(raw)
        if m:
            out.append(Diag(m.group("rule"), m.group("file"), int(m.group("line")),
                            int(m.group("col")), m.group("msg") + m.group("tail"), "warning"))
    return out


def parse_file(path, src=None):
    with open(path, errors="replace") as f:
        return parse(f.read(), src)


if __name__ == "__main__":
    for d in parse_file(sys.argv[1]):
        print(d)
        for n in d.notes:
            print("   note %s:%d: %s" % n)
