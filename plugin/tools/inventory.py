#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""inventory: every lock contract a kernel tree states, and what the pack does with it.

    inventory.py TREE VERSION                 list the entries (one per line)
    inventory.py TREE VERSION --check         also resolve each entry through
                                              testsuite/inventory/resolution.txt;
                                              exit 1 if one is in neither list
    inventory.py TREE VERSION --table         the audit table (counts per source
                                              and per resolution, reasons grouped)

What is scanned (mm/, include/linux/, kernel/, fs/, arch/x86/mm/, arch/arm64/mm/):
  assert   calls of the lock assertions (mmap_assert_*, vma_assert_*,
           i_mmap_assert_*, lockdep_assert_held*, assert_spin_locked,
           rwsem_assert_held*, assert_fault_locked, hugetlb_vma_assert_locked)
           and VM_BUG_ON*/VM_WARN_ON*/WARN_ON*/BUG_ON on rwsem_is_locked,
           spin_is_locked, folio_test_locked, PageLocked, lockdep_is_held;
  comment  comment sentences with "Context:", "must be held", "must hold",
           "called with/under ... held/locked", "caller must", "with ...
           locked", "returns with ... locked/held", "must be locked";
  order    the edges of mm/rmap.c's and mm/filemap.c's lock-order comments;
  api      the functions of include/linux/mmap_lock.h and mm.h's vm_flags_*;
  doc      testsuite/inventory/documented.txt: contracts stated outside the
           code (process_addrs.rst's tables, the seed threads, the six
           patterns of the real bugs), one per line with its citation.
