// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/task_mmu.c's pagemap_read(), mutated: it walks on the path where
 * mmap_read_lock_killable() failed.  Both needs of walk_page_range() are
 * broken there, the pack's own (pt-walk) and the one its summary brings
 * from pagewalk.c (vma-lookup): each is reported.
 */
#include "mm.h"

int pagemap_read(struct mm_struct *mm, const struct mm_walk_ops *ops, unsigned long n)
{
	int ret = 0;

	while (n--) {
		ret = mmap_read_lock_killable(mm);
		if (ret) {
			ret = walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "page-table walk without mmap_lock.*-Wlockrules=pt-walk" } { dg-warning "VMA lookup without.*-Wlockrules=vma-lookup" } */
			break;
		}
		ret = walk_page_range(mm, 0, 4096, ops, NULL);
		mmap_read_unlock(mm);
	}
	return ret;
}
