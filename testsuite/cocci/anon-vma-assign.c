// SPDX-License-Identifier: GPL-2.0
/*
 * anon-vma-assign.cocci: vma->anon_vma set after the VMA write lock went
 * (mmap_write_unlock() ends it); clearing it is not guarded.  Not matched:
 * spin_unlock(&mm->page_table_lock) before the store (the template knows
 * the release helpers of a class, not a primitive on a member lock).
 */
int dup_late(struct mm_struct *mm, struct vm_area_struct *dst, struct vm_area_struct *src)
{
	mmap_write_lock(mm);
	vma_start_write(dst);
	mmap_write_unlock(mm);
	dst->anon_vma = src->anon_vma;
	return 0;
}

int dup(struct mm_struct *mm, struct vm_area_struct *dst, struct vm_area_struct *src)
{
	mmap_write_lock(mm);
	vma_start_write(dst);
	dst->anon_vma = src->anon_vma;
	mmap_write_unlock(mm);
	return 0;
}

void unlink(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	mmap_write_unlock(mm);
	vma->anon_vma = NULL;
}

int prepare_late(struct mm_struct *mm, struct vm_area_struct *vma, struct anon_vma *anon_vma)
{
	spin_lock(&mm->page_table_lock);
	spin_unlock(&mm->page_table_lock);
	vma->anon_vma = anon_vma;
	return 0;
}
