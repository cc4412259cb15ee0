// SPDX-License-Identifier: GPL-2.0
/* { dg-options "-fplugin-arg-lockrules-kernel=6.1" } */
/* A trylock never waits: mmap_write_trylock() under i_mmap_rwsem is allowed. */
#include "mm.h"

extern bool mmap_write_trylock(struct mm_struct *mm);

int try_retract(struct mm_struct *mm, struct address_space *mapping)
{
	int done = 0;

	i_mmap_lock_write(mapping);
	if (mmap_write_trylock(mm)) {
		done = 1;
		mmap_write_unlock(mm);
	}
	i_mmap_unlock_write(mapping);
	return done;
}
