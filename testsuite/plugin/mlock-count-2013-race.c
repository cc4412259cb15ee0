// SPDX-License-Identifier: GPL-2.0
/*
 * 2013 munlock race (commit 01cc2e58697e): the non-irq-safe counter update
 * after TestClearPageMlocked without the lru lock; a racing THP split
 * copies PG_mlocked to the tails and NR_MLOCK drifts.
 */
#include "mm.h"

void munlock_vma_folio_2013(struct folio *folio)
{
	if (folio_test_clear_mlocked(folio)) /* { dg-note "this function took an atomic PG_mlocked flip" } */
		__zone_stat_mod_folio(folio, NR_MLOCK, -folio_nr_pages(folio)); /* { dg-warning "non-irq-safe NR_MLOCK update without.*the lruvec lock.*-Wlockrules=mlock-count-irq" } */
}
