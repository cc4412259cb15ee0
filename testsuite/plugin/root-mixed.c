// SPDX-License-Identifier: GPL-2.0
/*
 * Some callers provide the lock and one does not: the report is at the
 * call that does not, naming a caller that does (wp.c, report_mixed),
 * not at the walk, which is right for the other callers.
 */
#include "mm.h"

static int do_mincore(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-note "'do_mincore' performs the page-table walk here" } */
}

long __do_sys_mincore(struct mm_struct *mm, const struct mm_walk_ops *ops) /* { dg-note "no caller of __do_sys_mincore\\(\\) holds it: __do_sys_mincore\\(\\), a system call" } */
{
	return do_mincore(mm, ops); /* { dg-warning "call to 'do_mincore' performs a page-table walk without mmap_lock.*-Wlockrules=pt-walk" } { dg-note "other callers of do_mincore\\(\\) hold it: .*root-mixed.c:24 \\(__do_sys_mincore_locked\\(\\)\\)" } */
}

long __do_sys_mincore_locked(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	long ret;

	mmap_read_lock(mm);
	ret = do_mincore(mm, ops);
	mmap_read_unlock(mm);
	return ret;
}
