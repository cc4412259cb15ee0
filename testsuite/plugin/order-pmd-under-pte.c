// SPDX-License-Identifier: GPL-2.0
/* The PTE ptl nests inside the PMD ptl, never the other way round. */
#include "mm.h"

void nest_wrong(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl, *pml;
	pte_t *pte;

	mmap_read_lock(mm);
	pte = pte_offset_map_lock(mm, pmd, 0, &ptl);
	if (pte) {
		pml = pmd_lock(mm, pmd); /* { dg-warning "lock order: the PMD page-table lock taken while the PTE page-table lock is held" } */
		spin_unlock(pml);
		pte_unmap_unlock(pte, ptl);
	}
	mmap_read_unlock(mm);
}

void nest_ok(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl, *pml;

	mmap_read_lock(mm);
	pml = pmd_lock(mm, pmd);
	ptl = pte_lockptr(mm, pmd);
	spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
	spin_unlock(ptl);
	spin_unlock(pml);
	mmap_read_unlock(mm);
}
