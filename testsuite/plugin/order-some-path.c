// SPDX-License-Identifier: GPL-2.0
/*
 * Lock order and sleeping against a lock held on some paths only, where
 * no tested value tells which (issue 10, path.c): reported when a path
 * holds it whose branches test unrelated things, and the report names the
 * path; silent when every such path tests one thing twice (the branches
 * may be correlated) or the lock is gone on it.
 */
#include "mm.h"

#define VM_HUGEPAGE	0x20000000UL
#define VM_LOCKED	0x2000UL

/* two conditional acquisitions, the wrong order where both happen */
void both_conditional(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd,
		      struct anon_vma *av, int need_anon)
{
	spinlock_t *ptl = NULL;

	if (vma->vm_flags & VM_HUGEPAGE)
		ptl = pmd_lock(mm, pmd); /* { dg-note "the PMD page-table lock was taken here, and is still held on the path through 20( \\(true\\))? -> 22( \\(true\\))?" } { dg-gcc-note "through 20 \\(true\\) -> 22 \\(true\\)" } */
	if (need_anon)
		anon_vma_lock_write(av); /* { dg-warning "lock order: the anon_vma lock \\(write\\) taken while the PMD page-table lock is held" } { dg-warning "sleeping under a spinlock: the anon_vma lock \\(write\\) taken while the PMD page-table lock is held" } */
	if (need_anon)
		anon_vma_unlock_write(av);
	if (ptl)
		spin_unlock(ptl);
}

/* the two tests read the same field: maybe never both true, silent */
void same_field_both_ways(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd,
			  struct anon_vma *av)
{
	spinlock_t *ptl = NULL;

	if (vma->vm_flags & VM_HUGEPAGE)
		ptl = pmd_lock(mm, pmd);
	if (!(vma->vm_flags & VM_HUGEPAGE)) {
		anon_vma_lock_write(av);
		anon_vma_unlock_write(av);
	}
	if (ptl)
		spin_unlock(ptl);
}

/* released under the same test that took it: no path holds it at the sleep, silent */
void released_under_same_test(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd,
			      struct folio *folio)
{
	spinlock_t *ptl = NULL;

	if (vma->vm_flags & VM_LOCKED)
		ptl = pmd_lock(mm, pmd);
	if (vma->vm_flags & VM_LOCKED)
		spin_unlock(ptl);
	folio_lock(folio);
	folio_unlock(folio);
}

/* unrelated fields of one VMA: independent tests, reported */
void file_then_anon(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *ptl = NULL;

	if (vma->vm_file)
		ptl = pmd_lock(mm, pmd);
	if (vma->anon_vma) {
		anon_vma_lock_write(vma->anon_vma); /* { dg-warning "lock order: the anon_vma lock \\(write\\) taken while the PMD page-table lock is held" } { dg-warning "sleeping under a spinlock" } */
		anon_vma_unlock_write(vma->anon_vma);
	}
	if (ptl)
		spin_unlock(ptl);
}

/* mmap_lock under a ptl taken on the error path only */
void mmap_lock_after_error(struct mm_struct *mm, pmd_t *pmd, long err)
{
	spinlock_t *ptl = NULL;

	if (err < 0)
		ptl = pmd_lock(mm, pmd);
	mmap_read_lock(mm); /* { dg-warning "lock order: mmap_lock \\(read\\) taken while the PMD page-table lock is held" } { dg-warning "sleeping under a spinlock: mmap_lock \\(read\\) taken while the PMD page-table lock is held" } */
	mmap_read_unlock(mm);
	if (ptl)
		spin_unlock(ptl);
}

/* the ptl's own pointer tested: "if (ptl)" says which, silent */
void null_tested_pointer(struct mm_struct *mm, pmd_t *pmd, struct folio *folio, long err)
{
	spinlock_t *ptl = NULL;

	if (err < 0)
		ptl = pmd_lock(mm, pmd);
	if (ptl)
		spin_unlock(ptl);
	folio_lock(folio);
	folio_unlock(folio);
}

/* collapse_pte_mapped_thp(), 6.12: pml early or late, "if (!pml)" tells; silent */
void pml_early_or_late(struct mm_struct *mm, struct vm_area_struct *vma, pmd_t *pmd)
{
	spinlock_t *pml = NULL, *ptl;

	if (vma->vm_flags & VM_LOCKED)
		pml = pmd_lock(mm, pmd);
	ptl = pte_lockptr(mm, pmd);
	if (!pml)
		spin_lock(ptl);
	else if (ptl != pml)
		spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
	if (!pml)
		spin_unlock(ptl);
	if (!pml) {
		pml = pmd_lock(mm, pmd);
		if (ptl != pml)
			spin_lock_nested(ptl, SINGLE_DEPTH_NESTING);
	}
	pmdp_collapse_flush(vma, 0, pmd);
	if (ptl != pml)
		spin_unlock(ptl);
	spin_unlock(pml);
}

extern bool folio_is_anon(struct folio *folio);
extern bool folio_is_large(struct folio *folio);
extern int pick_one(void);

/*
 * Two early returns on tests of one folio (related), then the ptl dropped
 * on one branch: every run to the folio lock passes both returns, so they
 * are not compared with each other, and the path that keeps the ptl is
 * reported
 */
void after_early_returns(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *ptl;

	if (!folio_is_anon(folio))
		return;
	if (folio_is_large(folio))
		return;
	ptl = pmd_lock(mm, pmd); /* { dg-note "still held on the path through 140( \\(false\\))? -> 142( \\(false\\))? -> 145( \\(false\\))?" } { dg-gcc-note "through 140 \\(false\\) -> 142 \\(false\\) -> 145 \\(false\\)" } */
	if (pick_one() > 3)
		spin_unlock(ptl);
	folio_lock(folio); /* { dg-warning "sleeping under a spinlock: the folio lock taken while the PMD page-table lock is held" } */
	folio_unlock(folio);
}
