// SPDX-License-Identifier: GPL-2.0
/* vma-lookup.cocci: find_vma() after mmap_read_unlock(). */
int lookup_wrong(struct mm_struct *mm, unsigned long addr)
{
	mmap_read_lock(mm);
	mmap_read_unlock(mm);
	return find_vma(mm, addr) != NULL;
}

int lookup(struct mm_struct *mm, unsigned long addr)
{
	int found;

	mmap_read_lock(mm);
	found = find_vma(mm, addr) != NULL;
	mmap_read_unlock(mm);
	return found;
}
