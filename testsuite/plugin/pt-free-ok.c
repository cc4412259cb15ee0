// SPDX-License-Identifier: GPL-2.0
/* exit_mmap(): page tables freed under mmap_write_lock(). Silent. */
#include "mm.h"

void exit_tables(struct mm_struct *mm, void *tlb)
{
	mmap_write_lock(mm);
	free_pgd_range(tlb, 0, 4096, 0, 0);
	mmap_write_unlock(mm);
}
