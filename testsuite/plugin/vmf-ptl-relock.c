// SPDX-License-Identifier: GPL-2.0
/*
 * do_huge_pmd_numa_page(): vmf->ptl taken at the top, dropped, taken
 * again; both paths join holding a PMD ptl.  Silent.
 */
#include "mm.h"

extern bool migrate(struct folio *folio);

int numa_fault(struct vm_fault *vmf, struct folio *folio, pmd_t entry)
{
	struct vm_area_struct *vma = vmf->vma;

	vmf->ptl = pmd_lock(vma->vm_mm, vmf->pmd);
	if (!folio)
		goto out_map;
	spin_unlock(vmf->ptl);
	if (migrate(folio))
		return 0;
	vmf->ptl = pmd_lock(vma->vm_mm, vmf->pmd);
	if (vmf->pmd->pmd) {
		spin_unlock(vmf->ptl);
		return 0;
	}
out_map:
	set_pmd_at(vma->vm_mm, vmf->address, vmf->pmd, entry);
	spin_unlock(vmf->ptl);
	return 0;
}
