// SPDX-License-Identifier: GPL-2.0
/*
 * Preconditions at the roots of the unit's call graph.
 *
 * A need with no lock evidence in its function becomes that function's
 * precondition and travels up to the callers in the unit (need.c).  Where
 * it stops, the callers are elsewhere.  Two kinds of such roots say what
 * their callers hold, from the rule pack:
 *   - entry points ('entry' lines: __do_sys_* and the other system call
 *     wrappers) are called with none of the pack's locks;
 *   - a function the unit stores in a callback member ('callback' lines:
 *     mm_walk_ops.pmd_entry, vm_operations_struct.fault, work_struct.func,
 *     ...) is called with the contract's locks (one of its alternatives).
 * A precondition such a root's contract does not provide is reported at
 * the operation that needs it, with the chain of calls in a note:
 *
 *   mincore.c:190:9: warning: page-table walk without mmap_lock (read) or ... [-Wlockrules=pt-walk]
 *   mincore.c:230:1: note: no caller holds it: do_mincore() <- __do_sys_mincore(), a system call
 *
 * Preconditions that stop at a function with no contract (an exported
 * function, a callback member the pack does not know) stay silent and are
 * counted (stats line: pre-unknown), as are those needed only under a
 * parameter test (pre-facts).  Debugging: 'debug=FUNC' shows FUNC's
 * preconditions in its summary (dump.c).
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

static int called_in_unit(const struct lr_unit *u, const struct lr_func *f)
{
	int i, b, k;

	for (i = 0; i < u->nfuncs; i++) {
		const struct lr_func *g = u->funcs[i];

		if (g == f)
			continue;
		for (b = 0; b < g->nblocks; b++)
			for (k = 0; k < g->blocks[b].nevents; k++) {
				const struct lr_event *ev = &g->blocks[b].events[k];

				if (ev->kind == LR_EV_CALL && ev->callee && !strcmp(ev->callee, f->name))
					return 1;
			}
	}
	return 0;
}

static const struct lr_pre *find_pre(const struct lr_func *f, const struct lr_rule *rule)
{
	int i;

	for (i = 0; f && i < f->sum.npre; i++)
		if (f->sum.pre[i].rule == rule)
			return &f->sum.pre[i];
	return NULL;
}

/* "do_mincore() <- __do_sys_mincore()": from the operation up to root. */
static void chain(const struct lr_unit *u, const struct lr_func *root, const struct lr_rule *rule,
		  char *buf, int len)
{
	const char *names[16];
	const struct lr_func *f = root;
	int n = 0, used = 0, i;

	while (f && n < 16) {
		const struct lr_pre *p = find_pre(f, rule);

		names[n++] = f->name;
		if (!p || !p->via)
			break;
		f = lr_unit_find_func(u, p->via);
	}
	buf[0] = '\0';
	for (i = n - 1; i >= 0; i--)
		used += snprintf(buf + used, used < len ? len - used : 0, "%s%s()",
				 i == n - 1 ? "" : " <- ", names[i]);
}

static void report(struct lr_unit *u, const struct lr_func *f, const struct lr_pre *pre,
		   const char *what, const char *cite)
{
	const struct lr_pack *pack = u->pack;
	const struct lr_rule *rule = pre->rule;
	struct lr_diag *d = lr_diag_new(u, rule->id, pre->loc);
	char needs[512], calls[512];

	u->roots[LR_ROOT_REPORTED]++;
	if (!d)
		return;
	lr_need_describe(pack, &rule->need, needs, sizeof(needs));
	lr_diag_msg(u, d, "%s without %s", rule->what, needs);
	chain(u, f, rule, calls, sizeof(calls));
	lr_diag_note(u, d, f->loc, "no caller holds it: %s, %s", calls, what);
	if (cite)
		lr_diag_note(u, d, f->loc, "%s() is called so: %s", f->name, cite);
	lr_diag_note(u, d, pre->loc, "cite: %s", rule->cite);
}

void lr_check_roots(struct lr_unit *u)
{
	const struct lr_pack *pack = u->pack;
	int i, j, k;

	for (i = 0; i < u->nfuncs; i++) {
		const struct lr_func *f = u->funcs[i];
		const struct lr_entry *entry;
		int contracts, unknown;
		char what[300];

		if (!f->sum.npre)
			continue;
		/* what the function's callers hold: per function, not per precondition */
		entry = lr_pack_entry(pack, f->name);
		contracts = entry != NULL;
		for (k = 0; k < u->nstored; k++)
			if (u->stored[k].cb && !strcmp(u->stored[k].func, f->name))
				contracts++;
		unknown = !contracts && !called_in_unit(u, f);
		for (j = 0; j < f->sum.npre; j++) {
			const struct lr_pre *pre = &f->sum.pre[j];

			if (pre->rule->disabled)
				continue;
			if (pre->nfacts) {
				u->roots[LR_ROOT_FACTS]++;
				continue;
			}
			if (unknown)
				u->roots[LR_ROOT_UNKNOWN]++;
			if (entry)
				report(u, f, pre, entry->what, entry->cite);
			for (k = 0; k < u->nstored; k++) {
				const struct lr_callback *cb = u->stored[k].cb;

				if (!cb || strcmp(u->stored[k].func, f->name))
					continue;
				if (lr_need_implied(pack, &cb->held, &pre->rule->need)) {
					u->roots[LR_ROOT_MET]++;
					continue;
				}
				snprintf(what, sizeof(what), "%s (%s)", cb->what, u->stored[k].member);
				report(u, f, pre, what, cb->cite);
			}
		}
	}
}
