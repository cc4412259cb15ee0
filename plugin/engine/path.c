// SPDX-License-Identifier: GPL-2.0
/*
 * Witness paths: is there a path the program can really take to the
 * current event on which something holds: a lock that the dataflow says
 * is held on some paths only (MAYBE, lockset.h) is held there (lock order
 * and sleeping under a spinlock, order.c: two conditional acquisitions in
 * the wrong order deadlock on the path where both happen), or a need is
 * not met there (need.c)?
 *
 * How: a depth-first search over the simple paths (no block twice) from
 * the entry to the event, replaying the events of each block with the
 * dataflow's own transfer (transfer.c, in a SOLVE walk: nothing is
 * reported or summarised) and crossing each edge as the solver does, so a
 * single path holds each lock or does not (no join).  A path must be one
 * the analysis cannot rule out:
 *   - the lockset replay drops a path that tests a call result, a
 *     parameter or a field the other way than it did before;
 *   - two branches on it must be compatible (compatible()): they test one
 *     value the same way (one SSA value compared with zero,
 *     lr_test.cond_value; a call result; a parameter: on a simple path an
 *     SSA value has one value), or what their conditions read
 *     (lr_test.reads) shares nothing, or one is the side where a pointer
 *     no join chose is not NULL ("if (!vma) goto out;" gone on) and the
 *     other does not test that pointer or what it came from
 *     (weak_against()).  A branch whose reads the front end could not
 *     give is compatible with nothing.  "if (flags & X) lock(A); ... if
 *     (!(flags & X)) lock(B)" has no path with both: silent;
 *   - a branch on a value an edge of the path gave a constant (a PHI's
 *     argument, lr_test.consts) is decided: taken only the way the
 *     constant says, and not compared;
 *   - a branch whose two arms rejoin at once without touching a lock
 *     (idle_branches()) cannot matter and is not compared;
 *   - two forced branches (forced(): on every path to the target, with
 *     another edge that cannot reach it, "if (!vma) return;") are not
 *     compared with each other: every run that reaches the target takes
 *     both;
 *   - for needs (no_param_reads), no branch may read a parameter or memory
 *     reached from one: a caller can say through it what it holds.
 * So a witness is a path whose branch conditions are not correlated with
 * each other as far as the IR shows.  Pruning only costs recall.  The
 * search is bounded (LR_WITNESS_BUDGET edges per question); a question
 * that runs out is undecided: silent, and counted on the stats line
 * (paths-order-undecided, paths-some-undecided).
 *
 * Debugging: debug=FUNC prints each question, its answer with the path,
 * and why each pruned branch was pruned, on stderr; the dump of FUNC
 * shows every edge's reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define LR_WITNESS_BUDGET 20000
#define LR_WITNESS_GIVEN 64	/* constants given on one path: past it, more branches stay free */

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

/*
 * The side of a test where a pointer is not NULL ("if (!vma) goto out;"
 * gone on): a weak fact.  Only a test of the same pointer (the same key
 * first in its reads: the value it tests), or of what it was loaded from,
 * can contradict it; tests that read through it ("vma->vm_file") or pass
 * it on ("range_in_vma(vma, ..)") may go either way.
 */
