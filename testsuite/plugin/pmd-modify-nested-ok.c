// SPDX-License-Identifier: GPL-2.0
/* retract_page_tables() in 6.12: i_mmap_rwsem, pmd_lock, nested PTE ptl. Silent. */
#include "mm.h"

void retract(struct address_space *mapping, struct mm_struct *mm,
	     struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pml, *ptl;
	pmd_t pgt;

	i_mmap_lock_read(mapping);
	pml = pmd_lock(mm, pmd);
	ptl = pte_lockptr(mm, pmd);
	if (ptl != pml)
		spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
	pgt = pmdp_collapse_flush(vma, 0, pmd);
	if (ptl != pml)
		spin_unlock(ptl);
	spin_unlock(pml);
	pte_free_defer(mm, (void *)pgt.pmd);
	i_mmap_unlock_read(mapping);
}
