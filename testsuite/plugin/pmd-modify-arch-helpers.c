// SPDX-License-Identifier: GPL-2.0
/*
 * Arch-private PMD helpers behind the inline primitives: s390's
 * pmdp_xchg_direct()/pmdp_xchg_lazy() and powerpc book3s64's radix__/hash__
 * helpers need the PMD ptl like the primitives (rules/mm.rules, pmd-modify).
 */
#include "mm.h"

extern pmd_t pmdp_xchg_direct(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp, pmd_t new);
extern pmd_t pmdp_xchg_lazy(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp, pmd_t new);
extern unsigned long radix__pmd_hugepage_update(struct mm_struct *mm, unsigned long addr,
						pmd_t *pmdp, unsigned long clr, unsigned long set);
extern void hash__pgtable_trans_huge_deposit(struct mm_struct *mm, pmd_t *pmdp, void *pgtable);

/* s390 asm/pgtable.h pmdp_invalidate(), as the inline it is there */
static inline pmd_t s390_pmdp_invalidate(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp)
{
	pmd_t pmd = *pmdp;

	return pmdp_xchg_direct(mm, addr, pmdp, pmd);
}

void s390_locked(struct mm_struct *mm, pmd_t *pmd, pmd_t val)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	s390_pmdp_invalidate(mm, 0, pmd);
	pmdp_xchg_lazy(mm, 0, pmd, val);
	radix__pmd_hugepage_update(mm, 0, pmd, 1, 0);
	hash__pgtable_trans_huge_deposit(mm, pmd, 0);
	spin_unlock(ptl);
}

void s390_unlocked(struct mm_struct *mm, pmd_t *pmd, pmd_t val)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	spin_unlock(ptl);
	pmdp_xchg_lazy(mm, 0, pmd, val); /* { dg-warning "pmd-modify" } */
	radix__pmd_hugepage_update(mm, 0, pmd, 1, 0); /* { dg-warning "pmd-modify" } */
	hash__pgtable_trans_huge_deposit(mm, pmd, 0); /* { dg-warning "pmd-modify" } */
}
