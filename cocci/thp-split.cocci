// SPDX-License-Identifier: GPL-2.0
/// THP split without the anon_vma lock (write) or i_mmap_rwsem (read) after it was released [lockrules:thp-split]
///
//# Generated from rules/mm.rules (rule thp-split) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: mm/huge_memory.c:3550,3581 (6.12: anon_vma_lock_write for anon folios, i_mmap_lock_read for file ones, before __split_huge_page); commit 062f1af2170a 'mm: thp: acquire the anon_vma rwsem for write during split' (2013)
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
anon_vma_unlock_write@p1(...);
|
anon_vma_unlock_read@p1(...);
|
i_mmap_unlock_write@p1(...);
|
i_mmap_unlock_read@p1(...);
)
... when != \(anon_vma_lock_write(...)\|anon_vma_trylock_write(...)\|anon_vma_lock_read(...)\|anon_vma_trylock_read(...)\|folio_lock_anon_vma_read(...)\|page_lock_anon_vma_read(...)\|i_mmap_lock_write(...)\|i_mmap_trylock_write(...)\|i_mmap_lock_read(...)\|i_mmap_trylock_read(...)\|i_mmap_assert_locked(...)\|i_mmap_assert_write_locked(...)\)
(
__split_huge_page@p2(...)
|
__split_huge_page_refcount@p2(...)
)

@c depends on context exists@
position p1, p2;
@@

(
*anon_vma_unlock_write@p1(...);
|
*anon_vma_unlock_read@p1(...);
|
*i_mmap_unlock_write@p1(...);
|
*i_mmap_unlock_read@p1(...);
)
... when != \(anon_vma_lock_write(...)\|anon_vma_trylock_write(...)\|anon_vma_lock_read(...)\|anon_vma_trylock_read(...)\|folio_lock_anon_vma_read(...)\|page_lock_anon_vma_read(...)\|i_mmap_lock_write(...)\|i_mmap_trylock_write(...)\|i_mmap_lock_read(...)\|i_mmap_trylock_read(...)\|i_mmap_assert_locked(...)\|i_mmap_assert_write_locked(...)\)
(
*__split_huge_page@p2(...)
|
*__split_huge_page_refcount@p2(...)
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

cocci.print_main("THP split without the anon_vma lock (write) or i_mmap_rwsem (read) [-Wlockrules=thp-split]", p2)
cocci.print_secs("released on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "THP split without the anon_vma lock (write) or i_mmap_rwsem (read) [-Wlockrules=thp-split] (released on line %s)" % (p1[0].line))
