// SPDX-License-Identifier: GPL-2.0
/* assert-i_mmap-write.cocci: i_mmap_assert_write_locked() after i_mmap_unlock_write(): the assertion states a lock just released. */
void asserts_late(struct address_space *x)
{
	i_mmap_lock_write(x);
	i_mmap_unlock_write(x);
	i_mmap_assert_write_locked(x);
}

void asserts(struct address_space *x)
{
	i_mmap_lock_write(x);
	i_mmap_assert_write_locked(x);
	i_mmap_unlock_write(x);
}
