// SPDX-License-Identifier: GPL-2.0
/* A static helper changes the PMD; its only caller holds the PMD ptl. */
#include "mm.h"

static void __install(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	set_pmd_at(mm, 0, pmd, entry);
}

void install(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	__install(mm, pmd, entry);
	spin_unlock(ptl);
}
