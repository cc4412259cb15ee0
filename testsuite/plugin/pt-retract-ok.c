// SPDX-License-Identifier: GPL-2.0
/* collapse_pte_mapped_thp() in 6.12: mmap_lock read (asserted) and the PMD ptl. Silent. */
#include "mm.h"

void collapse_file_pmd(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pml;

	mmap_assert_locked(mm);
	pml = pmd_lock(mm, pmd);
	pmdp_collapse_flush(vma, 0, pmd);
	spin_unlock(pml);
}
