// SPDX-License-Identifier: GPL-2.0
/*
 * A walker that takes mmap_lock itself: at the link nobody needs anything
 * from its callers, so the index knows no component for it.  Edited to
 * drop the lock (-DUNLOCKED), the rebuild must climb to callers the link
 * never asked about: mid_walk() in mid.c, then the system call in sys.c.
 */
#include "mm.h"

/* { dg-db-edit "-DUNLOCKED" "walk.c:\\d+:\\d+: warning: page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
/* { dg-db-edit "-DUNLOCKED" "no caller holds it: walk_locked\\(\\) <- mid_walk\\(\\) <- __do_sys_edit\\(\\), a system call" } */
int walk_locked(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int ret;

#ifndef UNLOCKED
	mmap_read_lock(mm);
#endif
	ret = walk_page_range(mm, 0, 4096, ops, NULL);
#ifndef UNLOCKED
	mmap_read_unlock(mm);
#endif
	return ret;
}
