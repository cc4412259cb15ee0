// SPDX-License-Identifier: GPL-2.0
/* The walk runs only where mmap_read_trylock() succeeded: silent. */
#include "mm.h"

int try_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	if (!mmap_read_trylock(mm))
		return -EAGAIN;
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_read_unlock(mm);
	return err;
}
