// SPDX-License-Identifier: GPL-2.0
/// PMD change without the PMD page-table lock after it was released [lockrules:pmd-modify]
///
//# Generated from rules/mm.rules (rule pmd-modify) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: include/linux/mm.h:3151 pmd_lock(); mm/pgtable-generic.c:168,185 assert_spin_locked(pmd_lockptr(mm, pmdp)); Documentation/mm/process_addrs.rst 'When changing a page table entry the page table lock for that page table must be held'
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
expression E, V;
identifier I;
type T;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pud_lock|pud_trans_huge_lock|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

(
page_vma_mapped_walk_done@p1(...);
|
follow_pfnmap_end@p1(...);
|
E = pmd_lockptr(...);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pmd_lockptr(...);
... when != I = V
\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = pmd_lock(...);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pmd_lock(...);
... when != I = V
\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = pmd_trans_huge_lock(...);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pmd_trans_huge_lock(...);
... when != I = V
\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = __pmd_trans_huge_lock(...);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = __pmd_trans_huge_lock(...);
... when != I = V
\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
)
... when != \(lrw0(...)\)
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)

@c depends on context exists@
position p1, p2;
expression E, V;
identifier I;
type T;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pud_lock|pud_trans_huge_lock|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

(
*page_vma_mapped_walk_done@p1(...);
|
*follow_pfnmap_end@p1(...);
|
E = pmd_lockptr(...);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pmd_lockptr(...);
... when != I = V
*\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = pmd_lock(...);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pmd_lock(...);
... when != I = V
*\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = pmd_trans_huge_lock(...);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pmd_trans_huge_lock(...);
... when != I = V
*\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = __pmd_trans_huge_lock(...);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = __pmd_trans_huge_lock(...);
... when != I = V
*\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
)
... when != \(lrw0(...)\)
(
*set_pmd_at@p2(...)
|
*pmdp_set_access_flags@p2(...)
|
*pmdp_huge_get_and_clear@p2(...)
|
*pmdp_huge_get_and_clear_full@p2(...)
|
*pmdp_huge_clear_flush@p2(...)
|
*pmdp_establish@p2(...)
|
*pmdp_invalidate@p2(...)
|
*pmdp_invalidate_ad@p2(...)
|
*pmdp_set_wrprotect@p2(...)
|
*pgtable_trans_huge_deposit@p2(...)
|
*pgtable_trans_huge_withdraw@p2(...)
|
*split_huge_pmd_locked@p2(...)
|
*pmd_populate@p2(...)
|
*radix__pmd_hugepage_update@p2(...)
|
*hash__pmd_hugepage_update@p2(...)
|
*radix__pgtable_trans_huge_deposit@p2(...)
|
*hash__pgtable_trans_huge_deposit@p2(...)
|
*radix__pgtable_trans_huge_withdraw@p2(...)
|
*hash__pgtable_trans_huge_withdraw@p2(...)
|
*pmdp_xchg_direct@p2(...)
|
*pmdp_xchg_lazy@p2(...)
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify]", p1, "released on")

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (released on line %s)" % (p1[0].line))

// ---- contracts: entry points, callbacks, the function's own locks

@has_guard@
@@

(
set_pmd_at(...)
|
pmdp_set_access_flags(...)
|
pmdp_huge_get_and_clear(...)
|
pmdp_huge_get_and_clear_full(...)
|
pmdp_huge_clear_flush(...)
|
pmdp_establish(...)
|
pmdp_invalidate(...)
|
pmdp_invalidate_ad(...)
|
pmdp_set_wrprotect(...)
|
pgtable_trans_huge_deposit(...)
|
pgtable_trans_huge_withdraw(...)
|
split_huge_pmd_locked(...)
|
pmd_populate(...)
|
radix__pmd_hugepage_update(...)
|
hash__pmd_hugepage_update(...)
|
radix__pgtable_trans_huge_deposit(...)
|
hash__pgtable_trans_huge_deposit(...)
|
radix__pgtable_trans_huge_withdraw(...)
|
hash__pgtable_trans_huge_withdraw(...)
|
pmdp_xchg_direct(...)
|
pmdp_xchg_lazy(...)
)

