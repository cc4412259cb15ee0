// SPDX-License-Identifier: GPL-2.0
/* sleep-under-spinlock.cocci: a blocking acquisition between a spin lock and its release. */

/* madvise_free_pte_range() with folio_lock() for folio_trylock() (mutation 6.12-madvise-free-folio-lock-under-ptl). */
int free_range(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, struct folio *folio)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	if (!pte)
		return 0;
	folio_lock(folio);
	folio_unlock(folio);
	pte_unmap_unlock(pte, ptl);
	return 0;
}

/* do_huge_pmd_wp_page() sleeping in folio_lock() under vmf->ptl (mutation 6.12-huge-memory-wp-folio-lock-under-ptl). */
vm_fault_t wp_page(struct vm_fault *vmf, struct folio *folio)
{
	vmf->ptl = pmd_lockptr(vmf->vma->vm_mm, vmf->pmd);
	spin_lock(vmf->ptl);
	folio_lock(folio);
	spin_unlock(vmf->ptl);
	folio_unlock(folio);
	return 0;
}

/* mmap_lock under the PMD ptl a getter returned. */
void mmap_under_pmd(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	mmap_read_lock(mm);
	mmap_read_unlock(mm);
	spin_unlock(ptl);
}

/* The primitive on a sleeping member, under mm->page_table_lock. */
void rwsem_under_page_table_lock(struct mm_struct *mm)
{
	spin_lock(&mm->page_table_lock);
	down_read(&mm->mmap_lock);
	up_read(&mm->mmap_lock);
	spin_unlock(&mm->page_table_lock);
}

/* i_mmap_rwsem under the lruvec lock. */
void rmap_under_lruvec(struct folio *folio, struct address_space *mapping)
{
	struct lruvec *lruvec = folio_lruvec_lock_irq(folio);

	i_mmap_lock_read(mapping);
	i_mmap_unlock_read(mapping);
	unlock_page_lruvec_irq(lruvec);
}

/* The PTE ptl through a lock pointer. */
void folio_under_pte_lockptr(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *ptl = pte_lockptr(mm, pmd);

	spin_lock(ptl);
	lock_page(&folio->page);
	spin_unlock(ptl);
}

/* The trylock under the ptl, and the ptl dropped to wait: silent. */
vm_fault_t wp_page_ok(struct vm_fault *vmf, struct folio *folio)
{
	spin_lock(vmf->ptl);
	if (!folio_trylock(folio)) {
		folio_get(folio);
		spin_unlock(vmf->ptl);
		folio_lock(folio);
		spin_lock(vmf->ptl);
		folio_put(folio);
	}
	spin_unlock(vmf->ptl);
	folio_unlock(folio);
	return 0;
}

/* A spin lock taken on one path only (a flag): silent, as in the plugin. */
void maybe_locked(struct mm_struct *mm, pmd_t *pmd, struct folio *folio, bool locked)
{
	spinlock_t *ptl = pmd_lockptr(mm, pmd);

	if (locked)
		spin_lock(ptl);
	folio_lock(folio);
	folio_unlock(folio);
	if (locked)
		spin_unlock(ptl);
}

/* Released before the sleeping lock: silent. */
void unlocked_first(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	spin_unlock(ptl);
	mmap_read_lock(mm);
	mmap_read_unlock(mm);
}

/* A pmd_trans_huge_lock() that failed leaves nothing held: silent.
 * Expected miss: the blocking call under the lock it returned is not reported either
 * (a NULL-returning getter is left out, so that its NULL path cannot give a report). */
void thp_locked(pmd_t *pmd, struct vm_area_struct *vma, struct folio *folio)
{
	spinlock_t *ptl = pmd_trans_huge_lock(pmd, vma);

	if (ptl) {
		folio_lock(folio);
		folio_unlock(folio);
		spin_unlock(ptl);
		return;
	}
	folio_lock(folio);
	folio_unlock(folio);
}

/* Patch mode: the ptl taken with spin_lock_irq() is reported, and has no
 * patch: the pack's 'cocci trylock spin_unlock spin_lock' would drop it with
 * spin_unlock() and sleep with interrupts off.  The rmap under the PMD ptl
 * above (mmap_under_pmd) is patched; rwsem_under_page_table_lock's
 * down_read() (a primitive, no trylock pair) and rmap_under_lruvec's lruvec
 * (no primitive takes it back) are reported without a patch. */
void folio_under_irq_ptl(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *ptl = pte_lockptr(mm, pmd);

	spin_lock_irq(ptl);
	folio_lock(folio);
	folio_unlock(folio);
	spin_unlock_irq(ptl);
}
