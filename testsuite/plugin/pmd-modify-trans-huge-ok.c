// SPDX-License-Identifier: GPL-2.0
/* pmd_trans_huge_lock() returns the held ptl or NULL; the change is on the non-NULL path. */
#include "mm.h"

int invalidate_huge(struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *ptl = pmd_trans_huge_lock(pmd, vma);

	if (!ptl)
		return 0;
	pmdp_invalidate(vma, 0, pmd);
	spin_unlock(ptl);
	return 1;
}
