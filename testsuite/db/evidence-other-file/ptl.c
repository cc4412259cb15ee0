// SPDX-License-Identifier: GPL-2.0
/* An exported PMD update that leaves the PMD ptl to its callers. */
#include "mm.h"

void touch_pmd(struct mm_struct *mm, pmd_t *pmd, unsigned long addr)
{
	set_pmd_at(mm, addr, pmd, *pmd); /* { dg-note "'touch_pmd' performs the PMD change here" } */
}
