// SPDX-License-Identifier: GPL-2.0
/* munlock_vma_folio() after the PTE ptl was dropped. */
#include "mm.h"

void unmap_and_munlock(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	struct folio *folio;
	spinlock_t *ptl;
	pte_t *pte;

	mmap_read_lock(mm);
	pte = pte_offset_map_lock(mm, pmd, 0, &ptl);
	if (!pte)
		goto out;
	folio = pte_folio(pte);
	pte_unmap_unlock(pte, ptl);
	munlock_vma_folio(folio, vma); /* { dg-warning "mlock state change of a mapped folio without.*-Wlockrules=mlock-ptl" } */
out:
	mmap_read_unlock(mm);
}
