// SPDX-License-Identifier: GPL-2.0
/*
 * collapse_pte_mapped_thp(): pml is taken early on one path and late on
 * the other, and "if (!pml)" tells which.  The retraction holds it.
 */
#include "mm.h"

extern bool uffd_armed(struct vm_area_struct *vma);

void collapse_pte_mapped(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pml = NULL, *ptl;

	mmap_assert_locked(mm);
	if (uffd_armed(vma))
		pml = pmd_lock(mm, pmd);
	ptl = pte_lockptr(mm, pmd);
	if (!pml)
		spin_lock(ptl);
	else if (ptl != pml)
		spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
	if (!pml) {
		pml = pmd_lock(mm, pmd);
		if (ptl != pml)
			spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
	}
	pmdp_collapse_flush(vma, 0, pmd);
	if (ptl != pml)
		spin_unlock(ptl);
	spin_unlock(pml);
}
