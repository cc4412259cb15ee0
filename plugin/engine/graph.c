// SPDX-License-Identifier: GPL-2.0
/*
 * The graph a front end builds: units, functions, blocks, edges, the
 * events calls.c makes of its calls, and the lock pointers stored so far
 * (slots).  Also the pack queries a front end's provenance may ask
 * (lr_unit_member, lr_unit_result_class, lr_unit_passes_through): the
 * front end never reads the pack itself.
 *
 * Every list here grows: nothing a front end hands over is dropped.
 * Debugging: the 'debug=FUNC' option dumps what a function became.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

void *lr_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		abort();
	return p;
}

char *lr_xstrdup(const char *s)
{
	return s ? strcpy(lr_xrealloc(NULL, strlen(s) + 1), s) : NULL;
}

struct lr_unit *lr_unit_new_pack(const struct lr_pack *pack, const char *debug)
{
	struct lr_unit *u = lr_xrealloc(NULL, sizeof(*u));

	memset(u, 0, sizeof(*u));
	u->pack = pack;
	u->debug = debug;
	u->shown = lr_xrealloc(NULL, (pack->nrules + 1) * sizeof(int));
	memset(u->shown, 0, (pack->nrules + 1) * sizeof(int));
	/* the lattice is finite; the budget only guards against a bug */
	u->solver_budget = 64;
	return u;
}

static void free_event(struct lr_event *ev)
{
	int i;

	free((char *)ev->inst);
	free((char *)ev->tkey);
	free((char *)ev->table);
	free((char *)ev->callee);
	for (i = 0; i < ev->nargs; i++)
		free((char *)ev->args[i].key);
	free(ev->args);
}

void lr_summary_free(struct lr_summary *s)
{
	free(s->pre);
	free(s->acq.v);
	free(s->rel.v);
	free(s->block.v);
	memset(s, 0, sizeof(*s));
}

void lr_unit_free(struct lr_unit *u)
{
	int i, j, k, l;

	if (!u)
		return;
	for (i = 0; i < u->nfuncs; i++) {
		struct lr_func *f = u->funcs[i];

		for (j = 0; j < f->nblocks; j++) {
			for (k = 0; k < f->blocks[j].nevents; k++)
				free_event(&f->blocks[j].events[k]);
			free(f->blocks[j].events);
			for (k = 0; k < f->blocks[j].nsuccs; k++) {
				free(f->blocks[j].succs[k].key);
				free(f->blocks[j].succs[k].key2);
				for (l = 0; l < f->blocks[j].succs[k].nreads; l++)
					free(f->blocks[j].succs[k].reads[l]);
				free(f->blocks[j].succs[k].reads);
			}
			free(f->blocks[j].succs);
		}
		for (j = 0; j < f->nparams; j++)
			free(f->params[j]);
		for (j = 0; j < f->nslots; j++)
			free(f->slots[j].key);
		free(f->slots);
		for (j = 0; j < f->nptables; j++) {
			free(f->ptables[j].lock);
			free(f->ptables[j].table);
		}
		free(f->ptables);
		free(f->params);
		free(f->blocks);
		free(f->name);
		lr_summary_free(&f->sum);
		free(f);
	}
	free(u->funcs);
	for (i = 0; i < u->nsites; i++)
		lr_site_free(&u->sites[i]);
	free(u->sites);
	for (i = 0; i < u->naddr; i++)
		free(u->addr_taken[i]);
	free(u->addr_taken);
	free(u->key);
	free(u->db_error);
	lr_wp_free(u->wp);
	lr_stored_free(u);
	free(u->diags);
	free(u->shown);
	free(u);
}

struct lr_func *lr_func_new(struct lr_unit *u, const char *name, struct lr_loc loc,
			    int nparams, const char *const *params)
{
	struct lr_func *f;
	int i;

	/* the rule pack models the API's own bodies */
	if (!name || lr_pack_api(u->pack, name))
		return NULL;
	f = lr_xrealloc(NULL, sizeof(*f));
	memset(f, 0, sizeof(*f));
	f->unit = u;
	f->name = lr_xstrdup(name);
	f->loc = loc;
	f->nparams = nparams;
	f->params = lr_xrealloc(NULL, (nparams + 1) * sizeof(char *));
	for (i = 0; i < nparams; i++)
		f->params[i] = lr_xstrdup(params[i] ? params[i] : "");
	f->exit = -1;
	f->index = u->nfuncs;
	f->linkage = LR_LINK_GLOBAL;
	u->funcs = lr_xrealloc(u->funcs, (u->nfuncs + 1) * sizeof(*u->funcs));
	u->funcs[u->nfuncs++] = f;
	return f;
}

int lr_func_add_block(struct lr_func *f)
{
	if (f->nblocks == f->cap_blocks) {
		f->cap_blocks = f->cap_blocks ? 2 * f->cap_blocks : 8;
		f->blocks = lr_xrealloc(f->blocks, f->cap_blocks * sizeof(*f->blocks));
	}
	memset(&f->blocks[f->nblocks], 0, sizeof(f->blocks[0]));
	return f->nblocks++;
}