Outside mm/, arch/*/mm/ and the mm headers, an entry is kept only when it
names a lock of mm (mmap, VMA, i_mmap, anon_vma, page-table, lruvec, folio).

An entry's key survives line shifts: KIND|FILE|FUNCTION|TEXT, where FUNCTION
is the enclosing function (or, for a comment outside any function, the
function it documents, or '-') and TEXT the normalised contract text; a
second identical entry in the same function gets '#2'.  file:line is kept as
information.  Each line printed: KEY <tab> LOCKS <tab> FILE:LINE <tab> PACK,
where PACK says what the rule pack (read through plugin/build/packdump, never
by parsing rules/) knows of the entry's function or assertion.

Resolution file (first matching line wins; '#' comments):
    GLOB [QUALIFIERS] => encoded ID: explanation
    GLOB [QUALIFIERS] => encoded-weaker ID: what is not checked
    GLOB [QUALIFIERS] => not-encoded CATEGORY: reason
GLOB is an fnmatch pattern on the key; QUALIFIERS narrow it: locks=GLOB
(on the LOCKS column), text=GLOB (on the contract text alone; '?' for a
blank), version=V.  ID is a rule id, lock-order, or api:NAME, and must exist
in the pack of that version.
"""
import argparse
import collections
import fnmatch
import json
import os
import re
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PACKDUMP = os.path.join(TOP, "plugin", "build", "packdump")
RULES = os.path.join(TOP, "rules", "mm.rules")
INV = os.path.join(TOP, "testsuite", "inventory")

DIRS = ["mm", "include/linux", "kernel", "fs", "arch/x86/mm", "arch/arm64/mm"]
MM_HEADERS = set("""mm.h mm_types.h mm_inline.h mmap_lock.h rmap.h pagemap.h huge_mm.h
hugetlb.h pagewalk.h swap.h swapops.h memcontrol.h mmu_notifier.h userfaultfd_k.h ksm.h
khugepaged.h migrate.h mempolicy.h pgtable.h page-flags.h vmstat.h shmem_fs.h
memory-tiers.h page_ref.h mman.h mm_types_task.h page_idle.h pagevec.h folio_queue.h
memfd.h secretmem.h page_table_check.h mmzone.h gfp.h highmem.h""".split())

ASSERT_FUNCS = ("mmap_assert_locked mmap_assert_write_locked vma_assert_locked "
                "vma_assert_write_locked i_mmap_assert_locked i_mmap_assert_write_locked "
                "lockdep_assert_held lockdep_assert_held_write lockdep_assert_held_read "
                "lockdep_assert_held_once assert_spin_locked assert_raw_spin_locked "
                "rwsem_assert_held rwsem_assert_held_write rwsem_assert_held_nolockdep "
                "rwsem_assert_held_write_nolockdep assert_fault_locked "
                "hugetlb_vma_assert_locked").split()
ASSERT_RE = re.compile(r"\b(%s)\s*\(" % "|".join(ASSERT_FUNCS))
BUG_RE = re.compile(r"\b(VM_BUG_ON\w*|VM_WARN_ON\w*|WARN_ON\w*|BUG_ON)\s*\(")
BUG_LOCKTEST = re.compile(r"\b(rwsem_is_locked|rwsem_is_write_locked|spin_is_locked|"
                          r"raw_spin_is_locked|folio_test_locked|PageLocked|"
                          r"lockdep_is_held\w*|mutex_is_locked)\s*\(")

PHRASES = re.compile(
    r"Context:|must be held|must hold|must be locked|must have\b[^.;]{0,60}\b(locked|held)\b|"
    r"called (with|under)\b[^.;]{0,80}\b(held|locked|lock)\b|"
    r"[Cc]aller (must|should|needs to)\b|"
    r"\bwith\b[^.;]{0,60}\blocked\b|"
    r"returns? with\b[^.;]{0,60}\b(locked|held)\b", re.S)

# Cheap prefilters: a file outside mm names an mm lock; a file has a phrase.
MM_WORDS = re.compile(r"mmap_lock|mmap_sem|mmap_assert|vma_assert|i_mmap|anon_vma|ptl|page_table_lock|"
                      r"lru_lock|lruvec|[Ll]ock_page|folio|[Pp]age lock|locked|VMA lock|vma lock|"
                      r"mmap (read |write )?lock|page.table lock|pte lock|pmd lock")
PHRASE_WORDS = re.compile(r"Context:|must|[Cc]aller|called|returns? with|locked")

# Lock vocabulary: which lock a text or a lock expression names.  The pack's
# classes first (their names match the pack's), then other mm locks.
LOCKS = [
    ("mmap", r"mmap_lock|mmap_sem|mmap_(read|write)_(un)?lock|mmap_assert|\bmmap (read |write )?lock"),
    ("vma", r"vma_assert|vma_start_write|vma_start_read|\bvm_lock\b|per-VMA|\bVMA (read |write )?lock|"
            r"\bvma (read |write )?lock|lock_vma_under_rcu|vma_end_write_all"),
    ("i_mmap", r"i_mmap"),
    ("anon_vma", r"anon_vma(->root)?->rwsem|anon_vma_(try)?lock|anon_vma (rw)?(lock|sem)|"
                 r"anon_vma[.>-]+lock|anon_vma->root->rwsem|root->rwsem"),
    ("ptl", r"\w*ptl\b|page_table_lock|p[mtu]d_lockptr|pte_lockptr|\bptlp?\b|page[ -]table (spin)?lock|"
            r"\bpte[ _]lock|\bpmd[ _]lock|\bptlock|pte_offset_map_lock|pmd_trans_huge_lock|"
            r"\bPTL\b|\bPT lock|pgtable lock|vmf->ptl|pvmw\.ptl"),
    ("lruvec", r"(?i:lru_lock|lruvec[ _]lock|lruvec_lock|lru lock)"),
    ("folio", r"folio_test_locked|PageLocked|\b(folio|page) lock\b|\bfolio_lock\b|\block_page\b|"
              r"\blocked (folio|page)|\b(folio|page)s? (is |are |must be |to be |be )?locked|"
              r"with the (folio|page) locked|trylock_page|folio_trylock"),
]
OTHER = [
    ("hugetlb_lock", r"hugetlb_lock"), ("hugetlb_vma_lock", r"hugetlb_vma|vma_lock\b|hugetlb_fault_mutex"),
    ("zone_lock", r"zone->lock|zone lock"), ("i_pages", r"i_pages|xa_lock|xas_lock"),
    ("swap", r"swap_lock|si->lock|swap_info|cluster lock|ci->lock"), ("mmlist_lock", r"mmlist_lock"),
    ("invalidate_lock", r"invalidate_lock"), ("private_lock", r"private_lock|i_private_lock"),
    ("pgd_lock", r"pgd_lock"), ("memcg", r"memcg|objcg|css_set|cgroup"),
    ("rcu", r"\brcu\b|RCU"), ("inode", r"i_rwsem|inode_lock|i_lock|inode->i_"),
    ("slab", r"list_lock|slab|kmem_cache"), ("pcp", r"pcp|pcpu"),
    ("mm_other", r"arg_lock|context\.lock|ctx->|mm->context"), ("tasklist", r"tasklist_lock"),
    ("irq", r"irqs? (disabled|off)|interrupts? disabled|preempt"),
]
LOCK_RES = [(n, re.compile(r, re.I if n in ("folio",) else 0)) for n, r in LOCKS]
OTHER_RES = [(n, re.compile(r)) for n, r in OTHER]


def locks_named(text):
    found = [n for n, r in LOCK_RES if r.search(text)]
    if not found:
        found = ["other:" + n for n, r in OTHER_RES if r.search(text)][:2] or ["other"]
    return ",".join(found)


# ------------------------------------------------------------------ C scanning

TOKENS = re.compile(r"(?P<c>/\*.*?\*/)|(?P<l>//[^\n]*)|(?P<s>\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*')|"
                    r"(?P<p>^[ \t]*\#(?:[^\n]*\\\n)*[^\n]*)", re.S | re.M)


