// SPDX-License-Identifier: GPL-2.0
/* A second walk after mmap_read_unlock(): the lock was released earlier. */
#include "mm.h"

int walk_twice(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	mmap_read_lock(mm);
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_read_unlock(mm); /* { dg-note "mmap_lock \\(read\\) was released here" } */
	err |= walk_page_range(mm, 4096, 8192, ops, NULL); /* { dg-warning "page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
	return err;
}
