// SPDX-License-Identifier: GPL-2.0
/// sleeping lock taken under a spinlock [lockrules:sleep-under-spinlock]
///
//# Generated from rules/mm.rules (the classes of kind spin, and the blocking
//# acquisitions of the sleeping kinds) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports a blocking acquisition of mmap_lock, the per-VMA lock, i_mmap_rwsem, the anon_vma lock, the folio lock, the x86 LDT lock (mm->context.ldt_usr_sem) (not a trylock)
//# between the acquisition of the PMD page-table lock, the PTE page-table lock, mm->page_table_lock, a page-table lock, the lruvec lock and its release,
//# where no path reaches it without the spin lock.  A spinlock holder must not
//# sleep: do_huge_pmd_wp_page() and madvise_free_pte_range() use folio_trylock()
//# under the ptl and drop the ptl to wait.
//# Patch mode: the blocking call becomes its trylock; where that fails, spin_unlock(),
//# the blocking call, spin_lock(); what the spin lock protects must then be checked again.
//
// Confidence: Moderate
// Copyright: (C) 2026 The lockrules authors.
// Comments: the GCC plugin checks the same rule with the locks held on every path
// Options: --no-includes --include-headers

virtual context
virtual org
virtual report
virtual patch

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

@s0 depends on !context && !patch exists@
expression E, V;
position p1, p2;
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
E = pmd_lock@p1(...)
|
E = pud_lock@p1(...)
|
E = huge_pte_lock@p1(...)
|
E = folio_lruvec_lock@p1(...)
|
E = folio_lruvec_lock_irq@p1(...)
|
E = folio_lruvec_lock_irqsave@p1(...)
|
E = folio_lruvec_relock_irq@p1(...)
|
E = folio_lruvec_relock_irqsave@p1(...)
)
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
|
vma_start_write@p2(...)
|
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
|
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
|
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
|
bp@p2(&BE->mmap_lock, ...)
|
bp@p2(&BE->i_mmap_rwsem, ...)
|
bp@p2(&BE->rwsem, ...)
|
bp@p2(&BE->ldt_usr_sem, ...)
)

@s1 depends on !context && !patch exists@
expression E, V;
position p1, p2;
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
pte_offset_map_lock@p1(..., &E)
|
get_locked_pte@p1(..., &E)
|
follow_pte@p1(..., &E)
)
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
|
vma_start_write@p2(...)
|
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
|
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
|
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
|
bp@p2(&BE->mmap_lock, ...)
|
bp@p2(&BE->i_mmap_rwsem, ...)
|
bp@p2(&BE->rwsem, ...)
|
bp@p2(&BE->ldt_usr_sem, ...)
)

@s2f0 depends on !context && !patch exists@
expression X;
position p1, p2;
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

lk@p1(X->ptl, ...)
... when != \(lrw0(X->ptl, ...)\|pte_unmap_unlock(..., X->ptl)\)
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
|
vma_start_write@p2(...)
|
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
|
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
|
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
|
bp@p2(&BE->mmap_lock, ...)
|
bp@p2(&BE->i_mmap_rwsem, ...)
|
bp@p2(&BE->rwsem, ...)
|
bp@p2(&BE->ldt_usr_sem, ...)
)

@s2f1 depends on !context && !patch exists@
expression X;
position p1, p2;
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

lk@p1(X->lock, ...)
... when != \(lrw0(X->lock, ...)\|pte_unmap_unlock(..., X->lock)\)
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
|
vma_start_write@p2(...)
|
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
|
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
|
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
|
bp@p2(&BE->mmap_lock, ...)
|
bp@p2(&BE->i_mmap_rwsem, ...)
|
bp@p2(&BE->rwsem, ...)
|
bp@p2(&BE->ldt_usr_sem, ...)
)

@s3f0 depends on !context && !patch exists@
expression X;
position p1, p2;
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

lk@p1(&X->page_table_lock, ...)
... when != \(lrw0(&X->page_table_lock, ...)\)
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
|
vma_start_write@p2(...)
|
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
|
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
|
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
|
bp@p2(&BE->mmap_lock, ...)
|
bp@p2(&BE->i_mmap_rwsem, ...)
|
bp@p2(&BE->rwsem, ...)
|
bp@p2(&BE->ldt_usr_sem, ...)
)

@s3f1 depends on !context && !patch exists@
expression X;
position p1, p2;
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

lk@p1(&X->lru_lock, ...)
... when != \(lrw0(&X->lru_lock, ...)\)
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
|
vma_start_write@p2(...)
|
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
|
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
|
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
|
bp@p2(&BE->mmap_lock, ...)
|
bp@p2(&BE->i_mmap_rwsem, ...)
|
bp@p2(&BE->rwsem, ...)
|
bp@p2(&BE->ldt_usr_sem, ...)
)

