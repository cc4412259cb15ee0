// SPDX-License-Identifier: GPL-2.0
/*
 * Checking a rule's need where an operation needs locks, or where a call
 * makes a callee's precondition the caller's business.  Reporting policy
 * (NOTES section 2 has the rationale).  With the locks held on every path
 * not enough:
 *   - if the needed locks are held on some path only, stay silent;
 *   - report if this function released a needed lock earlier on a path
 *     that reaches the operation ("released here"), or a conditional
 *     acquisition of it failed on the path;
 *   - report if this function itself took a lock of the same family or the
 *     same alternative but not the needed one (took the PTE ptl, not the
 *     PMD one; took the anon_vma lock for read, not write);
 *   - otherwise the function has no lock evidence of its own: the need
 *     becomes its precondition, checked the same way at each call in the
 *     unit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

int lr_facts_unknown(const struct lr_lockset *facts)
{
	int i;

	for (i = 0; i < facts->nfacts; i++)
		if (facts->facts[i].param == LR_FACT_UNKNOWN)
			return 1;
	return 0;
}

int lr_atom_held(const struct lr_pack *pack, const struct lr_lockset *ls,
		     const struct lr_atom *a, int must)
{
	int i;

	for (i = 0; i < ls->nheld; i++) {
		const struct lr_held *h = &ls->held[i];

		if (must && h->state != LR_HELD)
			continue;
		/*
		 * Pending (a conditional acquisition whose test the analysis did
		 * not follow, "if (unlikely(!vmf->pte || ...))") is held on some
		 * paths: undecided, like MAYBE.
		 */
		if (!must && h->state == LR_GONE)
			continue;
		/* a spinlock of unknown class may be the page-table lock wanted */
		if (h->origin == LR_ORIG_UNKNOWN) {
			if (pack->classes[a->cls].kind == LR_KIND_SPIN && h->mode >= a->mode)
				return 1;
			continue;
		}
		if (lr_class_satisfies(pack, h->cls, a->cls) && h->mode >= a->mode)
			return 1;
	}
	return 0;
}

static int need_held(const struct lr_pack *pack, const struct lr_lockset *ls,
		     const struct lr_need *need, int must)
{
	int i, j;

	for (i = 0; i < need->nalts; i++) {
		for (j = 0; j < need->alts[i].natoms; j++)
			if (!lr_atom_held(pack, ls, &need->alts[i].atoms[j], must))
				break;
		if (j == need->alts[i].natoms)
			return 1;
	}
	return need->nalts == 0;
}

/*
 * A release earlier on a path here of a lock that would have satisfied the
 * need and is missing now (a lock released and held again is no reason).
 */
static const struct lr_released *released_need(const struct lr_pack *pack,
					       const struct lr_lockset *ls,
					       const struct lr_need *need)
{
	int i, j, k, pass;

	/* this function's own releases and failed acquisitions first, then the caller's */
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < ls->nrel; k++) {
			const struct lr_released *r = &ls->rel[k];

			if ((pass == 0) != (!r->unheld || r->failed))
				continue;
			for (i = 0; i < need->nalts; i++)
				for (j = 0; j < need->alts[i].natoms; j++) {
					const struct lr_atom *a = &need->alts[i].atoms[j];

					if (lr_atom_held(pack, ls, a, 1))
						continue;
					/* the mode of a caller's lock is unknown: any */
					if (lr_class_satisfies(pack, r->cls, a->cls) &&
					    (r->mode >= a->mode || r->unheld))
						return r;
				}
		}
	return NULL;
}

static int same_family(const struct lr_pack *pack, int a, int b)
{
	const char *fa = pack->classes[a].family, *fb = pack->classes[b].family;

	return fa && fb && !strcmp(fa, fb);
}

/*
 * A lock this function took itself that shows it meant to provide the
 * need: a lock of a needed class in too weak a mode, a sibling of a needed
 * class, or one lock of a needed all-of set.
 */
