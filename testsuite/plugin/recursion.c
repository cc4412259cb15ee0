// SPDX-License-Identifier: GPL-2.0
/* Recursive static helpers converge; the unlocked recursive walk is reported at the call. */
#include "mm.h"

static int walk_down(struct mm_struct *mm, pmd_t *pmd, int depth)
{
	pte_t *pte;

	if (depth == 0)
		return 0;
	pte = pte_offset_map(pmd, 0);
	if (pte)
		pte_unmap(pte);
	return walk_down(mm, pmd + 1, depth - 1);
}

int walk_all(struct mm_struct *mm, pmd_t *pmd)
{
	int n;

	mmap_read_lock(mm);
	n = walk_down(mm, pmd, 4);
	mmap_read_unlock(mm);
	return n + walk_down(mm, pmd, 1); /* { dg-warning "call to 'walk_down' performs a page-table walk" } */
}
