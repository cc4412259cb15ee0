// SPDX-License-Identifier: GPL-2.0
/*
 * A page-table walk of the kernel's private text-poking mm ('private'
 * lines of the pack) needs no process lock; the same walk of a process's
 * mm, from a system call, does.
 */
#include "mm.h"

extern struct mm_struct *poking_mm;
extern pte_t *get_locked_pte(struct mm_struct *mm, unsigned long addr, spinlock_t **ptl);

long __do_sys_poke(unsigned long addr)
{
	spinlock_t *ptl;
	pte_t *pte = get_locked_pte(poking_mm, addr, &ptl);

	if (pte)
		pte_unmap_unlock(pte, ptl);
	return 0;
}

long __do_sys_peek(struct mm_struct *mm, unsigned long addr) /* { dg-note "no caller holds it: __do_sys_peek\\(\\), a system call" } */
{
	spinlock_t *ptl;
	pte_t *pte = get_locked_pte(mm, addr, &ptl); /* { dg-warning "page-table walk without mmap_lock.*-Wlockrules=pt-walk" } */

	if (pte)
		pte_unmap_unlock(pte, ptl);
	return 0;
}