static const struct lr_held *own_evidence(const struct lr_pack *pack,
					  const struct lr_lockset *ls,
					  const struct lr_need *need)
{
	int i, j, k, pass;

	/* a sibling (the PTE ptl for the PMD one), a weak mode, a partial set */
	for (pass = 0; pass < 3; pass++)
		for (k = 0; k < ls->nheld; k++) {
			const struct lr_held *h = &ls->held[k];

			if (h->state != LR_HELD || h->origin != LR_ORIG_ACQUIRED)
				continue;
			for (i = 0; i < need->nalts; i++) {
				const struct lr_alt *alt = &need->alts[i];

				for (j = 0; j < alt->natoms; j++) {
					const struct lr_atom *a = &alt->atoms[j];
					int sat = lr_class_satisfies(pack, h->cls, a->cls);

					if (pass == 0 && !sat && alt->natoms == 1 &&
					    same_family(pack, h->cls, a->cls))
						return h;
					if (pass == 1 && sat && h->mode < a->mode)
						return h;
					if (pass == 2 && sat && alt->natoms > 1)
						return h;
				}
			}
		}
	return NULL;
}

/* The atoms of the best-held alternative that are not held: "the per-VMA lock (write)". */
static void describe_missing(const struct lr_pack *pack, const struct lr_lockset *ls,
			     const struct lr_need *need, char *buf, int len)
{
	int i, j, best = 0, best_held = -1, used = 0;
	char one[160];

	for (i = 0; i < need->nalts; i++) {
		int held = 0;

		for (j = 0; j < need->alts[i].natoms; j++)
			held += lr_atom_held(pack, ls, &need->alts[i].atoms[j], 1);
		if (held > best_held) {
			best_held = held;
			best = i;
		}
	}
	buf[0] = '\0';
	for (j = 0; need->nalts && j < need->alts[best].natoms; j++) {
		if (lr_atom_held(pack, ls, &need->alts[best].atoms[j], 1))
			continue;
		lr_atom_describe(pack, &need->alts[best].atoms[j], one, sizeof(one));
		used += snprintf(buf + used, used < len ? len - used : 0, "%s%s",
				 used ? " and " : "", one);
	}
}

static void add_pre(struct lr_summary *s, const struct lr_rule *rule, struct lr_loc loc,
		    const char *func, const char *via, const struct lr_lockset *ls, unsigned excl,
		    int obj_param)
{
	int i;

	for (i = 0; i < s->npre; i++)
		if (s->pre[i].rule == rule) {
			/* needed on two paths: only the facts true on both still limit it */
			struct lr_pre *p = &s->pre[i];
			int j, k, n = 0;

			/* an alternative ruled out on one path only is still possible */
			p->excl &= excl;
			/* stores into two objects: a private argument no longer excuses */
			if (p->obj_param != obj_param)
				p->obj_param = -1;
			for (j = 0; j < p->nfacts; j++)
				for (k = 0; k < ls->nfacts; k++)
					if (p->facts[j].param == ls->facts[k].param &&
					    p->facts[j].nonzero == ls->facts[k].nonzero) {
						p->facts[n++] = p->facts[j];
						break;
					}
			p->nfacts = n;
			return;
		}
	if (s->npre == s->cap_pre) {
		s->cap_pre = s->cap_pre ? 2 * s->cap_pre : 4;
		s->pre = lr_xrealloc(s->pre, s->cap_pre * sizeof(*s->pre));
	}
	s->pre[s->npre].rule = rule;
	s->pre[s->npre].loc = loc;
	s->pre[s->npre].func = func;
	s->pre[s->npre].via = via;
	s->pre[s->npre].excl = excl;
	s->pre[s->npre].obj_param = obj_param;
	s->pre[s->npre].nfacts = ls->nfacts;
	memcpy(s->pre[s->npre].facts, ls->facts, sizeof(ls->facts));
	s->npre++;
}

/*
 * Does a callee's precondition apply at this call?  Not when it was only
 * needed under a parameter test that the call's constant argument fails.
 * The facts that depend on the caller's own parameters carry over.
 */
int lr_pre_applies(struct lr_walk *w, const struct lr_event *call, const struct lr_pre *pre,
		   struct lr_lockset *facts_out)
{
	int i;

