// SPDX-License-Identifier: GPL-2.0
/* pt-retract.cocci: the page table detached after the PMD ptl was dropped. */
void retract_late(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pml = pmd_lock(mm, pmd);

	spin_unlock(pml);
	pmdp_collapse_flush(vma, 0, pmd);
}

void retract_ok(struct address_space *mapping, struct mm_struct *mm,
		struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pml;

	i_mmap_lock_read(mapping);
	pml = pmd_lock(mm, pmd);
	pmdp_collapse_flush(vma, 0, pmd);
	spin_unlock(pml);
	i_mmap_unlock_read(mapping);
}
