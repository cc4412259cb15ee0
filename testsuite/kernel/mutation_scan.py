#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""mutation_scan: recall on mechanical mutants of every lock site of a kernel tree.

What: walks the checked files of a configured kernel tree (the kernel-check
targets the config compiles) and makes one mutant per lock site and
operator, driven by the rule pack (read through plugin/tools/packdump, never
parsed here):

  1 delete   an acquisition and its matching release(s): the lock is never
             taken (a statement becomes ';', a lock that returns its ptl
             becomes the pack's lock-free twin, pmd_lock -> pmd_lockptr, a
             conditional one its success value);
  2 move     a guarded operation (a call a rule guards, or a call to a
             function that reaches one) from inside a critical section to
             just after the release, in the same block;
  3 weaken   a write acquisition to read (the pack's ..write.. -> ..read..
             twin of the same class), with its releases;
  4 swap     two nested acquisitions of different classes in one block;
  5 block    a trylock taken while another lock is held -> the blocking
             lock, as '(lock(x), 1)' so the failure path still compiles;
  6 irq      an irq-safe NR_MLOCK update -> its '__' variant, outside the
             lruvec lock.

Each mutant is judged by what the pack says, before anything is compiled:
"counted" when it breaks a rule (1-3: the critical section holds an
operation of a rule that needs the lock, or a call that reaches one, and no
other alternative of the rule is taken in the function; 4-5: the pack orders
the pair the other way; 6: mlock-count-irq guards it), "outside the pack"
when it is a real change of locking the pack has no rule for (a deleted or
weakened lock around nothing guarded, an unordered pair, a sleeping lock
taken under a spinlock without an order rule), "harmless" when the pack
says the result is still right (another alternative held, a correctly
ordered blocking lock).  Counted mutants are compiled as one object with
the plugin, with the object's own kbuild command line (.<obj>.cmd), and are
"reported" when a warning the clean file does not have appears in the
mutated function, in its in-file callers, or in the in-file callees it
reaches (where the operation is, reported with the chain of calls);
"elsewhere" when only outside them; otherwise "silent", with a one-line
reason.  Mutants keep every line
number of the clean file except the moved statement's, so warnings compare
by (rule, line, message).

Lexical knowledge the pack cannot hold (it lists what the compiler sees,
these are macros that exist only in the source) is in SOURCE_MACROS below.

Output: per-operator and per-rule tables with 'recall R/N', the silent
list, and a TSV (one row per mutant) in --out.  Debugging: --list prints
the mutants without compiling; --keep leaves each mutant's source and log
in --out/m/<id>/.

  mutation_scan.py --src TREE --build BUILD --pack PACK.json --plugin SO
                   --version 6.12 --out DIR [-j N] [--sample N --seed S]
