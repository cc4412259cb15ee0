// SPDX-License-Identifier: GPL-2.0
/*
 * A caller in another file that took the PTE ptl, not the PMD one: the
 * precondition of touch_pmd() is broken here, with the evidence in a note.
 */
#include "mm.h"

void touch_pmd(struct mm_struct *mm, pmd_t *pmd, unsigned long addr);

void wrong_ptl(struct mm_struct *mm, pmd_t *pmd, unsigned long addr)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl); /* { dg-note "this function took the PTE page-table lock here" } */

	if (!pte)
		return;
	touch_pmd(mm, pmd, addr); /* { dg-warning "call to 'touch_pmd' performs a PMD change without the PMD page-table lock.*-Wlockrules=pmd-modify" } */
	pte_unmap_unlock(pte, ptl);
}
