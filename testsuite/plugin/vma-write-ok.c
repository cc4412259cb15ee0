// SPDX-License-Identifier: GPL-2.0
/* vma_start_write() under mmap_write_lock(), released by mmap_write_unlock(). Silent. */
#include "mm.h"

void mprotect_one(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	vma->__vm_flags |= 1;
	mmap_write_unlock(mm);
}
