// SPDX-License-Identifier: GPL-2.0
/* The caller of walk_range() that holds mmap_lock. */
/* { dg-db-summary "met 1 reported 0" } */
#include "mm.h"

int walk_range(struct mm_struct *mm, const struct mm_walk_ops *ops);

int locked_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int ret;

	mmap_read_lock(mm);
	ret = walk_range(mm, ops);
	mmap_read_unlock(mm);
	return ret;
}
