// SPDX-License-Identifier: GPL-2.0
/* The blocking mmap_write_lock() under i_mmap_rwsem: the inversion 6.1's trylock avoids. */
#include "mm.h"

void retract_blocking(struct mm_struct *mm, struct address_space *mapping)
{
	i_mmap_lock_write(mapping);
	mmap_write_lock(mm); /* { dg-warning "lock order: mmap_lock \\(write\\) taken while i_mmap_rwsem" } */
	mmap_write_unlock(mm);
	i_mmap_unlock_write(mapping);
}
