// SPDX-License-Identifier: GPL-2.0
/*
 * The whole-program analysis: where a precondition ends up once every
 * caller is known.  Its input is a graph of functions and call sites, from
 * one unit (lr_wp_add_unit, no database) or from many (db.c reads them
 * back from a database directory); its output is reports and counts.
 *
 * A function's precondition (need.c: a need with no lock evidence of its
 * own) asks "what do my callers hold?".  ctx() answers it for a function
 * and a rule, from every contributor:
 *   - an entry point of the pack ('entry': a system call) holds no mm lock;
 *   - a callback member the function is stored in holds what the pack's
 *     contract says ('callback'), or is unknown without a contract;
 *   - a call site holds the need (PROVIDED), holds it on some paths only
 *     (undecided: UNKNOWN), breaks it with evidence of its own (reported
 *     there), or leaves it to its own caller: ctx() of the caller.
 * The answer is a set of bits, PROVIDED / UNMET / UNKNOWN, and one example
 * of each: the site that holds it, the chain of calls to a root that does
 * not.  Reports:
 *   - no caller provides it and some chain reaches a root without it:
 *     at the operation, "no caller holds it: f() <- g() <- h(), a system call";
 *   - some callers provide it and some chains do not: at each call site
 *     whose own callers never provide it, "other callers hold it: file:line";
 *   - a call site that breaks a need the unit did not know (the callee is
 *     in another unit): as the unit's own walk would (need.c).
 * A call site judged by its unit's walk (a callee the unit defines) keeps
 * that judgement (lr_site.out): parameter facts and constant arguments are
 * the unit's to weigh.  Recursion: a cycle contributes nothing on its back
 * edge.  Counts per precondition (stats line pre-*): met, reported,
 * unknown (no caller known: an exported function, an address taken without
 * a contract), facts (needed only under a parameter test).
 *
 * Debugging: 'debug=FUNC' prints FUNC's preconditions (dump.c); the
 * database tool prints the graph's size (lockrules-db stats DIR).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define WP_PROVIDED	1u
#define WP_UNMET	2u
#define WP_UNKNOWN	4u

/* Per function and rule: the answer of ctx(). */
struct wp_memo {
	unsigned char state;	/* 0 new, 1 being computed, 2 done */
	unsigned char bits;
	int provider;		/* a site that holds it; -1: none */
	int provider_stored;	/* or the stored-member contract that does; -1 */
	int unmet_site;		/* the unmet chain goes through this caller site; -1 */
	int unmet_stored;	/* or ends here: stored member k without it; -1 */
	int unmet_entry;	/* or ends here: an entry point */
	int mixed_reports;	/* call sites reported for it, some callers holding it */
};

