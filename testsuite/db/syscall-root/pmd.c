// SPDX-License-Identifier: GPL-2.0
/*
 * An exported PMD update with no page-table lock: every caller, in
 * another file, is a system call that holds none.  Reported at the
 * operation, with the chain of calls to the system call.
 */
#include "mm.h"

/* { dg-db-summary "met 0 reported 1 unknown 0" } */
void update_pmd(struct mm_struct *mm, pmd_t *pmd, unsigned long addr)
{
	set_pmd_at(mm, addr, pmd, *pmd); /* { dg-warning "PMD change without the PMD page-table lock.*-Wlockrules=pmd-modify" } */
}
