// SPDX-License-Identifier: GPL-2.0
/*
 * Callers in another file.  One holds a spinlock the analysis cannot name
 * (a 'spinlock_t *' parameter, as khugepaged's __collapse_huge_page_copy_
 * succeeded() does): it may be the page-table lock, so undecided, silent.
 * The other holds none and is a system call: reported at the operation
 * (no caller provides it; one is undecided).
 */
#include "mm.h"

void remove_rmap(struct folio *folio, struct vm_area_struct *vma);

/* { dg-db-summary "met 0 reported 1 unknown 0" } */
void copy_succeeded(struct folio *folio, struct vm_area_struct *vma, spinlock_t *ptl)
{
	spin_lock(ptl);
	remove_rmap(folio, vma);
	spin_unlock(ptl);
}

long __do_sys_unmap(struct folio *folio, struct vm_area_struct *vma)
{
	remove_rmap(folio, vma);
	return 0;
}
