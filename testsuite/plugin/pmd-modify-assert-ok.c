// SPDX-License-Identifier: GPL-2.0
/* assert_spin_locked(pmd_lockptr()) proves the caller holds the ptl: silent. */
#include "mm.h"

void deposit_asserted(struct mm_struct *mm, pmd_t *pmd, void *pgtable)
{
	assert_spin_locked(pmd_lockptr(mm, pmd));
	pgtable_trans_huge_deposit(mm, pmd, pgtable);
}
