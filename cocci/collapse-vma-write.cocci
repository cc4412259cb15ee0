// SPDX-License-Identifier: GPL-2.0
/// PMD collapse under the anon_vma write lock without the per-VMA lock (write) [lockrules:collapse-vma-write]
///
//# Generated from rules/mm.rules (rule collapse-vma-write) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call after the lock that calls for it, in a function that takes the missing lock nowhere before it.
//# Rule: mm/khugepaged.c:1156-1166 (6.12: mmap_write_lock, vma_start_write, anon_vma_lock_write); commit 55fd6fccad31 'mm/khugepaged: write-lock VMA while collapsing a huge page' (2023): faults under the per-VMA lock raced collapse
//
// Confidence: Moderate
// Copyright: (C) 2026 The lockrules authors.
// Comments: the GCC plugin checks the same rule with the locks held on every path
// Options: --no-includes --include-headers

virtual context
virtual org
virtual report

@r depends on !context exists@
identifier fn;
position p1, p2;
@@

fn(...) {
... when != \(vma_start_read(...)\|lock_vma_under_rcu(...)\|vma_start_write(...)\|vma_assert_write_locked(...)\|vma_assert_locked(...)\)
(
anon_vma_lock_write@p1(...)
|
anon_vma_trylock_write@p1(...)
|
anon_vma_lock_read@p1(...)
|
anon_vma_trylock_read@p1(...)
|
folio_lock_anon_vma_read@p1(...)
|
page_lock_anon_vma_read@p1(...)
)
... when != \(vma_start_read(...)\|lock_vma_under_rcu(...)\|vma_start_write(...)\|vma_assert_write_locked(...)\|vma_assert_locked(...)\)
(
pmdp_collapse_flush@p2(...)
)
... when any
}

@c depends on context exists@
identifier fn;
position p2;
@@

fn(...) {
... when != \(vma_start_read(...)\|lock_vma_under_rcu(...)\|vma_start_write(...)\|vma_assert_write_locked(...)\|vma_assert_locked(...)\)
(
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
)
... when != \(vma_start_read(...)\|lock_vma_under_rcu(...)\|vma_start_write(...)\|vma_assert_write_locked(...)\|vma_assert_locked(...)\)
(
*pmdp_collapse_flush@p2(...)
)
... when any
}

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

cocci.print_main("PMD collapse under the anon_vma write lock without the per-VMA lock (write) [-Wlockrules=collapse-vma-write]", p2)
cocci.print_secs("the anon_vma lock on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "PMD collapse under the anon_vma write lock without the per-VMA lock (write) [-Wlockrules=collapse-vma-write] (the anon_vma lock on line %s)" % (p1[0].line))
