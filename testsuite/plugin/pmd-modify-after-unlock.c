// SPDX-License-Identifier: GPL-2.0
/* The PMD is changed after its ptl was dropped. */
#include "mm.h"

void install_pmd_late(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	if (pmd->pmd) {
		spin_unlock(ptl);
		return;
	}
	spin_unlock(ptl); /* { dg-note "the PMD page-table lock was released here" } */
	set_pmd_at(mm, 0, pmd, entry); /* { dg-warning "PMD change without the PMD page-table lock.*-Wlockrules=pmd-modify" } */
}
