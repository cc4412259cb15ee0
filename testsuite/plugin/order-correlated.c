// SPDX-License-Identifier: GPL-2.0
/*
 * Lock order and sleeping against a lock taken under a test: on the path
 * where the test took it, the later acquisition inverts the order (and
 * sleeps under the spinlock).  When the later acquisition is on the other
 * side of a test of the same value, the two never meet: silent.
 */
#include "mm.h"

void inverted_when_c(struct mm_struct *mm, pmd_t *pmd, struct anon_vma *av, int c)
{
	spinlock_t *ptl = NULL;

	if (c)
		ptl = pmd_lock(mm, pmd); /* { dg-note "the PMD page-table lock was taken here \\(on the paths where a value tested when it was taken says so\\)" } */
	anon_vma_lock_write(av); /* { dg-warning "lock order: the anon_vma lock \\(write\\) taken while the PMD page-table lock is held" } { dg-warning "sleeping under a spinlock: the anon_vma lock \\(write\\) taken while the PMD page-table lock is held" } */
	anon_vma_unlock_write(av);
	if (c)
		spin_unlock(ptl);
}

void never_together(struct mm_struct *mm, pmd_t *pmd, struct anon_vma *av, int c)
{
	spinlock_t *ptl = NULL;

	if (c)
		ptl = pmd_lock(mm, pmd);
	if (!c) {
		anon_vma_lock_write(av);
		anon_vma_unlock_write(av);
	}
	if (c)
		spin_unlock(ptl);
}

/*
 * held on some paths, no value tells which (a test of memory): the path
 * where map_count is 0 holds it, and nothing else on it tests map_count,
 * so the inversion is reported on that path (path.c; silent before)
 */
void uncorrelated(struct mm_struct *mm, pmd_t *pmd, struct anon_vma *av)
{
	spinlock_t *ptl = pmd_lock(mm, pmd); /* { dg-note "the PMD page-table lock was taken here, and is still held on the path through 45( \\(false\\))?" } { dg-gcc-note "still held on the path through 45 \\(false\\)" } */

	if (mm->map_count)
		spin_unlock(ptl);
	anon_vma_lock_write(av); /* { dg-warning "lock order: the anon_vma lock \\(write\\) taken while the PMD page-table lock is held" } { dg-warning "sleeping under a spinlock: the anon_vma lock \\(write\\) taken while the PMD page-table lock is held" } */
	anon_vma_unlock_write(av);
}
