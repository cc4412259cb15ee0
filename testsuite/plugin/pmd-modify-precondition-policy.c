// SPDX-License-Identifier: GPL-2.0
/*
 * The function holds no page-table lock of its own, so the PMD ptl becomes
 * its precondition rather than a report: an exported function's callers
 * are in other units (NOTES: reported cases and preconditions).
 */
#include "mm.h"

void clear_pmd_exported(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	mmap_write_lock(mm);
	pmdp_huge_clear_flush(vma, 0, pmd);
	mmap_write_unlock(mm);
}
