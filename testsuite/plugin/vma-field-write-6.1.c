// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=6.1" } */
/*
 * vma-field-write on 6.1 (no per-VMA lock): mmap_lock for write.  Fires:
 * mprotect() under the read lock (the function took mmap_lock, too weakly).
 * Silent: under the write lock.
 */
#include "mm.h"

long mprotect_read_bad(struct mm_struct *mm, unsigned long addr, unsigned long flags)
{
	struct vm_area_struct *vma;

	mmap_read_lock(mm);
	vma = find_vma(mm, addr);
	if (vma)
		vma->__vm_flags = flags;	/* { dg-warning "VMA field store without mmap_lock \\(write\\).*-Wlockrules=vma-field-write" } */
	mmap_read_unlock(mm);
	return 0;
}

long mprotect_write_ok(struct mm_struct *mm, unsigned long addr, unsigned long flags)
{
	struct vm_area_struct *vma;

	mmap_write_lock(mm);
	vma = find_vma(mm, addr);
	if (vma)
		vma->__vm_flags = flags;
	mmap_write_unlock(mm);
	return 0;
}
