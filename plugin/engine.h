/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The lockset engine's input: per function, a control-flow graph whose
 * blocks hold lock events, built by a front end (GCC, sparse, or a unit
 * test by hand).  Plain C, no compiler headers.
 *
 * Values: a front end numbers the results of calls whose effect is
 * conditional (trylocks, NULL-returning ptl getters) and labels each CFG
 * edge that tests such a value; the engine turns a pending lock into a held
 * one on the edge where the call succeeded.
 */
#ifndef LOCKRULES_ENGINE_H
#define LOCKRULES_ENGINE_H

#include "rules.h"

#ifdef __cplusplus
extern "C" {
#endif

struct lr_loc {
	const char *file;	/* owned by the front end, lives as long as the unit */
	int line, col;
	unsigned long cookie;	/* front end's own location (GCC location_t) */
};

enum lr_ev_kind {
	LR_EV_ACQUIRE,		/* cls, mode, inst, [value/when], is_try */
	LR_EV_RELEASE,		/* cls (-1: unknown), inst ("*": every instance) */
	LR_EV_ASSERT,		/* as acquire, but proof the caller holds it */
	LR_EV_GUARD,		/* rule: an operation that needs locks */
	LR_EV_CALL,		/* callee, args: a call to a function of the unit */
};

struct lr_event {
	enum lr_ev_kind kind;
	int cls;
	enum lr_mode mode;
	const char *inst;	/* instance key, or NULL when unknown */
	int value;		/* 0, or the value the effect depends on */
	enum lr_when when;	/* with value: held when value is zero/nonzero */
	int is_try;
	int if_held;		/* release: only if held, never the caller's lock */
	int inst_is_ret;	/* acquire: inst names the returned lock pointer */
	const struct lr_rule *rule;
	const char *callee;
	int nargs;
	const char **args;	/* instance keys of the call's arguments */
	struct lr_loc loc;
};

struct lr_edge {
	int to;
	int value;		/* 0: unconditional */
	int nonzero;		/* taken when (value != 0) == nonzero */
	char *key;		/* or: a lock pointer variable tested (pml != NULL) */
};

struct lr_block {
	struct lr_event *events;
	int nevents, cap_events;
	struct lr_edge *succs;
	int nsuccs, cap_succs;
};

struct lr_func;
struct lr_unit;

struct lr_note {
	struct lr_loc loc;
	char msg[512];
};

#define LR_MAX_NOTES 6

struct lr_diag {
	const char *rule_id;
	struct lr_loc loc;
	char msg[512];
	int nnotes;
	struct lr_note notes[LR_MAX_NOTES];
};

typedef void (*lr_emit_fn)(const struct lr_diag *diag, void *ctx);

struct lr_unit *lr_unit_new(const struct lr_pack *pack);
void lr_unit_free(struct lr_unit *unit);

/* params: names of the function's parameters, for call-site mapping. */
struct lr_func *lr_func_new(struct lr_unit *unit, const char *name,
			    struct lr_loc loc, int nparams, const char *const *params);
int lr_func_add_block(struct lr_func *f);
void lr_func_set_entry_exit(struct lr_func *f, int entry, int exit);
/* The event is copied, its strings too. */
void lr_block_add_event(struct lr_func *f, int block, const struct lr_event *ev);
void lr_block_add_edge(struct lr_func *f, int block, int to, int value, int nonzero);
/* An edge taken when the lock pointer variable 'key' is (non)NULL. */
void lr_block_add_key_edge(struct lr_func *f, int block, int to, const char *key, int nonzero);

/* Analyse every function of the unit and report violations, sorted by location. */
int lr_unit_analyse(struct lr_unit *unit, lr_emit_fn emit, void *ctx);

/* Counters for summaries (functions, events) */
void lr_unit_stats(const struct lr_unit *unit, int *nfuncs, int *nevents);

#ifdef __cplusplus
}
#endif
#endif
