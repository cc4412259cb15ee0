// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=6.1" } */
/*
 * 6.1's collapse_and_free_pmd(): no ptl, but mmap, i_mmap and anon_vma
 * write locks, asserted (commit 8d3c106e19e8).  Silent.
 */
#include "mm.h"

static void collapse_and_free_pmd(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmdp)
{
	mmap_assert_write_locked(mm);
	i_mmap_assert_write_locked(vma->vm_file->f_mapping);
	pmdp_collapse_flush(vma, 0, pmdp);
}

void collapse_pte_mapped_thp(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	mmap_assert_write_locked(mm);
	i_mmap_lock_write(vma->vm_file->f_mapping);
	collapse_and_free_pmd(mm, vma, pmd);
	i_mmap_unlock_write(vma->vm_file->f_mapping);
}
