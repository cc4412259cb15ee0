// SPDX-License-Identifier: GPL-2.0
/* mlock_vma_folio() under the PTE ptl, as the rmap add paths do. Silent. */
#include "mm.h"

void map_and_mlock(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *ptl;
	pte_t *pte;

	mmap_read_lock(mm);
	pte = pte_offset_map_lock(mm, pmd, 0, &ptl);
	if (pte) {
		mlock_vma_folio(pte_folio(pte), vma);
		pte_unmap_unlock(pte, ptl);
	}
	mmap_read_unlock(mm);
}
