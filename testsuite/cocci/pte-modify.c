// SPDX-License-Identifier: GPL-2.0
/* pte-modify.cocci: a PTE change after pte_unmap_unlock() of the ptl pte_offset_map_lock() gave. */
void set_late(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, pte_t entry)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	pte_unmap_unlock(pte, ptl);
	set_pte_at(mm, addr, pte, entry);
}

void set_ok(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, pte_t entry)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	set_pte_at(mm, addr, pte, entry);
	pte_unmap_unlock(pte, ptl);
}
