// SPDX-License-Identifier: GPL-2.0
/* anon_vma_trylock_write() under a ptl does not wait: silent. */
#include "mm.h"

int try_anon(struct mm_struct *mm, pmd_t *pmd, struct anon_vma *anon_vma)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);
	int got = anon_vma_trylock_write(anon_vma);

	if (got)
		anon_vma_unlock_write(anon_vma);
	spin_unlock(ptl);
	return got;
}
