// SPDX-License-Identifier: GPL-2.0
/* rmap-ptl.cocci: folio_remove_rmap_pte() after pte_unmap_unlock(). */
void replace_wrong(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd,
		   struct folio *folio, struct page *page, pte_t newpte)
{
	spinlock_t *ptl;
	pte_t *ptep = pte_offset_map_lock(mm, pmd, 0, &ptl);

	if (!ptep)
		return;
	set_pte_at(mm, 0, ptep, newpte);
	pte_unmap_unlock(ptep, ptl);
	folio_remove_rmap_pte(folio, page, vma);
}

void replace(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd,
	     struct folio *folio, struct page *page, pte_t newpte)
{
	spinlock_t *ptl;
	pte_t *ptep = pte_offset_map_lock(mm, pmd, 0, &ptl);

	if (!ptep)
		return;
	set_pte_at(mm, 0, ptep, newpte);
	folio_remove_rmap_pte(folio, page, vma);
	pte_unmap_unlock(ptep, ptl);
}
