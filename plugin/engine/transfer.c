// SPDX-License-Identifier: GPL-2.0
/*
 * The effect of one event on a lockset, under a walk (internal.h): an
 * acquisition (checked for lock order when it blocks), an assertion, a
 * release (same instance first, then the latest lock of the class; a lock
 * the caller took makes the function a releaser), a guarded operation
 * (need.c), and a call to a function of the unit, through its summary:
 * its preconditions, the locks it releases, takes blocking, and returns
 * holding.  In SUMMARISE and REPORT walks it also fills the summary.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* The caller's instance for a callee's parameter-relative lock. */
static const char *map_inst(const struct lr_event *call, int param)
{
	if (param < 0 || param >= call->nargs)
		return NULL;
	return call->args[param].key;
}

void lr_sum_add(struct lr_sumlist *l, int cls, enum lr_mode mode, int param, int maybe,
		struct lr_loc loc)
{
	int i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].cls == cls) {
			if (mode > l->v[i].mode)
				l->v[i].mode = mode;
			l->v[i].maybe &= maybe;
			return;
		}
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 4;
		l->v = lr_xrealloc(l->v, l->cap * sizeof(*l->v));
	}
	l->v[l->n].cls = cls;
	l->v[l->n].mode = mode;
	l->v[l->n].param = param;
	l->v[l->n].maybe = maybe;
	l->v[l->n].loc = loc;
	l->n++;
}

static void do_acquire(struct lr_walk *w, struct lr_lockset *ls, const struct lr_event *ev,
		       enum lr_origin origin)
{
	struct lr_held h;
	int i;

	if (ev->cls < 0) {
		/* a lock of unknown class: maybe the one a need wants */
		memset(&h, 0, sizeof(h));
		h.cls = LR_CLASS_UNKNOWN;
		h.mode = ev->mode;
		h.inst = ev->inst;
		h.origin = LR_ORIG_UNKNOWN;
		h.state = LR_MAYBE;
		h.loc = ev->loc;
		lr_lockset_add(ls, &h);
		return;
	}
	if (origin == LR_ORIG_ACQUIRED && !ev->is_try) {
		lr_check_order(w, ls, ev->cls, ev->mode, ev->loc, NULL);
		lr_check_sleep(w, ls, ev->cls, ev->mode, ev->loc, NULL, NULL);
		if (w->mode != LR_WALK_SOLVE)
			lr_sum_add(&w->sum->block, ev->cls, ev->mode, -1, 0, ev->loc);
	}
	/* a lock taken after a failed trylock (the blocking retry) is no failure */
	for (i = ls->nrel - 1; i >= 0 && !ev->value; i--)
		if (ls->rel[i].cls == ev->cls && ls->rel[i].failed) {
			memmove(&ls->rel[i], &ls->rel[i + 1], (ls->nrel - i - 1) * sizeof(ls->rel[0]));
			ls->nrel--;
		}
	memset(&h, 0, sizeof(h));
	h.cls = ev->cls;
	h.mode = ev->mode;
	h.inst = ev->inst;
	h.origin = origin;
	h.loc = ev->loc;
	h.ret_keyed = ev->inst_is_ret;
	/* a lock through a pointer: the table the pointer was looked up for */
	h.table = ev->table ? ev->table : lr_func_ptable(w->f, ev->inst);
	h.state = LR_HELD;
	if (ev->value) {
		h.state = LR_PENDING;
		h.value = ev->value;
		h.held_if_nonzero = ev->when != LR_WHEN_ZERO;
		h.tkey = ev->tkey;
	} else if (ev->tkey) {
		h.state = LR_MAYBE;
		h.tkey = ev->tkey;
		h.held_if_nonzero = 1;
	}
	lr_lockset_add(ls, &h);
}

static void do_release(struct lr_walk *w, struct lr_lockset *ls, int cls, const char *inst,
		       struct lr_loc loc, int if_held)
{
	const struct lr_pack *pack = w->u->pack;
	int i, found = -1, all = inst && !strcmp(inst, "*");

