// SPDX-License-Identifier: GPL-2.0
/// VMA lookup without mmap_lock (read) after it was released [lockrules:vma-lookup]
///
//# Generated from rules/mm.rules (rule vma-lookup) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: mm/mmap.c:955-981 (6.12; 6.1 mm/mmap.c:1888,1905): find_vma() and find_vma_intersection() begin with mmap_assert_locked(mm); Documentation/mm/process_addrs.rst: the VMA tree is read under mmap_lock (lock_vma_under_rcu() has its own RCU lookup)
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
)
... when != \(mmap_read_lock(...)\|mmap_read_lock_killable(...)\|mmap_read_trylock(...)\|mmap_write_lock(...)\|mmap_write_lock_nested(...)\|mmap_write_lock_killable(...)\|mmap_write_downgrade(...)\|lock_mm_and_find_vma(...)\|mmap_write_trylock(...)\|mmap_assert_locked(...)\|mmap_assert_write_locked(...)\|vma_assert_write_locked(...)\)
(
find_vma@p2(...)
|
find_vma_intersection@p2(...)
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
)
... when != \(mmap_read_lock(...)\|mmap_read_lock_killable(...)\|mmap_read_trylock(...)\|mmap_write_lock(...)\|mmap_write_lock_nested(...)\|mmap_write_lock_killable(...)\|mmap_write_downgrade(...)\|lock_mm_and_find_vma(...)\|mmap_write_trylock(...)\|mmap_assert_locked(...)\|mmap_assert_write_locked(...)\|vma_assert_write_locked(...)\)
(
*find_vma@p2(...)
|
*find_vma_intersection@p2(...)
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

cocci.print_main("VMA lookup without mmap_lock (read) [-Wlockrules=vma-lookup]", p2)
cocci.print_secs("released on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "VMA lookup without mmap_lock (read) [-Wlockrules=vma-lookup] (released on line %s)" % (p1[0].line))