def split_c(src):
    """Return (code, comments): code with comments, strings and preprocessor
    lines blanked (newlines kept, so offsets and lines stay), and the comments
    as (start offset, end offset, text)."""
    out = []
    comments = []
    last = 0
    for m in TOKENS.finditer(src):
        out.append(src[last:m.start()])
        t = m.group(0)
        if m.group("c") or m.group("l"):
            comments.append((m.start(), m.end(), t))
        elif m.group("p"):
            for c in re.finditer(r"/\*.*?\*/", t, re.S):
                comments.append((m.start() + c.start(), m.start() + c.end(), c.group(0)))
        out.append(re.sub(r"[^\n]", " ", t) if not m.group("s") else t[0] + re.sub(r"[^\n]", " ", t[1:-1]) + t[-1])
        last = m.end()
    out.append(src[last:])
    return "".join(out), comments


FUNC_HEAD = re.compile(r"([A-Za-z_]\w*)\s*\(")


def functions(code):
    """Function bodies: list of (name, head start, body start, body end)."""
    funcs = []
    depth = 0
    seg = 0		# start of the current depth-0 segment
    body = None	# (name, head start, body start) of the open depth-0 block
    for m in re.finditer(r"[{};]", code):
        c, i = m.group(0), m.start()
        if c == "{":
            if depth == 0:
                head = code[seg:i]
                name = None
                if "(" in head and "=" not in head.split("(")[0] and not re.search(r"=\s*$", head):
                    f = FUNC_HEAD.search(head)
                    if f and f.group(1) not in ("if", "while", "for", "switch"):
                        name = f.group(1)
                        if re.match(r"SYSCALL_DEFINE\d|COMPAT_SYSCALL_DEFINE\d", name):
                            a = re.match(r"\s*(\w+)", head[f.end():])
                            name = "sys_" + a.group(1) if a else name
                        elif name in ("__releases", "__acquires", "__must_hold"):
                            name = None
                body = (name, seg + len(head) - len(head.lstrip()), i)
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                if body and body[0]:
                    funcs.append((body[0], body[1], body[2], i))
                body = None
                seg = i + 1
            elif depth < 0:
                depth = 0
                seg = i + 1
        elif depth == 0:
            seg = i + 1
    return funcs


def balanced(text, i):
    """text[i] is '(' : return the index after its matching ')'."""
    d = 0
    for j in range(i, min(len(text), i + 2000)):
        if text[j] == "(":
            d += 1
        elif text[j] == ")":
            d -= 1
            if d == 0:
                return j + 1
    return -1


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def normcode(s):
    return re.sub(r"\s+", "", s)


