// SPDX-License-Identifier: GPL-2.0
/* The lruvec lock nests inside the page-table lock (mm/filemap.c), not outside. */
#include "mm.h"

void isolate_wrong(struct folio *folio, struct mm_struct *mm, pmd_t *pmd)
{
	struct lruvec *lruvec = folio_lruvec_lock_irq(folio);
	spinlock_t *ptl = pmd_lock(mm, pmd); /* { dg-warning "lock-order" } */

	spin_unlock(ptl);
	unlock_page_lruvec_irq(lruvec);
}
