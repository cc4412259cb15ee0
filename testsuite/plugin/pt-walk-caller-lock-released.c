// SPDX-License-Identifier: GPL-2.0
/*
 * The caller's mmap_lock, released here, then a walk: the fault-retry
 * mistake.  Its callers could hold another lock the walk accepts (the
 * per-VMA lock), so the walk is their business, without mmap_lock: the
 * system call below holds only mmap_lock, and it was released.
 */
#include "mm.h"

static int retry_walk(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	mmap_read_unlock(mm);
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "page-table walk without the per-VMA lock \\(read\\) or i_mmap_rwsem \\(read\\) or the anon_vma lock \\(read\\).*pt-walk" } */
}

long __do_sys_retry(struct mm_struct *mm, const struct mm_walk_ops *ops) /* { dg-note "no caller holds it: retry_walk\\(\\) <- __do_sys_retry\\(\\), a system call" } */
{
	mmap_read_lock(mm);
	return retry_walk(mm, ops);
}

/* a caller that holds the per-VMA lock as well: the walk is covered */
static int retry_walk2(struct mm_struct *mm, const struct mm_walk_ops *ops)
{
	mmap_write_unlock(mm);
	return walk_page_range(mm, 0, 4096, ops, NULL);
}

long __do_sys_retry_vma(struct mm_struct *mm, struct vm_area_struct *vma,
			const struct mm_walk_ops *ops)
{
	long ret;

	mmap_write_lock(mm);
	vma_start_write(vma);
	ret = retry_walk2(mm, ops);
	return ret;
}
