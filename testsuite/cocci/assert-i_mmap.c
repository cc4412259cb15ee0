// SPDX-License-Identifier: GPL-2.0
/* assert-i_mmap.cocci: i_mmap_assert_locked() after i_mmap_unlock_read(): the assertion states a lock just released. */
void asserts_late(struct address_space *x)
{
	i_mmap_lock_read(x);
	i_mmap_unlock_read(x);
	i_mmap_assert_locked(x);
}

void asserts(struct address_space *x)
{
	i_mmap_lock_read(x);
	i_mmap_assert_locked(x);
	i_mmap_unlock_read(x);
}
