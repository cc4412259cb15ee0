// SPDX-License-Identifier: GPL-2.0
/* The helper's precondition is checked at each call: the second is unlocked. */
#include "mm.h"

static int count_ptes(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, 0, &ptl); /* { dg-note "performs the page-table walk here" } */

	if (!pte)
		return 0;
	pte_unmap_unlock(pte, ptl);
	return 1;
}

int count_twice(struct mm_struct *mm, pmd_t *pmd)
{
	int n;

	mmap_read_lock(mm);
	n = count_ptes(mm, pmd);
	mmap_read_unlock(mm);
	n += count_ptes(mm, pmd); /* { dg-warning "call to 'count_ptes' performs a page-table walk without" } */
	return n;
}
