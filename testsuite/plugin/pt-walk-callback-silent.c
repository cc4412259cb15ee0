// SPDX-License-Identifier: GPL-2.0
/* A pagewalk callback is called through a pointer: its precondition is the walker's. */
#include "mm.h"

static int my_pmd_entry(pmd_t *pmd, unsigned long addr, unsigned long next, struct mm_walk *walk)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock((struct mm_struct *)walk, pmd, addr, &ptl);

	if (!pte)
		return 0;
	pte_unmap_unlock(pte, ptl);
	return 0;
}

const struct mm_walk_ops my_ops = {
	.pmd_entry = my_pmd_entry,
};
