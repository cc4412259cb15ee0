#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""lockrules review: the mm lock-rule violations a change introduces.

    review.py --src TREE --build BUILD [--base REV] PATCH|MBOX|- ...
    review.py --src GITTREE --build BUILD --range BASE..HEAD
    review.py --src GITTREE --build BUILD --install-hook

It checks the change in a workspace of its own and never touches TREE: a
`git worktree` of TREE when TREE is a git tree, a private copy (itself a
git repository, synced from TREE) when it is not, with its own out-of-tree
build directory; both are kept between runs (in --work, default
~/.cache/lockrules-review/<tree>-<hash>-<arch>), so only what a change
touches is rebuilt.  BUILD is a configured build directory of TREE: the bot
copies its .config and reads its kbuild dependency files (.<obj>.cmd) to
follow a changed header into the objects that include it; it never writes
there.

A series (an mbox, several patch files, or a range) is applied in order
(`git am`); each patch is checked against its predecessor and the series
as a whole against the base.  Each engine (the GCC plugin, the Coccinelle
rules; the sparse checker when there is one) runs on the objects or files
the change touches before and after it, and only what is new is reported:
a finding is the same one when engine, rule, message (numbers aside) and
the text of the reported line match, so code that only moved is not
reported again.

Output: the kernel test robot's layout (--format text) or one JSON
document with one object per finding (--format json).  Exit status: 0 no
new violation, 1 new violations, 2 usage or build error (with the build
log's relevant lines), 130 interrupted.

Debugging: --keep leaves the workspace at the last state checked; -v
prints every command.
"""
import argparse
import concurrent.futures
import fcntl
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import lrdiag  # noqa: E402

VERBOSE = False
BOT = "lockrules"


class Fail(Exception):
    """A usage or build error: exit status 2, with the log's relevant lines."""

    def __init__(self, msg, log=None):
        Exception.__init__(self, msg)
        self.msg, self.log = msg, log or []


# ------------------------------------------------------------------ commands
CHILDREN = set()
# git must see only the repositories it is told about: a hook runs with GIT_DIR set
GIT_ENV = dict((k, v) for k, v in os.environ.items()
               if k not in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX",
                            "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR", "GIT_NAMESPACE",
                            "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_EDITOR"))
GIT_ENV.update(GIT_COMMITTER_NAME="lockrules review", GIT_COMMITTER_EMAIL="review@lockrules.invalid",
               LC_ALL="C")


def run(cmd, cwd=None, input=None, env=None):
    """Run cmd, return (status, stdout+stderr).  An interrupt stops it too."""
    if VERBOSE:
        sys.stderr.write("+ %s\n" % " ".join(shlex.quote(c) for c in cmd))
    p = subprocess.Popen(cmd, cwd=cwd, env=env or GIT_ENV, stdin=subprocess.PIPE if input else
                         subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         universal_newlines=True, errors="replace", start_new_session=True)
    CHILDREN.add(p)
    try:
        out, _ = p.communicate(input)
    finally:
        if p.poll() is None:
            stop(p)
        CHILDREN.discard(p)
    return p.returncode, out


def stop(p):
    try:
        os.killpg(p.pid, signal.SIGTERM)
        p.wait(10)
    except (OSError, subprocess.TimeoutExpired):
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        p.wait()


def git(repo, *args, check=True, input=None):
    rc, out = run(["git", "-C", repo] + list(args), input=input)
    if check and rc != 0:
        raise Fail("git %s failed in %s" % (" ".join(args), repo), out.splitlines()[-20:])
    return out if check else (rc, out)


def sha(*parts):
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else str(p).encode())
        h.update(b"\0")
    return h.hexdigest()


def file_sha(path):
    with open(path, "rb") as f:
        return sha(f.read())


def relevant(out, n=40):
    """The lines of a build log a developer needs: errors and what precedes them."""
    lines = out.splitlines()
    keep = set()
    for i, ln in enumerate(lines):
        if re.search(r"error|Error [0-9]|\*\*\*|fatal|No rule to make|undefined reference", ln):
            keep.update(range(max(0, i - 2), i + 1))
    picked = [lines[i] for i in sorted(keep)]
    return (picked or lines)[-n:]


# ------------------------------------------------------------------ patches
class Patch:
    """One patch of the input: its text, subject, author and position."""

    def __init__(self, text, name):
        self.text, self.name = text, name
        self.mail = bool(re.match(r"^(From |From:|Subject:|Date:|Message-I[dD]:)", text))
        subj = re.search(r"^Subject: (.*(?:\n[ \t].*)*)", text, re.M)
        if subj:
            self.subject = re.sub(r"\s*\n[ \t]+", " ", subj.group(1)).strip()
        else:
            c = re.search(r"^# (.*)$", text, re.M)
            self.subject = c.group(1) if c else os.path.basename(name)
        a = re.search(r"^From: (.*)$", text, re.M)
        self.author = a.group(1).strip() if a else ""
        m = re.match(r"^From ([0-9a-f]{40}) ", text)
        self.from_sha = m.group(1) if m else None
        b = re.search(r"^base-commit: ([0-9a-f]{7,40})$", text, re.M)
        self.base_commit = b.group(1) if b else None
        self.has_diff = bool(re.search(r"^(diff --git |--- \S)", text, re.M))
        self.commit = None          # the commit in the workspace, once applied
        self.index = self.total = 0

    def label(self):
        if self.total > 1 and not re.match(r"\[PATCH", self.subject):
            return "[PATCH %d/%d] %s" % (self.index, self.total, self.subject)
        return self.subject


def split_mbox(text, name):
    """The patches of an mbox (or one plain diff)."""
    if not text.startswith("From "):
        return [Patch(text, name)]
    parts = re.split(r"(?m)^(?=From [0-9a-f]{40} |From [^\s@]+@\S+ +\w{3} \w{3} )", text)
    return [Patch(p, "%s#%d" % (name, i + 1)) for i, p in enumerate(x for x in parts if x.strip())]


