// SPDX-License-Identifier: GPL-2.0
/* assert-mmap-write.cocci: mmap_assert_write_locked() after mmap_write_unlock(): the assertion states a lock just released. */
void asserts_late(struct mm_struct *x)
{
	mmap_write_lock(x);
	mmap_write_unlock(x);
	mmap_assert_write_locked(x);
}

void asserts(struct mm_struct *x)
{
	mmap_write_lock(x);
	mmap_assert_write_locked(x);
	mmap_write_unlock(x);
}
