// SPDX-License-Identifier: GPL-2.0
/*
 * A callee declared in a header before its definition in the unit
 * (huge_memory.c's touch_pmd(), declared in internal.h): its summary still
 * reaches the caller, which calls it after dropping the ptl.
 */
#include "mm.h"

void touch_pmd_like(struct mm_struct *mm, pmd_t *pmd, pmd_t entry);

void set_accessed_late(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	spin_unlock(ptl); /* { dg-note "the PMD page-table lock was released here" } */
	touch_pmd_like(mm, pmd, entry); /* { dg-warning "call to 'touch_pmd_like' performs a PMD change without the PMD page-table lock.*-Wlockrules=pmd-modify" } */
}

void touch_pmd_like(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	set_pmd_at(mm, 0, pmd, entry);
}