@s4 depends on !context && !patch exists@
expression E, V;
position p1, p0, p2;
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
E = pmd_lockptr@p0(...)
|
E = pte_lockptr@p0(...)
|
E = ptep_lockptr@p0(...)
|
E = pud_lockptr@p0(...)
|
E = huge_pte_lockptr@p0(...)
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
|
vma_start_write@p2(...)
|
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
|
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
|
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
|
bp@p2(&BE->mmap_lock, ...)
|
bp@p2(&BE->i_mmap_rwsem, ...)
|
bp@p2(&BE->rwsem, ...)
|
bp@p2(&BE->ldt_usr_sem, ...)
)

@u depends on context || patch || s0 || s1 || s2f0 || s2f1 || s3f0 || s3f1 || s4 exists@
identifier fn;
position p2;
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(pmd_lock|pud_lock|huge_pte_lock|folio_lruvec_lock|folio_lruvec_lock_irq|folio_lruvec_lock_irqsave|folio_lruvec_relock_irq|folio_lruvec_relock_irqsave|pte_offset_map_lock|get_locked_pte|follow_pte|down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

fn(...) {
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
|
vma_start_write@p2(...)
|
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
|
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
|
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
|
bp@p2(&BE->mmap_lock, ...)
|
bp@p2(&BE->i_mmap_rwsem, ...)
|
bp@p2(&BE->rwsem, ...)
|
bp@p2(&BE->ldt_usr_sem, ...)
)
... when any
}

@script:python@
p2 << u.p2;
@@

lr_excl.add(lr_key(p2[0]))

@u2 depends on context || patch || s0 || s1 || s2f0 || s2f1 || s3f0 || s3f1 || s4 exists@
position p2;
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(pmd_lock|pud_lock|huge_pte_lock|folio_lruvec_lock|folio_lruvec_lock_irq|folio_lruvec_lock_irqsave|folio_lruvec_relock_irq|folio_lruvec_relock_irqsave|pte_offset_map_lock|get_locked_pte|follow_pte|down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
@@

(
up_read(...)
|
up_write(...)
|
double_pt_unlock(...)
|
spin_unlock(...)
|
spin_unlock_irq(...)
|
spin_unlock_bh(...)
|
spin_unlock_irqrestore(...)
|
_raw_spin_unlock(...)
|
_raw_spin_unlock_irq(...)
|
_raw_spin_unlock_bh(...)
|
_raw_spin_unlock_irqrestore(...)
|
__raw_spin_unlock(...)
|
__raw_spin_unlock_irq(...)
|
__raw_spin_unlock_bh(...)
|
__raw_spin_unlock_irqrestore(...)
|
unlock_page_lruvec(...)
|
unlock_page_lruvec_irq(...)
|
unlock_page_lruvec_irqrestore(...)
|
pte_unmap_unlock(...)
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
|
vma_start_write@p2(...)
|
i_mmap_lock_write@p2(...)
|
i_mmap_lock_read@p2(...)
|
anon_vma_lock_write@p2(...)
|
anon_vma_lock_read@p2(...)
|
folio_lock_anon_vma_read@p2(...)
|
page_lock_anon_vma_read@p2(...)
|
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
|
bp@p2(&BE->mmap_lock, ...)
|
bp@p2(&BE->i_mmap_rwsem, ...)
|
bp@p2(&BE->rwsem, ...)
|
bp@p2(&BE->ldt_usr_sem, ...)
)

@script:python@
p2 << u2.p2;
@@

lr_excl.add(lr_key(p2[0]))

@s0_c depends on context exists@
expression E, V;
position p1, p2 != {u.p2, u2.p2};
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
E = pmd_lock@p1(...)
|
E = pud_lock@p1(...)
|
E = huge_pte_lock@p1(...)
|
E = folio_lruvec_lock@p1(...)
|
E = folio_lruvec_lock_irq@p1(...)
|
E = folio_lruvec_lock_irqsave@p1(...)
|
E = folio_lruvec_relock_irq@p1(...)
|
E = folio_lruvec_relock_irqsave@p1(...)
)
... when != \(lrw0(E, ...)\|pte_unmap_unlock(..., E)\|E = V\)
(
*mmap_read_lock@p2(...)
|
*mmap_read_lock_killable@p2(...)
|
*mmap_write_lock@p2(...)
|
*mmap_write_lock_nested@p2(...)
|
*mmap_write_lock_killable@p2(...)
|
*lock_mm_and_find_vma@p2(...)
|
*vma_start_write@p2(...)
|
*i_mmap_lock_write@p2(...)
|
*i_mmap_lock_read@p2(...)
|
*anon_vma_lock_write@p2(...)
|
*anon_vma_lock_read@p2(...)
|
*folio_lock_anon_vma_read@p2(...)
|
*page_lock_anon_vma_read@p2(...)
|
*folio_lock@p2(...)
|
*lock_page@p2(...)
|
*folio_lock_killable@p2(...)
|
*__folio_lock_or_retry@p2(...)
|
*__folio_lock@p2(...)
|
*__folio_lock_killable@p2(...)
|
*bp@p2(&BE->mmap_lock, ...)
|
*bp@p2(&BE->i_mmap_rwsem, ...)
|
*bp@p2(&BE->rwsem, ...)
|
*bp@p2(&BE->ldt_usr_sem, ...)
)