void lr_func_set_entry_exit(struct lr_func *f, int entry, int exit)
{
	f->entry = entry;
	f->exit = exit;
}

/* The event is copied, its strings too. */
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
		b->events = lr_xrealloc(b->events, b->cap_events * sizeof(*b->events));
	}
	e = &b->events[b->nevents++];
	*e = *ev;
	e->inst = lr_xstrdup(ev->inst);
	e->tkey = lr_xstrdup(ev->tkey);
	e->table = lr_xstrdup(ev->table);
	e->callee = lr_xstrdup(ev->callee);
	e->args = NULL;
	if (ev->nargs > 0) {
		e->args = lr_xrealloc(NULL, ev->nargs * sizeof(*e->args));
		for (i = 0; i < ev->nargs; i++) {
			e->args[i] = ev->args[i];
			e->args[i].key = lr_xstrdup(ev->args[i].key);
		}
	}
}

void lr_block_add_edge(struct lr_func *f, int block, int to, const struct lr_test *test)
{
	struct lr_block *b;
	struct lr_edge *e;
	int i;

	if (block < 0 || block >= f->nblocks || to < 0 || to >= f->nblocks)
		return;
	b = &f->blocks[block];
	if (b->nsuccs == b->cap_succs) {
		b->cap_succs = b->cap_succs ? 2 * b->cap_succs : 2;
		b->succs = lr_xrealloc(b->succs, b->cap_succs * sizeof(*b->succs));
	}
	e = &b->succs[b->nsuccs++];
	memset(e, 0, sizeof(*e));
	e->to = to;
	e->kind = test ? test->kind : LR_TEST_NONE;
	e->nonzero = test ? test->nonzero : 1;
	if (test && test->implies_param && test->implied_param >= 0) {
		e->implies_param = 1;
		e->implied_param = test->implied_param;
	}
	for (i = 0; test && i < test->nsets && i < LR_MAX_EDGE_SETS; i++)
		if (test->sets[i].value > 0)
			e->sets[e->nsets++] = test->sets[i];
	e->nreads = -1;
	e->branch = -1;
	if (test) {
		e->loc = test->loc;
		e->branch = test->branch;
		e->cond_value = test->cond_value > 0 ? test->cond_value : 0;
		e->cond_nonzero = test->cond_nonzero != 0;
		e->cond_pointer = e->cond_value && test->cond_pointer;
		for (i = 0; i < test->nconsts && i < LR_MAX_EDGE_SETS; i++)
			if (test->consts[i].value > 0)
				e->consts[e->nconsts++] = test->consts[i];
	}
	if (test && test->reads_known && test->nreads >= 0 && test->nreads <= LR_MAX_TEST_READS) {
		e->nreads = test->nreads;
		e->reads = lr_xrealloc(NULL, (test->nreads + 1) * sizeof(*e->reads));
		for (i = 0; i < test->nreads; i++)
			e->reads[i] = lr_xstrdup(test->reads[i].s);
	}
	switch (e->kind) {
	case LR_TEST_RESULT:
		e->id = test->result;
		if (e->id <= 0)
			e->kind = LR_TEST_NONE;
		break;
	case LR_TEST_PARAM:
		e->id = test->param;
		if (e->id < 0)
			e->kind = LR_TEST_NONE;
		break;
	case LR_TEST_LOCKPTR:
		if (test->lockptr)
			e->key = lr_xstrdup(test->lockptr->s);
		else
			e->kind = LR_TEST_NONE;
		break;
	case LR_TEST_LOCKEQ:
		if (test->lockptr && test->lockptr2 && test->lockptr->s[0] && test->lockptr2->s[0] &&
		    strcmp(test->lockptr->s, "?") && strcmp(test->lockptr2->s, "?")) {
			e->key = lr_xstrdup(test->lockptr->s);
			e->key2 = lr_xstrdup(test->lockptr2->s);
			e->cls = test->lockcls;
			e->cls2 = test->lockcls2;
		} else {
			e->kind = LR_TEST_NONE;
		}
		break;
	case LR_TEST_NONE:
		break;
	}
}

void lr_unit_count_events(const struct lr_unit *u, int *nfuncs, int *nevents)
{
	int i, j, n = 0;

	for (i = 0; i < u->nfuncs; i++)
		for (j = 0; j < u->funcs[i]->nblocks; j++)
			n += u->funcs[i]->blocks[j].nevents;
	*nfuncs = u->nfuncs;
	*nevents = n;
}

void lr_func_set_linkage(struct lr_func *f, enum lr_linkage linkage)
{
	if (f)
		f->linkage = linkage;
}

void lr_unit_set_key(struct lr_unit *u, const char *key)
{
	free(u->key);
	u->key = lr_xstrdup(key);
}

const char *lr_unit_db_error(const struct lr_unit *u)
{
	return u->db_error;
}

struct lr_func *lr_unit_find_func(const struct lr_unit *u, const char *name)
{
	int i;

