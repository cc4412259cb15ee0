// SPDX-License-Identifier: GPL-2.0
/*
 * The lockset analysis: a forward dataflow over each function's graph of
 * lock events, then function summaries across the translation unit, then
 * the reports.
 *
 * Reporting policy (NOTES has the rationale).  At an operation that needs
 * locks, with the locks held on every path not enough:
 *   - if the needed locks are held on some path only, stay silent;
 *   - report if this function released a needed lock earlier on a path
 *     that reaches the operation ("released here");
 *   - report if this function itself took a lock of the same family or the
 *     same alternative but not the needed one (took the PTE ptl, not the
 *     PMD one; took the anon_vma lock for read, not write);
 *   - otherwise the function has no lock evidence of its own: the need
 *     becomes its precondition, checked the same way at each call in the
 *     unit.
 * Lock order is checked at every blocking acquisition against the locks
 * held on every path; trylocks are exempt.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "engine.h"
#include "lockset.h"

#define LR_MAX_PRE   16
#define LR_MAX_SUM   12
#define LR_ROUNDS    8

struct lr_pre {
	const struct lr_rule *rule;
	struct lr_loc loc;	/* the operation, in the function that does it */
	const char *func;	/* the function that does it */
	int nfacts;		/* only when these parameter tests hold */
	struct lr_fact facts[LR_MAX_FACTS];
};

struct lr_sumlock {
	int cls;
	enum lr_mode mode;
	int param;		/* instance is this parameter, or -1 */
	int maybe;
	struct lr_loc loc;
};

struct lr_summary {
	int npre;
	struct lr_pre pre[LR_MAX_PRE];
	int nacq;		/* locks held at return that it took */
	struct lr_sumlock acq[LR_MAX_SUM];
	int nrel;		/* locks released that the caller held */
	struct lr_sumlock rel[LR_MAX_SUM];
	int nblock;		/* classes it takes with a blocking call */
	struct lr_sumlock block[LR_MAX_SUM];
};

struct lr_func {
	char *name;
	struct lr_loc loc;
	int nparams;
	char **params;
	struct lr_block *blocks;
	int nblocks, cap_blocks;
	int entry, exit;
	struct lr_summary sum;
	struct lr_lockset *in;	/* per block, during analysis */
};

struct lr_unit {
	const struct lr_pack *pack;
	struct lr_func **funcs;
	int nfuncs;
	/* reports collected during the final pass */
	struct lr_diag *diags;
	int ndiags, cap_diags;
	int reporting;
	int collecting;		/* the final walk: fill the summary */
	struct lr_func *cur;
	struct lr_summary *cursum;
};

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		abort();
	return p;
}

static char *xstrdup(const char *s)
{
	return s ? strcpy(xrealloc(NULL, strlen(s) + 1), s) : NULL;
}

struct lr_unit *lr_unit_new(const struct lr_pack *pack)
{
	struct lr_unit *u = xrealloc(NULL, sizeof(*u));

	memset(u, 0, sizeof(*u));
	u->pack = pack;
	return u;
}

static void free_event(struct lr_event *ev)
{
	int i;

	free((char *)ev->inst);
	free((char *)ev->callee);
	for (i = 0; i < ev->nargs; i++)
		free((char *)ev->args[i]);
	free(ev->args);
}

void lr_unit_free(struct lr_unit *u)
{
	int i, j, k;

	if (!u)
		return;
	for (i = 0; i < u->nfuncs; i++) {
		struct lr_func *f = u->funcs[i];

		for (j = 0; j < f->nblocks; j++) {
			for (k = 0; k < f->blocks[j].nevents; k++)
				free_event(&f->blocks[j].events[k]);
			free(f->blocks[j].events);
			for (k = 0; k < f->blocks[j].nsuccs; k++)
				free(f->blocks[j].succs[k].key);
			free(f->blocks[j].succs);
		}
		for (j = 0; j < f->nparams; j++)
			free(f->params[j]);
		free(f->params);
		free(f->blocks);
		free(f->name);
		free(f);
	}
	free(u->funcs);
	free(u->diags);
	free(u);
}

struct lr_func *lr_func_new(struct lr_unit *u, const char *name,
			    struct lr_loc loc, int nparams, const char *const *params)
{
	struct lr_func *f = xrealloc(NULL, sizeof(*f));
	int i;

