// SPDX-License-Identifier: GPL-2.0
/*
 * mm/swapfile.c unuse_pte() (6.12): "if (unlikely(!pte || !same(..)))
 * goto out;" right after pte_offset_map_lock().  The path that goes on
 * has pte != NULL, so the PTE ptl is held at set_pte_at().  GCC splits the
 * || into two branches; sparse computes it as a value (a phi with the
 * constant 1 from the !pte side) and branches on that: the front end
 * threads the constant side's edge straight to its target.  Silent; the
 * same change after the unlock is not.
 */
#include "mm.h"

extern int pte_same_as_swp(pte_t pte, pte_t swp_pte);

long __do_sys_unuse(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, pte_t entry)
{
	spinlock_t *ptl;
	pte_t *pte;
	long ret = 1;

	mmap_read_lock(mm);
	pte = pte_offset_map_lock(mm, pmd, addr, &ptl);
	if (__builtin_expect(!pte || !pte_same_as_swp(*pte, entry), 0)) {
		ret = 0;
		goto out;
	}
	set_pte_at(mm, addr, pte, entry);
out:
	if (pte)
		pte_unmap_unlock(pte, ptl);
	mmap_read_unlock(mm);
	return ret;
}

long __do_sys_unuse_late(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, pte_t entry)
{
	spinlock_t *ptl;
	pte_t *pte;

	mmap_read_lock(mm);
	pte = pte_offset_map_lock(mm, pmd, addr, &ptl);
	if (__builtin_expect(!pte || !pte_same_as_swp(*pte, entry), 0))
		goto out;
	pte_unmap_unlock(pte, ptl);
	set_pte_at(mm, addr, pte, entry); /* { dg-warning "pte-modify" } */
out:
	mmap_read_unlock(mm);
	return 0;
}
