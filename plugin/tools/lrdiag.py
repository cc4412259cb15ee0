# SPDX-License-Identifier: GPL-2.0
"""lrdiag: the one reader of lockrules' diagnostic lines, for every Python
and shell tool.

The plugin (and every other front end) prints GCC's format:

    FILE:LINE:COL: warning: MESSAGE [-Wlockrules=RULE]
    FILE:LINE:COL: note: TEXT

and the generated Coccinelle rules (cocci/*.cocci), in report mode, print

    FILE:LINE:COL-COL: MESSAGE [-Wlockrules=RULE] (DETAIL)

A warning's notes are the note lines that follow it.  parse() turns a log
(a compiler's stderr, a build log) into Diag objects, parse_cocci() a
coccicheck log; lines() gives every GCC-format diagnostic line, lockrules'
or not (the test runner needs the compiler's own too).  Nothing else in
the repository matches these lines with a regular expression of its own.

Shell tools use the command line:

    lrdiag.py [--src DIR] [--cocci] --items LOG|-   one "RULE FILE:LINE" per report
    lrdiag.py [--src DIR] [--cocci] --where LOG|-   one "FILE:LINE RULE" per report
    lrdiag.py [--src DIR] [--cocci] LOG|-           what it read (debugging)
"""
import os
import re
import sys

LINE = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<kind>warning|error|note): (?P<msg>.*)$")
TAG = re.compile(r"^(?P<msg>.*) \[-Wlockrules=(?P<rule>[a-z0-9-]+)\]$")
COCCI = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+)-\d+: (?P<msg>.*?) "
                   r"\[-Wlockrules=(?P<rule>[a-z0-9-]+)\](?P<tail>.*)$")


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
    """A lockrules report: file relative to src when under it, path the real path."""
    __slots__ = ("rule", "file", "path", "line", "col", "msg", "severity", "notes", "text",
                 "note_text")

    def __init__(self, rule, file, path, line, col, msg, severity, text):
        self.rule, self.file, self.path, self.line, self.col = rule, file, path, line, col
        self.msg, self.severity, self.text = msg, severity, text
        self.notes = []         # (file, line, msg)
        self.note_text = []     # the note lines as printed, src removed

    def key(self):
        return (self.rule, self.file, self.line, self.msg)

    def item(self):
        """'RULE FILE:LINE', the form baselines and expectations use."""
        return "%s %s:%d" % (self.rule, self.file, self.line)

    def __repr__(self):
        return "%s:%d:%d: %s [%s]" % (self.file, self.line, self.col, self.msg, self.rule)


def parse(text, src=None):
    """Diags of a log; with src, file names under it become relative to it."""
    root = os.path.realpath(src) + "/" if src else None
    out, cur = [], None
    for raw in text.splitlines():
        m = LINE.match(raw)
        t = TAG.match(m.group("msg")) if m and m.group("kind") != "note" else None
        if t:
            path = os.path.realpath(m.group("file"))
            name = m.group("file")
            if root:
                name = path[len(root):] if path.startswith(root) else name
            cur = Diag(t.group("rule"), name, path, int(m.group("line")), int(m.group("col")),
                       t.group("msg"), m.group("kind"), raw.replace(root, "") if root else raw)
            out.append(cur)
            continue
        if m and m.group("kind") == "note" and cur is not None:
            cur.notes.append((m.group("file"), int(m.group("line")), m.group("msg")))
            cur.note_text.append(raw.replace(root, "") if root else raw)
        elif not raw.startswith(" "):
            cur = None
    return out


def _relative(name, src):
    path = os.path.realpath(name)
    if src:
        root = os.path.realpath(src) + "/"
        if path.startswith(root):
            return path[len(root):], path
    return name, path


def parse_cocci(text, src=None):
    """Reports of spatch's report mode (coccicheck, spatch -D report); no notes.
    The message keeps its detail: "... (released on line 12)"."""
    out = []
    for raw in text.splitlines():
        m = COCCI.match(raw)
        if m:
            name, path = _relative(m.group("file"), src)
            out.append(Diag(m.group("rule"), name, path, int(m.group("line")),
                            int(m.group("col")), m.group("msg") + m.group("tail"), "warning",
                            raw))
    return out


def parse_file(path, src=None):
    with open(path, errors="replace") as f:
        return parse(f.read(), src)


def items(diags):
    """'RULE FILE:LINE' per warning, first occurrence order, no repeats."""
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
