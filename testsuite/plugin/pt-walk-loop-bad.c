// SPDX-License-Identifier: GPL-2.0
/* Locked once before the loop, unlocked inside it: the second turn walks bare. */
#include "mm.h"

int walk_chunks_wrong(struct mm_struct *mm, const struct mm_walk_ops *ops, int n)
{
	int i, err = 0;

	mmap_read_lock(mm);
	for (i = 0; i < n; i++) {
		err |= walk_page_range(mm, i * 4096UL, (i + 1) * 4096UL, ops, NULL); /* { dg-warning "pt-walk" } */
		mmap_read_unlock(mm);
	}
	return err;
}
