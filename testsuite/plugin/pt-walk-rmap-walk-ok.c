// SPDX-License-Identifier: GPL-2.0
/* page_vma_mapped_walk() under the i_mmap_rwsem of the mapping: silent. */
#include "mm.h"

int count_mappings(struct address_space *mapping, struct folio *folio, struct vm_area_struct *vma)
{
	struct page_vma_mapped_walk pvmw = { .folio = folio, .vma = vma };
	int n = 0;

	i_mmap_lock_read(mapping);
	while (page_vma_mapped_walk(&pvmw))
		n++;
	i_mmap_unlock_read(mapping);
	return n;
}
