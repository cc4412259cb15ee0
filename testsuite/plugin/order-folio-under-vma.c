// SPDX-License-Identifier: GPL-2.0
/* folio_lock comes before vma_start_write in mm/rmap.c's order. */
#include "mm.h"

void lock_folio_late(struct mm_struct *mm, struct vm_area_struct *vma, struct folio *folio)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	folio_lock(folio); /* { dg-warning "lock order: the folio lock taken while the per-VMA lock \\(write\\) is held" } */
	folio_unlock(folio);
	mmap_write_unlock(mm);
}