	if (!name)
		return NULL;
	for (i = 0; i < u->nfuncs; i++)
		if (!strcmp(u->funcs[i]->name, name))
			return u->funcs[i];
	return NULL;
}

int lr_func_param_of(const struct lr_func *f, const char *inst)
{
	int i;

	if (!inst)
		return -1;
	for (i = 0; i < f->nparams; i++)
		if (f->params[i][0] && !strcmp(f->params[i], inst))
			return i;
	return -1;
}

void lr_unit_drop(struct lr_unit *u, enum lr_drop d)
{
	u->drops[d]++;
}

long lr_unit_drops(const struct lr_unit *u, enum lr_drop d)
{
	return d < LR_NDROPS ? u->drops[d] : 0;
}

/* ------------------------------------------------------------ slots */

void lr_func_slot_set(struct lr_func *f, const char *key, int cls)
{
	int i;

	for (i = 0; i < f->nslots; i++)
		if (!strcmp(f->slots[i].key, key)) {
			f->slots[i].cls = cls;
			return;
		}
	if (f->nslots == f->cap_slots) {
		f->cap_slots = f->cap_slots ? 2 * f->cap_slots : 8;
		f->slots = lr_xrealloc(f->slots, f->cap_slots * sizeof(*f->slots));
	}
	f->slots[f->nslots].key = lr_xstrdup(key);
	f->slots[f->nslots].cls = cls;
	f->nslots++;
}

int lr_func_slot(const struct lr_func *f, const struct lr_key *key)
{
	int i;

	for (i = 0; f && i < f->nslots; i++)
		if (!strcmp(f->slots[i].key, key->s))
			return f->slots[i].cls;
	return LR_CLASS_UNKNOWN;
}

/* ------------------------------------------------------------ which page table */

int lr_table_key(const char *key)
{
	return key && key[0] && strcmp(key, "?") && key[0] != '#';
}

void lr_func_ptable_set(struct lr_func *f, const char *lock, const char *table, int cls,
			struct lr_loc loc)
{
	struct lr_ptable *t;
	int i;

	if (!lr_table_key(lock) || !lr_table_key(table))
		return;
	for (i = 0; i < f->nptables; i++)
		if (!strcmp(f->ptables[i].lock, lock)) {
			if (strcmp(f->ptables[i].table, table) || f->ptables[i].cls != cls)
				f->ptables[i].ambiguous = 1;
			return;
		}
	if (f->nptables == f->cap_ptables) {
		f->cap_ptables = f->cap_ptables ? 2 * f->cap_ptables : 4;
		f->ptables = lr_xrealloc(f->ptables, f->cap_ptables * sizeof(*f->ptables));
	}
	t = &f->ptables[f->nptables++];
	t->lock = lr_xstrdup(lock);
	t->table = lr_xstrdup(table);
	t->cls = cls;
	t->ambiguous = 0;
	t->loc = loc;
}

const char *lr_func_ptable(const struct lr_func *f, const char *lock)
{
	int i;

	for (i = 0; f && lock && i < f->nptables; i++)
		if (!strcmp(f->ptables[i].lock, lock))
			return f->ptables[i].ambiguous ? NULL : f->ptables[i].table;
	return NULL;
}

const struct lr_ptable *lr_func_ptable_of(const struct lr_func *f, const char *table, int cls)
{
	int i;

	for (i = 0; f && table && i < f->nptables; i++)
		if (!f->ptables[i].ambiguous && f->ptables[i].cls == cls &&
		    !strcmp(f->ptables[i].table, table))
			return &f->ptables[i];
	return NULL;
}

/* ------------------------------------------------------------ pack queries */

enum lr_member_kind lr_unit_member(const struct lr_unit *u, const char *record,
				   const char *field, int *cls)
{
	const struct lr_field *f = field ? lr_pack_field(u->pack, record, field) : NULL;

	*cls = LR_CLASS_UNKNOWN;
	if (!f)
		return LR_MEMBER_NONE;
	if (f->cls == LR_CLASS_NONE)
		return LR_MEMBER_WRAPPER;
	*cls = f->cls;
	return f->pointee ? LR_MEMBER_LOCKPTR : LR_MEMBER_LOCK;
}

int lr_unit_result_class(const struct lr_unit *u, const char *callee)
{
	const struct lr_api *api = callee ? lr_pack_api(u->pack, callee) : NULL;
	int i;

	for (i = 0; api && i < api->neffects; i++)
		if ((api->effects[i].kind == LR_EFF_LOCKPTR ||
		     api->effects[i].kind == LR_EFF_ACQUIRE) &&
		    api->effects[i].path.kind == LR_PATH_RET && api->effects[i].cls >= 0)
			return api->effects[i].cls;
	return LR_CLASS_UNKNOWN;
}

/* An API with no effect (a 'passthrough', or one whose classes this kernel lacks). */
int lr_unit_passes_through(const struct lr_unit *u, const char *callee)
{
	const struct lr_api *api = callee ? lr_pack_api(u->pack, callee) : NULL;

	return api && api->neffects == 0 ? 0 : -1;
}
