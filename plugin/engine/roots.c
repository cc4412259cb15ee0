// SPDX-License-Identifier: GPL-2.0
/*
 * The roots of the call graph as the unit sees them: functions whose
 * address it stores in a member (lr_unit_func_stored: ".pmd_entry = f",
 * "w->func = f") or takes otherwise (lr_unit_func_address_taken), and the
 * names of the pre-* counts.  Which callers such a function has, and what
 * they hold, is the whole-program analysis's business (wp.c): the pack's
 * 'callback' contract of the member, none for an unknown one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

void lr_unit_func_stored(struct lr_unit *u, const char *func, const char *record,
			 const char *field)
{
	const struct lr_callback *cb = lr_pack_callback(u->pack, record, field);
	char member[256];
	int i;

	snprintf(member, sizeof(member), "%s.%s", record ? record : "?", field);
	for (i = 0; i < u->nstored; i++)
		if (!strcmp(u->stored[i].func, func) && !strcmp(u->stored[i].member, member))
			return;
	if (u->nstored == u->cap_stored) {
		u->cap_stored = u->cap_stored ? 2 * u->cap_stored : 16;
		u->stored = lr_xrealloc(u->stored, u->cap_stored * sizeof(*u->stored));
	}
	u->stored[u->nstored].func = lr_xstrdup(func);
	u->stored[u->nstored].member = lr_xstrdup(member);
	u->stored[u->nstored].cb = cb;
	u->nstored++;
}

void lr_unit_func_address_taken(struct lr_unit *u, const char *func)
{
	int i;

	for (i = 0; i < u->naddr; i++)
		if (!strcmp(u->addr_taken[i], func))
			return;
	if (u->naddr == u->cap_addr) {
		u->cap_addr = u->cap_addr ? 2 * u->cap_addr : 16;
		u->addr_taken = lr_xrealloc(u->addr_taken, u->cap_addr * sizeof(char *));
	}
	u->addr_taken[u->naddr++] = lr_xstrdup(func);
}

void lr_stored_free(struct lr_unit *u)
{
	int i;

	for (i = 0; i < u->nstored; i++) {
		free(u->stored[i].func);
		free(u->stored[i].member);
	}
	free(u->stored);
	u->stored = NULL;
	u->nstored = u->cap_stored = 0;
}

const char *lr_root_stat_name(enum lr_root_stat r)
{
	static const char *const names[LR_NROOTS] = {
		[LR_ROOT_MET] = "met",
		[LR_ROOT_REPORTED] = "reported",
		[LR_ROOT_UNKNOWN] = "unknown",
		[LR_ROOT_FACTS] = "facts",
	};

	return r < LR_NROOTS ? names[r] : "?";
}

long lr_unit_root_stat(const struct lr_unit *u, enum lr_root_stat r)
{
	return r < LR_NROOTS ? u->roots[r] : 0;
}
