// SPDX-License-Identifier: GPL-2.0
/*
 * A flag that says whether the lock was taken (khugepaged's mmap_locked,
 * madvise's "locked"): set to 1 where the lock is taken, 0 elsewhere, and
 * tested again before the operation and the unlock.  Where the flag says
 * the lock is held, it is; where it says it is not, the operation's need
 * is the callers', and a system call is reported.
 */
#include "mm.h"

extern int can_lock(void);

static int walk_flagged(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int r = 0, locked = 0;

	if (can_lock()) {
		mmap_read_lock(mm);
		locked = 1;
	}
	if (locked)
		r = walk_page_range(mm, 0, 4096, ops, NULL);
	if (locked)
		mmap_read_unlock(mm);
	return r;
}

static int walk_unflagged(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int r = 0, locked = 0;

	if (can_lock()) {
		mmap_read_lock(mm);
		locked = 1;
	}
	if (!locked)
		r = walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
	if (locked)
		mmap_read_unlock(mm);
	return r;
}

long __do_sys_flag(struct mm_struct *mm, const struct mm_walk_ops *ops) /* { dg-note "no caller holds it: walk_unflagged\\(\\) <- __do_sys_flag\\(\\), a system call" } */
{
	return walk_flagged(mm, ops) + walk_unflagged(mm, ops);
}
