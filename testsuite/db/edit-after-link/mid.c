// SPDX-License-Identifier: GPL-2.0
/* A caller of walk_locked() that holds nothing: its callers are in sys.c. */
#include "mm.h"

int walk_locked(struct mm_struct *mm, const struct mm_walk_ops *ops);

int mid_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_locked(mm, ops);
}
