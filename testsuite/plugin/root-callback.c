// SPDX-License-Identifier: GPL-2.0
/*
 * Callback contracts: a pmd_entry is called with the walk's lock only, so
 * a PMD change there needs pmd_trans_huge_lock(); a pte_entry runs under
 * the PTE ptl, so an mlock state change there is fine.
 */
#include "mm.h"

static int bad_pmd_entry(pmd_t *pmd, unsigned long addr, unsigned long next, struct mm_walk *walk)
{
	set_pmd_at(NULL, addr, pmd, *pmd); /* { dg-warning "PMD change without the PMD page-table lock.*-Wlockrules=pmd-modify" } */
	return 0;
}

static int good_pmd_entry(pmd_t *pmd, unsigned long addr, unsigned long next, struct mm_walk *walk)
{
	spinlock_t *ptl = pmd_trans_huge_lock(pmd, NULL);

	if (!ptl)
		return 0;
	set_pmd_at(NULL, addr, pmd, *pmd);
	spin_unlock(ptl);
	return 0;
}

static int mlock_pte_entry(pte_t *pte, unsigned long addr, unsigned long next, struct mm_walk *walk)
{
	mlock_vma_folio(pte_folio(pte), NULL);
	return 0;
}

const struct mm_walk_ops bad_ops = {
	.pmd_entry = bad_pmd_entry,
};

const struct mm_walk_ops good_ops = {
	.pmd_entry = good_pmd_entry,
	.pte_entry = mlock_pte_entry,
};

/* a pmd_entry that changes the PMD in a helper: the chain is in the note */
static void touch(pmd_t *pmd, unsigned long addr)
{
	set_pmd_at(NULL, addr, pmd, *pmd); /* { dg-warning "pmd-modify" } */
}

static int helper_pmd_entry(pmd_t *pmd, unsigned long addr, unsigned long next, struct mm_walk *walk) /* { dg-note "no caller holds it: touch\\(\\) <- helper_pmd_entry\\(\\), a page-walk pmd_entry callback \\(mm_walk_ops.pmd_entry\\)" } */
{
	touch(pmd, addr);
	return 0;
}

const struct mm_walk_ops helper_ops = {
	.pmd_entry = helper_pmd_entry,
};
