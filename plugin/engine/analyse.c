// SPDX-License-Identifier: GPL-2.0
/*
 * The driver, at the end of the translation unit (so that summaries do not
 * depend on the order the compiler hands functions over): every function's
 * summary to a fixpoint over the unit's call graph (at most LR_ROUNDS
 * rounds; a unit that needs more is counted, drop-rounds), then one
 * reporting walk per function (which also keeps every call site), then
 * where the preconditions end up (wp.c): among the unit's own callers, or,
 * with 'db=DIR', across every unit of the database (db.c), then the
 * reports sorted by location.
 * Debugging: 'debug=FUNC' dumps FUNC before its reporting walk (dump.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define LR_ROUNDS 16

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

/* Index of a report's rule in u->shown: the pack's rules, then lock-order. */
static int rule_index(const struct lr_unit *u, const char *id)
{
	int i;

	for (i = 0; i < u->pack->nrules; i++)
		if (!strcmp(u->pack->rules[i].id, id))
			break;
	return i;
}

/* Each CALL event's callee, once: the unit's function of that name, or none. */
static void resolve_calls(struct lr_unit *u)
{
	int i, b, k;

	for (i = 0; i < u->nfuncs; i++) {
		struct lr_func *f = u->funcs[i];

		for (b = 0; b < f->nblocks; b++)
			for (k = 0; k < f->blocks[b].nevents; k++) {
				struct lr_event *ev = &f->blocks[b].events[k];

				if (ev->kind == LR_EV_CALL && ev->defined)
					ev->target = lr_unit_find_func(u, ev->callee);
			}
	}
}

/*
 * With the link step's index: read only the units whose verdicts can
 * involve this one (db.c), and more while the evaluation asks about
 * functions whose callers were not read; the reports of the last round,
 * when nothing was missing, are the ones kept.
 */
static struct lr_wp *indexed(struct lr_unit *u, struct lr_db_index *idx, const char *dir,
			     unsigned long hash)
{
	int ndiags = u->ndiags, round;
	long roots[LR_NROOTS];
	struct lr_wp *wp = NULL;

	memcpy(roots, u->roots, sizeof(roots));
	lr_db_index_seed(idx, u);
	for (round = 0;; round++) {
		lr_wp_free(wp);
		wp = lr_wp_new(u->pack);
		u->db_stale = 0;
		u->db_units = lr_db_index_load(idx, wp, dir, hash, &u->db_stale);
		wp->only_unit = lr_wp_add_unit(wp, u);
		lr_db_index_roots(idx, wp);
		u->ndiags = ndiags;
		memcpy(u->roots, roots, sizeof(roots));
		lr_wp_analyse(wp, u);
		if (!lr_db_index_grow(idx, wp))
			break;
	}
	u->db_rounds = round + 1;
	return wp;
}

/*
 * Where preconditions end up.  Without a database, among this unit's
 * callers; with one, the unit's facts are written, and once the database
 * is linked (a full build done), checked against every other unit's.
 */
static void whole_program(struct lr_unit *u)
{
	const char *dir = lr_options_db(u->opts);
	unsigned long hash = lr_options_pack_hash(u->opts);
	struct lr_wp *wp = lr_wp_new(u->pack);
	struct lr_db_index *idx;
	char msg[4200];

	if (lr_options_unit(u->opts))
		lr_unit_set_key(u, lr_options_unit(u->opts));
	if (dir) {
		if (!lr_options_db_readonly(u->opts) &&
		    lr_db_write_unit(u, dir, hash, msg, sizeof(msg)))
			u->db_error = lr_xstrdup(msg);
		if (lr_db_linked(dir) && (idx = lr_db_index_open(dir, hash))) {
			lr_wp_free(wp);
			wp = indexed(u, idx, dir, hash);
			lr_db_index_close(idx);
			lr_wp_free(u->wp);
			u->wp = wp;
			return;
		} else if (lr_db_linked(dir)) {
			u->db_units = lr_db_load(wp, dir, u->key, hash, &u->db_stale);
		} else if (!lr_options_db_readonly(u->opts)) {
			/* a cold build: the report step decides, with every unit */
			lr_wp_free(wp);
			return;
		}
	}
	wp->only_unit = lr_wp_add_unit(wp, u);
	lr_wp_analyse(wp, u);
	/* its strings (files of other units) are in the reports' notes */
	lr_wp_free(u->wp);
	u->wp = wp;
}


