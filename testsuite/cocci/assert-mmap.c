// SPDX-License-Identifier: GPL-2.0
/* assert-mmap.cocci: mmap_assert_locked() after mmap_read_unlock(): the assertion states a lock just released. */
void asserts_late(struct mm_struct *x)
{
	mmap_read_lock(x);
	mmap_read_unlock(x);
	mmap_assert_locked(x);
}

void asserts(struct mm_struct *x)
{
	mmap_read_lock(x);
	mmap_assert_locked(x);
	mmap_read_unlock(x);
}
