// SPDX-License-Identifier: GPL-2.0
/* The lock from pmd_lockptr() is released before the deposit. */
#include "mm.h"

void deposit_wrong(struct mm_struct *mm, pmd_t *pmd, void *pgtable)
{
	spinlock_t *ptl = pmd_lockptr(mm, pmd);

	spin_lock(ptl);
	spin_unlock(ptl);
	pgtable_trans_huge_deposit(mm, pmd, pgtable); /* { dg-warning "pmd-modify" } */
}
