// SPDX-License-Identifier: GPL-2.0
/*
 * The forward dataflow over one function's graph, to a fixpoint: the
 * lockset reaching each block (f->in[]), the meet of what its predecessors
 * give along their edges.  An edge that tests a call's result settles the
 * locks pending on it; one that tests a parameter adds a path fact; one
 * that tests a lock pointer variable settles the lock it may hold.
 *
 * The lattice is finite; a budget of u->solver_budget visits per block
 * guards against a bug.  A function that exhausts it is marked
 * (LR_OVF_SOLVER): it is then not analysed, and counted (drop-solver).
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static void cross_edge(const struct lr_edge *e, struct lr_lockset *ls)
{
	switch (e->kind) {
	case LR_TEST_RESULT:
		lr_lockset_result_edge(ls, e->id, e->nonzero);
		break;
	case LR_TEST_PARAM:
		lr_lockset_param_edge(ls, e->id, e->nonzero);
		break;
	case LR_TEST_LOCKPTR:
		lr_lockset_key_edge(ls, e->key, e->nonzero);
		break;
	case LR_TEST_NONE:
		break;
	}
}

void lr_solve(struct lr_unit *u, struct lr_func *f)
{
	struct lr_walk w = { u, f, NULL, LR_WALK_SOLVE };
	int *work, *onlist, nwork = 0, budget, i;
	struct lr_lockset out;

	f->in = lr_xrealloc(NULL, (f->nblocks + 1) * sizeof(*f->in));
	memset(f->in, 0, (f->nblocks + 1) * sizeof(*f->in));
	if (f->nblocks == 0)
		return;
	work = lr_xrealloc(NULL, (f->nblocks + 1) * sizeof(int));
	onlist = lr_xrealloc(NULL, (f->nblocks + 1) * sizeof(int));
	memset(onlist, 0, (f->nblocks + 1) * sizeof(int));
	f->in[f->entry].reachable = 1;
	work[nwork++] = f->entry;
	onlist[f->entry] = 1;
	budget = u->solver_budget * f->nblocks + u->solver_budget;
	while (nwork) {
		int b;

		if (budget-- <= 0) {
			f->overflow |= LR_OVF_SOLVER;
			break;
		}
		b = work[--nwork];
		onlist[b] = 0;
		out = f->in[b];
		lr_transfer_block(&w, b, &out);
		for (i = 0; i < f->blocks[b].nsuccs; i++) {
			const struct lr_edge *e = &f->blocks[b].succs[i];
			struct lr_lockset edge = out;

			cross_edge(e, &edge);
			if (lr_lockset_meet(&f->in[e->to], &edge) && !onlist[e->to]) {
				work[nwork++] = e->to;
				onlist[e->to] = 1;
			}
		}
	}
	free(work);
	free(onlist);
}
