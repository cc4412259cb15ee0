// SPDX-License-Identifier: GPL-2.0
/*
 * move_pages_huge_pmd() (UFFDIO_MOVE): the caller's src ptl dropped, then
 * both ptls retaken with double_pt_lock().  Silent; the change after
 * double_pt_unlock() is not.
 */
#include "mm.h"

extern void double_pt_lock(spinlock_t *ptl1, spinlock_t *ptl2);
extern void double_pt_unlock(spinlock_t *ptl1, spinlock_t *ptl2);

void move_huge(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *src_pmd, pmd_t *dst_pmd)
{
	spinlock_t *src_ptl = pmd_lockptr(mm, src_pmd), *dst_ptl;

	spin_unlock(src_ptl);
	dst_ptl = pmd_lockptr(mm, dst_pmd);
	double_pt_lock(src_ptl, dst_ptl);
	pmdp_huge_clear_flush(vma, 0, src_pmd);
	double_pt_unlock(src_ptl, dst_ptl);
	pmdp_huge_clear_flush(vma, 0, dst_pmd); /* { dg-warning "pmd-modify" } */
}
