// SPDX-License-Identifier: GPL-2.0
/*
 * The 'debug=FUNC' option: FUNC's blocks, the lockset reaching each (from
 * the dataflow's fixpoint), its events and its edges, on stderr:
 *
 *   lockrules: f (entry 0, exit 3)
 *     block 1: mmap:R[mm]held rel:ptl_pmd@12
 *       12: acquire ptl_pmd inst=ptl value=0
 *       -> 2 (result 7 != 0)
 */
#include <stdio.h>
#include <stdlib.h>
#include "internal.h"

static void dump_edge(const struct lr_edge *e)
{
	const char *nz = e->nonzero ? "!= 0" : "== 0";
	int i;

	switch (e->kind) {
	case LR_TEST_NONE:
		fprintf(stderr, "    -> %d\n", e->to);
		break;
	case LR_TEST_RESULT:
		fprintf(stderr, "    -> %d (result %d %s)\n", e->to, e->id, nz);
		break;
	case LR_TEST_PARAM:
		fprintf(stderr, "    -> %d (parameter %d %s)\n", e->to, e->id, nz);
		break;
	case LR_TEST_LOCKPTR:
		fprintf(stderr, "    -> %d (%s %s)\n", e->to, e->key, nz);
		break;
	case LR_TEST_LOCKEQ:
		fprintf(stderr, "    -> %d (%s %s %s)\n", e->to, e->key, e->nonzero ? "==" : "!=", e->key2);
		break;
	}
	if (e->implies_param)
		fprintf(stderr, "       (and parameter %d != 0)\n", e->implied_param);
	for (i = 0; i < e->nsets; i++)
		fprintf(stderr, "       (value %d := %s)\n", e->sets[i].value,
			e->sets[i].nonzero ? "nonzero" : "0");
	if (e->nreads < 0 && e->loc.file)
		fprintf(stderr, "       (reads: unknown)\n");
	else if (e->nreads > 0) {
		fprintf(stderr, "       (reads:");
		for (i = 0; i < e->nreads; i++)
			fprintf(stderr, " %s", e->reads[i]);
		fprintf(stderr, ")\n");
	}
}

void lr_dump_func(struct lr_unit *u, struct lr_func *f)
{
	const struct lr_pack *pack = u->pack;
	static const char *kinds[] = { "acquire", "release", "assert", "guard", "call", "assign" };
	static const char *states[] = { "held", "maybe", "pending", "gone" };
	int b, i;

	lr_solve(u, f);
	fprintf(stderr, "lockrules: %s (entry %d, exit %d)%s\n", f->name, f->entry, f->exit,
		f->overflow ? " (overflowed: not analysed)" : "");
	for (b = 0; b < f->nblocks; b++) {
		const struct lr_lockset *ls = &f->in[b];

		fprintf(stderr, "  block %d%s:", b, ls->reachable ? "" : " (unreached)");
		for (i = 0; i < ls->nheld; i++)
			fprintf(stderr, " %s:%s[%s]%s", ls->held[i].cls >= 0 ?
				pack->classes[ls->held[i].cls].name : "unknown",
				ls->held[i].mode == LR_MODE_W ? "W" : "R",
				ls->held[i].inst ? ls->held[i].inst : "?", states[ls->held[i].state]);
		for (i = 0; i < ls->nrel; i++)
			fprintf(stderr, " rel:%s@%d%s%s", ls->rel[i].cls >= 0 ?
				pack->classes[ls->rel[i].cls].name : "unknown",
				ls->rel[i].loc.line, ls->rel[i].inst ? ":" : "",
				ls->rel[i].inst ? ls->rel[i].inst : "");
		for (i = 0; i < ls->nfacts; i++)
			fprintf(stderr, " fact:param%d%s", ls->facts[i].param,
				ls->facts[i].nonzero ? "!=0" : "==0");
		fprintf(stderr, "\n");
		for (i = 0; i < f->blocks[b].nevents; i++) {
			const struct lr_event *e = &f->blocks[b].events[i];

			fprintf(stderr, "    %d: %s %s%s inst=%s value=%d%s%s\n", e->loc.line,
				kinds[e->kind],
				e->kind <= LR_EV_ASSERT && e->cls >= 0 ? pack->classes[e->cls].name : "",
				e->rule ? e->rule->id : (e->callee ? e->callee : ""),
				e->inst ? e->inst : "-", e->value, e->is_try ? " try" : "",
				e->if_held ? " ifheld" : "");
		}
		for (i = 0; i < f->blocks[b].nsuccs; i++)
			dump_edge(&f->blocks[b].succs[i]);
	}
	free(f->in);
	f->in = NULL;
}
