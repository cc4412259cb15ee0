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

/* The `isolated` pattern of __munlock_folio(): the lruvec lock is taken on one path to the
 * update (the non-irq-safe form only where it is held); held on some path: silent, as in the plugin. */
struct lruvec *munlock_isolated(struct folio *folio, struct lruvec *lruvec)
{
	bool isolated = false;

	if (!folio_test_clear_lru(folio))
		goto munlock;
	isolated = true;
	lruvec = folio_lruvec_relock_irq(folio, lruvec);
munlock:
	if (folio_test_clear_mlocked(folio)) {
		if (isolated)
			__zone_stat_mod_folio(folio, NR_MLOCK, -folio_nr_pages(folio));
		else
			zone_stat_mod_folio(folio, NR_MLOCK, -folio_nr_pages(folio));
	}
	if (isolated)
		folio_set_lru(folio);
	return lruvec;
}

/* No path takes the lruvec lock before the update: reported, and patched. */
void mlock_new(struct folio *folio)
{
	if (!folio_test_set_mlocked(folio)) {
		int nr_pages = folio_nr_pages(folio);

		__zone_stat_mod_folio(folio, NR_MLOCK, nr_pages);
	}
}