def clean_comment(text):
    t = text
    if t.startswith("/*"):
        t = t[2:]
    if t.endswith("*/"):
        t = t[:-2]
    if t.startswith("//"):
        t = t[2:]
    lines = [re.sub(r"^\s*\*+ ?", "", l) if l.lstrip().startswith("*") else l for l in t.split("\n")]
    return "\n".join(lines)


def sentences(text):
    """Kerneldoc paragraphs and sentences: (offset, sentence)."""
    out = []
    for para in re.finditer(r"(?:[^\n]|\n(?!\s*\n)(?!\s*@?\w+:\s)(?!\s*[-*] ))+", text):
        p = para.group(0)
        base = para.start()
        if re.match(r"\s*Context:", p):
            out.append((base, p))
            continue
        for s in re.finditer(r"[^.;]+(?:[.;](?!\w)|$)|[^.;]+", p):
            out.append((base + s.start(), s.group(0)))
    return out


class Entry:
    __slots__ = ("kind", "file", "func", "text", "locks", "line", "pack", "key", "where")

    def __init__(self, kind, file, func, text, locks, line, pack=""):
        self.kind, self.file, self.func, self.text = kind, file, func, text
        self.locks, self.line, self.pack = locks, line, pack
        self.key = None
        self.where = "%s:%s" % (file, line)


def line_of(src, off, cache={}):
    return src.count("\n", 0, off) + 1


def scan_file(tree, rel, pack, mmcore):
    try:
        src = open(os.path.join(tree, rel), errors="replace").read()
    except OSError:
        return []
    if not mmcore and not MM_WORDS.search(src):
        return []
    if not (ASSERT_RE.search(src) or BUG_LOCKTEST.search(src) or PHRASE_WORDS.search(src)):
        return []
    code, comments = split_c(src)
    funcs = functions(code)
    starts = [f[2] for f in funcs]
    lines = [0]
    for m in re.finditer("\n", src):
        lines.append(m.end())

    def lineno(off):
        lo, hi = 0, len(lines)
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if lines[mid] <= off:
                lo = mid
            else:
                hi = mid
        return lo + 1

    def enclosing(off):
        for name, hs, bs, be in funcs:
            if bs <= off <= be:
                return name
        return None

    def documented(off_end):
        """The function a comment ending at off_end documents: the next
        function whose head starts with nothing but blanks in between."""
        for name, hs, bs, be in funcs:
            if hs >= off_end:
                gap = code[off_end:hs]
                return name if gap.strip() == "" else None
        return None

    def macro_at(off):
        ls = src.rfind("\n", 0, off) + 1
        # walk back over continuation lines to the #define
        while True:
            line = src[ls:src.find("\n", ls)]
            if line.lstrip().startswith("#"):
                m = re.match(r"\s*#\s*define\s+(\w+)", line)
                return "#define " + m.group(1) if m else None
            if ls < 2 or src[ls - 2] != "\\":
                return None
            ls = src.rfind("\n", 0, ls - 1) + 1

    out = []
    # -- assertions: in code, or in a macro body (code is blank there)
    for m in ASSERT_RE.finditer(src):
        off = m.start()
        if code[off] == " " and not macro_at(off):
            continue		# in a comment or a string
        e = balanced(src, m.end() - 1)
        if e < 0:
            continue
        name = m.group(1)
        call = normcode(src[off:e])
        arg = call[len(name) + 1:-1]
        fn = enclosing(off) or macro_at(off)
        if not fn:
            continue		# a declaration or the assertion's own definition
        if name.startswith(("mmap_", "vma_", "i_mmap_", "assert_fault", "hugetlb_vma")):
            locks = locks_named(name + " " + arg)
        else:
            locks = locks_named(arg)
        if not mmcore and locks.startswith("other"):
            continue
        out.append(Entry("assert", rel, fn, call, locks, lineno(off), pack_of(pack, fn, name)))
    for m in BUG_RE.finditer(code):
        off = m.start()
        e = balanced(src, m.end() - 1)
        if e < 0:
            continue
        call = normcode(src[off:e])
        t = BUG_LOCKTEST.search(call)
        if not t:
            continue
        locks = locks_named(call[t.start():])
        if not mmcore and locks.startswith("other"):
            continue
        fn = enclosing(off) or "-"
        out.append(Entry("assert", rel, fn, call, locks, lineno(off), pack_of(pack, fn, t.group(1))))
    # -- comments
    for cs, ce, ctext in comments:
        if not PHRASES.search(ctext):
            continue
        body = clean_comment(ctext)
        fn = enclosing(cs) or documented(ce) or "-"
        for so, s in sentences(body):
            if not PHRASES.search(s):
                continue
            text = norm(s)
            if len(text) > 200:
                text = text[:200]
            locks = locks_named(text)
            if not mmcore and locks.startswith("other"):
                continue
            text = text.replace("|", "/")
            # line: where the phrase is in the comment
            ln = lineno(cs) + body[:so + PHRASES.search(s).start()].count("\n")
            out.append(Entry("comment", rel, fn, text, locks, ln, pack_of(pack, fn, None)))
    return out


