// SPDX-License-Identifier: GPL-2.0
/*
 * ksm's break_ksm(): vma_start_write() only "if (lock_vma)".  A caller
 * passing false under mmap_read_lock() is fine; passing true is not.
 */
#include "mm.h"

static int break_cow(struct vm_area_struct *vma, unsigned long addr, bool lock_vma)
{
	if (lock_vma)
		vma_start_write(vma);
	return addr != 0;
}

int unmerge_read(struct mm_struct *mm, struct vm_area_struct *vma)
{
	int err;

	mmap_read_lock(mm);
	err = break_cow(vma, 0, false);
	mmap_read_unlock(mm);
	return err;
}

int unmerge_read_wrong(struct mm_struct *mm, struct vm_area_struct *vma)
{
	int err;

	mmap_read_lock(mm);
	err = break_cow(vma, 0, true); /* { dg-warning "vma-write" } */
	mmap_read_unlock(mm);
	return err;
}
