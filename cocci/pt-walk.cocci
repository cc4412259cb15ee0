// SPDX-License-Identifier: GPL-2.0
/// page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) after it was released [lockrules:pt-walk]
///
//# Generated from rules/mm.rules (rule pt-walk) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: mm/pgtable-generic.c:320-362 (6.12): 'while holding mmap_lock or vma lock for read or for write; or in truncate or rmap context, while holding file's i_mmap_lock or anon_vma lock'; mm/pagewalk.c:376-401; lockless with interrupts off: mm/gup.c gup_fast() (6.12); the x86 LDT slot's page tables: arch/x86/kernel/ldt.c write_ldt() (6.12: 619-662; 6.1: 617-660) walks them in map_ldt_struct() under down_write_killable(&mm->context.ldt_usr_sem), the slot is no VMA's
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

@r depends on !context exists@
position p1, p2;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save)$";
@@

(
mmap_read_unlock@p1(...);
|
mmap_read_unlock_non_owner@p1(...);
|
mmap_write_unlock@p1(...);
|
release_fault_lock@p1(...);
|
vma_end_read@p1(...);
|
i_mmap_unlock_write@p1(...);
|
i_mmap_unlock_read@p1(...);
|
anon_vma_unlock_write@p1(...);
|
anon_vma_unlock_read@p1(...);
|
arch_local_irq_restore@p1(...);
)
... when != \(lrw0(...)\)
(
walk_page_range@p2(...)
|
walk_page_vma@p2(...)
|
walk_page_range_vma@p2(...)
|
walk_page_mapping@p2(...)
|
folio_walk_start@p2(...)
|
pte_offset_map@p2(...)
|
pte_offset_map_lock@p2(...)
|
pte_offset_map_nolock@p2(...)
|
get_locked_pte@p2(...)
|
follow_pfnmap_start@p2(...)
|
follow_pte@p2(...)
|
page_vma_mapped_walk@p2(...)
|
pmd_trans_huge_lock@p2(...)
|
pud_trans_huge_lock@p2(...)
)

@c depends on context exists@
position p1, p2;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save)$";
@@

