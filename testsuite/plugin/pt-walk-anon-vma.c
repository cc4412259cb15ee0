// SPDX-License-Identifier: GPL-2.0
/* The anon_vma lock stabilises the VMA too: silent. */
#include "mm.h"

void scan_anon(struct anon_vma *anon_vma, pmd_t *pmd)
{
	pte_t *pte;

	anon_vma_lock_read(anon_vma);
	pte = pte_offset_map(pmd, 0);
	if (pte)
		pte_unmap(pte);
	anon_vma_unlock_read(anon_vma);
}
