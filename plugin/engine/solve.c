// SPDX-License-Identifier: GPL-2.0
/*
 * The forward dataflow over one function's graph, to a fixpoint: the
 * lockset reaching each block (f->in[]), the meet of what its predecessors
 * give along their edges.  An edge that tests a call's result settles the
 * locks pending on it; one that tests a parameter adds a path fact; one
 * that tests a lock pointer variable settles the lock it may hold.  A
 * test whose other side cannot reach the exit (BUG_ON(trylock(x))) says the
 * call must fail: the lock is held by someone, asserted, on this edge.
 *
 * The lattice is finite; a budget of u->solver_budget visits per block
 * guards against a bug.  A function that exhausts it is marked
 * (LR_OVF_SOLVER): it is then not analysed, and counted (drop-solver).
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

char *lr_func_reaching(const struct lr_func *f, int t)
{
	char *r = lr_xrealloc(NULL, f->nblocks + 1);
	int changed = 1, b, i;

	memset(r, 0, f->nblocks + 1);
	if (t >= 0 && t < f->nblocks)
		r[t] = 1;
	while (changed) {
		changed = 0;
		for (b = 0; b < f->nblocks; b++)
			for (i = 0; !r[b] && i < f->blocks[b].nsuccs; i++)
				if (r[f->blocks[b].succs[i].to])
					r[b] = changed = 1;
	}
	return r;
}

/* Blocks from which the exit cannot be reached (a noreturn call: BUG()). */
static char *dead_blocks(const struct lr_func *f)
{
	char *alive = lr_func_reaching(f, f->exit);
	int b;

	for (b = 0; b < f->nblocks; b++)
		alive[b] = !alive[b];
	return alive;
}

/* Does the other side of e's test (the same value, the other outcome) end nowhere? */
static int other_side_dead(const struct lr_block *blk, const struct lr_edge *e, const char *dead)
{
	int i, others = 0;

	for (i = 0; i < blk->nsuccs; i++) {
		const struct lr_edge *o = &blk->succs[i];

		if (o == e || o->kind != LR_TEST_RESULT || o->id != e->id || o->nonzero == e->nonzero)
			continue;
		if (!dead[o->to])
			return 0;
		others++;
	}
	return others > 0;
}

void lr_cross_edge(const struct lr_func *f, const struct lr_edge *e, struct lr_lockset *ls,
		   int other_dead)
{
	int i;

	switch (e->kind) {
	case LR_TEST_RESULT:
		if (other_dead)
			lr_lockset_result_edge_other_dead(ls, e->id, e->nonzero);
		else
			lr_lockset_result_edge(ls, e->id, e->nonzero);
		break;
	case LR_TEST_PARAM:
		lr_lockset_param_edge(ls, e->id, e->nonzero);
		break;
	case LR_TEST_LOCKPTR:
		lr_lockset_key_edge(ls, e->key, e->nonzero);
		break;
	case LR_TEST_LOCKEQ:
		if (e->nonzero)
			lr_lockset_equal_edge(ls, e->key, e->cls, lr_func_ptable(f, e->key),
					      e->key2, e->cls2, lr_func_ptable(f, e->key2));
		break;
	case LR_TEST_NONE:
		break;
	}
	if (e->implies_param)
		lr_lockset_param_edge(ls, e->implied_param, 1);
	for (i = 0; i < e->nsets; i++)
		lr_lockset_value_set(ls, e->sets[i].value, e->sets[i].nonzero);
}

void lr_solve(struct lr_unit *u, struct lr_func *f)
{
	struct lr_walk w = { u, f, NULL, LR_WALK_SOLVE, 0, 0 };
	int *work, *onlist, nwork = 0, budget, i;
	struct lr_lockset out;
	char *dead;

	f->in = lr_xrealloc(NULL, (f->nblocks + 1) * sizeof(*f->in));
	memset(f->in, 0, (f->nblocks + 1) * sizeof(*f->in));
	if (f->nblocks == 0)
		return;
	dead = dead_blocks(f);
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

			lr_cross_edge(f, e, &edge, e->kind == LR_TEST_RESULT &&
				   other_side_dead(&f->blocks[b], e, dead));
			if (lr_lockset_meet(&f->in[e->to], &edge) && !onlist[e->to]) {
				work[nwork++] = e->to;
				onlist[e->to] = 1;
			}
		}
	}
	free(work);
	free(onlist);
	free(dead);
}
