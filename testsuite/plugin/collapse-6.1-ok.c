// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=6.1" } */
/* 6.1 has no per-VMA locks: the same collapse is correct there. */
#include "mm.h"

int collapse_huge_page(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pmd_ptl;
	pmd_t _pmd;

	mmap_write_lock(mm);
	anon_vma_lock_write(vma->anon_vma);
	pmd_ptl = pmd_lock(mm, pmd);
	_pmd = pmdp_collapse_flush(vma, 0, pmd);
	spin_unlock(pmd_ptl);
	anon_vma_unlock_write(vma->anon_vma);
	mmap_write_unlock(mm);
	return _pmd.pmd != 0;
}