@ha depends on has_guard exists@
position p2;
expression LE;
@@

(
pmd_lock(...)
|
pmd_trans_huge_lock(...)
|
__pmd_trans_huge_lock(...)
|
pmd_lockptr(...)
|
pud_lock(...)
|
pud_trans_huge_lock(...)
|
pud_lockptr(...)
|
huge_pte_lock(...)
|
page_vma_mapped_walk(...)
|
folio_walk_start(...)
|
follow_pfnmap_start(...)
|
huge_pte_lockptr(...)
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
LE->page_table_lock
|
LE.page_table_lock
|
LE->ptl
|
LE.ptl
|
LE->lock
|
LE.lock
)
...
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)

@hf depends on has_guard exists@
identifier h;
position pf, p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

h@pf(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)
... when any
}

@hc depends on hf exists@
identifier hf.h;
position pc;
expression LE;
@@

(
pmd_lock(...)
|
pmd_trans_huge_lock(...)
|
__pmd_trans_huge_lock(...)
|
pmd_lockptr(...)
|
pud_lock(...)
|
pud_trans_huge_lock(...)
|
pud_lockptr(...)
|
huge_pte_lock(...)
|
page_vma_mapped_walk(...)
|
folio_walk_start(...)
|
follow_pfnmap_start(...)
|
huge_pte_lockptr(...)
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
LE->page_table_lock
|
LE.page_table_lock
|
LE->ptl
|
LE.ptl
|
LE->lock
|
LE.lock
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
set_pmd_at(...)
|
pmdp_set_access_flags(...)
|
pmdp_huge_get_and_clear(...)
|
pmdp_huge_get_and_clear_full(...)
|
pmdp_huge_clear_flush(...)
|
pmdp_establish(...)
|
pmdp_invalidate(...)
|
pmdp_invalidate_ad(...)
|
pmdp_set_wrprotect(...)
|
pgtable_trans_huge_deposit(...)
|
pgtable_trans_huge_withdraw(...)
|
split_huge_pmd_locked(...)
|
pmd_populate(...)
|
radix__pmd_hugepage_update(...)
|
hash__pmd_hugepage_update(...)
|
radix__pgtable_trans_huge_deposit(...)
|
hash__pgtable_trans_huge_deposit(...)
|
radix__pgtable_trans_huge_withdraw(...)
|
hash__pgtable_trans_huge_withdraw(...)
|
pmdp_xchg_direct(...)
|
pmdp_xchg_lazy(...)
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
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

efn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
*set_pmd_at@p2(...)
|
*pmdp_set_access_flags@p2(...)
|
*pmdp_huge_get_and_clear@p2(...)
|
*pmdp_huge_get_and_clear_full@p2(...)
|
*pmdp_huge_clear_flush@p2(...)
|
*pmdp_establish@p2(...)
|
*pmdp_invalidate@p2(...)
|
*pmdp_invalidate_ad@p2(...)
|
*pmdp_set_wrprotect@p2(...)
|
*pgtable_trans_huge_deposit@p2(...)
|
*pgtable_trans_huge_withdraw@p2(...)
|
*split_huge_pmd_locked@p2(...)
|
*pmd_populate@p2(...)
|
*radix__pmd_hugepage_update@p2(...)
|
*hash__pmd_hugepage_update@p2(...)
|
*radix__pgtable_trans_huge_deposit@p2(...)
|
*hash__pgtable_trans_huge_deposit@p2(...)
|
*radix__pgtable_trans_huge_withdraw@p2(...)
|
*hash__pgtable_trans_huge_withdraw@p2(...)
|
*pmdp_xchg_direct@p2(...)
|
*pmdp_xchg_lazy@p2(...)
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
    lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
h << hf.h;
pf << hf.pf;
p2 << hf.p2;
@@

w = lr_entry(pf[0])
w = w and "no caller holds it: %s() is %s" % (h, w)
if w:
    lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

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
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

efn2(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
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
lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
efn2 << en2_ok.efn2;
h << hf.h;
p2 << hf.p2;
pc << enh.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, efn2, lr_fn.get(str(efn2), ''))
lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

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
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)
... when any
}