static int weak_against(const struct lr_edge *p, const struct lr_edge *e)
{
	if (!p->cond_pointer || !p->cond_nonzero || p->nreads < 1 || e->nreads < 1)
		return 0;
	return !key_prefix(e->reads[0], p->reads[0]);
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
	/* one SSA value, defined once on a simple path */
	if (p->cond_value && p->cond_value == e->cond_value)
		return p->cond_nonzero == e->cond_nonzero;
	if (same_value(p, e))
		return p->nonzero == e->nonzero;
	if (weak_against(p, e) || weak_against(e, p))
		return 1;
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

/*
 * A block whose events cannot change any lock: no acquisition, release or
 * assertion, no call whose summary takes or drops one.
 */
static int lockless(const struct lr_block *blk)
{
	int i;

	for (i = 0; i < blk->nevents; i++) {
		const struct lr_event *ev = &blk->events[i];
		const struct lr_func *t = ev->target;

		/* a guarded operation is no lock, but it happens on one arm only */
		if (ev->kind == LR_EV_ACQUIRE || ev->kind == LR_EV_RELEASE ||
		    ev->kind == LR_EV_ASSERT || ev->kind == LR_EV_GUARD)
			return 0;
		if (ev->kind == LR_EV_CALL && t &&
		    (t->sum.acq.n || t->sum.rel.n || t->sum.rel_unknown))
			return 0;
	}
	return 1;
}

/*
 * Branches that cannot matter (a diamond or triangle whose arms are short
 * straight lines of lockless blocks, giving no value a constant, and meet
 * again at one join: "if (nr_ptes) { folio_ref_sub(..); .. }"): whichever
 * way the program goes there, the same locks are held after the join, so
 * a correlation of that test with another one cannot make the witness
 * wrong: its edges are not compared with the others (the search still
 * takes each arm).
 */
static char *idle_branches(const struct lr_func *f, const int *npreds, int target)
{
	char *idle = lr_xrealloc(NULL, f->nblocks + 1);
	int b, i;

	memset(idle, 0, f->nblocks + 1);
	for (b = 0; b < f->nblocks; b++) {
		const struct lr_block *blk = &f->blocks[b];
		int join = -1, ok = blk->nsuccs >= 2;

		for (i = 0; ok && i < blk->nsuccs; i++) {
			const struct lr_edge *e = &blk->succs[i];
			int x = e->to, prev = b, n = 0, end;

			ok = !e->nsets;
			/* the arm: blocks entered only from the one before, with one way out */
			while (ok && npreds[x] == 1 && f->blocks[x].nsuccs == 1 && n++ < 8) {
				if (!lockless(&f->blocks[x]) || f->blocks[x].succs[0].nsets ||
				    x == target)
					ok = 0;
				prev = x;
				x = f->blocks[x].succs[0].to;
			}
			end = npreds[x] >= 2 && x != target ? x : -1;
			(void)prev;
			if (end < 0 || end == b || (join >= 0 && end != join))
				ok = 0;
			join = end;
		}
		idle[b] = ok;
	}
	return idle;
}

/*
 * Does block b dominate block t (every path from the entry to t passes b)?
 * Found by a search from the entry that avoids b; cached per question.
 */
static int dominates(const struct lr_func *f, int b, int t, signed char *cache, char *seen,
		     int *stack)
{
	int n = 0, x, i;

	if (cache[b] >= 0)
		return cache[b];
	if (b == f->entry) {
		cache[b] = 1;
		return 1;
	}
	memset(seen, 0, f->nblocks + 1);
	stack[n++] = f->entry;
	seen[f->entry] = 1;
	while (n > 0) {
		x = stack[--n];
		if (x == t) {
			cache[b] = 0;
			return 0;
		}
		for (i = 0; i < f->blocks[x].nsuccs; i++) {
			int y = f->blocks[x].succs[i].to;

			if (y != b && !seen[y]) {
				seen[y] = 1;
				stack[n++] = y;
			}
		}
	}
	cache[b] = 1;
	return 1;
}

/*
 * A forced branch: its block is on every path to the target, and another
 * of its edges cannot reach the target ("if (!vma) return;").  Every run
 * that reaches the target takes all the forced edges, so two of them are
 * never in the way of each other (unless the target is dead code).
 */
static int forced(const struct lr_func *f, int b, const struct lr_edge *e, const char *reach,
		  int t, signed char *cache, char *seen, int *stack)
{
	const struct lr_block *blk = &f->blocks[b];
	int i, other = 0;

	for (i = 0; i < blk->nsuccs; i++)
		other |= &blk->succs[i] != e && !reach[blk->succs[i].to];
	return other && reach[e->to] && dominates(f, b, t, cache, seen, stack);
}

struct frame {
	int block;
	int next;		/* the next successor to try */
	int ncond;		/* conditional edges on the path before this block */
	int ngiven;		/* values given a constant on the path before it */
	struct lr_lockset out;	/* after the block's events */
};

static void found(const struct lr_witness_query *q, struct frame *st, int depth,
		  const struct lr_edge **conds, int ncond, const struct lr_lockset *at,
		  struct lr_witness *out)
{
	int d, from = 0, i, lo;

	memset(out, 0, sizeof(*out));
	q->want(at, q->ctx, &out->held);
	/* the branches after the last block where the path was not yet what is asked */
	for (d = depth; d >= 0; d--)
		if (!q->want(&st[d].out, q->ctx, NULL)) {
			from = st[d].ncond;
			break;
		}
	/* and the branch that chose it; at most the last LR_WITNESS_MAX */
	lo = from > 0 ? from - 1 : 0;
	if (ncond - lo > LR_WITNESS_MAX) {
		out->more = ncond - lo - LR_WITNESS_MAX;
		lo = ncond - LR_WITNESS_MAX;
	}
	for (i = lo; i < ncond; i++)
		out->edge[out->n++] = conds[i];
}

/* Does a branch read a parameter's value or memory reached from one? */
static int reads_param(const struct lr_func *f, const struct lr_edge *e)
{
	int i, k;

	if (e->nreads < 0)
		return 1;
	for (i = 0; i < e->nreads; i++) {
		const char *r = e->reads[i];
		size_t n;

		while (*r == '*' || *r == '&')
			r++;
		n = strcspn(r, ".");
		for (k = 0; k < f->nparams; k++)
			if (f->params[k][0] && strlen(f->params[k]) == n && !strncmp(r, f->params[k], n))
				return 1;
	}
	return 0;
}

struct held_query {
	int cls;
	enum lr_mode mode;
};

static int want_held(const struct lr_lockset *ls, void *ctx, struct lr_held *out)
{
	const struct held_query *h = ctx;

	return held_in(ls, h->cls, h->mode, out);
}

enum lr_witness_result lr_path_witness(const struct lr_walk *w, int cls, enum lr_mode mode,
				       struct lr_witness *out)
{
	struct held_query h = { cls, mode };
	struct lr_witness_query q = { want_held, &h, 0, w->u->pack->classes[cls].name };

	return lr_path_find(w, &q, out);
}

enum lr_witness_result lr_path_find(const struct lr_walk *w, const struct lr_witness_query *q,
				   struct lr_witness *out)
{
	const struct lr_func *f = w->f;
	struct lr_walk sw = { w->u, w->f, NULL, LR_WALK_SOLVE, 0, 0 };
	int tb = w->blk, tev = w->ev, depth = 0, ncond = 0, budget = LR_WITNESS_BUDGET;
	const struct lr_edge **conds;
	enum lr_witness_result res = LR_WITNESS_NONE;
	unsigned ovf = w->f->overflow;	/* a replayed path's overflow is not the function's */
	struct frame *st;
	struct lr_value_set given[LR_WITNESS_GIVEN];
	int ngiven = 0, *dstack;
	char *reach, *on, *idle, *cforced, *dseen;
	signed char *domc;
	int k, *npreds, verbose = w->u->debug && (!strcmp(w->u->debug, w->f->name) ||
						 !strcmp(w->u->debug, "*"));

	if (f->entry < 0 || f->entry >= f->nblocks || tb < 0 || tb >= f->nblocks ||
	    tb == f->entry)
		return LR_WITNESS_NONE;
	reach = lr_func_reaching(f, tb);
	npreds = lr_xrealloc(NULL, (f->nblocks + 1) * sizeof(*npreds));
	memset(npreds, 0, (f->nblocks + 1) * sizeof(*npreds));
	for (k = 0; k < f->nblocks; k++) {
		int j;

		for (j = 0; j < f->blocks[k].nsuccs; j++)
			npreds[f->blocks[k].succs[j].to]++;
	}
	idle = idle_branches(f, npreds, tb);
	cforced = lr_xrealloc(NULL, f->nblocks + 1);
	dseen = lr_xrealloc(NULL, f->nblocks + 1);
	dstack = lr_xrealloc(NULL, (f->nblocks + 1) * sizeof(*dstack));
	domc = lr_xrealloc(NULL, f->nblocks + 1);
	memset(domc, -1, f->nblocks + 1);
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
		cond = branches(blk) && !idle[top->block];
		ncond = top->ncond;
		ngiven = top->ngiven;
		/* a branch on a value the path gave a constant is decided by it */
		for (k = ngiven - 1; cond && e->cond_value && k >= 0; k--)
			if (given[k].value == e->cond_value)
				break;
		if (cond && e->cond_value && k >= 0) {
			if (!given[k].nonzero != !e->cond_nonzero)
				continue;
			cond = 0;
		}
		if (cond) {
			int fe = forced(f, top->block, e, reach, tb, domc, dseen, dstack);

			for (k = 0; k < ncond &&
				    ((fe && cforced[k]) || compatible(conds[k], e)); k++)
				;
			if (k == ncond && q->no_param_reads && reads_param(f, e))
				k = -1;
			if (k != ncond) {
				if (verbose && k < 0)
					fprintf(stderr, "    (block %d -> %d, line %d: reads a "
						"parameter)\n", top->block, e->to, e->loc.line);
				else if (verbose)
					fprintf(stderr, "    (block %d -> %d, line %d: related to the "
						"branch at line %d to block %d)\n", top->block, e->to,
						e->loc.line, conds[k]->loc.line, conds[k]->to);
				continue;
			}
			cforced[ncond] = fe;
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
			if (!ls.overflow && q->want(&ls, q->ctx, NULL)) {
				found(q, st, depth, conds, ncond, &ls, out);
				res = LR_WITNESS_FOUND;
			}
			continue;
		}
		for (k = 0; k < e->nconsts && ngiven < LR_WITNESS_GIVEN; k++)
			given[ngiven++] = e->consts[k];
		depth++;
		st[depth].block = e->to;
		st[depth].next = 0;
		st[depth].ncond = ncond;
		st[depth].ngiven = ngiven;
		st[depth].out = ls;
		lr_transfer_block(&sw, e->to, &st[depth].out);
		on[e->to] = 1;
	}
	w->f->overflow = ovf;
	if (verbose) {
		fprintf(stderr, "lockrules: %s: a path to block %d event %d (%s): %s\n",
			f->name, tb, tev, q->what,
			res == LR_WITNESS_FOUND ? "found" : res == LR_WITNESS_NONE ? "none" :
			"undecided (budget)");
		for (k = 0; res == LR_WITNESS_FOUND && k < out->n; k++)
			fprintf(stderr, "    branch at line %d (%d) to block %d\n",
				out->edge[k]->loc.line, out->edge[k]->branch, out->edge[k]->to);
	}
	free(reach);
	free(cforced);
	free(dseen);
	free(dstack);
	free(domc);
	free(idle);
	free(npreds);
	free(on);
	free(st);
	free(conds);
	return res;
}

int lr_witness_describe(const struct lr_witness *p, struct lr_loc at, char *path, int len)
{
	int i, used = 0;

	path[0] = '\0';
	if (p->more)
		used = snprintf(path, len, "... -> ");
	for (i = 0; i < p->n; i++) {
		const struct lr_edge *e = p->edge[i];
		int same = e->loc.file && at.file && !strcmp(e->loc.file, at.file);

		if (!e->loc.file || used >= len)
			continue;
		used += snprintf(path + used, len - used, "%s%s%s%d%s",
				 used && path[used - 1] != ' ' ? " -> " : "",
				 same ? "" : e->loc.file, same ? "" : ":",
				 e->loc.line, e->branch == 1 ? " (true)" :
				 e->branch == 0 ? " (false)" : "");
	}
	return path[0] != '\0' && strcmp(path, "... -> ");
}
