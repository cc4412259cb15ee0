// SPDX-License-Identifier: GPL-2.0
/* vma-tree-write.cocci: the stack grown after mmap_write_unlock(). */
int expand_wrong(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr)
{
	mmap_write_lock(mm);
	mmap_write_unlock(mm);
	return expand_downwards(vma, addr);
}

int expand(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr)
{
	int ret;

	mmap_write_lock(mm);
	ret = expand_downwards(vma, addr);
	mmap_write_unlock(mm);
	return ret;
}
