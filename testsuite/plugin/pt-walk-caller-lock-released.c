// SPDX-License-Identifier: GPL-2.0
/* The caller's mmap_lock, released here, then a walk: the fault-retry mistake. */
#include "mm.h"

int retry_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	mmap_read_unlock(mm); /* { dg-note "was released here, though the caller took it" } */
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "pt-walk" } */
}
