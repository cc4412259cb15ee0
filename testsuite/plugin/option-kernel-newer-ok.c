// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=6.15" } */
/* A kernel newer than the pack's newest (6.12) gets 6.12's rules: no error, the same checks. */
#include "mm.h"

void install_pmd_late(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	spin_unlock(ptl);
	set_pmd_at(mm, 0, pmd, entry); /* { dg-warning "pmd-modify" } */
}
