// SPDX-License-Identifier: GPL-2.0
/*
 * What a blocking acquisition must respect, checked where one happens (or
 * at a call to a function that takes locks blocking: its summary's block
 * set), against the locks held on every path, and those held on the paths
 * a correlated value names (pending on it: "if (c) ptl = pmd_lock(..);
 * ... anon_vma_lock_write()" inverts the order where c is nonzero).
 * A lock held on some paths only (MAYBE) counts where path.c finds a
 * path that holds it whose branches test unrelated things; the report
 * names that path ("still held on the path through 480 (false) -> 482
 * (true)").  Trylocks never wait and are not checked (transfer.c).
 *   - Lock order, from the pack's 'order' chains (outer first): every held
 *     lock must come before the new one in any chain that names both; two
 *     locks of one class are not ordered.  'disable=lock-order' turns it off.
 *   - Sleeping under a spinlock, from the pack's 'blocking KIND.. under
 *     KIND..' rules: no acquisition of a class of a blocking kind (rwsem,
 *     the folio lock's bit) while a class of a spinning kind is held
 *     ("folio_lock() under the PTE ptl").  A callee that first releases
 *     the spinlock is not reported for it.
 * Debugging: debug=FUNC prints the lockset at each event (dump.c).
 */
#include <stdio.h>
#include <string.h>
#include "internal.h"

/*
 * Held on every path, or on the paths a correlated value names (lockset.h,
 * corr: "if (c) ptl = pmd_lock(..)" not settled yet): two acquisitions in
 * the wrong order deadlock on the path where both happen.
 */
static int held_here(const struct lr_held *h)
{
	return h->state == LR_HELD || (h->state == LR_PENDING && h->corr);
}

/*
 * Held on some paths only: is there a path that holds it here?  Fills *p
 * (the path's acquisition) when there is.
 */
static int held_on_a_path(struct lr_walk *w, const struct lr_held *h, struct lr_witness *p)
{
	enum lr_witness_result r;

	if (h->state != LR_MAYBE || h->cls < 0 || h->origin == LR_ORIG_UNKNOWN ||
	    h->origin == LR_ORIG_ASSERTED)
		return 0;
	w->u->paths_order++;
	r = lr_path_witness(w, h->cls, h->mode, p);
	if (r == LR_WITNESS_UNDECIDED)
		w->u->paths_order_undecided++;
	if (r != LR_WITNESS_FOUND)
		return 0;
	w->u->paths_order_witness++;
	return 1;
}

/* Where h was taken, and on which paths it is held: the note. */
static void taken_note(struct lr_walk *w, struct lr_diag *d, const struct lr_held *h,
		       const struct lr_witness *p, const char *what, struct lr_loc at)
{
	char path[400];

	if (h->state == LR_PENDING) {
		lr_diag_note(w->u, d, h->loc, "%s was taken here (on the paths where a value "
			     "tested when it was taken says so)", what);
		return;
	}
	if (!p) {
		lr_diag_note(w->u, d, h->loc, "%s was taken here", what);
		return;
	}
	if (lr_witness_describe(p, at, path, sizeof(path)))
		lr_diag_note(w->u, d, p->held.loc, "%s was taken here, and is still held on the "
			     "path through %s", what, path);
	else
		lr_diag_note(w->u, d, p->held.loc, "%s was taken here, and is still held on a "
			     "path that takes it", what);
}

static int order_pos(const struct lr_order *o, int cls, enum lr_mode mode)
{
	int i;

	for (i = 0; i < o->n; i++)
		if (o->chain[i].cls == cls && mode >= o->chain[i].mode)
			return i;
	return -1;
}