# ------------------------------------------------------------------ workspace
class Workspace:
    """The bot's own checkout of the user's tree and its build directory."""

    def __init__(self, a):
        self.user = os.path.realpath(a.src)
        if not os.path.isfile(os.path.join(self.user, "Makefile")):
            raise Fail("%s is not a kernel tree" % a.src)
        rc, top = git(self.user, "rev-parse", "--show-toplevel", check=False)
        self.is_git = rc == 0 and os.path.realpath(top.strip()) == self.user
        key = sha(self.user, a.arch)[:8]
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        self.root = os.path.abspath(a.work or os.path.join(
            cache, "lockrules-review", "%s-%s-%s" % (os.path.basename(self.user), key, a.arch)))
        self.src = os.path.join(self.root, "src")
        self.build = os.path.join(self.root, "build")
        self.cache = os.path.join(self.root, "cache")
        self.user_build = os.path.realpath(a.build) if a.build else None
        self.base = None
        self.lockf = None

    def lock(self):
        os.makedirs(self.cache, exist_ok=True)
        self.lockf = open(os.path.join(self.root, "lock"), "w")
        try:
            fcntl.flock(self.lockf, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            say("another review is using %s; waiting" % self.root)
            fcntl.flock(self.lockf, fcntl.LOCK_EX)

    # --- the tree
    def resolve(self, rev):
        """A commit of the user's repository, or a clear refusal."""
        rc, out = git(self.user, "rev-parse", "--verify", "--quiet", rev + "^{commit}", check=False)
        if rc != 0:
            raise Fail("cannot check out the base '%s': it is not a commit of %s" % (rev, self.user))
        return out.strip()

    def setup(self, base=None):
        """Bring the workspace's tree to the base; return its commit."""
        if self.is_git:
            base = self.resolve(base or "HEAD")
            if not self._valid_worktree():
                shutil.rmtree(self.src, ignore_errors=True)
                say("creating the worktree %s (once)" % self.src)
                rc, out = git(self.user, "worktree", "add", "-f", "--detach", "--lock",
                              "--reason", "lockrules review workspace", self.src, base, check=False)
                if rc != 0:
                    raise Fail("cannot check out the base %s into %s" % (base[:12], self.src),
                               out.splitlines()[-10:])
        else:
            if base:
                raise Fail("--base needs a git tree; %s is not one" % self.user)
            self._sync()
            base = git(self.src, "rev-parse", "HEAD").strip()
        self.base = base
        self.checkout(base)
        return base

    def _valid_worktree(self):
        if not os.path.isdir(self.src):
            return False
        rc, out = git(self.src, "rev-parse", "--path-format=absolute", "--git-common-dir", check=False)
        rc2, mine = git(self.user, "rev-parse", "--path-format=absolute", "--git-common-dir", check=False)
        return rc == 0 and rc2 == 0 and os.path.realpath(out.strip()) == os.path.realpath(mine.strip())

    def _sync(self):
        """A plain tree: mirror it into a private git repository, commit it."""
        fresh = not os.path.isdir(os.path.join(self.src, ".git"))
        if fresh:
            say("copying %s to %s (once; later runs copy only what changed)" % (self.user, self.src))
            os.makedirs(self.src, exist_ok=True)
            git(self.src, "init", "-q")
            git(self.src, "config", "gc.auto", "0")
        else:
            self.restore()
        copied = 0
        seen = set()
        for d, dirs, files in os.walk(self.user):
            rel = os.path.relpath(d, self.user)
            if rel == ".":
                dirs[:] = [x for x in dirs if x != ".git"]
            for n in dirs + files:
                r = os.path.normpath(os.path.join(rel, n))
                seen.add(r)
                s, t = os.path.join(self.user, r), os.path.join(self.src, r)
                st = os.lstat(s)
                if os.path.isdir(s) and not os.path.islink(s):
                    os.makedirs(t, exist_ok=True)
                    continue
                try:
                    tt = os.lstat(t)
                    if tt.st_size == st.st_size and tt.st_mtime_ns == st.st_mtime_ns:
                        continue
                except OSError:
                    pass
                if os.path.lexists(t):
                    os.unlink(t) if not os.path.isdir(t) or os.path.islink(t) else shutil.rmtree(t)
                if os.path.islink(s):
                    os.symlink(os.readlink(s), t)
                else:
                    shutil.copy2(s, t)
                copied += 1
        for d, dirs, files in os.walk(self.src, topdown=False):
            rel = os.path.relpath(d, self.src)
            if rel == "." or rel.split(os.sep)[0] == ".git":
                continue
            for n in files + dirs:
                r = os.path.normpath(os.path.join(rel, n))
                if r not in seen:
                    p = os.path.join(self.src, r)
                    os.unlink(p) if not os.path.isdir(p) or os.path.islink(p) else shutil.rmtree(p)
            if rel not in seen:
                shutil.rmtree(d, ignore_errors=True)
        for n in os.listdir(self.src):
            if n != ".git" and n not in seen:
                p = os.path.join(self.src, n)
                os.unlink(p) if not os.path.isdir(p) or os.path.islink(p) else shutil.rmtree(p)
        if copied or fresh:
            git(self.src, "add", "-A", "-f")
            rc, _ = git(self.src, "diff", "--cached", "--quiet", check=False)
            if rc != 0 or fresh:
                git(self.src, "commit", "-q", "--allow-empty", "-m", "base: %s" % self.user)

    def checkout(self, commit):
        git(self.src, "checkout", "-q", "-f", "--detach", commit)
        git(self.src, "clean", "-q", "-ffdx")

    def restore(self):
        """Undo whatever a run left in the workspace's tree (an am, a state)."""
        if not os.path.isdir(self.src):
            return
        ra = git(self.src, "rev-parse", "--path-format=absolute", "--git-path", "rebase-apply",
                 check=False)[1].strip()
        if ra and os.path.isdir(ra):
            git(self.src, "am", "--abort", check=False)
        if self.base:
            git(self.src, "checkout", "-q", "-f", "--detach", self.base, check=False)
            git(self.src, "clean", "-q", "-ffdx", check=False)

    def apply(self, p):
        """Apply one patch on the current state; return the new commit."""
        tmp = os.path.join(self.root, "patch")
        with open(tmp, "w") as f:
            f.write(p.text)
        if p.mail:
            rc, out = git(self.src, "am", "-q", "--keep-cr", tmp, check=False)
            if rc != 0:
                git(self.src, "am", "--abort", check=False)
        else:
            rc, out = git(self.src, "apply", "--index", tmp, check=False)
            if rc == 0:
                env = dict(GIT_ENV, GIT_AUTHOR_NAME="unknown", GIT_AUTHOR_EMAIL="unknown@invalid")
                rc, out = run(["git", "-C", self.src, "commit", "-q", "-m", p.subject], env=env)
        if rc != 0:
            raise Fail("%s does not apply to %s" % (p.label(), self.describe(self.head())),
                       [ln for ln in out.splitlines() if ln.strip()][-12:])
        return self.head()

    def head(self):
        return git(self.src, "rev-parse", "HEAD").strip()

    def describe(self, commit):
        s = git(self.src, "log", "-1", "--format=%h (\"%s\")", commit).strip()
        return s

    def changed(self, a, b):
        out = git(self.src, "diff", "--name-only", "--no-renames", a, b)
        return [f for f in out.splitlines() if f]

    def show(self, commit, path):
        rc, out = git(self.src, "show", "%s:%s" % (commit, path), check=False)
        return out.splitlines() if rc == 0 else []

    def exists(self, commit, path):
        return git(self.src, "cat-file", "-e", "%s:%s" % (commit, path), check=False)[0] == 0

    # --- the build directory
    def configure(self, make):
        cfg = os.path.join(self.user_build, ".config") if self.user_build else None
        mine = os.path.join(self.build, ".config")
        stamp = os.path.join(self.build, ".lockrules-review-config")
        if cfg and not os.path.isfile(cfg):
            raise Fail("%s is not a configured build directory (no .config)" % self.user_build)
        if not cfg:
            if os.path.isfile(stamp):
                return
            raise Fail("give --build: a configured build directory of %s (its .config is used)" % self.user)
        if os.path.isfile(stamp) and open(stamp, "rb").read() == open(cfg, "rb").read():
            return
        say("configuring %s from %s (once per .config)" % (self.build, cfg))
        os.makedirs(self.build, exist_ok=True)
        shutil.copy(cfg, mine)
        for target in ("olddefconfig", "prepare"):
            rc, out = run(make + [target])
            if rc != 0:
                raise Fail("make %s failed in %s" % (target, self.build), relevant(out))
        shutil.copy(cfg, stamp)


# ------------------------------------------------------------------ objects
def dep_index(builddirs):
    """{source-relative file: set of objects whose .<obj>.cmd lists it}."""
    idx = {}
    for bd in builddirs:
        if not bd or not os.path.isdir(bd):
            continue
        srcs = set()
        for link in ("source",):
            if os.path.islink(os.path.join(bd, link)):
                srcs.add(os.path.realpath(os.path.join(bd, link)) + "/")
        for d, dirs, files in os.walk(bd):
            rel = os.path.relpath(d, bd)
            if rel.split(os.sep)[0] in ("scripts", "tools", "source", "usr", ".tmp_versions"):
                dirs[:] = []
                continue
            for f in files:
                if not (f.startswith(".") and f.endswith(".o.cmd")):
                    continue
                obj = os.path.normpath(os.path.join(rel, f[1:-4]))
                try:
                    text = open(os.path.join(d, f), errors="replace").read()
                except OSError:
                    continue
                if "-D__KERNEL__" not in text[:4000]:
                    continue
                i = text.find("\ndeps_")
                for ln in text[i:].splitlines()[1:]:
                    p = ln.strip().rstrip("\\").strip()
                    if not p or p.startswith("$(") or ":" in p:
                        continue
                    if os.path.isabs(p):
                        for s in srcs:
                            if p.startswith(s):
                                p = p[len(s):]
                                break
                        else:
                            continue
                    idx.setdefault(os.path.normpath(p), set()).add(obj)
    return idx


def priority(obj, direct):
    if obj in direct:
        return (0, obj)
    if obj.startswith(("mm/", "fs/proc/task_mmu", "kernel/events/uprobes")) or "/mm/" in obj:
        return (1, obj)
    return (2, obj)


# ------------------------------------------------------------------ engines
# An engine is one function: engine(ctx, commit, units) -> {unit: [Diag]},
# registered with its unit kind ("object" for kbuild objects, "file" for
# source files) and a test of whether it can run.  ctx.kbuild() and
# ctx.cached() do the common work.
ENGINES = []


def engine(name, unit, available):
    def reg(fn):
        ENGINES.append({"name": name, "unit": unit, "available": available, "run": fn})
        return fn
    return reg


@engine("gcc-plugin", "object", lambda ctx: os.path.isfile(ctx.plugin) or
        "no plugin at %s (run make)" % ctx.plugin)
def gcc_plugin(ctx, commit, objs):
    kcflags = "-fplugin=%s -fplugin-arg-lockrules-kernel=%s -fdiagnostics-plain-output" % (
        ctx.plugin, ctx.kernel)
    return ctx.kbuild(commit, objs, ["KCFLAGS=" + kcflags], lrdiag.parse)


@engine("coccinelle", "file", lambda ctx: (shutil.which("spatch") and ctx.cocci_rules() and True)
        or "spatch is not installed")
def coccinelle(ctx, commit, files):
    rules = ctx.cocci_rules()
    jobs = [(f, r, sha("cocci", ctx.file_sha(commit, f), file_sha(r))) for f in files for r in rules]
    if not all(ctx.is_cached(k) for _, _, k in jobs):
        ctx.goto(commit)

    def one(job):
        f, r, key = job
        return ctx.cached(key, lambda: lrdiag.parse_cocci(run(
            ["spatch", "--very-quiet", "--no-includes", "--include-headers", "-D", "report",
             "--sp-file", r, f], cwd=ctx.ws.src)[1]))
    out = {f: [] for f in files}
    with concurrent.futures.ThreadPoolExecutor(ctx.jobs) as ex:
        for (f, _, _), ds in zip(jobs, ex.map(one, jobs)):
            out[f] += ds
    return out

# The sparse checker, once plugin/sparse exists, is one more function:
#   @engine("sparse", "object", lambda ctx: shutil.which("lockrules-sparse") or "...")
#   def sparse(ctx, commit, objs):
#       return ctx.kbuild(commit, objs, ["C=2", "CHECK=lockrules-sparse"], lrdiag.parse)


class Context:
    def __init__(self, a, ws):
        self.a, self.ws, self.jobs = a, ws, a.jobs
        self.arch = a.arch
        self.karch = "x86" if a.arch == "x86_64" else "arm64"
        self.cross = "aarch64-linux-gnu-" if a.arch == "arm64" else ""
        self.plugin = os.path.join(TOP, "plugin", "lockrules.so") if a.arch == "x86_64" else \
            os.path.join(TOP, "plugin", "aarch64-linux-gnu", "lockrules.so")
        self.make = ["make", "-C", ws.src, "O=" + ws.build, "ARCH=" + self.karch]
        if self.cross:
            self.make.append("CROSS_COMPILE=" + self.cross)
        self.kernel = a.kernel
        self.checked_out = None
        self.stamp = None
        self._fsha = {}
        self.commands = {}          # engine -> the command lines a reader can rerun

    def setup(self):
        if not self.kernel:
            mk = open(os.path.join(self.ws.src, "Makefile"), errors="replace").read()
            v = re.search(r"^VERSION = (\d+)", mk, re.M)
            p = re.search(r"^PATCHLEVEL = (\d+)", mk, re.M)
            self.kernel = "%s.%s" % (v.group(1), p.group(1)) if v and p else "6.12"
        self.ws.configure(self.make)
        self.compiler = run([self.cross + "gcc", "--version"])[1].splitlines()[0]
        self.stamp = sha(file_sha(self.plugin) if os.path.isfile(self.plugin) else "",
                         file_sha(os.path.join(self.ws.build, ".config")), self.kernel, self.arch)

    def cocci_rules(self):
        d = os.path.join(TOP, "cocci")
        return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".cocci")) \
            if os.path.isdir(d) else []

    def file_sha(self, commit, path):
        k = (commit, path)
        if k not in self._fsha:
            self._fsha[k] = git(self.ws.src, "rev-parse", "%s:%s" % (commit, path)).strip()
        return self._fsha[k]

    def is_cached(self, key):
        return not self.a.no_cache and os.path.isfile(os.path.join(self.ws.cache, key[:2], key + ".json"))

    def cached(self, key, compute):
        path = os.path.join(self.ws.cache, key[:2], key + ".json")
        try:
            if self.a.no_cache:
                raise OSError()
            with open(path) as f:
                return [from_json(d) for d in json.load(f)]
        except (OSError, ValueError):
            pass
        ds = compute()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path + ".tmp", "w") as f:
            json.dump([to_json(d) for d in ds], f)
        os.rename(path + ".tmp", path)
        return ds

    def goto(self, commit):
        if self.checked_out != commit:
            self.ws.checkout(commit)
            self.checked_out = commit

    def kbuild(self, commit, objs, args, parse):
        """Build objs at commit with args; {obj: diags}, cached per tree."""
        tree = git(self.ws.src, "rev-parse", commit + "^{tree}").strip()
        out, todo = {}, []
        for o in objs:
            p = os.path.join(self.ws.cache, "k", sha(tree, o, self.stamp, args) + ".json")
            if os.path.isfile(p) and not self.a.no_cache:
                with open(p) as f:
                    v = json.load(f)
                out[o] = None if v is None else [from_json(d) for d in v]
            else:
                todo.append((o, p))
        if not todo:
            return out
        self.goto(commit)
        for o, _ in todo:
            try:
                os.unlink(os.path.join(self.ws.build, o))
            except OSError:
                pass
        cmd = self.make + ["-k", "-j%d" % self.jobs, "-Oline"] + args + [o for o, _ in todo]
        self.commands.setdefault(" ".join(args), cmd)
        rc, log = run(cmd)
        blocks, cur = {}, None
        for ln in log.splitlines():
            m = re.match(r"^  ([A-Z][A-Z0-9_]*)(?: \[M\])?\s+(\S+)$", ln)
            if m:
                cur = m.group(2) if m.group(1) == "CC" else None
                if cur:
                    blocks[cur] = []
                continue
            if cur is not None:
                blocks[cur].append(ln)
        for o, p in todo:
            missing = re.search(r"No rule to make target '%s'" % re.escape(o), log)
            if o not in blocks and missing:
                out[o] = None               # not built in this configuration
            elif o not in blocks or not os.path.isfile(os.path.join(self.ws.build, o)):
                raise Fail("%s does not build at %s" % (o, self.ws.describe(commit)),
                           relevant("\n".join(blocks.get(o, [])) or log))
            else:
                out[o] = parse("\n".join(blocks[o]), self.ws.src, cwd=self.ws.build)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p + ".tmp", "w") as f:
                json.dump(None if out[o] is None else [to_json(d) for d in out[o]], f)
            os.rename(p + ".tmp", p)
        return out


