// SPDX-License-Identifier: GPL-2.0
/* lru-list.cocci: a folio put back on the LRU after the lruvec lock was dropped. */
void putback_wrong(struct folio *folio)
{
	struct lruvec *lruvec = folio_lruvec_lock_irq(folio);

	lruvec_del_folio(lruvec, folio);
	unlock_page_lruvec_irq(lruvec);
	lruvec_add_folio(lruvec, folio);
}

void putback(struct folio *folio)
{
	struct lruvec *lruvec = folio_lruvec_lock_irq(folio);

	lruvec_del_folio(lruvec, folio);
	lruvec_add_folio_tail(lruvec, folio);
	unlock_page_lruvec_irq(lruvec);
}