(
*mmap_read_unlock@p1(...);
|
*mmap_read_unlock_non_owner@p1(...);
|
*mmap_write_unlock@p1(...);
|
*release_fault_lock@p1(...);
|
*vma_end_read@p1(...);
|
*i_mmap_unlock_write@p1(...);
|
*i_mmap_unlock_read@p1(...);
|
*anon_vma_unlock_write@p1(...);
|
*anon_vma_unlock_read@p1(...);
|
*arch_local_irq_restore@p1(...);
)
... when != \(lrw0(...)\)
(
*walk_page_range@p2(...)
|
*walk_page_vma@p2(...)
|
*walk_page_range_vma@p2(...)
|
*walk_page_mapping@p2(...)
|
*folio_walk_start@p2(...)
|
*pte_offset_map@p2(...)
|
*pte_offset_map_lock@p2(...)
|
*pte_offset_map_nolock@p2(...)
|
*get_locked_pte@p2(...)
|
*follow_pfnmap_start@p2(...)
|
*follow_pte@p2(...)
|
*page_vma_mapped_walk@p2(...)
|
*pmd_trans_huge_lock@p2(...)
|
*pud_trans_huge_lock@p2(...)
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

lr_org(p2, "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk]", p1, "released on")

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

lr_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (released on line %s)" % (p1[0].line))

// ---- contracts: entry points, callbacks, the function's own locks

@has_guard@
@@

(
walk_page_range(...)
|
walk_page_vma(...)
|
walk_page_range_vma(...)
|
walk_page_mapping(...)
|
folio_walk_start(...)
|
pte_offset_map(...)
|
pte_offset_map_lock(...)
|
pte_offset_map_nolock(...)
|
get_locked_pte(...)
|
follow_pfnmap_start(...)
|
follow_pte(...)
|
page_vma_mapped_walk(...)
|
pmd_trans_huge_lock(...)
|
pud_trans_huge_lock(...)
)

@ha depends on has_guard exists@
position p2;
expression LE;
@@

(
mmap_read_lock(...)
|
mmap_read_lock_killable(...)
|
mmap_read_trylock(...)
|
mmap_write_lock(...)
|
mmap_write_lock_nested(...)
|
mmap_write_lock_killable(...)
|
mmap_write_downgrade(...)
|
lock_mm_and_find_vma(...)
|
mmap_write_trylock(...)
|
mmap_assert_locked(...)
|
mmap_assert_write_locked(...)
|
vma_assert_write_locked(...)
|
vma_start_read(...)
|
lock_vma_under_rcu(...)
|
vma_start_write(...)
|
vma_assert_locked(...)
|
i_mmap_lock_write(...)
|
i_mmap_trylock_write(...)
|
i_mmap_lock_read(...)
|
i_mmap_trylock_read(...)
|
i_mmap_assert_locked(...)
|
i_mmap_assert_write_locked(...)
|
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
|
arch_local_irq_save(...)
|
arch_local_irq_disable(...)
|
__arch_local_irq_save(...)
|
compact_lock_irqsave(...)
|
down_read(...)
|
down_read_killable(...)
|
down_read_trylock(...)
|
down_write(...)
|
down_write_nested(...)
|
down_write_killable(...)
|
down_write_trylock(...)
|
downgrade_write(...)
|
double_pt_lock(...)
|
spin_lock(...)
|
spin_lock_irq(...)
|
spin_lock_bh(...)
|
_raw_spin_lock(...)
|
_raw_spin_lock_irq(...)
|
_raw_spin_lock_bh(...)
|
_raw_spin_lock_irqsave(...)
|
_raw_spin_lock_nested(...)
|
spin_trylock(...)
|
_raw_spin_trylock(...)
|
__raw_spin_lock(...)
|
__raw_spin_lock_irq(...)
|
__raw_spin_lock_bh(...)
|
__raw_spin_lock_irqsave(...)
|
__raw_spin_trylock(...)
|
LE->mmap_lock
|
LE.mmap_lock
|
LE->i_mmap_rwsem
|
LE.i_mmap_rwsem
|
LE->rwsem
|
LE.rwsem
|
LE->ldt_usr_sem
|
LE.ldt_usr_sem
)
...
(
walk_page_range@p2(...)
|
walk_page_vma@p2(...)
|
walk_page_range_vma@p2(...)
|
walk_page_mapping@p2(...)
|
folio_walk_start@p2(...)
|
pte_offset_map@p2(...)
|
pte_offset_map_lock@p2(...)
|
pte_offset_map_nolock@p2(...)
|
get_locked_pte@p2(...)
|
follow_pfnmap_start@p2(...)
|
follow_pte@p2(...)
|
page_vma_mapped_walk@p2(...)
|
pmd_trans_huge_lock@p2(...)
|
pud_trans_huge_lock@p2(...)
)

@hf depends on has_guard exists@
identifier h;
position pf, p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

h@pf(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
(
walk_page_range@p2(...)
|
walk_page_vma@p2(...)
|
walk_page_range_vma@p2(...)
|
walk_page_mapping@p2(...)
|
folio_walk_start@p2(...)
|
pte_offset_map@p2(...)
|
pte_offset_map_lock@p2(...)
|
pte_offset_map_nolock@p2(...)
|
get_locked_pte@p2(...)
|
follow_pfnmap_start@p2(...)
|
follow_pte@p2(...)
|
page_vma_mapped_walk@p2(...)
|
pmd_trans_huge_lock@p2(...)
|
pud_trans_huge_lock@p2(...)
)
... when any
}

@hc depends on hf exists@
identifier hf.h;
position pc;
expression LE;
@@

(
mmap_read_lock(...)
|
mmap_read_lock_killable(...)
|
mmap_read_trylock(...)
|
mmap_write_lock(...)
|
mmap_write_lock_nested(...)
|
mmap_write_lock_killable(...)
|
mmap_write_downgrade(...)
|
lock_mm_and_find_vma(...)
|
mmap_write_trylock(...)
|
mmap_assert_locked(...)
|
mmap_assert_write_locked(...)
|
vma_assert_write_locked(...)
|
vma_start_read(...)
|
lock_vma_under_rcu(...)
|
vma_start_write(...)
|
vma_assert_locked(...)
|
i_mmap_lock_write(...)
|
i_mmap_trylock_write(...)
|
i_mmap_lock_read(...)
|
i_mmap_trylock_read(...)
|
i_mmap_assert_locked(...)
|
i_mmap_assert_write_locked(...)
|
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
|
arch_local_irq_save(...)
|
arch_local_irq_disable(...)
|
__arch_local_irq_save(...)
|
compact_lock_irqsave(...)
|
down_read(...)
|
down_read_killable(...)
|
down_read_trylock(...)
|
down_write(...)
|
down_write_nested(...)
|
down_write_killable(...)
|
down_write_trylock(...)
|
downgrade_write(...)
|
double_pt_lock(...)
|
spin_lock(...)
|
spin_lock_irq(...)
|
spin_lock_bh(...)
|
_raw_spin_lock(...)
|
_raw_spin_lock_irq(...)
|
_raw_spin_lock_bh(...)
|
_raw_spin_lock_irqsave(...)
|
_raw_spin_lock_nested(...)
|
spin_trylock(...)
|
_raw_spin_trylock(...)
|
__raw_spin_lock(...)
|
__raw_spin_lock_irq(...)
|
__raw_spin_lock_bh(...)
|
__raw_spin_lock_irqsave(...)
|
__raw_spin_trylock(...)
|
LE->mmap_lock
|
LE.mmap_lock
|
LE->i_mmap_rwsem
|
LE.i_mmap_rwsem
|
LE->rwsem
|
LE.rwsem
|
LE->ldt_usr_sem
|
LE.ldt_usr_sem
)
...
h@pc(...)

@en_fn depends on has_guard && context exists@
identifier fn;
position pf;
@@

fn@pf(...) {
... when any
(
walk_page_range(...)
|
walk_page_vma(...)
|
walk_page_range_vma(...)
|
walk_page_mapping(...)
|
folio_walk_start(...)
|
pte_offset_map(...)
|
pte_offset_map_lock(...)
|
pte_offset_map_nolock(...)
|
get_locked_pte(...)
|
follow_pfnmap_start(...)
|
follow_pte(...)
|
page_vma_mapped_walk(...)
|
pmd_trans_huge_lock(...)
|
pud_trans_huge_lock(...)
)
... when any
}

@script:python en_ok@
fn << en_fn.fn;
pf << en_fn.pf;
efn;
@@

w = lr_entry(pf[0])
if w:
    lr_fn[fn] = w
    coccinelle.efn = cocci.make_ident(fn)
else:
    # not include_match(False): it would drop the rules matched so far
    coccinelle.efn = cocci.make_ident("lr_not_an_entry_point")

@en_c depends on has_guard && context exists@
identifier en_ok.efn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

efn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
(
*walk_page_range@p2(...)
|
*walk_page_vma@p2(...)
|
*walk_page_range_vma@p2(...)
|
*walk_page_mapping@p2(...)
|
*folio_walk_start@p2(...)
|
*pte_offset_map@p2(...)
|
*pte_offset_map_lock@p2(...)
|
*pte_offset_map_nolock@p2(...)
|
*get_locked_pte@p2(...)
|
*follow_pfnmap_start@p2(...)
|
*follow_pte@p2(...)
|
*page_vma_mapped_walk@p2(...)
|
*pmd_trans_huge_lock@p2(...)
|
*pud_trans_huge_lock@p2(...)
)
... when any
}

