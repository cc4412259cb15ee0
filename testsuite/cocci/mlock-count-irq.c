// SPDX-License-Identifier: GPL-2.0
/* mlock-count-irq.cocci: the non-irq-safe NR_MLOCK update outside the lruvec lock. */
void munlock_2013(struct folio *folio)
{
	if (folio_test_clear_mlocked(folio))
		__zone_stat_mod_folio(folio, NR_MLOCK, -folio_nr_pages(folio));
}

void munlock_fixed(struct folio *folio)
{
	struct lruvec *lruvec = folio_lruvec_lock_irq(folio);

	if (folio_test_clear_mlocked(folio))
		__zone_stat_mod_folio(folio, NR_MLOCK, -folio_nr_pages(folio));
	unlock_page_lruvec_irq(lruvec);
}
