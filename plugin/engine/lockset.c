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

static int known(const struct lr_lockset *ls, int corr, int value);
static int find(const struct lr_lockset *ls, const struct lr_held *h);

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
			     struct lr_loc loc, int unheld, const char *inst)
{
	int i;

	for (i = 0; i < ls->nrel; i++) {
		if (ls->rel[i].cls == cls) {
			/* keep the latest release of a class */
			ls->rel[i].mode = mode > ls->rel[i].mode ? mode : ls->rel[i].mode;
			ls->rel[i].loc = loc;
			/* one object only while every release met here named it */
			if (!unheld || !ls->rel[i].unheld || !lr_inst_equal(ls->rel[i].inst, inst))
				ls->rel[i].inst = NULL;
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
	ls->rel[ls->nrel].inst = unheld ? inst : NULL;
	ls->nrel++;
}

void lr_lockset_assigned(struct lr_lockset *ls, const char *key)
{
	int i;

	if (!key)
		return;
	for (i = ls->nrel - 1; i >= 0; i--)
		if (ls->rel[i].unheld && !ls->rel[i].failed && ls->rel[i].inst &&
		    lr_inst_equal(ls->rel[i].inst, key)) {
			memmove(&ls->rel[i], &ls->rel[i + 1], (ls->nrel - i - 1) * sizeof(ls->rel[0]));
			ls->nrel--;
		}
	for (i = ls->nheld - 1; i >= 0; i--)
		if (ls->held[i].state == LR_GONE && lr_inst_equal(ls->held[i].inst, key))
			lr_lockset_remove(ls, i);
}

/* A trylock or a NULL-returning lock getter that failed on this path. */
void lr_lockset_note_failed(struct lr_lockset *ls, int cls, enum lr_mode mode,
			    struct lr_loc loc)
{
	int i;

	for (i = 0; i < ls->nrel; i++)
		if (ls->rel[i].cls == cls)
			return;
	lr_lockset_note_release(ls, cls, mode, loc, 0, NULL);
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

static void uncorrelate(struct lr_held *h);

/* Settle the entries a join made pending on this value (corr). */
static void settle_corr(struct lr_lockset *ls, int corr, int value, int nonzero)
{
	int i, held;

	for (i = ls->nheld - 1; i >= 0; i--) {
		struct lr_held *e = &ls->held[i];

		if (e->state != LR_PENDING || !e->corr)
			continue;
		if (e->corr == corr && e->value == value)
			held = e->held_if_nonzero == nonzero;
		else if (e->corr2 == corr && e->value2 == value)
			held = e->held_if_nonzero2 == nonzero;
		else
			continue;
		if (held) {
			e->state = LR_HELD;
			uncorrelate(e);
		} else {
			/* not taken on this path: its needs are the callers' (facts say when) */
			lr_lockset_remove(ls, i);
		}
	}
}

void lr_lockset_assume(struct lr_lockset *ls, int corr, int value, int nonzero)
{
	settle_corr(ls, corr, value, nonzero);
}

/* Crossing "if (lock_vma)": a fact about a parameter on this path. */
void lr_lockset_param_edge(struct lr_lockset *ls, int param, int nonzero)
{
	int i;

	/* tested the other way before on this path: it cannot be taken */
	for (i = 0; i < ls->nfacts; i++)
		if (ls->facts[i].param == param && !ls->facts[i].nonzero != !nonzero) {
			ls->reachable = 0;
			return;
		}
	lr_lockset_add_fact(ls, param, nonzero);
	settle_corr(ls, LR_CORR_PARAM, param, nonzero);
}

static void add_vfact(struct lr_lockset *ls, int value, int nonzero)
{
	int i;

	for (i = 0; i < ls->nvfacts; i++)
		if (ls->vfacts[i].value == value) {
			ls->vfacts[i].nonzero = nonzero;
			return;
		}
	if (ls->nvfacts == LR_MAX_VFACTS)
		return;
	ls->vfacts[ls->nvfacts].value = value;
	ls->vfacts[ls->nvfacts].nonzero = nonzero;
	ls->nvfacts++;
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

		if (e->state != LR_PENDING || e->corr || e->value != value)
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

/*
 * Every lock held through key 'held' is held through 'other' too, as class
 * cls (or its own), for other's page table (a pointer equal to the lock of
 * another table: the two tables share it).
 */
static void alias(struct lr_lockset *ls, const char *held, const char *other, int cls,
		  const char *table)
{
	int i, n = ls->nheld;

	for (i = 0; i < n; i++) {
		struct lr_held h = ls->held[i];

		if (h.state != LR_HELD && h.state != LR_MAYBE)
			continue;
		if (!h.inst || !lr_inst_equal(h.inst, held) || h.cls < 0)
			continue;
		h.inst = other;
		h.cls = cls >= 0 ? cls : h.cls;
		if (find(ls, &h) >= 0 && ls->held[find(ls, &h)].state == LR_HELD)
			continue;	/* held through its own key already */
		h.alias_of = held;
		h.ret_keyed = 0;
		h.tkey = NULL;
		h.table = table;
		lr_lockset_add(ls, &h);
	}
}

void lr_lockset_drop_aliases(struct lr_lockset *ls, const char *inst)
{
	int i;

	for (i = ls->nheld - 1; i >= 0 && inst; i--)
		if (ls->held[i].alias_of && lr_inst_equal(ls->held[i].alias_of, inst))
			lr_lockset_remove(ls, i);
}

void lr_lockset_equal_edge(struct lr_lockset *ls, const char *a, int cls_a, const char *table_a,
			   const char *b, int cls_b, const char *table_b)
{
	alias(ls, a, b, cls_b, table_b);
	alias(ls, b, a, cls_a, table_a);
}

void lr_lockset_value_set(struct lr_lockset *ls, int value, int nonzero)
{
	add_vfact(ls, value, nonzero != 0);
}

/*
 * A call result tested the other way before on this path: the path cannot
 * be taken (values are SSA names: a loop that computes one again passes its
 * header, where the old fact does not survive the join with the entry).
 */
static int contradicts(const struct lr_lockset *ls, int value, int nonzero)
{
	int k = known(ls, LR_CORR_RESULT, value);

	return k >= 0 && k != (nonzero != 0);
}

void lr_lockset_result_edge(struct lr_lockset *ls, int value, int nonzero)
{
	if (contradicts(ls, value, nonzero)) {
		ls->reachable = 0;
		return;
	}
	settle(ls, value, nonzero, 0);
	settle_corr(ls, LR_CORR_RESULT, value, nonzero);
	add_vfact(ls, value, nonzero);
}

void lr_lockset_result_edge_other_dead(struct lr_lockset *ls, int value, int nonzero)
{
	if (contradicts(ls, value, nonzero)) {
		ls->reachable = 0;
		return;
	}
	settle(ls, value, nonzero, 1);
	settle_corr(ls, LR_CORR_RESULT, value, nonzero);
	add_vfact(ls, value, nonzero);
}

/*
 * A field tested for NULL ("if (vp->file)", "if (vma->anon_vma)") is a
 * value too, as long as nothing between two tests changes it: its id is
 * the key's hash, below zero, where no call result's id is.  A variable's
 * key names every SSA version of it, so only fields count.
 */
static int field_value(const char *key)
{
	unsigned h = 5381;

	if (!key || (!strstr(key, "->") && !strchr(key, '.')))
		return 0;
	while (*key)
		h = h * 33 + (unsigned char)*key++;
	return -(int)(h & 0x3fffffff) - 1;
}

/*
 * Crossing "if (pml)" where pml holds what pmd_lock() returned on some
 * paths and NULL on the others: the variable says whether it is held.
 */
void lr_lockset_key_edge(struct lr_lockset *ls, const char *key, int nonzero)
{
	int i, v = field_value(key);

	if (v) {
		settle_corr(ls, LR_CORR_RESULT, v, nonzero);
		add_vfact(ls, v, nonzero);
	}

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
	       a->value == b->value && a->origin == b->origin && a->corr == b->corr &&
	       a->held_if_nonzero == b->held_if_nonzero && a->corr2 == b->corr2 &&
	       a->value2 == b->value2 && lr_inst_equal(a->alias_of, b->alias_of) &&
	       lr_inst_equal(a->inst, b->inst) && lr_inst_equal(a->table, b->table);
}

/* What a set knows of a parameter (corr PARAM) or a call result: 1, 0, or -1. */
static int known(const struct lr_lockset *ls, int corr, int value)
{
	int i;

	if (corr == LR_CORR_PARAM) {
		for (i = 0; i < ls->nfacts; i++)
			if (ls->facts[i].param == value)
				return ls->facts[i].nonzero != 0;
	} else {
		for (i = 0; i < ls->nvfacts; i++)
			if (ls->vfacts[i].value == value)
				return ls->vfacts[i].nonzero != 0;
	}
	return -1;
}

/* Record separator number n (0 or 1) of h. */
static void set_separator(struct lr_held *h, int n, int corr, int value, int nonzero)
{
	if (!n) {
		h->corr = corr;
		h->value = value;
		h->held_if_nonzero = nonzero != 0;
	} else {
		h->corr2 = corr;
		h->value2 = value;
		h->held_if_nonzero2 = nonzero != 0;
	}
}

/*
 * Values a and b were tested (or set) opposite ways on: a lock held in a
 * and not in b is held exactly when such a value is as a saw it.  The
 * latest ones first (a PHI's value set on the edges into the join); at
 * most two, in h.  Returns how many.
 */
static int separators(const struct lr_lockset *a, const struct lr_lockset *b, struct lr_held *h)
{
	int i, k, n = 0;

	for (i = a->nvfacts - 1; i >= 0 && n < 2; i--)
		if ((k = known(b, LR_CORR_RESULT, a->vfacts[i].value)) >= 0 &&
		    k != (a->vfacts[i].nonzero != 0))
			set_separator(h, n++, LR_CORR_RESULT, a->vfacts[i].value,
				      a->vfacts[i].nonzero);
	for (i = 0; i < a->nfacts && n < 2; i++)
		if (a->facts[i].param >= 0 &&
		    (k = known(b, LR_CORR_PARAM, a->facts[i].param)) >= 0 &&
		    k != (a->facts[i].nonzero != 0))
			set_separator(h, n++, LR_CORR_PARAM, a->facts[i].param,
				      a->facts[i].nonzero);
	return n;
}

static void uncorrelate(struct lr_held *h)
{
	h->corr = h->corr2 = 0;
	h->value = h->value2 = 0;
	h->held_if_nonzero2 = 0;
}

/* Does set ls say the pending entry h is held (want 1) or absent (0) there? */
static int agrees(const struct lr_held *h, const struct lr_lockset *ls, int want)
{
	if (known(ls, h->corr, h->value) == (want ? h->held_if_nonzero : !h->held_if_nonzero))
		return 1;
	return h->corr2 &&
	       known(ls, h->corr2, h->value2) == (want ? h->held_if_nonzero2 : !h->held_if_nonzero2);
}

/*
 * The state of an entry held in 'in' (HELD, or pending on a value) and
 * absent in 'out', at their join: pending on the values that separate
 * them, else held on some paths.
 */
static void join_absent(struct lr_held *h, const struct lr_lockset *in,
			const struct lr_lockset *out)
{
	if (h->state == LR_HELD) {
		struct lr_held t = *h;

		uncorrelate(&t);
		if (separators(in, out, &t)) {
			*h = t;
			h->state = LR_PENDING;
			h->tkey = NULL;
			return;
		}
	}
	if (h->state == LR_PENDING && h->corr && agrees(h, out, 0))
		return;
	h->state = LR_MAYBE;
	uncorrelate(h);
}

/* An entry HELD on one side and pending on a value on the other. */
static int join_pending(struct lr_held *d, const struct lr_held *pend,
			const struct lr_lockset *held_side)
{
	if (!agrees(pend, held_side, 1))
		return 0;
	d->state = LR_PENDING;
	d->corr = pend->corr;
	d->value = pend->value;
	d->held_if_nonzero = pend->held_if_nonzero;
	d->corr2 = pend->corr2;
	d->value2 = pend->value2;
	d->held_if_nonzero2 = pend->held_if_nonzero2;
	return 1;
}

/*
 * Meet at a join.  A lock held on both sides stays held (weakest mode); a
 * lock held on one side only becomes MAYBE, or PENDING on a value the two
 * sides tested opposite ways (join_absent); the released lists are unioned.
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
	for (i = dst->nvfacts - 1; i >= 0; i--)
		if (known(src, LR_CORR_RESULT, dst->vfacts[i].value) != dst->vfacts[i].nonzero)
			dst->vfacts[i] = dst->vfacts[--dst->nvfacts];
	for (i = dst->nheld - 1; i >= 0; i--) {
		struct lr_held *d = &dst->held[i];

		j = find(src, d);
		if (j < 0) {
			if (d->state == LR_GONE)
				lr_lockset_remove(dst, i);
			else
				join_absent(d, &old, src);
			continue;
		}
		{
			const struct lr_held *s = &src->held[j];

			/* the same lock for two page tables: for an unknown one */
			if (!lr_inst_equal(d->table, s->table))
				d->table = NULL;
			if (d->state == LR_GONE && s->state == LR_GONE) {
				/* released on both sides */
			} else if (d->state == LR_HELD && s->state == LR_HELD) {
				d->mode = d->mode < s->mode ? d->mode : s->mode;
				if (d->origin != s->origin)
					d->origin = LR_ORIG_ACQUIRED;
			} else if (d->state == LR_PENDING && s->state == LR_PENDING &&
				   d->value == s->value && d->corr == s->corr &&
				   d->held_if_nonzero == s->held_if_nonzero) {
				/* the same pending trylock (or correlation) on both sides */
			} else if (d->state == LR_HELD && s->state == LR_PENDING && s->corr &&
				   join_pending(d, s, &old)) {
				/* held where the value is as src's pending entry wants */
			} else if (d->state == LR_PENDING && d->corr && s->state == LR_HELD &&
				   agrees(d, src, 1)) {
				/* likewise */
			} else {
				d->state = LR_MAYBE;
				uncorrelate(d);
				d->mode = d->mode > s->mode ? d->mode : s->mode;
			}
		}
	}
	for (j = 0; j < src->nheld; j++) {
		if (src->held[j].state != LR_GONE && find(dst, &src->held[j]) < 0) {
			struct lr_held h = src->held[j];

			join_absent(&h, src, &old);
			lr_lockset_add(dst, &h);
		}
	}
	for (j = 0; j < src->nrel; j++) {
		if (src->rel[j].failed)
			lr_lockset_note_failed(dst, src->rel[j].cls, src->rel[j].mode,
					       src->rel[j].loc);
		else
			lr_lockset_note_release(dst, src->rel[j].cls, src->rel[j].mode,
						src->rel[j].loc, src->rel[j].unheld, src->rel[j].inst);
	}
	return !lr_lockset_equal(&old, dst);
}

int lr_lockset_equal(const struct lr_lockset *a, const struct lr_lockset *b)
{
	int i;

	if (a->reachable != b->reachable || a->nheld != b->nheld || a->nrel != b->nrel ||
	    a->nfacts != b->nfacts || a->overflow != b->overflow || a->nvfacts != b->nvfacts)
		return 0;
	for (i = 0; i < a->nheld; i++)
		if (!held_equal(&a->held[i], &b->held[i]))
			return 0;
	for (i = 0; i < a->nrel; i++)
		if (a->rel[i].cls != b->rel[i].cls || a->rel[i].mode != b->rel[i].mode ||
		    a->rel[i].unheld != b->rel[i].unheld || a->rel[i].failed != b->rel[i].failed ||
		    !lr_inst_equal(a->rel[i].inst, b->rel[i].inst))
			return 0;
	return 1;
}
