// SPDX-License-Identifier: GPL-2.0
/* pt-free.cocci: page tables freed after mmap_write_unlock(). */
void exit_tables_wrong(struct mm_struct *mm, struct mmu_gather *tlb)
{
	mmap_write_lock(mm);
	mmap_write_unlock(mm);
	free_pgd_range(tlb, 0, 4096, 0, 0);
}

void exit_tables(struct mm_struct *mm, struct mmu_gather *tlb)
{
	mmap_write_lock(mm);
	free_pgd_range(tlb, 0, 4096, 0, 0);
	mmap_write_unlock(mm);
}
