// SPDX-License-Identifier: GPL-2.0
/* free_pages_prepare(): refcount 0, __folio_clear_mlocked() owns the flag. Silent. */
#include "mm.h"

void free_prepare(struct folio *folio)
{
	if (unlikely(folio_test_mlocked(folio))) {
		long nr_pages = folio_nr_pages(folio);

		__folio_clear_mlocked(folio);
		zone_stat_mod_folio(folio, NR_MLOCK, -nr_pages);
	}
}
