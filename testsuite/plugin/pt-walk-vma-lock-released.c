// SPDX-License-Identifier: GPL-2.0
/* The walk comes after vma_end_read(): the VMA lock was released. */
#include "mm.h"

int fault_walk_late(struct mm_struct *mm, unsigned long addr, const struct mm_walk_ops *ops)
{
	struct vm_area_struct *vma;

	vma = lock_vma_under_rcu(mm, addr);
	if (!vma)
		return -EAGAIN;
	vma_end_read(vma);
	return walk_page_vma(vma, ops, NULL); /* { dg-warning "pt-walk" } */
}
