// SPDX-License-Identifier: GPL-2.0
/* __munlock_folio() in 6.12: the lruvec relock, then folio_test_clear_mlocked(). Silent. */
#include "mm.h"

struct lruvec *munlock_one(struct folio *folio, struct lruvec *lruvec)
{
	int nr_pages = folio_nr_pages(folio);

	if (!(folio->flags & 4))
		goto munlock;
	lruvec = folio_lruvec_relock_irq(folio, lruvec);
	if (folio->mlock_count)
		folio->mlock_count--;
	if (folio->mlock_count)
		goto out;
munlock:
	if (folio_test_clear_mlocked(folio))
		zone_stat_mod_folio(folio, NR_MLOCK, -nr_pages);
out:
	return lruvec;
}
