// SPDX-License-Identifier: GPL-2.0
/*
 * folio_referenced_one() in 6.12 (mm/rmap.c:925): mlock_vma_folio() after
 * the walk loop ended, when page_vma_mapped_walk() had dropped the ptl.
 */
#include "mm.h"

bool referenced_one(struct folio *folio, struct vm_area_struct *vma)
{
	struct page_vma_mapped_walk pvmw = { .folio = folio, .vma = vma };
	int ptes = 0;

	while (page_vma_mapped_walk(&pvmw)) /* { dg-note "a page-table lock was released here" } */
		ptes++;
	if (ptes == folio_nr_pages(folio)) {
		mlock_vma_folio(folio, vma); /* { dg-warning "mlock-ptl" } */
		return false;
	}
	return true;
}
