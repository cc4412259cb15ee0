// SPDX-License-Identifier: GPL-2.0
/*
 * sleep-under-spinlock: a blocking acquisition (folio_lock(), an rwsem)
 * while a page-table lock is held on every path.  Trylocks, the
 * trylock-drop-lock-retake dance of do_huge_pmd_wp_page(), a callee that
 * drops the ptl first, and a ptl held on some paths no value names stay
 * silent; one held where a tested parameter says so is reported.
 */
#include "mm.h"

void lock_folio_under_pte_ptl(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *ptl;
	pte_t *pte;

	mmap_read_lock(mm);
	pte = pte_offset_map_lock(mm, pmd, 0, &ptl);
	if (pte) {
		folio_lock(folio); /* { dg-warning "sleeping under a spinlock: the folio lock taken while the PTE page-table lock is held.*-Wlockrules=sleep-under-spinlock" } */
		folio_unlock(folio);
		pte_unmap_unlock(pte, ptl);
	}
	mmap_read_unlock(mm);
}

void trylock_folio_under_pte_ptl(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *ptl;
	pte_t *pte;

	mmap_read_lock(mm);
	pte = pte_offset_map_lock(mm, pmd, 0, &ptl);
	if (pte) {
		if (folio_trylock(folio))
			folio_unlock(folio);
		pte_unmap_unlock(pte, ptl);
	}
	mmap_read_unlock(mm);
}

/* do_huge_pmd_wp_page(): try, else drop the ptl, sleep, retake it */
void wp_dance(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *ptl;

	mmap_read_lock(mm);
	ptl = pmd_lock(mm, pmd);
	if (!folio_trylock(folio)) {
		spin_unlock(ptl);
		folio_lock(folio);
		spin_lock(ptl);
	}
	folio_unlock(folio);
	spin_unlock(ptl);
	mmap_read_unlock(mm);
}

static void take_i_mmap(struct address_space *mapping)
{
	i_mmap_lock_write(mapping);
	mapping->nrpages++;
	i_mmap_unlock_write(mapping);
}

void rwsem_in_callee_under_pmd_ptl(struct mm_struct *mm, pmd_t *pmd, struct address_space *mapping)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	take_i_mmap(mapping); /* { dg-warning "sleeping under a spinlock: call to 'take_i_mmap' takes i_mmap_rwsem \\(write\\), which can sleep, while the PMD page-table lock is held" } { dg-warning "lock order" } */
	spin_unlock(ptl);
}

/* drops the caller's ptl before it sleeps */
static void drop_then_lock(spinlock_t *ptl, struct folio *folio)
{
	spin_unlock(ptl);
	folio_lock(folio);
}

void callee_drops_ptl(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	drop_then_lock(ptl, folio);
	folio_unlock(folio);
}

void mmap_lock_under_page_table_lock(struct mm_struct *mm)
{
	spin_lock(&mm->page_table_lock);
	mmap_read_lock(mm); /* { dg-warning "sleeping under a spinlock: mmap_lock \\(read\\) taken while mm->page_table_lock is held" } */
	mmap_read_unlock(mm);
	spin_unlock(&mm->page_table_lock);
}

/* held on the paths where c is nonzero, and the path is known: reported */
void ptl_when_c(struct mm_struct *mm, pmd_t *pmd, struct folio *folio, int c)
{
	spinlock_t *ptl = NULL;

	if (c)
		ptl = pmd_lock(mm, pmd);
	folio_lock(folio); /* { dg-warning "sleeping under a spinlock: the folio lock taken while the PMD page-table lock is held" } */
	folio_unlock(folio);
	if (ptl)
		spin_unlock(ptl);
}

/*
 * held on some paths, no value tells which (a test of memory): the path
 * where map_count is 0 holds it (path.c): reported, naming that path
 */
void ptl_on_some_paths(struct mm_struct *mm, pmd_t *pmd, struct folio *folio)
{
	spinlock_t *ptl = pmd_lock(mm, pmd); /* { dg-note "still held on the path through 117( \\(false\\))?" } { dg-gcc-note "still held on the path through 117 \\(false\\)" } */

	if (mm->map_count)
		spin_unlock(ptl);
	folio_lock(folio); /* { dg-warning "sleeping under a spinlock: the folio lock taken while the PMD page-table lock is held" } */
	folio_unlock(folio);
}