@s1_c depends on context exists@
expression E, V;
position p1, p2 != {u.p2, u2.p2};
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
pte_offset_map_lock@p1(..., &E)
|
get_locked_pte@p1(..., &E)
|
follow_pte@p1(..., &E)
)
... when != \(lrw0(E, ...)\|pte_unmap_unlock(..., E)\|E = V\)
(
*mmap_read_lock@p2(...)
|
*mmap_read_lock_killable@p2(...)
|
*mmap_write_lock@p2(...)
|
*mmap_write_lock_nested@p2(...)
|
*mmap_write_lock_killable@p2(...)
|
*lock_mm_and_find_vma@p2(...)
|
*vma_start_write@p2(...)
|
*i_mmap_lock_write@p2(...)
|
*i_mmap_lock_read@p2(...)
|
*anon_vma_lock_write@p2(...)
|
*anon_vma_lock_read@p2(...)
|
*folio_lock_anon_vma_read@p2(...)
|
*page_lock_anon_vma_read@p2(...)
|
*folio_lock@p2(...)
|
*lock_page@p2(...)
|
*folio_lock_killable@p2(...)
|
*__folio_lock_or_retry@p2(...)
|
*__folio_lock@p2(...)
|
*__folio_lock_killable@p2(...)
|
*bp@p2(&BE->mmap_lock, ...)
|
*bp@p2(&BE->i_mmap_rwsem, ...)
|
*bp@p2(&BE->rwsem, ...)
|
*bp@p2(&BE->ldt_usr_sem, ...)
)

@s2f0_c depends on context exists@
expression X;
position p1, p2 != {u.p2, u2.p2};
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

lk@p1(X->ptl, ...)
... when != \(lrw0(X->ptl, ...)\|pte_unmap_unlock(..., X->ptl)\)
(
*mmap_read_lock@p2(...)
|
*mmap_read_lock_killable@p2(...)
|
*mmap_write_lock@p2(...)
|
*mmap_write_lock_nested@p2(...)
|
*mmap_write_lock_killable@p2(...)
|
*lock_mm_and_find_vma@p2(...)
|
*vma_start_write@p2(...)
|
*i_mmap_lock_write@p2(...)
|
*i_mmap_lock_read@p2(...)
|
*anon_vma_lock_write@p2(...)
|
*anon_vma_lock_read@p2(...)
|
*folio_lock_anon_vma_read@p2(...)
|
*page_lock_anon_vma_read@p2(...)
|
*folio_lock@p2(...)
|
*lock_page@p2(...)
|
*folio_lock_killable@p2(...)
|
*__folio_lock_or_retry@p2(...)
|
*__folio_lock@p2(...)
|
*__folio_lock_killable@p2(...)
|
*bp@p2(&BE->mmap_lock, ...)
|
*bp@p2(&BE->i_mmap_rwsem, ...)
|
*bp@p2(&BE->rwsem, ...)
|
*bp@p2(&BE->ldt_usr_sem, ...)
)

@s2f1_c depends on context exists@
expression X;
position p1, p2 != {u.p2, u2.p2};
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

lk@p1(X->lock, ...)
... when != \(lrw0(X->lock, ...)\|pte_unmap_unlock(..., X->lock)\)
(
*mmap_read_lock@p2(...)
|
*mmap_read_lock_killable@p2(...)
|
*mmap_write_lock@p2(...)
|
*mmap_write_lock_nested@p2(...)
|
*mmap_write_lock_killable@p2(...)
|
*lock_mm_and_find_vma@p2(...)
|
*vma_start_write@p2(...)
|
*i_mmap_lock_write@p2(...)
|
*i_mmap_lock_read@p2(...)
|
*anon_vma_lock_write@p2(...)
|
*anon_vma_lock_read@p2(...)
|
*folio_lock_anon_vma_read@p2(...)
|
*page_lock_anon_vma_read@p2(...)
|
*folio_lock@p2(...)
|
*lock_page@p2(...)
|
*folio_lock_killable@p2(...)
|
*__folio_lock_or_retry@p2(...)
|
*__folio_lock@p2(...)
|
*__folio_lock_killable@p2(...)
|
*bp@p2(&BE->mmap_lock, ...)
|
*bp@p2(&BE->i_mmap_rwsem, ...)
|
*bp@p2(&BE->rwsem, ...)
|
*bp@p2(&BE->ldt_usr_sem, ...)
)

@s3f0_c depends on context exists@
expression X;
position p1, p2 != {u.p2, u2.p2};
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