	facts_out->nfacts = 0;
	facts_out->overflow = 0;
	for (i = 0; i < pre->nfacts; i++) {
		int param = pre->facts[i].param;
		const struct lr_ev_arg *arg = param >= 0 && param < call->nargs ?
					      &call->args[param] : NULL;
		int p;

		if (arg && arg->is_const) {
			if ((arg->value != 0) != pre->facts[i].nonzero)
				return 0;
			continue;
		}
		p = arg && arg->key ? lr_func_param_of(w->f, arg->key) : -1;
		/*
		 * A value the caller passes on from elsewhere ("ops->walk_lock"):
		 * still needed only under a test the analysis cannot decide.
		 */
		lr_lockset_add_fact(facts_out, p >= 0 ? p : LR_FACT_UNKNOWN,
				    pre->facts[i].nonzero);
	}
	return 1;
}

/*
 * Where a need stands against a lockset: met on every path, on some paths
 * only, broken by a release or a failed trylock on a path here, broken
 * while the function took a lock of its family (own evidence), or not
 * provided with no evidence (a precondition).  OFF: the rule is off or
 * applies only while a lock is held that is not.
 */
/*
 * A rule's need without the alternatives a chain of callees has ruled out
 * (lr_pre.excl); map[i] is the rule's index of alternative i.
 */
void lr_need_effective(const struct lr_rule *rule, unsigned excl, struct lr_need *out,
		       int *map)
{
	int i;

	out->nalts = 0;
	for (i = 0; i < rule->need.nalts; i++)
		if (!(excl & (1u << i))) {
			if (map)
				map[out->nalts] = i;
			out->alts[out->nalts++] = rule->need.alts[i];
		}
}

/*
 * A lock a join made pending on a value (lockset.c, corr) such that the
 * need is met on every path where the value says it is held and not even
 * on some path where it says it is not: that path is concrete ("if (c)
 * lock(); ... op" reached with c == 0), not a guess.
 */
static const struct lr_held *split_unmet(const struct lr_pack *pack, const struct lr_lockset *ls,
					 const struct lr_need *need)
{
	int i;

	for (i = 0; i < ls->nheld; i++) {
		const struct lr_held *e = &ls->held[i];
		struct lr_lockset yes, no;

		if (e->state != LR_PENDING || !e->corr)
			continue;
		yes = *ls;
		no = *ls;
		lr_lockset_assume(&yes, e->corr, e->value, e->held_if_nonzero);
		lr_lockset_assume(&no, e->corr, e->value, !e->held_if_nonzero);
		if (need_held(pack, &yes, need, 1) && !need_held(pack, &no, need, 0))
			return e;
	}
	return NULL;
}

void lr_need_judge(const struct lr_pack *pack, const struct lr_lockset *ls,
		   const struct lr_rule *rule, unsigned excl, struct lr_judgement *j)
{
	const struct lr_held *split;
	struct lr_need need;
	int map[LR_MAX_ALTS], i, k;
	unsigned all = (1u << rule->need.nalts) - 1, mask = 0;

	lr_need_effective(rule, excl, &need, map);
	memset(j, 0, sizeof(*j));
	j->split_param = -1;
	j->kind = LR_JUDGE_OFF;
	if (rule->disabled)
		return;
	if (rule->when_cls >= 0) {
		struct lr_atom when = { rule->when_cls, rule->when_mode };

		if (!lr_atom_held(pack, ls, &when, 1))
			return;
	}
	j->kind = LR_JUDGE_MET;
	if (need_held(pack, ls, &need, 1))
		return;
	/*
	 * Not held on every path.  Held on some paths only is not certain:
	 * kernel code unlocks and tests the same condition again later
	 * ("if (err) unlock; ... if (err) goto out"), or keeps a flag.
	 */
	j->kind = LR_JUDGE_SOME;
	if ((split = split_unmet(pack, ls, &need))) {
		/* the callers' on the paths where the value says it was not taken */
		j->kind = LR_JUDGE_NONE;
		j->excl = excl;
		j->split = 1;
		if (split->corr == LR_CORR_PARAM) {
			j->split_param = split->value;
			j->split_nonzero = !split->held_if_nonzero;
		}
		return;
	}
	if (need_held(pack, ls, &need, 0))
		return;
	j->rel = released_need(pack, ls, &need);
	j->kind = LR_JUDGE_RELEASED;
	/*
	 * A caller's lock released here, when the need has other
	 * alternatives: the caller may hold one of those (vma_complete()
	 * drops i_mmap_rwsem its caller took, under mmap_lock it does not
	 * see).  The need becomes the callers', without the alternatives
	 * the released lock stood for: they must provide another.
	 */
	if (j->rel && j->rel->unheld && !j->rel->failed) {
		for (i = 0; i < need.nalts; i++)
			for (k = 0; k < need.alts[i].natoms; k++)
				if (lr_class_satisfies(pack, j->rel->cls, need.alts[i].atoms[k].cls))
					mask |= 1u << map[i];
		if (mask && ((excl | mask) & all) != all) {
			j->kind = LR_JUDGE_NONE;
			j->excl = excl | mask;
			j->rel = NULL;
			return;
		}
	}
	if (j->rel)
		return;
	j->ev = own_evidence(pack, ls, &need);
	j->kind = j->ev ? LR_JUDGE_EVIDENCE : LR_JUDGE_NONE;
	j->excl = excl;
}

