// SPDX-License-Identifier: GPL-2.0
/// lock order: an mm lock taken, blocking, while a lock below it is held [lockrules:lock-order]
///
//# Generated from rules/mm.rules ('order' lines) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Trylocks are exempt: they never wait.  Rule: mm/rmap.c:20-52, mm/filemap.c:78-126.
//
// Confidence: Moderate
// Copyright: (C) 2026 The lockrules authors.
// Comments: the GCC plugin also sees locks taken inside called functions
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
lr_range = (0, 999)
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

@lpi19@
expression E;
@@

(
E = pte_lockptr(...)
|
E = ptep_lockptr(...)
)

@lpo19 depends on lpi19 exists@
identifier fn;
expression F;
@@

fn(...) {
... when any
(
F = pmd_lockptr(...)
)
... when any
}

@p19bu depends on lpi19 exists@
identifier lpo19.fn;
expression lpo19.F;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk2 =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
lk2@p2(F, ...)
... when any
}

@p19b depends on !context exists@
identifier lpo19.fn;
expression lpo19.F;
expression E, V;
position p1, p2 != p19bu.p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk2 =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore)$";
@@

fn(...) {
...
(
E = pte_lockptr(...)
|
E = ptep_lockptr(...)
)
... when != E = V
lk@p1(E, ...)
... when != \(lrw0(E, ...)\|pte_unmap_unlock(..., E)\|E = V\)
lk2@p2(F, ...)
... when any
}

@script:python depends on org@
p1 << p19b.p1;
p2 << p19b.p2;
@@

lr_org(p2, "lock order: the PMD page-table lock taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p19b.p1;
p2 << p19b.p2;
@@

lr_report(p2[0], "lock order: the PMD page-table lock taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o1 depends on !context exists@
position p1, p2;
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|folio_lock|lock_page|folio_lock_killable|__folio_lock_or_retry|__folio_lock|__folio_lock_killable)$";
identifier lrw0 =~ "^(mmap_write_unlock|vma_end_read|release_fault_lock)$";
@@

(
vma_start_write@p1(...)
)
... when != \(lrw0(...)\)
    when any
lo@p2(...)

@depends on context exists@
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|folio_lock|lock_page|folio_lock_killable|__folio_lock_or_retry|__folio_lock|__folio_lock_killable)$";
identifier lrw0 =~ "^(mmap_write_unlock|vma_end_read|release_fault_lock)$";
@@

(
*vma_start_write(...)
)
... when != \(lrw0(...)\)
    when any
*lo(...)

