// SPDX-License-Identifier: GPL-2.0
/* mlock-count.cocci: NR_MLOCK counted after a non-atomic test of PG_mlocked. */
void munlock_count_wrong(struct folio *folio)
{
	if (folio_test_mlocked(folio))
		zone_stat_mod_folio(folio, NR_MLOCK, -folio_nr_pages(folio));
}

void free_prepare(struct folio *folio)
{
	if (folio_test_mlocked(folio)) {
		__folio_clear_mlocked(folio);
		zone_stat_mod_folio(folio, NR_MLOCK, -folio_nr_pages(folio));
	}
}

void bounce(struct folio *folio)
{
	if (folio_test_mlocked(folio))
		zone_stat_mod_folio(folio, NR_BOUNCE, 1);
}
