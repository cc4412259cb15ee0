// SPDX-License-Identifier: GPL-2.0
/* vmf->ptl dropped before the change. */
#include "mm.h"

int set_pmd_fault_wrong(struct vm_fault *vmf, pmd_t entry)
{
	struct vm_area_struct *vma = vmf->vma;

	vmf->ptl = pmd_lock(vma->vm_mm, vmf->pmd);
	spin_unlock(vmf->ptl);
	set_pmd_at(vma->vm_mm, vmf->address, vmf->pmd, entry); /* { dg-warning "pmd-modify" } */
	return 0;
}
