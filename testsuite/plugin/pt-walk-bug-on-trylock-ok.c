// SPDX-License-Identifier: GPL-2.0
/*
 * BUG_ON(mmap_read_trylock(mm)) says the caller holds mmap_lock: the
 * trylock must fail, or the kernel stops (6.1's vm_insert_page(), "called
 * from f_op->mmap() under mm->mmap_lock write-lock").  The walk after it is
 * under the lock: silent.  (The sparse front end sees the failed trylock
 * exactly, since sparse folds __builtin_expect; the engine reads a trylock
 * whose success cannot return as an assertion.)
 */
#include "mm.h"

int insert_checked(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	BUG_ON(mmap_read_trylock(mm));
	return walk_page_range(mm, 0, 4096, ops, NULL);
}

int insert_unchecked(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	if (mmap_read_trylock(mm))
		mmap_read_unlock(mm);
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "pt-walk" } */
}
