// SPDX-License-Identifier: GPL-2.0
/// PMD collapse under the anon_vma write lock without the per-VMA lock (write) [lockrules:collapse-vma-write]
///
//# Generated from rules/mm.rules (rule collapse-vma-write) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the PMD collapse under the anon_vma write lock after the anon_vma lock, on a path where the per-VMA lock (write) is taken nowhere before it (held on some path: silent).
//# Rule: mm/khugepaged.c:1156-1166 (6.12: mmap_write_lock, vma_start_write, anon_vma_lock_write); commit 55fd6fccad31 'mm/khugepaged: write-lock VMA while collapsing a huge page' (2023): faults under the per-VMA lock raced collapse
//
// Confidence: Moderate
// Copyright: (C) 2026 The lockrules authors.
// Comments: the GCC plugin checks the same rule with the locks held on every path
// Options: --no-includes --include-headers

virtual context
virtual org
virtual report

@initialize:python@
@@

import linecache, os, re
lr_seen = set()
lr_fn = {}
lr_excl = set()
# the 6.x releases the rule exists in (rules/mm.rules since/until)
lr_range = (4, 999)
# the pack's entry points, as the source defines them (SYSCALL_DEFINEx)
lr_entries = [("SYSCALL_DEFINE", "a system call"), ("COMPAT_SYSCALL_DEFINE", "a compat system call"), ]

lr_trees = {}
def lr_applies(path):
    # LOCKRULES_KERNEL=6.1: the release of a file outside its tree (a copy of a mutant)
    env = re.match(r'^(\d+)\.(\d+)', os.environ.get('LOCKRULES_KERNEL', ''))
    if env:
        v = (int(env.group(1)), int(env.group(2)))
        return v[0] != 6 or lr_range[0] <= v[1] <= lr_range[1]
    d = os.path.dirname(os.path.abspath(path))
    while d not in lr_trees and d != os.path.dirname(d):
        mk = os.path.join(d, 'Makefile')
        if os.path.isfile(os.path.join(d, 'Kbuild')) and os.path.isfile(mk):
            head = open(mk, errors='replace').read(2000)
            v = re.search(r'^VERSION = (\d+)\s+PATCHLEVEL = (\d+)', head, re.M)
            lr_trees[d] = (int(v.group(1)), int(v.group(2))) if v else None
            break
        d = os.path.dirname(d)
    v = lr_trees.get(d)
    return v is None or v[0] != 6 or lr_range[0] <= v[1] <= lr_range[1]

def lr_key(p):
    return (p.file, p.line, p.column)

def lr_report(p, msg):
    k = lr_key(p)
    if k not in lr_seen and k not in lr_excl and lr_applies(p.file):
        lr_seen.add(k)
        coccilib.report.print_report(p, msg)

def lr_org(p, msg, p1=None, second=None):
    k = (p[0].file, p[0].line, p[0].column, 'org')
    if k not in lr_seen and lr_key(p[0]) not in lr_excl and lr_applies(p[0].file):
        lr_seen.add(k)
        cocci.print_main(msg, p)
        if p1:
            cocci.print_secs(second, p1)

def lr_word(p, pat):
    m = re.search(pat, linecache.getline(p.file, int(p.line))[int(p.column):])
    return m.group(1) if m else ''

def lr_entry(p):
    text = linecache.getline(p.file, int(p.line))[:int(p.column)]
    for macro, what in lr_entries:
        if re.search(r'\b%s\d\(\s*$' % macro, text):
            return what
    return None

@h exists@
position p2;
@@

(
vma_start_read(...)
|
lock_vma_under_rcu(...)
|
vma_start_write(...)
|
vma_assert_write_locked(...)
|
vma_assert_locked(...)
)
...
(
pmdp_collapse_flush@p2(...)
)

@r depends on !context exists@
identifier fn;
position p1, p2 != h.p2;
identifier lrw0 =~ "^(vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_write_locked|vma_assert_locked)$";
identifier lrw1 =~ "^(vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_write_locked|vma_assert_locked)$";
@@

fn(...) {
... when != \(lrw0(...)\)
(
anon_vma_lock_write@p1(...)
|
anon_vma_trylock_write@p1(...)
|
anon_vma_lock_read@p1(...)
|
anon_vma_trylock_read@p1(...)
|
folio_lock_anon_vma_read@p1(...)
|
page_lock_anon_vma_read@p1(...)
)
... when != \(lrw1(...)\)
(
pmdp_collapse_flush@p2(...)
)
... when any
}

@c depends on context exists@
identifier fn;
position p2 != h.p2;
identifier lrw0 =~ "^(vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_write_locked|vma_assert_locked)$";
identifier lrw1 =~ "^(vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_write_locked|vma_assert_locked)$";
@@

fn(...) {
... when != \(lrw0(...)\)
(
anon_vma_lock_write(...)
|
anon_vma_trylock_write(...)
|
anon_vma_lock_read(...)
|
anon_vma_trylock_read(...)
|
folio_lock_anon_vma_read(...)
|
page_lock_anon_vma_read(...)
)
... when != \(lrw1(...)\)
(
*pmdp_collapse_flush@p2(...)
)
... when any
}

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

lr_org(p2, "PMD collapse under the anon_vma write lock without the per-VMA lock (write) [-Wlockrules=collapse-vma-write]", p1, "the anon_vma lock on")

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

lr_report(p2[0], "PMD collapse under the anon_vma write lock without the per-VMA lock (write) [-Wlockrules=collapse-vma-write] (the anon_vma lock on line %s)" % (p1[0].line))
