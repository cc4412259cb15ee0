// SPDX-License-Identifier: GPL-2.0
/*
 * A walk needed only when a parameter is NULL, up to a system call whose
 * own parameter decides: the user passes any value, so the path exists
 * (move_pages(2) with nodes == NULL, mm/migrate.c).  Reported.  The same
 * under a helper's parameter with no entry point above stays silent.
 */
#include "mm.h"

static int stat_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
}

static long move_pages(struct mm_struct *mm, const struct mm_walk_ops *ops, const int *nodes)
{
	if (nodes)
		return 0;
	return stat_walk(mm, ops);
}

long __do_sys_move_pages(struct mm_struct *mm, const struct mm_walk_ops *ops, const int *nodes) /* { dg-note "no caller holds it: stat_walk\\(\\) <- move_pages\\(\\) <- __do_sys_move_pages\\(\\), a system call" } */
{
	return move_pages(mm, ops, nodes);
}

static int other_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL);
}

long exported_helper(struct mm_struct *mm, const struct mm_walk_ops *ops, const int *nodes)
{
	if (nodes)
		return 0;
	return other_walk(mm, ops);
}