/*
 * The report of a broken need (RELEASED or EVIDENCE).  via: the called
 * function when the need is its precondition pre.
 */
void lr_need_report(struct lr_unit *u, const struct lr_lockset *ls, const struct lr_rule *rule,
		    struct lr_loc loc, const char *via, const struct lr_pre *pre,
		    const struct lr_judgement *j)
{
	struct lr_need need;

	const struct lr_pack *pack = u->pack;
	const struct lr_released *rel = j->rel;
	const struct lr_held *ev = j->ev;
	struct lr_diag *d = lr_diag_new(u, rule->id, loc);
	char needs[512], held[512], what[160];

	if (!d)
		return;
	lr_need_effective(rule, pre ? pre->excl : 0, &need, NULL);
	lr_need_describe(pack, &need, needs, sizeof(needs));
	if (via)
		lr_diag_msg(u, d, "call to '%s' performs a %s without %s", via, rule->what, needs);
	else
		lr_diag_msg(u, d, "%s without %s", rule->what, needs);
	lr_describe_held(pack, ls, held, sizeof(held));
	lr_diag_note(u, d, loc, "held here: %s", held);
	if (rel && rel->failed) {
		lr_describe_class(pack, rel->cls, rel->mode, what, sizeof(what));
		lr_diag_note(u, d, rel->loc, "%s was not taken: this call failed on the path", what);
	} else if (rel) {
		lr_describe_class(pack, rel->cls, rel->mode, what, sizeof(what));
		lr_diag_note(u, d, rel->loc, "%s was released here%s", what,
			     rel->unheld ? ", though the caller took it" : "");
	} else if (ev) {
		char missing[400];

		lr_describe_class(pack, ev->cls, ev->mode, what, sizeof(what));
		describe_missing(pack, ls, &need, missing, sizeof(missing));
		lr_diag_note(u, d, ev->loc, "this function took %s here; missing: %s", what, missing);
	}
	if (via && pre)
		lr_diag_note(u, d, pre->loc, "'%s' performs the %s here", pre->func, rule->what);
	lr_diag_note(u, d, loc, "cite: %s", rule->cite);
}

/*
 * A need that comes from a store into the object of the callee's
 * parameter obj_param, at a call that passes a private object there
 * ("vma_set_range(new, ..)" after "new = vm_area_dup(vma)"): not the
 * caller's business, nobody else can see the object yet.
 */
int lr_pre_private(const struct lr_pre *pre, unsigned private_args)
{
	return pre->obj_param >= 0 && pre->obj_param < 32 &&
	       (private_args & (1u << pre->obj_param));
}

/*
 * Check a need at a point.  'via' is the called function when the need is a
 * callee's precondition; pre is then that precondition.  Returns how the
 * need stands (the call site's outcome, for the whole-program analysis).
 * obj_param: the parameter of this function whose object the operation
 * writes (a guarded store), or -1; a precondition made here keeps it.
 */
/* A need that one path misses: the path's lockset judged alone (path.c). */
struct unmet_query {
	const struct lr_pack *pack;
	const struct lr_rule *rule;
	unsigned excl;
	int broken;		/* 1: released or the function's own wrong lock; 0: none at all */
};

static int want_unmet(const struct lr_lockset *ls, void *ctx, struct lr_held *held)
{
	const struct unmet_query *q = ctx;
	struct lr_judgement j;

	lr_need_judge(q->pack, ls, q->rule, q->excl, &j);
	if (q->broken)
		return j.kind == LR_JUDGE_RELEASED || j.kind == LR_JUDGE_EVIDENCE;
	return j.kind == LR_JUDGE_NONE && !j.split;
}