lk@p1(&X->page_table_lock, ...)
... when != \(lrw0(&X->page_table_lock, ...)\)
(
*mmap_read_lock@p2(...)
|
*mmap_read_lock_killable@p2(...)
|
*mmap_write_lock@p2(...)
|
*mmap_write_lock_nested@p2(...)
|
*mmap_write_lock_killable@p2(...)
|
*lock_mm_and_find_vma@p2(...)
|
*vma_start_write@p2(...)
|
*i_mmap_lock_write@p2(...)
|
*i_mmap_lock_read@p2(...)
|
*anon_vma_lock_write@p2(...)
|
*anon_vma_lock_read@p2(...)
|
*folio_lock_anon_vma_read@p2(...)
|
*page_lock_anon_vma_read@p2(...)
|
*folio_lock@p2(...)
|
*lock_page@p2(...)
|
*folio_lock_killable@p2(...)
|
*__folio_lock_or_retry@p2(...)
|
*__folio_lock@p2(...)
|
*__folio_lock_killable@p2(...)
|
*bp@p2(&BE->mmap_lock, ...)
|
*bp@p2(&BE->i_mmap_rwsem, ...)
|
*bp@p2(&BE->rwsem, ...)
|
*bp@p2(&BE->ldt_usr_sem, ...)
)

@s3f1_c depends on context exists@
expression X;
position p1, p2 != {u.p2, u2.p2};
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

lk@p1(&X->lru_lock, ...)
... when != \(lrw0(&X->lru_lock, ...)\)
(
*mmap_read_lock@p2(...)
|
*mmap_read_lock_killable@p2(...)
|
*mmap_write_lock@p2(...)
|
*mmap_write_lock_nested@p2(...)
|
*mmap_write_lock_killable@p2(...)
|
*lock_mm_and_find_vma@p2(...)
|
*vma_start_write@p2(...)
|
*i_mmap_lock_write@p2(...)
|
*i_mmap_lock_read@p2(...)
|
*anon_vma_lock_write@p2(...)
|
*anon_vma_lock_read@p2(...)
|
*folio_lock_anon_vma_read@p2(...)
|
*page_lock_anon_vma_read@p2(...)
|
*folio_lock@p2(...)
|
*lock_page@p2(...)
|
*folio_lock_killable@p2(...)
|
*__folio_lock_or_retry@p2(...)
|
*__folio_lock@p2(...)
|
*__folio_lock_killable@p2(...)
|
*bp@p2(&BE->mmap_lock, ...)
|
*bp@p2(&BE->i_mmap_rwsem, ...)
|
*bp@p2(&BE->rwsem, ...)
|
*bp@p2(&BE->ldt_usr_sem, ...)
)

@s4_c depends on context exists@
expression E, V;
position p1, p0, p2 != {u.p2, u2.p2};
expression BE;
identifier bp =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lk =~ "^(down_read|down_read_killable|down_write|down_write_nested|down_write_killable|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|spin_lock_irqsave|_raw_spin_lock_nested|spin_lock_nested|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave)$";
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
E = pmd_lockptr@p0(...)
|
E = pte_lockptr@p0(...)
|
E = ptep_lockptr@p0(...)
|
E = pud_lockptr@p0(...)
|
E = huge_pte_lockptr@p0(...)
)
... when != E = V
lk@p1(E, ...)
... when != \(lrw0(E, ...)\|pte_unmap_unlock(..., E)\|E = V\)
(
*mmap_read_lock@p2(...)
|
*mmap_read_lock_killable@p2(...)
|
*mmap_write_lock@p2(...)
|
*mmap_write_lock_nested@p2(...)
|
*mmap_write_lock_killable@p2(...)
|
*lock_mm_and_find_vma@p2(...)
|
*vma_start_write@p2(...)
|
*i_mmap_lock_write@p2(...)
|
*i_mmap_lock_read@p2(...)
|
*anon_vma_lock_write@p2(...)
|
*anon_vma_lock_read@p2(...)
|
*folio_lock_anon_vma_read@p2(...)
|
*page_lock_anon_vma_read@p2(...)
|
*folio_lock@p2(...)
|
*lock_page@p2(...)
|
*folio_lock_killable@p2(...)
|
*__folio_lock_or_retry@p2(...)
|
*__folio_lock@p2(...)
|
*__folio_lock_killable@p2(...)
|
*bp@p2(&BE->mmap_lock, ...)
|
*bp@p2(&BE->i_mmap_rwsem, ...)
|
*bp@p2(&BE->rwsem, ...)
|
*bp@p2(&BE->ldt_usr_sem, ...)
)