"""
import argparse
import bisect
import collections
import concurrent.futures
import json
import os
import random
import re
import shlex
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "plugin", "tools"))
import lrdiag  # noqa: E402

# Source-level macros: in the source they look like calls, the compiler sees
# their expansion (which the pack lists).  name: (effect kind, class from
# argument N, mode, lock-free replacement or None)
SOURCE_MACROS = {
    "pte_unmap_unlock": ("release", 1, None, "pte_unmap({0})"),
    "spin_lock_nested": ("acquire", 0, "W", None),
    "spin_lock_irqsave": ("acquire", 0, "W", None),
    "spin_unlock_irqrestore": ("release", 0, None, None),
    "lockdep_assert_held": ("assert", 0, "R", None),
    "lockdep_assert_held_write": ("assert", 0, "W", None),
    "lockdep_assert_held_read": ("assert", 0, "R", None),
    "assert_spin_locked": ("assert", 0, "W", None),
}
KEYWORDS = {"if", "for", "while", "switch", "return", "sizeof", "do", "else", "case",
            "typeof", "__typeof__", "defined", "__attribute__", "asm", "__asm__"}
ATTR_MACROS = {"__acquires", "__releases", "__must_hold", "__attribute__", "__cond_acquires",
               "__no_kcsan", "__maybe_unused"}
IDENT = re.compile(r"[A-Za-z_]\w*")
OPS = {1: "delete", 2: "move", 3: "weaken", 4: "swap", 5: "block", 6: "irq"}


# ------------------------------------------------------------------ the pack
class Pack:
    def __init__(self, data):
        self.classes = {c["name"]: c for c in data["classes"]}
        self.apis = {a["name"]: a for a in data["apis"]}
        self.rules = data["rules"]
        self.orders = data["orders"]
        self.guards = collections.defaultdict(list)    # callee -> [(rule, argpat)]
        for r in self.rules:
            for c in r["calls"]:
                self.guards[c["name"]].append((r, c["args"]))
        # field name -> class, for &x->field arguments
        self.fields = {}
        for line in data.get("fields", []):
            self.fields[line["field"]] = line["class"]

    def satisfies(self, held, want):
        return held == want or want in self.classes[held]["satisfies"]

    def ordered(self, outer, inner):
        """Does the pack say outer is taken before inner?"""
        for i, chain in enumerate(self.orders):
            names = [a["class"] for a in chain]
            if outer in names and inner in names and names.index(outer) < names.index(inner):
                return True
        return False

    def effects(self, name):
        """The lock effects of a call name: pack API, else source macro."""
        if name in self.apis:
            # an effect conditional on a constant argument ('if fgp_flags &
            # 0x2'): the scan does not evaluate the source's constants, so
            # such a call is no lock site of its own
            return [e for e in self.apis[name]["effects"]
                    if e.get("arg", {}).get("test", "any") == "any"]
        if name in SOURCE_MACROS:
            kind, arg, mode, _ = SOURCE_MACROS[name]
            return [dict(kind=kind, **{"class": None}, mode=mode,
                         path=dict(kind="byarg", param=arg, field=None),
                         when="always", arg={"test": "any", "param": 0, "mask": 0}, ifheld=False)]
        return []


# ------------------------------------------------------------------ C text
def mask(text):
    """Comments, strings, char literals and preprocessor lines blanked (same length)."""
    out = list(text)
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c in " \t":
            i += 1
            continue
        if line_start and c == "#":
            j = i
            while j < n:
                if text[j] == "\n" and text[j - 1] != "\\":
                    break
                j += 1
            for k in range(i, j):
                if out[k] != "\n":
                    out[k] = " "
            i = j
            continue
        line_start = False
        if c == "\n":
            line_start = True
            i += 1
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            for k in range(i, j):
                if out[k] != "\n":
                    out[k] = " "
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            for k in range(i, j):
                out[k] = " "
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            for k in range(i + 1, min(j, n)):
                if out[k] != "\n":
                    out[k] = " "
            i = j + 1
        else:
            i += 1
    return "".join(out)


def match_close(m, i, o, c):
    """Index of the bracket closing the one at m[i]."""
    depth = 0
    for j in range(i, len(m)):
        if m[j] == o:
            depth += 1
        elif m[j] == c:
            depth -= 1
            if depth == 0:
                return j
    return -1


def match_open(m, i, o, c):
    depth = 0
    for j in range(i, -1, -1):
        if m[j] == c:
            depth += 1
        elif m[j] == o:
            depth -= 1
            if depth == 0:
                return j
    return -1


def prev_sig(m, i):
    i -= 1
    while i >= 0 and m[i].isspace():
        i -= 1
    return i


def ident_before(m, i):
    """The identifier ending just before index i (skipping spaces)."""
    j = prev_sig(m, i)
    e = j + 1
    while j >= 0 and (m[j].isalnum() or m[j] == "_"):
        j -= 1
    return m[j + 1:e], j + 1


def split_args(s):
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


class Func:
    def __init__(self, name, static, start, body, end):
        self.name, self.static = name, static
        self.start, self.body, self.end = start, body, end   # body: index of '{'
        self.calls = []       # Call
        self.blocks = []      # (open, close) brace spans inside the body


class Call:
    __slots__ = ("name", "start", "open", "close", "args", "stmt", "kind", "cls", "mode",
                 "inst", "eff", "block", "func", "rels")

    def __init__(self, name, start, open_, close, args):
        self.name, self.start, self.open, self.close, self.args = name, start, open_, close, args
        self.stmt = None      # (start, end) when the call is a whole expression statement
        self.kind = None      # acquire / release / assert / lockptr / guard / call
        self.cls = self.mode = self.inst = self.eff = None
        self.block = None
        self.func = None
        self.rels = []        # release calls: every (class, instance, every-instance)


class File:
    def __init__(self, rel, text, pack):
        self.rel, self.text, self.pack = rel, text, pack
        self.m = mask(text)
        self.nl = [i for i, ch in enumerate(text) if ch == "\n"]
        self.funcs = []
        self.find_funcs()
        for f in self.funcs:
            self.find_calls(f)

    def line(self, i):
        return bisect.bisect_left(self.nl, i) + 1

    def find_funcs(self):
        m, depth, i = self.m, 0, 0
        while i < len(m):
            ch = m[i]
            if ch == "{" and depth == 0:
                close = match_close(m, i, "{", "}")
                if close < 0:
                    return
                f = self.func_head(i)
                if f:
                    name, start, static = f
                    self.funcs.append(Func(name, static, start, i, close))
                i = close + 1
                continue
            i += 1

    def func_head(self, brace):
        m = self.m
        j = prev_sig(m, brace)
        while j >= 0 and m[j] == ")":
            o = match_open(m, j, "(", ")")
            if o < 0:
                return None
            name, s = ident_before(m, o)
            if name in ATTR_MACROS or name.startswith("__"):
                if name in ATTR_MACROS:
                    j = prev_sig(m, s)
                    continue
            if not name or name in KEYWORDS:
                return None
            if name.startswith("SYSCALL_DEFINE") or name.startswith("COMPAT_SYSCALL_DEFINE"):
                inner = split_args(m[o + 1:j])
                name = "sys_" + (inner[0] if inner else "?")
            # the declaration starts after the previous ';', '}' or '#...' line
            k = s
            while k > 0 and m[k - 1] not in ";}":
                k -= 1
            head = m[k:s]
            return name, s, bool(re.search(r"\bstatic\b", head))
        return None

    def find_calls(self, f):
        m = self.m
        # brace blocks of the body
        stack = []
        for i in range(f.body, f.end + 1):
            if m[i] == "{":
                stack.append(i)
            elif m[i] == "}" and stack:
                f.blocks.append((stack.pop(), i))
        for mt in IDENT.finditer(m, f.body, f.end):
            name = mt.group(0)
            j = mt.end()
            while j < f.end and m[j] in " \t\n":
                j += 1
            if j >= f.end or m[j] != "(" or name in KEYWORDS:
                continue
            if mt.start() > 0 and (m[mt.start() - 1] == "." or m[mt.start() - 2:mt.start()] == "->"):
                continue
            close = match_close(m, j, "(", ")")
            if close < 0:
                continue
            c = Call(name, mt.start(), j, close, split_args(self.text[j + 1:close]))
            c.func = f
            c.block = self.block_of(f, c.start)
            p = prev_sig(m, c.start)
            q = close + 1
            while q < len(m) and m[q] in " \t\n":
                q += 1
            stmt_start = m[p] in ";{}" or (m[p] == ":" and m[p - 1] != ":" and self.is_label(p))
            if q < len(m) and m[q] == ";":
                if stmt_start:
                    c.stmt = (c.start, q + 1)
                elif m[p] == ")":
                    # 'if (x) call();': the statement of a control line
                    c.stmt = (c.start, q + 1)
            f.calls.append(c)

    def is_label(self, p):
        name, s = ident_before(self.m, p)
        q = prev_sig(self.m, s)
        return bool(name) and name not in ("default",) and self.m[q] in ";{}"

    def block_of(self, f, i):
        best = None
        for o, c in f.blocks:
            if o < i < c and (best is None or o > best[0]):
                best = (o, c)
        return best

    def stmt_of(self, c):
        """(start, end) of the whole statement holding call c, when it is a
        plain statement ('x = call(...);' or 'call(...);') in a block."""
        m = self.m
        if c.stmt:
            return c.stmt
        p = c.start
        while p > c.func.body and m[p - 1] not in ";{}":
            p -= 1
            if m[p] in "()":
                if m[p] == ")":
                    return None
        while m[p].isspace():
            p += 1
        q = c.close + 1
        while q < len(m) and m[q] in " \t\n":
            q += 1
        if q >= len(m) or m[q] != ";":
            return None
        head = m[p:c.start]
        if re.search(r"\b(if|while|for|return|switch)\b|[?:]", head):
            return None
        return (p, q + 1)


# ------------------------------------------------------------------ locks
def field_class(pack, arg):
    a = re.sub(r"\s+", "", arg)
    mt = re.search(r"(?:->|\.)(\w+)\)?$", a)
    if mt and mt.group(1) in pack.fields:
        return pack.fields[mt.group(1)]
    return None


def arg_is(text, pat):
    """A call argument's source text against an ARGPAT: an enumerator, or
    an integer constant (a bool true is 1)."""
    t = re.sub(r"/\*.*?\*/", "", text, flags=re.S).strip()
    if pat[:1].isdigit():
        t = {"true": "1", "false": "0"}.get(t, t)
        try:
            return int(t, 0) == int(pat, 0)
        except ValueError:
            return False
    return t == pat


def norm(arg):
    return re.sub(r"\s+", "", arg or "")


def resolve(file, f, c, pack):
    """Label a call with its lock effect (first effect that acquires or
    releases), its class and instance text."""
    effs = pack.effects(c.name)
    pick = None
    for kind in ("acquire", "release", "assert", "lockptr"):
        for e in effs:
            if e["kind"] == kind:
                pick = e
                break
        if pick:
            break
    if not pick:
        if c.name in pack.guards:
            c.kind = "guard"
        else:
            c.kind = "call"
        return
    c.kind, c.eff, c.mode = pick["kind"], pick, pick["mode"]
    path = pick["path"]
    arg = c.args[path["param"]] if 0 <= path["param"] < len(c.args) else None
    c.inst = norm(arg) if path["kind"] in ("param", "byarg", "deref") else "ret"
    if path["kind"] == "deref" and arg:
        c.inst = norm(arg).lstrip("&")
    if path["kind"] == "ret":
        # the lock pointer a call returns is named by what it is stored in
        head = file.m[max(f.body, c.start - 80):c.start]
        mt = re.search(r"([\w.>-]+)\s*=\s*$", head)
        if mt:
            c.inst = norm(mt.group(1))
    c.cls = effect_class(file, f, c, pick, pack)
    if c.kind == "release":
        for e in effs:
            if e["kind"] == "release":
                p = e["path"]
                a = c.args[p["param"]] if 0 <= p["param"] < len(c.args) else None
                c.rels.append((effect_class(file, f, c, e, pack),
                               norm(a) if a is not None else None, p["kind"] == "all"))


def effect_class(file, f, c, e, pack):
    cls = e["class"]
    p = e["path"]
    arg = c.args[p["param"]] if 0 <= p["param"] < len(c.args) else None
    if cls is None and arg is not None:
        cls = field_class(pack, arg)
        if cls is None:
            cls = var_class(file, f, norm(arg), pack)
    return cls


def releases(d, acq):
    """Does release call d release the lock acquisition acq took?"""
    for cls, inst, every in d.rels:
        if every and cls == acq.cls:
            return True
        if inst is not None and inst == acq.inst:
            return True
    return False


def var_class(file, f, var, pack):
    """The class of a lock pointer variable: assigned from a call whose
    effect gives a lock by return value, or passed as &var to one that
    stores it."""
    if not re.match(r"^\w+$", var):
        return None
    best = None
    for c in f.calls:
        for e in pack.effects(c.name):
            if e["kind"] not in ("acquire", "lockptr") or e["class"] is None:
                continue
            p = e["path"]
            if p["kind"] == "ret":
                head = file.m[max(f.body, c.start - 80):c.start]
                if re.search(r"\b%s\s*=\s*$" % re.escape(var), head):
                    best = e["class"]
            elif p["kind"] == "deref" and 0 <= p["param"] < len(c.args):
                if norm(c.args[p["param"]]) == "&" + var:
                    best = e["class"]
    return best


# ------------------------------------------------------------------ analysis of the file set
class Tree:
    def __init__(self, files, pack):
        self.files, self.pack = files, pack
        self.by_name = collections.defaultdict(list)
        for fl in files:
            for f in fl.funcs:
                f.file = fl
                self.by_name[f.name].append(f)
                for c in f.calls:
                    resolve(fl, f, c, pack)
        self.exposed = {}
        self.compute_exposure()

    def callee(self, fl, name):
        cands = self.by_name.get(name, [])
        for f in cands:
            if f.file is fl:
                return f
        for f in cands:
            if not f.static:
                return f
        return None

    def need_classes(self, rule):
        return {a["class"] for alt in rule["needs"] for a in alt}

    def guard_rules(self, c):
        out = []
        for rule, pat in self.pack.guards.get(c.name, []):
            if pat and not all(p == "_" or (i < len(c.args) and arg_is(c.args[i], p))
                               for i, p in enumerate(pat)):
                continue
            out.append(rule)
        return out

    def compute_exposure(self):
        """exposed[f]: rule id -> the guarded call (name) f performs or reaches
        without taking a lock of that rule's need itself."""
        funcs = [f for fl in self.files for f in fl.funcs]
        for f in funcs:
            own = {c.cls for c in f.calls if c.kind == "acquire" and c.cls}
            ex = {}
            for c in f.calls:
                for r in self.guard_rules(c):
                    if not (self.need_classes(r) & own):
                        ex.setdefault(r["id"], c.name)
            self.exposed[id(f)] = ex
            f.own = own
        changed = True
        while changed:
            changed = False
            for f in funcs:
                ex = self.exposed[id(f)]
                for c in f.calls:
                    # a guarded call is a call too: what its body reaches
                    # (unmap_mapping_folio(), folio-locked, zaps page tables)
                    if c.kind not in ("call", "guard"):
                        continue
                    g = self.callee(f.file, c.name)
                    if not g or g is f:
                        continue
                    for rid in self.exposed[id(g)]:
                        r = self.rule(rid)
                        if rid not in ex and not (self.need_classes(r) & f.own):
                            ex[rid] = c.name
                            changed = True

    def rule(self, rid):
        for r in self.pack.rules:
            if r["id"] == rid:
                return r
        return None

    def rules_of_call(self, fl, c):
        """Rules an operation in a section is subject to: its own guard, or
        through a callee that reaches one.  [(rule, how)]"""
        if c.kind == "guard" or c.name in self.pack.guards:
            own = [(r, "guard") for r in self.guard_rules(c)]
            g = self.callee(fl, c.name)
            ids = {r["id"] for r, _ in own}
            return own + ([(self.rule(rid), "via %s()" % c.name) for rid in self.exposed[id(g)]
                           if rid not in ids] if g else [])
        if c.kind == "call":
            g = self.callee(fl, c.name)
            if g:
                return [(self.rule(rid), "via %s()" % c.name) for rid in self.exposed[id(g)]]
        return []

    def callers_in_file(self, fl, f):
        """Functions of the file that call f, transitively (its in-file caller chain)."""
        out, work = set(), [f]
        while work:
            g = work.pop()
            for h in fl.funcs:
                if h is g or id(h) in out:
                    continue
                if any(c.kind == "call" and c.name == g.name for c in h.calls):
                    out.add(id(h))
                    work.append(h)
        return [h for h in fl.funcs if id(h) in out]

    def callees_in_file(self, fl, f):
        """Functions of the file f calls, transitively: where the operation
        whose lock a mutant removed may be, and be reported with the chain
        of calls that reaches it from f."""
        out, work = set(), [f]
        while work:
            g = work.pop()
            for c in g.calls:
                if c.kind != "call":
                    continue
                h = self.callee(fl, c.name)
                if h and h.file is fl and h is not f and id(h) not in out:
                    out.add(id(h))
                    work.append(h)
        return [h for h in fl.funcs if id(h) in out]


