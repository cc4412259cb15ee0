// SPDX-License-Identifier: GPL-2.0
/* An exported walker with no lock of its own; its only caller holds mmap_lock. */
#include "mm.h"

int walk_range(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL);
}
