// SPDX-License-Identifier: GPL-2.0
/* Page tables freed after the mmap lock was dropped. */
#include "mm.h"

void exit_tables_wrong(struct mm_struct *mm, void *tlb)
{
	mmap_write_lock(mm);
	mmap_write_unlock(mm);
	free_pgd_range(tlb, 0, 4096, 0, 0); /* { dg-warning "page-table freeing without mmap_lock.*-Wlockrules=pt-free" } */
}
