// SPDX-License-Identifier: GPL-2.0
/* mmap_read_lock_killable() holds the lock when it returns 0. */
#include "mm.h"

int killable_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	if (mmap_read_lock_killable(mm))
		return -EINTR;
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_read_unlock(mm);
	return err;
}
