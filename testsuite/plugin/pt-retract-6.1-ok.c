// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=6.1" } */
/* 6.1 retract_page_tables(): i_mmap_rwsem write, then mmap_write_trylock(). Silent. */
#include "mm.h"

extern bool mmap_write_trylock(struct mm_struct *mm);

void retract_page_tables(struct address_space *mapping, struct vm_area_struct *vma, pmd_t *pmd)
{
	struct mm_struct *mm = vma->vm_mm;

	i_mmap_lock_write(mapping);
	if (mmap_write_trylock(mm)) {
		pmdp_collapse_flush(vma, 0, pmd);
		mmap_write_unlock(mm);
	}
	i_mmap_unlock_write(mapping);
}
