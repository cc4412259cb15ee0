// SPDX-License-Identifier: GPL-2.0
/*
 * An exported walker with no lock of its own: its precondition is its
 * callers' business, and they are in other files (caller.c, locked.c).
 */
#include "mm.h"

int walk_range(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-note "'walk_range' performs the page-table walk here" } */
}

/* every caller holds mmap_lock: silent */
int walk_vma_range(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL);
}