/*
 * Held on some paths only, and no correlated value tells which: is there
 * a path that reaches the operation without it, whose branches test
 * unrelated things and read no parameter (a caller could say through one
 * that it holds the lock)?  On such a path where this function released
 * the lock or took a wrong one, it is REPORTED, naming the path; where it
 * took none, the need is the callers' (NONE: a precondition), as for a
 * lock a correlated value says was not taken.  Else SOME: silent.
 */
static enum lr_judge unmet_on_a_path(struct lr_walk *w, const struct lr_rule *rule,
				     unsigned excl, struct lr_loc loc, const char *via,
				     const struct lr_pre *pre)
{
	struct unmet_query uq = { w->u->pack, rule, excl, 1 };
	struct lr_witness_query q = { want_unmet, &uq, 1, rule->id };
	struct lr_witness p;
	struct lr_need need;
	struct lr_diag *d;
	char needs[512], path[400];
	enum lr_witness_result r = lr_path_find(w, &q, &p);

	if (r != LR_WITNESS_FOUND) {
		uq.broken = 0;
		if (r == LR_WITNESS_NONE)
			r = lr_path_find(w, &q, &p);
		if (r == LR_WITNESS_UNDECIDED && w->mode == LR_WALK_REPORT)
			w->u->paths_some_undecided++;
		if (r == LR_WITNESS_FOUND && w->mode == LR_WALK_REPORT)
			w->u->paths_some_callers++;
		return r == LR_WITNESS_FOUND ? LR_JUDGE_NONE : LR_JUDGE_SOME;
	}
	if (w->mode != LR_WALK_REPORT)
		return LR_JUDGE_RELEASED;
	w->u->paths_some_witness++;
	if (!(d = lr_diag_new(w->u, rule->id, loc)))
		return LR_JUDGE_RELEASED;
	lr_need_effective(rule, excl, &need, NULL);
	lr_need_describe(w->u->pack, &need, needs, sizeof(needs));
	if (via)
		lr_diag_msg(w->u, d, "call to '%s' performs a %s without %s", via, rule->what, needs);
	else
		lr_diag_msg(w->u, d, "%s without %s", rule->what, needs);
	if (lr_witness_describe(&p, loc, path, sizeof(path)))
		lr_diag_note(w->u, d, loc, "held on some paths only; on the path through %s "
			     "this function dropped it or took another", path);
	else
		lr_diag_note(w->u, d, loc, "held on some paths only; on a path here this "
			     "function dropped it or took another");
	if (via && pre)
		lr_diag_note(w->u, d, pre->loc, "'%s' performs the %s here", pre->func, rule->what);
	lr_diag_note(w->u, d, loc, "cite: %s", rule->cite);
	return LR_JUDGE_RELEASED;
}

enum lr_judge lr_check_need(struct lr_walk *w, const struct lr_lockset *ls,
			    const struct lr_rule *rule, struct lr_loc loc,
			    const struct lr_func *via, const struct lr_pre *pre,
			    const struct lr_lockset *facts, int obj_param)
{
	struct lr_judgement j;

	lr_need_judge(w->u->pack, ls, rule, pre ? pre->excl : 0, &j);
	if (w->mode == LR_WALK_REPORT && j.kind == LR_JUDGE_SOME)
		w->u->paths_some++;
	if (w->mode != LR_WALK_SOLVE && j.kind == LR_JUDGE_SOME) {
		enum lr_judge k = unmet_on_a_path(w, rule, pre ? pre->excl : 0, loc,
						  via ? via->name : NULL, pre);

		if (k == LR_JUDGE_RELEASED)
			return k;	/* reported with its path */
		if (k == LR_JUDGE_NONE) {
			j.kind = LR_JUDGE_NONE;
			j.excl = pre ? pre->excl : 0;
		}
	}
	if (w->mode == LR_WALK_REPORT && j.split)
		w->u->paths_correlated++;
	/* needed only under a test of a value the analysis does not follow */
	if ((j.kind == LR_JUDGE_RELEASED || j.kind == LR_JUDGE_EVIDENCE) && facts &&
	    lr_facts_unknown(facts))
		j.kind = LR_JUDGE_NONE;
	if (j.kind == LR_JUDGE_NONE && w->mode != LR_WALK_SOLVE) {
		struct lr_lockset f = facts ? *facts : *ls;

		if (j.split_param >= 0)
			lr_lockset_add_fact(&f, j.split_param, j.split_nonzero);
		add_pre(w->sum, rule, pre ? pre->loc : loc, pre ? pre->func : w->f->name,
			via ? via->name : NULL, &f, j.excl, obj_param);
	}
	if ((j.kind == LR_JUDGE_RELEASED || j.kind == LR_JUDGE_EVIDENCE) &&
	    w->mode == LR_WALK_REPORT)
		lr_need_report(w->u, ls, rule, loc, via ? via->name : NULL, pre, &j);
	return j.kind;
}

