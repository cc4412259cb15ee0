#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Run lockrules' tests and print 'N passed, N failed'.

Test kinds:
  engine      testsuite/engine/engine_test (hand-built graphs, no compiler)
  plugin      testsuite/plugin/*.c compiled with each plugin (host and cross),
              and checked by the sparse front end (plugin/sparse/lockrules-sparse)
              against the same marks;
              each file marks its expected diagnostics in GCC's style:
                  /* { dg-warning "rule-id or regex" } */   on the line reported
                  /* { dg-error "regex" } */
                  /* { dg-note "regex" } */     a note that must be present
                  /* { dg-gcc-note "regex" } */ a note the GCC plugin must print (what
                                                only GCC's IR gives: a branch's direction)
                  /* { dg-options "-fplugin-arg-lockrules-..." } */
                  /* { dg-output "regex" } */   must appear in the compiler's output
                  /* { dg-sparse-xfail "reason" } */  the sparse front end cannot
                                see this case yet, for the reason given: its run
                                must fail (XFAIL, counted as passed); a run that
                                passes fails as XPASS, so the mark is removed
              For the sparse front end, -fplugin-arg-lockrules-KEY in dg-options and
              dg-output is spelled --lockrules-KEY.
                  /* { dg-cwd "DIR" } */        compile in testsuite/plugin/DIR (as kbuild
                                                compiles in the object tree)
              A missing diagnostic and an unexpected one both fail the test.
  db          testsuite/db/<case>/*.c: several units sharing a database
              (db=DIR).  Marks as for plugin tests, plus
                  /* { dg-db-first "-DOPT" } */  the cold build compiles this
                                                  file with -DOPT first (a stale
                                                  entry the normal compile replaces)
                  /* { dg-db-summary "regex" } */ on the report step's summary
                  /* { dg-db-edit "-DOPT" "regex" } */  after the link, a rebuild
                                                  of this file with -DOPT (an edit)
                                                  prints a line matching regex
                  /* { dg-db-edit-silent "-DOPT" } */  ... prints no warning
              Checked: a cold build (compiles, then 'lockrules-db --link')
              reports exactly the marks, in either build order; then a
              rebuild of each file reports exactly that file's marks.
  sparse-frontend  the CHECK= program's own contract: kbuild's arguments (gcc's
              and clang's c_flags), LOCKRULES_SPARSE_OPTIONS, sparse's checks quiet
              unless --sparse-checks, --lockrules-error's exit status
  codegen     the assembly is identical with and without the plugin
  version     a plugin built for another compiler refuses to load, cleanly
  cocci       cocci/*.cocci are what rules2cocci makes of rules/mm.rules today,
              and each reports exactly testsuite/cocci/<rule>.expected on
              testsuite/cocci/<rule>.c (mode report), gives output in modes
              org and context, and the patch mode makes <rule>.patch
"""
import argparse
import glob
import os
import re
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(TOP, "testsuite")
sys.path.insert(0, os.path.join(TOP, "plugin", "tools"))
import lrdiag  # noqa: E402
MARK = re.compile(r"\{\s*dg-(?P<kind>warning|error|note|gcc-note|options|output|sparse-xfail|cwd)\s+\"(?P<arg>(?:[^\"\\]|\\.)*)\"\s*\}")

passed = 0
failed = 0
failures = []


def report(name, ok, why=""):
    global passed, failed
    if ok:
        passed += 1
        print("PASS %s" % name)
    else:
        failed += 1
        failures.append(name)
        print("FAIL %s%s" % (name, (": " + why) if why else ""))


def parse_marks(path, xfails=None, gcc=True):
    """gcc: the GCC plugin's marks (dg-gcc-note counts); else the sparse
    front end's."""
    expected, notes, options, outputs = [], [], [], []
    cwd = None
    with open(path) as f:
        for lineno, text in enumerate(f, 1):
            for m in MARK.finditer(text):
                arg = m.group("arg").replace('\\"', '"').replace('\\\\', '\\')
                kind = m.group("kind")
                if kind in ("warning", "error"):
                    expected.append((lineno, kind, arg))
                elif kind == "note" or (kind == "gcc-note" and gcc):
                    notes.append((lineno, arg))
                elif kind == "gcc-note":
                    pass
                elif kind == "options":
                    options += arg.split()
                elif kind == "sparse-xfail":
                    if xfails is not None:
                        xfails.append(arg)
                elif kind == "cwd":
                    cwd = os.path.join(TS, "plugin", arg)
                else:
                    outputs.append(arg)
    return expected, notes, options, outputs, cwd


SPARSE_OPT = "-fplugin-arg-lockrules-"


def run_plugin_test(path, cc, plugin, label):
    """cc None: plugin is the sparse front end, a CHECK= program."""
    name = "%s/%s" % (label, os.path.relpath(path, TS))
    xfails = []
    expected, notes, options, outputs, cwd = parse_marks(path, xfails, gcc=cc is not None)
    options = [o.replace("@TS@", TS) for o in options]
    if cc is None:
        options = [o.replace(SPARSE_OPT, "--lockrules-") for o in options]
        outputs = [o.replace(SPARSE_OPT, "--lockrules-") for o in outputs]
        cmd = [plugin, "-I", os.path.join(TS, "include")] + options + [path]
    else:
        xfails = []
        cmd = [cc, "-O2", "-S", "-o", os.devnull, "-I", os.path.join(TS, "include"),
               "-fplugin=" + plugin] + options + [path]
    ok, why = _run_plugin_test(cmd, path, expected, notes, outputs, cwd)
    if xfails and ok:
        report(name, False, "XPASS: the sparse front end sees this case now; remove "
               "dg-sparse-xfail (%s)" % xfails[0])
    elif xfails:
        print("XFAIL %s: %s" % (name, xfails[0]))
        report(name, True)
    else:
        report(name, ok, why)


def _run_plugin_test(cmd, path, expected, notes, outputs, cwd=None):
    """(ok, why) of one compile or check against the file's marks."""
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True, timeout=120, cwd=cwd)
    except subprocess.TimeoutExpired:
        return False, "timed out"
    out = p.stdout
    if "internal compiler error" in out or "Segmentation fault" in out or p.returncode < 0:
        return False, "the compiler or checker crashed (exit %d):\n%s" % (p.returncode, out)
    got, got_notes = [], []
    base = os.path.basename(path)
    for d in lrdiag.lines(out):
        if os.path.basename(d.file) != base:
            continue
        line, kind, msg = d.line, d.kind, d.msg
        if kind == "note":
            got_notes.append((line, msg))
        else:
            got.append((line, kind, msg))
    problems = []
    unmatched = list(got)
    for line, kind, pattern in expected:
        hit = None
        for g in unmatched:
            if g[0] == line and g[1] == kind and re.search(pattern, g[2]):
                hit = g
                break
        if hit:
            unmatched.remove(hit)
        else:
            problems.append("missing %s at line %d: %s" % (kind, line, pattern))
    for line, kind, msg in unmatched:
        problems.append("unexpected %s at line %d: %s" % (kind, line, msg))
    for line, pattern in notes:
        if not any(n[0] == line and re.search(pattern, n[1]) for n in got_notes):
            problems.append("missing note at line %d: %s" % (line, pattern))
    for pattern in outputs:
        if not re.search(pattern, out, re.M):
            problems.append("output lacks: %s" % pattern)
    wants_error = any(k == "error" for _, k, _ in expected) or outputs
    if p.returncode != 0 and not wants_error:
        problems.append("compiler failed (exit %d)" % p.returncode)
    if problems:
        return False, "\n    " + "\n    ".join(problems) + "\n  output:\n" + out
    return True, ""


def run_sparse_frontend(checker):
    """What only the CHECK= program has: kbuild's arguments, the environment
    variable, quiet sparse checks unless --sparse-checks."""
    inc = ["-I", os.path.join(TS, "include")]
    walk = os.path.join(TS, "plugin", "pt-walk-after-unlock.c")

    def run(args, env=None):
        e = dict(os.environ)
        e.update(env or {})
        p = subprocess.run([checker] + args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True, env=e, timeout=120)
        return p.returncode, p.stdout

    rc, plain = run(inc + [walk])
    # what kbuild hands a checker: CHECKFLAGS, then the compiler's c_flags (gcc's or clang's)
    kbuild = ["-D__linux__", "-Dlinux", "-D__STDC__", "-Dunix", "-D__unix__", "-Wbitwise",
              "-Wno-return-void", "-Wno-unknown-attribute", "-D__x86_64__", "--arch=x86",
              "-mlittle-endian", "-m64", "-Wp,-MMD,/dev/null", "-nostdinc", "-std=gnu11",
              "-fno-strict-aliasing", "-fno-common", "-Werror", "-O2", "-DKBUILD_MODNAME=\"x\"",
              "--target=x86_64-linux-gnu", "-fintegrated-as", "-Qunused-arguments",
              "-mretpoline-external-thunk", "-include", os.path.join(TS, "include", "mm.h")]
    rc2, out = run(kbuild + inc + [walk])
    report("sparse-frontend/kbuild-arguments", rc2 == 0 and out == plain and "pt-walk" in out,
           "exit %d:\n%s\nwithout them:\n%s" % (rc2, out, plain))
    rc2, out = run(inc + [walk], {"LOCKRULES_SPARSE_OPTIONS": "disable=pt-walk stats=/dev/null"})
    report("sparse-frontend/environment-options", rc2 == 0 and "pt-walk" not in out, out)
    # sparse's own check ("symbol ... was not declared") only when asked
    report("sparse-frontend/quiet", "was not declared" not in plain, plain)
    rc2, out = run(["--sparse-checks"] + inc + [walk])
    report("sparse-frontend/sparse-checks", "was not declared" in out and "pt-walk" in out, out)
    rc2, out = run(["--lockrules-error"] + inc + [walk])
    report("sparse-frontend/error-exit", rc2 == 1 and "error: page-table walk" in out, out)
    # the database entry is the object kbuild builds, named from its dependency file
    db = os.path.join(TS, "out", "sparse-frontend-db")
    subprocess.run(["rm", "-rf", db])
    rc2, out = run(["--lockrules-db=" + db, "-Wp,-MMD,mm/.walk.o.d"] + inc + [walk])
    entry = os.path.join(db, "units", "mm#walk.o.lr")
    text = open(entry).read() if os.path.exists(entry) else ""
    report("sparse-frontend/db-entry-from-kbuild", rc2 == 0 and "\nunit mm/walk.o\n" in text,
           "exit %d, %s: %r\n%s" % (rc2, entry, text[:200], out))


DB_MARK = re.compile(r"\{\s*dg-db-(?P<kind>first|summary)\s+\"(?P<arg>(?:[^\"\\]|\\.)*)\"\s*\}")
DB_EDIT = re.compile(r"\{\s*dg-db-edit(?P<silent>-silent)?\s+\"(?P<opt>[^\"]*)\"(?:\s+\"(?P<re>(?:[^\"\\]|\\.)*)\")?\s*\}")


def db_warnings(out, files):
    """(file, line, rule) of each warning in compiler or report-step output."""
    got = set()
    for d in lrdiag.lines(out):
        if d.kind == "warning" and os.path.basename(d.file) in files:
            m = re.search(r"-Wlockrules=([\w-]+)", d.msg)
            got.add((os.path.basename(d.file), d.line, m.group(1) if m else "?"))
    return got


def run_db_case(case, cc, plugin, label, dbtool):
    name = "%s/db/%s" % (label, os.path.basename(case))
    srcs = sorted(glob.glob(os.path.join(case, "*.c")))
    files = {os.path.basename(s): s for s in srcs}
    want, notes, first, summaries, edits = set(), {}, {}, [], []
    for s in srcs:
        expected, n, _, _, _ = parse_marks(s)
        for line, kind, pattern in expected:
            m = re.search(r"-Wlockrules=([\w-]+)", pattern)
            want.add((os.path.basename(s), line, m.group(1) if m else pattern))
        notes[os.path.basename(s)] = n
        for text in open(s):
            for m in DB_MARK.finditer(text):
                if m.group("kind") == "first":
                    first[os.path.basename(s)] = m.group("arg").split()
                else:
                    summaries.append(m.group("arg"))
            for m in DB_EDIT.finditer(text):
                edits.append((os.path.basename(s), m.group("opt").split(),
                              None if m.group("silent") else
                              m.group("re").replace("\\\\", "\\")))
    work = os.path.join(TS, "out", "db", label, os.path.basename(case))
    problems = []

    def compile_one(src, db, extra=()):
        obj = os.path.join(work, os.path.basename(src)[:-2] + ".o")
        cmd = [cc, "-O2", "-c", "-I", os.path.join(TS, "include"), "-fplugin=" + plugin,
               "-fplugin-arg-lockrules-db=" + db] + list(extra) + [src, "-o", obj]
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True, cwd=work)
        if p.returncode or "internal compiler error" in p.stdout:
            problems.append("compile failed: %s\n%s" % (" ".join(cmd), p.stdout))
        return p.stdout

    def cold(order, db):
        subprocess.run(["rm", "-rf", db])
        got, out = set(), ""
        for s in order:
            if os.path.basename(s) in first:
                compile_one(s, db, first[os.path.basename(s)])
            o = compile_one(s, db)
            got |= db_warnings(o, files)
        state(db, [], "unlinked", 3)
        p = subprocess.run([dbtool, "--link", db], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, universal_newlines=True)
        if p.returncode:
            problems.append("lockrules-db failed: " + p.stderr)
        got |= db_warnings(p.stdout, files)
        # linked with this pack; with another kernel version's rules, stale
        state(db, [], "fresh", 0)
        state(db, ["--kernel=6.1"], "stale", 4)
        return got, p.stdout + p.stderr

    def state(db, opts, want_state, want_rc):
        p = subprocess.run([dbtool, "--state"] + opts + [db], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True)
        if (p.stdout.strip(), p.returncode) != (want_state, want_rc):
            problems.append("lockrules-db --state %s: %r (exit %d), expected %s (exit %d)" % (
                " ".join(opts), p.stdout.strip(), p.returncode, want_state, want_rc))

    subprocess.run(["mkdir", "-p", work])
    db1, db2 = os.path.join(work, "db1"), os.path.join(work, "db2")
    got1, out1 = cold(srcs, db1)
    got2, out2 = cold(list(reversed(srcs)), db2)
    if got1 != want:
        problems.append("cold build: missing %s; unexpected %s\n%s" % (
            sorted(want - got1), sorted(got1 - want), out1))
    if got2 != got1:
        problems.append("build order changes the reports: %s vs %s" % (
            sorted(got1), sorted(got2)))
    for pattern in summaries:
        if not re.search(pattern, out1):
            problems.append("report summary lacks: %s\n%s" % (pattern, out1))
    # a rebuild of each object reports what the full run reported for it;
    # a note about a place in another file comes as "FILE:LINE: text"
    all_notes = []
    for base, src in sorted(files.items()):
        out = compile_one(src, db1)
        got = db_warnings(out, {base: src})
        mine = set(w for w in want if w[0] == base)
        if got != mine:
            problems.append("rebuild of %s: missing %s; unexpected %s\n%s" % (
                base, sorted(mine - got), sorted(got - mine), out))
        for d in lrdiag.lines(out):
            if d.kind != "note":
                continue
            m = re.match(r"(\S+?):(\d+): (.*)", d.msg)
            if m:
                all_notes.append((os.path.basename(m.group(1)), int(m.group(2)), m.group(3)))
            else:
                all_notes.append((os.path.basename(d.file), d.line, d.msg))
    # an edit after the link: the rebuild climbs to callers the link never asked about
    for base, opts, pattern in edits:
        out = compile_one(files[base], db1, opts)
        warned = [d for d in lrdiag.lines(out) if d.kind == "warning"]
        if pattern is None and warned:
            problems.append("edit of %s %s: unexpected warnings\n%s" % (base, opts, out))
        elif pattern is not None and not re.search(pattern, out):
            problems.append("edit of %s %s: no line matches %s\n%s" % (base, opts, pattern, out))
        compile_one(files[base], db1)
    for base in sorted(files):
        for line, pattern in notes[base]:
            if not any(n[0] == base and n[1] == line and re.search(pattern, n[2])
                       for n in all_notes):
                problems.append("rebuilds: missing note at %s:%d: %s" % (base, line, pattern))
    report(name, not problems, "\n    " + "\n    ".join(problems))


def run_db(targets, only):
    dbtool = os.path.join(TOP, "plugin", "lockrules-db")
    for case in sorted(glob.glob(os.path.join(TS, "db", "*"))):
        if os.path.isdir(case) and only in case:
            for label, cc, plugin in targets:
                run_db_case(case, cc, plugin, label, dbtool)


def run_engine():
    exe = os.path.join(TS, "engine", "engine_test")
    p = subprocess.run([exe], stdout=subprocess.PIPE, universal_newlines=True)
    for text in p.stdout.splitlines():
        if text.startswith("PASS "):
            report(text[5:], True)
        elif text.startswith("FAIL "):
            report(text[5:].split(":")[0], False, text)
    if p.returncode not in (0, 1):
        report("engine", False, "engine_test crashed (exit %d)" % p.returncode)


def run_codegen(cc, plugin, label):
    """The plugin only analyses: the assembly must not change."""
    for src in sorted(glob.glob(os.path.join(TS, "plugin", "*.c")))[:12]:
        if "rules=" in open(src).read():
            continue
        outs = []
        for extra in ([], ["-fplugin=" + plugin]):
            cmd = [cc, "-O2", "-S", "-o", "-", "-I", os.path.join(TS, "include")] + extra + [src]
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               universal_newlines=True)
            outs.append(p.stdout)
        report("%s/codegen/%s" % (label, os.path.basename(src)),
               outs[0] == outs[1] and outs[0] != "", "assembly differs with the plugin")


def run_version_mismatch(cc, wrong_plugin, label):
    """A plugin built for another GCC must refuse with a clear error."""
    src = os.path.join(TS, "plugin", "pt-walk-ok.c")
    p = subprocess.run([cc, "-O2", "-S", "-o", os.devnull, "-I", os.path.join(TS, "include"),
                        "-fplugin=" + wrong_plugin, src],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    ok = p.returncode != 0 and "lockrules: this plugin was built for GCC" in p.stdout \
        and "internal compiler error" not in p.stdout
    report("%s/version-mismatch" % label, ok, p.stdout)


def run_rules_fuzz(rounds=300):
    """Malformed rule packs: always a clean 'file:line:col: error:', never a crash.
    rules2cocci drives the same parser as the plugin."""
    import random
    import tempfile
    gen = os.path.join(TOP, "plugin", "build", "rules2cocci")
    text = open(os.path.join(TOP, "rules", "mm.rules")).read()
    rng = random.Random(1234)
    junk = ["(", ")", ":", "|", "&", "<", "\"", "#", "*", "->", "R", "W", "X", " ", "\n",
            "since", "until", "9.99", "api", "rule", "class", "ifheld", "if", "ret"]
    bad = []
    out = tempfile.mkdtemp()
    path = os.path.join(out, "fuzz.rules")
    for i in range(rounds):
        t = list(text)
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(t))
            op = rng.randrange(3)
            if op == 0:
                del t[pos:pos + rng.randint(1, 20)]
            elif op == 1:
                t.insert(pos, rng.choice(junk))
            else:
                t[pos] = rng.choice(junk)
        with open(path, "w") as f:
            f.write("".join(t))
        p = subprocess.run([gen, path, out], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True)
        ok = p.returncode == 0 or (p.returncode == 1 and re.match(
            r"^.*fuzz\.rules:\d+:\d+: error: .+", p.stderr))
        if not ok:
            bad.append("round %d: exit %d: %s" % (i, p.returncode, p.stderr.strip()[:200]))
    report("rules/fuzz-%d-malformed-packs" % rounds, not bad, "\n    ".join(bad[:5]))


SPATCH = ["spatch", "--very-quiet", "--no-includes", "--include-headers"]


def run_cocci():
    import filecmp
    import shutil
    import tempfile
    gen = os.path.join(TOP, "plugin", "build", "rules2cocci")
    tmp = tempfile.mkdtemp()
    try:
        subprocess.run([gen, os.path.join(TOP, "rules", "mm.rules"), tmp], check=True)
        for made in sorted(os.listdir(tmp)):
            committed = os.path.join(TOP, "cocci", made)
            report("cocci/up-to-date/%s" % made,
                   os.path.exists(committed) and filecmp.cmp(committed, os.path.join(tmp, made), False),
                   "cocci/%s differs from what rules/mm.rules makes: run 'make cocci'" % made)
    finally:
        shutil.rmtree(tmp)
    if not shutil.which("spatch"):
        report("cocci/spatch", False, "spatch not installed (make deps)")
        return
    for sp in sorted(glob.glob(os.path.join(TOP, "cocci", "*.cocci"))):
        rule = os.path.basename(sp)[:-6]
        src = os.path.join(TS, "cocci", rule + ".c")
        if not os.path.exists(src):
            report("cocci/%s" % rule, False, "no test input testsuite/cocci/%s.c" % rule)
            continue
        outputs = {}
        for mode in ("report", "org", "context") + (("patch",) if "virtual patch" in open(sp).read() else ()):
            p = subprocess.run(SPATCH + ["-D", mode, "--sp-file", sp, os.path.relpath(src, TOP)],
                               cwd=TOP, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               universal_newlines=True, timeout=300)
            # spatch names its temporary output file in the diff header
            outputs[mode] = re.sub(r"(?m)^\+\+\+ /tmp/cocci-output-\S+", "+++ <output>", p.stdout)
        got = sorted(l for l in outputs["report"].splitlines() if l.strip())
        want = sorted(l for l in open(os.path.join(TS, "cocci", rule + ".expected")).read().splitlines() if l.strip())
        missing = [l for l in want if l not in got]
        extra = [l for l in got if l not in want]
        report("cocci/%s/report" % rule, not missing and not extra,
               "\n    missing: %s\n    unexpected: %s" % (missing, extra))
        report("cocci/%s/org" % rule, ("* TODO" in outputs["org"]) == bool(want), outputs["org"])
        report("cocci/%s/context" % rule, ("\n-" in outputs["context"]) == bool(want), outputs["context"])
        if "patch" in outputs:
            want_patch = open(os.path.join(TS, "cocci", rule + ".patch")).read()
            report("cocci/%s/patch" % rule, outputs["patch"] == want_patch,
                   "\n" + outputs["patch"])


skipped = []


def run_inventory():
    """Every lock contract of the kernel trees kernel-check uses is resolved
    in testsuite/inventory/resolution.txt (plugin/tools/inventory.py)."""
    cache = os.environ.get("LOCKRULES_CACHE", os.path.expanduser("~/.cache/lockrules"))
    for version in ("6.12", "6.1"):
        tree = os.path.join(cache, "linux-source-" + version)
        name = "inventory/" + version
        if not os.path.isfile(os.path.join(tree, "Makefile")):
            skipped.append("%s (no tree at %s: run 'make kernel-check KERNEL=%s')" % (name, tree, version))
            print("SKIP %s: no tree at %s" % (name, tree))
            continue
        p = subprocess.run([sys.executable, os.path.join(TOP, "plugin", "tools", "inventory.py"),
                            tree, version, "--check"], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True)
        bad = [l for l in p.stdout.splitlines() if l.startswith(("unresolved:", "error:"))]
        report(name, p.returncode == 0, "\n" + "\n".join(bad[:40] or p.stdout.splitlines()[-5:]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cross", default="aarch64-linux-gnu-",
                    help="cross compiler prefix ('' to skip the cross plugin)")
    ap.add_argument("--only", default="", help="run only tests whose path contains this")
    ap.add_argument("--sparse", default=os.path.join(TOP, "plugin", "sparse", "lockrules-sparse"),
                    help="the sparse front end ('' to leave it out)")
    ap.add_argument("--no-gcc", action="store_true", help="leave the GCC plugins out")
    args = ap.parse_args()

    targets = [("host", "gcc", os.path.join(TOP, "plugin", "lockrules.so"))]
    if args.no_gcc:
        targets = []
    elif args.cross:
        triple = args.cross.rstrip("-")
        targets.append((triple, args.cross + "gcc",
                        os.path.join(TOP, "plugin", triple, "lockrules.so")))

    if not args.only:
        run_engine()
    tests = sorted(glob.glob(os.path.join(TS, "plugin", "*.c")))
    if args.sparse:
        # the same cases through the sparse front end, a CHECK= program
        for t in tests:
            if args.only in t:
                run_plugin_test(t, None, args.sparse, "sparse")
        if not args.only or "sparse-frontend" in args.only:
            run_sparse_frontend(args.sparse)
    for label, cc, plugin in targets:
        for t in tests:
            if args.only in t:
                run_plugin_test(t, cc, plugin, label)
        if not args.only:
            run_codegen(cc, plugin, label)
    if not args.only or "db" in args.only:
        run_db(targets, "" if args.only == "db" else args.only)
    if len(targets) > 1 and not args.only:
        run_version_mismatch(targets[0][1], targets[1][2], "host")
        run_version_mismatch(targets[1][1], targets[0][2], targets[1][0])
    if not args.only or "fuzz" in args.only:
        run_rules_fuzz()
    if not args.only or "cocci" in args.only:
        run_cocci()
    if not args.only or "inventory" in args.only:
        run_inventory()
    if skipped:
        print("skipped: " + "; ".join(skipped))
    if failures:
        print("failed: " + " ".join(failures))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
