// SPDX-License-Identifier: GPL-2.0
/*
 * An exported walker (memory.c's apply_to_page_range() pattern): one
 * caller holds mmap_lock (users.c: locked_user()); the other reaches it
 * through a helper that a system call calls without the lock but whose
 * address is also taken into a member with no contract.  No call chain is
 * certainly without the lock, so nothing is reported, and the summary
 * counts the precondition as unknown, not as reported.
 */
#include "mm.h"

/* { dg-db-summary "met 0 reported 0 unknown 1" } */
int walk_range(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL);
}
