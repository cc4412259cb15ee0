// SPDX-License-Identifier: GPL-2.0
/* lock_vma_under_rcu() returns the VMA read-locked, or NULL: walks under it are fine. */
#include "mm.h"

int fault_walk(struct mm_struct *mm, unsigned long addr, const struct mm_walk_ops *ops)
{
	struct vm_area_struct *vma;
	int err;

	vma = lock_vma_under_rcu(mm, addr);
	if (!vma)
		return -EAGAIN;
	err = walk_page_vma(vma, ops, NULL);
	vma_end_read(vma);
	return err;
}