def held_before(f, c, cls_pred, exclude=()):
    """Is a lock of a class cls_pred accepts acquired or asserted before c in f
    (lexically), by a call not in exclude?"""
    for d in f.calls:
        if d.start >= c.start:
            break
        if d in exclude or d.kind not in ("acquire", "assert") or not d.cls:
            continue
        if cls_pred(d.cls, d.mode):
            return True
    return False


def mode_ge(have, want):
    order = {None: 0, "R": 1, "W": 2}
    return order[have] >= order[want]


def broken(tree, f, op_call, rule, lost_cls, lost_mode, keep_mode=None, exclude=(),
           held=None):
    """Does losing lost_cls (or having it only at keep_mode) at op_call break
    the rule, lexically?  Returns False when another alternative is held.
    held(pred): is a lock whose (class, mode) pred accepts held at the
    operation (default: acquired or asserted before it, lexically)."""
    pack = tree.pack
    if held is None:
        def held(pred):
            return held_before(f, op_call, pred, exclude)
    relevant = False
    for alt in rule["needs"]:
        uses = [a for a in alt if pack.satisfies(lost_cls, a["class"]) and mode_ge(lost_mode, a["mode"])]
        if uses and not (keep_mode and all(mode_ge(keep_mode, a["mode"]) for a in uses)):
            relevant = True
    if not relevant:
        return False
    for alt in rule["needs"]:
        ok = True
        for a in alt:
            if pack.satisfies(lost_cls, a["class"]):
                if keep_mode and mode_ge(keep_mode, a["mode"]):
                    continue
                ok = False
                break
            if not held(lambda cl, md, a=a: pack.satisfies(cl, a["class"])
                        and mode_ge(md, a["mode"])):
                ok = False
                break
        if ok:
            return False
    if rule.get("when"):
        w = rule["when"]
        if not held(lambda cl, md: cl == w["class"] and mode_ge(md, w["mode"])):
            return False
    return True


