// SPDX-License-Identifier: GPL-2.0
/* vma_start_write() needs mmap_lock for write; read is not enough. */
#include "mm.h"

void mprotect_one_wrong(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_read_lock(mm); /* { dg-note "took mmap_lock \\(read\\) here" } */
	vma_start_write(vma); /* { dg-warning "VMA write lock without mmap_lock \\(write\\).*-Wlockrules=vma-write" } */
	mmap_read_unlock(mm);
}
