// SPDX-License-Identifier: GPL-2.0
/* pt-walk.cocci: a walk after the unlock is reported, walks under the lock are not. */
int walk_twice(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	mmap_read_lock(mm);
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_read_unlock(mm);
	err |= walk_page_range(mm, 4096, 8192, ops, NULL);
	return err;
}

int walk_relocked(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	mmap_read_lock(mm);
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_read_unlock(mm);
	mmap_read_lock(mm);
	err |= walk_page_range(mm, 4096, 8192, ops, NULL);
	mmap_read_unlock(mm);
	return err;
}

int fault_walk_late(struct mm_struct *mm, unsigned long addr, const struct mm_walk_ops *ops)
{
	struct vm_area_struct *vma = lock_vma_under_rcu(mm, addr);

	if (!vma)
		return -EAGAIN;
	vma_end_read(vma);
	return walk_page_vma(vma, ops, NULL);
}
