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

@r depends on !context exists@
position p1, p2;
expression E, V;
identifier I;
type T;
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
... when != \(pmd_lock(...)\|pmd_trans_huge_lock(...)\|__pmd_trans_huge_lock(...)\|pud_lock(...)\|pud_trans_huge_lock(...)\|huge_pte_lock(...)\|page_vma_mapped_walk(...)\|folio_walk_start(...)\|follow_pfnmap_start(...)\|down_read(...)\|down_read_killable(...)\|down_read_trylock(...)\|down_write(...)\|down_write_nested(...)\|down_write_killable(...)\|down_write_trylock(...)\|downgrade_write(...)\|double_pt_lock(...)\|spin_lock(...)\|spin_lock_irq(...)\|spin_lock_bh(...)\|_raw_spin_lock(...)\|_raw_spin_lock_irq(...)\|_raw_spin_lock_bh(...)\|_raw_spin_lock_irqsave(...)\|_raw_spin_lock_nested(...)\|spin_trylock(...)\|_raw_spin_trylock(...)\)
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
... when != \(pmd_lock(...)\|pmd_trans_huge_lock(...)\|__pmd_trans_huge_lock(...)\|pud_lock(...)\|pud_trans_huge_lock(...)\|huge_pte_lock(...)\|page_vma_mapped_walk(...)\|folio_walk_start(...)\|follow_pfnmap_start(...)\|down_read(...)\|down_read_killable(...)\|down_read_trylock(...)\|down_write(...)\|down_write_nested(...)\|down_write_killable(...)\|down_write_trylock(...)\|downgrade_write(...)\|double_pt_lock(...)\|spin_lock(...)\|spin_lock_irq(...)\|spin_lock_bh(...)\|_raw_spin_lock(...)\|_raw_spin_lock_irq(...)\|_raw_spin_lock_bh(...)\|_raw_spin_lock_irqsave(...)\|_raw_spin_lock_nested(...)\|spin_trylock(...)\|_raw_spin_trylock(...)\)
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

cocci.print_main("PMD change without the PMD page-table lock [-Wlockrules=pmd-modify]", p2)
cocci.print_secs("released on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "PMD change without the PMD page-table lock [-Wlockrules=pmd-modify] (released on line %s)" % (p1[0].line))
