// SPDX-License-Identifier: GPL-2.0
/*
 * A needed lock held on some paths only, where no tested value tells
 * which (issue 10, path.c): where a path reaches the operation without it
 * whose branches test unrelated things and read no parameter (through a
 * parameter a caller could say that it holds the lock), reported if the
 * function dropped it on that path (the note names the path), the
 * callers' need if it took none there.  Silent when the branches are
 * related, or one of them reads a parameter.
 */
#include "mm.h"

extern int pick(void);
extern int knob;

/*
 * one branch takes the ptl, the other forgot it: on that path the function
 * took nothing, so the need is its callers', and a system call holds nothing
 */
static void forgot_on_one_branch(struct mm_struct *mm, pmd_t *pmd, pmd_t val)
{
	spinlock_t *ptl = NULL;

	if (pick() > 3)
		ptl = pmd_lock(mm, pmd);
	set_pmd_at(mm, 0, pmd, val); /* { dg-warning "PMD change without the PMD page-table lock" } */
	if (ptl)
		spin_unlock(ptl);
}

long __do_sys_forgot(struct mm_struct *mm, pmd_t *pmd, pmd_t val) /* { dg-note "no caller holds it: forgot_on_one_branch\\(\\) <- __do_sys_forgot\\(\\), a system call" } */
{
	forgot_on_one_branch(mm, pmd, val);
	return 0;
}

/* dropped on one branch: reported at the change, naming the path */
void dropped_on_one_branch(struct mm_struct *mm, pmd_t *pmd, pmd_t val)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	if (pick() > 3)
		spin_unlock(ptl);
	set_pmd_at(mm, 0, pmd, val); /* { dg-warning "PMD change without the PMD page-table lock" } { dg-note "held on some paths only; on the path through 42( \\(true\\))? this function dropped it or took another" } { dg-gcc-note "on the path through 42 \\(true\\) this function dropped it" } */
}

/* a parameter decides: the caller may hold it when it says so, silent */
void flag_from_the_caller(struct mm_struct *mm, pmd_t *pmd, pmd_t val, unsigned long flags)
{
	spinlock_t *ptl = NULL;

	if (flags & 4)
		ptl = pmd_lock(mm, pmd);
	set_pmd_at(mm, 0, pmd, val);
	if (ptl)
		spin_unlock(ptl);
}

/* the same global tested twice: the change happens only where it was taken, silent */
void same_test_twice(struct mm_struct *mm, pmd_t *pmd, pmd_t val)
{
	spinlock_t *ptl = NULL;

	if (knob > 3)
		ptl = pmd_lock(mm, pmd);
	if (knob > 3)
		set_pmd_at(mm, 0, pmd, val);
	if (ptl)
		spin_unlock(ptl);
}

/* the ptl's own pointer tested: "if (ptl)" says which, silent */
void under_the_pointer_test(struct mm_struct *mm, pmd_t *pmd, pmd_t val)
{
	spinlock_t *ptl = NULL;

	if (pick() > 3)
		ptl = pmd_lock(mm, pmd);
	if (ptl) {
		set_pmd_at(mm, 0, pmd, val);
		spin_unlock(ptl);
	}
}
