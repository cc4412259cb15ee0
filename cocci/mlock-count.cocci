// SPDX-License-Identifier: GPL-2.0
/// NR_MLOCK update without an atomic PG_mlocked flip [lockrules:mlock-count]
///
//# Generated from rules/mm.rules (rule mlock-count) by lockrules' plugin/tools/rules2cocci.c:
//# change the rule pack and run 'make cocci', not this file.
//# Reports the update when PG_mlocked was only tested before it, and no atomic test-and-set or test-and-clear flipped it in between.
//# Rule: mm/mlock.c:143,249,274 and mm/page_alloc.c:1109 (6.12): NR_MLOCK changes only where PG_mlocked was flipped atomically; commit 01cc2e58697e 'mm: munlock: fix potential race with THP page split' (2013)
//
// Confidence: High
// Copyright: (C) 2026 The lockrules authors.
// Comments: the GCC plugin checks the same rule with the locks held on every path
// Options: --no-includes --include-headers

virtual context
virtual org
virtual report

@r depends on !context exists@
position p1, p2;
expression e0;
expression e2;
@@

(
folio_test_mlocked@p1(...)
|
PageMlocked@p1(...)
|
folio_clear_mlocked@p1(...)
|
ClearPageMlocked@p1(...)
)
... when != \(folio_test_set_mlocked(...)\|folio_test_clear_mlocked(...)\|TestSetPageMlocked(...)\|TestClearPageMlocked(...)\|folio_set_mlocked(...)\|SetPageMlocked(...)\|__folio_clear_mlocked(...)\)
(
zone_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
mod_zone_page_state@p2(e0, NR_MLOCK, e2)
|
__zone_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
__mod_zone_page_state@p2(e0, NR_MLOCK, e2)
|
node_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
lruvec_stat_mod_folio@p2(e0, NR_MLOCK, e2)
)

@c depends on context exists@
position p1, p2;
expression e0;
expression e2;
@@

(
*folio_test_mlocked@p1(...)
|
*PageMlocked@p1(...)
|
*folio_clear_mlocked@p1(...)
|
*ClearPageMlocked@p1(...)
)
... when != \(folio_test_set_mlocked(...)\|folio_test_clear_mlocked(...)\|TestSetPageMlocked(...)\|TestClearPageMlocked(...)\|folio_set_mlocked(...)\|SetPageMlocked(...)\|__folio_clear_mlocked(...)\)
(
*zone_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
*mod_zone_page_state@p2(e0, NR_MLOCK, e2)
|
*__zone_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
*__mod_zone_page_state@p2(e0, NR_MLOCK, e2)
|
*node_stat_mod_folio@p2(e0, NR_MLOCK, e2)
|
*lruvec_stat_mod_folio@p2(e0, NR_MLOCK, e2)
)

@script:python depends on org@
p1 << r.p1;
p2 << r.p2;
@@

cocci.print_main("NR_MLOCK update without an atomic PG_mlocked flip [-Wlockrules=mlock-count]", p2)
cocci.print_secs("PG_mlocked tested non-atomically on", p1)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
@@

coccilib.report.print_report(p2[0], "NR_MLOCK update without an atomic PG_mlocked flip [-Wlockrules=mlock-count] (PG_mlocked tested non-atomically on line %s)" % (p1[0].line))
