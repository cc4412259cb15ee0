// SPDX-License-Identifier: GPL-2.0
/*
 * Witness paths: is a lock that the dataflow says is held on some paths
 * only (MAYBE, lockset.h) held on a path the program can really take to
 * the current event?  Lock order and sleeping under a spinlock (order.c)
 * ask it for the locks they would otherwise pass over: two conditional
 * acquisitions in the wrong order deadlock on the path where both happen.
 *
 * How: a depth-first search over the simple paths from the entry to the
 * event, replaying the events of each block with the dataflow's own
 * transfer (transfer.c, in a SOLVE walk: nothing is reported or
 * summarised) and crossing each edge as the solver does, so a single path
 * holds each lock or does not (no join).  A path must be one the analysis
 * cannot rule out:
 *   - the lockset replay drops a path that tests a call result, a
 *     parameter or a field the other way than it did before;
 *   - two branches on the path are taken as independent only when what
 *     their conditions read (lr_test.reads: variables, parameters, memory)
 *     shares nothing; a branch whose reads the front end could not give,
 *     or that shares a read with an earlier branch of the path, prunes
 *     the path, unless both test the same value (the same call result or
 *     parameter) the same way.  "if (flags & X) lock(A); ... if (!(flags &
 *     X)) lock(B)" has no path with both: silent.
 * So a witness is a path whose branch conditions are not correlated with
 * each other, and the lock's own condition is one of them.  Pruning only
 * costs recall.  The search is bounded (LR_WITNESS_BUDGET edges per question);
 * a question that runs out of budget is undecided: silent, and counted on
 * the stats line (paths-order-undecided).
 *
 * Debugging: debug=FUNC prints each question and its answer (with the
 * path) on stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define LR_WITNESS_BUDGET 20000

/* Is a a prefix of b at a member boundary ("vma.vm_file" of "vma.vm_file.f_mapping")? */
static int key_prefix(const char *a, const char *b)
{
	size_t n;

	while (*a == '*' || *a == '&')
		a++;
	while (*b == '*' || *b == '&')
		b++;
	n = strlen(a);
	return !strncmp(a, b, n) && (b[n] == '\0' || b[n] == '.');
}

static int reads_related(const struct lr_edge *a, const struct lr_edge *b)
{
	int i, j;

	if (a->nreads < 0 || b->nreads < 0)
		return 1;
	for (i = 0; i < a->nreads; i++)
		for (j = 0; j < b->nreads; j++)
			if (key_prefix(a->reads[i], b->reads[j]) ||
			    key_prefix(b->reads[j], a->reads[i]))
				return 1;
	return 0;
}

/* Tests of one value the lockset follows exactly (an SSA call result, a parameter's value). */
static int same_value(const struct lr_edge *a, const struct lr_edge *b)
{
	return a->kind == b->kind && a->id == b->id &&
	       (a->kind == LR_TEST_RESULT || a->kind == LR_TEST_PARAM);
}

/* Can a path take branch e after branch p? */
static int compatible(const struct lr_edge *p, const struct lr_edge *e)
{
	if (same_value(p, e))
		return p->nonzero == e->nonzero;
	return !reads_related(p, e);
}

/* Does block b branch (two successors that differ)? */
static int branches(const struct lr_block *blk)
{
	int i;

	for (i = 1; i < blk->nsuccs; i++)
		if (blk->succs[i].to != blk->succs[0].to)
			return 1;
	return 0;
}

static int held_in(const struct lr_lockset *ls, int cls, enum lr_mode mode, struct lr_held *out)
{
	int i;

	for (i = 0; i < ls->nheld; i++)
		if (ls->held[i].cls == cls && ls->held[i].state == LR_HELD &&
		    ls->held[i].mode >= mode) {
			if (out)
				*out = ls->held[i];
			return 1;
		}
	return 0;
}

