// SPDX-License-Identifier: GPL-2.0
/*
 * A field tested for NULL is a value the locks correlate with, as in
 * vma_prepare()/vma_complete(): "if (vp->file) i_mmap_lock_write(..);
 * if (vp->anon_vma) anon_vma_lock_write(..)".  Taken in that order the
 * two are fine; swapped, the order is broken on the path where both are
 * taken.  A walk under "if (vp->file)" after "if (vp->file)
 * i_mmap_lock_read()" is under the lock.  A local variable's key names
 * all its values, so a test of a variable is not correlated this way.
 */
#include "mm.h"

struct prepare {
	struct address_space *mapping;
	struct anon_vma *anon_vma;
	struct file *file;
};

void prepare_swapped(struct prepare *vp)
{
	if (vp->anon_vma)
		anon_vma_lock_write(vp->anon_vma);
	if (vp->file)
		i_mmap_lock_write(vp->mapping); /* { dg-warning "lock order: i_mmap_rwsem \\(write\\) taken while the anon_vma lock \\(write\\) is held.*-Wlockrules=lock-order" } */
}

void prepare_in_order(struct prepare *vp)
{
	if (vp->file)
		i_mmap_lock_write(vp->mapping);
	if (vp->anon_vma)
		anon_vma_lock_write(vp->anon_vma);
}

int walk_file(struct mm_struct *mm, struct prepare *vp, const struct mm_walk_ops *ops)
{
	int r = 0;

	if (vp->file)
		i_mmap_lock_read(vp->mapping);
	if (vp->file)
		r = walk_page_range(mm, 0, 4096, ops, NULL);
	if (vp->file)
		i_mmap_unlock_read(vp->mapping);
	return r;
}
