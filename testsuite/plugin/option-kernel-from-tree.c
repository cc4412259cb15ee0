// SPDX-License-Identifier: GPL-2.0
/* { dg-cwd "trees/linux-6.1" } */
/*
 * No 'kernel=': kbuild compiles in the object tree, and its
 * include/generated/uapi/linux/version.h says 6.1, so the 6.1 rules apply
 * (mlock_vma_page() is a 6.1 api; under 6.12's rules this unit is silent).
 */
#include "mm.h"

extern void mlock_vma_page(struct page *page, struct vm_area_struct *vma, bool compound);

void remap_6_1(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd, struct page *page)
{
	spinlock_t *ptl = pte_lockptr(mm, pmd);

	spin_lock(ptl);
	mlock_vma_page(page, vma, false);
	spin_unlock(ptl);
	mlock_vma_page(page, vma, false); /* { dg-warning "mlock-ptl" } */
}
