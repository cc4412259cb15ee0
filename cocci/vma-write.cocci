// SPDX-License-Identifier: GPL-2.0
/// VMA write lock without mmap_lock (write) after it was released [lockrules:vma-write]
///
//# Generated from rules/mm.rules (rule vma-write) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: include/linux/mm.h:745-766 vma_start_write() -> __is_vma_write_locked() -> mmap_assert_write_locked(); Documentation/mm/process_addrs.rst 'To take a VMA write lock you must have already acquired an mmap_write_lock'
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
vma_start_write@p2(...)
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
*vma_start_write@p2(...)
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

cocci.print_main("VMA write lock without mmap_lock (write) [-Wlockrules=vma-write]", p2)
cocci.print_secs("released on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "VMA write lock without mmap_lock (write) [-Wlockrules=vma-write] (released on line %s)" % (p1[0].line))
