// SPDX-License-Identifier: GPL-2.0
/*
 * folio-locked in a loop over folios that are locked already (ext4's
 * mpage_map_and_submit_buffers(): mpage_prepare_extent_to_map() locked the
 * extent's folios, each round unlocks the one it finished).  The folio
 * lock of the next round is another folio's: the release of the previous
 * one does not count once `folio` names the next (the engine's
 * lr_func_assign).  Silent: the loop.  Firing: the caller's lock released
 * and the same folio changed after it, in straight line and in a loop
 * whose folio never changes.
 */
#include "mm.h"

extern unsigned lookup_folios(struct address_space *mapping, unsigned long *start,
			      struct folio_batch *fbatch);

static void finish_folio(struct folio *folio)
{
	folio_unlock(folio);
}

static int submit_folio(struct folio *folio)
{
	filemap_remove_folio(folio);
	return 0;
}

int submit_locked_batch(struct address_space *mapping, unsigned long start)
{
	struct folio_batch fbatch;
	unsigned nr, i;

	nr = lookup_folios(mapping, &start, &fbatch);
	for (i = 0; i < nr; i++) {
		struct folio *folio = fbatch.folios[i];

		if (submit_folio(folio) < 0) /* { dg-sparse-xfail "sparse names a folio by the load it came from: no assignment facts yet" } */
			return -1;
		finish_folio(folio);
	}
	return 0;
}

void release_callers_then_remove(struct folio *folio)
{
	finish_folio(folio);
	filemap_remove_folio(folio); /* { dg-warning "folio-locked" } */
}

void same_folio_every_round(struct folio *folio, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		submit_folio(folio); /* { dg-warning "folio-locked" } */
		finish_folio(folio);
	}
}
