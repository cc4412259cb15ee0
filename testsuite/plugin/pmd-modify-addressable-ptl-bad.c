// SPDX-License-Identifier: GPL-2.0
/* The same reloaded ptl, tested the wrong way round: the PMD changes when the lock was not taken. */
#include "mm.h"

struct mm_walk { struct vm_area_struct *vma; void *private; };

static int clear_pmd_range(pmd_t *pmd, unsigned long addr, unsigned long end, struct mm_walk *walk)
{
	struct vm_area_struct *vma = walk->vma;
	spinlock_t *ptl;
	pte_t *pte;

	ptl = pmd_trans_huge_lock(pmd, vma);
	if (!ptl) {
		pmdp_invalidate(vma, addr, pmd); /* { dg-warning "pmd-modify" } */
		return 0;
	}
	spin_unlock(ptl);
	pte = pte_offset_map_lock(vma->vm_mm, pmd, addr, &ptl);
	if (pte)
		pte_unmap_unlock(pte, ptl);
	return 0;
}

const struct mm_walk_ops clear_pmd_walk_ops = { .pmd_entry = clear_pmd_range };
