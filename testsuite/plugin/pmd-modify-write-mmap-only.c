// SPDX-License-Identifier: GPL-2.0
/* mmap_lock for write alone does not cover a PMD change: it needs the ptl or the rmap lock too. */
#include "mm.h"

void clear_pmd_wrong(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	mmap_write_lock(mm);
	pmdp_huge_clear_flush(vma, 0, pmd); /* { dg-warning "pmd-modify" } */
	mmap_write_unlock(mm);
}
