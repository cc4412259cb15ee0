// SPDX-License-Identifier: GPL-2.0
/* The 2013 fix: the lru lock (irqs off) around the test-and-clear and the update. Silent. */
#include "mm.h"

void munlock_vma_folio_fixed(struct folio *folio)
{
	struct lruvec *lruvec = folio_lruvec_lock_irq(folio);

	if (folio_test_clear_mlocked(folio))
		__zone_stat_mod_folio(folio, NR_MLOCK, -folio_nr_pages(folio));
	unlock_page_lruvec_irq(lruvec);
}
