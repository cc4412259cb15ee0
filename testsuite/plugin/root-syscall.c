// SPDX-License-Identifier: GPL-2.0
/*
 * A walk whose lock nobody takes: the need travels up do_mincore() to the
 * system call, where no caller holds a lock (the pack's 'entry' lines).
 */
#include "mm.h"

static int do_mincore(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
}

static long __se_sys_mincore(struct mm_struct *mm, const struct mm_walk_ops *ops);

long __do_sys_mincore(struct mm_struct *mm, const struct mm_walk_ops *ops) /* { dg-note "no caller holds it: do_mincore\\(\\) <- __do_sys_mincore\\(\\), a system call" } */
{
	return do_mincore(mm, ops);
}

/* an exported function: its callers are in other files, silent */
long export_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL);
}
