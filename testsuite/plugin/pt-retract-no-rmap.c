// SPDX-License-Identifier: GPL-2.0
/* Page tables retracted under the ptl alone: no i_mmap_rwsem, no mmap_lock. */
#include "mm.h"

void retract_wrong(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pml = pmd_lock(mm, pmd);

	pmdp_collapse_flush(vma, 0, pmd); /* { dg-warning "page-table retraction without.*-Wlockrules=pt-retract" } */
	spin_unlock(pml);
}
