// SPDX-License-Identifier: GPL-2.0
/*
 * The get_user_pages() family needs mmap_lock (its kerneldoc: "Lock must
 * initially be held"): a pin after the unlock is reported, one in a system
 * call that never takes the lock is reported with the chain, one under the
 * lock and the _fast variant (it takes the lock itself) are silent.
 */
#include "mm.h"

long pin_after_unlock(struct mm_struct *mm, unsigned long addr, struct page **page)
{
	long ret;

	mmap_read_lock(mm);
	ret = get_user_pages_remote(mm, addr, 1, 0, page, NULL);
	mmap_read_unlock(mm);
	ret += get_user_pages_remote(mm, addr + 4096, 1, 0, page, NULL); /* { dg-warning "get_user_pages\\(\\)-family call without mmap_lock \\(read\\).*-Wlockrules=gup-mmap" } */
	return ret;
}

static int fault_in(struct mm_struct *mm, unsigned long addr)
{
	return fixup_user_fault(mm, addr, 0, NULL); /* { dg-warning "gup-mmap" } */
}

long __do_sys_faultin(struct mm_struct *mm, unsigned long addr) /* { dg-note "no caller holds it: fault_in\\(\\) <- __do_sys_faultin\\(\\), a system call" } */
{
	return fault_in(mm, addr);
}

long pin_locked(struct mm_struct *mm, unsigned long addr, struct page **page)
{
	long ret;
	int locked = 1;

	mmap_read_lock(mm);
	ret = get_user_pages_remote(mm, addr, 1, 0, page, &locked);
	if (locked)
		mmap_read_unlock(mm);
	return ret;
}

long __do_sys_pin_fast(unsigned long addr, struct page **page)
{
	return pin_user_pages_fast(addr, 1, 0, page);
}