@s0_p depends on patch exists@
expression E, V;
position p1, p2 != {u.p2, u2.p2};
expression list ES;
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
E = pmd_lock@p1(...)
|
E = pud_lock@p1(...)
|
E = huge_pte_lock@p1(...)
)
... when != \(lrw0(E, ...)\|pte_unmap_unlock(..., E)\|E = V\)
(
-mmap_read_lock@p2(ES);
+if (!mmap_read_trylock(ES)) {
+	spin_unlock(E);
+	mmap_read_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-mmap_write_lock@p2(ES);
+if (!mmap_write_trylock(ES)) {
+	spin_unlock(E);
+	mmap_write_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-i_mmap_lock_write@p2(ES);
+if (!i_mmap_trylock_write(ES)) {
+	spin_unlock(E);
+	i_mmap_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-i_mmap_lock_read@p2(ES);
+if (!i_mmap_trylock_read(ES)) {
+	spin_unlock(E);
+	i_mmap_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-anon_vma_lock_write@p2(ES);
+if (!anon_vma_trylock_write(ES)) {
+	spin_unlock(E);
+	anon_vma_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-anon_vma_lock_read@p2(ES);
+if (!anon_vma_trylock_read(ES)) {
+	spin_unlock(E);
+	anon_vma_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(E);
+	folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-lock_page@p2(ES);
+if (!trylock_page(ES)) {
+	spin_unlock(E);
+	lock_page(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-__folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(E);
+	__folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
)

@s1_p depends on patch exists@
expression E, V;
position p1, p2 != {u.p2, u2.p2};
expression list ES;
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
pte_offset_map_lock@p1(..., &E)
|
get_locked_pte@p1(..., &E)
|
follow_pte@p1(..., &E)
)
... when != \(lrw0(E, ...)\|pte_unmap_unlock(..., E)\|E = V\)
(
-mmap_read_lock@p2(ES);
+if (!mmap_read_trylock(ES)) {
+	spin_unlock(E);
+	mmap_read_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-mmap_write_lock@p2(ES);
+if (!mmap_write_trylock(ES)) {
+	spin_unlock(E);
+	mmap_write_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-i_mmap_lock_write@p2(ES);
+if (!i_mmap_trylock_write(ES)) {
+	spin_unlock(E);
+	i_mmap_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-i_mmap_lock_read@p2(ES);
+if (!i_mmap_trylock_read(ES)) {
+	spin_unlock(E);
+	i_mmap_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-anon_vma_lock_write@p2(ES);
+if (!anon_vma_trylock_write(ES)) {
+	spin_unlock(E);
+	anon_vma_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-anon_vma_lock_read@p2(ES);
+if (!anon_vma_trylock_read(ES)) {
+	spin_unlock(E);
+	anon_vma_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(E);
+	folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-lock_page@p2(ES);
+if (!trylock_page(ES)) {
+	spin_unlock(E);
+	lock_page(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-__folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(E);
+	__folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
)

@s2f0_p depends on patch exists@
expression X;
position p1, p2 != {u.p2, u2.p2};
expression list ES;
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

spin_lock@p1(X->ptl)
... when != \(lrw0(X->ptl, ...)\|pte_unmap_unlock(..., X->ptl)\)
(
-mmap_read_lock@p2(ES);
+if (!mmap_read_trylock(ES)) {
+	spin_unlock(X->ptl);
+	mmap_read_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->ptl);
+}
|
-mmap_write_lock@p2(ES);
+if (!mmap_write_trylock(ES)) {
+	spin_unlock(X->ptl);
+	mmap_write_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->ptl);
+}
|
-i_mmap_lock_write@p2(ES);
+if (!i_mmap_trylock_write(ES)) {
+	spin_unlock(X->ptl);
+	i_mmap_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->ptl);
+}
|
-i_mmap_lock_read@p2(ES);
+if (!i_mmap_trylock_read(ES)) {
+	spin_unlock(X->ptl);
+	i_mmap_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->ptl);
+}
|
-anon_vma_lock_write@p2(ES);
+if (!anon_vma_trylock_write(ES)) {
+	spin_unlock(X->ptl);
+	anon_vma_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->ptl);
+}
|
-anon_vma_lock_read@p2(ES);
+if (!anon_vma_trylock_read(ES)) {
+	spin_unlock(X->ptl);
+	anon_vma_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->ptl);
+}
|
-folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(X->ptl);
+	folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->ptl);
+}
|
-lock_page@p2(ES);
+if (!trylock_page(ES)) {
+	spin_unlock(X->ptl);
+	lock_page(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->ptl);
+}
|
-__folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(X->ptl);
+	__folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->ptl);
+}
)

@s2f1_p depends on patch exists@
expression X;
position p1, p2 != {u.p2, u2.p2};
expression list ES;
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

spin_lock@p1(X->lock)
... when != \(lrw0(X->lock, ...)\|pte_unmap_unlock(..., X->lock)\)
(
-mmap_read_lock@p2(ES);
+if (!mmap_read_trylock(ES)) {
+	spin_unlock(X->lock);
+	mmap_read_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->lock);
+}
|
-mmap_write_lock@p2(ES);
+if (!mmap_write_trylock(ES)) {
+	spin_unlock(X->lock);
+	mmap_write_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->lock);
+}
|
-i_mmap_lock_write@p2(ES);
+if (!i_mmap_trylock_write(ES)) {
+	spin_unlock(X->lock);
+	i_mmap_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->lock);
+}
|
-i_mmap_lock_read@p2(ES);
+if (!i_mmap_trylock_read(ES)) {
+	spin_unlock(X->lock);
+	i_mmap_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->lock);
+}
|
-anon_vma_lock_write@p2(ES);
+if (!anon_vma_trylock_write(ES)) {
+	spin_unlock(X->lock);
+	anon_vma_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->lock);
+}
|
-anon_vma_lock_read@p2(ES);
+if (!anon_vma_trylock_read(ES)) {
+	spin_unlock(X->lock);
+	anon_vma_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->lock);
+}
|
-folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(X->lock);
+	folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->lock);
+}
|
-lock_page@p2(ES);
+if (!trylock_page(ES)) {
+	spin_unlock(X->lock);
+	lock_page(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->lock);
+}
|
-__folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(X->lock);
+	__folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(X->lock);
+}
)