/*
 * An instance key as C: "vmf.pmd" is vmf->pmd; NULL for a temporary
 * ("_5", "D12"), which has no name to show.
 */
static const char *key_as_c(const char *key, char *buf, int len)
{
	int i, o = 0;

	if (!key || (key[0] == '_' && key[1] >= '0' && key[1] <= '9') ||
	    (key[0] == 'D' && key[1] >= '0' && key[1] <= '9'))
		return NULL;
	for (i = 0; key[i] && o < len - 3; i++) {
		if (key[i] == '.') {
			buf[o++] = '-';
			buf[o++] = '>';
		} else {
			buf[o++] = key[i];
		}
	}
	buf[o] = '\0';
	return buf;
}

/*
 * Which page table (issue 10).  A guarded operation on page table T whose
 * need is met by class: is it met by a lock for T?  A lock of class
 * table_cls known to be for another table does not count.  Reported only
 * when the function itself shows that T has a lock of its own (it looked
 * it up or took it: "new_ptl = pmd_lockptr(mm, new_pmd)"), and without the
 * other tables' locks the need is not met even on some path (a lock for T,
 * or for a table the analysis cannot name, on some path keeps it silent).
 */
void lr_check_table(struct lr_walk *w, const struct lr_lockset *ls, const struct lr_event *ev)
{
	const struct lr_pack *pack = w->u->pack;
	const struct lr_rule *rule = ev->rule;
	const struct lr_ptable *own;
	const struct lr_held *wrong = NULL;
	struct lr_lockset t;
	struct lr_need need;
	struct lr_diag *d;
	char what[160], tk[LR_KEY_MAX + 16], hk[LR_KEY_MAX + 16];
	const char *tname, *hname;
	int i;

	if (w->mode != LR_WALK_REPORT || ev->table_cls < 0)
		return;
	own = lr_func_ptable_of(w->f, ev->table, ev->table_cls);
	if (!own)
		return;
	t = *ls;
	for (i = t.nheld - 1; i >= 0; i--) {
		const struct lr_held *h = &t.held[i];

		if (h->cls == ev->table_cls && h->state != LR_GONE && h->table &&
		    !lr_inst_equal(h->table, ev->table))
			lr_lockset_remove(&t, i);
	}
	lr_need_effective(rule, 0, &need, NULL);
	if (need_held(pack, &t, &need, 0))
		return;
	for (i = 0; i < ls->nheld && !wrong; i++)
		if (ls->held[i].cls == ev->table_cls && ls->held[i].state == LR_HELD &&
		    ls->held[i].table && !lr_inst_equal(ls->held[i].table, ev->table))
			wrong = &ls->held[i];
	if (!wrong)
		return;
	d = lr_diag_new(w->u, rule->id, ev->loc);
	if (!d)
		return;
	lr_describe_class(pack, ev->table_cls, LR_MODE_NONE, what, sizeof(what));
	tname = key_as_c(ev->table, tk, sizeof(tk));
	hname = key_as_c(wrong->table, hk, sizeof(hk));
	lr_diag_msg(w->u, d, "%s of '%s' under %s of '%s', not its own", rule->what,
		    tname ? tname : "a page table", what, hname ? hname : "another page table");
	lr_diag_note(w->u, d, wrong->loc, "%s of '%s' is taken here", what,
		     hname ? hname : "another page table");
	lr_diag_note(w->u, d, own->loc, "the lock of '%s' comes from here, and is not held at the "
		     "change", tname ? tname : "the changed page table");
	lr_diag_note(w->u, d, ev->loc, "cite: %s", rule->cite);
}

