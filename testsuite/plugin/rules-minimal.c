// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-rules=@TS@/rules/minimal.rules" } */
/* A rule file of one's own: only its rules apply. */
#include "mm.h"

int walk_twice(struct mm_struct *mm, const struct mm_walk_ops *ops, pmd_t *pmd, pmd_t e)
{
	mmap_read_lock(mm);
	mmap_read_unlock(mm);
	set_pmd_at(mm, 0, pmd, e);
	return walk_page_range(mm, 0, 4096, ops, NULL); /* { dg-warning "walk without mmap_lock \\(read\\) \\[-Wlockrules=walk\\]" } */
}
