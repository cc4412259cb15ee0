// SPDX-License-Identifier: GPL-2.0
/* try_to_unmap_one(): mlock_vma_folio() inside the page_vma_mapped_walk() loop. Silent. */
#include "mm.h"

bool unmap_one(struct folio *folio, struct vm_area_struct *vma)
{
	struct page_vma_mapped_walk pvmw = { .folio = folio, .vma = vma };

	while (page_vma_mapped_walk(&pvmw)) {
		if (vma->vm_flags & 0x2000) {
			mlock_vma_folio(folio, vma);
			page_vma_mapped_walk_done(&pvmw);
			return false;
		}
	}
	return true;
}
