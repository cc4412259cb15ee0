// SPDX-License-Identifier: GPL-2.0
/*
 * folio-locked: page-cache, swap-cache and rmap changes of a folio need the
 * folio lock.  Firing: a removal after the unlock, a removal in a system
 * call's helper on a folio looked up without FGP_LOCK.  Silent: the folio
 * locked by folio_lock(), by filemap_lock_folio() (FGP_LOCK, a constant
 * argument of __filemap_get_folio(): 6.1's NULL test and 6.12's IS_ERR()),
 * by find_lock_entries() for a batch, by __folio_set_locked() on a new
 * folio, and a trylock tested.
 */
#include "mm.h"

void remove_after_unlock(struct folio *folio)
{
	folio_lock(folio);
	try_to_unmap(folio, 0);
	folio_unlock(folio);
	filemap_remove_folio(folio); /* { dg-warning "page-cache, swap-cache or rmap change of a folio without the folio lock.*-Wlockrules=folio-locked" } */
}

static void drop_from_cache(struct folio *folio)
{
	filemap_remove_folio(folio); /* { dg-warning "folio-locked" } */
}

long __do_sys_drop(struct address_space *mapping, unsigned long index) /* { dg-note "no caller holds it: drop_from_cache\\(\\) <- __do_sys_drop\\(\\), a system call" } */
{
	struct folio *folio = filemap_get_folio(mapping, index);

	if (!folio)
		return -1;
	drop_from_cache(folio);
	folio_put(folio);
	return 0;
}

/* 6.1: filemap_lock_folio() returns NULL when there is no folio */
long __do_sys_drop_locked(struct address_space *mapping, unsigned long index)
{
	struct folio *folio = filemap_lock_folio(mapping, index);

	if (!folio)
		return -1;
	drop_from_cache(folio);
	folio_unlock(folio);
	folio_put(folio);
	return 0;
}

/* 6.12: an ERR_PTR() instead */
long __do_sys_drop_locked_err(struct address_space *mapping, unsigned long index)
{
	struct folio *folio = filemap_grab_folio(mapping, index);

	if (IS_ERR(folio))
		return -1;
	filemap_remove_folio(folio);
	folio_unlock(folio);
	folio_put(folio);
	return 0;
}

long __do_sys_truncate_batch(struct address_space *mapping, unsigned long start, unsigned long end)
{
	struct folio_batch fbatch;
	unsigned long indices[31];
	unsigned i;

	fbatch.nr = 0;
	while (find_lock_entries(mapping, &start, end, &fbatch, indices)) {
		for (i = 0; i < fbatch.nr; i++) {
			struct folio *folio = fbatch.folios[i];

			filemap_remove_folio(folio);
			folio_unlock(folio);
		}
		folio_batch_release(&fbatch);
	}
	return 0;
}

long __do_sys_add_new(struct address_space *mapping, struct folio *folio, unsigned long index)
{
	int err;

	__folio_set_locked(folio);
	err = __filemap_add_folio(mapping, folio, index, 0, NULL);
	folio_unlock(folio);
	return err;
}

long __do_sys_try_release(struct folio *folio)
{
	if (!folio_trylock(folio))
		return -1;
	try_to_unmap(folio, 0);
	folio_unlock(folio);
	return 0;
}
