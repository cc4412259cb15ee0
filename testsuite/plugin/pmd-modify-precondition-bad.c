// SPDX-License-Identifier: GPL-2.0
/* The caller drops the ptl before calling the helper that changes the PMD. */
#include "mm.h"

static void __install(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	set_pmd_at(mm, 0, pmd, entry);
}

void install_wrong(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	spin_unlock(ptl);
	__install(mm, pmd, entry); /* { dg-warning "call to '__install' performs a PMD change" } */
}
