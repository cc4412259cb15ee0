// SPDX-License-Identifier: GPL-2.0
/*
 * Lockset operations: add, remove, the effect of a tested edge, and the
 * meet at control-flow joins.  Sets are small fixed arrays: kernel functions
 * hold a handful of locks.  When one overflows, the entry is not stored and
 * the set's overflow bit is set: the function is then not analysed at all
 * (a dropped held lock could turn into a "missing" report), and the drop is
 * counted on the stats line.  Debugging: the 'debug=FUNC' option prints the
 * sets of every block of FUNC.
 */
#include <string.h>
#include "lockset.h"

int lr_inst_equal(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return !strcmp(a, b);
}

void lr_lockset_add(struct lr_lockset *ls, const struct lr_held *h)
{
	int i;

	for (i = 0; i < ls->nheld; i++) {
		struct lr_held *e = &ls->held[i];

		if (e->cls == h->cls && lr_inst_equal(e->inst, h->inst)) {
			/* re-taking or upgrading: a held W stays W */
			enum lr_mode mode = e->state == LR_HELD && e->mode > h->mode &&
					    h->state == LR_HELD ? e->mode : h->mode;
			*e = *h;
			e->mode = mode;
			return;
		}
	}
	if (ls->nheld == LR_MAX_HELD) {
		ls->overflow |= LR_OVF_HELD;
		return;
	}
	ls->held[ls->nheld++] = *h;
}

void lr_lockset_remove(struct lr_lockset *ls, int idx)
{
	memmove(&ls->held[idx], &ls->held[idx + 1],
		(ls->nheld - idx - 1) * sizeof(ls->held[0]));
	ls->nheld--;
}

void lr_lockset_note_release(struct lr_lockset *ls, int cls, enum lr_mode mode,
			     struct lr_loc loc, int unheld)
{
	int i;

	for (i = 0; i < ls->nrel; i++) {
		if (ls->rel[i].cls == cls) {
			/* keep the latest release of a class */
			ls->rel[i].mode = mode > ls->rel[i].mode ? mode : ls->rel[i].mode;
			ls->rel[i].loc = loc;
			ls->rel[i].unheld |= unheld;
			ls->rel[i].failed = 0;
			return;
		}
	}
	if (ls->nrel == LR_MAX_REL) {
		ls->overflow |= LR_OVF_REL;
		return;
	}
	memset(&ls->rel[ls->nrel], 0, sizeof(ls->rel[0]));
	ls->rel[ls->nrel].cls = cls;
	ls->rel[ls->nrel].mode = mode;
	ls->rel[ls->nrel].loc = loc;
	ls->rel[ls->nrel].unheld = unheld;
	ls->nrel++;
}

/* A trylock or a NULL-returning lock getter that failed on this path. */
void lr_lockset_note_failed(struct lr_lockset *ls, int cls, enum lr_mode mode,
			    struct lr_loc loc)
{
	int i;

	for (i = 0; i < ls->nrel; i++)
		if (ls->rel[i].cls == cls)
			return;
	lr_lockset_note_release(ls, cls, mode, loc, 0);
	/* only the entry just added: a full list added none (LR_OVF_REL) */
	if (ls->nrel > 0 && ls->rel[ls->nrel - 1].cls == cls)
		ls->rel[ls->nrel - 1].failed = 1;
}

void lr_lockset_add_fact(struct lr_lockset *ls, int param, int nonzero)
{
	int i;

	/* "if (dmsg) ... if (dmsg)": a parameter tested again the same way */
	for (i = 0; i < ls->nfacts; i++)
		if (ls->facts[i].param == param && ls->facts[i].nonzero == nonzero)
			return;
	if (ls->nfacts == LR_MAX_FACTS) {
		ls->overflow |= LR_OVF_FACTS;
		return;
	}
	ls->facts[ls->nfacts].param = param;
	ls->facts[ls->nfacts].nonzero = nonzero;
	ls->nfacts++;
}

/* Crossing "if (lock_vma)": a fact about a parameter on this path. */
void lr_lockset_param_edge(struct lr_lockset *ls, int param, int nonzero)
{
	lr_lockset_add_fact(ls, param, nonzero);
}

/*
 * Crossing an edge that tests a call's result: settle the locks pending on
 * it.  other_dead: the other side of the test cannot reach the exit
 * (BUG_ON(trylock(x))), so the call must fail here, which says that
 * someone holds the lock: held on this edge, asserted, as
 * mmap_assert_locked() would say (6.1's vm_insert_page()).
 */
static void settle(struct lr_lockset *ls, int value, int nonzero, int other_dead)
{
	int i;

	for (i = ls->nheld - 1; i >= 0; i--) {
		struct lr_held *e = &ls->held[i];

		if (e->state != LR_PENDING || e->value != value)
			continue;
		if (e->held_if_nonzero == nonzero) {
			e->state = LR_HELD;
		} else if (other_dead) {
			e->state = LR_HELD;
			e->origin = LR_ORIG_ASSERTED;
		} else {
			if (e->origin == LR_ORIG_ACQUIRED)
				lr_lockset_note_failed(ls, e->cls, e->mode, e->loc);
			lr_lockset_remove(ls, i);
		}
	}
}

void lr_lockset_result_edge(struct lr_lockset *ls, int value, int nonzero)
{
	settle(ls, value, nonzero, 0);
}

