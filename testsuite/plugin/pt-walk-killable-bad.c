// SPDX-License-Identifier: GPL-2.0
/* After the if, the lock is held on no path: released on one, never taken on the other. */
#include "mm.h"

int killable_walk_wrong(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err = mmap_read_lock_killable(mm);

	if (!err) {
		err = walk_page_range(mm, 0, 4096, ops, NULL);
		mmap_read_unlock(mm);
	}
	return err | walk_page_range(mm, 4096, 8192, ops, NULL); /* { dg-warning "pt-walk" } */
}
