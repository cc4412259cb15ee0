// SPDX-License-Identifier: GPL-2.0
/*
 * s390 inlines the spinlock API (CONFIG_INLINE_SPIN_LOCK): without lockdep
 * spin_lock_nested() expands to _raw_spin_lock(), a #define to the static
 * inline __raw_spin_lock(), so copy_huge_pmd()'s nested src ptl is taken
 * through it.  Seen as an acquisition (silent); before the pack named it,
 * the src PMD was written "under the dst PMD's ptl" (which ptl).
 */
#include "mm.h"

void copy_huge_raw_ok(struct mm_struct *dst_mm, struct mm_struct *src_mm, pmd_t *dst_pmd,
		      pmd_t *src_pmd)
{
	spinlock_t *src_ptl, *dst_ptl;

	mmap_write_lock(src_mm);
	dst_ptl = pmd_lock(dst_mm, dst_pmd);
	src_ptl = pmd_lockptr(src_mm, src_pmd);
	__raw_spin_lock(((void)(SINGLE_DEPTH_NESTING), (spinlock_check(src_ptl))));
	pmdp_set_wrprotect(src_mm, 0, src_pmd);
	set_pmd_at(dst_mm, 0, dst_pmd, *src_pmd);
	spin_unlock(src_ptl);
	spin_unlock(dst_ptl);
	mmap_write_unlock(src_mm);
}
