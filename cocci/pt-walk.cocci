// SPDX-License-Identifier: GPL-2.0
/// page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) after it was released [lockrules:pt-walk]
///
//# Generated from rules/mm.rules (rule pt-walk) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: mm/pgtable-generic.c:320-362 (6.12): 'while holding mmap_lock or vma lock for read or for write; or in truncate or rmap context, while holding file's i_mmap_lock or anon_vma lock'; mm/pagewalk.c:376-401; lockless with interrupts off: mm/gup.c gup_fast() (6.12)
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
... when != \(mmap_read_lock(...)\|mmap_read_lock_killable(...)\|mmap_read_trylock(...)\|mmap_write_lock(...)\|mmap_write_lock_nested(...)\|mmap_write_lock_killable(...)\|mmap_write_downgrade(...)\|lock_mm_and_find_vma(...)\|mmap_write_trylock(...)\|mmap_assert_locked(...)\|mmap_assert_write_locked(...)\|vma_assert_write_locked(...)\|vma_start_read(...)\|lock_vma_under_rcu(...)\|vma_start_write(...)\|vma_assert_locked(...)\|i_mmap_lock_write(...)\|i_mmap_trylock_write(...)\|i_mmap_lock_read(...)\|i_mmap_trylock_read(...)\|i_mmap_assert_locked(...)\|i_mmap_assert_write_locked(...)\|anon_vma_lock_write(...)\|anon_vma_trylock_write(...)\|anon_vma_lock_read(...)\|anon_vma_trylock_read(...)\|folio_lock_anon_vma_read(...)\|page_lock_anon_vma_read(...)\|arch_local_irq_save(...)\|arch_local_irq_disable(...)\)
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
... when != \(mmap_read_lock(...)\|mmap_read_lock_killable(...)\|mmap_read_trylock(...)\|mmap_write_lock(...)\|mmap_write_lock_nested(...)\|mmap_write_lock_killable(...)\|mmap_write_downgrade(...)\|lock_mm_and_find_vma(...)\|mmap_write_trylock(...)\|mmap_assert_locked(...)\|mmap_assert_write_locked(...)\|vma_assert_write_locked(...)\|vma_start_read(...)\|lock_vma_under_rcu(...)\|vma_start_write(...)\|vma_assert_locked(...)\|i_mmap_lock_write(...)\|i_mmap_trylock_write(...)\|i_mmap_lock_read(...)\|i_mmap_trylock_read(...)\|i_mmap_assert_locked(...)\|i_mmap_assert_write_locked(...)\|anon_vma_lock_write(...)\|anon_vma_trylock_write(...)\|anon_vma_lock_read(...)\|anon_vma_trylock_read(...)\|folio_lock_anon_vma_read(...)\|page_lock_anon_vma_read(...)\|arch_local_irq_save(...)\|arch_local_irq_disable(...)\)
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

cocci.print_main("page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) [-Wlockrules=pt-walk]", p2)
cocci.print_secs("released on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "page-table walk without mmap_lock (read) or the per-VMA lock (read) or i_mmap_rwsem (read) or the anon_vma lock (read) or interrupts off (a lockless walk) [-Wlockrules=pt-walk] (released on line %s)" % (p1[0].line))