# ------------------------------------------------------------------ mutants
class Mutant:
    def __init__(self, op, fl, f, site, edits, what):
        self.op, self.file, self.func, self.site = op, fl, f, site
        self.edits = edits          # [(start, end, text)]
        self.what = what
        self.verdict = None         # counted / outside / harmless
        self.rules = []             # rule ids the pack says it breaks
        self.why = ""               # the pack's reading
        self.status = None          # reported / elsewhere / silent / nocompile
        self.new = []
        self.reason = ""
        self.id = None
        self.category = ""
        self.cocci = ""          # with --cocci: reported / silent / no rule

    def source(self):
        t = self.file.text
        out, last = [], 0
        for s, e, rep in sorted(self.edits):
            out.append(t[last:s])
            out.append(rep)
            last = e
        out.append(t[last:])
        return "".join(out)


def blank(text, s, e, rep=";"):
    """Replace text[s:e] with rep, keeping its line count."""
    return (s, e, rep + "\n" * text[s:e].count("\n"))


def section(f, acq):
    """Calls between an acquisition and its matching releases: the
    releases of the same class and instance after it, up to the next
    acquisition of that lock.  (releases, calls inside, end)"""
    rels, inside = [], []
    for d in f.calls:
        if d.start <= acq.start:
            continue
        if d.kind == "acquire" and d.cls == acq.cls and d.inst == acq.inst and d is not acq:
            break
        if d.kind == "release" and releases(d, acq):
            rels.append(d)
            continue
        inside.append(d)
    # a call after the last release is outside the section unless the
    # function never releases (an acquirer: the section runs to the end)
    if rels:
        last = max(r.start for r in rels)
        inside = [d for d in inside if d.start < last]
    return rels, inside


def lockptr_twin(pack, c, same_names):
    """The pack's lock-free twin of call c: an api whose only effect is a
    lockptr of c's class, with as many parameters (same_names: the same
    parameters), as a rename of the callee; None if the pack has none."""
    params = pack.apis[c.name]["params"]
    for a in pack.apis.values():
        if a["name"] != c.name and [x["kind"] for x in a["effects"]] == ["lockptr"] and \
                a["effects"][0]["class"] == c.cls and \
                (a["params"] == params if same_names else len(a["params"]) == len(params)):
            return [(c.start, c.open, a["name"])]
    return None


def lock_free(tree, fl, c):
    """Edits that make call c not take its lock; None when there is no
    mechanical way."""
    pack, t = tree.pack, fl.text
    if c.stmt:
        return [blank(t, c.stmt[0], c.stmt[1])]
    e = c.eff
    if c.inst == "ret" or e["path"]["kind"] == "ret":
        # pmd_lock -> pmd_lockptr: only for a lock that always succeeds
        return lockptr_twin(pack, c, same_names=False) if e["when"] == "always" else None
    if e["path"]["kind"] == "deref" and c.name in pack.apis:
        # pte_offset_map_lock -> pte_offset_map_nolock: the same parameters
        return lockptr_twin(pack, c, same_names=True)
    # a conditional lock tested where it is called: its success value
    p = prev_sig(fl.m, c.start)
    if fl.m[p] not in "(!&|=" or (fl.m[p] == "=" and fl.m[p - 1] not in "=!<>"):
        return None
    if e["when"] == "zero":
        return [(c.start, c.close + 1, "0")]
    if e["when"] == "nonzero":
        return [(c.start, c.close + 1, "1")]
    return None


def release_free(fl, c):
    if c.name in SOURCE_MACROS and SOURCE_MACROS[c.name][3]:
        rep = SOURCE_MACROS[c.name][3].format(*c.args)
        return [(c.start, c.close + 1, rep)]
    if c.stmt:
        return [blank(fl.text, c.stmt[0], c.stmt[1])]
    return None


def weak_twin(pack, name):
    """The read twin of a write lock call, by the pack: 'write' -> 'read' in
    the name, same class, same parameters."""
    if "write" not in name:
        return None
    for cand in (name.replace("write", "read"),):
        if cand in pack.apis and name in pack.apis and \
                len(pack.apis[cand]["params"]) == len(pack.apis[name]["params"]):
            return cand
    return None


def blocking_twin(pack, name):
    for cand in (name.replace("trylock", "lock"), name.replace("_trylock", "_lock"),
                 name.replace("trylock_", "lock_")):
        if cand != name and (cand in pack.apis or cand in SOURCE_MACROS):
            effs = pack.effects(cand)
            if any(e["kind"] == "acquire" and e["when"] == "always" and not e["try"] for e in effs):
                return cand
    return None


def early_exit(f, d, c):
    """Is d in a block that does not enclose c and leaves the function or
    the loop after d (an error path: 'unlock; return')?  Its release does not
    hold at c."""
    b = d.block
    if b is None or b[0] < c.start < b[1]:
        return False
    return re.search(r"\b(return|goto|break|continue)\b", f.file.m[d.close:b[1]]) is not None


def held_at(f, c, through=False):
    """Locks acquired before c in f and not released (lexically) before it
    (through: after c itself): [(call)] — a lexical approximation of 'held'."""
    held = []
    for d in f.calls:
        if d.start > c.start or (d.start == c.start and not through):
            break
        if d.kind == "acquire" and d.cls:
            held.append(d)
        elif d.kind == "release" and not early_exit(f, d, c):
            for h in list(held):
                if releases(d, h):
                    held.remove(h)
                    break
    return held


def gen_delete(tree, fl, f, c, out):
    rels, inside = section(f, c)
    edits = lock_free(tree, fl, c)
    if edits is None:
        out.append(Mutant(1, fl, f, c, [], "n/a: no lock-free form of %s()" % c.name))
        return
    for r in rels:
        e = release_free(fl, r)
        if e is None:
            out.append(Mutant(1, fl, f, c, [], "n/a: release %s() is not a statement" % r.name))
            return
        edits += e
    m = Mutant(1, fl, f, c, edits, "delete %s(%s) and %d release(s)" % (c.name, ", ".join(c.args), len(rels)))
    judge_lost(tree, fl, f, c, inside, m, c.cls, c.mode, None, exclude=(c,))
    out.append(m)


def judge_lost(tree, fl, f, c, inside, m, cls, mode, keep_mode, exclude=()):
    hits = []
    for d in inside:
        for r, how in tree.rules_of_call(fl, d):
            if r and broken(tree, f, d, r, cls, mode, keep_mode, exclude):
                hits.append((r["id"], d, how))
    if hits:
        m.verdict = "counted"
        m.rules = sorted({h[0] for h in hits})
        m.why = "; ".join("%s: %s() %s" % (h[0], h[1].name, h[2]) for h in hits[:3])
        m.ops = hits
    else:
        relevant = [r["id"] for d in inside for r, _ in tree.rules_of_call(fl, d)
                    if r and any(tree.pack.satisfies(cls, a["class"]) for alt in r["needs"]
                                 for a in alt)]
        m.verdict = "harmless" if relevant else "outside"
        m.why = "%s: another lock of the need is held, or the mode suffices" % relevant[0] \
            if relevant else "no operation in the section that a rule needing %s guards" % cls


