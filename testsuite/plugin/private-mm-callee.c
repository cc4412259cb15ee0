// SPDX-License-Identifier: GPL-2.0
/*
 * What a called function needs is not asked of a call on a private mm of
 * the kernel (init_mm: its own page tables, apply_to_existing_page_range(
 * &init_mm, ..) from arch set_memory code): the same walker called with a
 * process's mm from a system call is reported.
 */
#include "mm.h"

extern struct mm_struct init_mm;

static int walk_it(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
}

long __do_sys_kernel_tables(const struct mm_walk_ops *ops)
{
	return walk_it(&init_mm, ops);
}

long __do_sys_user(struct mm_struct *mm, const struct mm_walk_ops *ops) /* { dg-note "no caller holds it: walk_it\\(\\) <- __do_sys_user\\(\\), a system call" } */
{
	return walk_it(mm, ops);
}

/* only the kernel's tables: silent */
static int walk_kernel(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL);
}

long __do_sys_kernel_only(const struct mm_walk_ops *ops)
{
	return walk_kernel(&init_mm, ops);
}
