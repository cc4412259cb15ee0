// SPDX-License-Identifier: GPL-2.0
/* assert-vma-write.cocci: vma_assert_write_locked() after mmap_write_unlock(): the assertion states a lock just released. */
void asserts_late(struct vm_area_struct *x)
{
	vma_start_write(x);
	mmap_write_unlock(x);
	vma_assert_write_locked(x);
}

void asserts(struct vm_area_struct *x)
{
	vma_start_write(x);
	vma_assert_write_locked(x);
	mmap_write_unlock(x);
}
