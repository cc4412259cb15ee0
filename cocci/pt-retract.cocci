// SPDX-License-Identifier: GPL-2.0
/// page-table retraction without the PMD page-table lock and mmap_lock (read); or the PMD page-table lock and the per-VMA lock (read); or the PMD page-table lock and i_mmap_rwsem (read); or the PMD page-table lock and the anon_vma lock (read) after it was released [lockrules:pt-retract]
///
//# Generated from rules/mm.rules (rule pt-retract) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: [6.1] mm/khugepaged.c:1397-1437 (collapse_and_free_pmd: mmap, i_mmap and anon_vma write locks; commit 8d3c106e19e8 'mm/khugepaged: take the right locks for page table retraction', 023f47a8250c); 6.12 mm/khugepaged.c:1698-1780 (retract_page_tables: i_mmap_rwsem read + PMD and PTE ptl, RCU-freed table)
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
... when != \(pmd_lock(...)\|pmd_trans_huge_lock(...)\|__pmd_trans_huge_lock(...)\|pud_lock(...)\|pud_trans_huge_lock(...)\|huge_pte_lock(...)\|page_vma_mapped_walk(...)\|folio_walk_start(...)\|follow_pfnmap_start(...)\|mmap_read_lock(...)\|mmap_read_lock_killable(...)\|mmap_read_trylock(...)\|mmap_write_lock(...)\|mmap_write_lock_nested(...)\|mmap_write_lock_killable(...)\|mmap_write_downgrade(...)\|lock_mm_and_find_vma(...)\|mmap_write_trylock(...)\|mmap_assert_locked(...)\|mmap_assert_write_locked(...)\|vma_assert_write_locked(...)\|vma_start_read(...)\|lock_vma_under_rcu(...)\|vma_start_write(...)\|vma_assert_locked(...)\|i_mmap_lock_write(...)\|i_mmap_trylock_write(...)\|i_mmap_lock_read(...)\|i_mmap_trylock_read(...)\|i_mmap_assert_locked(...)\|i_mmap_assert_write_locked(...)\|anon_vma_lock_write(...)\|anon_vma_trylock_write(...)\|anon_vma_lock_read(...)\|anon_vma_trylock_read(...)\|folio_lock_anon_vma_read(...)\|page_lock_anon_vma_read(...)\|down_read(...)\|down_read_killable(...)\|down_read_trylock(...)\|down_write(...)\|down_write_nested(...)\|down_write_killable(...)\|down_write_trylock(...)\|downgrade_write(...)\|double_pt_lock(...)\|spin_lock(...)\|spin_lock_irq(...)\|spin_lock_bh(...)\|_raw_spin_lock(...)\|_raw_spin_lock_irq(...)\|_raw_spin_lock_bh(...)\|_raw_spin_lock_irqsave(...)\|_raw_spin_lock_nested(...)\|spin_trylock(...)\|_raw_spin_trylock(...)\)
(
pmdp_collapse_flush@p2(...)
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
... when != \(pmd_lock(...)\|pmd_trans_huge_lock(...)\|__pmd_trans_huge_lock(...)\|pud_lock(...)\|pud_trans_huge_lock(...)\|huge_pte_lock(...)\|page_vma_mapped_walk(...)\|folio_walk_start(...)\|follow_pfnmap_start(...)\|mmap_read_lock(...)\|mmap_read_lock_killable(...)\|mmap_read_trylock(...)\|mmap_write_lock(...)\|mmap_write_lock_nested(...)\|mmap_write_lock_killable(...)\|mmap_write_downgrade(...)\|lock_mm_and_find_vma(...)\|mmap_write_trylock(...)\|mmap_assert_locked(...)\|mmap_assert_write_locked(...)\|vma_assert_write_locked(...)\|vma_start_read(...)\|lock_vma_under_rcu(...)\|vma_start_write(...)\|vma_assert_locked(...)\|i_mmap_lock_write(...)\|i_mmap_trylock_write(...)\|i_mmap_lock_read(...)\|i_mmap_trylock_read(...)\|i_mmap_assert_locked(...)\|i_mmap_assert_write_locked(...)\|anon_vma_lock_write(...)\|anon_vma_trylock_write(...)\|anon_vma_lock_read(...)\|anon_vma_trylock_read(...)\|folio_lock_anon_vma_read(...)\|page_lock_anon_vma_read(...)\|down_read(...)\|down_read_killable(...)\|down_read_trylock(...)\|down_write(...)\|down_write_nested(...)\|down_write_killable(...)\|down_write_trylock(...)\|downgrade_write(...)\|double_pt_lock(...)\|spin_lock(...)\|spin_lock_irq(...)\|spin_lock_bh(...)\|_raw_spin_lock(...)\|_raw_spin_lock_irq(...)\|_raw_spin_lock_bh(...)\|_raw_spin_lock_irqsave(...)\|_raw_spin_lock_nested(...)\|spin_trylock(...)\|_raw_spin_trylock(...)\)
(
*pmdp_collapse_flush@p2(...)
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

cocci.print_main("page-table retraction without the PMD page-table lock and mmap_lock (read); or the PMD page-table lock and the per-VMA lock (read); or the PMD page-table lock and i_mmap_rwsem (read); or the PMD page-table lock and the anon_vma lock (read) [-Wlockrules=pt-retract]", p2)
cocci.print_secs("released on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "page-table retraction without the PMD page-table lock and mmap_lock (read); or the PMD page-table lock and the per-VMA lock (read); or the PMD page-table lock and i_mmap_rwsem (read); or the PMD page-table lock and the anon_vma lock (read) [-Wlockrules=pt-retract] (released on line %s)" % (p1[0].line))