@script:python depends on org@
h << hf.h;
pf << hf.pf;
p2 << hf.p2;
@@

w = lr_entry(pf[0])
w = w and "no caller holds it: %s() is %s" % (h, w)
if w:
    lr_org(p2, "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@script:python depends on report@
h << hf.h;
pf << hf.pf;
p2 << hf.p2;
@@

w = lr_entry(pf[0])
w = w and "no caller holds it: %s() is %s" % (h, w)
if w:
    lr_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@en2_fn depends on hf exists@
identifier hf.h, fn;
position pf;
@@

fn@pf(...) {
... when any
h(...)
... when any
}

@script:python en2_ok@
fn << en2_fn.fn;
pf << en2_fn.pf;
efn2;
@@

w = lr_entry(pf[0])
if w:
    lr_fn[fn] = w
    coccinelle.efn2 = cocci.make_ident(fn)
else:
    coccinelle.efn2 = cocci.make_ident("lr_not_an_entry_point")

@enh depends on !context exists@
identifier en2_ok.efn2;
identifier hf.h;
position pc != hc.pc;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

efn2(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
h@pc(...)
... when any
}

@script:python depends on org@
efn2 << en2_ok.efn2;
h << hf.h;
p2 << hf.p2;
pc << enh.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, efn2, lr_fn.get(str(efn2), ''))
lr_org(p2, "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@script:python depends on report@
efn2 << en2_ok.efn2;
h << hf.h;
p2 << hf.p2;
pc << enh.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, efn2, lr_fn.get(str(efn2), ''))
lr_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@cb0 depends on has_guard@
identifier I, fn;
identifier fld =~ "^(fn)$";
@@

