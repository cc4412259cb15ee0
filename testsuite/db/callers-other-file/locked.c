// SPDX-License-Identifier: GPL-2.0
/*
 * The caller of walk_range() that does hold mmap_lock, and one that
 * holds it through its own caller (static helper, same file).
 */
#include "mm.h"

int walk_range(struct mm_struct *mm, const struct mm_walk_ops *ops);
int walk_vma_range(struct mm_struct *mm, const struct mm_walk_ops *ops);

int locked_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int ret;

	mmap_read_lock(mm);
	ret = walk_range(mm, ops);
	mmap_read_unlock(mm);
	return ret;
}

static int helper(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_vma_range(mm, ops);
}

int locked_via_helper(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int ret;

	mmap_read_lock(mm);
	ret = helper(mm, ops);
	mmap_read_unlock(mm);
	return ret;
}