def gen_move(tree, fl, f, c, out):
    rels, inside = section(f, c)
    for r in rels:
        if not r.stmt or not r.block:
            continue
        for d in inside:
            if d.start < c.start or d.start > r.start:
                continue
            rules = [x for x in tree.rules_of_call(fl, d) if x[0]]
            if not rules:
                continue
            st = fl.stmt_of(d)
            if not st or d.block != r.block or st[1] > r.start:
                continue
            text = fl.text[st[0]:st[1]]
            moved = " " + " ".join(text.split())
            m = Mutant(2, fl, f, d, [blank(fl.text, st[0], st[1]),
                                     (r.stmt[1], r.stmt[1], moved)],
                       "move %s() after %s()" % (d.name, r.name))
            # what is held where the call now is: after r
            after = held_at(f, r, through=True)
            asserts = [x for x in f.calls if x.kind == "assert" and x.cls and x.start < r.start]

            def held(pred, after=after, asserts=asserts):
                return any(pred(h.cls, h.mode) for h in after + asserts)
            hits = [(x[0]["id"], d, x[1]) for x in rules
                    if broken(tree, f, d, x[0], c.cls, c.mode, None, held=held)]
            if hits:
                m.verdict, m.rules = "counted", sorted({h[0] for h in hits})
                m.why = "; ".join("%s: %s() %s" % h2 for h2 in [(h[0], h[1].name, h[2]) for h in hits])
                m.ops = hits
            else:
                m.verdict, m.why = "harmless", "the moved operation does not need %s" % c.cls
            out.append(m)


def gen_weaken(tree, fl, f, c, out):
    twin = weak_twin(tree.pack, c.name)
    if not twin or c.mode != "W":
        return
    rels, inside = section(f, c)
    edits = [(c.start, c.open, twin)]
    for r in rels:
        rt = weak_twin(tree.pack, r.name)
        if rt:
            edits.append((r.start, r.open, rt))
    m = Mutant(3, fl, f, c, edits, "%s -> %s" % (c.name, twin))
    judge_lost(tree, fl, f, c, inside, m, c.cls, "W", "R", exclude=(c,))
    out.append(m)


def gen_swap(tree, fl, f, out):
    acq = [c for c in f.calls if c.kind == "acquire" and c.cls and fl.stmt_of(c)]
    for i, a in enumerate(acq):
        for b in acq[i + 1:]:
            if a.block != b.block or a.cls == b.cls:
                continue
            if a not in held_at(f, b):
                continue
            sa, sb = fl.stmt_of(a), fl.stmt_of(b)
            ta, tb = fl.text[sa[0]:sa[1]], fl.text[sb[0]:sb[1]]
            if ta.count("\n") or tb.count("\n"):
                ta1, tb1 = " ".join(ta.split()), " ".join(tb.split())
            else:
                ta1, tb1 = ta, tb
            m = Mutant(4, fl, f, b, [(sa[0], sa[1], tb1 + "\n" * ta.count("\n")),
                                     (sb[0], sb[1], ta1 + "\n" * tb.count("\n"))],
                       "swap %s() and %s()" % (a.name, b.name))
            blocking = not a.eff.get("try") and a.eff["when"] == "always"
            if tree.pack.ordered(a.cls, b.cls) and blocking:
                m.verdict, m.rules = "counted", ["lock-order"]
                m.why = "%s < %s: %s now taken under %s" % (a.cls, b.cls, a.cls, b.cls)
            elif tree.pack.ordered(a.cls, b.cls):
                m.verdict, m.why = "harmless", "the outer lock is now a trylock-style acquisition"
            elif tree.pack.ordered(b.cls, a.cls):
                m.verdict, m.why = "harmless", "the swap puts the pair into the pack's order"
            else:
                m.verdict, m.why = "outside", "the pack does not order %s and %s" % (a.cls, b.cls)
            out.append(m)


def sleep_rules(pack, cls, held):
    """The pack's 'blocking KIND.. under KIND..' rules a blocking acquisition
    of class cls breaks while a lock of class held is held."""
    kind, under = pack.classes[cls]["kind"], pack.classes[held]["kind"]
    return [r["id"] for r in pack.rules
            if kind in r.get("blocking", []) and under in r.get("under", [])]


def gen_block(tree, fl, f, c, out):
    e = c.eff
    if not e.get("try") or e["when"] != "nonzero" or e["path"]["kind"] == "ret":
        return
    twin = blocking_twin(tree.pack, c.name)
    if not twin:
        return
    held = [h for h in held_at(f, c) if h.cls]
    if not held:
        return
    m = Mutant(5, fl, f, c, [(c.start, c.close + 1,
                              "(%s(%s), 1)" % (twin, ", ".join(c.args)))],
               "%s -> %s under %s" % (c.name, twin, ", ".join(sorted({h.cls for h in held}))))
    inv = [h for h in held if tree.pack.ordered(c.cls, h.cls)]
    sleeping = tree.pack.classes[c.cls]["kind"] in ("rwsem", "bit")
    spin = [h for h in held if tree.pack.classes[h.cls]["kind"] == "spin"]
    if inv:
        m.verdict, m.rules = "counted", ["lock-order"]
        m.why = "%s < %s: now taken blocking under %s" % (c.cls, inv[0].cls, inv[0].cls)
    elif sleeping and spin and sleep_rules(tree.pack, c.cls, spin[0].cls):
        m.verdict, m.rules = "counted", sleep_rules(tree.pack, c.cls, spin[0].cls)
        m.why = "%s taken blocking under %s" % (c.cls, spin[0].cls)
    elif sleeping and spin:
        m.verdict, m.why = "outside", "sleeping %s under spinlock %s: no rule in the pack" % (c.cls, spin[0].cls)
    elif any(h.cls == c.cls for h in held):
        m.verdict, m.why = "outside", "two locks of class %s: the pack does not order them" % c.cls
    else:
        m.verdict, m.why = "harmless", "the held locks come before %s in the pack's order" % c.cls
    out.append(m)


def gen_irq(tree, fl, f, c, out):
    # the rules the '__' variant breaks: those that guard it and not the original
    irq_rules = [r for r in tree.pack.rules
                 if any(call["name"] == "__" + c.name for call in r["calls"]) and
                 not any(call["name"] == c.name for call in r["calls"])]
    if not irq_rules or c.name.startswith("__"):
        return
    rules = tree.guard_rules(c)
    if not rules:
        return
    if any(h.cls == "lruvec" for h in held_at(f, c)):
        return
    m = Mutant(6, fl, f, c, [(c.start, c.open, "__" + c.name)], "%s -> __%s" % (c.name, c.name))
    m.verdict, m.rules = "counted", [r["id"] for r in irq_rules]
    m.why = "non-irq-safe update outside the lruvec lock"
    m.ops = [(r["id"], c, "guard") for r in irq_rules]
    out.append(m)


