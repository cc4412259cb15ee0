// SPDX-License-Identifier: GPL-2.0
/* The kernel's goto-unlock pattern: every walk is before the unlock label. */
#include "mm.h"

int walk_checked(struct mm_struct *mm, const struct mm_walk_ops *ops, unsigned long start)
{
	int err = -EINTR;

	if (mmap_read_lock_killable(mm))
		goto out;
	err = -EAGAIN;
	if (start & 1)
		goto out_unlock;
	err = walk_page_range(mm, start, start + 4096, ops, NULL);
	if (err)
		goto out_unlock;
	err = walk_page_range(mm, start + 4096, start + 8192, ops, NULL);
out_unlock:
	mmap_read_unlock(mm);
out:
	return err;
}