static unsigned hash(const char *s)
{
	unsigned h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

struct lr_wp *lr_wp_new(const struct lr_pack *pack)
{
	struct lr_wp *wp = lr_xrealloc(NULL, sizeof(*wp));

	memset(wp, 0, sizeof(*wp));
	wp->pack = pack;
	wp->only_unit = -1;
	wp->nbuckets = 4096;
	wp->buckets = lr_xrealloc(NULL, wp->nbuckets * sizeof(int));
	memset(wp->buckets, 0xff, wp->nbuckets * sizeof(int));
	return wp;
}

/* Strings live as long as the graph: names, files, members. */
const char *lr_wp_intern(struct lr_wp *wp, const char *s)
{
	struct lr_wp_str *p;
	size_t n;

	if (!s)
		return NULL;
	n = strlen(s) + 1;
	p = lr_xrealloc(NULL, sizeof(*p) + n);
	memcpy(p->s, s, n);
	p->next = wp->strings;
	wp->strings = p;
	return p->s;
}

/* The first function of wp in name's hash chain (follow next_same_hash), or -1. */
int lr_wp_first(const struct lr_wp *wp, const char *name)
{
	return wp->buckets[hash(name) % wp->nbuckets];
}

int lr_wp_add_unit_name(struct lr_wp *wp, const char *key)
{
	wp->units = lr_xrealloc(wp->units, (wp->nunits + 1) * sizeof(*wp->units));
	wp->units[wp->nunits] = lr_wp_intern(wp, key ? key : "?");
	return wp->nunits++;
}

int lr_wp_add_func(struct lr_wp *wp, int unit, const char *name, enum lr_linkage linkage,
		   struct lr_loc loc)
{
	struct lr_wp_func *f;
	unsigned b;

	if (wp->nfuncs == wp->cap_funcs) {
		wp->cap_funcs = wp->cap_funcs ? 2 * wp->cap_funcs : 256;
		wp->funcs = lr_xrealloc(wp->funcs, wp->cap_funcs * sizeof(*wp->funcs));
	}
	f = &wp->funcs[wp->nfuncs];
	memset(f, 0, sizeof(*f));
	f->name = lr_wp_intern(wp, name);
	f->unit = unit;
	f->linkage = linkage;
	f->loc = loc;
	f->entry = lr_pack_entry(wp->pack, name);
	b = hash(name) % wp->nbuckets;
	f->next_same_hash = wp->buckets[b];
	wp->buckets[b] = wp->nfuncs;
	return wp->nfuncs++;
}

void lr_wp_add_pre(struct lr_wp *wp, int func, const struct lr_pre *pre)
{
	struct lr_wp_func *f = &wp->funcs[func];

	f->pre = lr_xrealloc(f->pre, (f->npre + 1) * sizeof(*f->pre));
	f->pre[f->npre] = *pre;
	f->npre++;
}

void lr_wp_add_stored(struct lr_wp *wp, int func, const char *member)
{
	struct lr_wp_func *f = &wp->funcs[func];
	char record[128];
	const char *dot = strchr(member, '.');
	int n = dot ? (int)(dot - member) : 0;

	snprintf(record, sizeof(record), "%.*s", n, member);
	f->stored = lr_xrealloc(f->stored, (f->nstored + 1) * sizeof(*f->stored));
	f->stored[f->nstored].member = lr_wp_intern(wp, member);
	f->stored[f->nstored].cb = dot ? lr_pack_callback(wp->pack, strcmp(record, "?") ?
							  record : NULL, dot + 1) : NULL;
	f->nstored++;
}

/* A function defined in another unit, stored in a member by this one. */
void lr_wp_add_stored_extern(struct lr_wp *wp, int unit, const char *func, const char *member)
{
	wp->xstored = lr_xrealloc(wp->xstored, (wp->nxstored + 1) * sizeof(*wp->xstored));
	wp->xstored[wp->nxstored].unit = unit;
	wp->xstored[wp->nxstored].func = lr_wp_intern(wp, func);
	wp->xstored[wp->nxstored].member = lr_wp_intern(wp, member);
	wp->nxstored++;
}

/* A site of wp: lr_site with caller a wp function; the site's arrays become wp's. */
struct lr_site *lr_wp_add_site(struct lr_wp *wp, int caller)
{
	struct lr_site *s;

	if (wp->nsites == wp->cap_sites) {
		wp->cap_sites = wp->cap_sites ? 2 * wp->cap_sites : 1024;
		wp->sites = lr_xrealloc(wp->sites, wp->cap_sites * sizeof(*wp->sites));
	}
	s = &wp->sites[wp->nsites++];
	memset(s, 0, sizeof(*s));
	s->caller = caller;
	return s;
}

/* The unit being compiled, straight from memory: its key names its facts. */
int lr_wp_add_unit(struct lr_wp *wp, const struct lr_unit *u)
{
	int unit = lr_wp_add_unit_name(wp, u->key), base = wp->nfuncs, i, j;

	for (i = 0; i < u->nfuncs; i++) {
		const struct lr_func *f = u->funcs[i];
		int k = lr_wp_add_func(wp, unit, f->name, f->linkage, f->loc);

		for (j = 0; j < f->sum.npre; j++)
			lr_wp_add_pre(wp, k, &f->sum.pre[j]);
	}
	for (i = 0; i < u->nstored; i++) {
		const struct lr_func *f = lr_unit_find_func(u, u->stored[i].func);

		if (f)
			lr_wp_add_stored(wp, base + f->index, u->stored[i].member);
		else
			lr_wp_add_stored_extern(wp, unit, u->stored[i].func, u->stored[i].member);
	}
	for (i = 0; i < u->naddr; i++) {
		const struct lr_func *f = lr_unit_find_func(u, u->addr_taken[i]);

		if (f)
			wp->funcs[base + f->index].addr_taken = 1;
	}
	for (i = 0; i < u->nsites; i++) {
		const struct lr_site *from = &u->sites[i];
		struct lr_site *s = lr_wp_add_site(wp, base + from->caller);
		int caller = s->caller;

		*s = *from;
		s->caller = caller;
		s->callee = lr_xstrdup(from->callee);
		s->held = lr_xrealloc(NULL, (from->nheld + 1) * sizeof(*s->held));
		memcpy(s->held, from->held, from->nheld * sizeof(*s->held));
		s->rel = lr_xrealloc(NULL, (from->nrel + 1) * sizeof(*s->rel));
		memcpy(s->rel, from->rel, from->nrel * sizeof(*s->rel));
		s->facts = lr_xrealloc(NULL, (from->nfacts + 1) * sizeof(*s->facts));
		memcpy(s->facts, from->facts, from->nfacts * sizeof(*s->facts));
		s->out = lr_xrealloc(NULL, (from->nout + 1) * sizeof(*s->out));
		memcpy(s->out, from->out, from->nout * sizeof(*s->out));
	}
	return unit;
}

void lr_wp_free(struct lr_wp *wp)
{
	int i;

	if (!wp)
		return;
	for (i = 0; i < wp->nfuncs; i++) {
		free(wp->funcs[i].pre);
		free(wp->funcs[i].stored);
		free(wp->funcs[i].callers);
	}
	for (i = 0; i < wp->nsites; i++)
		lr_site_free(&wp->sites[i]);
	while (wp->strings) {
		struct lr_wp_str *n = wp->strings->next;

		free(wp->strings);
		wp->strings = n;
	}
	free(wp->funcs);
	free(wp->xstored);
	free(wp->sites);
	free(wp->units);
	free(wp->buckets);
	free(wp->memo);
	free(wp->skip_unit);
	free(wp->uf);
	free((char *)wp->root_ok);
	free(wp);
}


/* ------------------------------------------------------------ linking */

static void add_caller(struct lr_wp_func *f, int site)
{
	if (f->ncallers == f->cap_callers) {
		f->cap_callers = f->cap_callers ? 2 * f->cap_callers : 4;
		f->callers = lr_xrealloc(f->callers, f->cap_callers * sizeof(int));
	}
	f->callers[f->ncallers++] = site;
}

/*
 * Each site's callee: the function of that name in the caller's unit if
 * the unit defines it, else every global function of that name elsewhere.
 */
static void link_sites(struct lr_wp *wp)
{
	int i, k;

	/* members of one unit that hold functions of another */
	for (i = 0; i < wp->nxstored; i++)
		for (k = wp->buckets[hash(wp->xstored[i].func) % wp->nbuckets]; k >= 0;
		     k = wp->funcs[k].next_same_hash)
			if (wp->funcs[k].linkage == LR_LINK_GLOBAL &&
			    wp->funcs[k].unit != wp->xstored[i].unit &&
			    !strcmp(wp->funcs[k].name, wp->xstored[i].func))
				lr_wp_add_stored(wp, k, wp->xstored[i].member);

	for (i = 0; i < wp->nsites; i++) {
		const struct lr_site *s = &wp->sites[i];
		int unit = wp->funcs[s->caller].unit, local = -1;

		for (k = wp->buckets[hash(s->callee) % wp->nbuckets]; k >= 0;
		     k = wp->funcs[k].next_same_hash)
			if (wp->funcs[k].unit == unit && !strcmp(wp->funcs[k].name, s->callee))
				local = k;
		if (local >= 0) {
			if (local != s->caller)
				add_caller(&wp->funcs[local], i);
			continue;
		}
		for (k = wp->buckets[hash(s->callee) % wp->nbuckets]; k >= 0;
		     k = wp->funcs[k].next_same_hash)
			if (wp->funcs[k].linkage == LR_LINK_GLOBAL && wp->funcs[k].unit != unit &&
			    !strcmp(wp->funcs[k].name, s->callee)) {
				add_caller(&wp->funcs[k], i);
				wp->cross_sites++;
			}
	}
}

/* ------------------------------------------------------------ verdicts */

static const struct lr_pre *pre_of(const struct lr_wp_func *f, const struct lr_rule *rule)
{
	int i;

	for (i = 0; i < f->npre; i++)
		if (f->pre[i].rule == rule)
			return &f->pre[i];
	return NULL;
}

/* The alternatives the function's callers cannot provide (need.c). */
static unsigned excl_of(const struct lr_wp_func *f, const struct lr_rule *rule)
{
	const struct lr_pre *p = pre_of(f, rule);

	return p ? p->excl : 0;
}

static struct wp_memo *memo(struct lr_wp *wp, int f, int r)
{
	return &((struct wp_memo *)wp->memo)[(size_t)f * wp->pack->nrules + r];
}

static int rule_index(const struct lr_wp *wp, const struct lr_rule *rule)
{
	return (int)(rule - wp->pack->rules);
}

/*
 * Needed only under tests of the function's own parameters: at an entry
 * point they are the user's arguments, so some call passes the test
 * (move_pages(2) with nodes == NULL takes the do_pages_stat() path); at
 * any other function its callers' units judged whether their arguments
 * pass them (a constant NULL does not: shmem_get_folio()'s vmf).
 */
static int params_only(const struct lr_pre *pre)
{
	int i;

	for (i = 0; i < pre->nfacts; i++)
		if (pre->facts[i].param == LR_FACT_UNKNOWN)
			return 0;
	return 1;
}

static int site_judged(const struct lr_site *s, const struct lr_rule *rule)
{
	int i;

	for (i = 0; i < s->nout; i++)
		if (s->out[i].rule == rule)
			return 1;
	return 0;
}

/* How a site stands for a rule: its unit's own judgement if it made one. */
static enum lr_judge judge_site(const struct lr_wp *wp, const struct lr_site *s,
				const struct lr_rule *rule, unsigned excl, struct lr_lockset *ls,
				struct lr_judgement *j, int *recorded)
{
	int i;

	lr_site_to_lockset(s, ls);
	*recorded = 0;
	for (i = 0; i < s->nout; i++)
		if (s->out[i].rule == rule) {
			*recorded = 1;
			memset(j, 0, sizeof(*j));
			j->kind = s->out[i].kind;
			return j->kind;
		}
	lr_need_judge(wp->pack, ls, rule, excl, j);
	return j->kind;
}

static int reported_here(const struct lr_wp *wp, int func)
{
	int unit = wp->funcs[func].unit;

	if (wp->only_unit >= 0)
		return unit == wp->only_unit;
	return !wp->skip_unit || !wp->skip_unit[unit];
}

/* "f() <- g() <- h()": from function f up the unmet chain of rule r. */
static const struct lr_wp_func *chain(struct lr_wp *wp, int f, int r, char *buf, int len)
{
	int used = 0, n = 0;
	const struct lr_wp_func *last = NULL;

	buf[0] = '\0';
	while (f >= 0 && n++ < 16) {
		const struct wp_memo *m = memo(wp, f, r);

		last = &wp->funcs[f];
		used += snprintf(buf + used, used < len ? len - used : 0, "%s%s()", n > 1 ? " <- " : "",
				 last->name);
		f = m->unmet_site >= 0 ? wp->sites[m->unmet_site].caller : -1;
	}
	return last;
}

/* What the root of an unmet chain is: "a system call", "... (mm_walk_ops.pmd_entry)". */
static void root_what(struct lr_wp *wp, const struct lr_wp_func *root, int r, char *what,
		      int len, const char **cite)
{
	const struct wp_memo *m = memo(wp, (int)(root - wp->funcs), r);

	*cite = NULL;
	snprintf(what, len, "its callers are elsewhere");
	if (m->unmet_stored >= 0 && root->stored[m->unmet_stored].cb) {
		const struct lr_callback *cb = root->stored[m->unmet_stored].cb;

		snprintf(what, len, "%s (%s)", cb->what, root->stored[m->unmet_stored].member);
		*cite = cb->cite;
	} else if (m->unmet_entry && root->entry) {
		snprintf(what, len, "%s", root->entry->what);
		*cite = root->entry->cite;
	} else if (m->unmet_site < 0) {
		snprintf(what, len, "a function that takes its own locks");
	}
}

static void describe_provider(struct lr_wp *wp, int f, int r, char *buf, int len)
{
	const struct wp_memo *m = memo(wp, f, r);
	const struct lr_wp_func *fn = &wp->funcs[f];

	if (m->provider >= 0) {
		const struct lr_site *s = &wp->sites[m->provider];

		snprintf(buf, len, "%s:%d (%s())", s->loc.file ? s->loc.file : "?", s->loc.line,
			 wp->funcs[s->caller].name);
	} else if (m->provider_stored >= 0) {
		snprintf(buf, len, "the %s contract of %s()", fn->stored[m->provider_stored].member,
			 fn->name);
	} else {
		snprintf(buf, len, "?");
	}
}

/* At a call site whose callers never provide what its callee needs. */
static void report_site(struct lr_wp *wp, int site, int callee, const struct lr_rule *rule,
			const struct lr_pre *op, const char *provider)
{
	const struct lr_site *s = &wp->sites[site];
	int r = rule_index(wp, rule);
	struct lr_unit *u = wp->sink;
	struct lr_lockset ls;
	struct lr_need need;
	struct lr_diag *d;
	const struct lr_wp_func *root;
	char needs[512], held[512], calls[512], what[300];
	const char *cite;

	if (!reported_here(wp, s->caller) || !(d = lr_diag_new(u, rule->id, s->loc)))
		return;
	lr_site_to_lockset(s, &ls);
	lr_need_effective(rule, excl_of(&wp->funcs[callee], rule), &need, NULL);
	lr_need_describe(wp->pack, &need, needs, sizeof(needs));
	lr_diag_msg(u, d, "call to '%s' performs a %s without %s", wp->funcs[callee].name,
		    rule->what, needs);
	lr_describe_held(wp->pack, &ls, held, sizeof(held));
	lr_diag_note(u, d, s->loc, "held here: %s", held);
	lr_diag_note(u, d, s->loc, "other callers of %s() hold it: %s", wp->funcs[callee].name,
		     provider);
	root = chain(wp, s->caller, r, calls, sizeof(calls));
	root_what(wp, root, r, what, sizeof(what), &cite);
	lr_diag_note(u, d, root->loc, "no caller of %s() holds it: %s, %s",
		     wp->funcs[s->caller].name, calls, what);
	if (op)
		lr_diag_note(u, d, op->loc, "'%s' performs the %s here", op->func, rule->what);
	lr_diag_note(u, d, s->loc, "cite: %s", rule->cite);
	wp->reported_sites++;
}

/* ------------------------------------------------------------ components */

/*
 * The link step records which functions ctx() joined: a function and the
 * callers whose sites it examined are one component.  A later compile of
 * one unit reads only its components' units (db.c, DIR/index), and the
 * roots in them are the only ones whose verdicts can involve it.
 */
void lr_wp_track_components(struct lr_wp *wp)
{
	int i;

	free(wp->uf);
	wp->uf = lr_xrealloc(NULL, (wp->nfuncs + 1) * sizeof(int));
	for (i = 0; i < wp->nfuncs; i++)
		wp->uf[i] = i;
}

int lr_wp_component(struct lr_wp *wp, int f)
{
	while (wp->uf[f] != f) {
		wp->uf[f] = wp->uf[wp->uf[f]];
		f = wp->uf[f];
	}
	return f;
}

static void uf_union(struct lr_wp *wp, int a, int b)
{
	a = lr_wp_component(wp, a);
	b = lr_wp_component(wp, b);
	if (a != b)
		wp->uf[a > b ? a : b] = a < b ? a : b;
}

int lr_wp_visited(const struct lr_wp *wp, int f)
{
	int r;

	for (r = 0; r < wp->pack->nrules; r++)
		if (((struct wp_memo *)wp->memo)[(size_t)f * wp->pack->nrules + r].state)
			return 1;
	return 0;
}

static unsigned ctx(struct lr_wp *wp, int f, const struct lr_rule *rule, const struct lr_pre *op);

/* Some callers provide it, some chains never do: report where they part. */
/* Returns how many call sites it reported. */
static int report_mixed(struct lr_wp *wp, int f, const struct lr_rule *rule,
			const struct lr_pre *op)
{
	const struct lr_wp_func *fn = &wp->funcs[f];
	int r = rule_index(wp, rule), i, n = 0;
	char provider[300];

	describe_provider(wp, f, r, provider, sizeof(provider));
	for (i = 0; i < fn->ncallers; i++) {
		const struct lr_site *s = &wp->sites[fn->callers[i]];
		struct lr_lockset ls;
		struct lr_judgement j;
		int recorded;

		if (judge_site(wp, s, rule, excl_of(fn, rule), &ls, &j, &recorded) != LR_JUDGE_NONE)
			continue;
		if (ctx(wp, s->caller, rule, op) == WP_UNMET) {
			report_site(wp, fn->callers[i], f, rule, op, provider);
			n++;
		}
	}
	return n;
}

static unsigned ctx(struct lr_wp *wp, int f, const struct lr_rule *rule, const struct lr_pre *op)
{
	int r = rule_index(wp, rule), i;
	struct wp_memo *m = memo(wp, f, r);
	const struct lr_wp_func *fn = &wp->funcs[f];
	struct lr_need need;
	unsigned bits = 0;

	if (m->state == 2)
		return m->bits;
	if (m->state == 1)
		return 0;	/* a cycle: nothing on the back edge */
	m->state = 1;
	m->provider = m->provider_stored = m->unmet_site = m->unmet_stored = -1;
	lr_need_effective(rule, excl_of(fn, rule), &need, NULL);
	if (fn->entry) {
		bits |= WP_UNMET;
		m->unmet_entry = 1;
	}
	for (i = 0; i < fn->nstored; i++) {
		const struct lr_callback *cb = fn->stored[i].cb;

		if (!cb) {
			bits |= WP_UNKNOWN;
		} else if (lr_need_implied(wp->pack, &cb->held, &need)) {
			bits |= WP_PROVIDED;
			if (m->provider_stored < 0)
				m->provider_stored = i;
		} else {
			bits |= WP_UNMET;
			if (m->unmet_stored < 0 && !m->unmet_entry)
				m->unmet_stored = i;
		}
	}
	if (fn->addr_taken)
		bits |= WP_UNKNOWN;
	for (i = 0; i < fn->ncallers; i++) {
		int site = fn->callers[i];
		const struct lr_site *s = &wp->sites[site];
		const struct lr_wp_func *caller = &wp->funcs[s->caller];
		const struct lr_pre *cp;
		struct lr_lockset ls;
		struct lr_judgement j;
		int recorded;
		unsigned sub;

		if (wp->uf)
			uf_union(wp, f, s->caller);
		/*
		 * A need under a parameter test, at a site its unit did not
		 * judge: the arguments are not in the database, so undecided.
		 */
		cp = pre_of(fn, rule);
		/* a store into the object this caller passes as a private one */
		if (cp && lr_pre_private(cp, s->private_args))
			continue;
		if (cp && cp->nfacts && !site_judged(s, rule)) {
			bits |= WP_UNKNOWN;
			continue;
		}
		switch (judge_site(wp, s, rule, excl_of(fn, rule), &ls, &j, &recorded)) {
		case LR_JUDGE_MET:
			bits |= WP_PROVIDED;
			if (m->provider < 0)
				m->provider = site;
			break;
		case LR_JUDGE_SOME:
			bits |= WP_UNKNOWN;
			wp->undecided++;
			break;
		case LR_JUDGE_RELEASED:
		case LR_JUDGE_EVIDENCE:
			/* broken there: reported at the site (by its unit if it knew) */
			if (!recorded && reported_here(wp, s->caller))
				lr_need_report(wp->sink, &ls, rule, s->loc, fn->name,
					       op ? op : pre_of(fn, rule), &j);
			break;
		case LR_JUDGE_NONE:
			/*
			 * Needed only under tests of values the caller was passed
			 * from elsewhere: undecided.  Under tests of its own
			 * parameters, its callers decide (their units judged
			 * whether their arguments pass the tests).
			 */
			cp = recorded ? pre_of(caller, rule) : NULL;
			if (cp && cp->nfacts && !params_only(cp)) {
				bits |= WP_UNKNOWN;
				break;
			}
			sub = ctx(wp, s->caller, rule, op);
			bits |= sub;
			if ((sub & WP_UNMET) && m->unmet_site < 0 && !m->unmet_entry &&
			    m->unmet_stored < 0)
				m->unmet_site = site;
			if ((sub & WP_PROVIDED) && m->provider < 0 && m->provider_stored < 0)
				m->provider = memo(wp, s->caller, r)->provider >= 0 ?
					      memo(wp, s->caller, r)->provider : site;
			break;
		default:
			break;
		}
	}
	if (!bits)
		bits = WP_UNKNOWN;
	m->bits = bits;
	m->state = 2;
	if ((bits & WP_PROVIDED) && (bits & WP_UNMET))
		m->mixed_reports = report_mixed(wp, f, rule, op);
	return bits;
}

static int find_in_unit(const struct lr_wp *wp, int unit, const char *name)
{
	int k;

	for (k = wp->buckets[hash(name) % wp->nbuckets]; k >= 0; k = wp->funcs[k].next_same_hash)
		if (wp->funcs[k].unit == unit && !strcmp(wp->funcs[k].name, name))
			return k;
	return -1;
}

/* "stat_walk() <- move_pages() <- ": from the operation up to f, through the unit's callees. */
static void down_chain(const struct lr_wp *wp, int f, const struct lr_rule *rule, char *buf,
		       int len)
{
	const char *names[16];
	int n = 0, used = 0, i;

	while (f >= 0 && n < 16) {
		const struct lr_pre *p = pre_of(&wp->funcs[f], rule);

		if (!p || !p->via)
			break;
		f = find_in_unit(wp, wp->funcs[f].unit, p->via);
		if (f >= 0)
			names[n++] = wp->funcs[f].name;
	}
	buf[0] = '\0';
	for (i = n - 1; i >= 0; i--)
		used += snprintf(buf + used, used < len ? len - used : 0, "%s() <- ", names[i]);
}

static int in_header(const struct lr_loc *loc)
{
	size_t n = loc->file ? strlen(loc->file) : 0;

	return n > 2 && !strcmp(loc->file + n - 2, ".h");
}

/*
 * Where to report an operation that a header's inline performs
 * (vm_flags_reset()'s assertion, in include/linux/mm.h): every file that
 * includes the header would get the same location, and the broken caller is
 * not there.  The first call site up the unmet chain that is in a source
 * file, or -1 (the operation is in one, or no call site is).
 */
static int source_site(struct lr_wp *wp, int f, int r)
{
	const struct lr_pre *pre = pre_of(&wp->funcs[f], &wp->pack->rules[r]);
	int n = 0;

	if (!pre || !in_header(&pre->loc))
		return -1;
	while (f >= 0 && n++ < 16) {
		int site = memo(wp, f, r)->unmet_site;

		if (site < 0)
			return -1;
		if (!in_header(&wp->sites[site].loc))
			return site;
		f = wp->sites[site].caller;
	}
	return -1;
}

/* No caller provides it and a chain reaches a root without it: at the operation. */
static void report_op(struct lr_wp *wp, int f, const struct lr_pre *pre)
{
	const struct lr_rule *rule = pre->rule;
	int r = rule_index(wp, rule);
	struct lr_unit *u = wp->sink;
	const struct lr_wp_func *root;
	struct lr_need need;
	struct lr_diag *d;
	char needs[512], calls[512], down[512], what[300];
	const char *cite;
	int at;

	lr_need_effective(rule, pre->excl, &need, NULL);
	lr_need_describe(wp->pack, &need, needs, sizeof(needs));
	at = source_site(wp, f, r);
	if (at >= 0) {
		/* an operation in a header's inline: at the first call from a source file */
		const struct lr_site *s = &wp->sites[at];

		if (!(d = lr_diag_new(u, rule->id, s->loc)))
			return;
		lr_diag_msg(u, d, "call to '%s' performs a %s without %s", s->callee, rule->what,
			    needs);
		lr_diag_note(u, d, pre->loc, "'%s' performs the %s here", pre->func, rule->what);
	} else {
		if (!(d = lr_diag_new(u, rule->id, pre->loc)))
			return;
		lr_diag_msg(u, d, "%s without %s", rule->what, needs);
	}
	down_chain(wp, f, rule, down, sizeof(down));
	root = chain(wp, f, r, calls, sizeof(calls));
	root_what(wp, root, r, what, sizeof(what), &cite);
	lr_diag_note(u, d, root->loc, "no caller holds it: %s%s, %s", down, calls, what);
	if (cite)
		lr_diag_note(u, d, root->loc, "%s() is called so: %s", root->name, cite);
	lr_diag_note(u, d, pre->loc, "cite: %s", rule->cite);
}

/*
 * A precondition that another of the function's own is already the seed
 * for (needed through a callee that needs it unconditionally) adds nothing.
 */
static int covered(const struct lr_wp *wp, const struct lr_wp_func *fn, const struct lr_pre *pre)
{
	int k;

	if (!pre->via)
		return 0;
	for (k = wp->buckets[hash(pre->via) % wp->nbuckets]; k >= 0;
	     k = wp->funcs[k].next_same_hash) {
		const struct lr_wp_func *g = &wp->funcs[k];
		const struct lr_pre *gp;

		if (g->unit == fn->unit && !strcmp(g->name, pre->via) &&
		    (gp = pre_of(g, pre->rule)) && (!gp->nfacts || params_only(gp)))
			return 1;
	}
	return 0;
}

void lr_wp_analyse(struct lr_wp *wp, struct lr_unit *sink)
{
	int f, i;

	wp->sink = sink;
	link_sites(wp);
	free(wp->memo);
	wp->memo = lr_xrealloc(NULL, (size_t)wp->nfuncs * (wp->pack->nrules + 1) *
				     sizeof(struct wp_memo));
	memset(wp->memo, 0, (size_t)wp->nfuncs * (wp->pack->nrules + 1) * sizeof(struct wp_memo));
	for (f = 0; f < wp->nfuncs; f++) {
		const struct lr_wp_func *fn = &wp->funcs[f];

		for (i = 0; i < fn->npre; i++) {
			const struct lr_pre *pre = &fn->pre[i];
			int here = reported_here(wp, f);
			unsigned bits;

			if (pre->rule->disabled || covered(wp, fn, pre) ||
			    (wp->root_ok && !wp->root_ok[f]))
				continue;
			if (pre->nfacts && !params_only(pre)) {
				if (here)
					sink->roots[LR_ROOT_FACTS]++;
				continue;
			}
			bits = ctx(wp, f, pre->rule, pre);
			if (!here)
				continue;
			if ((bits & WP_UNMET) && !(bits & WP_PROVIDED)) {
				sink->roots[LR_ROOT_REPORTED]++;
				report_op(wp, f, pre);
			} else if ((bits & WP_UNMET) &&
				   memo(wp, f, rule_index(wp, pre->rule))->mixed_reports) {
				sink->roots[LR_ROOT_REPORTED]++;
			} else if (bits & WP_UNMET) {
				/*
				 * Some callers hold it and none certainly does not:
				 * the unmet chains also reach unknown callers (or a
				 * constant the test of another's parameter decides)
				 */
				sink->roots[LR_ROOT_UNKNOWN]++;
			} else if (bits & WP_PROVIDED) {
				sink->roots[LR_ROOT_MET]++;
			} else {
				sink->roots[LR_ROOT_UNKNOWN]++;
			}
		}
	}
}
