// SPDX-License-Identifier: GPL-2.0
/// non-irq-safe NR_MLOCK update without the lruvec lock [lockrules:mlock-count-irq]
///
//# Generated from rules/mm.rules (rule mlock-count-irq) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the update in a function that takes no lruvec lock before it; the patch mode turns it into the irq-safe update.
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

@r depends on !context && !patch exists@
identifier fn;
position p1, p2;
expression e0;
expression e2;
@@

fn(...) {
... when != \(folio_lruvec_lock(...)\|folio_lruvec_lock_irq(...)\|folio_lruvec_lock_irqsave(...)\|folio_lruvec_relock_irq(...)\|folio_lruvec_relock_irqsave(...)\)
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
... when != \(folio_lruvec_lock(...)\|folio_lruvec_lock_irq(...)\|folio_lruvec_lock_irqsave(...)\|folio_lruvec_relock_irq(...)\|folio_lruvec_relock_irqsave(...)\)
(
__zone_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
__mod_zone_page_state@p2(e0, NR_MLOCK, e2)
)
... when any
}

@p depends on patch exists@
identifier fn;
expression e0;
expression e2;
@@

fn(...) {
... when != \(folio_lruvec_lock(...)\|folio_lruvec_lock_irq(...)\|folio_lruvec_lock_irqsave(...)\|folio_lruvec_relock_irq(...)\|folio_lruvec_relock_irqsave(...)\)
(
- __zone_stat_mod_folio(e0, NR_MLOCK, e2)
+ zone_stat_mod_folio(e0, NR_MLOCK, e2)
|
- __mod_zone_page_state(e0, NR_MLOCK, e2)
+ mod_zone_page_state(e0, NR_MLOCK, e2)
)
... when any
}

@c depends on context exists@
identifier fn;
expression e0;
expression e2;
position p2;
@@

fn(...) {
... when != \(folio_lruvec_lock(...)\|folio_lruvec_lock_irq(...)\|folio_lruvec_lock_irqsave(...)\|folio_lruvec_relock_irq(...)\|folio_lruvec_relock_irqsave(...)\)
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
... when != \(folio_lruvec_lock(...)\|folio_lruvec_lock_irq(...)\|folio_lruvec_lock_irqsave(...)\|folio_lruvec_relock_irq(...)\|folio_lruvec_relock_irqsave(...)\)
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

cocci.print_main("non-irq-safe NR_MLOCK update without the lruvec lock [-Wlockrules=mlock-count-irq]", p2)
cocci.print_secs("an atomic PG_mlocked flip on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "non-irq-safe NR_MLOCK update without the lruvec lock [-Wlockrules=mlock-count-irq] (an atomic PG_mlocked flip on line %s)" % (p1[0].line))
