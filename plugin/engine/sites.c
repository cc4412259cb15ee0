// SPDX-License-Identifier: GPL-2.0
/*
 * Call-site records: the caller's lockset at a call, kept small (what is
 * held and how, what was released on the way, the parameter facts) so
 * that the whole-program analysis (wp.c) can judge any need against it
 * later, in this unit or read back from the database (db.c), with the same
 * lr_need_judge() the unit's own walk uses.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

void lr_site_from_lockset(struct lr_site *s, const struct lr_lockset *ls)
{
	int i;

	s->nheld = ls->nheld;
	s->held = ls->nheld ? lr_xrealloc(NULL, ls->nheld * sizeof(*s->held)) : NULL;
	for (i = 0; i < ls->nheld; i++) {
		s->held[i].cls = ls->held[i].cls;
		s->held[i].mode = ls->held[i].mode;
		s->held[i].state = ls->held[i].state;
		s->held[i].origin = ls->held[i].origin;
		s->held[i].loc = ls->held[i].loc;
	}
	s->nrel = ls->nrel;
	s->rel = ls->nrel ? lr_xrealloc(NULL, ls->nrel * sizeof(*s->rel)) : NULL;
	for (i = 0; i < ls->nrel; i++) {
		s->rel[i].cls = ls->rel[i].cls;
		s->rel[i].mode = ls->rel[i].mode;
		s->rel[i].unheld = ls->rel[i].unheld;
		s->rel[i].failed = ls->rel[i].failed;
		s->rel[i].loc = ls->rel[i].loc;
	}
	s->nfacts = ls->nfacts;
	s->facts = ls->nfacts ? lr_xrealloc(NULL, ls->nfacts * sizeof(*s->facts)) : NULL;
	if (ls->nfacts)
		memcpy(s->facts, ls->facts, ls->nfacts * sizeof(*s->facts));
}

/* The lockset a site was recorded from, as far as judging needs goes. */
void lr_site_to_lockset(const struct lr_site *s, struct lr_lockset *ls)
{
	int i;

	memset(ls, 0, sizeof(*ls));
	ls->reachable = 1;
	for (i = 0; i < s->nheld && i < LR_MAX_HELD; i++) {
		struct lr_held *h = &ls->held[ls->nheld++];

		h->cls = s->held[i].cls;
		h->mode = s->held[i].mode;
		h->state = s->held[i].state;
		h->origin = s->held[i].origin;
		h->loc = s->held[i].loc;
	}
	for (i = 0; i < s->nrel && i < LR_MAX_REL; i++) {
		struct lr_released *r = &ls->rel[ls->nrel++];

		r->cls = s->rel[i].cls;
		r->mode = s->rel[i].mode;
		r->unheld = s->rel[i].unheld;
		r->failed = s->rel[i].failed;
		r->loc = s->rel[i].loc;
	}
	for (i = 0; i < s->nfacts && i < LR_MAX_FACTS; i++)
		ls->facts[ls->nfacts++] = s->facts[i];
}

void lr_site_add_outcome(struct lr_site *s, const struct lr_rule *rule, enum lr_judge kind)
{
	s->out = lr_xrealloc(s->out, (s->nout + 1) * sizeof(*s->out));
	s->out[s->nout].rule = rule;
	s->out[s->nout].kind = kind;
	s->nout++;
}

void lr_site_free(struct lr_site *s)
{
	free(s->callee);
	free(s->held);
	free(s->rel);
	free(s->facts);
	free(s->out);
	memset(s, 0, sizeof(*s));
}
