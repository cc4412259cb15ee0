// SPDX-License-Identifier: GPL-2.0
/* vm_flags_set() write-locks the VMA inside: its precondition reaches the caller. */
#include "mm.h"

void set_flags_wrong(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_read_lock(mm);
	vm_flags_set(vma, 4); /* { dg-warning "call to 'vm_flags_set' performs a VMA write lock" } */
	mmap_read_unlock(mm);
}

void set_flags_ok(struct mm_struct *mm, struct vm_area_struct *vma)
{
	mmap_write_lock(mm);
	vm_flags_set(vma, 4);
	mmap_write_unlock(mm);
}
