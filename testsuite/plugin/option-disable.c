// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-disable=pt-walk" } */
/* A disabled rule says nothing; the others still speak. */
#include "mm.h"

int walk_after_unlock(struct mm_struct *mm, const struct mm_walk_ops *ops, pmd_t *pmd, pmd_t e)
{
	spinlock_t *ptl;

	mmap_read_lock(mm);
	mmap_read_unlock(mm);
	ptl = pmd_lock(mm, pmd);
	spin_unlock(ptl);
	set_pmd_at(mm, 0, pmd, e); /* { dg-warning "pmd-modify" } */
	return walk_page_range(mm, 0, 4096, ops, NULL);
}