struct fault_info I = { ..., .fld = fn, ... };

@script:python@
fn << cb0.fn;
fld << cb0.fld;
@@

lr_fn[fn] = {
    "fn": "an arm64 fault handler, called with no mm lock",
}[fld]

@cbr0 depends on has_guard && !context exists@
identifier cb0.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
(
walk_page_range@p2(...)
|
walk_page_vma@p2(...)
|
walk_page_range_vma@p2(...)
|
walk_page_mapping@p2(...)
|
folio_walk_start@p2(...)
|
pte_offset_map@p2(...)
|
pte_offset_map_lock@p2(...)
|
pte_offset_map_nolock@p2(...)
|
get_locked_pte@p2(...)
|
follow_pfnmap_start@p2(...)
|
follow_pte@p2(...)
|
page_vma_mapped_walk@p2(...)
|
pmd_trans_huge_lock@p2(...)
|
pud_trans_huge_lock@p2(...)
)
... when any
}

@cbr0_c depends on has_guard && context exists@
identifier cb0.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
(
*walk_page_range@p2(...)
|
*walk_page_vma@p2(...)
|
*walk_page_range_vma@p2(...)
|
*walk_page_mapping@p2(...)
|
*folio_walk_start@p2(...)
|
*pte_offset_map@p2(...)
|
*pte_offset_map_lock@p2(...)
|
*pte_offset_map_nolock@p2(...)
|
*get_locked_pte@p2(...)
|
*follow_pfnmap_start@p2(...)
|
*follow_pte@p2(...)
|
*page_vma_mapped_walk@p2(...)
|
*pmd_trans_huge_lock@p2(...)
|
*pud_trans_huge_lock@p2(...)
)
... when any
}

@script:python depends on org@
fn << cb0.fn;
p2 << cbr0.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_org(p2, "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@script:python depends on report@
fn << cb0.fn;
p2 << cbr0.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@cbh0 depends on !context exists@
identifier cb0.fn;
identifier hf.h;
position pc != hc.pc;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
h@pc(...)
... when any
}

@script:python depends on org@
fn << cb0.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh0.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_org(p2, "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@script:python depends on report@
fn << cb0.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh0.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@cb1 depends on has_guard@
identifier I, fn;
identifier fld =~ "^(lr_none)$";
@@

struct mm_walk_ops I = { ..., .fld = fn, ... };

@cb2 depends on has_guard@
identifier I, fn;
identifier fld =~ "^(lr_none)$";
@@

struct vm_operations_struct I = { ..., .fld = fn, ... };

@cb3 depends on has_guard@
identifier I, fn;
identifier fld =~ "^(read|write|unlocked_ioctl|compat_ioctl)$";
@@

struct file_operations I = { ..., .fld = fn, ... };

@script:python@
fn << cb3.fn;
fld << cb3.fld;
@@

lr_fn[fn] = {
    "read": "a file_operations read method, called with no mm lock",
    "write": "a file_operations write method, called with no mm lock",
    "unlocked_ioctl": "a file_operations ioctl method, called with no mm lock",
    "compat_ioctl": "a file_operations compat ioctl method, called with no mm lock",
}[fld]

@cbr3 depends on has_guard && !context exists@
identifier cb3.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
(
walk_page_range@p2(...)
|
walk_page_vma@p2(...)
|
walk_page_range_vma@p2(...)
|
walk_page_mapping@p2(...)
|
folio_walk_start@p2(...)
|
pte_offset_map@p2(...)
|
pte_offset_map_lock@p2(...)
|
pte_offset_map_nolock@p2(...)
|
get_locked_pte@p2(...)
|
follow_pfnmap_start@p2(...)
|
follow_pte@p2(...)
|
page_vma_mapped_walk@p2(...)
|
pmd_trans_huge_lock@p2(...)
|
pud_trans_huge_lock@p2(...)
)
... when any
}