@s3f0_p depends on patch exists@
expression X;
position p1, p2 != {u.p2, u2.p2};
expression list ES;
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

spin_lock@p1(&X->page_table_lock)
... when != \(lrw0(&X->page_table_lock, ...)\)
(
-mmap_read_lock@p2(ES);
+if (!mmap_read_trylock(ES)) {
+	spin_unlock(&X->page_table_lock);
+	mmap_read_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->page_table_lock);
+}
|
-mmap_write_lock@p2(ES);
+if (!mmap_write_trylock(ES)) {
+	spin_unlock(&X->page_table_lock);
+	mmap_write_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->page_table_lock);
+}
|
-i_mmap_lock_write@p2(ES);
+if (!i_mmap_trylock_write(ES)) {
+	spin_unlock(&X->page_table_lock);
+	i_mmap_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->page_table_lock);
+}
|
-i_mmap_lock_read@p2(ES);
+if (!i_mmap_trylock_read(ES)) {
+	spin_unlock(&X->page_table_lock);
+	i_mmap_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->page_table_lock);
+}
|
-anon_vma_lock_write@p2(ES);
+if (!anon_vma_trylock_write(ES)) {
+	spin_unlock(&X->page_table_lock);
+	anon_vma_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->page_table_lock);
+}
|
-anon_vma_lock_read@p2(ES);
+if (!anon_vma_trylock_read(ES)) {
+	spin_unlock(&X->page_table_lock);
+	anon_vma_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->page_table_lock);
+}
|
-folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(&X->page_table_lock);
+	folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->page_table_lock);
+}
|
-lock_page@p2(ES);
+if (!trylock_page(ES)) {
+	spin_unlock(&X->page_table_lock);
+	lock_page(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->page_table_lock);
+}
|
-__folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(&X->page_table_lock);
+	__folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->page_table_lock);
+}
)

@s3f1_p depends on patch exists@
expression X;
position p1, p2 != {u.p2, u2.p2};
expression list ES;
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

spin_lock@p1(&X->lru_lock)
... when != \(lrw0(&X->lru_lock, ...)\)
(
-mmap_read_lock@p2(ES);
+if (!mmap_read_trylock(ES)) {
+	spin_unlock(&X->lru_lock);
+	mmap_read_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->lru_lock);
+}
|
-mmap_write_lock@p2(ES);
+if (!mmap_write_trylock(ES)) {
+	spin_unlock(&X->lru_lock);
+	mmap_write_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->lru_lock);
+}
|
-i_mmap_lock_write@p2(ES);
+if (!i_mmap_trylock_write(ES)) {
+	spin_unlock(&X->lru_lock);
+	i_mmap_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->lru_lock);
+}
|
-i_mmap_lock_read@p2(ES);
+if (!i_mmap_trylock_read(ES)) {
+	spin_unlock(&X->lru_lock);
+	i_mmap_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->lru_lock);
+}
|
-anon_vma_lock_write@p2(ES);
+if (!anon_vma_trylock_write(ES)) {
+	spin_unlock(&X->lru_lock);
+	anon_vma_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->lru_lock);
+}
|
-anon_vma_lock_read@p2(ES);
+if (!anon_vma_trylock_read(ES)) {
+	spin_unlock(&X->lru_lock);
+	anon_vma_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->lru_lock);
+}
|
-folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(&X->lru_lock);
+	folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->lru_lock);
+}
|
-lock_page@p2(ES);
+if (!trylock_page(ES)) {
+	spin_unlock(&X->lru_lock);
+	lock_page(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->lru_lock);
+}
|
-__folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(&X->lru_lock);
+	__folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(&X->lru_lock);
+}
)

