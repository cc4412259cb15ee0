// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-stats=/dev/null -fplugin-arg-lockrules-kernel=6.12" } */
/* The stats and kernel options are accepted together; a clean unit stays silent. */
#include "mm.h"

int walk_mm(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	mmap_read_lock(mm);
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	mmap_read_unlock(mm);
	return err;
}
