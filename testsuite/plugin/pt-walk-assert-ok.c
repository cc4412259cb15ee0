// SPDX-License-Identifier: GPL-2.0
/* mmap_assert_locked() proves the caller holds the lock: silent even after a helper releases nothing. */
#include "mm.h"

int walk_asserted(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	mmap_assert_locked(mm);
	return walk_page_range(mm, 0, 4096, ops, NULL);
}

static int helper(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	mmap_assert_locked(mm);
	return walk_page_range(mm, 0, 4096, ops, NULL);
}

int call_helper(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return helper(mm, ops);
}
