// SPDX-License-Identifier: GPL-2.0
/* Counting where the bit was already set: this context did not flip it. */
#include "mm.h"

void mlock_count_inverted(struct folio *folio)
{
	if (folio_test_set_mlocked(folio))
		zone_stat_mod_folio(folio, NR_MLOCK, 1); /* { dg-warning "mlock-count" } */
}