@script:python depends on org@
p1 << o1.p1;
p2 << o1.p2;
lo << o1.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_org(p2, "lock order: mmap_lock taken while the per-VMA lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o1.p1;
p2 << o1.p2;
lo << o1.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_report(p2[0], "lock order: mmap_lock taken while the per-VMA lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << o1.p1;
p2 << o1.p2;
lo << o1.lo;
@@

if str(lo) in ("folio_lock", "lock_page", "folio_lock_killable", "__folio_lock_or_retry", "__folio_lock", "__folio_lock_killable", ):
    lr_org(p2, "lock order: the folio lock taken while the per-VMA lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o1.p1;
p2 << o1.p2;
lo << o1.lo;
@@

if str(lo) in ("folio_lock", "lock_page", "folio_lock_killable", "__folio_lock_or_retry", "__folio_lock", "__folio_lock_killable", ):
    lr_report(p2[0], "lock order: the folio lock taken while the per-VMA lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))


@o2 depends on !context exists@
position p1, p2;
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write)$";
identifier lrw0 =~ "^(i_mmap_unlock_write|i_mmap_unlock_read)$";
@@

(
i_mmap_lock_write@p1(...)
|
i_mmap_trylock_write@p1(...)
|
i_mmap_lock_read@p1(...)
|
i_mmap_trylock_read@p1(...)
)
... when != \(lrw0(...)\)
    when any
lo@p2(...)

@depends on context exists@
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write)$";
identifier lrw0 =~ "^(i_mmap_unlock_write|i_mmap_unlock_read)$";
@@

(
*i_mmap_lock_write(...)
|
*i_mmap_trylock_write(...)
|
*i_mmap_lock_read(...)
|
*i_mmap_trylock_read(...)
)
... when != \(lrw0(...)\)
    when any
*lo(...)

@script:python depends on org@
p1 << o2.p1;
p2 << o2.p2;
lo << o2.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_org(p2, "lock order: mmap_lock taken while i_mmap_rwsem is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o2.p1;
p2 << o2.p2;
lo << o2.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_report(p2[0], "lock order: mmap_lock taken while i_mmap_rwsem is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << o2.p1;
p2 << o2.p2;
lo << o2.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_org(p2, "lock order: the per-VMA lock taken while i_mmap_rwsem is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o2.p1;
p2 << o2.p2;
lo << o2.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_report(p2[0], "lock order: the per-VMA lock taken while i_mmap_rwsem is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))


@o3 depends on !context exists@
position p1, p2;
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write|i_mmap_lock_write|i_mmap_lock_read)$";
identifier lrw0 =~ "^(anon_vma_unlock_write|anon_vma_unlock_read)$";
@@

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
... when != \(lrw0(...)\)
    when any
lo@p2(...)

@depends on context exists@
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write|i_mmap_lock_write|i_mmap_lock_read)$";
identifier lrw0 =~ "^(anon_vma_unlock_write|anon_vma_unlock_read)$";
@@

(
*anon_vma_lock_write(...)
|
*anon_vma_trylock_write(...)
|
*anon_vma_lock_read(...)
|
*anon_vma_trylock_read(...)
|
*folio_lock_anon_vma_read(...)
|
*page_lock_anon_vma_read(...)
)
... when != \(lrw0(...)\)
    when any
*lo(...)

@script:python depends on org@
p1 << o3.p1;
p2 << o3.p2;
lo << o3.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_org(p2, "lock order: mmap_lock taken while the anon_vma lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o3.p1;
p2 << o3.p2;
lo << o3.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_report(p2[0], "lock order: mmap_lock taken while the anon_vma lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << o3.p1;
p2 << o3.p2;
lo << o3.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_org(p2, "lock order: the per-VMA lock taken while the anon_vma lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o3.p1;
p2 << o3.p2;
lo << o3.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_report(p2[0], "lock order: the per-VMA lock taken while the anon_vma lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << o3.p1;
p2 << o3.p2;
lo << o3.lo;
@@

if str(lo) in ("i_mmap_lock_write", "i_mmap_lock_read", ):
    lr_org(p2, "lock order: i_mmap_rwsem taken while the anon_vma lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o3.p1;
p2 << o3.p2;
lo << o3.lo;
@@

if str(lo) in ("i_mmap_lock_write", "i_mmap_lock_read", ):
    lr_report(p2[0], "lock order: i_mmap_rwsem taken while the anon_vma lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))


@lpi27@
expression E;
@@

(
E = pmd_lockptr(...)
)

@p27au depends on lpi27 exists@
identifier fn;
position p2;
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write|i_mmap_lock_write|i_mmap_lock_read|anon_vma_lock_write|anon_vma_lock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
    when any
lo@p2(...)
... when any
}

@p27a depends on lpi27 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p27au.p2;
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write|i_mmap_lock_write|i_mmap_lock_read|anon_vma_lock_write|anon_vma_lock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore)$";
@@

fn(...) {
...
(
E = pmd_lockptr(...)
)
... when != E = V
lk@p1(E, ...)
... when != \(lrw0(E, ...)\|pte_unmap_unlock(..., E)\|E = V\)
    when any
lo@p2(...)
... when any
}

@script:python depends on org@
p1 << p27a.p1;
p2 << p27a.p2;
lo << p27a.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_org(p2, "lock order: mmap_lock taken while the PMD page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p27a.p1;
p2 << p27a.p2;
lo << p27a.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_report(p2[0], "lock order: mmap_lock taken while the PMD page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << p27a.p1;
p2 << p27a.p2;
lo << p27a.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_org(p2, "lock order: the per-VMA lock taken while the PMD page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p27a.p1;
p2 << p27a.p2;
lo << p27a.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_report(p2[0], "lock order: the per-VMA lock taken while the PMD page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << p27a.p1;
p2 << p27a.p2;
lo << p27a.lo;
@@

if str(lo) in ("i_mmap_lock_write", "i_mmap_lock_read", ):
    lr_org(p2, "lock order: i_mmap_rwsem taken while the PMD page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p27a.p1;
p2 << p27a.p2;
lo << p27a.lo;
@@

if str(lo) in ("i_mmap_lock_write", "i_mmap_lock_read", ):
    lr_report(p2[0], "lock order: i_mmap_rwsem taken while the PMD page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << p27a.p1;
p2 << p27a.p2;
lo << p27a.lo;
@@

if str(lo) in ("anon_vma_lock_write", "anon_vma_lock_read", "folio_lock_anon_vma_read", "page_lock_anon_vma_read", ):
    lr_org(p2, "lock order: the anon_vma lock taken while the PMD page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p27a.p1;
p2 << p27a.p2;
lo << p27a.lo;
@@

if str(lo) in ("anon_vma_lock_write", "anon_vma_lock_read", "folio_lock_anon_vma_read", "page_lock_anon_vma_read", ):
    lr_report(p2[0], "lock order: the anon_vma lock taken while the PMD page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))


@p28au depends on lpi19 exists@
identifier fn;
position p2;
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write|i_mmap_lock_write|i_mmap_lock_read|anon_vma_lock_write|anon_vma_lock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
    when any
lo@p2(...)
... when any
}

@p28a depends on lpi19 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p28au.p2;
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write|i_mmap_lock_write|i_mmap_lock_read|anon_vma_lock_write|anon_vma_lock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore)$";
@@

fn(...) {
...
(
E = pte_lockptr(...)
|
E = ptep_lockptr(...)
)
... when != E = V
lk@p1(E, ...)
... when != \(lrw0(E, ...)\|pte_unmap_unlock(..., E)\|E = V\)
    when any
lo@p2(...)
... when any
}

@script:python depends on org@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_org(p2, "lock order: mmap_lock taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_report(p2[0], "lock order: mmap_lock taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_org(p2, "lock order: the per-VMA lock taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_report(p2[0], "lock order: the per-VMA lock taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("i_mmap_lock_write", "i_mmap_lock_read", ):
    lr_org(p2, "lock order: i_mmap_rwsem taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("i_mmap_lock_write", "i_mmap_lock_read", ):
    lr_report(p2[0], "lock order: i_mmap_rwsem taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("anon_vma_lock_write", "anon_vma_lock_read", "folio_lock_anon_vma_read", "page_lock_anon_vma_read", ):
    lr_org(p2, "lock order: the anon_vma lock taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("anon_vma_lock_write", "anon_vma_lock_read", "folio_lock_anon_vma_read", "page_lock_anon_vma_read", ):
    lr_report(p2[0], "lock order: the anon_vma lock taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("pmd_lock", "pmd_trans_huge_lock", "__pmd_trans_huge_lock", ):
    lr_org(p2, "lock order: the PMD page-table lock taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p28a.p1;
p2 << p28a.p2;
lo << p28a.lo;
@@

if str(lo) in ("pmd_lock", "pmd_trans_huge_lock", "__pmd_trans_huge_lock", ):
    lr_report(p2[0], "lock order: the PMD page-table lock taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))


@o6 depends on !context exists@
position p1, p2;
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write|i_mmap_lock_write|i_mmap_lock_read|anon_vma_lock_write|anon_vma_lock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pte_offset_map_lock|get_locked_pte|follow_pte)$";
identifier lrw0 =~ "^(unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
folio_lruvec_lock@p1(...)
|
folio_lruvec_lock_irq@p1(...)
|
folio_lruvec_lock_irqsave@p1(...)
|
folio_lruvec_relock_irq@p1(...)
|
folio_lruvec_relock_irqsave@p1(...)
)
... when != \(lrw0(...)\)
    when any
lo@p2(...)

@depends on context exists@
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma|vma_start_write|i_mmap_lock_write|i_mmap_lock_read|anon_vma_lock_write|anon_vma_lock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pte_offset_map_lock|get_locked_pte|follow_pte)$";
identifier lrw0 =~ "^(unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
*folio_lruvec_lock(...)
|
*folio_lruvec_lock_irq(...)
|
*folio_lruvec_lock_irqsave(...)
|
*folio_lruvec_relock_irq(...)
|
*folio_lruvec_relock_irqsave(...)
)
... when != \(lrw0(...)\)
    when any
*lo(...)

@script:python depends on org@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_org(p2, "lock order: mmap_lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_report(p2[0], "lock order: mmap_lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_org(p2, "lock order: the per-VMA lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("vma_start_write", ):
    lr_report(p2[0], "lock order: the per-VMA lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("i_mmap_lock_write", "i_mmap_lock_read", ):
    lr_org(p2, "lock order: i_mmap_rwsem taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("i_mmap_lock_write", "i_mmap_lock_read", ):
    lr_report(p2[0], "lock order: i_mmap_rwsem taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("anon_vma_lock_write", "anon_vma_lock_read", "folio_lock_anon_vma_read", "page_lock_anon_vma_read", ):
    lr_org(p2, "lock order: the anon_vma lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("anon_vma_lock_write", "anon_vma_lock_read", "folio_lock_anon_vma_read", "page_lock_anon_vma_read", ):
    lr_report(p2[0], "lock order: the anon_vma lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("pmd_lock", "pmd_trans_huge_lock", "__pmd_trans_huge_lock", ):
    lr_org(p2, "lock order: the PMD page-table lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("pmd_lock", "pmd_trans_huge_lock", "__pmd_trans_huge_lock", ):
    lr_report(p2[0], "lock order: the PMD page-table lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@script:python depends on org@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("pte_offset_map_lock", "get_locked_pte", "follow_pte", ):
    lr_org(p2, "lock order: the PTE page-table lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o6.p1;
p2 << o6.p2;
lo << o6.lo;
@@

if str(lo) in ("pte_offset_map_lock", "get_locked_pte", "follow_pte", ):
    lr_report(p2[0], "lock order: the PTE page-table lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))


@o7 depends on !context exists@
position p1, p2;
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma)$";
identifier lrw0 =~ "^(folio_unlock|unlock_page|__folio_clear_locked|__ClearPageLocked)$";
@@

(
folio_lock@p1(...)
|
lock_page@p1(...)
|
folio_trylock@p1(...)
|
trylock_page@p1(...)
|
folio_lock_killable@p1(...)
|
grab_cache_page_write_begin@p1(...)
|
find_lock_entries@p1(...)
|
shmem_get_folio@p1(...)
|
__folio_lock_or_retry@p1(...)
|
__folio_lock@p1(...)
|
__folio_lock_killable@p1(...)
|
__readahead_folio@p1(...)
|
__folio_set_locked@p1(...)
|
__SetPageLocked@p1(...)
)
... when != \(lrw0(...)\)
    when any
lo@p2(...)

@depends on context exists@
identifier lo =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|lock_mm_and_find_vma)$";
identifier lrw0 =~ "^(folio_unlock|unlock_page|__folio_clear_locked|__ClearPageLocked)$";
@@

(
*folio_lock(...)
|
*lock_page(...)
|
*folio_trylock(...)
|
*trylock_page(...)
|
*folio_lock_killable(...)
|
*grab_cache_page_write_begin(...)
|
*find_lock_entries(...)
|
*shmem_get_folio(...)
|
*__folio_lock_or_retry(...)
|
*__folio_lock(...)
|
*__folio_lock_killable(...)
|
*__readahead_folio(...)
|
*__folio_set_locked(...)
|
*__SetPageLocked(...)
)
... when != \(lrw0(...)\)
    when any
*lo(...)

@script:python depends on org@
p1 << o7.p1;
p2 << o7.p2;
lo << o7.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_org(p2, "lock order: mmap_lock taken while the folio lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o7.p1;
p2 << o7.p2;
lo << o7.lo;
@@

if str(lo) in ("mmap_read_lock", "mmap_read_lock_killable", "mmap_write_lock", "mmap_write_lock_nested", "mmap_write_lock_killable", "lock_mm_and_find_vma", ):
    lr_report(p2[0], "lock order: mmap_lock taken while the folio lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))