def pack_of(pack, fn, api):
    """What the pack knows: the rules that guard fn, fn as an api, the api."""
    said = []
    for r in pack["rules"]:
        if any(c["name"] == fn for c in r["calls"]):
            said.append("rule:" + r["id"])
    if fn in pack["api_names"]:
        said.append("api:" + fn)
    if api and api in pack["api_names"] and api != fn:
        said.append("api:" + api)
    return ",".join(said) or "-"


# ------------------------------------------------------------------ orders

ORDER_NAMES = [("mmap", r"mmap_lock"), ("vma", r"vma_start_write"), ("i_mmap", r"i_mmap_rwsem"),
               ("anon_vma", r"anon_vma"), ("ptl", r"page_table_lock|pte_lock|pte map lock"),
               ("lruvec", r"lru_lock"), ("folio", r"folio_lock\b|lock_page")]


def order_class(name):
    found = [c for c, r in ORDER_NAMES if re.search(r, name)]
    if found:
        return "+".join(found)
    return "other:" + re.sub(r"\W+", "_", name).strip("_")


def scan_orders(tree, rel, pack):
    try:
        src = open(os.path.join(tree, rel), errors="replace").read()
    except OSError:
        return []
    m = re.search(r"/\*\s*\n\s*\*\s*Lock ordering( in mm)?:", src)
    if not m:
        return []
    end = src.find("*/", m.end())
    first = src.count("\n", 0, m.end()) + 1
    out = []
    stack = []		# (indent, name)
    cont = False	# inside a parenthesis that spans lines
    for k, raw in enumerate(src[m.end():end].split("\n")):
        line = re.sub(r"^\s*\*", "", raw).expandtabs(8)
        if cont:
            cont = ")" not in line
            continue
        if line.count("(") > line.count(")"):
            cont = True
            line = line[:line.rfind("(")]
        if not line.strip():
            stack = []
            continue
        if line.strip().startswith(("hugetlbfs", "anon_vma->rwsem,mapping")) and line.rstrip().endswith(":"):
            stack = []
            continue
        indent = len(line) - len(line.lstrip())
        text = line.strip()
        where = ""
        w = re.search(r"\((.*)\)\s*$", text)
        if w and not text.startswith("("):
            where = w.group(1)
            text = text[:w.start()].strip()
        name = re.sub(r"\s{2,}.*$", "", text).lstrip("-> ").strip()
        if not name or text.startswith("("):
            continue
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if stack:
            parent = stack[-1][1]
            t = "%s -> %s%s" % (parent, name, " (%s)" % norm(where) if where else "")
            locks = "%s,%s" % (order_class(parent), order_class(name))
            out.append(Entry("order", rel, "-", t.replace("|", "/"), locks, first + k, "-"))
        stack.append((indent, name))
    return out


# ------------------------------------------------------------------ api

