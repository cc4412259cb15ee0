// SPDX-License-Identifier: GPL-2.0
/* The callers of walk.c's walk_range(). */
#include "mm.h"

int walk_range(struct mm_struct *mm, const struct mm_walk_ops *ops);

int locked_user(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int ret;

	mmap_read_lock(mm);
	ret = walk_range(mm, ops);
	mmap_read_unlock(mm);
	return ret;
}

static int helper(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_range(mm, ops);
}

struct hooks { int (*walk)(struct mm_struct *mm, const struct mm_walk_ops *ops); };
struct hooks some_hooks = { .walk = helper };

long __do_sys_helper(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return helper(mm, ops);
}