def generate(tree, ops):
    out = []
    for fl in tree.files:
        for f in fl.funcs:
            for c in f.calls:
                if c.kind == "acquire" and c.cls:
                    if 1 in ops:
                        gen_delete(tree, fl, f, c, out)
                    if 2 in ops:
                        gen_move(tree, fl, f, c, out)
                    if 3 in ops:
                        gen_weaken(tree, fl, f, c, out)
                    if 5 in ops:
                        gen_block(tree, fl, f, c, out)
                if 6 in ops and c.kind in ("guard", "call") and c.name in tree.pack.guards:
                    gen_irq(tree, fl, f, c, out)
            if 4 in ops:
                gen_swap(tree, fl, f, out)
    seen, uniq = set(), []
    for m in out:
        key = (m.file.rel, tuple(sorted(m.edits)))
        if m.edits and key in seen:
            continue
        seen.add(key)
        uniq.append(m)
    out = uniq
    for i, m in enumerate(out):
        m.id = "%s-%d-%s-%d" % (OPS[m.op], i, m.func.name, m.file.line(m.site.start))
        if m.verdict is None and not m.edits:
            m.verdict = "n/a"
    return out


# ------------------------------------------------------------------ compiling
def compile_cmd(build, rel):
    obj = rel[:-2] + ".o"
    cmdfile = os.path.join(build, os.path.dirname(obj), "." + os.path.basename(obj) + ".cmd")
    with open(cmdfile) as fh:
        first = fh.readline()
    cmd = first.split(":=", 1)[1].strip()
    args = shlex.split(cmd)
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a.startswith("-Wp,-MMD") or a.startswith("-Wp,-MD"):
            continue
        if a == "-o":
            skip = True
            continue
        out.append(a)
    src = out.pop()          # the source file is the last argument
    return out, src


def run_compile(build, base_args, source_path, plugin_args, obj, unit=None):
    # unit: the object's name in the database, whatever file is compiled
    args = base_args + plugin_args + (["-fplugin-arg-lockrules-unit=" + unit] if unit else []) \
        + ["-o", obj, source_path]
    p = subprocess.run(args, cwd=build, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, errors="replace")
    return p.returncode, p.stderr


def diags_in(text, path):
    real = os.path.realpath(path)
    return [d for d in lrdiag.parse(text) if os.path.realpath(d.file) == real]


# ------------------------------------------------------------------ reasons
def silent_reason(tree, m):
    """(category, detail) of why a counted mutant was not reported: what
    the plugin's documented limits (NOTES section 2) say about its shape."""
    f, fl = m.func, m.file
    ops = getattr(m, "ops", [])
    callers = tree.callers_in_file(fl, f)
    asserted = any(c.kind == "assert" and c.cls == m.site.cls for c in f.calls)

    def other_file(o):
        if not o[2].startswith("via "):
            return False
        g = tree.callee(fl, o[1].name)
        return g is None or g.file is not fl
    via_other = [o for o in ops if other_file(o)]
    if ops and len(via_other) == len(ops):
        return ("guarded operation in another file (no cross-file summary)",
                "%s() reaches it in %s" % (via_other[0][1].name, tree.callee(fl, via_other[0][1].name).file.rel
                                          if tree.callee(fl, via_other[0][1].name) else "?"))
    if m.op in (1, 3) and asserted:
        return ("an assertion of the lock remains",
                "%s() asserts %s, which the analysis takes as held" % (f.name, m.site.cls))
    if m.op == 1:
        chain = [f.name] + [h.name for h in callers]
        if not callers:
            return ("lock never taken: precondition dropped, callers in other files",
                    "%s() is %s" % (f.name, "static, address taken" if f.static else "non-static"))
        return ("lock never taken: precondition dropped, callers in other files",
                "the need travels up %s" % " <- ".join(chain[:4]))
    if m.op == 3:
        return ("weakened to read: need for write reached through a precondition",
                "%s() holds %s for read; the write need is a precondition of a callee" % (f.name, m.site.cls))
    if m.op == 2:
        return ("moved past the release: held on some paths (silent by policy)",
                "%s() after %s" % (m.site.name, m.what.split(" after ")[-1]))
    if m.op == 4:
        return ("order inversion with a lock held on some paths only, no independent path "
                "found (path.c)", m.what)
    if m.op == 5:
        return ("blocking acquisition under a lock held on some paths only, no independent "
                "path found (path.c)", m.what)
    if m.op == 6:
        return ("irq-unsafe update: lruvec lock or flip not visible", m.what)
    return ("unclassified", m.what)


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", required=True)
    ap.add_argument("--build", help="configured build directory (not needed with --cocci-only)")
    ap.add_argument("--pack", required=True, help="packdump JSON")
    ap.add_argument("--plugin", help="the GCC plugin (not needed with --cocci-only)")
    ap.add_argument("--db", help="a linked database of the clean tree (dbro=): callers in other files")
    ap.add_argument("--version", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--files", nargs="*", help="checked files (default: the kernel-check targets)")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ops", default="1,2,3,4,5,6")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--arch-mm", default="arch/x86/mm")
    ap.add_argument("--cocci", help="also run the generated rules of this folder (cocci/) "
                    "on each counted mutant: the rules it breaks, report mode")
    ap.add_argument("--cocci-only", action="store_true",
                    help="no compiler, no build directory: only the Coccinelle rules of --cocci "
                    "(and of --cocci-before, for the same mutants) on each counted mutant")
    ap.add_argument("--cocci-before", help="with --cocci-only: an older cocci/ folder to compare")
    a = ap.parse_args()
    if a.cocci_only:
        return cocci_only(a)
    if not a.build or not a.plugin:
        ap.error("--build and --plugin are needed unless --cocci-only")

    pack = Pack(json.load(open(a.pack)))
    ops = {int(x) for x in a.ops.split(",")}
    files = a.files or default_files(a.src, a.build, a.arch_mm)
    parsed = [File(rel, open(os.path.join(a.src, rel), errors="replace").read(), pack)
              for rel in files]
    tree = Tree(parsed, pack)
    muts = generate(tree, ops)
    counted = [m for m in muts if m.verdict == "counted"]
    if a.sample and a.sample < len(counted):
        counted = random.Random(a.seed).sample(counted, a.sample)
        counted.sort(key=lambda m: int(m.id.split("-")[1]))
    if a.list:
        for m in muts:
            print("%-8s %-9s %s:%d %s(): %s — %s %s" % (m.verdict, OPS[m.op], m.file.rel,
                  m.file.line(m.site.start), m.func.name, m.what, ",".join(m.rules), m.why))
        return 0
    os.makedirs(a.out, exist_ok=True)
    # -Wno-error: a mutant may leave a variable unused or an 'if' with an
    # empty body; CONFIG_WERROR would make that a build failure, not a bug
    plugin_args = ["-Wno-error", "-fplugin=" + a.plugin,
                   "-fplugin-arg-lockrules-kernel=" + a.version]
    if a.db:
        # the linked database of the clean tree: callers in other files
        plugin_args.append("-fplugin-arg-lockrules-dbro=" + a.db)
    t0 = time.time()
    # the clean files' own warnings
    need = sorted({m.file.rel for m in counted})
    cmds = {rel: compile_cmd(a.build, rel) for rel in need}
    base = {}

    def clean(rel):
        args, srcpath = cmds[rel]
        obj = os.path.join(a.out, "clean-%s.o" % rel.replace("/", "_"))
        rc, err = run_compile(a.build, args, srcpath, plugin_args, obj, rel[:-2] + ".o")
        if rc == 0:
            os.unlink(obj)
        return rel, rc, {(d.rule, d.line, d.msg) for d in diags_in(err, srcpath)}

    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for rel, rc, ds in ex.map(clean, need):
            if rc != 0:
                sys.exit("mutation_scan: the clean %s does not compile" % rel)
            base[rel] = ds

    def spatch(rule, path):
        sp = os.path.join(a.cocci, rule + ".cocci")
        if not os.path.exists(sp):
            return None
        p = subprocess.run(["spatch", "--very-quiet", "--no-includes", "--include-headers",
                            "-D", "report", "--sp-file", sp, path], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, universal_newlines=True, errors="replace")
        return {(d.rule, d.line, d.msg) for d in lrdiag.parse_cocci(p.stdout)}

    cocci_base = {}
    if a.cocci:
        pairs = sorted({(m.file.rel, r) for m in counted for r in m.rules})
        with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
            for (rel, r), res in zip(pairs, ex.map(lambda x: spatch(x[1], os.path.join(a.src, x[0])),
                                                   pairs)):
                cocci_base[(rel, r)] = res

    def one_cocci(m, path):
        lo, hi = m.file.line(m.func.start), m.file.line(m.func.end)
        spans = [(lo, hi)] + [(m.file.line(h.start), m.file.line(h.end))
                              for h in tree.callers_in_file(m.file, m.func)]
        seen = False
        for r in m.rules:
            res = spatch(r, path)
            if res is None:
                continue
            seen = True
            if any(d[1] >= 0 and any(x <= d[1] <= y for x, y in spans)
                   for d in res - (cocci_base.get((m.file.rel, r)) or set())):
                return "reported"
        return "silent" if seen else "no rule"

    def one(m):
        d = os.path.join(a.out, "m", m.id)
        os.makedirs(d, exist_ok=True)
        path = os.path.join(d, os.path.basename(m.file.rel))
        with open(path, "w") as fh:
            fh.write(m.source())
        args, _ = cmds[m.file.rel]
        rc, err = run_compile(a.build, args, path, plugin_args, os.path.join(d, "m.o"),
                              m.file.rel[:-2] + ".o")
        if a.keep:
            with open(os.path.join(d, "log"), "w") as fh:
                fh.write(err)
        if rc != 0:
            m.status = "nocompile"
            m.reason = next((ln for ln in err.splitlines() if ": error:" in ln), "compiler failed")
            m.reason = m.reason.split(": error:", 1)[-1].strip()
        else:
            ds = [x for x in diags_in(err, path) if (x.rule, x.line, x.msg) not in base[m.file.rel]]
            m.new = ds
            # the mutated function, its in-file callers (a need that became
            # their precondition), and its in-file callees (the operation,
            # reported with the chain of calls from the function)
            spans = [(m.func.start, m.func.end)] + [
                (h.start, h.end) for h in tree.callers_in_file(m.file, m.func) +
                tree.callees_in_file(m.file, m.func)]
            lines = [(m.file.line(s), m.file.line(e)) for s, e in spans]
            here = [x for x in ds if any(lo <= x.line <= hi for lo, hi in lines)]
            m.status = "reported" if here else "elsewhere" if ds else "silent"
            if m.status != "reported":
                m.category, m.reason = silent_reason(tree, m)
            if a.cocci:
                m.cocci = one_cocci(m, path)
        if not a.keep:
            for x in os.listdir(d):
                os.unlink(os.path.join(d, x))
            os.rmdir(d)
        return m

    done = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for m in ex.map(one, counted):
            done += 1
            if done % 50 == 0:
                print("  %d/%d mutants, %.0f s" % (done, len(counted), time.time() - t0),
                      file=sys.stderr, flush=True)
    wall = time.time() - t0
    report(a, muts, counted, wall)
    return 0


