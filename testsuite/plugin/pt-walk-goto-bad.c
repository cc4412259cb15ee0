// SPDX-License-Identifier: GPL-2.0
/* A walk placed after the unlock label. */
#include "mm.h"

int walk_checked_wrong(struct mm_struct *mm, const struct mm_walk_ops *ops, unsigned long start)
{
	int err;

	mmap_read_lock(mm);
	err = walk_page_range(mm, start, start + 4096, ops, NULL);
	if (err)
		goto out_unlock;
	err = walk_page_range(mm, start + 4096, start + 8192, ops, NULL);
out_unlock:
	mmap_read_unlock(mm);
	walk_page_range(mm, start, start + 4096, ops, NULL); /* { dg-warning "pt-walk" } */
	return err;
}
