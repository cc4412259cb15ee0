// SPDX-License-Identifier: GPL-2.0
/// VMA field store without the per-VMA lock (write) after it was released [lockrules:vma-field-write]
///
//# Generated from rules/mm.rules (rule vma-field-write) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.
//# Rule: Documentation/mm/process_addrs.rst (6.13) 'Core fields'/'Config-specific fields': vm_start, vm_end, vm_pgoff, vm_page_prot, __vm_flags (vm_flags_*()), anon_name, vm_policy and vm_userfaultfd_ctx are written holding the mmap write lock and the VMA write lock; commits 6c21e066f925 'mm/mempolicy: Take VMA lock before replacing policy' (CVE-2023-4611), c137381f71ae (stack expansion write-locks the VMA), mm/mprotect.c:673-676 (6.12) vma_start_write() before vm_flags_reset()/vma_set_page_prot(); [6.1] mm/mprotect.c:699 mmap_write_lock_killable() around mprotect_fixup()
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
expression SE, SV;
identifier lrw0 =~ "^(vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_write_locked|vma_assert_locked)$";
@@

(
mmap_write_unlock@p1(...);
|
vma_end_read@p1(...);
|
release_fault_lock@p1(...);
)
... when != \(lrw0(...)\)
(
SE->vm_start@p2 = SV
|
SE->vm_end@p2 = SV
|
SE->vm_pgoff@p2 = SV
|
SE->vm_page_prot@p2 = SV
|
SE->vm_policy@p2 = SV
|
SE->anon_name@p2 = SV
|
SE->vm_userfaultfd_ctx@p2 = SV
|
SE->__vm_flags@p2 = SV
|
SE->vm_flags@p2 = SV
)

@c depends on context exists@
position p1, p2;
expression SE, SV;
identifier lrw0 =~ "^(vma_start_read|lock_vma_under_rcu|vma_start_write|vma_assert_write_locked|vma_assert_locked)$";
@@

(
*mmap_write_unlock@p1(...);
|
*vma_end_read@p1(...);
|
*release_fault_lock@p1(...);
)
... when != \(lrw0(...)\)
(
*SE->vm_start@p2 = SV
|
*SE->vm_end@p2 = SV
|
*SE->vm_pgoff@p2 = SV
|
*SE->vm_page_prot@p2 = SV
|
*SE->vm_policy@p2 = SV
|
*SE->anon_name@p2 = SV
|
*SE->vm_userfaultfd_ctx@p2 = SV
|
*SE->__vm_flags@p2 = SV
|
*SE->vm_flags@p2 = SV
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

lr_org(p2, "VMA field store without the per-VMA lock (write) [-Wlockrules=vma-field-write]", p1, "released on")

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

lr_report(p2[0], "VMA field store without the per-VMA lock (write) [-Wlockrules=vma-field-write] (released on line %s)" % (p1[0].line))