int lr_unit_analyse(struct lr_unit *u, lr_emit_fn emit, void *ctx)
{
	int round, i, changed = 1;

	resolve_calls(u);
	for (round = 0; round < LR_ROUNDS && changed; round++) {
		changed = 0;
		for (i = 0; i < u->nfuncs; i++) {
			struct lr_func *f = u->funcs[i];
			struct lr_summary sum = lr_summarise(u, f, LR_WALK_SUMMARISE);

			if (!lr_summary_equal(&sum, &f->sum))
				changed = 1;
			lr_summary_free(&f->sum);
			f->sum = sum;
		}
	}
	if (changed)
		lr_unit_drop(u, LR_DROP_ROUNDS);
	u->ndiags = 0;
	for (i = 0; i < u->nfuncs; i++) {
		struct lr_func *f = u->funcs[i];
		struct lr_summary sum;

		if (u->debug && (!strcmp(u->debug, f->name) || !strcmp(u->debug, "*")))
			lr_dump_func(u, f);
		sum = lr_summarise(u, f, LR_WALK_REPORT);
		lr_summary_free(&f->sum);
		f->sum = sum;
	}
	whole_program(u);
	qsort(u->diags, u->ndiags, sizeof(*u->diags), loc_cmp);
	for (i = 0; i < u->ndiags; i++)
		if (emit(&u->diags[i], ctx))
			u->shown[rule_index(u, u->diags[i].rule_id)]++;
	return u->ndiags;
}

/*
 * The report step of a database: every unit's facts in DIR, the whole
 * program's preconditions, every report in location order.  'link' marks
 * the database linked: later compiles with db=DIR check against it.
 */
int lr_db_report(const struct lr_options *o, const char *dir, int link,
		 const char *const *only, int nonly, lr_emit_fn emit, void *ctx,
		 struct lr_db_stats *st)
{
	struct lr_unit *u = lr_unit_new(o);
	struct lr_wp *wp;
	int i, j, n;

	memset(st, 0, sizeof(*st));
	if (!u)
		return -1;
	wp = lr_wp_new(u->pack);
	st->units = lr_db_load(wp, dir, NULL, lr_options_pack_hash(o), &st->stale);
	if (nonly) {
		/* report (and count) only in units whose key starts so */
		wp->skip_unit = lr_xrealloc(NULL, wp->nunits + 1);
		for (i = 0; i < wp->nunits; i++) {
			wp->skip_unit[i] = 1;
			for (j = 0; j < nonly; j++)
				if (!strncmp(wp->units[i], only[j], strlen(only[j])))
					wp->skip_unit[i] = 0;
		}
	}
	if (link)
		lr_wp_track_components(wp);
	lr_wp_analyse(wp, u);
	if (link && lr_db_write_index(wp, dir, lr_options_pack_hash(o))) {
		lr_wp_free(wp);
		lr_unit_free(u);
		return -1;
	}
	st->functions = wp->nfuncs;
	st->sites = wp->nsites;
	st->cross_sites = wp->cross_sites;
	st->undecided = wp->undecided;
	for (i = 0; i < LR_NROOTS; i++)
		st->roots[i] = u->roots[i];
	for (i = 0; i < wp->nfuncs; i++)
		st->preconditions += wp->funcs[i].npre;
	qsort(u->diags, u->ndiags, sizeof(*u->diags), loc_cmp);
	for (i = 0; i < u->ndiags; i++)
		emit(&u->diags[i], ctx);
	lr_wp_free(wp);
	n = u->ndiags;
	for (i = 0; i < LR_NDROPS; i++)
		st->drops += u->drops[i];
	lr_unit_free(u);
	if (link && lr_db_mark_linked(dir))
		return -1;
	return n;
}

enum lr_db_state lr_db_state(const struct lr_options *o, const char *dir)
{
	struct lr_db_index *idx;

	if (!lr_db_linked(dir))
		return LR_DB_UNLINKED;
	idx = lr_db_index_open(dir, lr_options_pack_hash(o));
	if (!idx)
		return LR_DB_STALE;
	lr_db_index_close(idx);
	return LR_DB_FRESH;
}

const char *lr_drop_name(enum lr_drop d)
{
	static const char *const names[LR_NDROPS] = {
		[LR_DROP_HELD] = "held",
		[LR_DROP_RELEASED] = "released",
		[LR_DROP_FACTS] = "facts",
		[LR_DROP_SOLVER] = "solver",
		[LR_DROP_ROUNDS] = "rounds",
		[LR_DROP_KEY] = "key",
		[LR_DROP_NOTES] = "notes",
		[LR_DROP_TEXT] = "text",
	};

	return d < LR_NDROPS ? names[d] : "?";
}
