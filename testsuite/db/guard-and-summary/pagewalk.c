// SPDX-License-Identifier: GPL-2.0
/*
 * mm/pagewalk.c's walk_page_range(): a pack-guarded function (pt-walk)
 * whose own summary in the database adds find_vma()'s need (vma-lookup).
 */
#include "mm.h"

int walk_page_range(struct mm_struct *mm, unsigned long start, unsigned long end,
		    const struct mm_walk_ops *ops, void *private)
{
	return find_vma(mm, start) != 0;
}
