// SPDX-License-Identifier: GPL-2.0
/* collapse-vma-write.cocci: the 2023 collapse race, and its fix. */
int collapse_race(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pmd_ptl;

	mmap_write_lock(mm);
	anon_vma_lock_write(vma->anon_vma);
	pmd_ptl = pmd_lock(mm, pmd);
	pmdp_collapse_flush(vma, 0, pmd);
	spin_unlock(pmd_ptl);
	anon_vma_unlock_write(vma->anon_vma);
	mmap_write_unlock(mm);
	return 0;
}

int collapse_fixed(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pmd_ptl;

	mmap_write_lock(mm);
	vma_start_write(vma);
	anon_vma_lock_write(vma->anon_vma);
	pmd_ptl = pmd_lock(mm, pmd);
	pmdp_collapse_flush(vma, 0, pmd);
	spin_unlock(pmd_ptl);
	anon_vma_unlock_write(vma->anon_vma);
	mmap_write_unlock(mm);
	return 0;
}
