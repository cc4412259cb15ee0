// SPDX-License-Identifier: GPL-2.0
/*
 * One caller of walk_range() holds mmap_lock (locked.c); this system call
 * does not: reported here, naming the caller that does.
 */
#include "mm.h"

int walk_range(struct mm_struct *mm, const struct mm_walk_ops *ops);
int walk_vma_range(struct mm_struct *mm, const struct mm_walk_ops *ops);

long __do_sys_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_range(mm, ops); /* { dg-warning "call to 'walk_range' performs a page-table walk without mmap_lock.*-Wlockrules=pt-walk" } { dg-note "other callers of walk_range\\(\\) hold it: .*locked.c:16 \\(locked_walk\\(\\)\\)" } */
}

long __do_sys_write_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	long ret;

	mmap_write_lock(mm);
	ret = walk_vma_range(mm, ops);
	mmap_write_unlock(mm);
	return ret;
}
