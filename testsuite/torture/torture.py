#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make torture: GCC's own C testsuite compiled with the lockrules plugin.

Every C file of gcc.c-torture/compile, gcc.c-torture/execute and gcc.dg
(Debian's gcc-12-source; subdirectories included) is compiled to assembly
at -O0 and -O2, by each compiler given (the host gcc and the cross gcc of
each plugin), once without the plugin and once with it, loaded with
testsuite/torture/torture.rules (a pack that locks and guards the names
those files call).  A file that does not compile without the plugin is
skipped (gcc.dg has many dg-error tests, and tests of other targets).
Failures:
  ice        "internal compiler error", or the compiler killed by a signal
  broke      compiles without the plugin, not with it (any other reason)
  hang       slower than the time limit with the plugin only
  differs    the assembly with the plugin is not byte-identical
Output: a table per compiler and level, and 'N passed, N failed' where a
pass is one (file, compiler, level) with the plugin that compiled, with
identical code.  SAMPLE=N takes every Nth file (a deterministic subset).

  torture.py --src DIR --jobs 2 --sample 1 gcc:plugin/lockrules.so \
      aarch64-linux-gnu-gcc:plugin/aarch64-linux-gnu/lockrules.so
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RULES = os.path.join(TOP, "testsuite", "torture", "torture.rules")
DIRS = ["gcc.c-torture/compile", "gcc.c-torture/execute", "gcc.dg"]
LEVELS = ["-O0", "-O2"]
TIMEOUT = 120


def sources(root, sample):
    files = []
    for d in DIRS:
        for dirpath, dirnames, names in os.walk(os.path.join(root, d)):
            dirnames.sort()
            files += [os.path.join(dirpath, n) for n in sorted(names) if n.endswith(".c")]
    return files[::sample] if sample > 1 else files


def compile_one(cc, plugin, level, src, out):
    cmd = [cc, level, "-S", "-o", out, src]
    if plugin:
        cmd[1:1] = ["-fplugin=" + plugin, "-fplugin-arg-lockrules-rules=" + RULES]
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           cwd=os.path.dirname(src), timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timeout", ""
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode < 0 or "internal compiler error" in err:
        return "ice", err
    return ("ok" if p.returncode == 0 else "fail"), err


def job(cc, plugin, level, src, tmp):
    base = os.path.join(tmp, "%d" % os.getpid() + "-%d" % id(src) + level)
    a, b = base + ".plain.s", base + ".plugin.s"
    try:
        st, _ = compile_one(cc, None, level, src, a)
        if st != "ok":
            return "skipped", src, ""
        st, err = compile_one(cc, plugin, level, src, b)
        warnings = err.count("[-Wlockrules=")
        if st == "ice":
            return "ice", src, err[-2000:]
        if st == "timeout":
            return "hang", src, ""
        if st != "ok":
            return "broke", src, err[-2000:]
        with open(a, "rb") as fa, open(b, "rb") as fb:
            same = fa.read() == fb.read()
        return ("same" if same else "differs"), src, warnings
    finally:
        for f in (a, b):
            try:
                os.unlink(f)
            except OSError:
                pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True, help="gcc/testsuite of the GCC source")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sample", type=int, default=1)
    ap.add_argument("--log", default=None, help="write every failure here")
    ap.add_argument("compilers", nargs="+", help="CC:PLUGIN")
    args = ap.parse_args()

    files = sources(args.src, args.sample)
    print("torture: %d C files of %s%s" % (len(files), ", ".join(DIRS),
          "" if args.sample == 1 else " (every %dth)" % args.sample), flush=True)
    tmp = tempfile.mkdtemp(prefix="lockrules-torture-")
    log = open(args.log, "w") if args.log else None
    total_pass = total_fail = 0
    rows = []
    for spec in args.compilers:
        cc, plugin = spec.split(":", 1)
        for level in LEVELS:
            start = time.time()
            counts = dict(same=0, differs=0, ice=0, broke=0, hang=0, skipped=0)
            warnings = 0
            with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
                futs = [ex.submit(job, cc, plugin, level, s, tmp) for s in files]
                for fut in concurrent.futures.as_completed(futs):
                    kind, src, extra = fut.result()
                    counts[kind] += 1
                    if kind == "same" or kind == "differs":
                        warnings += extra
                    if kind not in ("same", "skipped"):
                        msg = "%s %s %s %s" % (kind.upper(), cc, level, os.path.relpath(src, args.src))
                        print(msg, flush=True)
                        if log:
                            log.write(msg + "\n" + (extra if isinstance(extra, str) else "") + "\n")
            bad = counts["differs"] + counts["ice"] + counts["broke"] + counts["hang"]
            total_pass += counts["same"]
            total_fail += bad
            rows.append((cc, level, len(files), counts, warnings, time.time() - start))
            print("torture: %s %s: %d compiled with the plugin, %d identical, %d differ, "
                  "%d ICE, %d broke, %d hang, %d skipped (no compile without the plugin); "
                  "%d lockrules warnings; %.0f s" % (cc, level, counts["same"] + counts["differs"],
                                                     counts["same"], counts["differs"], counts["ice"],
                                                     counts["broke"], counts["hang"], counts["skipped"],
                                                     warnings, time.time() - start), flush=True)
    os.rmdir(tmp)
    print("\n| compiler | level | files | compiled | identical | differ | ICE | broke | hang | skipped | warnings | seconds |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for cc, level, n, c, w, secs in rows:
        print("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.0f |" % (
            cc, level, n, c["same"] + c["differs"], c["same"], c["differs"], c["ice"],
            c["broke"], c["hang"], c["skipped"], w, secs))
    print("%d passed, %d failed" % (total_pass, total_fail))
    return 1 if total_fail else 0


if __name__ == "__main__":
    sys.exit(main())
