// SPDX-License-Identifier: GPL-2.0
/* mmap_write_downgrade() ends the VMA write lock: the collapse after it lacks both. */
#include "mm.h"

void collapse_after_downgrade(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *ptl;

	mmap_write_lock(mm);
	vma_start_write(vma);
	mmap_write_downgrade(mm); /* { dg-note "the per-VMA lock \\(write\\) was released here" } */
	anon_vma_lock_write(vma->anon_vma);
	ptl = pmd_lock(mm, pmd);
	pmdp_collapse_flush(vma, 0, pmd); /* { dg-warning "collapse-vma-write" } */
	spin_unlock(ptl);
	anon_vma_unlock_write(vma->anon_vma);
	mmap_read_unlock(mm);
}
