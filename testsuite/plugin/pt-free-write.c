// SPDX-License-Identifier: GPL-2.0
/*
 * pt-free-write: free_pgtables(..., mm_wr_locked) with a constant true says
 * the caller holds mmap_lock for write (6.12).  Fires: true under the read
 * lock.  Silent: true under the write lock (exit_mmap()), false or a
 * variable under the read lock (pt-free only asks for it).
 */
#include "mm.h"

struct mmu_gather;
struct ma_state;
extern void free_pgtables(struct mmu_gather *tlb, struct ma_state *mas, struct vm_area_struct *vma,
			  unsigned long floor, unsigned long ceiling, bool mm_wr_locked);

void free_says_write(struct mm_struct *mm, struct mmu_gather *tlb, struct ma_state *mas, struct vm_area_struct *vma)
{
	mmap_read_lock(mm);
	free_pgtables(tlb, mas, vma, 0, 4096, true); /* { dg-warning "page-table freeing that says mmap_lock is held for write without mmap_lock \\(write\\).*-Wlockrules=pt-free-write" } */
	mmap_read_unlock(mm);
}

void exit_like(struct mm_struct *mm, struct mmu_gather *tlb, struct ma_state *mas, struct vm_area_struct *vma)
{
	mmap_write_lock(mm);
	free_pgtables(tlb, mas, vma, 0, 4096, true);
	mmap_write_unlock(mm);
}

void free_read(struct mm_struct *mm, struct mmu_gather *tlb, struct ma_state *mas, struct vm_area_struct *vma,
	       bool mm_wr_locked)
{
	mmap_read_lock(mm);
	free_pgtables(tlb, mas, vma, 0, 4096, false);
	free_pgtables(tlb, mas, vma, 0, 4096, mm_wr_locked);
	mmap_read_unlock(mm);
}
