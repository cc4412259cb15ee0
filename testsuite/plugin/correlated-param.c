// SPDX-License-Identifier: GPL-2.0
/*
 * A lock taken under a test of a parameter and an operation under a later
 * test of the same parameter (mremap's need_rmap_locks): held where the
 * tests agree.  An operation on the other side is the callers' business
 * when the parameter is as that side says: a system call passing that
 * value is reported, one passing the other value is not.
 */
#include "mm.h"

static int walk_if_locked(struct mm_struct *mm, const struct mm_walk_ops *ops, int need_lock)
{
	int r = 0;

	if (need_lock)
		mmap_read_lock(mm);
	if (need_lock)
		r = walk_page_range(mm, 0, 4096, ops, NULL);
	if (need_lock)
		mmap_read_unlock(mm);
	return r;
}

static int walk_if_unlocked(struct mm_struct *mm, const struct mm_walk_ops *ops, int need_lock)
{
	int r = 0;

	if (need_lock)
		mmap_read_lock(mm);
	if (!need_lock)
		r = walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
	if (need_lock)
		mmap_read_unlock(mm);
	return r;
}

long __do_sys_param_agree(struct mm_struct *mm, const struct mm_walk_ops *ops, int flags)
{
	return walk_if_locked(mm, ops, flags) + walk_if_unlocked(mm, ops, 1);
}

long __do_sys_param_disagree(struct mm_struct *mm, const struct mm_walk_ops *ops) /* { dg-note "no caller holds it: walk_if_unlocked\\(\\) <- __do_sys_param_disagree\\(\\), a system call" } */
{
	return walk_if_unlocked(mm, ops, 0);
}
