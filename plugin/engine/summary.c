// SPDX-License-Identifier: GPL-2.0
/*
 * The final walk of one function, from the dataflow's fixpoint: every
 * block once more, checking (REPORT) and building the function's summary:
 * its preconditions (need.c), the locks it returns holding that it took
 * (an ACQUIRER; maybe, when held on some paths or only as a returned value
 * says), the caller's locks it releases (a RELEASER; on some paths only:
 * maybe), and the classes it takes blocking (lock order at calls).
 *
 * A function whose locksets overflowed, or whose dataflow hit its budget,
 * is not analysed: its reports are withdrawn, its summary is empty (its
 * callers see a function the unit does not define), and the drop is
 * counted once per function and kind.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static void count_overflow(struct lr_unit *u, unsigned ovf)
{
	if (ovf & LR_OVF_HELD)
		lr_unit_drop(u, LR_DROP_HELD);
	if (ovf & LR_OVF_REL)
		lr_unit_drop(u, LR_DROP_RELEASED);
	if (ovf & LR_OVF_FACTS)
		lr_unit_drop(u, LR_DROP_FACTS);
	if (ovf & LR_OVF_SOLVER)
		lr_unit_drop(u, LR_DROP_SOLVER);
}

struct lr_summary lr_summarise(struct lr_unit *u, struct lr_func *f, enum lr_walk_mode mode)
{
	struct lr_summary sum;
	struct lr_walk w = { u, f, &sum, mode, 0, 0 };
	int b, i, ndiags = u->ndiags, nsites = u->nsites;

	memset(&sum, 0, sizeof(sum));
	f->overflow = 0;
	lr_solve(u, f);
	for (b = 0; b < f->nblocks; b++) {
		struct lr_lockset ls = f->in[b];

		if (!ls.reachable)
			continue;
		lr_transfer_block(&w, b, &ls);
		if (b != f->exit)
			continue;
		/* locks it returns holding that it took itself */
		for (i = 0; i < ls.nheld; i++) {
			const struct lr_held *h = &ls.held[i];

			if (h->state == LR_GONE)
				lr_sum_add(&sum.rel, h->cls, LR_MODE_W, lr_func_param_of(f, h->inst), 0,
					   h->loc);
			if (h->origin == LR_ORIG_ASSERTED || h->origin == LR_ORIG_UNKNOWN ||
			    h->state == LR_GONE)
				continue;
			/*
			 * Pending at the exit: held or not as a value says
			 * ("return mmap_read_lock_killable(mm)").  The caller
			 * cannot tell which value it is: held on some paths.
			 */
			lr_sum_add(&sum.acq, h->cls, h->mode, lr_func_param_of(f, h->inst),
				   h->state != LR_HELD, h->loc);
		}
		/* callers' locks released on some paths only */
		for (i = 0; i < ls.nrel; i++)
			if (ls.rel[i].unheld)
				lr_sum_add(&sum.rel, ls.rel[i].cls, LR_MODE_W, -1, 1, ls.rel[i].loc);
	}
	free(f->in);
	f->in = NULL;
	if (f->overflow) {
		u->ndiags = ndiags;
		while (u->nsites > nsites)
			lr_site_free(&u->sites[--u->nsites]);
		lr_summary_free(&sum);
		if (mode == LR_WALK_REPORT)
			count_overflow(u, f->overflow);
	}
	return sum;
}

int lr_summary_equal(const struct lr_summary *a, const struct lr_summary *b)
{
	int i;

	if (a->npre != b->npre || a->acq.n != b->acq.n || a->rel.n != b->rel.n ||
	    a->block.n != b->block.n || a->rel_unknown != b->rel_unknown)
		return 0;
	for (i = 0; i < a->rel.n; i++)
		if (a->rel.v[i].cls != b->rel.v[i].cls || a->rel.v[i].maybe != b->rel.v[i].maybe)
			return 0;
	for (i = 0; i < a->npre; i++)
		if (a->pre[i].rule != b->pre[i].rule || a->pre[i].excl != b->pre[i].excl)
			return 0;
	for (i = 0; i < a->acq.n; i++)
		if (a->acq.v[i].cls != b->acq.v[i].cls || a->acq.v[i].mode != b->acq.v[i].mode ||
		    a->acq.v[i].maybe != b->acq.v[i].maybe)
			return 0;
	return 1;
}
