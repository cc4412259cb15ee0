// SPDX-License-Identifier: GPL-2.0
/* set_pmd_at() under pmd_lock(): silent. */
#include "mm.h"

void install_pmd(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	set_pmd_at(mm, 0, pmd, entry);
	spin_unlock(ptl);
}
