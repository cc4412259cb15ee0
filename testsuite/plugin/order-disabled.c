// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-disable=lock-order" } */
/* With lock-order disabled the inversion is not reported. */
#include "mm.h"

void prepare_wrong(struct anon_vma *anon_vma, struct address_space *mapping)
{
	anon_vma_lock_write(anon_vma);
	i_mmap_lock_write(mapping);
	i_mmap_unlock_write(mapping);
	anon_vma_unlock_write(anon_vma);
}