def to_json(d):
    return {"rule": d.rule, "file": d.file, "line": d.line, "col": d.col, "msg": d.msg,
            "severity": d.severity, "notes": [list(n) for n in d.notes]}


def from_json(j):
    d = lrdiag.Diag(j["rule"], j["file"], j["line"], j["col"], j["msg"], j["severity"])
    d.notes = [tuple(n) for n in j["notes"]]
    return d


# ------------------------------------------------------------------ a change
class Finding:
    def __init__(self, engine, d, code):
        self.engine, self.d, self.code = engine, d, code
        self.engines = [engine]
        self.key = (engine, d.rule, d.file, re.sub(r"\d+", "N", d.msg), code)
        self.loose = self.key[:2] + self.key[3:]    # the same, in another file

    def where(self):
        return (self.d.rule, self.d.file, self.d.line)


def new_in(before, after):
    """The findings of after that are not in before (moved ones are not new)."""
    left = list(after)
    rest = []
    for d in before:
        same = [x for x in left if x.key == d.key]
        if same:
            left.remove(min(same, key=lambda x: abs(x.d.line - d.d.line)))
        else:
            rest.append(d)
    for d in rest:                  # code moved to another file
        same = [x for x in left if x.loose == d.loose]
        if same:
            left.remove(same[0])
    return left


