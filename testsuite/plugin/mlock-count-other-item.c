// SPDX-License-Identifier: GPL-2.0
/* Other counters are not NR_MLOCK: silent. */
#include "mm.h"

void bounce(struct folio *folio)
{
	zone_stat_mod_folio(folio, NR_BOUNCE, 1);
	__zone_stat_mod_folio(folio, NR_FREE_PAGES, -1);
}
