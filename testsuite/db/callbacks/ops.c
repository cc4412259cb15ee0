// SPDX-License-Identifier: GPL-2.0
/* The members that hold handlers.c's functions: their callers' contracts. */
#include "mm.h"

int bad_pmd_entry(pmd_t *pmd, unsigned long addr, unsigned long next, struct mm_walk *walk);
int mlock_pte_entry(pte_t *pte, unsigned long addr, unsigned long next, struct mm_walk *walk);
int lookup_fault(struct vm_fault *vmf);
int walk_fault(struct vm_fault *vmf);
long lookup_ioctl(struct file *file, unsigned int cmd, unsigned long arg);
int lookup_mmap(struct file *file, struct vm_area_struct *vma);
void lookup_work(struct work_struct *work);

const struct mm_walk_ops walk_ops = {
	.pmd_entry = bad_pmd_entry,
	.pte_entry = mlock_pte_entry,
};

const struct vm_operations_struct vm_ops = {
	.fault = lookup_fault,
};

const struct vm_operations_struct walk_vm_ops = {
	.fault = walk_fault,
};

const struct file_operations fops = {
	.unlocked_ioctl = lookup_ioctl,
	.mmap = lookup_mmap,
};

void queue(struct work_struct *w)
{
	w->func = lookup_work;
}