class Step:
    """What one patch (or the whole series) changes: from commit a to b."""

    def __init__(self, label, a, b, files, patch=None):
        self.label, self.a, self.b, self.files, self.patch = label, a, b, files, patch
        self.units = {}             # engine name -> units to check
        self.skipped = []           # (what, why)
        self.new, self.fixed, self.before, self.after = [], [], [], []


class Review:
    def __init__(self, a, ws, ctx):
        self.a, self.ws, self.ctx = a, ws, ctx
        self._idx = None
        self.notes = []             # engines that could not run, caps
        self.engines = []
        for e in ENGINES:
            if a.engines and e["name"] not in a.engines:
                continue
            ok = e["available"](ctx)
            if ok is True:
                self.engines.append(e)
            else:
                self.notes.append("%s: not run (%s)" % (e["name"], ok))

    def deps(self):
        if self._idx is None:
            self._idx = dep_index([self.ws.build, self.ws.user_build])
        return self._idx

    def plan(self, step):
        direct = [f[:-2] + ".o" for f in step.files if f.endswith(".c")]
        objs = list(direct)
        others = [f for f in step.files if not f.endswith(".c")]
        for f in others:
            users = sorted(self.deps().get(f, ()))
            if f.endswith(".h") and not users:
                step.skipped.append((f, "no object of the configuration includes it (per the "
                                        "kbuild dependency files of %s)" % (
                                            self.ws.user_build or self.ws.build)))
            objs += [o for o in users if o not in objs]
        objs.sort(key=lambda o: priority(o, direct))
        cap = self.a.max_objects
        if len(objs) > cap:
            over = objs[cap:]
            objs = objs[:cap]
            step.skipped.append(("%d objects" % len(over),
                                 "beyond --max-objects=%d: %s" % (cap, " ".join(over))))
            self.notes.append("%s: a header fans out to %d objects; checked %d, skipped %d "
                              "(--max-objects)" % (step.label, len(objs) + len(over), cap, len(over)))
        files = [f for f in step.files if f.endswith((".c", ".h"))]
        for e in self.engines:
            step.units[e["name"]] = objs if e["unit"] == "object" else files

    def findings(self, commit, step):
        res = []
        for e in self.engines:
            units = step.units[e["name"]]
            if e["unit"] == "object":
                units = [o for o in units if self.source_of(commit, o)]
            else:
                units = [f for f in units if self.ws.exists(commit, f)]
            if not units:
                continue
            for unit, ds in e["run"](self.ctx, commit, units).items():
                if ds is None:
                    if (unit, "not built in this configuration") not in step.skipped:
                        step.skipped.append((unit, "not built in this configuration"))
                    continue
                for d in ds:
                    res.append(Finding(e["name"], d, self.code(commit, d.file, d.line)))
        seen, uniq = set(), []
        for f in res:               # a header's warning comes once per object
            k = (f.engine, f.d.rule, f.d.file, f.d.line, f.d.col, f.d.msg)
            if k not in seen:
                seen.add(k)
                uniq.append(f)
        return uniq

    def source_of(self, commit, obj):
        base = obj[:-2]
        return any(self.ws.exists(commit, base + ext) for ext in (".c",))

    _lines = {}

    def code(self, commit, path, line):
        k = (commit, path)
        if k not in self._lines:
            self._lines[k] = self.ws.show(commit, path)
        ls = self._lines[k]
        return ls[line - 1].strip() if 0 < line <= len(ls) else ""

    def check(self, step):
        step.before = self.findings(step.a, step)
        step.after = self.findings(step.b, step)
        step.new = merge(new_in(step.before, step.after))
        step.fixed = merge(new_in(step.after, step.before))


