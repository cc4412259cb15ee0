// SPDX-License-Identifier: GPL-2.0
/*
 * A lock taken under a test of a value ("c = f(); if (c) lock()") and an
 * operation under a later test of the same value: held.  An operation that
 * every path reaches, with the lock taken only where the value is nonzero,
 * has a concrete path without it (c == 0): its need goes to the callers,
 * and a system call is reported.  Lock and unlock both under the value's
 * tests around an operation that needs nothing stay silent.
 */
#include "mm.h"

extern int want_walk(void);

static int walk_when_wanted(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int r = 0, c = want_walk();

	if (c)
		mmap_read_lock(mm);
	if (c)
		r = walk_page_range(mm, 0, 4096, ops, NULL);
	if (c)
		mmap_read_unlock(mm);
	return r;
}

static int walk_always(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	int r, c = want_walk();

	if (c)
		mmap_read_lock(mm);
	r = walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
	if (c)
		mmap_read_unlock(mm);
	return r;
}

/* the two alternatives of pt-walk, each on the side of the test that takes it */
static int walk_either(struct mm_struct *mm, struct address_space *mapping,
		       const struct mm_walk_ops *ops)
{
	int r, c = want_walk();

	if (c)
		mmap_read_lock(mm);
	else
		i_mmap_lock_read(mapping);
	r = walk_page_range(mm, 0, 4096, ops, NULL);
	if (c)
		mmap_read_unlock(mm);
	else
		i_mmap_unlock_read(mapping);
	return r;
}

long __do_sys_result(struct mm_struct *mm, struct address_space *mapping, /* { dg-note "no caller holds it: walk_always\\(\\) <- __do_sys_result\\(\\), a system call" } */
		     const struct mm_walk_ops *ops)
{
	return walk_when_wanted(mm, ops) + walk_always(mm, ops) + walk_either(mm, mapping, ops);
}
