// SPDX-License-Identifier: GPL-2.0
/*
 * What a call means.  A front end hands every call statement over with IR
 * facts only (lr_call in engine.h); this file reads the rule pack and turns
 * the call into lock events:
 *
 *   - a GUARD event per rule whose 'calls' pattern the call matches (an
 *     argument pattern names an enumerator: NR_MLOCK);
 *   - for an 'api' of the pack, one event per effect: the instance from the
 *     effect's path (the argument, arg->field, what an out-parameter points
 *     to, the result, every instance), or for class '*' the class and
 *     instance from the front end's provenance of the argument; an effect
 *     conditional on a constant argument applies only when the constant
 *     passes; one conditional on the result waits for the edge that tests
 *     the result (the front end's value id);
 *   - 'lockptr' through an out-parameter records the class of the pointer
 *     stored there (a slot), for the front end's later provenance;
 *   - a lock the pack certainly does not name (LR_CLASS_UNTRACKED) is
 *     ignored, and so is an acquisition of a lock of unknown class;
 *   - otherwise the call is a CALL event: to a function the unit defines,
 *     resolved with the callee's summary; to one defined elsewhere, a call
 *     site for the whole-program analysis (wp.c) and the database.  The
 *     arguments that point to private objects (a local's address, the
 *     result of a 'fresh' function) are marked: a callee's need that comes
 *     from a store into such an argument is not the caller's;
 *   - a store into a member a rule guards ('stores') is a GUARD event too,
 *     unless the object is private; the parameter it writes through is
 *     kept with it (lr_member_store).
 *
 * Debugging: 'debug=FUNC' prints the events made of FUNC's calls.
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include "internal.h"

static int guard_matches(const struct lr_guard_call *g, const struct lr_call *c)
{
	int k;

	if (strcmp(g->name, c->callee))
		return 0;
	for (k = 0; k < g->nargs; k++) {
		if (!strcmp(g->argpat[k], "_"))
			continue;
		/* an integer constant: 'free_pgtables(_, _, _, _, _, 1)' (a bool true) */
		if (isdigit((unsigned char)g->argpat[k][0])) {
			if (k >= c->nargs || !c->args[k].is_const ||
			    c->args[k].value != strtol(g->argpat[k], NULL, 0))
				return 0;
			continue;
		}
		if (k >= c->nargs || !c->args[k].enumerator ||
		    strcmp(c->args[k].enumerator, g->argpat[k]))
			return 0;
	}
	return 1;
}

/*
 * A call on a private mm of the kernel ('private' lines: poking_mm, which
 * only text_poke() uses, under text_mutex; init_mm, the kernel's own page
 * tables): no process's locks apply, to a guarded call or to what a
 * called function needs ("apply_to_existing_page_range(&init_mm, ..)").
 */
static int on_private_mm(const struct lr_pack *pack, const struct lr_call *c)
{
	int i, k;

	for (k = 0; k < c->nargs; k++) {
		const char *key = c->args[k].key.s;

		if (*key == '&')
			key++;
		for (i = 0; i < pack->nprivates; i++)
			if (!strcmp(pack->privates[i].pattern, key))
				return 1;
	}
	return 0;
}

/*
 * The GUARD event of rule r: a call (callee) or a store into a parameter's
 * object; g: the call's pattern, whose '@CLASS' argument names the page
 * table the operation changes.
 */
static void add_guard(struct lr_func *f, int block, const struct lr_rule *r, const char *callee,
		      const struct lr_guard_call *g, const struct lr_call *c, int obj_param,
		      struct lr_loc loc)
{
	struct lr_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.kind = LR_EV_GUARD;
	ev.rule = r;
	ev.obj_param = obj_param;
	ev.callee = callee;
	ev.loc = loc;
	ev.table_cls = LR_CLASS_NONE;
	if (g && c && g->table_arg >= 0 && g->table_arg < c->nargs &&
	    lr_table_key(c->args[g->table_arg].key.s)) {
		ev.table = c->args[g->table_arg].key.s;
		ev.table_cls = g->table_cls;
	}
	lr_block_add_event(f, block, &ev);
}

static void add_guards(struct lr_func *f, int block, const struct lr_pack *pack,
		       const struct lr_call *c)
{
	int i, j;

	if (on_private_mm(pack, c))
		return;

	for (i = 0; i < pack->nrules; i++) {
		const struct lr_rule *r = &pack->rules[i];

		if (r->disabled)
			continue;
		for (j = 0; j < r->ncalls; j++)
			if (guard_matches(&r->calls[j], c)) {
				add_guard(f, block, r, c->callee, &r->calls[j], c, -1, c->loc);
				break;
			}
	}
}

