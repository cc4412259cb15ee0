// SPDX-License-Identifier: GPL-2.0
/* The system call of pmd.c's update_pmd(), through a static helper. */
#include "mm.h"

void update_pmd(struct mm_struct *mm, pmd_t *pmd, unsigned long addr);

static void do_update(struct mm_struct *mm, pmd_t *pmd, unsigned long addr)
{
	mmap_read_lock(mm);
	update_pmd(mm, pmd, addr);
	mmap_read_unlock(mm);
}

long __do_sys_update(struct mm_struct *mm, pmd_t *pmd, unsigned long addr) /* { dg-note "no caller holds it: update_pmd\\(\\) <- do_update\\(\\) <- __do_sys_update\\(\\), a system call" } */
{
	do_update(mm, pmd, addr);
	return 0;
}