	memset(f, 0, sizeof(*f));
	f->name = xstrdup(name);
	f->loc = loc;
	f->nparams = nparams;
	f->params = xrealloc(NULL, (nparams + 1) * sizeof(char *));
	for (i = 0; i < nparams; i++)
		f->params[i] = xstrdup(params[i] ? params[i] : "");
	f->exit = -1;
	u->funcs = xrealloc(u->funcs, (u->nfuncs + 1) * sizeof(*u->funcs));
	u->funcs[u->nfuncs++] = f;
	return f;
}

int lr_func_add_block(struct lr_func *f)
{
	if (f->nblocks == f->cap_blocks) {
		f->cap_blocks = f->cap_blocks ? 2 * f->cap_blocks : 8;
		f->blocks = xrealloc(f->blocks, f->cap_blocks * sizeof(*f->blocks));
	}
	memset(&f->blocks[f->nblocks], 0, sizeof(f->blocks[0]));
	return f->nblocks++;
}

void lr_func_set_entry_exit(struct lr_func *f, int entry, int exit)
{
	f->entry = entry;
	f->exit = exit;
}

void lr_block_add_event(struct lr_func *f, int block, const struct lr_event *ev)
{
	struct lr_block *b;
	struct lr_event *e;
	int i;

	if (block < 0 || block >= f->nblocks)
		return;
	b = &f->blocks[block];
	if (b->nevents == b->cap_events) {
		b->cap_events = b->cap_events ? 2 * b->cap_events : 4;
		b->events = xrealloc(b->events, b->cap_events * sizeof(*b->events));
	}
	e = &b->events[b->nevents++];
	*e = *ev;
	e->inst = xstrdup(ev->inst);
	e->callee = xstrdup(ev->callee);
	e->args = NULL;
	if (ev->nargs > 0) {
		e->args = xrealloc(NULL, ev->nargs * sizeof(char *));
		for (i = 0; i < ev->nargs; i++)
			e->args[i] = xstrdup(ev->args[i]);
	}
}

void lr_block_add_edge(struct lr_func *f, int block, int to, int value, int nonzero)
{
	struct lr_block *b;

	if (block < 0 || block >= f->nblocks || to < 0 || to >= f->nblocks)
		return;
	b = &f->blocks[block];
	if (b->nsuccs == b->cap_succs) {
		b->cap_succs = b->cap_succs ? 2 * b->cap_succs : 2;
		b->succs = xrealloc(b->succs, b->cap_succs * sizeof(*b->succs));
	}
	b->succs[b->nsuccs].to = to;
	b->succs[b->nsuccs].value = value;
	b->succs[b->nsuccs].nonzero = nonzero;
	b->succs[b->nsuccs].key = NULL;
	b->nsuccs++;
}

void lr_block_add_key_edge(struct lr_func *f, int block, int to, const char *key, int nonzero)
{
	lr_block_add_edge(f, block, to, 0, nonzero);
	if (block >= 0 && block < f->nblocks && to >= 0 && to < f->nblocks && key)
		f->blocks[block].succs[f->blocks[block].nsuccs - 1].key = xstrdup(key);
}

void lr_unit_stats(const struct lr_unit *u, int *nfuncs, int *nevents)
{
	int i, j, n = 0;

	for (i = 0; i < u->nfuncs; i++)
		for (j = 0; j < u->funcs[i]->nblocks; j++)
			n += u->funcs[i]->blocks[j].nevents;
	*nfuncs = u->nfuncs;
	*nevents = n;
}

static struct lr_func *find_func(const struct lr_unit *u, const char *name)
{
	int i;

	if (!name)
		return NULL;
	for (i = 0; i < u->nfuncs; i++)
		if (!strcmp(u->funcs[i]->name, name))
			return u->funcs[i];
	return NULL;
}

/* ------------------------------------------------------------ reporting */

static void describe_class(const struct lr_pack *pack, int cls, enum lr_mode mode,
			   char *buf, int len)
{
	struct lr_atom a = { cls, mode };

	lr_atom_describe(pack, &a, buf, len);
}

