// SPDX-License-Identifier: GPL-2.0
/* lock-order.cocci: vma_start_write() under i_mmap_rwsem; trylocks are fine. */
void map_region(struct mm_struct *mm, struct vm_area_struct *vma, struct address_space *mapping)
{
	mmap_write_lock(mm);
	i_mmap_lock_write(mapping);
	vma_start_write(vma);
	i_mmap_unlock_write(mapping);
	mmap_write_unlock(mm);
}

void map_region_ok(struct mm_struct *mm, struct vm_area_struct *vma, struct address_space *mapping)
{
	mmap_write_lock(mm);
	vma_start_write(vma);
	i_mmap_lock_write(mapping);
	i_mmap_unlock_write(mapping);
	mmap_write_unlock(mm);
}

int try_retract(struct mm_struct *mm, struct address_space *mapping)
{
	int done = 0;

	i_mmap_lock_write(mapping);
	if (mmap_write_trylock(mm)) {
		done = 1;
		mmap_write_unlock(mm);
	}
	i_mmap_unlock_write(mapping);
	return done;
}

struct vm_area_struct *uffd_lock_vma(struct mm_struct *mm, unsigned long address)
{
	struct vm_area_struct *vma = lock_vma_under_rcu(mm, address);

	if (vma) {
		if (vma->anon_vma)
			return vma;
		vma_end_read(vma);
	}
	mmap_read_lock(mm);
	vma = find_vma(mm, address);
	mmap_read_unlock(mm);
	return vma;
}