@cbr0_c depends on has_guard && context exists@
identifier cb0.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
*set_pmd_at@p2(...)
|
*pmdp_set_access_flags@p2(...)
|
*pmdp_huge_get_and_clear@p2(...)
|
*pmdp_huge_get_and_clear_full@p2(...)
|
*pmdp_huge_clear_flush@p2(...)
|
*pmdp_establish@p2(...)
|
*pmdp_invalidate@p2(...)
|
*pmdp_invalidate_ad@p2(...)
|
*pmdp_set_wrprotect@p2(...)
|
*pgtable_trans_huge_deposit@p2(...)
|
*pgtable_trans_huge_withdraw@p2(...)
|
*split_huge_pmd_locked@p2(...)
|
*pmd_populate@p2(...)
|
*radix__pmd_hugepage_update@p2(...)
|
*hash__pmd_hugepage_update@p2(...)
|
*radix__pgtable_trans_huge_deposit@p2(...)
|
*hash__pgtable_trans_huge_deposit@p2(...)
|
*radix__pgtable_trans_huge_withdraw@p2(...)
|
*hash__pgtable_trans_huge_withdraw@p2(...)
|
*pmdp_xchg_direct@p2(...)
|
*pmdp_xchg_lazy@p2(...)
)
... when any
}

@script:python depends on org@
fn << cb0.fn;
p2 << cbr0.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb0.fn;
p2 << cbr0.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@cbh0 depends on !context exists@
identifier cb0.fn;
identifier hf.h;
position pc != hc.pc;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
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
lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb0.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh0.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@cb1 depends on has_guard@
identifier I, fn;
identifier fld =~ "^(pmd_entry|pud_entry|hugetlb_entry|pte_entry)$";
@@

struct mm_walk_ops I = { ..., .fld = fn, ... };

@script:python@
fn << cb1.fn;
fld << cb1.fld;
@@

lr_fn[fn] = {
    "pmd_entry": "a page-walk pmd_entry callback, called with mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read)",
    "pud_entry": "a page-walk pud_entry callback, called with mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read)",
    "hugetlb_entry": "a page-walk hugetlb_entry callback, called with mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read)",
    "pte_entry": "a page-walk pte_entry callback, called with mmap_lock (read) and the PTE page-table lock; or the per-VMA lock (read) and the PTE page-table lock; or i_mmap_rwsem (read) and the PTE page-table lock; or the anon_vma lock (read) and the PTE page-table lock",
}[fld]

@cbr1 depends on has_guard && !context exists@
identifier cb1.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)
... when any
}

@cbr1_c depends on has_guard && context exists@
identifier cb1.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
*set_pmd_at@p2(...)
|
*pmdp_set_access_flags@p2(...)
|
*pmdp_huge_get_and_clear@p2(...)
|
*pmdp_huge_get_and_clear_full@p2(...)
|
*pmdp_huge_clear_flush@p2(...)
|
*pmdp_establish@p2(...)
|
*pmdp_invalidate@p2(...)
|
*pmdp_invalidate_ad@p2(...)
|
*pmdp_set_wrprotect@p2(...)
|
*pgtable_trans_huge_deposit@p2(...)
|
*pgtable_trans_huge_withdraw@p2(...)
|
*split_huge_pmd_locked@p2(...)
|
*pmd_populate@p2(...)
|
*radix__pmd_hugepage_update@p2(...)
|
*hash__pmd_hugepage_update@p2(...)
|
*radix__pgtable_trans_huge_deposit@p2(...)
|
*hash__pgtable_trans_huge_deposit@p2(...)
|
*radix__pgtable_trans_huge_withdraw@p2(...)
|
*hash__pgtable_trans_huge_withdraw@p2(...)
|
*pmdp_xchg_direct@p2(...)
|
*pmdp_xchg_lazy@p2(...)
)
... when any
}