static void describe_held(const struct lr_pack *pack, const struct lr_lockset *ls,
			  char *buf, int len)
{
	int i, n = 0, used = 0;
	char one[160];

	buf[0] = '\0';
	for (i = 0; i < ls->nheld; i++) {
		const struct lr_held *h = &ls->held[i];

		if (h->state != LR_HELD ||
		    !strcmp(pack->classes[h->cls].kind, "token"))
			continue;
		describe_class(pack, h->cls, h->mode, one, sizeof(one));
		used += snprintf(buf + used, used < len ? len - used : 0, "%s%s%s",
				 n++ ? ", " : "", one,
				 h->origin == LR_ORIG_ASSERTED ? " (asserted)" : "");
		if (used >= len)
			break;
	}
	if (!n)
		snprintf(buf, len, "no lock");
}

static struct lr_diag *new_diag(struct lr_unit *u, const char *rule_id, struct lr_loc loc)
{
	struct lr_diag *d;
	int i;

	/* one report per rule and place */
	for (i = 0; i < u->ndiags; i++)
		if (u->diags[i].loc.line == loc.line && u->diags[i].loc.col == loc.col &&
		    u->diags[i].loc.cookie == loc.cookie &&
		    !strcmp(u->diags[i].rule_id, rule_id) &&
		    lr_inst_equal(u->diags[i].loc.file, loc.file))
			return NULL;
	if (u->ndiags == u->cap_diags) {
		u->cap_diags = u->cap_diags ? 2 * u->cap_diags : 8;
		u->diags = xrealloc(u->diags, u->cap_diags * sizeof(*u->diags));
	}
	d = &u->diags[u->ndiags++];
	memset(d, 0, sizeof(*d));
	d->rule_id = rule_id;
	d->loc = loc;
	return d;
}

static void add_note(struct lr_diag *d, struct lr_loc loc, const char *fmt, const char *a,
		     const char *b)
{
	if (d->nnotes >= LR_MAX_NOTES)
		return;
	d->notes[d->nnotes].loc = loc;
	snprintf(d->notes[d->nnotes].msg, sizeof(d->notes[0].msg), fmt, a, b ? b : "");
	d->nnotes++;
}

/* ------------------------------------------------------------ needs */