/* Does an effect conditional on a constant argument apply to this call? */
static int arg_condition_holds(const struct lr_call *c, const struct lr_effect *eff)
{
	const struct lr_arg *a;

	if (eff->arg.test == LR_ARG_ANY)
		return 1;
	if (eff->arg.param >= c->nargs)
		return 0;
	a = &c->args[eff->arg.param];
	if (!a->is_const)
		return 0;
	switch (eff->arg.test) {
	case LR_ARG_ZERO:
		return a->value == 0;
	case LR_ARG_NONZERO:
		return a->value != 0;
	case LR_ARG_BITS:
		return ((unsigned long)a->value & eff->arg.mask) != 0;
	case LR_ARG_ANY:
		break;
	}
	return 1;
}

static void add_effect(struct lr_func *f, int block, const struct lr_call *c,
		       const struct lr_effect *eff)
{
	const struct lr_arg *arg = NULL;
	struct lr_event ev;
	struct lr_key inst;

	if (!arg_condition_holds(c, eff))
		return;
	if (eff->path.kind == LR_PATH_PARAM || eff->path.kind == LR_PATH_DEREF ||
	    eff->path.kind == LR_PATH_BYARG) {
		if (eff->path.param >= c->nargs)
			return;
		arg = &c->args[eff->path.param];
	}
	memset(&ev, 0, sizeof(ev));
	inst.s[0] = '\0';
	inst.truncated = 0;
	ev.cls = eff->cls;
	switch (eff->path.kind) {
	case LR_PATH_PARAM:
		inst = arg->key;
		if (eff->path.field)
			lr_key_member(&inst, &inst, eff->path.field);
		break;
	case LR_PATH_DEREF:
		lr_key_deref(&inst, &arg->key);
		break;
	case LR_PATH_RET:
		inst = c->result_key;
		ev.inst_is_ret = 1;
		break;
	case LR_PATH_ALL:
		lr_key_var(&inst, "*");
		break;
	case LR_PATH_BYARG:
		if (c->lockclass) {
			ev.cls = c->lockclass(c->ctx, eff->path.param, &inst);
		} else {
			ev.cls = LR_CLASS_UNKNOWN;
			inst = arg->key;
		}
		break;
	case LR_PATH_NONE:
		break;
	}
	/* 'for': the page table the lock protects (an argument, or the result) */
	if (eff->table.kind == LR_PATH_PARAM && eff->table.param < c->nargs)
		ev.table = c->args[eff->table.param].key.s;
	else if (eff->table.kind == LR_PATH_RET)
		ev.table = c->result_key.s;
	if (ev.table && !lr_table_key(ev.table))
		ev.table = NULL;
	if (ev.table)
		lr_func_ptable_set(f, inst.s, ev.table, eff->cls, c->loc);
	if (eff->kind == LR_EFF_LOCKPTR) {
		if (eff->path.kind == LR_PATH_DEREF)
			lr_func_slot_set(f, inst.s, eff->cls);
		return;
	}
	if (ev.cls == LR_CLASS_UNTRACKED)
		return;
	/* an assertion of a lock of no class the rules know says nothing */
	if (eff->kind == LR_EFF_ASSERT && ev.cls < 0)
		return;
	ev.kind = eff->kind == LR_EFF_ACQUIRE ? LR_EV_ACQUIRE :
		  eff->kind == LR_EFF_ASSERT ? LR_EV_ASSERT : LR_EV_RELEASE;
	if (ev.cls < 0)
		ev.cls = LR_CLASS_UNKNOWN;
	ev.mode = eff->mode;
	ev.inst = inst.s;
	ev.is_try = eff->is_try;
	ev.if_held = eff->if_held;
	ev.loc = c->loc;
	if (eff->when != LR_WHEN_ALWAYS) {
		/* conditional on the result: pending until an edge tests it */
		ev.when = eff->when;
		/* "vmf->pte = pte_offset_map_lock(..)": or the NULL test of vmf->pte */
		if (eff->when == LR_WHEN_NONZERO && c->result_key.s[0] &&
		    c->result_key.s[0] != '_' && strcmp(c->result_key.s, "?"))
			ev.tkey = c->result_key.s;
		if (c->result > 0)
			ev.value = c->result;
		else if (!ev.tkey)
			return;
	}
	lr_block_add_event(f, block, &ev);
}

