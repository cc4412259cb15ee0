// SPDX-License-Identifier: GPL-2.0
/* { dg-cwd "trees/linux-6.1" } */
/* { dg-options "-fplugin-arg-lockrules-kernel=6.12" } */
/* 'kernel=' wins over the tree's version.h: 6.12's rules, where mlock_vma_page() is no api. */
#include "mm.h"

extern void mlock_vma_page(struct page *page, struct vm_area_struct *vma, bool compound);

void remap_6_1(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd, struct page *page)
{
	mlock_vma_page(page, vma, false);
}