@script:python depends on org@
fn << cb1.fn;
p2 << cbr1.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb1.fn;
p2 << cbr1.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@cbh1 depends on !context exists@
identifier cb1.fn;
identifier hf.h;
position pc != hc.pc;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
h@pc(...)
... when any
}

@script:python depends on org@
fn << cb1.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh1.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb1.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh1.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@cb2 depends on has_guard@
identifier I, fn;
identifier fld =~ "^(fault|huge_fault|map_pages|page_mkwrite)$";
@@

struct vm_operations_struct I = { ..., .fld = fn, ... };

@script:python@
fn << cb2.fn;
fld << cb2.fld;
@@

lr_fn[fn] = {
    "fault": "a vm_operations fault handler, called with mmap_lock (read) or the per-VMA lock (read)",
    "huge_fault": "a vm_operations huge_fault handler, called with mmap_lock (read) or the per-VMA lock (read)",
    "map_pages": "a vm_operations map_pages handler, called with mmap_lock (read) or the per-VMA lock (read)",
    "page_mkwrite": "a vm_operations page_mkwrite handler, called with mmap_lock (read) or the per-VMA lock (read)",
}[fld]

@cbr2 depends on has_guard && !context exists@
identifier cb2.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)
... when any
}

@cbr2_c depends on has_guard && context exists@
identifier cb2.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
*set_pmd_at@p2(...)
|
*pmdp_set_access_flags@p2(...)
|
*pmdp_huge_get_and_clear@p2(...)
|
*pmdp_huge_get_and_clear_full@p2(...)
|
*pmdp_huge_clear_flush@p2(...)
|
*pmdp_establish@p2(...)
|
*pmdp_invalidate@p2(...)
|
*pmdp_invalidate_ad@p2(...)
|
*pmdp_set_wrprotect@p2(...)
|
*pgtable_trans_huge_deposit@p2(...)
|
*pgtable_trans_huge_withdraw@p2(...)
|
*split_huge_pmd_locked@p2(...)
|
*pmd_populate@p2(...)
|
*radix__pmd_hugepage_update@p2(...)
|
*hash__pmd_hugepage_update@p2(...)
|
*radix__pgtable_trans_huge_deposit@p2(...)
|
*hash__pgtable_trans_huge_deposit@p2(...)
|
*radix__pgtable_trans_huge_withdraw@p2(...)
|
*hash__pgtable_trans_huge_withdraw@p2(...)
|
*pmdp_xchg_direct@p2(...)
|
*pmdp_xchg_lazy@p2(...)
)
... when any
}

@script:python depends on org@
fn << cb2.fn;
p2 << cbr2.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb2.fn;
p2 << cbr2.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@cbh2 depends on !context exists@
identifier cb2.fn;
identifier hf.h;
position pc != hc.pc;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
h@pc(...)
... when any
}

@script:python depends on org@
fn << cb2.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh2.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb2.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh2.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@cb3 depends on has_guard@
identifier I, fn;
identifier fld =~ "^(mmap|read|write|unlocked_ioctl|compat_ioctl)$";
@@

struct file_operations I = { ..., .fld = fn, ... };

@script:python@
fn << cb3.fn;
fld << cb3.fld;
@@

lr_fn[fn] = {
    "mmap": "a file_operations mmap method, called with mmap_lock (write) and the per-VMA lock (write)",
    "read": "a file_operations read method, called with no mm lock",
    "write": "a file_operations write method, called with no mm lock",
    "unlocked_ioctl": "a file_operations ioctl method, called with no mm lock",
    "compat_ioctl": "a file_operations compat ioctl method, called with no mm lock",
}[fld]

@cbr3 depends on has_guard && !context exists@
identifier cb3.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)
... when any
}

