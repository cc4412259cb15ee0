// SPDX-License-Identifier: GPL-2.0
/* spin_lock() on what pmd_lockptr() returned is the PMD ptl: silent. */
#include "mm.h"

void withdraw(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl = pmd_lockptr(mm, pmd);
	void *pgtable;

	spin_lock(ptl);
	pgtable = pgtable_trans_huge_withdraw(mm, pmd);
	pmd_populate(mm, pmd, pgtable);
	spin_unlock(ptl);
}
