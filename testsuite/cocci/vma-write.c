// SPDX-License-Identifier: GPL-2.0
/* vma-write.cocci: vma_start_write() after mmap_write_unlock(). */
void lock_late(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_write_lock(mm);
	mmap_write_unlock(mm);
	vma_start_write(vma);
}

void lock_ok(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	mmap_write_unlock(mm);
}