	if (all) {
		for (i = ls->nheld - 1; i >= 0; i--)
			if (ls->held[i].cls == cls && ls->held[i].state != LR_GONE) {
				lr_lockset_note_release(ls, cls, ls->held[i].mode, loc, 0, NULL);
				lr_lockset_remove(ls, i);
			}
		return;
	}
	/* the same instance first, then the latest lock of the class */
	for (i = ls->nheld - 1; i >= 0 && found < 0; i--)
		if ((cls < 0 || ls->held[i].cls == cls) && inst &&
		    ls->held[i].state != LR_GONE && lr_inst_equal(ls->held[i].inst, inst))
			found = i;
	for (i = ls->nheld - 1; i >= 0 && found < 0 && cls >= 0; i--)
		if (ls->held[i].cls == cls && ls->held[i].state != LR_GONE)
			found = i;
	/* a page-table lock of unknown level (vmf->ptl) is one of the levels */
	for (i = ls->nheld - 1; i >= 0 && found < 0 && cls >= 0; i--)
		if (ls->held[i].state != LR_GONE && lr_class_related(pack, cls, ls->held[i].cls))
			found = i;
	/*
	 * A lock of no class released, that this function did not hold on
	 * every path (spin_unlock(ptl) of a parameter, maybe retaken in a
	 * retry loop): maybe the caller's (summary rel_unknown).
	 */
	if (cls < 0 && !if_held && w->mode != LR_WALK_SOLVE && w->sum &&
	    (found < 0 || ls->held[found].state != LR_HELD))
		w->sum->rel_unknown = 1;
	if (found >= 0 && ls->held[found].origin == LR_ORIG_UNKNOWN) {
		const char *gone = ls->held[found].inst;

		lr_lockset_remove(ls, found);
		lr_lockset_drop_aliases(ls, gone);
		return;
	}
	if (found >= 0) {
		const struct lr_held *h = &ls->held[found];
		const char *gone = h->inst;

		lr_lockset_note_release(ls, h->cls, h->mode, loc, h->origin != LR_ORIG_ACQUIRED &&
					h->origin != LR_ORIG_CALLEE, h->inst);
		lr_lockset_remove(ls, found);
		lr_lockset_drop_aliases(ls, gone);
		/*
		 * A pointer of no class released: every class it was held as
		 * goes ("spin_unlock(pml)" where pml was also the PTE ptl,
		 * "if (ptl == pml)")
		 */
		for (i = ls->nheld - 1; cls < 0 && inst && i >= 0; i--)
			if (ls->held[i].state != LR_GONE && ls->held[i].cls >= 0 &&
			    lr_inst_equal(ls->held[i].inst, inst)) {
				lr_lockset_note_release(ls, ls->held[i].cls, ls->held[i].mode, loc,
							ls->held[i].origin != LR_ORIG_ACQUIRED &&
							ls->held[i].origin != LR_ORIG_CALLEE, ls->held[i].inst);
				lr_lockset_remove(ls, i);
			}
		return;
	}
	if (cls >= 0 && !if_held) {
		/* a lock the caller took: the function is a releaser */
		struct lr_held gone;

		memset(&gone, 0, sizeof(gone));
		gone.cls = cls;
		gone.inst = inst;
		gone.state = LR_GONE;
		gone.loc = loc;
		lr_lockset_note_release(ls, cls, LR_MODE_NONE, loc, 1, inst);
		lr_lockset_add(ls, &gone);
		return;
	}
	if (cls >= 0)
		return;
	/* unknown lock: any spinlock might be the one, so none is certain */
	for (i = 0; i < ls->nheld; i++)
		if (ls->held[i].cls >= 0 && pack->classes[ls->held[i].cls].kind == LR_KIND_SPIN &&
		    ls->held[i].state == LR_HELD)
			ls->held[i].state = LR_MAYBE;
}

/* The reporting walk keeps every call site for the whole-program analysis. */
static struct lr_site *record_site(struct lr_walk *w, const struct lr_lockset *ls,
				   const struct lr_event *ev)
{
	struct lr_unit *u = w->u;
	struct lr_site *s;

	if (w->mode != LR_WALK_REPORT)
		return NULL;
	if (u->nsites == u->cap_sites) {
		u->cap_sites = u->cap_sites ? 2 * u->cap_sites : 64;
		u->sites = lr_xrealloc(u->sites, u->cap_sites * sizeof(*u->sites));
	}
	s = &u->sites[u->nsites++];
	memset(s, 0, sizeof(*s));
	s->caller = w->f->index;
	s->callee = lr_xstrdup(ev->callee);
	s->private_args = ev->private_args;
	s->local = ev->defined;
	s->loc = ev->loc;
	lr_site_from_lockset(s, ls);
	return s;
}

/*
 * What a call to a function of the unit releases of the caller's locks,
 * through its summary: before the locks it takes blocking are checked
 * (path.c replays it too, to stand where the check stands).
 */
void lr_call_releases(struct lr_walk *w, struct lr_lockset *ls, const struct lr_event *ev)
{
	const struct lr_func *callee = ev->target;
	const struct lr_summary *s;
	int i;

	if (!callee || callee == w->f)
		return;
	s = &callee->sum;
	for (i = 0; i < s->rel.n; i++) {
		const struct lr_sumlock *r = &s->rel.v[i];
		int k, found = 0;

		if (!r->maybe) {
			do_release(w, ls, r->cls, map_inst(ev, r->param), ev->loc, 0);
			continue;
		}
		/* released on some paths of the callee: no longer certain (a
		 * release of "a page-table lock" may be of the PTE one held here) */
		for (k = 0; k < ls->nheld; k++)
			if (ls->held[k].state == LR_HELD &&
			    lr_class_related(w->u->pack, r->cls, ls->held[k].cls)) {
				ls->held[k].state = LR_MAYBE;
				found = 1;
			}
		if (!found && w->mode != LR_WALK_SOLVE)
			lr_sum_add(&w->sum->rel, r->cls, r->mode,
				   lr_func_param_of(w->f, map_inst(ev, r->param)), 1, r->loc);
	}
	/* a callee that drops a lock it cannot name may drop any spinlock held here */
	if (s->rel_unknown) {
		int spin = 0;

		for (i = 0; i < ls->nheld; i++)
			spin |= ls->held[i].cls >= 0 && ls->held[i].state != LR_GONE &&
				w->u->pack->classes[ls->held[i].cls].kind == LR_KIND_SPIN;
		/* none held here: it is this function's caller's, too */
		do_release(w, ls, LR_CLASS_NONE, NULL, ev->loc, spin);
	}
}

