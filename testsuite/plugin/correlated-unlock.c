// SPDX-License-Identifier: GPL-2.0
/*
 * do_mbind(): unlock on error, then leave on the same error.  The walk is
 * reached only with the lock held, though the lock and the test are on
 * different values: no report.
 */
#include "mm.h"

extern int set_nodemask(void);

static int queue_pages(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL);
}

int do_mbind(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	mmap_write_lock(mm);
	err = set_nodemask();
	if (err)
		mmap_write_unlock(mm);
	if (err)
		goto out;
	err = queue_pages(mm, ops);
	mmap_write_unlock(mm);
out:
	return err;
}
