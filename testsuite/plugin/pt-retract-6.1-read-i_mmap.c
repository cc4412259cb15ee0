// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=6.1" } */
/* 6.1 needs the i_mmap_rwsem for write to retract; read is not enough. */
#include "mm.h"

void retract_read(struct address_space *mapping, struct mm_struct *mm,
		  struct vm_area_struct *vma, pmd_t *pmd)
{
	mmap_write_lock(mm);
	i_mmap_lock_read(mapping); /* { dg-note "took i_mmap_rwsem \\(read\\)" } */
	pmdp_collapse_flush(vma, 0, pmd); /* { dg-warning "pt-retract" } */
	i_mmap_unlock_read(mapping);
	mmap_write_unlock(mm);
}
