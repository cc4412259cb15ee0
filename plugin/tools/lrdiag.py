# SPDX-License-Identifier: GPL-2.0
"""lrdiag: the one reader of lockrules' diagnostic lines, for every Python
and shell tool.

The plugin (and every other front end) prints GCC's format:

    FILE:LINE:COL: warning: MESSAGE [-Wlockrules=RULE]
    FILE:LINE:COL: note: TEXT

and the generated Coccinelle rules, in report mode, print

    FILE:LINE:COL-COL: MESSAGE [-Wlockrules=RULE] (DETAIL)

A warning's notes are the note lines that follow it.  parse() turns a log
(a compiler's stderr, a build log) into Diag objects, parse_cocci() a
coccicheck or spatch log; lines() gives every GCC-format diagnostic line,
lockrules' or not (the test runner needs the compiler's own too).  Nothing
else in the repository matches these lines with a regular expression of
its own.

Shell tools use the command line:

    lrdiag.py [--src DIR] [--cocci] --items LOG|-   one "RULE FILE:LINE" per report
    lrdiag.py [--src DIR] [--cocci] --where LOG|-   one "FILE:LINE RULE" per report
    lrdiag.py [--src DIR] [--cocci] LOG|-           what it read (debugging)
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
# any GCC diagnostic line, lockrules' or the compiler's own
LINE = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<kind>warning|error|note): (?P<msg>.*)$")


class Line:
    """One GCC-format diagnostic line."""
    __slots__ = ("file", "line", "col", "kind", "msg")

    def __init__(self, file, line, col, kind, msg):
        self.file, self.line, self.col, self.kind, self.msg = file, line, col, kind, msg


def lines(text):
    """Every diagnostic line of a log, in order."""
    out = []
    for raw in text.splitlines():
        m = LINE.match(raw)
        if m:
            out.append(Line(m.group("file"), int(m.group("line")), int(m.group("col")),
                            m.group("kind"), m.group("msg")))
    return out


class Diag:
    __slots__ = ("rule", "file", "line", "col", "msg", "severity", "notes")

    def __init__(self, rule, file, line, col, msg, severity):
        self.rule, self.file, self.line, self.col = rule, file, line, col
        self.msg, self.severity, self.notes = msg, severity, []

    def key(self):
        return (self.rule, self.file, self.line, self.msg)

    def item(self):
        """'RULE FILE:LINE', the form baselines and expectations use."""
        return "%s %s:%d" % (self.rule, self.file, self.line)

    def __repr__(self):
        return "%s:%d:%d: %s [%s]" % (self.file, self.line, self.col, self.msg, self.rule)


def _relative(src, cwd):
    """File names under src become relative to it (cwd: where the compiler ran)."""
    root = os.path.realpath(src) + "/" if src else None

    def rel(path):
        if not root:
            return path
        real = os.path.realpath(os.path.join(cwd, path) if cwd else path)
        return real[len(root):] if real.startswith(root) else path
    return rel


def parse(text, src=None, cwd=None):
    """Diags of a log; with src, file names under it (of warnings and notes)
    become relative to it.  cwd: the directory the compiler ran in, for
    relative names (an out-of-tree kernel build's)."""
    rel = _relative(src, cwd)
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


def parse_cocci(text, src=None):
    """Diags of spatch's report mode output (no notes); the message keeps
    its detail: "... (released on line 12)"."""
    rel = _relative(src, None)
    out = []
    for raw in text.splitlines():
        m = COCCI.match(raw)
        if m:
            out.append(Diag(m.group("rule"), rel(m.group("file")), int(m.group("line")),
                            int(m.group("col")), m.group("msg") + m.group("tail"), "warning"))
    return out


def parse_file(path, src=None):
    with open(path, errors="replace") as f:
        return parse(f.read(), src)


def items(diags):
    """'RULE FILE:LINE' per report, first occurrence order, no repeats."""
    seen = []
    for d in diags:
        if d.item() not in seen:
            seen.append(d.item())
    return seen


def main(argv):
    src, form, cocci, log = None, None, False, None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--src":
            src = args.pop(0)
        elif a in ("--items", "--where"):
            form = a
        elif a == "--cocci":
            cocci = True
        else:
            log = a
    if log is None:
        sys.stderr.write("usage: lrdiag.py [--src DIR] [--cocci] [--items|--where] LOG|-\n")
        return 2
    text = sys.stdin.read() if log == "-" else open(log, errors="replace").read()
    diags = parse_cocci(text, src) if cocci else parse(text, src)
    if form == "--items":
        for i in items(diags):
            print(i)
        return 0
    if form == "--where":
        for i in items(diags):
            rule, where = i.split(" ", 1)
            print("%s %s" % (where, rule))
        return 0
    for d in diags:
        print(d)
        for n in d.notes:
            print("   note %s:%d: %s" % n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
