// SPDX-License-Identifier: GPL-2.0
/* The ptl kept in vmf->ptl, as do_set_pmd() does: silent. */
#include "mm.h"

int set_pmd_fault(struct vm_fault *vmf, pmd_t entry)
{
	struct vm_area_struct *vma = vmf->vma;

	vmf->ptl = pmd_lock(vma->vm_mm, vmf->pmd);
	if (vmf->pmd->pmd) {
		spin_unlock(vmf->ptl);
		return -EAGAIN;
	}
	set_pmd_at(vma->vm_mm, vmf->address, vmf->pmd, entry);
	spin_unlock(vmf->ptl);
	return 0;
}