@s4_p depends on patch exists@
expression E, V;
position p1, p0, p2 != {u.p2, u2.p2};
expression list ES;
identifier lrw0 =~ "^(up_read|up_write|double_pt_unlock|spin_unlock|spin_unlock_irq|spin_unlock_bh|spin_unlock_irqrestore|_raw_spin_unlock|_raw_spin_unlock_irq|_raw_spin_unlock_bh|_raw_spin_unlock_irqrestore|__raw_spin_unlock|__raw_spin_unlock_irq|__raw_spin_unlock_bh|__raw_spin_unlock_irqrestore|unlock_page_lruvec|unlock_page_lruvec_irq|unlock_page_lruvec_irqrestore)$";
@@

(
E = pmd_lockptr@p0(...)
|
E = pte_lockptr@p0(...)
|
E = ptep_lockptr@p0(...)
|
E = pud_lockptr@p0(...)
|
E = huge_pte_lockptr@p0(...)
)
... when != E = V
spin_lock@p1(E)
... when != \(lrw0(E, ...)\|pte_unmap_unlock(..., E)\|E = V\)
(
-mmap_read_lock@p2(ES);
+if (!mmap_read_trylock(ES)) {
+	spin_unlock(E);
+	mmap_read_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-mmap_write_lock@p2(ES);
+if (!mmap_write_trylock(ES)) {
+	spin_unlock(E);
+	mmap_write_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-i_mmap_lock_write@p2(ES);
+if (!i_mmap_trylock_write(ES)) {
+	spin_unlock(E);
+	i_mmap_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-i_mmap_lock_read@p2(ES);
+if (!i_mmap_trylock_read(ES)) {
+	spin_unlock(E);
+	i_mmap_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-anon_vma_lock_write@p2(ES);
+if (!anon_vma_trylock_write(ES)) {
+	spin_unlock(E);
+	anon_vma_lock_write(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-anon_vma_lock_read@p2(ES);
+if (!anon_vma_trylock_read(ES)) {
+	spin_unlock(E);
+	anon_vma_lock_read(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(E);
+	folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-lock_page@p2(ES);
+if (!trylock_page(ES)) {
+	spin_unlock(E);
+	lock_page(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
|
-__folio_lock@p2(ES);
+if (!folio_trylock(ES)) {
+	spin_unlock(E);
+	__folio_lock(ES);
+	/* lockrules: revalidate what the spin lock protects */
+	spin_lock(E);
+}
)

@script:python depends on org@
p1 << s0.p1;
p2 << s0.p2;
@@

held = {"pmd_lock": "the PMD page-table lock", "pud_lock": "mm->page_table_lock", "huge_pte_lock": "a page-table lock", "folio_lruvec_lock": "the lruvec lock", "folio_lruvec_lock_irq": "the lruvec lock", "folio_lruvec_lock_irqsave": "the lruvec lock", "folio_lruvec_relock_irq": "the lruvec lock", "folio_lruvec_relock_irqsave": "the lruvec lock"}.get(lr_word(p1[0], r'(\w+)'), 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_org(p2, "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock]" % (takes, held), p1, "the spinlock taken on")

@script:python depends on report@
p1 << s0.p1;
p2 << s0.p2;
@@

held = {"pmd_lock": "the PMD page-table lock", "pud_lock": "mm->page_table_lock", "huge_pte_lock": "a page-table lock", "folio_lruvec_lock": "the lruvec lock", "folio_lruvec_lock_irq": "the lruvec lock", "folio_lruvec_lock_irqsave": "the lruvec lock", "folio_lruvec_relock_irq": "the lruvec lock", "folio_lruvec_relock_irqsave": "the lruvec lock"}.get(lr_word(p1[0], r'(\w+)'), 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_report(p2[0], "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock] (taken on line %s)" % (takes, held, p1[0].line))

@script:python depends on org@
p1 << s1.p1;
p2 << s1.p2;
@@

held = {"pte_offset_map_lock": "the PTE page-table lock", "get_locked_pte": "the PTE page-table lock", "follow_pte": "the PMD page-table lock"}.get(lr_word(p1[0], r'(\w+)'), 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_org(p2, "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock]" % (takes, held), p1, "the spinlock taken on")

@script:python depends on report@
p1 << s1.p1;
p2 << s1.p2;
@@

held = {"pte_offset_map_lock": "the PTE page-table lock", "get_locked_pte": "the PTE page-table lock", "follow_pte": "the PMD page-table lock"}.get(lr_word(p1[0], r'(\w+)'), 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_report(p2[0], "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock] (taken on line %s)" % (takes, held, p1[0].line))

@script:python depends on org@
p1 << s2f0.p1;
p2 << s2f0.p2;
@@

fld = "ptl"
held = {"ptl": "a page-table lock", "lock": "a page-table lock"}.get(fld, 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_org(p2, "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock]" % (takes, held), p1, "the spinlock taken on")

@script:python depends on report@
p1 << s2f0.p1;
p2 << s2f0.p2;
@@

fld = "ptl"
held = {"ptl": "a page-table lock", "lock": "a page-table lock"}.get(fld, 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_report(p2[0], "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock] (taken on line %s)" % (takes, held, p1[0].line))

@script:python depends on org@
p1 << s2f1.p1;
p2 << s2f1.p2;
@@

fld = "lock"
held = {"ptl": "a page-table lock", "lock": "a page-table lock"}.get(fld, 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_org(p2, "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock]" % (takes, held), p1, "the spinlock taken on")

@script:python depends on report@
p1 << s2f1.p1;
p2 << s2f1.p2;
@@

fld = "lock"
held = {"ptl": "a page-table lock", "lock": "a page-table lock"}.get(fld, 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_report(p2[0], "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock] (taken on line %s)" % (takes, held, p1[0].line))

@script:python depends on org@
p1 << s3f0.p1;
p2 << s3f0.p2;
@@

fld = "page_table_lock"
held = {"page_table_lock": "mm->page_table_lock", "lru_lock": "the lruvec lock"}.get(fld, 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_org(p2, "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock]" % (takes, held), p1, "the spinlock taken on")

@script:python depends on report@
p1 << s3f0.p1;
p2 << s3f0.p2;
@@

fld = "page_table_lock"
held = {"page_table_lock": "mm->page_table_lock", "lru_lock": "the lruvec lock"}.get(fld, 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_report(p2[0], "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock] (taken on line %s)" % (takes, held, p1[0].line))

@script:python depends on org@
p1 << s3f1.p1;
p2 << s3f1.p2;
@@

fld = "lru_lock"
held = {"page_table_lock": "mm->page_table_lock", "lru_lock": "the lruvec lock"}.get(fld, 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_org(p2, "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock]" % (takes, held), p1, "the spinlock taken on")

@script:python depends on report@
p1 << s3f1.p1;
p2 << s3f1.p2;
@@

fld = "lru_lock"
held = {"page_table_lock": "mm->page_table_lock", "lru_lock": "the lruvec lock"}.get(fld, 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_report(p2[0], "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock] (taken on line %s)" % (takes, held, p1[0].line))

@script:python depends on org@
p1 << s4.p1;
p2 << s4.p2;
p0 << s4.p0;
@@

held = {"pmd_lockptr": "the PMD page-table lock", "pte_lockptr": "the PTE page-table lock", "ptep_lockptr": "the PTE page-table lock", "pud_lockptr": "mm->page_table_lock", "huge_pte_lockptr": "a page-table lock"}.get(lr_word(p0[0], r'(\w+)'), 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_org(p2, "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock]" % (takes, held), p1, "the spinlock taken on")

@script:python depends on report@
p1 << s4.p1;
p2 << s4.p2;
p0 << s4.p0;
@@

held = {"pmd_lockptr": "the PMD page-table lock", "pte_lockptr": "the PTE page-table lock", "ptep_lockptr": "the PTE page-table lock", "pud_lockptr": "mm->page_table_lock", "huge_pte_lockptr": "a page-table lock"}.get(lr_word(p0[0], r'(\w+)'), 'a spinlock')
takes = {"mmap_read_lock": "mmap_lock (read)", "mmap_read_lock_killable": "mmap_lock (read)", "mmap_write_lock": "mmap_lock (write)", "mmap_write_lock_nested": "mmap_lock (write)", "mmap_write_lock_killable": "mmap_lock (write)", "lock_mm_and_find_vma": "mmap_lock (read)", "vma_start_write": "the per-VMA lock (write)", "i_mmap_lock_write": "i_mmap_rwsem (write)", "i_mmap_lock_read": "i_mmap_rwsem (read)", "anon_vma_lock_write": "the anon_vma lock (write)", "anon_vma_lock_read": "the anon_vma lock (read)", "folio_lock_anon_vma_read": "the anon_vma lock (read)", "page_lock_anon_vma_read": "i_mmap_rwsem (read)", "folio_lock": "the folio lock", "lock_page": "the folio lock", "folio_lock_killable": "the folio lock", "__folio_lock_or_retry": "the folio lock", "__folio_lock": "the folio lock", "__folio_lock_killable": "the folio lock"}.get(lr_word(p2[0], r'(\w+)'))
if not takes:
    takes = {"mmap_lock": "mmap_lock", "i_mmap_rwsem": "i_mmap_rwsem", "rwsem": "the anon_vma lock", "ldt_usr_sem": "the x86 LDT lock (mm->context.ldt_usr_sem)", }.get(lr_word(p2[0], r'^\w+\s*\(\s*&[^,)]*->\s*(\w+)'), 'a sleeping lock')
lr_report(p2[0], "sleeping under a spinlock: %s taken while %s is held [-Wlockrules=sleep-under-spinlock] (taken on line %s)" % (takes, held, p1[0].line))

