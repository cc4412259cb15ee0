// SPDX-License-Identifier: GPL-2.0
/* Preconditions travel up through static helpers to the caller that unlocked. */
#include "mm.h"

static pte_t *map_it(pmd_t *pmd, unsigned long addr)
{
	return pte_offset_map(pmd, addr);
}

static int touch(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = map_it(pmd, addr);

	if (!pte)
		return 0;
	pte_unmap(pte);
	return 1;
}

int touch_range(struct mm_struct *mm, pmd_t *pmd)
{
	int n;

	mmap_read_lock(mm);
	n = touch(pmd, 0);
	mmap_read_unlock(mm);
	return n + touch(pmd, 4096); /* { dg-warning "call to 'touch' performs a page-table walk" } */
}
