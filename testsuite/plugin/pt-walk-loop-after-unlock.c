// SPDX-License-Identifier: GPL-2.0
/* A loop of walks after the lock was dropped: every turn walks bare. */
#include "mm.h"

int walk_chunks_late(struct mm_struct *mm, const struct mm_walk_ops *ops, int n)
{
	int i, err = 0;

	mmap_read_lock(mm);
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_read_unlock(mm);
	for (i = 1; i < n; i++)
		err |= walk_page_range(mm, i * 4096UL, (i + 1) * 4096UL, ops, NULL); /* { dg-warning "pt-walk" } */
	return err;
}
