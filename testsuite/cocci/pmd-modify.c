// SPDX-License-Identifier: GPL-2.0
/* pmd-modify.cocci: a PMD change after spin_unlock() of the ptl pmd_lock() gave. */
void install_late(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	spin_unlock(ptl);
	set_pmd_at(mm, 0, pmd, entry);
}

void install_ok(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	set_pmd_at(mm, 0, pmd, entry);
	spin_unlock(ptl);
}

int set_pmd_fault(struct vm_fault *vmf, pmd_t entry)
{
	vmf->ptl = pmd_lock(vmf->vma->vm_mm, vmf->pmd);
	spin_unlock(vmf->ptl);
	pmdp_invalidate(vmf->vma, vmf->address, vmf->pmd);
	return 0;
}

/* Callback contract: a pmd_entry changes the PMD without pmd_trans_huge_lock(). */
static int clear_pmd_entry(pmd_t *pmd, unsigned long addr, unsigned long end, struct mm_walk *walk)
{
	pmdp_invalidate(walk->vma, addr, pmd);
	return 0;
}

/* The same under pmd_trans_huge_lock(): silent. */
static int clear_pmd_entry_ok(pmd_t *pmd, unsigned long addr, unsigned long end, struct mm_walk *walk)
{
	spinlock_t *ptl = pmd_trans_huge_lock(pmd, walk->vma);

	if (ptl) {
		pmdp_invalidate(walk->vma, addr, pmd);
		spin_unlock(ptl);
	}
	return 0;
}

static const struct mm_walk_ops clear_ops = {
	.pmd_entry = clear_pmd_entry,
	.walk_lock = PGWALK_RDLOCK,
};

static const struct mm_walk_ops clear_ops_ok = {
	.pmd_entry = clear_pmd_entry_ok,
};

/* The function's own lock: the PTE ptl taken, then the PMD written (the wrong ptl). */
void populate_wrong_ptl(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, pgtable_t pgtable)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	pmd_populate(mm, pmd, pgtable);
	pte_unmap_unlock(pte, ptl);
}

/* The PTE ptl and then the PMD one through a lock pointer (collapse_huge_page): silent. */
void populate_both(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, pgtable_t pgtable)
{
	spinlock_t *ptl, *pml = pmd_lockptr(mm, pmd);
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	spin_lock(pml);
	pmd_populate(mm, pmd, pgtable);
	spin_unlock(pml);
	pte_unmap_unlock(pte, ptl);
}

/* No lock of its own (its caller holds the PMD ptl): silent. */
static void set_pmd_helper(struct mm_struct *mm, pmd_t *pmd, pmd_t entry)
{
	set_pmd_at(mm, 0, pmd, entry);
}