@cbr3_c depends on has_guard && context exists@
identifier cb3.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
*set_pmd_at@p2(...)
|
*pmdp_set_access_flags@p2(...)
|
*pmdp_huge_get_and_clear@p2(...)
|
*pmdp_huge_get_and_clear_full@p2(...)
|
*pmdp_huge_clear_flush@p2(...)
|
*pmdp_establish@p2(...)
|
*pmdp_invalidate@p2(...)
|
*pmdp_invalidate_ad@p2(...)
|
*pmdp_set_wrprotect@p2(...)
|
*pgtable_trans_huge_deposit@p2(...)
|
*pgtable_trans_huge_withdraw@p2(...)
|
*split_huge_pmd_locked@p2(...)
|
*pmd_populate@p2(...)
|
*radix__pmd_hugepage_update@p2(...)
|
*hash__pmd_hugepage_update@p2(...)
|
*radix__pgtable_trans_huge_deposit@p2(...)
|
*hash__pgtable_trans_huge_deposit@p2(...)
|
*radix__pgtable_trans_huge_withdraw@p2(...)
|
*hash__pgtable_trans_huge_withdraw@p2(...)
|
*pmdp_xchg_direct@p2(...)
|
*pmdp_xchg_lazy@p2(...)
)
... when any
}

@script:python depends on org@
fn << cb3.fn;
p2 << cbr3.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb3.fn;
p2 << cbr3.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@cbh3 depends on !context exists@
identifier cb3.fn;
identifier hf.h;
position pc != hc.pc;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
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
lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb3.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh3.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

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
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)
... when any
}

@cbr4_c depends on has_guard && context exists@
identifier cb4.fn;
position p2 != ha.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
*set_pmd_at@p2(...)
|
*pmdp_set_access_flags@p2(...)
|
*pmdp_huge_get_and_clear@p2(...)
|
*pmdp_huge_get_and_clear_full@p2(...)
|
*pmdp_huge_clear_flush@p2(...)
|
*pmdp_establish@p2(...)
|
*pmdp_invalidate@p2(...)
|
*pmdp_invalidate_ad@p2(...)
|
*pmdp_set_wrprotect@p2(...)
|
*pgtable_trans_huge_deposit@p2(...)
|
*pgtable_trans_huge_withdraw@p2(...)
|
*split_huge_pmd_locked@p2(...)
|
*pmd_populate@p2(...)
|
*radix__pmd_hugepage_update@p2(...)
|
*hash__pmd_hugepage_update@p2(...)
|
*radix__pgtable_trans_huge_deposit@p2(...)
|
*hash__pgtable_trans_huge_deposit@p2(...)
|
*radix__pgtable_trans_huge_withdraw@p2(...)
|
*hash__pgtable_trans_huge_withdraw@p2(...)
|
*pmdp_xchg_direct@p2(...)
|
*pmdp_xchg_lazy@p2(...)
)
... when any
}

@script:python depends on org@
fn << cb4.fn;
p2 << cbr4.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb4.fn;
p2 << cbr4.p2;
@@

w = "no caller holds it: %s() is %s" % (fn, lr_fn.get(str(fn), ''))
if w:
    lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@cbh4 depends on !context exists@
identifier cb4.fn;
identifier hf.h;
position pc != hc.pc;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
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
lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@script:python depends on report@
fn << cb4.fn;
h << hf.h;
p2 << hf.p2;
pc << cbh4.pc;
@@

w = "no caller holds it: %s() <- %s(), %s" % (h, fn, lr_fn.get(str(fn), ''))
lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (%s)" % w)

@hs depends on has_guard exists@
position p2;
expression LE;
@@

(
pmd_lock(...)
|
pmd_trans_huge_lock(...)
|
__pmd_trans_huge_lock(...)
|
pmd_lockptr(...)
|
pud_lock(...)
|
pud_trans_huge_lock(...)
|
pud_lockptr(...)
|
huge_pte_lock(...)
|
page_vma_mapped_walk(...)
|
folio_walk_start(...)
|
follow_pfnmap_start(...)
|
huge_pte_lockptr(...)
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
LE->page_table_lock
|
LE.page_table_lock
|
LE->ptl
|
LE.ptl
|
LE->lock
|
LE.lock
)
...
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)

