// SPDX-License-Identifier: GPL-2.0
/*
 * Static helpers summarised: lock_it() returns holding mmap_lock (an
 * acquirer), unlock_it() drops the caller's (a releaser), as mremap's
 * take_rmap_locks()/drop_rmap_locks() do for the rmap locks.
 */
#include "mm.h"

static void lock_it(struct mm_struct *mm)
{
	mmap_read_lock(mm);
}

static void unlock_it(struct mm_struct *mm)
{
	mmap_read_unlock(mm);
}

int walk_via_helpers(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int err;

	lock_it(mm);
	err = walk_page_range(mm, 0, 4096, ops, NULL);
	unlock_it(mm); /* { dg-note "was released here" } */
	return err | walk_page_range(mm, 4096, 8192, ops, NULL); /* { dg-warning "pt-walk" } */
}