def merge(fs):
    """One finding per rule and place, whichever engines found it."""
    out = {}
    for f in fs:
        k = f.where()
        if k in out:
            if f.engine not in out[k].engines:
                out[k].engines.append(f.engine)
        else:
            out[k] = f
    return sorted(out.values(), key=lambda f: (f.d.file, f.d.line, f.d.rule))


# ------------------------------------------------------------------ reports
def say(msg):
    sys.stderr.write("lockrules review: %s\n" % msg)


def context_lines(ws, commit, f, n=6):
    """The robot's 'vim +LINE file' block, with git blame when it helps."""
    lines = ws.show(commit, f.d.file)
    lo, hi = max(1, f.d.line - n), min(len(lines), f.d.line + 2)
    if hi < lo:
        return []
    rc, bl = git(ws.src, "blame", "-s", "-L", "%d,%d" % (lo, hi), "%s..%s" % (ws.base, commit),
                 "--", f.d.file, check=False)
    out = ["vim +%d %s" % (f.d.line, f.d.file), ""]
    blame = bl.splitlines() if rc == 0 else []
    for i, ln in enumerate(range(lo, hi + 1)):
        who = ""
        if len(blame) == hi - lo + 1:
            c = blame[i].split()[0]
            who = "%-9s " % ("" if c.startswith("^") else c[:8])
        out.append("%s %s%5d  %s" % (">" if ln == f.d.line else " ", who, ln,
                                     lines[ln - 1].expandtabs(8)))
    return out