static void report(struct lr_walk *w, const struct lr_order *o, const struct lr_held *h,
		   const struct lr_witness *p, int cls, enum lr_mode mode, struct lr_loc loc,
		   const struct lr_func *via)
{
	const struct lr_pack *pack = w->u->pack;
	struct lr_diag *d = lr_diag_new(w->u, "lock-order", loc);
	char a[160], b[160], chain[512];
	int j, used = 0;

	if (!d)
		return;
	lr_describe_class(pack, cls, mode, a, sizeof(a));
	lr_describe_class(pack, h->cls, h->mode, b, sizeof(b));
	if (via)
		lr_diag_msg(w->u, d, "lock order: call to '%s' takes %s while %s is held",
			    via->name, a, b);
	else
		lr_diag_msg(w->u, d, "lock order: %s taken while %s is held", a, b);
	taken_note(w, d, h, p, b, loc);
	chain[0] = '\0';
	for (j = 0; j < o->n; j++) {
		lr_describe_class(pack, o->chain[j].cls, o->chain[j].mode, a, sizeof(a));
		used += snprintf(chain + used, used < (int)sizeof(chain) ? sizeof(chain) - used : 0,
				 "%s%s", j ? " -> " : "", a);
	}
	lr_diag_note(w->u, d, loc, "the order is %s", chain);
	lr_diag_note(w->u, d, loc, "cite: %s", o->cite ? o->cite : "rules");
}

void lr_check_order(struct lr_walk *w, const struct lr_lockset *ls, int cls, enum lr_mode mode,
		    struct lr_loc loc, const struct lr_func *via)
{
	const struct lr_pack *pack = w->u->pack;
	int i, k;

	if (w->mode != LR_WALK_REPORT || pack->order_disabled)
		return;
	for (k = 0; k < pack->norders; k++) {
		const struct lr_order *o = &pack->orders[k];
		int pnew = order_pos(o, cls, mode);

		if (pnew < 0)
			continue;
		for (i = 0; i < ls->nheld; i++) {
			const struct lr_held *h = &ls->held[i];
			int pheld;

			struct lr_witness p;

			if (h->cls == cls)
				continue;
			pheld = order_pos(o, h->cls, h->mode);
			if (pheld < 0 || pheld <= pnew)
				continue;
			if (held_here(h))
				report(w, o, h, NULL, cls, mode, loc, via);
			else if (held_on_a_path(w, h, &p))
				report(w, o, h, &p, cls, mode, loc, via);
			else
				continue;
			return;
		}
	}
}

static int kind_of(const struct lr_pack *pack, int cls)
{
	return cls >= 0 && cls < pack->nclasses ? (int)pack->classes[cls].kind : -1;
}

void lr_check_sleep(struct lr_walk *w, const struct lr_lockset *ls, int cls, enum lr_mode mode,
		    struct lr_loc loc, const struct lr_func *via, const struct lr_sumlist *dropped)
{
	const struct lr_pack *pack = w->u->pack;
	int r, i, k, kind = kind_of(pack, cls);

	if (w->mode != LR_WALK_REPORT || kind < 0)
		return;
	for (r = 0; r < pack->nrules; r++) {
		const struct lr_rule *rule = &pack->rules[r];

		if (rule->disabled || !(rule->blocking_kinds & (1u << kind)))
			continue;
		for (i = 0; i < ls->nheld; i++) {
			const struct lr_held *h = &ls->held[i];
			int hk = kind_of(pack, h->cls), drops = 0, some = 0;
			char a[160], b[160];
			struct lr_witness p;
			struct lr_diag *d;

			if (hk < 0 || !(rule->under_kinds & (1u << hk)))
				continue;
			for (k = 0; dropped && k < dropped->n; k++)
				drops |= lr_class_related(pack, dropped->v[k].cls, h->cls);
			if (drops)
				continue;
			if (!held_here(h) && !(some = held_on_a_path(w, h, &p)))
				continue;
			if (!(d = lr_diag_new(w->u, rule->id, loc)))
				continue;
			lr_describe_class(pack, cls, mode, a, sizeof(a));
			lr_describe_class(pack, h->cls, h->mode, b, sizeof(b));
			if (via)
				lr_diag_msg(w->u, d, "%s: call to '%s' takes %s, which can sleep, "
					    "while %s is held", rule->what, via->name, a, b);
			else
				lr_diag_msg(w->u, d, "%s: %s taken while %s is held", rule->what, a, b);
			taken_note(w, d, h, some ? &p : NULL, b, loc);
			lr_diag_note(w->u, d, loc, "cite: %s", rule->cite);
			return;
		}
	}
}
