// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=6.1" } */
/* 6.1 names: mlock_vma_page() needs the ptl the same way. */
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
