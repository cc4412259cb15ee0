// SPDX-License-Identifier: GPL-2.0
/* The change is on the path where pmd_trans_huge_lock() returned NULL. */
#include "mm.h"

int invalidate_huge_wrong(struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *ptl = pmd_trans_huge_lock(pmd, vma);

	if (ptl) {
		spin_unlock(ptl);
		return 0;
	}
	pmdp_invalidate(vma, 0, pmd); /* { dg-warning "pmd-modify" } */
	return 1;
}
