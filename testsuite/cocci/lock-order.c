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

/* Conditional acquisitions: take_rmap_locks() with the two locks swapped (the anon_vma lock before i_mmap_rwsem). */
static void take_rmap_locks_swapped(struct vm_area_struct *vma)
{
	if (vma->anon_vma)
		anon_vma_lock_write(vma->anon_vma);
	if (vma->vm_file)
		i_mmap_lock_write(vma->vm_file->f_mapping);
}

/* The right order, both conditional: silent. */
static void take_rmap_locks(struct vm_area_struct *vma)
{
	if (vma->vm_file)
		i_mmap_lock_write(vma->vm_file->f_mapping);
	if (vma->anon_vma)
		anon_vma_lock_write(vma->anon_vma);
}

/* retract_page_tables() taking the PTE ptl before the PMD one, both through lock pointers
 * (mutation 6.12-khugepaged-retract-pte-ptl-before-pml). */
void retract_swapped(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *pml, *ptl;

	ptl = pte_lockptr(mm, pmd);
	pml = pmd_lockptr(mm, pmd);
	spin_lock(ptl);
	if (ptl != pml)
		spin_lock_nested(pml, SINGLE_DEPTH_NESTING);
	spin_unlock(pml);
	spin_unlock(ptl);
}

/* The PTE ptl through its pointer, then pmd_lock(). */
void pte_then_pmd_lock(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *pml, *ptl = pte_lockptr(mm, pmd);

	spin_lock(ptl);
	pml = pmd_lock(mm, pmd);
	spin_unlock(pml);
	spin_unlock(ptl);
}

/* The kernel's order: the PMD ptl, then the PTE one if it is another lock: silent. */
void retract(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *pml, *ptl;

	pml = pmd_lock(mm, pmd);
	ptl = pte_lockptr(mm, pmd);
	if (ptl != pml)
		spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
	if (ptl != pml)
		spin_unlock(ptl);
	spin_unlock(pml);
}

/* The PTE ptl released before the PMD one is taken: silent. */
void pte_released_first(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *pml = pmd_lockptr(mm, pmd), *ptl = pte_lockptr(mm, pmd);

	spin_lock(ptl);
	spin_unlock(ptl);
	spin_lock(pml);
	spin_unlock(pml);
}

/* retract_page_tables()'s loop: the PTE ptl released only "if (ptl != pml)", the PMD one taken
 * again in the next round.  No path from the start holds the PTE ptl there: silent. */
void retract_loop(struct mm_struct *mm, pmd_t *pmd, int n)
{
	spinlock_t *pml, *ptl;

	while (n--) {
		pml = pmd_lock(mm, pmd);
		ptl = pte_lockptr(mm, pmd);
		if (ptl != pml)
			spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
		if (ptl != pml)
			spin_unlock(ptl);
		spin_unlock(pml);
	}
}
