// SPDX-License-Identifier: GPL-2.0
/* thp-split.cocci: __split_huge_page() after the anon_vma lock was dropped. */
void split_late(struct folio *folio, struct anon_vma *anon_vma)
{
	anon_vma_lock_write(anon_vma);
	anon_vma_unlock_write(anon_vma);
	__split_huge_page(folio);
}

void split_ok(struct folio *folio, struct anon_vma *anon_vma)
{
	anon_vma_lock_write(anon_vma);
	__split_huge_page(folio);
	anon_vma_unlock_write(anon_vma);
}
