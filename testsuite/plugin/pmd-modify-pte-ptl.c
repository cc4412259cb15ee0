// SPDX-License-Identifier: GPL-2.0
/* Holding the PTE table's lock is not holding the PMD's: a sibling lock. */
#include "mm.h"

void clear_huge(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *ptl;
	pte_t *pte;

	mmap_read_lock(mm);
	pte = pte_offset_map_lock(mm, pmd, 0, &ptl); /* { dg-note "took the PTE page-table lock here" } */
	if (pte) {
		pmdp_huge_clear_flush(vma, 0, pmd); /* { dg-warning "pmd-modify" } */
		pte_unmap_unlock(pte, ptl);
	}
	mmap_read_unlock(mm);
}
