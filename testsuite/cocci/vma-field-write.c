// SPDX-License-Identifier: GPL-2.0
/* vma-field-write.cocci: a VMA field written after the VMA or mmap write lock was released. */
int fixup_late(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long prot)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	mmap_write_unlock(mm);
	vma->vm_page_prot = prot;
	return 0;
}

int fixup(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long prot)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	vma->vm_page_prot = prot;
	mmap_write_unlock(mm);
	return 0;
}