def cocci_only(a):
    """The mutants the pack counts, through the generated Coccinelle rules
    only: no kernel build.  Files: those of a build's .cmd files when --build
    is given, else every .c of mm/ (and subdirectories), the arch's mm/ and
    the two kernel-check targets outside mm/."""
    pack = Pack(json.load(open(a.pack)))
    ops = {int(x) for x in a.ops.split(",")}
    if a.files:
        files = a.files
    elif a.build:
        files = default_files(a.src, a.build, a.arch_mm)
    else:
        files = []
        for d in ("mm", a.arch_mm):
            for root, _, names in os.walk(os.path.join(a.src, d)):
                files += [os.path.relpath(os.path.join(root, n), a.src) for n in names if n.endswith(".c")]
        files += [f for f in ("fs/proc/task_mmu.c", "kernel/events/uprobes.c")
                  if os.path.exists(os.path.join(a.src, f))]
        files = sorted(set(files))
    parsed = [File(rel, open(os.path.join(a.src, rel), errors="replace").read(), pack) for rel in files]
    tree = Tree(parsed, pack)
    muts = generate(tree, ops)
    counted = [m for m in muts if m.verdict == "counted"]
    if a.sample and a.sample < len(counted):
        counted = random.Random(a.seed).sample(counted, a.sample)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    sets = [("now", a.cocci)] + ([("before", a.cocci_before)] if a.cocci_before else [])

    def spatch(folder, rule, path):
        sp = os.path.join(folder, rule + ".cocci")
        if not os.path.exists(sp):
            return None
        p = subprocess.run(["nice", "-n", "10", "spatch", "--very-quiet", "--no-includes", "--include-headers",
                            "-D", "report", "--sp-file", sp, path], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, universal_newlines=True, errors="replace")
        return {(d.rule, d.line, d.msg) for d in lrdiag.parse_cocci(p.stdout)}

    pairs = sorted({(m.file.rel, r, tag, folder) for m in counted for r in m.rules for tag, folder in sets})
    base = {}
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for key, res in zip(pairs, ex.map(lambda x: spatch(x[3], x[1], os.path.join(a.src, x[0])), pairs)):
            base[key] = res

    def one(m):
        d = os.path.join(a.out, "m", m.id)
        os.makedirs(d, exist_ok=True)
        path = os.path.join(d, os.path.basename(m.file.rel))
        with open(path, "w") as fh:
            fh.write(m.source())
        spans = [(m.file.line(m.func.start), m.file.line(m.func.end))] + [
            (m.file.line(h.start), m.file.line(h.end))
            for h in tree.callers_in_file(m.file, m.func) + tree.callees_in_file(m.file, m.func)]
        m.cocci_by = {}
        for tag, folder in sets:
            st = "no rule"
            for r in m.rules:
                res = spatch(folder, r, path)
                if res is None:
                    continue
                st = "silent"
                if any(x[1] >= 0 and any(lo <= x[1] <= hi for lo, hi in spans)
                       for x in res - (base.get((m.file.rel, r, tag, folder)) or set())):
                    st = "reported"
                    break
            m.cocci_by[tag] = st
        os.unlink(path)
        os.rmdir(d)
        return m

    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        done = list(ex.map(one, counted))
    tags = [t for t, _ in sets]
    lines = ["lockrules mutation-scan --cocci-only: linux %s, %d files%s" % (
        a.version, len(files), " (sample of %d, seed %d)" % (a.sample, a.seed) if a.sample else ""), ""]
    lines.append("| operator | mutants | counted | " + " | ".join("cocci %s" % t for t in tags) + " |")
    lines.append("|---|---|---|" + "---|" * len(tags))
    by_op = collections.defaultdict(collections.Counter)
    for m in muts:
        by_op[m.op]["mutants"] += 1
    tot = collections.Counter()
    for m in done:
        by_op[m.op]["counted"] += 1
        for t in tags:
            by_op[m.op][t] += m.cocci_by[t] == "reported"
    for op in OPS:
        c = by_op[op]
        lines.append("| %d %s | %d | %d | %s |" % (op, OPS[op], c["mutants"], c["counted"],
                     " | ".join("%d/%d" % (c[t], c["counted"]) for t in tags)))
        tot.update(c)
    lines.append("| all | %d | %d | %s |" % (tot["mutants"], tot["counted"],
                 " | ".join("%d/%d" % (tot[t], tot["counted"]) for t in tags)))
    lines.append("")
    lines.append("| rule | counted | " + " | ".join("cocci %s" % t for t in tags) + " |")
    lines.append("|---|---|" + "---|" * len(tags))
    by_rule = collections.defaultdict(collections.Counter)
    for m in done:
        for r in m.rules:
            by_rule[r]["counted"] += 1
            for t in tags:
                by_rule[r][t] += m.cocci_by[t] == "reported"
    for r in sorted(by_rule):
        c = by_rule[r]
        lines.append("| %s | %d | %s |" % (r, c["counted"], " | ".join("%d" % c[t] for t in tags)))
    lines.append("")
    lines.append("wall time: %.0f s (-j%d)" % (time.time() - t0, a.j))
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(a.out, "summary.txt"), "w") as fh:
        fh.write(text + "\n")
    with open(os.path.join(a.out, "mutants.tsv"), "w") as fh:
        fh.write("id\top\tfile\tline\tfunction\trules\tmutation\t" + "\t".join("cocci-" + t for t in tags) + "\n")
        for m in done:
            fh.write("\t".join(str(x) for x in [m.id, OPS[m.op], m.file.rel, m.file.line(m.site.start),
                     m.func.name, ",".join(m.rules), m.what] + [m.cocci_by[t] for t in tags]) + "\n")
    return 0


