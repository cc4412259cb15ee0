// SPDX-License-Identifier: GPL-2.0
/* An exported mlock state change that leaves the page-table lock to its callers. */
#include "mm.h"

void remove_rmap(struct folio *folio, struct vm_area_struct *vma)
{
	munlock_vma_folio(folio, vma); /* { dg-warning "mlock state change of a mapped folio without.*-Wlockrules=mlock-ptl" } */
}
