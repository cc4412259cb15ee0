// SPDX-License-Identifier: GPL-2.0
/* The write lock satisfies a need for the read lock. */
#include "mm.h"

int walk_exclusive(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	mmap_write_lock(mm);
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_write_unlock(mm);
	return err;
}