static void do_call(struct lr_walk *w, struct lr_lockset *ls, const struct lr_event *ev)
{
	struct lr_func *callee = ev->target;
	/* on a private mm (init_mm): the callee's needs are not a process's */
	struct lr_site *site = callee != w->f && !ev->private_mm ? record_site(w, ls, ev) : NULL;
	const struct lr_summary *s;
	int i;

	if (!callee || callee == w->f)
		return;
	s = &callee->sum;
	for (i = 0; i < s->npre && !ev->private_mm; i++) {
		struct lr_lockset facts;
		enum lr_judge kind = LR_JUDGE_NA;
		int k, obj = -1;

		/* a store into the object the caller passes: whose is it here? */
		if (s->pre[i].obj_param >= 0 && s->pre[i].obj_param < ev->nargs &&
		    ev->args[s->pre[i].obj_param].key)
			obj = lr_func_param_of(w->f, ev->args[s->pre[i].obj_param].key);
		if (!lr_pre_private(&s->pre[i], ev->private_args) &&
		    lr_pre_applies(w, ev, &s->pre[i], &facts)) {
			/* and the caller's own path facts */
			for (k = 0; k < ls->nfacts; k++)
				lr_lockset_add_fact(&facts, ls->facts[k].param,
						    ls->facts[k].nonzero);
			w->f->overflow |= facts.overflow;
			kind = lr_check_need(w, ls, s->pre[i].rule, ev->loc, callee, &s->pre[i],
					     &facts, obj);
		}
		if (site)
			lr_site_add_outcome(site, s->pre[i].rule, kind);
	}
	lr_call_releases(w, ls, ev);
	for (i = 0; i < s->block.n; i++) {
		const struct lr_sumlock *b = &s->block.v[i];
		int k, dropped = 0;

		/* a callee that first drops the lock it retakes is no inversion */
		for (k = 0; k < s->rel.n; k++)
			if (s->rel.v[k].cls == b->cls)
				dropped = 1;
		if (!dropped)
			lr_check_order(w, ls, b->cls, b->mode, ev->loc, callee);
		lr_check_sleep(w, ls, b->cls, b->mode, ev->loc, callee, &s->rel);
		if (w->mode != LR_WALK_SOLVE)
			lr_sum_add(&w->sum->block, b->cls, b->mode, -1, 0, b->loc);
	}
	for (i = 0; i < s->acq.n; i++) {
		struct lr_held h;

		memset(&h, 0, sizeof(h));
		h.cls = s->acq.v[i].cls;
		h.mode = s->acq.v[i].mode;
		h.inst = map_inst(ev, s->acq.v[i].param);
		h.state = s->acq.v[i].maybe ? LR_MAYBE : LR_HELD;
		h.origin = LR_ORIG_CALLEE;
		h.loc = ev->loc;
		lr_lockset_add(ls, &h);
	}
}

void lr_transfer_event(struct lr_walk *w, struct lr_lockset *ls, const struct lr_event *ev)
{
	switch (ev->kind) {
	case LR_EV_ACQUIRE:
		do_acquire(w, ls, ev, LR_ORIG_ACQUIRED);
		break;
	case LR_EV_ASSERT:
		do_acquire(w, ls, ev, LR_ORIG_ASSERTED);
		break;
	case LR_EV_RELEASE:
		do_release(w, ls, ev->cls, ev->inst, ev->loc, ev->if_held);
		break;
	case LR_EV_GUARD:
		if (ev->rule &&
		    lr_check_need(w, ls, ev->rule, ev->loc, NULL, NULL, NULL, ev->obj_param) ==
		    LR_JUDGE_MET && ev->table)
			lr_check_table(w, ls, ev);
		break;
	case LR_EV_CALL:
		do_call(w, ls, ev);
		break;
	case LR_EV_ASSIGN:
		lr_lockset_assigned(ls, ev->inst);
		break;
	}
}

void lr_transfer_block(struct lr_walk *w, int b, struct lr_lockset *ls)
{
	int i;

	w->blk = b;
	for (i = 0; i < w->f->blocks[b].nevents; i++) {
		w->ev = i;
		lr_transfer_event(w, ls, &w->f->blocks[b].events[i]);
	}
	w->f->overflow |= ls->overflow;
}

