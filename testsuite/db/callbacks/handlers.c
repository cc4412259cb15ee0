// SPDX-License-Identifier: GPL-2.0
/*
 * Callback functions defined here, stored in members in ops.c: each is
 * called with its member's contract (rules/mm.rules 'callback' lines).
 */
#include "mm.h"

/* pmd_entry: the walk's lock only; a PMD change needs pmd_trans_huge_lock() */
int bad_pmd_entry(pmd_t *pmd, unsigned long addr, unsigned long next, struct mm_walk *walk) /* { dg-note "no caller holds it: bad_pmd_entry\\(\\), a page-walk pmd_entry callback \\(mm_walk_ops.pmd_entry\\)" } */
{
	set_pmd_at(NULL, addr, pmd, *pmd); /* { dg-warning "PMD change without the PMD page-table lock.*-Wlockrules=pmd-modify" } */
	return 0;
}

/* pte_entry: under the PTE ptl, an mlock state change is fine */
int mlock_pte_entry(pte_t *pte, unsigned long addr, unsigned long next, struct mm_walk *walk)
{
	mlock_vma_folio(pte_folio(pte), NULL);
	return 0;
}

/* fault: mmap_lock or the VMA lock for read, enough for a page-table walk */
int walk_fault(struct vm_fault *vmf)
{
	return walk_page_range(NULL, 0, 4096, NULL, NULL);
}

/* but not for find_vma(): under the per-VMA lock alone, mmap_lock is not held */
int lookup_fault(struct vm_fault *vmf) /* { dg-note "a vm_operations fault handler \\(vm_operations_struct.fault\\)" } */
{
	return find_vma(NULL, vmf->address) != NULL; /* { dg-warning "-Wlockrules=vma-lookup" } */
}

/* ioctl: no mm lock; find_vma() needs mmap_lock */
long lookup_ioctl(struct file *file, unsigned int cmd, unsigned long arg) /* { dg-note "no caller holds it: lookup_ioctl\\(\\), a file_operations ioctl method \\(file_operations.unlocked_ioctl\\)" } */
{
	return find_vma(NULL, arg) != NULL; /* { dg-warning "-Wlockrules=vma-lookup" } */
}

/* mmap: mmap_lock for write */
int lookup_mmap(struct file *file, struct vm_area_struct *vma)
{
	return find_vma(NULL, 0) != NULL;
}

/* a workqueue function holds nothing */
void lookup_work(struct work_struct *work) /* { dg-note "a workqueue function \\(work_struct.func\\)" } */
{
	find_vma(NULL, 0); /* { dg-warning "-Wlockrules=vma-lookup" } */
}
