// SPDX-License-Identifier: GPL-2.0
/*
 * assert_fault_locked() asks for the VMA read lock or mmap_lock, by a flag
 * the analysis does not follow: the pack models it as an API with no
 * effect, so neither branch's assertion is a need (NOTES 3).  Silent: a
 * fault under lock_vma_under_rcu(), one under mmap_read_lock() (each would
 * break the other branch's assertion if the body were read), and, not
 * checked, a page fault entry that takes neither.
 */
#include "mm.h"

static int handle_fault(struct vm_fault *vmf)
{
	assert_fault_locked(vmf);
	return 0;
}

void fault_vma_locked(struct mm_struct *mm, struct vm_fault *vmf)
{
	vmf->vma = lock_vma_under_rcu(mm, vmf->address);
	if (!vmf->vma)
		return;
	vmf->flags |= FAULT_FLAG_VMA_LOCK;
	handle_fault(vmf);
	vma_end_read(vmf->vma);
}

void fault_mmap_locked(struct mm_struct *mm, struct vm_fault *vmf)
{
	mmap_read_lock(mm);
	handle_fault(vmf);
	mmap_read_unlock(mm);
}

void exc_page_fault(struct vm_fault *vmf)
{
	handle_fault(vmf);
}
