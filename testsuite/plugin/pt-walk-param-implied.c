// SPDX-License-Identifier: GPL-2.0
/*
 * shmem_get_folio_gfp() (6.12): "vma = vmf ? vmf->vma : NULL", and only
 * "if (vma && ...)" does it go on to handle_userfault(), which walks the
 * page tables under the fault's lock.  The test of vma says vmf != NULL
 * there (vma is vmf->vma or NULL), so the walk is needed only when the
 * caller passes a vm_fault: khugepaged's shmem_get_folio() passes NULL with
 * no lock held (silent), a fault path without its lock is reported.
 */
#include "mm.h"

static int get_folio(struct mm_struct *mm, unsigned long index, struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf ? vmf->vma : NULL;

	if (index > 4096)
		return -22;
	if (vma && vma->vm_file)
		return walk_page_range(mm, 0, 4096, NULL, NULL);
	return 0;
}

/* no vm_fault (khugepaged): never walks, no lock needed */
long __do_sys_scan_file(struct mm_struct *mm, unsigned long index)
{
	return get_folio(mm, index, NULL);
}

int fault_locked(struct mm_struct *mm, struct vm_fault *vmf)
{
	int ret;

	mmap_read_lock(mm);
	ret = get_folio(mm, vmf->address, vmf);
	mmap_read_unlock(mm);
	return ret;
}

/* a system call holds no mm lock */
long __do_sys_fault_unlocked(struct mm_struct *mm, struct vm_fault *vmf)
{
	return get_folio(mm, vmf->address, vmf); /* { dg-warning "call to 'get_folio' performs a page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */
}