void lr_lockset_result_edge_other_dead(struct lr_lockset *ls, int value, int nonzero)
{
	settle(ls, value, nonzero, 1);
}

/*
 * Crossing "if (pml)" where pml holds what pmd_lock() returned on some
 * paths and NULL on the others: the variable says whether it is held.
 */
void lr_lockset_key_edge(struct lr_lockset *ls, const char *key, int nonzero)
{
	int i;

	for (i = ls->nheld - 1; i >= 0; i--) {
		struct lr_held *e = &ls->held[i];

		if (e->state != LR_MAYBE && e->state != LR_PENDING)
			continue;
		if (e->tkey && lr_inst_equal(e->tkey, key)) {
			/* the stored result of a conditional acquisition tested */
			if (nonzero == e->held_if_nonzero) {
				e->state = LR_HELD;
				e->tkey = NULL;
			} else {
				if (e->origin == LR_ORIG_ACQUIRED)
					lr_lockset_note_failed(ls, e->cls, e->mode, e->loc);
				lr_lockset_remove(ls, i);
			}
			continue;
		}
		if (e->state != LR_MAYBE || !e->ret_keyed || !lr_inst_equal(e->inst, key))
			continue;
		if (nonzero)
			e->state = LR_HELD;
		else
			lr_lockset_remove(ls, i);
	}
}

static int find(const struct lr_lockset *ls, const struct lr_held *h)
{
	int i;

	for (i = 0; i < ls->nheld; i++)
		if (ls->held[i].cls == h->cls && lr_inst_equal(ls->held[i].inst, h->inst))
			return i;
	return -1;
}

static int held_equal(const struct lr_held *a, const struct lr_held *b)
{
	return a->cls == b->cls && a->mode == b->mode && a->state == b->state &&
	       a->value == b->value && a->origin == b->origin &&
	       lr_inst_equal(a->inst, b->inst);
}

/*
 * Meet at a join.  A lock held on both sides stays held (weakest mode); a
 * lock held on one side only becomes MAYBE; the released lists are unioned.
 */
int lr_lockset_meet(struct lr_lockset *dst, const struct lr_lockset *src)
{
	struct lr_lockset old;
	int i, j;

	if (!src->reachable)
		return 0;
	if (!dst->reachable) {
		*dst = *src;
		return 1;
	}
	old = *dst;
	dst->overflow |= src->overflow;
	/* facts: those true on both sides */
	for (i = dst->nfacts - 1; i >= 0; i--) {
		for (j = 0; j < src->nfacts; j++)
			if (src->facts[j].param == dst->facts[i].param &&
			    src->facts[j].nonzero == dst->facts[i].nonzero)
				break;
		if (j == src->nfacts) {
			memmove(&dst->facts[i], &dst->facts[i + 1],
				(dst->nfacts - i - 1) * sizeof(dst->facts[0]));
			dst->nfacts--;
		}
	}
	for (i = dst->nheld - 1; i >= 0; i--) {
		struct lr_held *d = &dst->held[i];

		j = find(src, d);
		if (j < 0) {
			if (d->state == LR_GONE)
				lr_lockset_remove(dst, i);
			else
				d->state = LR_MAYBE;
			continue;
		}
		{
			const struct lr_held *s = &src->held[j];

			if (d->state == LR_GONE && s->state == LR_GONE) {
				/* released on both sides */
			} else if (d->state == LR_HELD && s->state == LR_HELD) {
				d->mode = d->mode < s->mode ? d->mode : s->mode;
				if (d->origin != s->origin)
					d->origin = LR_ORIG_ACQUIRED;
			} else if (d->state == LR_PENDING && s->state == LR_PENDING &&
				   d->value == s->value &&
				   d->held_if_nonzero == s->held_if_nonzero) {
				/* the same pending trylock on both sides */
			} else {
				d->state = LR_MAYBE;
				d->mode = d->mode > s->mode ? d->mode : s->mode;
			}
		}
	}
	for (j = 0; j < src->nheld; j++) {
		if (src->held[j].state != LR_GONE && find(dst, &src->held[j]) < 0) {
			struct lr_held h = src->held[j];

			h.state = LR_MAYBE;
			lr_lockset_add(dst, &h);
		}
	}
	for (j = 0; j < src->nrel; j++) {
		if (src->rel[j].failed)
			lr_lockset_note_failed(dst, src->rel[j].cls, src->rel[j].mode,
					       src->rel[j].loc);
		else
			lr_lockset_note_release(dst, src->rel[j].cls, src->rel[j].mode,
						src->rel[j].loc, src->rel[j].unheld);
	}
	return !lr_lockset_equal(&old, dst);
}

int lr_lockset_equal(const struct lr_lockset *a, const struct lr_lockset *b)
{
	int i;

	if (a->reachable != b->reachable || a->nheld != b->nheld || a->nrel != b->nrel ||
	    a->nfacts != b->nfacts || a->overflow != b->overflow)
		return 0;
	for (i = 0; i < a->nheld; i++)
		if (!held_equal(&a->held[i], &b->held[i]))
			return 0;
	for (i = 0; i < a->nrel; i++)
		if (a->rel[i].cls != b->rel[i].cls || a->rel[i].mode != b->rel[i].mode ||
		    a->rel[i].unheld != b->rel[i].unheld || a->rel[i].failed != b->rel[i].failed)
			return 0;
	return 1;
}
