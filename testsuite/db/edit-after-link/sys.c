// SPDX-License-Identifier: GPL-2.0
/*
 * System calls.  Edited to add a call to walk_range() (in walker.c, whose
 * only caller, locked.c, holds mmap_lock) without the lock (-DNEWCALL),
 * the rebuild must read walker.c through the callee's component and
 * report the new call; with the lock (-DNEWCALL_LOCKED) nothing.
 */
#include "mm.h"

/* { dg-db-edit "-DNEWCALL" "sys.c:\\d+:\\d+: warning: call to 'walk_range' performs a page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
/* { dg-db-edit "-DNEWCALL" "other callers of walk_range\\(\\) hold it: .*locked.c:\\d+ \\(locked_walk\\(\\)\\)" } */
/* { dg-db-edit-silent "-DNEWCALL_LOCKED" } */
int mid_walk(struct mm_struct *mm, const struct mm_walk_ops *ops);
int walk_range(struct mm_struct *mm, const struct mm_walk_ops *ops);

long __do_sys_edit(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return mid_walk(mm, ops);
}

#if defined(NEWCALL) || defined(NEWCALL_LOCKED)
long __do_sys_edit_new(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	long ret;

#ifdef NEWCALL_LOCKED
	mmap_read_lock(mm);
#endif
	ret = walk_range(mm, ops);
#ifdef NEWCALL_LOCKED
	mmap_read_unlock(mm);
#endif
	return ret;
}
#endif
