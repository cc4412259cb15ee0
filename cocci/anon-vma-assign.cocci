// SPDX-License-Identifier: GPL-2.0
/// setting vma->anon_vma without mm->page_table_lock or the per-VMA lock (write) after it was released [lockrules:anon-vma-assign]
///
//# Generated from rules/mm.rules (rule anon-vma-assign) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: Documentation/mm/process_addrs.rst (6.13) 'Reverse mapping fields': anon_vma 'When NULL and setting non-NULL: mmap read, page_table_lock'; mm/rmap.c:207-216 (6.12) __anon_vma_prepare() sets it under spin_lock(&mm->page_table_lock); commit d8ab9f7b644a 'mm: lock VMA in dup_anon_vma() before setting ->anon_vma' (mm/vma.c:604-616, 6.12: vma_assert_write_locked(dst))
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
expression SE, SV;
identifier lrw0 =~ "^(pud_lock|pud_trans_huge_lock|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_write_locked|vma_assert_locked|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

(
mmap_write_unlock@p1(...);
|
vma_end_read@p1(...);
|
release_fault_lock@p1(...);
|
E = pud_lockptr(...);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pud_lockptr(...);
... when != I = V
\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = pud_lock(...);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pud_lock(...);
... when != I = V
\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = pud_trans_huge_lock(...);
... when != E = V
\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pud_trans_huge_lock(...);
... when != I = V
\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
)
... when != \(lrw0(...)\)
(
SE->anon_vma = NULL
|
SE->anon_vma@p2 = SV
)

@c depends on context exists@
position p1, p2;
expression E, V;
identifier I;
type T;
expression SE, SV;
identifier lrw0 =~ "^(pud_lock|pud_trans_huge_lock|vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_write_locked|vma_assert_locked|compact_lock_irqsave|down_read|down_read_killable|down_read_trylock|down_write|down_write_nested|down_write_killable|down_write_trylock|downgrade_write|double_pt_lock|spin_lock|spin_lock_irq|spin_lock_bh|_raw_spin_lock|_raw_spin_lock_irq|_raw_spin_lock_bh|_raw_spin_lock_irqsave|_raw_spin_lock_nested|spin_trylock|_raw_spin_trylock|__raw_spin_lock|__raw_spin_lock_irq|__raw_spin_lock_bh|__raw_spin_lock_irqsave|__raw_spin_trylock)$";
@@

(
*mmap_write_unlock@p1(...);
|
*vma_end_read@p1(...);
|
*release_fault_lock@p1(...);
|
E = pud_lockptr(...);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pud_lockptr(...);
... when != I = V
*\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = pud_lock(...);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pud_lock(...);
... when != I = V
*\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
|
E = pud_trans_huge_lock(...);
... when != E = V
*\(spin_unlock@p1(E)\|spin_unlock_irq@p1(E)\|spin_unlock_irqrestore@p1(E, ...)\|pte_unmap_unlock@p1(..., E)\)
|
T I = pud_trans_huge_lock(...);
... when != I = V
*\(spin_unlock@p1(I)\|spin_unlock_irq@p1(I)\|spin_unlock_irqrestore@p1(I, ...)\|pte_unmap_unlock@p1(..., I)\)
)
... when != \(lrw0(...)\)
(
SE->anon_vma = NULL
|
*SE->anon_vma@p2 = SV
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

lr_org(p2, "setting vma->anon_vma without mm->page_table_lock or the per-VMA lock (write) [-Wlockrules=anon-vma-assign]", p1, "released on")

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

lr_report(p2[0], "setting vma->anon_vma without mm->page_table_lock or the per-VMA lock (write) [-Wlockrules=anon-vma-assign] (released on line %s)" % (p1[0].line))