def scan_api(tree, pack):
    out = []
    for rel, only in (("include/linux/mmap_lock.h", None), ("include/linux/mm.h", r"vm_flags_\w+|__vm_flags_mod")):
        try:
            src = open(os.path.join(tree, rel), errors="replace").read()
        except OSError:
            continue
        code, _ = split_c(src)
        seen = set()
        for name, hs, bs, be in functions(code):
            if only and not re.fullmatch(only, name):
                continue
            if name in seen:
                continue	# the !CONFIG variant of the same function
            seen.add(name)
            calls = sorted(c for c in set(re.findall(r"\b(\w+)\s*\(", code[bs:be]))
                           if re.search(r"down_|up_|rwsem|assert|^vma_|^mmap_|downgrade|lock", c)
                           and "trace" not in c)
            ln = src.count("\n", 0, hs) + 1
            text = "%s calls %s" % (name, ",".join(calls) or "nothing")
            out.append(Entry("api", rel, name, text, locks_named(name + " " + " ".join(calls)), ln,
                             pack_of(pack, name, name)))
    return out


# ------------------------------------------------------------------ documented

def read_documented(version, pack):
    out = []
    path = os.path.join(INV, "documented.txt")
    for k, raw in enumerate(open(path), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 5:
            raise SystemExit("%s:%d: expected SOURCE | ID | VERSIONS | CONTRACT | CITE" % (path, k))
        source, ident, versions, contract, cite = parts[:5]
        if versions != "all" and version not in versions.split(","):
            continue
        out.append(Entry("doc", source, ident, contract, locks_named(contract),
                         k, "cite: " + cite))
        out[-1].where = "testsuite/inventory/documented.txt:%d" % k
    return out


# ------------------------------------------------------------------ main

def load_pack(version):
    if not os.path.exists(PACKDUMP):
        raise SystemExit("no %s: run 'make plugin/build/packdump'" % PACKDUMP)
    p = subprocess.run([PACKDUMP, RULES, version], stdout=subprocess.PIPE, check=True,
                       universal_newlines=True)
    pack = json.loads(p.stdout)
    pack["api_names"] = {a["name"] for a in pack["apis"]}
    pack["rule_ids"] = {r["id"] for r in pack["rules"]}
    return pack


def is_mmcore(rel):
    if rel.startswith(("mm/", "arch/x86/mm/", "arch/arm64/mm/")):
        return True
    return rel.startswith("include/linux/") and os.path.basename(rel) in MM_HEADERS


def inventory(tree, version, pack):
    entries = []
    for d in DIRS:
        root = os.path.join(tree, d)
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for f in sorted(filenames):
                if not f.endswith((".c", ".h")):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, f), tree)
                entries += scan_file(tree, rel, pack, is_mmcore(rel))
    for rel in ("mm/rmap.c", "mm/filemap.c"):
        entries += scan_orders(tree, rel, pack)
    entries += scan_api(tree, pack)
    entries += read_documented(version, pack)
    seen = collections.Counter()
    for e in entries:
        base = "%s|%s|%s|%s" % (e.kind, e.file, e.func, e.text)
        seen[base] += 1
        e.key = base if seen[base] == 1 else "%s#%d" % (base, seen[base])
    return entries


RES_LINE = re.compile(r"^(?P<pat>\S+)(?P<quals>(?:\s+(?:locks|version|text)=\S+)*)\s+=>\s+"
                      r"(?P<res>encoded|encoded-weaker|not-encoded)\s+(?P<id>(?:api:)?[^:\s]+):\s*(?P<why>.*)$")


