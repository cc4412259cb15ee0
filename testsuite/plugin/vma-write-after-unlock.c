// SPDX-License-Identifier: GPL-2.0
/* vma_start_write() after mmap_write_unlock(). */
#include "mm.h"

void lock_late(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_write_lock(mm);
	vma->__vm_flags |= 2;
	mmap_write_unlock(mm);
	vma_start_write(vma); /* { dg-warning "vma-write" } */
}