@cbr3_c depends on has_guard && context exists@
identifier cb3.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
(
*walk_page_range@p2(...)
|
*walk_page_vma@p2(...)
|
*walk_page_range_vma@p2(...)
|
*walk_page_mapping@p2(...)
|
*folio_walk_start@p2(...)
|
*pte_offset_map@p2(...)
|
*pte_offset_map_lock@p2(...)
|
*pte_offset_map_nolock@p2(...)
|
*get_locked_pte@p2(...)
|
*follow_pfnmap_start@p2(...)
|
*follow_pte@p2(...)
|
*page_vma_mapped_walk@p2(...)
|
*pmd_trans_huge_lock@p2(...)
|
*pud_trans_huge_lock@p2(...)
)
... when any
}

@script:python depends on org@
fn << cb3.fn;
p2 << cbr3.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_org(p2, "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@script:python depends on report@
fn << cb3.fn;
p2 << cbr3.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@cbh3 depends on !context exists@
identifier cb3.fn;
identifier hf.h;
position pc != hc.pc;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
h@pc(...)
... when any
}

@script:python depends on org@
fn << cb3.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh3.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_org(p2, "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@script:python depends on report@
fn << cb3.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh3.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@cb4 depends on has_guard@
identifier I, fn;
identifier fld =~ "^(func)$";
@@

struct work_struct I = { ..., .fld = fn, ... };

@script:python@
fn << cb4.fn;
fld << cb4.fld;
@@

lr_fn[fn] = {
    "func": "a workqueue function, called with no mm lock",
}[fld]

@cbr4 depends on has_guard && !context exists@
identifier cb4.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
(
walk_page_range@p2(...)
|
walk_page_vma@p2(...)
|
walk_page_range_vma@p2(...)
|
walk_page_mapping@p2(...)
|
folio_walk_start@p2(...)
|
pte_offset_map@p2(...)
|
pte_offset_map_lock@p2(...)
|
pte_offset_map_nolock@p2(...)
|
get_locked_pte@p2(...)
|
follow_pfnmap_start@p2(...)
|
follow_pte@p2(...)
|
page_vma_mapped_walk@p2(...)
|
pmd_trans_huge_lock@p2(...)
|
pud_trans_huge_lock@p2(...)
)
... when any
}

@cbr4_c depends on has_guard && context exists@
identifier cb4.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
(
*walk_page_range@p2(...)
|
*walk_page_vma@p2(...)
|
*walk_page_range_vma@p2(...)
|
*walk_page_mapping@p2(...)
|
*folio_walk_start@p2(...)
|
*pte_offset_map@p2(...)
|
*pte_offset_map_lock@p2(...)
|
*pte_offset_map_nolock@p2(...)
|
*get_locked_pte@p2(...)
|
*follow_pfnmap_start@p2(...)
|
*follow_pte@p2(...)
|
*page_vma_mapped_walk@p2(...)
|
*pmd_trans_huge_lock@p2(...)
|
*pud_trans_huge_lock@p2(...)
)
... when any
}

@script:python depends on org@
fn << cb4.fn;
p2 << cbr4.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_org(p2, "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@script:python depends on report@
fn << cb4.fn;
p2 << cbr4.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@cbh4 depends on !context exists@
identifier cb4.fn;
identifier hf.h;
position pc != hc.pc;
expression LE;
identifier lrw0 =~ "^(mmap_read_lock|mmap_read_lock_killable|mmap_read_trylock|mmap_write_lock|mmap_write_lock_nested|mmap_write_lock_killable|mmap_write_downgrade|lock_mm_and_find_vma|mmap_write_trylock|mmap_assert_locked|mmap_assert_write_locked|vma_assert_write_locked|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_locked|i_mmap_lock_write|i_mmap_trylock_write|i_mmap_lock_read|i_mmap_trylock_read|i_mmap_assert_locked|i_mmap_assert_write_locked|anon_vma_lock_write|anon_vma_trylock_write|anon_vma_lock_read|anon_vma_trylock_read|folio_lock_anon_vma_read|page_lock_anon_vma_read|arch_local_irq_save|arch_local_irq_disable|__arch_local_irq_save|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->mmap_lock\|LE.mmap_lock\|LE->i_mmap_rwsem\|LE.i_mmap_rwsem\|LE->rwsem\|LE.rwsem\|LE->ldt_usr_sem\|LE.ldt_usr_sem\)
    when any
h@pc(...)
... when any
}

@script:python depends on org@
fn << cb4.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh4.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_org(p2, "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

@script:python depends on report@
fn << cb4.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh4.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) or the x86 LDT lock (mm->context.ldt_usr_sem) (write) [-Wlockrules=pt-walk] (%s)" % w)