/* Blocks from which block t can be reached. */
static char *reaching(const struct lr_func *f, int t)
{
	char *r = lr_xrealloc(NULL, f->nblocks + 1);
	int changed = 1, b, i;

	memset(r, 0, f->nblocks + 1);
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

struct frame {
	int block;
	int next;		/* the next successor to try */
	int ncond;		/* conditional edges on the path before this block */
	struct lr_lockset out;	/* after the block's events */
};

static void found(const struct lr_func *f, struct frame *st, int depth,
		  const struct lr_edge **conds, int ncond, int cls, enum lr_mode mode,
		  const struct lr_lockset *at, struct lr_witness *out)
{
	int d, from = 0, i;

	memset(out, 0, sizeof(*out));
	held_in(at, cls, mode, &out->held);
	/* the branches after the last block the lock was not held at */
	for (d = depth; d >= 0; d--)
		if (!held_in(&st[d].out, cls, mode, NULL)) {
			from = st[d].ncond;
			break;
		}
	/* and the branch that chose to take it */
	for (i = from > 0 ? from - 1 : 0; i < ncond; i++) {
		if (out->n == LR_WITNESS_MAX) {
			out->more++;
			continue;
		}
		out->edge[out->n++] = conds[i];
	}
	(void)f;
}

enum lr_witness_result lr_path_witness(const struct lr_walk *w, int cls, enum lr_mode mode,
				    struct lr_witness *out)
{
	const struct lr_func *f = w->f;
	struct lr_walk sw = { w->u, w->f, NULL, LR_WALK_SOLVE, 0, 0 };
	int tb = w->blk, tev = w->ev, depth = 0, ncond = 0, budget = LR_WITNESS_BUDGET;
	const struct lr_edge **conds;
	enum lr_witness_result res = LR_WITNESS_NONE;
	unsigned ovf = w->f->overflow;	/* a replayed path's overflow is not the function's */
	struct frame *st;
	char *reach, *on;
	int k;

	if (f->entry < 0 || f->entry >= f->nblocks || tb < 0 || tb >= f->nblocks ||
	    tb == f->entry)
		return LR_WITNESS_NONE;
	reach = reaching(f, tb);
	on = lr_xrealloc(NULL, f->nblocks + 1);
	memset(on, 0, f->nblocks + 1);
	st = lr_xrealloc(NULL, (f->nblocks + 1) * sizeof(*st));
	conds = lr_xrealloc(NULL, (f->nblocks + 1) * sizeof(*conds));
	memset(&st[0], 0, sizeof(st[0]));
	st[0].block = f->entry;
	st[0].out.reachable = 1;
	lr_transfer_block(&sw, f->entry, &st[0].out);
	on[f->entry] = 1;
	while (depth >= 0 && res == LR_WITNESS_NONE) {
		struct frame *top = &st[depth];
		const struct lr_block *blk = &f->blocks[top->block];
		const struct lr_edge *e;
		struct lr_lockset ls;
		int cond;

		if (top->next >= blk->nsuccs) {
			on[top->block] = 0;
			depth--;
			continue;
		}
		e = &blk->succs[top->next++];
		if (!reach[e->to] || (on[e->to] && e->to != tb))
			continue;
		if (budget-- <= 0) {
			res = LR_WITNESS_UNDECIDED;
			break;
		}
		cond = branches(blk);
		ncond = top->ncond;
		if (cond) {
			for (k = 0; k < ncond && compatible(conds[k], e); k++)
				;
			if (k < ncond)
				continue;
			conds[ncond++] = e;
		}
		ls = top->out;
		/* a lost value fact could let a contradiction through */
		if (ls.nvfacts >= LR_MAX_VFACTS)
			continue;
		lr_cross_edge(f, e, &ls, 0);
		if (!ls.reachable)
			continue;
		if (e->to == tb) {
			sw.blk = tb;
			for (k = 0; k < tev; k++)
				lr_transfer_event(&sw, &ls, &f->blocks[tb].events[k]);
			/* a call's own releases come before what it takes is checked */
			if (tev < f->blocks[tb].nevents &&
			    f->blocks[tb].events[tev].kind == LR_EV_CALL)
				lr_call_releases(&sw, &ls, &f->blocks[tb].events[tev]);
			if (held_in(&ls, cls, mode, NULL) && !ls.overflow) {
				found(f, st, depth, conds, ncond, cls, mode, &ls, out);
				res = LR_WITNESS_FOUND;
			}
			continue;
		}
		depth++;
		st[depth].block = e->to;
		st[depth].next = 0;
		st[depth].ncond = ncond;
		st[depth].out = ls;
		lr_transfer_block(&sw, e->to, &st[depth].out);
		on[e->to] = 1;
	}
	w->f->overflow = ovf;
	if (w->u->debug && (!strcmp(w->u->debug, f->name) || !strcmp(w->u->debug, "*"))) {
		fprintf(stderr, "lockrules: %s: a path to block %d event %d holding %s: %s\n",
			f->name, tb, tev, w->u->pack->classes[cls].name,
			res == LR_WITNESS_FOUND ? "found" : res == LR_WITNESS_NONE ? "none" :
			"undecided (budget)");
		for (k = 0; res == LR_WITNESS_FOUND && k < out->n; k++)
			fprintf(stderr, "    branch at line %d (%d) to block %d\n",
				out->edge[k]->loc.line, out->edge[k]->branch, out->edge[k]->to);
	}
	free(reach);
	free(on);
	free(st);
	free(conds);
	return res;
}
