// SPDX-License-Identifier: GPL-2.0
/*
 * Adding or removing a folio's mappings in the rmap needs the page table's
 * lock (rmap.c: "The caller needs to hold the page table lock").  KSM's
 * replace_page() under the PTE ptl and a PMD mapping under the PMD ptl
 * are silent; the same after the unlock, or after the page walk that held
 * the ptl ended, is reported.
 */
#include "mm.h"

void replace_ok(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd,
		struct folio *folio, struct page *page, pte_t newpte)
{
	spinlock_t *ptl;
	pte_t *ptep;

	mmap_read_lock(mm);
	ptep = pte_offset_map_lock(mm, pmd, 0, &ptl);
	if (!ptep)
		goto out;
	set_pte_at(mm, 0, ptep, newpte);
	folio_remove_rmap_pte(folio, page, vma);
	pte_unmap_unlock(ptep, ptl);
out:
	mmap_read_unlock(mm);
}

void replace_after_unlock(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd,
			  struct folio *folio, struct page *page, pte_t newpte)
{
	spinlock_t *ptl;
	pte_t *ptep;

	mmap_read_lock(mm);
	ptep = pte_offset_map_lock(mm, pmd, 0, &ptl);
	if (!ptep)
		goto out;
	set_pte_at(mm, 0, ptep, newpte);
	pte_unmap_unlock(ptep, ptl);
	folio_remove_rmap_pte(folio, page, vma); /* { dg-warning "rmap change of a mapped folio without the PTE page-table lock or the PMD page-table lock.*-Wlockrules=rmap-ptl" } */
out:
	mmap_read_unlock(mm);
}

void map_pmd_ok(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd,
		struct folio *folio, struct page *page)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	folio_add_file_rmap_pmd(folio, page, vma);
	spin_unlock(ptl);
}

void unmap_after_walk_done(struct folio *folio, struct page *page, struct vm_area_struct *vma)
{
	struct page_vma_mapped_walk pvmw = { .folio = folio, .vma = vma };

	if (!page_vma_mapped_walk(&pvmw))
		return;
	page_vma_mapped_walk_done(&pvmw);
	folio_remove_rmap_pte(folio, page, vma); /* { dg-warning "rmap-ptl" } */
}
