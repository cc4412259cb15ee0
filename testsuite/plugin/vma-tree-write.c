// SPDX-License-Identifier: GPL-2.0
/*
 * vma-tree-write: growing the stack VMA needs mmap_lock for write.  Under
 * the read lock it is StackRot (CVE-2023-3269, anchors.md B20): reported.
 * Silent: the write lock, and get_arg_page()'s write lock downgraded after
 * the expansion (fs/exec.c, 6.12).
 */
#include "mm.h"

int expand_under_read(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr)
{
	int ret;

	mmap_read_lock(mm);
	ret = expand_stack_locked(vma, addr); /* { dg-warning "VMA tree change without mmap_lock \\(write\\).*-Wlockrules=vma-tree-write" } */
	mmap_read_unlock(mm);
	return ret;
}

int expand_under_write(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr)
{
	int ret;

	mmap_write_lock(mm);
	ret = expand_downwards(vma, addr);
	mmap_write_unlock(mm);
	return ret;
}

int expand_then_downgrade(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long pos, int write)
{
	if (write && pos < vma->vm_start) {
		mmap_write_lock(mm);
		if (expand_downwards(vma, pos) < 0) {
			mmap_write_unlock(mm);
			return -1;
		}
		mmap_write_downgrade(mm);
	} else {
		mmap_read_lock(mm);
	}
	mmap_read_unlock(mm);
	return 0;
}
