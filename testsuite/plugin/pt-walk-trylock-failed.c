// SPDX-License-Identifier: GPL-2.0
/* The walk is on the path where the trylock failed. */
#include "mm.h"

int try_walk_wrong(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	if (mmap_read_trylock(mm)) { /* { dg-note "was not taken: this call failed" } */
		mmap_read_unlock(mm);
		return 0;
	}
	err = walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "pt-walk" } */
	return err;
}
