// SPDX-License-Identifier: GPL-2.0
/// mlock state change of a mapped folio without the PTE page-table lock or the PMD page-table lock after it was released [lockrules:mlock-ptl]
///
//# Generated from rules/mm.rules (rule mlock-ptl) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: mm/internal.h:946-954 (6.12): mlock_vma_folio()/munlock_vma_folio() 'should be called ... under page table lock for the pte/pmd being added or removed'; [6.1] internal.h:529-573
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
E = pte_lockptr(...);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pte_lockptr(...);
... when != I = V
\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = ptep_lockptr(...);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = ptep_lockptr(...);
... when != I = V
\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
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
|
V = pte_offset_map_lock(..., &E);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pte_offset_map_lock(..., &E);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
V = pte_offset_map_nolock(..., &E);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pte_offset_map_nolock(..., &E);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
V = get_locked_pte(..., &E);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = get_locked_pte(..., &E);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
V = follow_pte(..., &E);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = follow_pte(..., &E);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
)
... when != \(pte_offset_map_lock(...)\|get_locked_pte(...)\|follow_pte(...)\|pud_lock(...)\|pud_trans_huge_lock(...)\|huge_pte_lock(...)\|page_vma_mapped_walk(...)\|folio_walk_start(...)\|follow_pfnmap_start(...)\|pmd_lock(...)\|pmd_trans_huge_lock(...)\|__pmd_trans_huge_lock(...)\|down_read(...)\|down_read_killable(...)\|down_read_trylock(...)\|down_write(...)\|down_write_nested(...)\|down_write_killable(...)\|down_write_trylock(...)\|downgrade_write(...)\|double_pt_lock(...)\|spin_lock(...)\|spin_lock_irq(...)\|spin_lock_bh(...)\|_raw_spin_lock(...)\|_raw_spin_lock_irq(...)\|_raw_spin_lock_bh(...)\|_raw_spin_lock_irqsave(...)\|_raw_spin_lock_nested(...)\|spin_trylock(...)\|_raw_spin_trylock(...)\)
(
mlock_vma_folio@p2(...)
|
munlock_vma_folio@p2(...)
|
mlock_vma_page@p2(...)
|
munlock_vma_page@p2(...)
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
E = pte_lockptr(...);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pte_lockptr(...);
... when != I = V
*\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = ptep_lockptr(...);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = ptep_lockptr(...);
... when != I = V
*\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
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
|
V = pte_offset_map_lock(..., &E);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pte_offset_map_lock(..., &E);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
V = pte_offset_map_nolock(..., &E);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pte_offset_map_nolock(..., &E);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
V = get_locked_pte(..., &E);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = get_locked_pte(..., &E);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
V = follow_pte(..., &E);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = follow_pte(..., &E);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
)
... when != \(pte_offset_map_lock(...)\|get_locked_pte(...)\|follow_pte(...)\|pud_lock(...)\|pud_trans_huge_lock(...)\|huge_pte_lock(...)\|page_vma_mapped_walk(...)\|folio_walk_start(...)\|follow_pfnmap_start(...)\|pmd_lock(...)\|pmd_trans_huge_lock(...)\|__pmd_trans_huge_lock(...)\|down_read(...)\|down_read_killable(...)\|down_read_trylock(...)\|down_write(...)\|down_write_nested(...)\|down_write_killable(...)\|down_write_trylock(...)\|downgrade_write(...)\|double_pt_lock(...)\|spin_lock(...)\|spin_lock_irq(...)\|spin_lock_bh(...)\|_raw_spin_lock(...)\|_raw_spin_lock_irq(...)\|_raw_spin_lock_bh(...)\|_raw_spin_lock_irqsave(...)\|_raw_spin_lock_nested(...)\|spin_trylock(...)\|_raw_spin_trylock(...)\)
(
*mlock_vma_folio@p2(...)
|
*munlock_vma_folio@p2(...)
|
*mlock_vma_page@p2(...)
|
*munlock_vma_page@p2(...)
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

cocci.print_main("mlock state change of a mapped folio without the PTE page-table lock or the PMD page-table lock [-Wlockrules=mlock-ptl]", p2)
cocci.print_secs("released on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "mlock state change of a mapped folio without the PTE page-table lock or the PMD page-table lock [-Wlockrules=mlock-ptl] (released on line %s)" % (p1[0].line))
