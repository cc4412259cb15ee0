// SPDX-License-Identifier: GPL-2.0
/* try_to_unmap_one(): split_huge_pmd_locked() under the ptl page_vma_mapped_walk() holds. */
#include "mm.h"

void unmap_folio(struct anon_vma *anon_vma, struct folio *folio, struct vm_area_struct *vma)
{
	struct page_vma_mapped_walk pvmw = { .folio = folio, .vma = vma };

	anon_vma_lock_read(anon_vma);
	while (page_vma_mapped_walk(&pvmw)) {
		if (!pvmw.pte) {
			split_huge_pmd_locked(vma, pvmw.address, pvmw.pmd, false, folio);
			page_vma_mapped_walk_done(&pvmw);
			break;
		}
	}
	anon_vma_unlock_read(anon_vma);
}
