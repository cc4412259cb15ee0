// SPDX-License-Identifier: GPL-2.0
/* mlock-ptl.cocci: munlock_vma_folio() after pte_unmap_unlock(). */
void unmap_and_munlock(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	struct folio *folio;
	spinlock_t *ptl;
	pte_t *pte;

	pte = pte_offset_map_lock(mm, pmd, 0, &ptl);
	if (!pte)
		return;
	folio = pte_folio(pte);
	pte_unmap_unlock(pte, ptl);
	munlock_vma_folio(folio, vma);
}

void map_and_mlock(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, 0, &ptl);

	if (!pte)
		return;
	mlock_vma_folio(pte_folio(pte), vma);
	pte_unmap_unlock(pte, ptl);
}

bool referenced_one(struct folio *folio, struct vm_area_struct *vma)
{
	DEFINE_FOLIO_VMA_WALK(pvmw, folio, vma, 0, 0);

	while (page_vma_mapped_walk(&pvmw)) {
		if (vma->vm_flags & VM_LOCKED) {
			page_vma_mapped_walk_done(&pvmw);
			mlock_vma_folio(folio, vma);
			return false;
		}
	}
	return true;
}
