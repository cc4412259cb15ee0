// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/task_mmu.c clear_refs_pte_range() (6.12): "ptl = pmd_trans_huge_lock();
 * if (ptl)" where &ptl is also passed to pte_offset_map_lock(), so ptl lives in
 * memory and GIMPLE tests a reload of it.  The test still settles the lock
 * (a false positive on ppc64le, whose defconfig has CHECKPOINT_RESTORE and so
 * MEM_SOFT_DIRTY's clear_soft_dirty_pmd()).
 */
#include "mm.h"

struct mm_walk { struct vm_area_struct *vma; void *private; };
struct clear_refs_private { int type; };

static void clear_soft_dirty_pmd(struct vm_area_struct *vma, unsigned long addr, pmd_t *pmdp)
{
	pmdp_invalidate(vma, addr, pmdp);
}

static int clear_refs_pte_range(pmd_t *pmd, unsigned long addr, unsigned long end,
				struct mm_walk *walk)
{
	struct clear_refs_private *cp = walk->private;
	struct vm_area_struct *vma = walk->vma;
	spinlock_t *ptl;
	pte_t *pte;

	ptl = pmd_trans_huge_lock(pmd, vma);
	if (ptl) {
		if (cp->type == 4) {
			clear_soft_dirty_pmd(vma, addr, pmd);
			goto out;
		}
out:
		spin_unlock(ptl);
		return 0;
	}
	pte = pte_offset_map_lock(vma->vm_mm, pmd, addr, &ptl);
	if (!pte)
		return 0;
	pte_unmap_unlock(pte, ptl);
	return 0;
}

const struct mm_walk_ops clear_refs_walk_ops = { .pmd_entry = clear_refs_pte_range };
