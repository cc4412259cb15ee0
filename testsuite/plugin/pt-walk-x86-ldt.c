// SPDX-License-Identifier: GPL-2.0
/*
 * arch/x86/kernel/ldt.c (6.12): write_ldt() maps the LDT into the PTI
 * slot's page tables (get_locked_pte()) and on failure frees them
 * (free_pgd_range()) under mm->context.ldt_usr_sem, a member of an
 * anonymous struct the pack names by its typedef: mm_context_t.ldt_usr_sem.
 * The slot has no VMA: that lock is what serialises its page tables.
 * Without it (or with it only read) the walk and the free are reported.
 */
#include "mm.h"

static int map_ldt(struct mm_struct *mm, unsigned long va)
{
	spinlock_t *ptl;
	pmd_t *pmd = (pmd_t *)va;
	pte_t *pte = pte_offset_map_lock(mm, pmd, va, &ptl);

	if (!pte)
		return -12;
	pte_unmap_unlock(pte, ptl);
	return 0;
}

static void free_ldt_pgtables(struct mm_struct *mm)
{
	free_pgd_range(NULL, 0, 4096, 0, 4096);
}

long __do_sys_modify_ldt(struct mm_struct *mm, unsigned long va)
{
	int error;

	if (down_write_killable(&mm->context.ldt_usr_sem))
		return -4;
	error = map_ldt(mm, va);
	if (error)
		free_ldt_pgtables(mm);
	up_write(&mm->context.ldt_usr_sem);
	return error;
}

long __do_sys_read_ldt(struct mm_struct *mm, unsigned long va)
{
	int error;

	down_read(&mm->context.ldt_usr_sem);
	error = map_ldt(mm, va); /* { dg-warning "call to 'map_ldt' performs a page-table walk without .*the x86 LDT lock.*-Wlockrules=pt-walk" } */
	up_read(&mm->context.ldt_usr_sem);
	return error;
}

long __do_sys_unlocked_ldt(struct mm_struct *mm)
{
	free_ldt_pgtables(mm); /* { dg-warning "call to 'free_ldt_pgtables' performs a page-table freeing without mmap_lock \\(read\\) or the x86 LDT lock.*-Wlockrules=pt-free" } */
	return 0;
}
