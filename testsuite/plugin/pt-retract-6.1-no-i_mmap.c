// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=6.1" } */
/*
 * Before commit 8d3c106e19e8 (2022): collapse_pte_mapped_thp() retracted
 * the page table under mmap_lock alone, racing rmap walkers.
 */
#include "mm.h"

void collapse_pte_mapped_thp(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	mmap_write_lock(mm);
	pmdp_collapse_flush(vma, 0, pmd); /* { dg-warning "pt-retract" } */
	mmap_write_unlock(mm);
}
