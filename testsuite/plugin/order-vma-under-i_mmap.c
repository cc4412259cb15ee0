// SPDX-License-Identifier: GPL-2.0
/*
 * vma_start_write() under i_mmap_rwsem inverts the rmap.c order (commit
 * 1c7873e33645 'mm: lock newly mapped VMA with corrected ordering', 2023).
 */
#include "mm.h"

void map_region(struct mm_struct *mm, struct vm_area_struct *vma, struct address_space *mapping)
{
	mmap_write_lock(mm);
	i_mmap_lock_write(mapping); /* { dg-note "i_mmap_rwsem \\(write\\) was taken here" } */
	vma_start_write(vma); /* { dg-warning "lock order: the per-VMA lock \\(write\\) taken while i_mmap_rwsem \\(write\\) is held.*-Wlockrules=lock-order" } */
	i_mmap_unlock_write(mapping);
	mmap_write_unlock(mm);
}
