// SPDX-License-Identifier: GPL-2.0
/* mmap-write-api.cocci: do_mmap() after mmap_write_unlock(). */
unsigned long map_wrong(struct mm_struct *mm, struct file *file, unsigned long len)
{
	unsigned long populate;

	mmap_write_lock(mm);
	mmap_write_unlock(mm);
	return do_mmap(file, 0, len, 0, 0, 0, 0, &populate, NULL);
}

unsigned long map(struct mm_struct *mm, struct file *file, unsigned long len)
{
	unsigned long populate, addr;

	mmap_write_lock(mm);
	addr = do_mmap(file, 0, len, 0, 0, 0, 0, &populate, NULL);
	mmap_write_unlock(mm);
	return addr;
}
