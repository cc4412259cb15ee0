// SPDX-License-Identifier: GPL-2.0
/*
 * Lock-pointer equality: "if (ptl != pml) spin_lock_nested(ptl)" leaves the
 * PTE ptl held on both edges; on the equal one through pml (without split
 * ptlocks the two are one lock), and it goes with pml's unlock.  So
 * mlock_vma_folio() under it is fine, and after "spin_unlock(pml)" nothing
 * is left held.  A PTE ptl taken only when the pointers differ, with no
 * PMD ptl to stand for it on the other edge, is still held on some paths.
 */
#include "mm.h"

void nest_ok(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *pml, *ptl;

	mmap_read_lock(mm);
	pml = pmd_lock(mm, pmd);
	ptl = pte_lockptr(mm, pmd);
	if (ptl != pml)
		spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
	mlock_vma_folio(folio, NULL);
	if (ptl != pml)
		spin_unlock(ptl);
	spin_unlock(pml);
	mmap_read_unlock(mm);
}

/* the PMD ptl released first, on the equal path the PTE one with it */
void unlock_pml_first(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *pml, *ptl;

	mmap_read_lock(mm);
	pml = pmd_lock(mm, pmd);
	ptl = pte_lockptr(mm, pmd);
	if (ptl != pml)
		spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
	if (ptl != pml)
		spin_unlock(ptl);
	spin_unlock(pml);
	mlock_vma_folio(folio, NULL); /* { dg-warning "mlock state change of a mapped folio without the PTE page-table lock.*-Wlockrules=mlock-ptl" } */
	mmap_read_unlock(mm);
}
