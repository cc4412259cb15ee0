// SPDX-License-Identifier: GPL-2.0
/* mlock_folio(): NR_MLOCK changes where folio_test_set_mlocked() flipped the bit. Silent. */
#include "mm.h"

void mlock_folio_count(struct folio *folio)
{
	if (!folio_test_set_mlocked(folio)) {
		int nr_pages = folio_nr_pages(folio);

		zone_stat_mod_folio(folio, NR_MLOCK, nr_pages);
	}
}