def default_files(src, build, arch_mm):
    out = []
    for d in ("mm", arch_mm):
        for root, _, names in os.walk(os.path.join(build, d)):
            for n in sorted(names):
                if n.startswith(".") and n.endswith(".o.cmd"):
                    rel = os.path.relpath(os.path.join(root, n[1:-4]), build)[:-2] + ".c"
                    if os.path.exists(os.path.join(src, rel)):
                        out.append(rel)
    for rel in ("fs/proc/task_mmu.c", "kernel/events/uprobes.c"):
        if os.path.exists(os.path.join(build, os.path.dirname(rel),
                                       "." + os.path.basename(rel)[:-2] + ".o.cmd")):
            out.append(rel)
    return sorted(set(out))


def report(a, muts, counted, wall):
    by_op = collections.OrderedDict((op, collections.Counter()) for op in OPS)
    for m in muts:
        by_op[m.op][m.verdict] += 1
    res = collections.OrderedDict((op, collections.Counter()) for op in OPS)
    by_rule = collections.defaultdict(collections.Counter)
    for m in counted:
        res[m.op][m.status] += 1
        res[m.op]["cocci-" + m.cocci] += 1
        for r in m.rules:
            by_rule[r][m.status] += 1
            by_rule[r]["cocci-" + m.cocci] += 1
    title = "lockrules mutation-scan: linux %s%s" % (a.version, " (sample of %d, seed %d)" %
                                                      (a.sample, a.seed) if a.sample else "")
    cc = bool(a.cocci)

    def cocci_col(c, n):
        return " | cocci %d/%d" % (c["cocci-reported"], n) if cc else ""
    lines = [title, ""]
    lines.append("| operator | mutants | outside the pack | harmless | n/a | counted | no compile "
                 "| reported | elsewhere | silent | recall |" + (" cocci recall |" if cc else ""))
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|" + ("---|" if cc else ""))
    tot = collections.Counter()
    ctot = collections.Counter()
    for op in OPS:
        v, r = by_op[op], res[op]
        n = r["reported"] + r["elsewhere"] + r["silent"]
        row = [v["counted"] + v["outside"] + v["harmless"] + v["n/a"], v["outside"], v["harmless"],
               v["n/a"], v["counted"], r["nocompile"], r["reported"], r["elsewhere"], r["silent"]]
        tot.update(dict(zip(range(9), row)))
        ctot.update({"cocci-reported": r["cocci-reported"]})
        lines.append("| %d %s | %s | recall %d/%d%s |" % (op, OPS[op], " | ".join(map(str, row)),
                                                          r["reported"], n, cocci_col(r, n)))
    n = tot[6] + tot[7] + tot[8]
    lines.append("| all | %s | recall %d/%d%s |" % (" | ".join(str(tot[i]) for i in range(9)),
                                                    tot[6], n, cocci_col(ctot, n)))
    lines.append("")
    lines.append("| rule | counted (compiled) | reported | elsewhere | silent | recall |" +
                 (" cocci recall |" if cc else ""))
    lines.append("|---|---|---|---|---|---|" + ("---|" if cc else ""))
    for r in sorted(by_rule):
        c = by_rule[r]
        n = c["reported"] + c["elsewhere"] + c["silent"]
        lines.append("| %s | %d | %d | %d | %d | recall %d/%d%s |" % (
            r, n, c["reported"], c["elsewhere"], c["silent"], c["reported"], n, cocci_col(c, n)))
    lines.append("")
    reasons = collections.Counter(getattr(m, "category", m.reason) for m in counted
                                  if m.status in ("silent", "elsewhere"))
    lines.append("silent or elsewhere, by reason:")
    for why, k in reasons.most_common():
        lines.append("  %4d  %s" % (k, why))
    lines.append("")
    lines.append("wall time: %.0f s (-j%d); TSV: %s" % (wall, a.j, os.path.join(a.out, "mutants.tsv")))
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(a.out, "summary.txt"), "w") as fh:
        fh.write(text + "\n")
        fh.write("\nsilent mutants:\n")
        for m in counted:
            if m.status in ("silent", "elsewhere"):
                fh.write("  %s %s:%d %s(): %s [%s] — %s: %s\n" % (
                    OPS[m.op], m.file.rel, m.file.line(m.site.start), m.func.name, m.what,
                    ",".join(m.rules), getattr(m, "category", ""), m.reason))
    with open(os.path.join(a.out, "mutants.tsv"), "w") as fh:
        fh.write("id\top\tfile\tline\tfunction\tverdict\trules\tstatus\tmutation\twhy\tcategory\treason\tnew_warnings\tcocci\n")
        for m in muts:
            fh.write("\t".join(str(x) for x in (
                m.id, OPS[m.op], m.file.rel, m.file.line(m.site.start), m.func.name, m.verdict,
                ",".join(m.rules), m.status or "", m.what, m.why, m.category, m.reason,
                "; ".join("%s:%d" % (d.rule, d.line) for d in m.new), m.cocci)) + "\n")


if __name__ == "__main__":
    sys.exit(main())
