// SPDX-License-Identifier: GPL-2.0
/* assert-vma.cocci: vma_assert_locked() after vma_end_read(): the assertion states a lock just released. */
void asserts_late(struct vm_area_struct *x)
{
	vma_start_read(x);
	vma_end_read(x);
	vma_assert_locked(x);
}

void asserts(struct vm_area_struct *x)
{
	vma_start_read(x);
	vma_assert_locked(x);
	vma_end_read(x);
}
