#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""lockrules review: the mm lock-rule violations a patch introduces.

    plugin/tools/review.py --src TREE --build BUILDDIR --patch FILE [--arch x86_64]
    plugin/tools/review.py --src GITTREE --build BUILDDIR --range BASE..HEAD

It builds the objects of the C files the change touches with the lockrules
plugin before and after the change, and reports only the warnings that are
new, as the kernel test robot does.  A warning counts as the same one when
rule, file, message and the text of the reported line match, so code that
only moved is not reported again.  The tree is left as it was found.

BUILDDIR must be a configured, prepared out-of-tree build of TREE (make
kernel-check leaves one in its cache).  Exit status: 0 when the change adds
no violation, 1 when it does, 2 on a usage or build error.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WARN = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?:warning|error): "
                  r"(?P<msg>.*) \[-Wlockrules=(?P<rule>[a-z0-9-]+)\]$")
NOTE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): note: (?P<msg>.*)$")


def die(msg):
    sys.stderr.write("lockrules review: error: %s\n" % msg)
    sys.exit(2)


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, **kw)


def touched_files(patch_text):
    files = []
    for m in re.finditer(r"^\+\+\+ b/(\S+)", patch_text, re.M):
        if m.group(1).endswith(".c") and m.group(1) not in files:
            files.append(m.group(1))
    return files


def build(a, files, kernel):
    """Build the objects of files with the plugin; return its diagnostics."""
    plugin = os.path.join(TOP, "plugin", "lockrules.so") if a.arch == "x86_64" else \
        os.path.join(TOP, "plugin", "aarch64-linux-gnu", "lockrules.so")
    karch = "x86" if a.arch == "x86_64" else "arm64"
    cmd = ["make", "-s", "-C", a.src, "O=" + a.build, "ARCH=" + karch,
           "KCFLAGS=-fplugin=%s -fplugin-arg-lockrules-kernel=%s" % (plugin, kernel)]
    if a.arch == "arm64":
        cmd.append("CROSS_COMPILE=aarch64-linux-gnu-")
    found = []
    for f in files:
        obj = f[:-2] + ".o"
        try:
            os.unlink(os.path.join(a.build, obj))
        except OSError:
            pass
        p = run(cmd + [obj])
        if p.returncode != 0 and "No rule to make target" in p.stdout:
            continue        # not built in this config
        if p.returncode != 0:
            die("building %s failed:\n%s" % (obj, p.stdout[-3000:]))
        found += diagnostics(p.stdout, a.src)
    return found


def diagnostics(out, src):
    """Warnings with their notes, keyed so that moved code keeps its key."""
    src = os.path.realpath(src) + "/"
    result = []
    for text in out.splitlines():
        m = WARN.match(text)
        if m:
            path = os.path.realpath(m.group("file"))
            rel = path[len(src):] if path.startswith(src) else path
            try:
                code = open(path, errors="replace").read().splitlines()[int(m.group("line")) - 1].strip()
            except (OSError, IndexError):
                code = ""
            result.append({"rule": m.group("rule"), "file": rel, "line": int(m.group("line")),
                           "text": text.replace(src, ""), "key": (m.group("rule"), rel, m.group("msg"), code),
                           "notes": []})
            continue
        m = NOTE.match(text)
        if m and result:
            result[-1]["notes"].append(text.replace(src, ""))
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", required=True, help="the kernel tree")
    ap.add_argument("--build", required=True, help="its configured out-of-tree build directory")
    ap.add_argument("--patch", help="a patch (git format-patch or diff -u, -p1)")
    ap.add_argument("--range", help="BASE..HEAD in a git tree")
    ap.add_argument("--arch", default="x86_64", choices=["x86_64", "arm64"])
    ap.add_argument("--kernel", default="", help="kernel version of the rules (default: from the tree)")
    a = ap.parse_args()
    if bool(a.patch) == bool(a.range):
        die("give exactly one of --patch and --range")
    if not os.path.isfile(os.path.join(a.build, ".config")):
        die("%s is not a configured build directory of %s" % (a.build, a.src))
    kernel = a.kernel
    if not kernel:
        v = run(["make", "-s", "-C", a.src, "kernelversion"]).stdout.strip()
        kernel = ".".join(v.split(".")[:2]) if re.match(r"^\d+\.\d+", v) else "6.12"

    if a.patch:
        text = open(a.patch, errors="replace").read()
        subject = re.search(r"^Subject: (.*)$|^# (.*)$", text, re.M)
        title = (subject.group(1) or subject.group(2)) if subject else os.path.basename(a.patch)
    else:
        base, head = a.range.split("..", 1)
        text = run(["git", "-C", a.src, "diff", "%s..%s" % (base, head)]).stdout
        title = a.range
    files = touched_files(text)
    if not files:
        print("lockrules review: %s: no C file changed, nothing to check" % title)
        return 0

    backup = tempfile.mkdtemp(prefix="lockrules-review-")
    if a.range:
        orig = run(["git", "-C", a.src, "rev-parse", "--abbrev-ref", "HEAD"]).stdout.strip()
        if orig == "HEAD":
            orig = run(["git", "-C", a.src, "rev-parse", "HEAD"]).stdout.strip()
    try:
        if a.patch:
            for f in files:
                os.makedirs(os.path.join(backup, os.path.dirname(f)), exist_ok=True)
                shutil.copy2(os.path.join(a.src, f), os.path.join(backup, f))
            before = build(a, files, kernel)
            p = run(["patch", "-s", "-p1", "-d", a.src, "-i", os.path.abspath(a.patch)])
            if p.returncode != 0:
                die("the patch does not apply:\n" + p.stdout)
            after = build(a, files, kernel)
        else:
            run(["git", "-C", a.src, "checkout", "-q", base])
            before = build(a, files, kernel)
            run(["git", "-C", a.src, "checkout", "-q", head])
            after = build(a, files, kernel)
    finally:
        if a.patch:
            for f in files:
                shutil.copy2(os.path.join(backup, f), os.path.join(a.src, f))
        else:
            run(["git", "-C", a.src, "checkout", "-q", orig])
        shutil.rmtree(backup, ignore_errors=True)
        for f in files:
            try:
                os.unlink(os.path.join(a.build, f[:-2] + ".o"))
            except OSError:
                pass

    # the same violation, perhaps moved: per warning before the change, the
    # warning after it with the same key nearest to its line
    new = list(after)
    for d in before:
        same = [x for x in new if x["key"] == d["key"]]
        if same:
            new.remove(min(same, key=lambda x: abs(x["line"] - d["line"])))
    print("lockrules review: %s" % title)
    print("  checked: %s (kernel %s, %s)" % (" ".join(files), kernel, a.arch))
    if not new:
        print("  no new mm lock-rule violation")
        return 0
    print("  %d new mm lock-rule violation%s:\n" % (len(new), "" if len(new) == 1 else "s"))
    for d in new:
        print(d["text"])
        for n in d["notes"]:
            print(n)
        print()
    print("If you fix the issue, kindly add the following tag where applicable:")
    print("| Reported-by: lockrules (mm lock-rule checker)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
