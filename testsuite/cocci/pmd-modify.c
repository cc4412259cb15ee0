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
