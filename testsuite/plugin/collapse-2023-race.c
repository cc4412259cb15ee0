// SPDX-License-Identifier: GPL-2.0
/*
 * collapse_huge_page() without vma_start_write(): with per-VMA locks a
 * fault under the VMA read lock races the collapse (commit 55fd6fccad31,
 * 2023).  Reduced from mm/khugepaged.c.
 */
#include "mm.h"

int collapse_huge_page(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pmd_ptl;
	pmd_t _pmd;

	mmap_write_lock(mm); /* { dg-note "took mmap_lock \\(write\\) here; missing: the per-VMA lock \\(write\\)" } */
	anon_vma_lock_write(vma->anon_vma);
	pmd_ptl = pmd_lock(mm, pmd);
	_pmd = pmdp_collapse_flush(vma, 0, pmd); /* { dg-warning "PMD collapse under the anon_vma write lock without the per-VMA lock \\(write\\).*collapse-vma-write" } */
	spin_unlock(pmd_ptl);
	anon_vma_unlock_write(vma->anon_vma);
	mmap_write_unlock(mm);
	return _pmd.pmd != 0;
}
