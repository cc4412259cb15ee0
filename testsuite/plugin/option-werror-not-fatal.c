// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-Werror" } */
/* CONFIG_WERROR builds pass -Werror: lockrules warnings stay warnings. */
#include "mm.h"

int walk_after_unlock(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	mmap_read_lock(mm);
	mmap_read_unlock(mm);
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "pt-walk" } */
}
