// SPDX-License-Identifier: GPL-2.0
/*
 * pte-modify, the batched helpers (clear_full_ptes(), wrprotect_ptes(), ...:
 * "Context: The caller holds the page table lock").  On arm64 they are the
 * arch's own (contpte) and reach no other guarded name, so here they are
 * extern: the guard is the helper itself.  Fires after the unlock; silent
 * under the PTE ptl.
 */
#include "mm.h"

extern void clear_full_ptes(struct mm_struct *mm, unsigned long addr, pte_t *ptep, unsigned int nr, int full);
extern void wrprotect_ptes(struct mm_struct *mm, unsigned long addr, pte_t *ptep, unsigned int nr);

void zap_late(struct mm_struct *mm, pmd_t *pmd, unsigned long addr)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	if (!pte)
		return;
	pte_unmap_unlock(pte, ptl);
	clear_full_ptes(mm, addr, pte, 4, 1);	/* { dg-warning "PTE change without the PTE page-table lock or the PMD page-table lock.*-Wlockrules=pte-modify" } */
}

void wrprotect_locked(struct mm_struct *mm, pmd_t *pmd, unsigned long addr)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	if (!pte)
		return;
	wrprotect_ptes(mm, addr, pte, 4);
	pte_unmap_unlock(pte, ptl);
}