def load_resolution(path, version, pack):
    rules, errors = [], []
    for k, raw in enumerate(open(path), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = RES_LINE.match(line)
        if not m:
            errors.append("%s:%d: cannot parse: %s" % (path, k, line))
            continue
        quals = dict(q.split("=", 1) for q in m.group("quals").split())
        if "version" in quals and quals["version"] != version:
            continue
        ident = m.group("id")
        if m.group("res") != "not-encoded":
            ok = (ident in pack["rule_ids"] or ident == "lock-order" or
                  ident.startswith("api:") and ident[4:] in pack["api_names"])
            if not ok:
                errors.append("%s:%d: '%s' is not a rule or api of the %s pack" % (path, k, ident, version))
        rules.append({"pat": m.group("pat"), "locks": quals.get("locks"), "text": quals.get("text"),
                      "res": m.group("res"),
                      "id": ident, "why": m.group("why"), "line": k, "used": 0})
    return rules, errors


def resolve(entries, rules):
    out = []
    for e in entries:
        hit = None
        for r in rules:
            if (fnmatch.fnmatchcase(e.key, r["pat"]) or
                    fnmatch.fnmatchcase(re.sub(r"#\d+$", "", e.key), r["pat"])) and \
                    (r["locks"] is None or fnmatch.fnmatchcase(e.locks, r["locks"])) and \
                    (r["text"] is None or fnmatch.fnmatchcase(e.text, r["text"])):
                hit = r
                break
        if hit:
            hit["used"] += 1
        out.append((e, hit))
    return out


SOURCES = [("assert", "assertions"), ("comment", "comments and kerneldoc"),
           ("order", "rmap.c/filemap.c lock order"), ("api", "mmap_lock.h, vm_flags_*"),
           ("doc", "documented.txt (process_addrs.rst, seed threads, six patterns)")]


def table(version, resolved, out=sys.stdout):
    cols = ["encoded", "encoded-weaker", "not-encoded", "unresolved"]
    counts = collections.defaultdict(collections.Counter)
    reasons = collections.defaultdict(collections.Counter)
    examples = {}
    for e, r in resolved:
        res = r["res"] if r else "unresolved"
        counts[e.kind][res] += 1
        if r and r["res"] == "not-encoded":
            # group by the reason's head: the missing rule's name, or the text
            head = r["why"].split(" (")[0].split("; ")[0]
            reasons[r["id"]][head] += 1
            examples.setdefault((r["id"], head), e.where)
    print("Rule-pack audit, %s (%d entries)" % (version, len(resolved)), file=out)
    print("  %-62s %8s %8s %8s %8s %6s" % ("source", "encoded", "weaker", "not-enc", "unres", "total"),
          file=out)
    tot = collections.Counter()
    for kind, label in SOURCES:
        c = counts[kind]
        tot.update(c)
        print("  %-62s %8d %8d %8d %8d %6d" % (label, c["encoded"], c["encoded-weaker"],
                                              c["not-encoded"], c["unresolved"], sum(c.values())),
              file=out)
    print("  %-62s %8d %8d %8d %8d %6d" % ("all", tot["encoded"], tot["encoded-weaker"],
                                          tot["not-encoded"], tot["unresolved"], sum(tot.values())),
          file=out)
    print("Not encoded, by reason:", file=out)
    for cat in sorted(reasons, key=lambda c: -sum(reasons[c].values())):
        print("  %-4d %s" % (sum(reasons[cat].values()), cat), file=out)
        for why, n in reasons[cat].most_common():
            print("       %-4d %s  (e.g. %s)" % (n, why, examples[(cat, why)]), file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tree")
    ap.add_argument("version")
    ap.add_argument("--check", action="store_true", help="fail on an entry in neither list")
    ap.add_argument("--table", action="store_true", help="print the audit table")
    ap.add_argument("--resolution", default=os.path.join(INV, "resolution.txt"))
    ap.add_argument("--show", default="", help="with --check: print the resolved entries "
                    "whose key matches this glob")
    args = ap.parse_args()

    pack = load_pack(args.version)
    entries = inventory(args.tree, args.version, pack)
    if not (args.check or args.table):
        for e in entries:
            print("%s\t%s\t%s\t%s" % (e.key, e.locks, e.where, e.pack))
        return 0
    rules, errors = load_resolution(args.resolution, args.version, pack)
    resolved = resolve(entries, rules)
    if args.table:
        table(args.version, resolved)
    if args.show:
        for e, r in resolved:
            if fnmatch.fnmatchcase(e.key, args.show):
                print("%s\t%s\t%s\t%s" % (e.key, e.locks, e.where,
                      "line %d: %s %s" % (r["line"], r["res"], r["id"]) if r else "UNRESOLVED"))
    unresolved = [e for e, r in resolved if not r]
    for e in unresolved:
        print("unresolved: %s\t%s\t%s\t%s" % (e.key, e.locks, e.where, e.pack))
    for err in errors:
        print("error: " + err)
    if args.check:
        print("%s: %d entries, %d resolved, %d unresolved, %d resolution errors" %
              (args.version, len(entries), len(entries) - len(unresolved), len(unresolved), len(errors)))
    return 1 if (unresolved or errors) and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