def diag_lines(f, prefix):
    d = f.d
    sev = "warning"
    first = "%s%s:%d:%d: %s: %s [-Wlockrules=%s]" % (prefix, d.file, d.line, d.col, sev,
                                                      d.msg.split(" [-Wlockrules")[0], d.rule)
    if f.engine != "gcc-plugin" or len(f.engines) > 1:
        first += " (%s)" % ", ".join(f.engines)
    out = [first]
    for nf, nl, nm in d.notes:
        out.append("   %s:%d: note: %s" % (nf, nl, nm))
    return out


def text_report(r, steps, series, status, elapsed):
    a, ws, ctx = r.a, r.ws, r.ctx
    out = []
    intro = [s for s in steps if s.new]
    total = sum(len(s.new) for s in steps)
    if len(steps) > 1:
        whole = "; the series as a whole: %s" % (
            "%d new" % len(series.new) if series.new else "no new violation")
    else:
        whole = ""
    if status == 0:
        out.append("lockrules review: no new mm lock-rule violation in %s%s" % (
            "%d patches" % len(steps) if len(steps) > 1 else steps[0].label, whole))
    else:
        out.append("lockrules review: %d new mm lock-rule violation%s in %s%s" % (
            total, "" if total == 1 else "s",
            ", ".join(s.label for s in intro) if len(steps) > 1 else steps[0].label, whole))
    out.append("")
    for s in intro:
        out += robot_mail(r, s, steps, series)
    if status == 0 or len(steps) > 1:
        out += checked_summary(r, steps, series)
    out.append("checked in %.0f s" % elapsed)
    return "\n".join(out)


def checked_summary(r, steps, series):
    out = ["checked (kernel %s, %s, base %s):" % (r.ctx.kernel, r.a.arch, r.ws.describe(r.ws.base))]
    for s in steps + ([series] if len(steps) > 1 else []):
        units = "; ".join("%s: %s" % (e["name"], " ".join(s.units.get(e["name"], [])) or "-")
                          for e in r.engines)
        verdict = "%d new" % len(s.new) if s.new else "no new violation"
        if s.fixed:
            verdict += ", %d fixed" % len(s.fixed)
        out.append("  %s: %s [%s]" % (s.label, verdict, units))
        for what, why in s.skipped:
            out.append("    skipped %s: %s" % (what, why))
    for n in r.notes:
        out.append("  note: %s" % n)
    out.append("")
    return out


def reproduce(r, s, steps):
    ws, ctx = r.ws, r.ctx
    me = os.path.join(HERE, "review.py")
    cmd = ["python3", me, "--src", ws.user]
    if ws.user_build:
        cmd += ["--build", ws.user_build]
    cmd += ["--arch", r.a.arch]
    if r.a.range:
        cmd += ["--range", r.a.range]
    else:
        cmd += [os.path.abspath(p) if p != "-" else "<the patch>" for p in r.a.patches]
    tree = "/tmp/lockrules-repro"
    lines = ["reproduce:"]
    if ws.is_git:
        lines.append("        git -C %s worktree add --detach %s %s" % (ws.user, tree, s.b[:12]))
    else:
        lines.append("        cp -a %s %s   # then apply %s" % (ws.user, tree,
                     "patches 1-%d" % s.patch.index if s.patch and s.patch.index > 1 else "the patch"))
    lines.append("        mkdir -p /tmp/lockrules-repro-build && cp %s/.config /tmp/lockrules-repro-build/"
                 % (ws.user_build or ws.build))
    objs = " ".join(s.units.get("gcc-plugin", []))
    if objs:
        lines.append("        make -C %s O=/tmp/lockrules-repro-build ARCH=%s%s olddefconfig" % (
            tree, ctx.karch, " CROSS_COMPILE=" + ctx.cross if ctx.cross else ""))
        lines.append("        make -C %s O=/tmp/lockrules-repro-build ARCH=%s%s KCFLAGS='-fplugin=%s "
                     "-fplugin-arg-lockrules-kernel=%s' %s" % (
                         tree, ctx.karch, " CROSS_COMPILE=" + ctx.cross if ctx.cross else "",
                         ctx.plugin, ctx.kernel, objs))
    if any(f.engine == "coccinelle" or "coccinelle" in f.engines for f in s.new):
        for rule in sorted({f.d.rule for f in s.new if "coccinelle" in f.engines}):
            files = " ".join(sorted({f.d.file for f in s.new if f.d.rule == rule}))
            lines.append("        cd %s && spatch --very-quiet --no-includes --include-headers -D report "
                         "--sp-file %s/cocci/%s.cocci %s" % (tree, TOP, rule, files))
    lines.append("        # or the whole review: %s" % " ".join(shlex.quote(c) for c in cmd))
    return lines


def report_id(r, s):
    return "%s-lockrules-%s" % (time.strftime("%Y%m%d%H%M", time.gmtime()),
                                sha(s.b, *[f.key for f in s.new])[:10])


