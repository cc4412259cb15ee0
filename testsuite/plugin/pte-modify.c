// SPDX-License-Identifier: GPL-2.0
/*
 * pte-modify: a PTE change needs the PTE table's lock.  Fires: after
 * pte_unmap_unlock(), and with no page-table lock taken in a function
 * reached from a system call.  Silent: under pte_offset_map_lock()'s ptl,
 * under vmf->ptl (a ptl of unknown level), on init_mm (kernel page tables),
 * under a ptl passed in, and under the PMD ptl (a huge PMD's split fills a
 * withdrawn table under it, NOTES 3).
 */
#include "mm.h"

extern struct mm_struct init_mm;

void set_late(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, pte_t entry)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	if (!pte)
		return;
	pte_unmap_unlock(pte, ptl);
	set_pte_at(mm, addr, pte, entry);	/* { dg-warning "PTE change without the PTE page-table lock or the PMD page-table lock.*-Wlockrules=pte-modify" } */
}

void set_ok(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, pte_t entry)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	if (!pte)
		return;
	set_pte_at(mm, addr, pte, entry);
	pte_unmap_unlock(pte, ptl);
}

void split_under_pmd_ptl_ok(struct mm_struct *mm, pmd_t *pmd, pte_t *pte, unsigned long addr)
{
	spinlock_t *ptl = pmd_lock(mm, pmd);

	ptep_get_and_clear(mm, addr, pte);
	spin_unlock(ptl);
}

static void clear_one(struct mm_struct *mm, pte_t *pte, unsigned long addr)
{
	ptep_get_and_clear(mm, addr, pte);	/* { dg-warning "PTE change without the PTE page-table lock or the PMD page-table lock.*-Wlockrules=pte-modify" } */
}

long __do_sys_clear(struct mm_struct *mm, pte_t *pte, unsigned long addr) /* { dg-note "no caller holds it: clear_one\\(\\) <- __do_sys_clear\\(\\)" } */
{
	mmap_read_lock(mm);
	clear_one(mm, pte, addr);
	mmap_read_unlock(mm);
	return 0;
}

int fault_ok(struct vm_fault *vmf, pte_t entry)
{
	vmf->pte = pte_offset_map_lock(vmf->vma->vm_mm, vmf->pmd, vmf->address, &vmf->ptl);
	if (!vmf->pte)
		return 0;
	set_pte_at(vmf->vma->vm_mm, vmf->address, vmf->pte, entry);
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return 0;
}

void kernel_ok(pte_t *pte, unsigned long addr, pte_t entry)
{
	set_pte_at(&init_mm, addr, pte, entry);
}

static void clear_locked(struct mm_struct *mm, pte_t *pte, unsigned long addr, spinlock_t *ptl)
{
	spin_lock(ptl);
	ptep_get_and_clear(mm, addr, pte);
	spin_unlock(ptl);
}

void clear_ok(struct mm_struct *mm, pmd_t *pmd, pte_t *pte, unsigned long addr)
{
	clear_locked(mm, pte, addr, pte_lockptr(mm, pmd));
}
