// SPDX-License-Identifier: GPL-2.0
/*
 * The driver, at the end of the translation unit (so that summaries do not
 * depend on the order the compiler hands functions over): every function's
 * summary to a fixpoint over the unit's call graph (at most LR_ROUNDS
 * rounds; a unit that needs more is counted, drop-rounds), then one
 * reporting walk per function, then the preconditions that reach an entry
 * point or a callback (roots.c), then the reports sorted by location.
 * Debugging: 'debug=FUNC' dumps FUNC before its reporting walk (dump.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define LR_ROUNDS 8

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

int lr_unit_analyse(struct lr_unit *u, lr_emit_fn emit, void *ctx)
{
	int round, i, changed = 1;

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
	/* preconditions that reach an entry point or a callback (roots.c) */
	lr_check_roots(u);
	qsort(u->diags, u->ndiags, sizeof(*u->diags), loc_cmp);
	for (i = 0; i < u->ndiags; i++)
		if (emit(&u->diags[i], ctx))
			u->shown[rule_index(u, u->diags[i].rule_id)]++;
	return u->ndiags;
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