def robot_mail(r, s, steps, series):
    ws, ctx = r.ws, r.ctx
    author = s.patch.author if s.patch else ""
    name = re.sub(r"\s*<.*>", "", author).strip().strip('"') or "there"
    out = ["Hi %s," % name, "",
           "lockrules noticed the following mm lock-rule warnings:", "",
           "[lockrules pre-submit review WARNING on %s]" % ws.describe(ws.base), ""]
    out.append("base:          %s" % ws.base)
    out.append("patch subject: %s" % s.label)
    cfg = os.path.join(ws.user_build or ws.build, ".config")
    out.append("config:        %s (%s)" % (r.a.arch, cfg))
    tools = [ctx.compiler + " with lockrules (rules for %s)" % ctx.kernel]
    if any(e["name"] == "coccinelle" for e in r.engines):
        tools.append(run(["spatch", "--version"])[1].splitlines()[0])
    out.append("compiler:      %s" % "; ".join(tools))
    out += reproduce(r, s, steps)
    out.append("")
    out.append("If you fix the issue in a separate patch/commit (i.e. not just a new version of")
    out.append("the same patch/commit), kindly add following tags")
    out.append("| Reported-by: %s" % r.a.reported_by)
    out.append("| Closes: %s%s/" % (r.a.closes, report_id(r, s)))
    out.append("")
    out.append("lockrules warnings: (new ones prefixed by >>)")
    files = {f.d.file for f in s.new}
    newplaces = {f.where() for f in s.new}
    old = [f for f in merge([f for f in s.after if f.d.file in files]) if f.where() not in newplaces]
    for f in sorted(old + s.new, key=lambda f: (f.d.file, f.d.line, f.d.rule)):
        if f.where() not in newplaces:      # pre-existing: shown without >>
            out += diag_lines(f, "   ")
            continue
        out += diag_lines(f, ">> ")
        later = fixed_later(f, s, steps)
        if later:
            out.append("   (fixed later in the series by %s)" % later.label)
    for f in s.new:
        out.append("")
        out += context_lines(ws, s.b, f)
    out += ["", "--", "lockrules pre-submit review (%s)" % os.path.join(HERE, "review.py"), ""]
    return out


def fixed_later(f, s, steps):
    if s.patch is None:
        return None
    for t in steps[s.patch.index:]:
        if any(x.key[1:] == f.key[1:] or x.loose[1:] == f.loose[1:] for x in t.fixed):
            return t
    return None


def json_report(r, steps, series, status, elapsed):
    out = []
    for s in steps:
        for f in s.new:
            later = fixed_later(f, s, steps)
            out.append({
                "rule": f.d.rule, "file": f.d.file, "line": f.d.line, "column": f.d.col,
                "message": f.d.msg.split(" [-Wlockrules")[0],
                "notes": [{"file": nf, "line": nl, "message": nm} for nf, nl, nm in f.d.notes],
                "engine": f.engine, "engines": f.engines,
                "patch": s.label, "patch_index": s.patch.index if s.patch else 0,
                "commit": s.b, "code": f.code,
                "fixed_later_by": later.label if later else None,
                "in_series_result": any(x.where() == f.where() or x.loose == f.loose for x in series.new),
            })
    return json.dumps({
        "tool": "lockrules review", "version": 1, "exit_status": status,
        "summary": "%d new" % len(out) if out else "no new violation",
        "kernel": r.ctx.kernel, "arch": r.a.arch, "base": r.ws.base,
        "patches": [{"index": s.patch.index if s.patch else 0, "subject": s.label, "commit": s.b,
                     "files": s.files, "checked": s.units,
                     "skipped": [{"what": w, "why": y} for w, y in s.skipped],
                     "new": len(s.new), "fixed": len(s.fixed)} for s in steps],
        "series": {"new": len(series.new), "fixed": len(series.fixed)} if len(steps) > 1 else None,
        "notes": r.notes, "seconds": round(elapsed, 1), "findings": out,
    }, indent=1)


# ------------------------------------------------------------------ the hook
HOOK = """#!/bin/sh
# lockrules: review every patch 'git send-email' is about to send; a non-zero
# exit stops the send ('git send-email --no-validate' skips this check).
# Installed by: %(me)s --install-hook
exec python3 %(me)s --src %(src)s --build %(build)s --arch %(arch)s%(work)s --hook "$1"
"""


