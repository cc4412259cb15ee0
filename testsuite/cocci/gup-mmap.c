// SPDX-License-Identifier: GPL-2.0
/* gup-mmap.cocci: get_user_pages_remote() after mmap_read_unlock(). */
long pin_wrong(struct mm_struct *mm, unsigned long addr, struct page **page)
{
	mmap_read_lock(mm);
	mmap_read_unlock(mm);
	return get_user_pages_remote(mm, addr, 1, 0, page, NULL);
}

long pin(struct mm_struct *mm, unsigned long addr, struct page **page)
{
	long ret;

	mmap_read_lock(mm);
	ret = get_user_pages_remote(mm, addr, 1, 0, page, NULL);
	mmap_read_unlock(mm);
	return ret;
}
