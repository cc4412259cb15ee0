// SPDX-License-Identifier: GPL-2.0
/* rmap context: i_mmap_rwsem held for read keeps the page tables; silent. */
#include "mm.h"

int unmap_one(struct address_space *mapping, struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl;
	pte_t *pte;

	i_mmap_lock_read(mapping);
	pte = pte_offset_map_lock(mm, pmd, 0, &ptl);
	if (pte)
		pte_unmap_unlock(pte, ptl);
	i_mmap_unlock_read(mapping);
	return 0;
}