static int atom_held(const struct lr_pack *pack, const struct lr_lockset *ls,
		     const struct lr_atom *a, int must)
{
	int i;

	for (i = 0; i < ls->nheld; i++) {
		const struct lr_held *h = &ls->held[i];

		if (must && h->state != LR_HELD)
			continue;
		if (!must && (h->state == LR_PENDING || h->state == LR_GONE))
			continue;
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
			if (!atom_held(pack, ls, &need->alts[i].atoms[j], must))
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
	int i, j, k;

	for (k = 0; k < ls->nrel; k++)
		for (i = 0; i < need->nalts; i++)
			for (j = 0; j < need->alts[i].natoms; j++) {
				const struct lr_atom *a = &need->alts[i].atoms[j];

				if (atom_held(pack, ls, a, 1))
					continue;
				/* the mode of a caller's lock is unknown: any */
				if (lr_class_satisfies(pack, ls->rel[k].cls, a->cls) &&
				    (ls->rel[k].mode >= a->mode || ls->rel[k].unheld))
					return &ls->rel[k];
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

static int param_of(const struct lr_func *f, const char *inst);

/* The atoms of the best-held alternative that are not held: "the per-VMA lock (write)". */
static void describe_missing(const struct lr_pack *pack, const struct lr_lockset *ls,
			     const struct lr_need *need, char *buf, int len)
{
	int i, j, best = 0, best_held = -1, used = 0;
	char one[160];

	for (i = 0; i < need->nalts; i++) {
		int held = 0;

		for (j = 0; j < need->alts[i].natoms; j++)
			held += atom_held(pack, ls, &need->alts[i].atoms[j], 1);
		if (held > best_held) {
			best_held = held;
			best = i;
		}
	}
	buf[0] = '\0';
	for (j = 0; need->nalts && j < need->alts[best].natoms; j++) {
		if (atom_held(pack, ls, &need->alts[best].atoms[j], 1))
			continue;
		lr_atom_describe(pack, &need->alts[best].atoms[j], one, sizeof(one));
		used += snprintf(buf + used, used < len ? len - used : 0, "%s%s",
				 used ? " and " : "", one);
	}
}

static void add_pre(struct lr_summary *s, const struct lr_rule *rule, struct lr_loc loc,
		    const char *func, const struct lr_lockset *ls)
{
	int i;

	for (i = 0; i < s->npre; i++)
		if (s->pre[i].rule == rule) {
			/* needed on two paths: only the facts true on both still limit it */
			struct lr_pre *p = &s->pre[i];
			int j, k, n = 0;

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
	if (s->npre == LR_MAX_PRE)
		return;
	s->pre[s->npre].rule = rule;
	s->pre[s->npre].loc = loc;
	s->pre[s->npre].func = func;
	s->pre[s->npre].nfacts = ls->nfacts;
	memcpy(s->pre[s->npre].facts, ls->facts, sizeof(ls->facts));
	s->npre++;
}

/*
 * Does a callee's precondition apply at this call?  Not when it was only
 * needed under a parameter test that the call's constant argument fails.
 * The facts that depend on the caller's own parameters carry over.
 */
static int pre_applies(const struct lr_func *caller, const struct lr_event *call,
		       const struct lr_pre *pre, struct lr_lockset *facts_out)
{
	int i;

	facts_out->nfacts = 0;
	for (i = 0; i < pre->nfacts; i++) {
		const char *arg = pre->facts[i].param < call->nargs ?
				  call->args[pre->facts[i].param] : NULL;
		int p;

		if (!arg)
			continue;
		if (arg[0] == '#') {
			if ((atol(arg + 1) != 0) != pre->facts[i].nonzero)
				return 0;
			continue;
		}
		p = param_of(caller, arg);
		if (p >= 0 && facts_out->nfacts < LR_MAX_FACTS) {
			facts_out->facts[facts_out->nfacts].param = p;
			facts_out->facts[facts_out->nfacts].nonzero = pre->facts[i].nonzero;
			facts_out->nfacts++;
		}
	}
	return 1;
}

/*
 * Check a need at a point.  'via' is the called function when the need is a
 * callee's precondition; pre is then that precondition.
 */
static void check_need(struct lr_unit *u, const struct lr_lockset *ls,
		       const struct lr_rule *rule, struct lr_loc loc,
		       const struct lr_func *via, const struct lr_pre *pre,
		       const struct lr_lockset *facts)
{
	const struct lr_pack *pack = u->pack;
	const struct lr_released *rel;
	const struct lr_held *ev = NULL;
	struct lr_diag *d;
	char needs[512], held[512], what[160];

	if (rule->disabled)
		return;
	if (rule->when_cls >= 0) {
		struct lr_atom w = { rule->when_cls, rule->when_mode };

		if (!atom_held(pack, ls, &w, 1))
			return;
	}
	if (need_held(pack, ls, &rule->need, 1))
		return;
	/*
	 * Not held on every path.  Held on some paths only is not certain:
	 * kernel code unlocks and tests the same condition again later
	 * ("if (err) unlock; ... if (err) goto out"), or keeps a flag.
	 */
	if (need_held(pack, ls, &rule->need, 0))
		return;
	rel = released_need(pack, ls, &rule->need);
	if (!rel)
		ev = own_evidence(pack, ls, &rule->need);
	if (!rel && !ev) {
		if (u->collecting)
			add_pre(u->cursum, rule, pre ? pre->loc : loc, pre ? pre->func : u->cur->name,
			facts ? facts : ls);
		return;
	}
	if (!u->reporting)
		return;
	d = new_diag(u, rule->id, loc);
	if (!d)
		return;
	lr_need_describe(pack, &rule->need, needs, sizeof(needs));
	if (via)
		snprintf(d->msg, sizeof(d->msg), "call to '%s' performs a %s without %s",
			 via->name, rule->what, needs);
	else
		snprintf(d->msg, sizeof(d->msg), "%s without %s", rule->what, needs);
	describe_held(pack, ls, held, sizeof(held));
	add_note(d, loc, "held here: %s%s", held, "");
	if (rel && rel->failed) {
		describe_class(pack, rel->cls, rel->mode, what, sizeof(what));
		add_note(d, rel->loc, "%s was not taken: this call failed on the path%s", what, "");
	} else if (rel) {
		describe_class(pack, rel->cls, rel->mode, what, sizeof(what));
		add_note(d, rel->loc, "%s was released here%s", what,
			 rel->unheld ? ", though the caller took it" : "");
	} else {
		char missing[400];

		describe_class(pack, ev->cls, ev->mode, what, sizeof(what));
		describe_missing(pack, ls, &rule->need, missing, sizeof(missing));
		add_note(d, ev->loc, "this function took %s here; missing: %s", what, missing);
	}
	if (via && pre)
		add_note(d, pre->loc, "'%s' performs the %s here", pre->func, rule->what);
	add_note(d, loc, "cite: %s%s", rule->cite, "");
}

/* ------------------------------------------------------------ order */

static int order_pos(const struct lr_order *o, int cls, enum lr_mode mode)
{
	int i;

	for (i = 0; i < o->n; i++)
		if (o->chain[i].cls == cls && mode >= o->chain[i].mode)
			return i;
	return -1;
}

static void check_order(struct lr_unit *u, const struct lr_lockset *ls, int cls,
			enum lr_mode mode, struct lr_loc loc, const struct lr_func *via)
{
	const struct lr_pack *pack = u->pack;
	int i, k;

	if (!u->reporting)
		return;
	for (k = 0; k < pack->norders; k++) {
		const struct lr_order *o = &pack->orders[k];
		int pnew = order_pos(o, cls, mode);

		if (pnew < 0)
			continue;
		for (i = 0; i < ls->nheld; i++) {
			const struct lr_held *h = &ls->held[i];
			int pheld;
			struct lr_diag *d;
			char a[160], b[160], chain[512];
			int j, used = 0;

			if (h->state != LR_HELD || h->cls == cls)
				continue;
			pheld = order_pos(o, h->cls, h->mode);
			if (pheld < 0 || pheld <= pnew)
				continue;
			d = new_diag(u, "lock-order", loc);
			if (!d)
				return;
			describe_class(pack, cls, mode, a, sizeof(a));
			describe_class(pack, h->cls, h->mode, b, sizeof(b));
			if (via)
				snprintf(d->msg, sizeof(d->msg),
					 "lock order: call to '%s' takes %s while %s is held",
					 via->name, a, b);
			else
				snprintf(d->msg, sizeof(d->msg),
					 "lock order: %s taken while %s is held", a, b);
			add_note(d, h->loc, "%s was taken here%s", b, "");
			chain[0] = '\0';
			for (j = 0; j < o->n; j++) {
				describe_class(pack, o->chain[j].cls, o->chain[j].mode, a, sizeof(a));
				used += snprintf(chain + used, used < (int)sizeof(chain) ?
						 sizeof(chain) - used : 0, "%s%s", j ? " -> " : "", a);
			}
			add_note(d, loc, "the order is %s%s", chain, "");
			add_note(d, loc, "cite: %s%s", o->cite ? o->cite : "rules", "");
			return;
		}
	}
}

/* ------------------------------------------------------------ transfer */

/* The caller's instance for a callee's parameter-relative lock. */
static const char *map_inst(const struct lr_event *call, int param)
{
	if (param < 0 || param >= call->nargs)
		return NULL;
	return call->args[param];
}

static int param_of(const struct lr_func *f, const char *inst)
{
	int i;

	if (!inst)
		return -1;
	for (i = 0; i < f->nparams; i++)
		if (f->params[i][0] && !strcmp(f->params[i], inst))
			return i;
	return -1;
}

static void sum_add(struct lr_sumlock *arr, int *n, int cls, enum lr_mode mode, int param,
		    int maybe, struct lr_loc loc)
{
	int i;

	for (i = 0; i < *n; i++)
		if (arr[i].cls == cls) {
			if (mode > arr[i].mode)
				arr[i].mode = mode;
			arr[i].maybe &= maybe;
			return;
		}
	if (*n == LR_MAX_SUM)
		return;
	arr[*n].cls = cls;
	arr[*n].mode = mode;
	arr[*n].param = param;
	arr[*n].maybe = maybe;
	arr[*n].loc = loc;
	(*n)++;
}

static void do_acquire(struct lr_unit *u, struct lr_lockset *ls, const struct lr_event *ev,
		       enum lr_origin origin)
{
	struct lr_held h;
	int i;

	if (ev->cls < 0)
		return;
	if (origin == LR_ORIG_ACQUIRED && !ev->is_try) {
		check_order(u, ls, ev->cls, ev->mode, ev->loc, NULL);
		if (u->collecting)
			sum_add(u->cursum->block, &u->cursum->nblock, ev->cls, ev->mode, -1, 0,
				ev->loc);
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
	h.state = LR_HELD;
	if (ev->value) {
		h.state = LR_PENDING;
		h.value = ev->value;
		h.held_if_nonzero = ev->when != LR_WHEN_ZERO;
	}
	lr_lockset_add(ls, &h);
}

static void do_release(struct lr_unit *u, struct lr_lockset *ls, int cls, const char *inst,
		       struct lr_loc loc, int if_held)
{
	const struct lr_pack *pack = u->pack;
	int i, found = -1, all = inst && !strcmp(inst, "*");

	if (all) {
		for (i = ls->nheld - 1; i >= 0; i--)
			if (ls->held[i].cls == cls && ls->held[i].state != LR_GONE) {
				lr_lockset_note_release(ls, cls, ls->held[i].mode, loc, 0);
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
		if (ls->held[i].state != LR_GONE &&
		    (lr_class_satisfies(pack, cls, ls->held[i].cls) ||
		     lr_class_satisfies(pack, ls->held[i].cls, cls)))
			found = i;
	if (found >= 0) {
		const struct lr_held *h = &ls->held[found];

		lr_lockset_note_release(ls, h->cls, h->mode, loc, h->origin != LR_ORIG_ACQUIRED &&
					h->origin != LR_ORIG_CALLEE);
		lr_lockset_remove(ls, found);
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
		lr_lockset_note_release(ls, cls, LR_MODE_NONE, loc, 1);
		lr_lockset_add(ls, &gone);
		return;
	}
	if (cls >= 0)
		return;
	/* unknown lock: any spinlock might be the one, so none is certain */
	for (i = 0; i < ls->nheld; i++)
		if (!strcmp(pack->classes[ls->held[i].cls].kind, "spin") &&
		    ls->held[i].state == LR_HELD)
			ls->held[i].state = LR_MAYBE;
}

static void do_call(struct lr_unit *u, struct lr_lockset *ls, const struct lr_event *ev)
{
	struct lr_func *callee = find_func(u, ev->callee);
	const struct lr_summary *s;
	int i;

	if (!callee || callee == u->cur)
		return;
	s = &callee->sum;
	for (i = 0; i < s->npre; i++) {
		struct lr_lockset facts;
		int k;

		if (!pre_applies(u->cur, ev, &s->pre[i], &facts))
			continue;
		/* and the caller's own path facts */
		for (k = 0; k < ls->nfacts && facts.nfacts < LR_MAX_FACTS; k++)
			facts.facts[facts.nfacts++] = ls->facts[k];
		check_need(u, ls, s->pre[i].rule, ev->loc, callee, &s->pre[i], &facts);
	}
	for (i = 0; i < s->nrel; i++) {
		const struct lr_sumlock *r = &s->rel[i];
		int k, found = 0;

		if (!r->maybe) {
			do_release(u, ls, r->cls, map_inst(ev, r->param), ev->loc, 0);
			continue;
		}
		/* released on some paths of the callee: no longer certain */
		for (k = 0; k < ls->nheld; k++)
			if (ls->held[k].cls == r->cls && ls->held[k].state == LR_HELD) {
				ls->held[k].state = LR_MAYBE;
				found = 1;
			}
		if (!found && u->collecting)
			sum_add(u->cursum->rel, &u->cursum->nrel, r->cls, r->mode,
				param_of(u->cur, map_inst(ev, r->param)), 1, r->loc);
	}
	for (i = 0; i < s->nblock; i++) {
		int k, dropped = 0;

		/* a callee that first drops the lock it retakes is no inversion */
		for (k = 0; k < s->nrel; k++)
			if (s->rel[k].cls == s->block[i].cls)
				dropped = 1;
		if (!dropped)
			check_order(u, ls, s->block[i].cls, s->block[i].mode, ev->loc, callee);
		if (u->collecting)
			sum_add(u->cursum->block, &u->cursum->nblock, s->block[i].cls,
				s->block[i].mode, -1, 0, s->block[i].loc);
	}
	for (i = 0; i < s->nacq; i++) {
		struct lr_held h;

		memset(&h, 0, sizeof(h));
		h.cls = s->acq[i].cls;
		h.mode = s->acq[i].mode;
		h.inst = map_inst(ev, s->acq[i].param);
		h.state = s->acq[i].maybe ? LR_MAYBE : LR_HELD;
		h.origin = LR_ORIG_CALLEE;
		h.loc = ev->loc;
		lr_lockset_add(ls, &h);
	}
}

static void transfer_event(struct lr_unit *u, struct lr_lockset *ls, const struct lr_event *ev)
{
	switch (ev->kind) {
	case LR_EV_ACQUIRE:
		do_acquire(u, ls, ev, LR_ORIG_ACQUIRED);
		break;
	case LR_EV_ASSERT:
		do_acquire(u, ls, ev, LR_ORIG_ASSERTED);
		break;
	case LR_EV_RELEASE:
		do_release(u, ls, ev->cls, ev->inst, ev->loc, ev->if_held);
		break;
	case LR_EV_GUARD:
		if (ev->rule)
			check_need(u, ls, ev->rule, ev->loc, NULL, NULL, NULL);
		break;
	case LR_EV_CALL:
		do_call(u, ls, ev);
		break;
	}
}

static void transfer_block(struct lr_unit *u, struct lr_func *f, int b, struct lr_lockset *ls)
{
	int i;

	for (i = 0; i < f->blocks[b].nevents; i++)
		transfer_event(u, ls, &f->blocks[b].events[i]);
}

/* The forward dataflow to a fixpoint; leaves f->in[] set. */
static void solve(struct lr_unit *u, struct lr_func *f)
{
	int *work, *onlist, nwork = 0, budget, i;
	struct lr_lockset out;
	int saved = u->reporting;

	u->reporting = 0;
	f->in = xrealloc(NULL, f->nblocks * sizeof(*f->in));
	memset(f->in, 0, f->nblocks * sizeof(*f->in));
	work = xrealloc(NULL, (f->nblocks + 1) * sizeof(int));
	onlist = xrealloc(NULL, (f->nblocks + 1) * sizeof(int));
	memset(onlist, 0, (f->nblocks + 1) * sizeof(int));
	if (f->nblocks == 0)
		goto done;
	f->in[f->entry].reachable = 1;
	work[nwork++] = f->entry;
	onlist[f->entry] = 1;
	/* the lattice is finite; the budget only guards against a bug */
	budget = 64 * f->nblocks + 64;
	while (nwork && budget--) {
		int b = work[--nwork];

		onlist[b] = 0;
		out = f->in[b];
		transfer_block(u, f, b, &out);
		for (i = 0; i < f->blocks[b].nsuccs; i++) {
			const struct lr_edge *e = &f->blocks[b].succs[i];
			struct lr_lockset edge = out;

			lr_lockset_edge(&edge, e->value, e->nonzero);
			if (e->key)
				lr_lockset_key_edge(&edge, e->key, e->nonzero);
			if (lr_lockset_meet(&f->in[e->to], &edge) && !onlist[e->to]) {
				work[nwork++] = e->to;
				onlist[e->to] = 1;
			}
		}
	}
done:
	free(work);
	free(onlist);
	u->reporting = saved;
}

/* Run the function once more from the fixpoint, checking and summarising. */
static void analyse_func(struct lr_unit *u, struct lr_func *f, int reporting)
{
	struct lr_summary sum;
	int b, i;

	memset(&sum, 0, sizeof(sum));
	u->cur = f;
	u->cursum = &sum;
	solve(u, f);
	u->reporting = reporting;
	u->collecting = 1;
	for (b = 0; b < f->nblocks; b++) {
		struct lr_lockset ls = f->in[b];

		if (!ls.reachable)
			continue;
		transfer_block(u, f, b, &ls);
		if (b != f->exit)
			continue;
		/* locks it returns holding that it took itself */
		for (i = 0; i < ls.nheld; i++) {
			const struct lr_held *h = &ls.held[i];

			if (h->state == LR_GONE)
				sum_add(sum.rel, &sum.nrel, h->cls, LR_MODE_W,
					param_of(f, h->inst), 0, h->loc);
			if (h->origin == LR_ORIG_ASSERTED || h->state == LR_PENDING ||
			    h->state == LR_GONE)
				continue;
			sum_add(sum.acq, &sum.nacq, h->cls, h->mode, param_of(f, h->inst),
				h->state != LR_HELD, h->loc);
		}
		/* callers' locks released on some paths only */
		for (i = 0; i < ls.nrel; i++)
			if (ls.rel[i].unheld)
				sum_add(sum.rel, &sum.nrel, ls.rel[i].cls, LR_MODE_W, -1, 1,
					ls.rel[i].loc);
	}
	u->reporting = 0;
	u->collecting = 0;
	free(f->in);
	f->in = NULL;
	f->sum = sum;
}

static int summary_equal(const struct lr_summary *a, const struct lr_summary *b)
{
	int i;

	if (a->npre != b->npre || a->nacq != b->nacq || a->nrel != b->nrel ||
	    a->nblock != b->nblock)
		return 0;
	for (i = 0; i < a->nrel; i++)
		if (a->rel[i].cls != b->rel[i].cls || a->rel[i].maybe != b->rel[i].maybe)
			return 0;
	for (i = 0; i < a->npre; i++)
		if (a->pre[i].rule != b->pre[i].rule)
			return 0;
	for (i = 0; i < a->nacq; i++)
		if (a->acq[i].cls != b->acq[i].cls || a->acq[i].mode != b->acq[i].mode ||
		    a->acq[i].maybe != b->acq[i].maybe)
			return 0;
	return 1;
}

static int loc_cmp(const void *pa, const void *pb)
{
	const struct lr_diag *a = pa, *b = pb;
	int c = strcmp(a->loc.file ? a->loc.file : "", b->loc.file ? b->loc.file : "");

	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line - b->loc.line;
	if (a->loc.col != b->loc.col)
		return a->loc.col - b->loc.col;
	return strcmp(a->rule_id, b->rule_id);
}

/* LOCKRULES_DEBUG=<function>: print its events and the locksets reaching each block. */
static void dump_func(struct lr_unit *u, struct lr_func *f)
{
	const struct lr_pack *pack = u->pack;
	static const char *kinds[] = { "acquire", "release", "assert", "guard", "call" };
	static const char *states[] = { "held", "maybe", "pending", "gone" };
	int b, i;

	u->cur = f;
	u->cursum = &f->sum;
	solve(u, f);
	fprintf(stderr, "lockrules: %s (entry %d, exit %d)\n", f->name, f->entry, f->exit);
	for (b = 0; b < f->nblocks; b++) {
		const struct lr_lockset *ls = &f->in[b];

		fprintf(stderr, "  block %d%s:", b, ls->reachable ? "" : " (unreached)");
		for (i = 0; i < ls->nheld; i++)
			fprintf(stderr, " %s:%s[%s]%s", pack->classes[ls->held[i].cls].name,
				ls->held[i].mode == LR_MODE_W ? "W" : "R",
				ls->held[i].inst ? ls->held[i].inst : "?", states[ls->held[i].state]);
		for (i = 0; i < ls->nrel; i++)
			fprintf(stderr, " rel:%s@%d", pack->classes[ls->rel[i].cls].name,
				ls->rel[i].loc.line);
		fprintf(stderr, "\n");
		for (i = 0; i < f->blocks[b].nevents; i++) {
			const struct lr_event *e = &f->blocks[b].events[i];

			fprintf(stderr, "    %d: %s %s%s inst=%s value=%d%s%s\n", e->loc.line, kinds[e->kind],
				e->kind <= LR_EV_ASSERT && e->cls >= 0 ? pack->classes[e->cls].name : "",
				e->rule ? e->rule->id : (e->callee ? e->callee : ""),
				e->inst ? e->inst : "-", e->value, e->is_try ? " try" : "",
				e->if_held ? " ifheld" : "");
		}
		for (i = 0; i < f->blocks[b].nsuccs; i++)
			fprintf(stderr, "    -> %d (value %d %s)\n", f->blocks[b].succs[i].to,
				f->blocks[b].succs[i].value,
				f->blocks[b].succs[i].nonzero ? "!= 0" : "== 0");
	}
	free(f->in);
	f->in = NULL;
}

int lr_unit_analyse(struct lr_unit *u, lr_emit_fn emit, void *ctx)
{
	int round, i, changed = 1;
	const char *debug = getenv("LOCKRULES_DEBUG");

	/* summaries to a fixpoint across the unit's call graph */
	for (round = 0; round < LR_ROUNDS && changed; round++) {
		changed = 0;
		for (i = 0; i < u->nfuncs; i++) {
			struct lr_summary old = u->funcs[i]->sum;

			analyse_func(u, u->funcs[i], 0);
			if (!summary_equal(&old, &u->funcs[i]->sum))
				changed = 1;
		}
	}
	u->ndiags = 0;
	for (i = 0; i < u->nfuncs; i++) {
		if (debug && !strcmp(debug, u->funcs[i]->name))
			dump_func(u, u->funcs[i]);
		analyse_func(u, u->funcs[i], 1);
	}
	qsort(u->diags, u->ndiags, sizeof(*u->diags), loc_cmp);
	for (i = 0; i < u->ndiags; i++)
		emit(&u->diags[i], ctx);
	return u->ndiags;
}
