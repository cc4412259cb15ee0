// SPDX-License-Identifier: GPL-2.0
/* split_huge_page_to_list_to_order(): anon_vma write for anon folios, i_mmap read for file ones. */
#include "mm.h"

extern void __split_huge_page(struct folio *folio);

void split_either(struct folio *folio, struct anon_vma *anon_vma, struct address_space *mapping)
{
	if (anon_vma) {
		anon_vma_lock_write(anon_vma);
	} else {
		i_mmap_lock_read(mapping);
	}
	__split_huge_page(folio);
	if (anon_vma)
		anon_vma_unlock_write(anon_vma);
	else
		i_mmap_unlock_read(mapping);
}
