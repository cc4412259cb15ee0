// SPDX-License-Identifier: GPL-2.0
/* A plain test of PG_mlocked does not own the counter: two racers both count. */
#include "mm.h"

void munlock_count_wrong(struct folio *folio)
{
	if (folio_test_mlocked(folio)) /* { dg-note "non-atomic PG_mlocked test" } */
		zone_stat_mod_folio(folio, NR_MLOCK, -folio_nr_pages(folio)); /* { dg-warning "NR_MLOCK update without an atomic PG_mlocked flip.*-Wlockrules=mlock-count" } */
}