def install_hook(a):
    src = os.path.realpath(a.src)
    rc, p = git(src, "rev-parse", "--path-format=absolute", "--git-path", "hooks/sendemail-validate",
                check=False)
    if rc != 0:
        raise Fail("%s is not a git tree: the sendemail-validate hook needs one" % a.src)
    if not a.build or not os.path.isfile(os.path.join(a.build, ".config")):
        raise Fail("give --build: a configured build directory of %s" % src)
    path = p.strip()
    if os.path.exists(path) and "lockrules" not in open(path, errors="replace").read() and not a.force:
        raise Fail("%s exists and is not lockrules' hook; --force replaces it" % path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(HOOK % {"me": shlex.quote(os.path.join(HERE, "review.py")), "src": shlex.quote(src),
                        "build": shlex.quote(os.path.realpath(a.build)), "arch": a.arch,
                        "work": " --work " + shlex.quote(os.path.abspath(a.work)) if a.work else ""})
    os.chmod(path, 0o755)
    rc, v = git(src, "config", "--get", "sendemail.validate", check=False)
    print("lockrules review: installed %s" % path)
    if v.strip() == "false":
        print("lockrules review: warning: sendemail.validate is false in %s: the hook will not run" % src)
    return 0


# ------------------------------------------------------------------ main
def read_inputs(a):
    patches = []
    for name in a.patches:
        if name == "-":
            text = sys.stdin.read()
        else:
            try:
                text = open(name, errors="replace").read()
            except OSError as e:
                raise Fail("cannot read %s: %s" % (name, e.strerror))
        patches += split_mbox(text, name)
    return patches


def main(argv=None):
    global VERBOSE
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.split("\n")[2:]))
    ap.add_argument("patches", nargs="*", help="patch files or mboxes, in order ('-': stdin)")
    ap.add_argument("--src", default=".", help="the kernel tree (default: .)")
    ap.add_argument("--build", help="a configured out-of-tree build directory of it (read only)")
    ap.add_argument("--range", help="BASE..HEAD: the commits of a git tree")
    ap.add_argument("--base", help="the commit the patches apply to (default: the mbox's "
                                   "base-commit, the parent of the first patch's commit, HEAD)")
    ap.add_argument("--hook", metavar="PATCH", help="sendemail-validate mode: one patch file")
    ap.add_argument("--install-hook", action="store_true",
                    help="install the git sendemail-validate hook in --src")
    ap.add_argument("--force", action="store_true", help="with --install-hook: replace a hook")
    ap.add_argument("--arch", default="x86_64", choices=["x86_64", "arm64"])
    ap.add_argument("--kernel", default="", help="kernel version of the rules (default: the tree's)")
    ap.add_argument("--engines", help="comma-separated: %s (default: all that can run)" %
                    ",".join(e["name"] for e in ENGINES))
    ap.add_argument("--max-objects", type=int, default=40,
                    help="check at most this many objects per patch (a header's fan-out)")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--work", help="the workspace (worktree or copy, build directory, cache)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--reported-by", default="lockrules <lockrules@localhost>",
                    help="the Reported-by: of the report")
    ap.add_argument("--closes", default="https://lore.kernel.org/r/",
                    help="prefix of the report's Closes: link")
    ap.add_argument("--no-cache", action="store_true",
                    help="recompute every state's findings (they are cached per tree and object)")
    ap.add_argument("--keep", action="store_true", help="leave the workspace at the last state")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    VERBOSE = a.verbose
    if a.engines:
        a.engines = a.engines.split(",")
        bad = [e for e in a.engines if e not in [x["name"] for x in ENGINES]]
        if bad:
            ap.error("unknown engine %s" % ", ".join(bad))
    if a.hook:
        a.patches = [a.hook]
    try:
        if a.install_hook:
            return install_hook(a)
        if bool(a.patches) == bool(a.range):
            raise Fail("give patch files (or '-'), or --range BASE..HEAD")
        return review(a)
    except Fail as e:
        if a.format == "json":
            print(json.dumps({"tool": "lockrules review", "version": 1, "exit_status": 2,
                              "error": e.msg, "log": e.log, "findings": []}, indent=1))
        say("error: %s" % e.msg)
        for ln in e.log:
            sys.stderr.write("    %s\n" % ln)
        return 2
    except KeyboardInterrupt:
        for p in list(CHILDREN):
            stop(p)
        say("interrupted; your tree was not touched")
        return 130


def review(a):
    t0 = time.time()
    patches = read_inputs(a) if a.patches else []
    patches = [p for p in patches if p.has_diff]
    if a.patches and not patches:
        print("lockrules review: no change to check (no diff in %s)" % " ".join(a.patches))
        return 0
    ws = Workspace(a)
    if a.range and not ws.is_git:
        raise Fail("--range needs a git tree; %s is not one" % a.src)
    ws.lock()
    try:
        return _review(a, ws, patches, t0)
    finally:
        if not a.keep:
            ws.restore()


def _review(a, ws, patches, t0):
    ctx = Context(a, ws)
    steps = []
    if a.range:
        if ".." not in a.range:
            raise Fail("--range wants BASE..HEAD")
        b, h = a.range.split("..", 1)
        base = ws.resolve(b or "HEAD")
        head = ws.resolve(h or "HEAD")
        commits = git(ws.user, "rev-list", "--reverse", "--topo-order", "%s..%s" % (base, head)).split()
        if git(ws.user, "rev-list", "--merges", "%s..%s" % (base, head)).strip():
            raise Fail("%s contains merges: give a linear range" % a.range)
        if not commits:
            print("lockrules review: %s: no commit to check" % a.range)
            return 0
        ws.setup(base)
        prev = base
        for i, c in enumerate(commits):
            subj = git(ws.src, "log", "-1", "--format=%s", c).strip()
            p = Patch("Subject: %s\nFrom: %s\n" % (subj, git(ws.src, "log", "-1", "--format=%an <%ae>", c).strip()), c)
            p.index, p.total, p.commit = i + 1, len(commits), c
            steps.append(Step(p.label() if len(commits) > 1 else "%s (%s)" % (subj, c[:12]),
                              prev, c, ws.changed(prev, c), p))
            prev = c
    else:
        base = a.base
        if not base and ws.is_git:
            first = patches[0]
            if first.base_commit and git(ws.user, "cat-file", "-e", first.base_commit + "^{commit}",
                                         check=False)[0] == 0:
                base = first.base_commit
            elif first.from_sha and git(ws.user, "cat-file", "-e", first.from_sha + "^",
                                        check=False)[0] == 0:
                base = first.from_sha + "^"
        ws.setup(base)
        prev = ws.base
        for i, p in enumerate(patches):
            p.index, p.total = i + 1, len(patches)
        for p in patches:
            c = ws.apply(p)
            steps.append(Step(p.label(), prev, c, ws.changed(prev, c), p))
            prev = c
    ctx.setup()
    r = Review(a, ws, ctx)
    if not r.engines:
        raise Fail("no engine can run: %s" % "; ".join(r.notes))
    series = Step("the series (%d patches)" % len(steps), ws.base, steps[-1].b,
                  sorted({f for s in steps for f in s.files}))
    for s in steps:
        r.plan(s)
    for s in steps:
        r.check(s)
    if len(steps) > 1:
        r.plan(series)
        r.check(series)
    else:
        series = steps[0]
    status = 1 if any(s.new for s in steps) or series.new else 0
    elapsed = time.time() - t0
    if a.format == "json":
        print(json_report(r, steps, series, status, elapsed))
    else:
        print(text_report(r, steps, series, status, elapsed))
    return status


def on_term(signum, frame):
    raise KeyboardInterrupt()


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, on_term)
    # also when started in the background by a shell, which ignores SIGINT there
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.exit(main())
