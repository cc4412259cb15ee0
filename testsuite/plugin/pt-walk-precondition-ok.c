// SPDX-License-Identifier: GPL-2.0
/*
 * A static helper walks with no lock of its own: callers must hold one.
 * Every caller in the unit does, so all is silent.
 */
#include "mm.h"

static int count_ptes(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, 0, &ptl);

	if (!pte)
		return 0;
	pte_unmap_unlock(pte, ptl);
	return 1;
}

int count_locked(struct mm_struct *mm, pmd_t *pmd)
{
	int n;

	mmap_read_lock(mm);
	n = count_ptes(mm, pmd);
	mmap_read_unlock(mm);
	return n;
}
