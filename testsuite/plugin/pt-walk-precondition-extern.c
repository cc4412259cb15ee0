// SPDX-License-Identifier: GPL-2.0
/* An exported helper with no lock evidence and no caller here: its callers elsewhere hold the lock. */
#include "mm.h"

int zap_range(struct mm_struct *mm, pmd_t *pmd, unsigned long addr)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	if (!pte)
		return -EAGAIN;
	pte_unmap_unlock(pte, ptl);
	return 0;
}
