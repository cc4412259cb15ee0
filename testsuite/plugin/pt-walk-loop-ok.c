// SPDX-License-Identifier: GPL-2.0
/* Lock and unlock around each walk of a loop: silent. */
#include "mm.h"

int walk_chunks(struct mm_struct *mm, const struct mm_walk_ops *ops, int n)
{
	int i, err = 0;

	for (i = 0; i < n; i++) {
		mmap_read_lock(mm);
		err |= walk_page_range(mm, i * 4096UL, (i + 1) * 4096UL, ops, NULL);
		mmap_read_unlock(mm);
	}
	return err;
}
