// SPDX-License-Identifier: GPL-2.0
/// non-irq-safe NR_MLOCK update without the lruvec lock [lockrules:mlock-count-irq]
///
//# Generated from rules/mm.rules (rule mlock-count-irq) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the non-irq-safe NR_MLOCK update after an atomic PG_mlocked flip, on a path where the lruvec lock is taken nowhere before it (held on some path: silent); the patch mode turns __fn() into fn(), which needs no lock.
//# Rule: include/linux/vmstat.h:440-444 (zone_stat_mod_folio is irq-safe); commit 01cc2e58697e took zone->lru_lock with irqs off around __mod_zone_page_state(NR_MLOCK)
//
// Confidence: Moderate
// Copyright: (C) 2026 The lockrules authors.
// Comments: the GCC plugin checks the same rule with the locks held on every path
// Options: --no-includes --include-headers

virtual patch
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

@h exists@
position p2;
expression e0;
expression e2;
@@

(
folio_lruvec_lock(...)
|
folio_lruvec_lock_irq(...)
|
folio_lruvec_lock_irqsave(...)
|
folio_lruvec_relock_irq(...)
|
folio_lruvec_relock_irqsave(...)
)
...
(
__zone_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
__mod_zone_page_state@p2(e0, NR_MLOCK, e2)
)

@r depends on !context && !patch exists@
identifier fn;
position p1, p2 != h.p2;
expression e0;
expression e2;
identifier lrw0 =~ "^(folio_lruvec_lock|folio_lruvec_lock_irq|folio_lruvec_lock_irqsave|folio_lruvec_relock_irq|folio_lruvec_relock_irqsave)$";
identifier lrw1 =~ "^(folio_lruvec_lock|folio_lruvec_lock_irq|folio_lruvec_lock_irqsave|folio_lruvec_relock_irq|folio_lruvec_relock_irqsave)$";
@@

fn(...) {
... when != \(lrw0(...)\)
(
folio_test_set_mlocked@p1(...)
|
folio_test_clear_mlocked@p1(...)
|
TestSetPageMlocked@p1(...)
|
TestClearPageMlocked@p1(...)
|
folio_set_mlocked@p1(...)
|
SetPageMlocked@p1(...)
|
__folio_clear_mlocked@p1(...)
)
... when != \(lrw1(...)\)
(
__zone_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
__mod_zone_page_state@p2(e0, NR_MLOCK, e2)
)
... when any
}

@p depends on patch exists@
identifier fn;
position p2 != h.p2;
expression e0;
expression e2;
identifier lrw0 =~ "^(folio_lruvec_lock|folio_lruvec_lock_irq|folio_lruvec_lock_irqsave|folio_lruvec_relock_irq|folio_lruvec_relock_irqsave)$";
identifier lrw1 =~ "^(folio_lruvec_lock|folio_lruvec_lock_irq|folio_lruvec_lock_irqsave|folio_lruvec_relock_irq|folio_lruvec_relock_irqsave)$";
@@

fn(...) {
... when != \(lrw0(...)\)
(
folio_test_set_mlocked(...)
|
folio_test_clear_mlocked(...)
|
TestSetPageMlocked(...)
|
TestClearPageMlocked(...)
|
folio_set_mlocked(...)
|
SetPageMlocked(...)
|
__folio_clear_mlocked(...)
)
... when != \(lrw1(...)\)
(
- __zone_stat_mod_folio@p2(e0, NR_MLOCK, e2)
+ zone_stat_mod_folio(e0, NR_MLOCK, e2)
|
- __mod_zone_page_state@p2(e0, NR_MLOCK, e2)
+ mod_zone_page_state(e0, NR_MLOCK, e2)
)
... when any
}

@c depends on context exists@
identifier fn;
expression e0;
expression e2;
position p2 != h.p2;
identifier lrw0 =~ "^(folio_lruvec_lock|folio_lruvec_lock_irq|folio_lruvec_lock_irqsave|folio_lruvec_relock_irq|folio_lruvec_relock_irqsave)$";
identifier lrw1 =~ "^(folio_lruvec_lock|folio_lruvec_lock_irq|folio_lruvec_lock_irqsave|folio_lruvec_relock_irq|folio_lruvec_relock_irqsave)$";
@@

fn(...) {
... when != \(lrw0(...)\)
(
folio_test_set_mlocked(...)
|
folio_test_clear_mlocked(...)
|
TestSetPageMlocked(...)
|
TestClearPageMlocked(...)
|
folio_set_mlocked(...)
|
SetPageMlocked(...)
|
__folio_clear_mlocked(...)
)
... when != \(lrw1(...)\)
(
*__zone_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
*__mod_zone_page_state@p2(e0, NR_MLOCK, e2)
)
... when any
}

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

lr_org(p2, "non-irq-safe NR_MLOCK update without the lruvec lock [-Wlockrules=mlock-count-irq]", p1, "an atomic PG_mlocked flip on")

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

lr_report(p2[0], "non-irq-safe NR_MLOCK update without the lruvec lock [-Wlockrules=mlock-count-irq] (an atomic PG_mlocked flip on line %s)" % (p1[0].line))
