// SPDX-License-Identifier: GPL-2.0
/* i_mmap_rwsem comes before the anon_vma lock (mm/rmap.c, vma_prepare()). */
#include "mm.h"

void prepare_wrong(struct anon_vma *anon_vma, struct address_space *mapping)
{
	anon_vma_lock_write(anon_vma);
	i_mmap_lock_write(mapping); /* { dg-warning "lock-order" } */
	i_mmap_unlock_write(mapping);
	anon_vma_unlock_write(anon_vma);
}

void prepare_ok(struct anon_vma *anon_vma, struct address_space *mapping)
{
	i_mmap_lock_write(mapping);
	anon_vma_lock_write(anon_vma);
	anon_vma_unlock_write(anon_vma);
	i_mmap_unlock_write(mapping);
}