/* A pointer to an object only this function can see: a local's address, a fresh result. */
static int private_object(const struct lr_pack *pack, enum lr_obj_origin origin,
			  const char *from_call)
{
	return origin == LR_OBJ_LOCAL ||
	       (origin == LR_OBJ_RESULT && lr_pack_fresh(pack, from_call));
}

static void add_unit_call(struct lr_func *f, int block, const struct lr_pack *pack,
			  const struct lr_call *c)
{
	struct lr_event ev;
	struct lr_ev_arg *args = lr_xrealloc(NULL, (c->nargs + 1) * sizeof(*args));
	int i;

	memset(&ev, 0, sizeof(ev));
	ev.kind = LR_EV_CALL;
	ev.callee = c->callee;
	ev.defined = c->defined;
	ev.nargs = c->nargs;
	for (i = 0; i < c->nargs; i++) {
		args[i].key = c->args[i].key.s;
		args[i].is_const = c->args[i].is_const;
		args[i].value = c->args[i].value;
		if (i < 32 && private_object(pack, c->args[i].origin, c->args[i].from_call))
			ev.private_args |= 1u << i;
	}
	ev.args = args;
	ev.loc = c->loc;
	ev.private_mm = on_private_mm(pack, c);
	lr_block_add_event(f, block, &ev);
	free(args);
}

void lr_func_call(struct lr_func *f, int block, const struct lr_call *c)
{
	struct lr_unit *u;
	const struct lr_api *api;
	int i, k;

	if (!f || !c->callee)
		return;
	u = f->unit;
	for (i = 0; i < c->nargs; i++)
		if (c->args[i].key.truncated)
			lr_unit_drop(u, LR_DROP_KEY);
	if (c->result_key.truncated)
		lr_unit_drop(u, LR_DROP_KEY);
	/* the guarded operation is checked with the locks held before the call */
	add_guards(f, block, u->pack, c);
	api = lr_pack_api(u->pack, c->callee);
	if (api) {
		for (k = 0; k < api->neffects; k++)
			add_effect(f, block, c, &api->effects[k]);
		return;
	}
	add_unit_call(f, block, u->pack, c);
}

void lr_func_store(struct lr_func *f, int block, const struct lr_key *dest, int cls)
{
	(void)block;
	if (!f)
		return;
	if (dest->truncated)
		lr_unit_drop(f->unit, LR_DROP_KEY);
	if (cls >= 0)
		lr_func_slot_set(f, dest->s, cls);
}

void lr_func_assign(struct lr_func *f, int block, const struct lr_key *var)
{
	struct lr_event ev;

	if (!f)
		return;
	if (var->truncated) {
		lr_unit_drop(f->unit, LR_DROP_KEY);
		return;
	}
	if (!strcmp(var->s, "?"))
		return;
	memset(&ev, 0, sizeof(ev));
	ev.kind = LR_EV_ASSIGN;
	ev.inst = var->s;
	lr_block_add_event(f, block, &ev);
}

static int store_matches(const struct lr_guard_store *g, const struct lr_member_store *st)
{
	int i;

	if (g->nonnull && st->value_is_null)
		return 0;
	for (i = 0; i < st->n; i++)
		if (st->records[i] && !strcmp(st->fields[i], g->field) &&
		    !strcmp(st->records[i], g->record))
			return 1;
	return 0;
}

void lr_func_member_store(struct lr_func *f, int block, const struct lr_member_store *st)
{
	const struct lr_pack *pack;
	int i, j;

	if (!f || st->n <= 0)
		return;
	pack = f->unit->pack;
	if (st->base.truncated)
		lr_unit_drop(f->unit, LR_DROP_KEY);
	/* a new object nobody else can see yet: no lock protects it, none is needed */
	if (private_object(pack, st->origin, st->from_call))
		return;
	for (i = 0; i < pack->nrules; i++) {
		const struct lr_rule *r = &pack->rules[i];

		if (r->disabled)
			continue;
		for (j = 0; j < r->nstores; j++)
			if (store_matches(&r->stores[j], st)) {
				add_guard(f, block, r, NULL, NULL, NULL, lr_func_param_of(f, st->base.s),
					  st->loc);
				break;
			}
	}
}
