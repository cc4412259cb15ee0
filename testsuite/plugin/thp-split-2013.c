// SPDX-License-Identifier: GPL-2.0
/*
 * 2013 THP split race (commit 062f1af2170a): the split took the anon_vma
 * lock for read only, racing rmap walkers that assumed exclusion.
 */
#include "mm.h"

extern void __split_huge_page(struct folio *folio);

void split_anon_wrong(struct folio *folio, struct anon_vma *anon_vma)
{
	anon_vma_lock_read(anon_vma); /* { dg-note "took the anon_vma lock \\(read\\)" } */
	__split_huge_page(folio); /* { dg-warning "THP split without the anon_vma lock \\(write\\) or i_mmap_rwsem \\(read\\).*-Wlockrules=thp-split" } */
	anon_vma_unlock_read(anon_vma);
}

void split_anon_fixed(struct folio *folio, struct anon_vma *anon_vma)
{
	anon_vma_lock_write(anon_vma);
	__split_huge_page(folio);
	anon_vma_unlock_write(anon_vma);
}