@ev depends on has_guard && !context exists@
identifier fn;
identifier lk =~ "^(pte_offset_map_lock|get_locked_pte|follow_pte)$";
position p1, p2 != hs.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
identifier lrw1 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
lk@p1(...)
... when != \(lrw1(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
set_pmd_at@p2(...)
|
pmdp_set_access_flags@p2(...)
|
pmdp_huge_get_and_clear@p2(...)
|
pmdp_huge_get_and_clear_full@p2(...)
|
pmdp_huge_clear_flush@p2(...)
|
pmdp_establish@p2(...)
|
pmdp_invalidate@p2(...)
|
pmdp_invalidate_ad@p2(...)
|
pmdp_set_wrprotect@p2(...)
|
pgtable_trans_huge_deposit@p2(...)
|
pgtable_trans_huge_withdraw@p2(...)
|
split_huge_pmd_locked@p2(...)
|
pmd_populate@p2(...)
|
radix__pmd_hugepage_update@p2(...)
|
hash__pmd_hugepage_update@p2(...)
|
radix__pgtable_trans_huge_deposit@p2(...)
|
hash__pgtable_trans_huge_deposit@p2(...)
|
radix__pgtable_trans_huge_withdraw@p2(...)
|
hash__pgtable_trans_huge_withdraw@p2(...)
|
pmdp_xchg_direct@p2(...)
|
pmdp_xchg_lazy@p2(...)
)
... when any
}

@ev_c depends on has_guard && context exists@
identifier fn;
identifier lk =~ "^(pte_offset_map_lock|get_locked_pte|follow_pte)$";
position p1, p2 != hs.p2;
expression LE;
identifier lrw0 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
identifier lrw1 =~ "^(pmd_lock|pmd_trans_huge_lock|__pmd_trans_huge_lock|pmd_lockptr|pud_lock|pud_trans_huge_lock|pud_lockptr|huge_pte_lock|page_vma_mapped_walk|folio_walk_start|follow_pfnmap_start|huge_pte_lockptr|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

fn(...) {
... when != \(lrw0(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
lk@p1(...)
... when != \(lrw1(...)\|LE->page_table_lock\|LE.page_table_lock\|LE->ptl\|LE.ptl\|LE->lock\|LE.lock\)
    when any
(
*set_pmd_at@p2(...)
|
*pmdp_set_access_flags@p2(...)
|
*pmdp_huge_get_and_clear@p2(...)
|
*pmdp_huge_get_and_clear_full@p2(...)
|
*pmdp_huge_clear_flush@p2(...)
|
*pmdp_establish@p2(...)
|
*pmdp_invalidate@p2(...)
|
*pmdp_invalidate_ad@p2(...)
|
*pmdp_set_wrprotect@p2(...)
|
*pgtable_trans_huge_deposit@p2(...)
|
*pgtable_trans_huge_withdraw@p2(...)
|
*split_huge_pmd_locked@p2(...)
|
*pmd_populate@p2(...)
|
*radix__pmd_hugepage_update@p2(...)
|
*hash__pmd_hugepage_update@p2(...)
|
*radix__pgtable_trans_huge_deposit@p2(...)
|
*hash__pgtable_trans_huge_deposit@p2(...)
|
*radix__pgtable_trans_huge_withdraw@p2(...)
|
*hash__pgtable_trans_huge_withdraw@p2(...)
|
*pmdp_xchg_direct@p2(...)
|
*pmdp_xchg_lazy@p2(...)
)
... when any
}

@script:python depends on org@
lk << ev.lk;
p1 << ev.p1;
p2 << ev.p2;
@@

w = {"pte_offset_map_lock": "the PTE page-table lock", "get_locked_pte": "the PTE page-table lock", "follow_pte": "the PMD page-table lock"}.get(lk, lk)
lr_org(p2, "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (this function took its own lock, %s, on line %s)" % (w, p1[0].line), p1, "the function's own lock")

@script:python depends on report@
lk << ev.lk;
p1 << ev.p1;
p2 << ev.p2;
@@

w = {"pte_offset_map_lock": "the PTE page-table lock", "get_locked_pte": "the PTE page-table lock", "follow_pte": "the PMD page-table lock"}.get(lk, lk)
lr_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (this function took its own lock, %s, on line %s)" % (w, p1[0].line))

