// SPDX-License-Identifier: GPL-2.0
/* The corrected order: vma_start_write() before i_mmap_lock_write(). Silent. */
#include "mm.h"

void map_region(struct mm_struct *mm, struct vm_area_struct *vma, struct address_space *mapping)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	i_mmap_lock_write(mapping);
	i_mmap_unlock_write(mapping);
	mmap_write_unlock(mm);
}
