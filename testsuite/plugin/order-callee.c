// SPDX-License-Identifier: GPL-2.0
/* A static helper that takes mmap_lock, called under a page-table lock. */
#include "mm.h"

static int peek(struct mm_struct *mm)
{
	int n;

	mmap_read_lock(mm);
	n = mm->map_count;
	mmap_read_unlock(mm);
	return n;
}

int peek_under_ptl(struct mm_struct *mm, pmd_t *pmd)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);
	int n = peek(mm); /* { dg-warning "lock order: call to 'peek' takes mmap_lock \\(read\\) while the PMD page-table lock is held" } { dg-warning "sleeping under a spinlock: call to 'peek' takes mmap_lock \\(read\\), which can sleep, while the PMD page-table lock is held.*-Wlockrules=sleep-under-spinlock" } */

	spin_unlock(ptl);
	return n;
}
