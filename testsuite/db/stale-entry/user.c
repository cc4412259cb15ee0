// SPDX-License-Identifier: GPL-2.0
/*
 * First compiled with -DBROKEN (a system call that walks without the
 * lock), then fixed and compiled again: the object's entry is replaced,
 * so the broken caller's facts must not linger.
 */
#include "mm.h"

/* { dg-db-first "-DBROKEN" } */
/* { dg-db-summary "met 1 reported 0" } */
int walk_range(struct mm_struct *mm, const struct mm_walk_ops *ops);

long __do_sys_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	long ret;

#ifndef BROKEN
	mmap_read_lock(mm);
#endif
	ret = walk_range(mm, ops);
#ifndef BROKEN
	mmap_read_unlock(mm);
#endif
	return ret;
}
