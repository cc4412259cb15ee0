// SPDX-License-Identifier: GPL-2.0
/*
 * The ptl of a conditional acquisition whose result goes to memory and is
 * tested there ("vmf->pte = pte_offset_map_lock(..); if (!vmf->pte)", as
 * finish_fault() and filemap_map_pages() do): held after the test.
 */
#include "mm.h"

void map_one(struct vm_fault *vmf, struct folio *folio)
{
	vmf->pte = pte_offset_map_lock(NULL, vmf->pmd, vmf->address, &vmf->ptl);
	if (!vmf->pte)
		return;
	mlock_vma_folio(folio, vmf->vma);
	pte_unmap_unlock(vmf->pte, vmf->ptl); /* { dg-note "(was released here|in expansion of macro .pte_unmap_unlock.)" } */
	mlock_vma_folio(folio, vmf->vma); /* { dg-warning "mlock state change of a mapped folio without.*-Wlockrules=mlock-ptl" } */
}
