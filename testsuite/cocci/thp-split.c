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

/* The 2013 bug (commit 062f1af2170a): the anon_vma lock for read around the split. */
int split_read_locked(struct folio *folio, struct anon_vma *anon_vma, struct list_head *list)
{
	int ret;

	anon_vma_lock_read(anon_vma);
	ret = __split_huge_page(&folio->page, list);
	anon_vma_unlock_read(anon_vma);
	return ret;
}

/* Read for the anon folio on one path, write on the other: held on some path, silent.
 * Expected miss (as the plugin, by policy): the read-locked path is not reported. */
int split_maybe(struct folio *folio, struct anon_vma *anon_vma, struct list_head *list, bool fast)
{
	int ret;

	if (fast)
		anon_vma_lock_read(anon_vma);
	else
		anon_vma_lock_write(anon_vma);
	ret = __split_huge_page(&folio->page, list);
	return ret;
}
