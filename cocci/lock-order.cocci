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

@o1 depends on !context exists@
position p1, p2;
identifier lrw0 =~ "^(mmap_write_unlock|vma_end_read|release_fault_lock)$";
@@

(
vma_start_write@p1(...)
)
... when != \(lrw0(...)\)
(
mmap_read_lock@p2(...)
|
mmap_read_lock_killable@p2(...)
|
mmap_write_lock@p2(...)
|
mmap_write_lock_nested@p2(...)
|
mmap_write_lock_killable@p2(...)
|
lock_mm_and_find_vma@p2(...)
)

@depends on context exists@
identifier lrw0 =~ "^(mmap_write_unlock|vma_end_read|release_fault_lock)$";
@@

(
*vma_start_write(...)
)
... when != \(lrw0(...)\)
(
*mmap_read_lock(...)
|
*mmap_read_lock_killable(...)
|
*mmap_write_lock(...)
|
*mmap_write_lock_nested(...)
|
*mmap_write_lock_killable(...)
|
*lock_mm_and_find_vma(...)
)

@script:python depends on org@
p1 << o1.p1;
p2 << o1.p2;
@@

lr_org(p2, "lock order: mmap_lock taken while the per-VMA lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o1.p1;
p2 << o1.p2;
@@

lr_report(p2[0], "lock order: mmap_lock taken while the per-VMA lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o2 depends on !context exists@
position p1, p2;
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
(
mmap_read_lock@p2(...)
|
mmap_read_lock_killable@p2(...)
|
mmap_write_lock@p2(...)
|
mmap_write_lock_nested@p2(...)
|
mmap_write_lock_killable@p2(...)
|
lock_mm_and_find_vma@p2(...)
)

@depends on context exists@
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
(
*mmap_read_lock(...)
|
*mmap_read_lock_killable(...)
|
*mmap_write_lock(...)
|
*mmap_write_lock_nested(...)
|
*mmap_write_lock_killable(...)
|
*lock_mm_and_find_vma(...)
)

@script:python depends on org@
p1 << o2.p1;
p2 << o2.p2;
@@

lr_org(p2, "lock order: mmap_lock taken while i_mmap_rwsem is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o2.p1;
p2 << o2.p2;
@@

lr_report(p2[0], "lock order: mmap_lock taken while i_mmap_rwsem is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o3 depends on !context exists@
position p1, p2;
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
(
mmap_read_lock@p2(...)
|
mmap_read_lock_killable@p2(...)
|
mmap_write_lock@p2(...)
|
mmap_write_lock_nested@p2(...)
|
mmap_write_lock_killable@p2(...)
|
lock_mm_and_find_vma@p2(...)
)

@depends on context exists@
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
(
*mmap_read_lock(...)
|
*mmap_read_lock_killable(...)
|
*mmap_write_lock(...)
|
*mmap_write_lock_nested(...)
|
*mmap_write_lock_killable(...)
|
*lock_mm_and_find_vma(...)
)

@script:python depends on org@
p1 << o3.p1;
p2 << o3.p2;
@@

lr_org(p2, "lock order: mmap_lock taken while the anon_vma lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o3.p1;
p2 << o3.p2;
@@

lr_report(p2[0], "lock order: mmap_lock taken while the anon_vma lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@lpi4@
expression E;
@@

(
E = pmd_lockptr(...)
)

@p4au depends on lpi4 exists@
identifier fn;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
(
mmap_read_lock@p2(...)
|
mmap_read_lock_killable@p2(...)
|
mmap_write_lock@p2(...)
|
mmap_write_lock_nested@p2(...)
|
mmap_write_lock_killable@p2(...)
|
lock_mm_and_find_vma@p2(...)
)
... when any
}

@p4a depends on lpi4 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p4au.p2;
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
(
mmap_read_lock@p2(...)
|
mmap_read_lock_killable@p2(...)
|
mmap_write_lock@p2(...)
|
mmap_write_lock_nested@p2(...)
|
mmap_write_lock_killable@p2(...)
|
lock_mm_and_find_vma@p2(...)
)
... when any
}

@script:python depends on org@
p1 << p4a.p1;
p2 << p4a.p2;
@@

lr_org(p2, "lock order: mmap_lock taken while the PMD page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p4a.p1;
p2 << p4a.p2;
@@

lr_report(p2[0], "lock order: mmap_lock taken while the PMD page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@lpi5@
expression E;
@@

(
E = pte_lockptr(...)
|
E = ptep_lockptr(...)
)

@p5au depends on lpi5 exists@
identifier fn;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
(
mmap_read_lock@p2(...)
|
mmap_read_lock_killable@p2(...)
|
mmap_write_lock@p2(...)
|
mmap_write_lock_nested@p2(...)
|
mmap_write_lock_killable@p2(...)
|
lock_mm_and_find_vma@p2(...)
)
... when any
}

@p5a depends on lpi5 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p5au.p2;
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
(
mmap_read_lock@p2(...)
|
mmap_read_lock_killable@p2(...)
|
mmap_write_lock@p2(...)
|
mmap_write_lock_nested@p2(...)
|
mmap_write_lock_killable@p2(...)
|
lock_mm_and_find_vma@p2(...)
)
... when any
}

@script:python depends on org@
p1 << p5a.p1;
p2 << p5a.p2;
@@

lr_org(p2, "lock order: mmap_lock taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p5a.p1;
p2 << p5a.p2;
@@

lr_report(p2[0], "lock order: mmap_lock taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o4 depends on !context exists@
position p1, p2;
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
(
mmap_read_lock@p2(...)
|
mmap_read_lock_killable@p2(...)
|
mmap_write_lock@p2(...)
|
mmap_write_lock_nested@p2(...)
|
mmap_write_lock_killable@p2(...)
|
lock_mm_and_find_vma@p2(...)
)

@depends on context exists@
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
(
*mmap_read_lock(...)
|
*mmap_read_lock_killable(...)
|
*mmap_write_lock(...)
|
*mmap_write_lock_nested(...)
|
*mmap_write_lock_killable(...)
|
*lock_mm_and_find_vma(...)
)

@script:python depends on org@
p1 << o4.p1;
p2 << o4.p2;
@@

lr_org(p2, "lock order: mmap_lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o4.p1;
p2 << o4.p2;
@@

lr_report(p2[0], "lock order: mmap_lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o5 depends on !context exists@
position p1, p2;
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
(
vma_start_write@p2(...)
)

@depends on context exists@
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
(
*vma_start_write(...)
)

@script:python depends on org@
p1 << o5.p1;
p2 << o5.p2;
@@

lr_org(p2, "lock order: the per-VMA lock taken while i_mmap_rwsem is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o5.p1;
p2 << o5.p2;
@@

lr_report(p2[0], "lock order: the per-VMA lock taken while i_mmap_rwsem is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o6 depends on !context exists@
position p1, p2;
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
(
vma_start_write@p2(...)
)

@depends on context exists@
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
(
*vma_start_write(...)
)

@script:python depends on org@
p1 << o6.p1;
p2 << o6.p2;
@@

lr_org(p2, "lock order: the per-VMA lock taken while the anon_vma lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o6.p1;
p2 << o6.p2;
@@

lr_report(p2[0], "lock order: the per-VMA lock taken while the anon_vma lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@p9au depends on lpi4 exists@
identifier fn;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
(
vma_start_write@p2(...)
)
... when any
}

@p9a depends on lpi4 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p9au.p2;
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
(
vma_start_write@p2(...)
)
... when any
}

@script:python depends on org@
p1 << p9a.p1;
p2 << p9a.p2;
@@

lr_org(p2, "lock order: the per-VMA lock taken while the PMD page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p9a.p1;
p2 << p9a.p2;
@@

lr_report(p2[0], "lock order: the per-VMA lock taken while the PMD page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@p10au depends on lpi5 exists@
identifier fn;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
(
vma_start_write@p2(...)
)
... when any
}

@p10a depends on lpi5 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p10au.p2;
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
(
vma_start_write@p2(...)
)
... when any
}

@script:python depends on org@
p1 << p10a.p1;
p2 << p10a.p2;
@@

lr_org(p2, "lock order: the per-VMA lock taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p10a.p1;
p2 << p10a.p2;
@@

lr_report(p2[0], "lock order: the per-VMA lock taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o7 depends on !context exists@
position p1, p2;
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
(
vma_start_write@p2(...)
)

@depends on context exists@
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
(
*vma_start_write(...)
)

@script:python depends on org@
p1 << o7.p1;
p2 << o7.p2;
@@

lr_org(p2, "lock order: the per-VMA lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o7.p1;
p2 << o7.p2;
@@

lr_report(p2[0], "lock order: the per-VMA lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o8 depends on !context exists@
position p1, p2;
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
(
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
)

@depends on context exists@
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
(
*i_mmap_lock_write(...)
|
*i_mmap_lock_read(...)
)

@script:python depends on org@
p1 << o8.p1;
p2 << o8.p2;
@@

lr_org(p2, "lock order: i_mmap_rwsem taken while the anon_vma lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o8.p1;
p2 << o8.p2;
@@

lr_report(p2[0], "lock order: i_mmap_rwsem taken while the anon_vma lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@p13au depends on lpi4 exists@
identifier fn;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
(
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
)
... when any
}

@p13a depends on lpi4 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p13au.p2;
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
(
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
)
... when any
}

@script:python depends on org@
p1 << p13a.p1;
p2 << p13a.p2;
@@

lr_org(p2, "lock order: i_mmap_rwsem taken while the PMD page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p13a.p1;
p2 << p13a.p2;
@@

lr_report(p2[0], "lock order: i_mmap_rwsem taken while the PMD page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@p14au depends on lpi5 exists@
identifier fn;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
(
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
)
... when any
}

@p14a depends on lpi5 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p14au.p2;
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
(
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
)
... when any
}

@script:python depends on org@
p1 << p14a.p1;
p2 << p14a.p2;
@@

lr_org(p2, "lock order: i_mmap_rwsem taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p14a.p1;
p2 << p14a.p2;
@@

lr_report(p2[0], "lock order: i_mmap_rwsem taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o9 depends on !context exists@
position p1, p2;
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
(
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
)

@depends on context exists@
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
(
*i_mmap_lock_write(...)
|
*i_mmap_lock_read(...)
)

@script:python depends on org@
p1 << o9.p1;
p2 << o9.p2;
@@

lr_org(p2, "lock order: i_mmap_rwsem taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o9.p1;
p2 << o9.p2;
@@

lr_report(p2[0], "lock order: i_mmap_rwsem taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@p16au depends on lpi4 exists@
identifier fn;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
(
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
)
... when any
}

@p16a depends on lpi4 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p16au.p2;
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
(
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
)
... when any
}

@script:python depends on org@
p1 << p16a.p1;
p2 << p16a.p2;
@@

lr_org(p2, "lock order: the anon_vma lock taken while the PMD page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p16a.p1;
p2 << p16a.p2;
@@

lr_report(p2[0], "lock order: the anon_vma lock taken while the PMD page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@p17au depends on lpi5 exists@
identifier fn;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
(
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
)
... when any
}

@p17a depends on lpi5 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p17au.p2;
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
(
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
)
... when any
}

@script:python depends on org@
p1 << p17a.p1;
p2 << p17a.p2;
@@

lr_org(p2, "lock order: the anon_vma lock taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p17a.p1;
p2 << p17a.p2;
@@

lr_report(p2[0], "lock order: the anon_vma lock taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o10 depends on !context exists@
position p1, p2;
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
(
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
)

@depends on context exists@
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
(
*anon_vma_lock_write(...)
|
*anon_vma_lock_read(...)
|
*folio_lock_anon_vma_read(...)
|
*page_lock_anon_vma_read(...)
)

@script:python depends on org@
p1 << o10.p1;
p2 << o10.p2;
@@

lr_org(p2, "lock order: the anon_vma lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o10.p1;
p2 << o10.p2;
@@

lr_report(p2[0], "lock order: the anon_vma lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@lpo19 depends on lpi5 exists@
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

@p19au depends on lpi5 exists@
identifier fn;
position p2;
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
... when != lk(...)
(
pmd_lock@p2(...)
|
pmd_trans_huge_lock@p2(...)
|
__pmd_trans_huge_lock@p2(...)
)
... when any
}

@p19a depends on lpi5 && !context exists@
identifier fn;
expression E, V;
position p1, p2 != p19au.p2;
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
(
pmd_lock@p2(...)
|
pmd_trans_huge_lock@p2(...)
|
__pmd_trans_huge_lock@p2(...)
)
... when any
}

@script:python depends on org@
p1 << p19a.p1;
p2 << p19a.p2;
@@

lr_org(p2, "lock order: the PMD page-table lock taken while the PTE page-table lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << p19a.p1;
p2 << p19a.p2;
@@

lr_report(p2[0], "lock order: the PMD page-table lock taken while the PTE page-table lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@p19bu depends on lpi5 exists@
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

@o11 depends on !context exists@
position p1, p2;
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
(
pmd_lock@p2(...)
|
pmd_trans_huge_lock@p2(...)
|
__pmd_trans_huge_lock@p2(...)
)

@depends on context exists@
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
(
*pmd_lock(...)
|
*pmd_trans_huge_lock(...)
|
*__pmd_trans_huge_lock(...)
)

@script:python depends on org@
p1 << o11.p1;
p2 << o11.p2;
@@

lr_org(p2, "lock order: the PMD page-table lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o11.p1;
p2 << o11.p2;
@@

lr_report(p2[0], "lock order: the PMD page-table lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o12 depends on !context exists@
position p1, p2;
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
(
pte_offset_map_lock@p2(...)
|
get_locked_pte@p2(...)
|
follow_pte@p2(...)
)

@depends on context exists@
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
(
*pte_offset_map_lock(...)
|
*get_locked_pte(...)
|
*follow_pte(...)
)

@script:python depends on org@
p1 << o12.p1;
p2 << o12.p2;
@@

lr_org(p2, "lock order: the PTE page-table lock taken while the lruvec lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o12.p1;
p2 << o12.p2;
@@

lr_report(p2[0], "lock order: the PTE page-table lock taken while the lruvec lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o13 depends on !context exists@
position p1, p2;
identifier lrw0 =~ "^(mmap_write_unlock|vma_end_read|release_fault_lock)$";
@@

(
vma_start_write@p1(...)
)
... when != \(lrw0(...)\)
(
folio_lock@p2(...)
|
lock_page@p2(...)
|
folio_lock_killable@p2(...)
|
__folio_lock_or_retry@p2(...)
|
__folio_lock@p2(...)
|
__folio_lock_killable@p2(...)
)

@depends on context exists@
identifier lrw0 =~ "^(mmap_write_unlock|vma_end_read|release_fault_lock)$";
@@

(
*vma_start_write(...)
)
... when != \(lrw0(...)\)
(
*folio_lock(...)
|
*lock_page(...)
|
*folio_lock_killable(...)
|
*__folio_lock_or_retry(...)
|
*__folio_lock(...)
|
*__folio_lock_killable(...)
)

@script:python depends on org@
p1 << o13.p1;
p2 << o13.p2;
@@

lr_org(p2, "lock order: the folio lock taken while the per-VMA lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o13.p1;
p2 << o13.p2;
@@

lr_report(p2[0], "lock order: the folio lock taken while the per-VMA lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

@o14 depends on !context exists@
position p1, p2;
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
(
mmap_read_lock@p2(...)
|
mmap_read_lock_killable@p2(...)
|
mmap_write_lock@p2(...)
|
mmap_write_lock_nested@p2(...)
|
mmap_write_lock_killable@p2(...)
|
lock_mm_and_find_vma@p2(...)
)

@depends on context exists@
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
(
*mmap_read_lock(...)
|
*mmap_read_lock_killable(...)
|
*mmap_write_lock(...)
|
*mmap_write_lock_nested(...)
|
*mmap_write_lock_killable(...)
|
*lock_mm_and_find_vma(...)
)

@script:python depends on org@
p1 << o14.p1;
p2 << o14.p2;
@@

lr_org(p2, "lock order: mmap_lock taken while the folio lock is held [-Wlockrules=lock-order]", p1, "taken on")

@script:python depends on report@
p1 << o14.p1;
p2 << o14.p2;
@@

lr_report(p2[0], "lock order: mmap_lock taken while the folio lock is held [-Wlockrules=lock-order] (taken on line %s)" % (p1[0].line))

