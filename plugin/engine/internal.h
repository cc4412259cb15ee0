/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The engine's own view: the graph of lock events a front end's calls
 * build (graph.c, calls.c), the summaries, and the walk the dataflow, the
 * summaries and the reports share (transfer.c).  Not for front ends: they
 * include engine.h only.  engine_test includes it to build graphs by hand.
 *
 * Files, one job each:
 *   keys.c      instance-key builders (the grammar of engine.h)
 *   options.c   options, loading the pack, the stats line
 *   graph.c     units, functions, blocks, edges, events, slots; pack queries
 *   calls.c     what a call means: guards, effects, calls to the unit
 *   diag.c      reports: dedup, notes, lock descriptions
 *   need.c      checking a rule's need at an operation or a call
 *   order.c     checking lock order at an acquisition
 *   transfer.c  the effect of an event on a lockset
 *   solve.c     the forward dataflow to a fixpoint
 *   summary.c   the final walk of a function: its summary and reports
 *   roots.c     preconditions that reach an entry point or a callback
 *   dump.c      the 'debug=FUNC' dump
 *   analyse.c   the driver: summaries to a fixpoint, then reports
 */
#ifndef LOCKRULES_INTERNAL_H
#define LOCKRULES_INTERNAL_H

#include <stddef.h>
#include "engine.h"
#include "rules.h"
#include "lockset.h"

/* ------------------------------------------------------------ events */

enum lr_ev_kind {
	LR_EV_ACQUIRE,		/* cls, mode, inst, [value/when], is_try */
	LR_EV_RELEASE,		/* cls (LR_CLASS_UNKNOWN: unknown), inst ("*": every instance) */
	LR_EV_ASSERT,		/* as acquire, but proof the caller holds it */
	LR_EV_GUARD,		/* rule: an operation that needs locks */
	LR_EV_CALL,		/* callee, args: a call of a function the pack does not model;
				 * target: the unit's function, NULL: defined elsewhere */
	LR_EV_ASSIGN,		/* inst: a variable given a new value (lr_func_assign) */
};

/* An argument of a call to a function of the unit. */
struct lr_ev_arg {
	const char *key;
	int is_const;
	long value;
};

struct lr_event {
	enum lr_ev_kind kind;
	int cls;
	enum lr_mode mode;
	const char *inst;	/* instance key, or NULL when unknown */
	int value;		/* 0, or the result value id the effect depends on */
	const char *tkey;	/* or the result went to memory here ("vmf.pte"): a NULL
				 * test of that key settles it (lr_lockset_key_edge) */
	enum lr_when when;	/* with value: held when value is zero/nonzero */
	int is_try;
	int if_held;		/* release: only if held, never the caller's lock */
	int inst_is_ret;	/* acquire: inst names the returned lock pointer */
	int private_mm;		/* CALL: an argument is a private mm of the pack (init_mm) */
	unsigned private_args;	/* CALL: bit i: argument i points to a private object (a
				 * local, or fresh from a 'fresh' function of the pack) */
	int obj_param;		/* GUARD of a store: the parameter whose object it writes, or -1 */
	/*
	 * Which page table: ACQUIRE, the table the lock protects (the pack's
	 * 'for'); GUARD, the table the operation changes (its '@CLASS'
	 * argument), whose lock of class table_cls is meant.  NULL: unknown.
	 */
	const char *table;
	int table_cls;
	const struct lr_rule *rule;
	const char *callee;
	int defined;		/* CALL: the unit defines the callee */
	struct lr_func *target;	/* CALL: resolved by lr_unit_analyse() */
	int nargs;
	struct lr_ev_arg *args;
	struct lr_loc loc;
};

struct lr_edge {
	int to;
	enum lr_test_kind kind;
	int id;			/* RESULT: value id; PARAM: parameter index */
	int nonzero;
	char *key;		/* LOCKPTR, LOCKEQ */
	char *key2;		/* LOCKEQ */
	int cls, cls2;		/* LOCKEQ: lr_test.lockcls, lockcls2 */
	int implies_param;	/* lr_test.implies_param */
	int implied_param;
	int nsets;		/* lr_test.sets */
	struct lr_value_set sets[LR_MAX_EDGE_SETS];
	int nreads;		/* lr_test.reads; -1: not known (related to every test) */
	char **reads;
	struct lr_loc loc;	/* lr_test.loc, branch */
	int branch;
	int cond_value, cond_nonzero;	/* lr_test.cond_value, cond_nonzero, cond_pointer */
	int cond_pointer;
	int nconsts;			/* lr_test.consts */
	struct lr_value_set consts[LR_MAX_EDGE_SETS];
};

struct lr_block {
	struct lr_event *events;
	int nevents, cap_events;
	struct lr_edge *succs;
	int nsuccs, cap_succs;
};

/* A lock pointer stored so far in the function: key -> class. */
struct lr_slot {
	char *key;
	int cls;
};

/*
 * Which page table a lock pointer of the function is for, from the calls
 * that return or take it ("new_ptl = pmd_lockptr(mm, new_pmd)": new_ptl ->
 * new_pmd, class ptl_pmd); flow-insensitive, so a key given two tables is
 * ambiguous and tells nothing.
 */
struct lr_ptable {
	char *lock;
	char *table;
	int cls;
	int ambiguous;
	struct lr_loc loc;	/* where the lock was looked up or taken for it */
};

/* ------------------------------------------------------------ summaries */

struct lr_pre {
	const struct lr_rule *rule;
	struct lr_loc loc;	/* the operation, in the function that does it */
	const char *func;	/* the function that does it */
	const char *via;	/* the callee it came through, NULL: this function's own */
	unsigned excl;		/* alternatives of the need its callers cannot provide:
				 * the chain released them (need.c, lr_need_judge) */
	int obj_param;		/* a guarded store into the object of this parameter (-1:
				 * none known): a caller passing a private object owes nothing */
	int nfacts;		/* only when these parameter tests hold */
	struct lr_fact facts[LR_MAX_FACTS];
};

struct lr_sumlock {
	int cls;
	enum lr_mode mode;
	int param;		/* instance is this parameter, or -1 */
	int maybe;
	struct lr_loc loc;
};

struct lr_sumlist {
	int n, cap;
	struct lr_sumlock *v;
};

struct lr_summary {
	int npre, cap_pre;
	struct lr_pre *pre;
	struct lr_sumlist acq;		/* locks held at return that it took */
	struct lr_sumlist rel;		/* locks released that the caller held */
	struct lr_sumlist block;	/* classes it takes with a blocking call */
	int rel_unknown;		/* releases a lock of no class it did not take
					   (spin_unlock(ptl) of a parameter): maybe the caller's */
};

/* ------------------------------------------------------------ call sites */

/* How a need stands at a point (need.c, lr_need_judge). */
enum lr_judge {
	LR_JUDGE_OFF,		/* rule off, or its 'when' lock is not held */
	LR_JUDGE_MET,		/* held on every path */
	LR_JUDGE_SOME,		/* held on some paths only: undecided, silent */
	LR_JUDGE_RELEASED,	/* released (or a trylock failed) on a path here: reported */
	LR_JUDGE_EVIDENCE,	/* the function took a lock of the need's family: reported */
	LR_JUDGE_NONE,		/* no lock, no evidence: the caller's business */
	LR_JUDGE_NA		/* a callee's precondition that does not apply here */
};

struct lr_judgement {
	enum lr_judge kind;
	unsigned excl;			/* NONE: alternatives left out of the caller's need */
	const struct lr_released *rel;	/* RELEASED */
	const struct lr_held *ev;	/* EVIDENCE */
	/*
	 * NONE from a correlated lock (lockset.h, corr): held where a tested
	 * value is one way, not taken where it is the other.  split_param: the
	 * parameter that tells (the need is the callers' when it is
	 * split_nonzero), or -1 (a call result: the callers' unconditionally).
	 */
	int split_param, split_nonzero;
	int split;			/* NONE because of such a lock */
};

/*
 * A call site as the whole-program analysis (wp.c) and the database
 * (db.c) see it: where, which callee, the caller's lockset there (what is
 * held and how, what was released on the way), and for each precondition
 * of a callee the unit defines, how the unit's own walk judged it.
 */
struct lr_site_held {
	int cls;
	enum lr_mode mode;
	enum lr_held_state state;
	enum lr_origin origin;
	struct lr_loc loc;
};

struct lr_site_rel {
	int cls;
	enum lr_mode mode;
	int unheld, failed;
	struct lr_loc loc;
};

struct lr_outcome {
	const struct lr_rule *rule;
	enum lr_judge kind;
};

struct lr_site {
	int caller;		/* index of the calling function (unit or wp) */
	char *callee;
	unsigned private_args;	/* lr_event.private_args of the call */
	int local;		/* the callee is defined in the caller's unit */
	struct lr_loc loc;
	int nheld, nrel, nfacts, nout;
	struct lr_site_held *held;
	struct lr_site_rel *rel;
	struct lr_fact *facts;
	struct lr_outcome *out;
};

void lr_site_from_lockset(struct lr_site *s, const struct lr_lockset *ls);
void lr_site_to_lockset(const struct lr_site *s, struct lr_lockset *ls);
void lr_site_add_outcome(struct lr_site *s, const struct lr_rule *rule, enum lr_judge kind);
void lr_site_free(struct lr_site *s);

/* ------------------------------------------------------------ unit and function */

struct lr_func {
	struct lr_unit *unit;
	int index;		/* in unit->funcs */
	enum lr_linkage linkage;
	char *name;
	struct lr_loc loc;
	int nparams;
	char **params;
	struct lr_block *blocks;
	int nblocks, cap_blocks;
	int entry, exit;
	struct lr_slot *slots;
	int nslots, cap_slots;
	struct lr_ptable *ptables;
	int nptables, cap_ptables;
	struct lr_summary sum;
	unsigned overflow;	/* LR_OVF_* seen in any lockset, LR_OVF_SOLVER */
	struct lr_lockset *in;	/* per block, while solving */
};

/* lr_func.overflow: the dataflow did not settle within its budget */
#define LR_OVF_SOLVER	(1u << 8)

/* A function whose address the unit stores in a member: its callers are elsewhere. */
struct lr_stored {
	char *func;
	const struct lr_callback *cb;	/* the pack's contract, or NULL: unknown */
	char *member;			/* "record.field" as seen */
};

struct lr_unit {
	const struct lr_pack *pack;
	const char *debug;	/* the function to dump, or NULL */
	struct lr_func **funcs;
	int nfuncs;
	struct lr_diag *diags;
	int ndiags, cap_diags;
	int *shown;		/* reports shown per rule of the pack, then lock-order */
	long drops[LR_NDROPS];
	struct lr_stored *stored;
	int nstored, cap_stored;
	long roots[LR_NROOTS];	/* precondition counts at roots (engine.h, lr_root_stat) */
	struct lr_site *sites;	/* every call site, from the reporting walks */
	int nsites, cap_sites;
	char **addr_taken;	/* functions whose address the unit takes otherwise */
	int naddr, cap_addr;
	char *key;		/* the object the unit compiles to, for the database */
	const struct lr_options *opts;
	char *db_error;		/* the database could not be written: why */
	struct lr_wp *wp;	/* the whole-program graph its reports refer to */
	long db_stale;		/* database files made with another pack: not read */
	long db_units;		/* database files read (the index's choice) */
	long paths_some;	/* needs held on some paths, no value to tell which: silent */
	long paths_correlated;	/* needs a correlated value decided (lockset.h, corr) */
	long paths_some_witness;	/* ... with a path that dropped it: reported (need.c) */
	long paths_some_callers;	/* ... with a path that never took it: the callers' */
	long paths_some_undecided;	/* ... whose path search ran out of budget */
	long paths_order;	/* order/sleep against a lock held on some paths (order.c) */
	long paths_order_witness;	/* ... with a path that holds it: reported */
	long paths_order_undecided;	/* ... whose path search ran out of budget: silent */
	int db_rounds;		/* rounds of reading callers (db.c, the index) */
	int solver_budget;	/* block visits per block; engine_test lowers it */
};

/* ------------------------------------------------------------ whole program */

/* wp.c: the graph of many units (or one), read from the database by db.c. */
struct lr_wp_str {
	struct lr_wp_str *next;
	char s[];
};

struct lr_wp_stored {
	const char *member;			/* "record.field" */
	const struct lr_callback *cb;		/* the pack's contract, or NULL */
};

struct lr_wp_func {
	const char *name;
	int unit;
	enum lr_linkage linkage;
	struct lr_loc loc;
	const struct lr_entry *entry;		/* an entry point of the pack */
	int addr_taken;				/* address taken, not into a member */
	int npre;
	struct lr_pre *pre;			/* from the unit's summary */
	int nstored;
	struct lr_wp_stored *stored;
	int ncallers, cap_callers;
	int *callers;				/* sites calling it */
	int next_same_hash;
};

struct lr_wp {
	const struct lr_pack *pack;
	const char **units;			/* unit keys */
	int nunits;
	struct lr_wp_func *funcs;
	int nfuncs, cap_funcs;
	struct lr_wp_xstored {
		int unit;
		const char *func, *member;
	} *xstored;				/* stored functions of other units */
	int nxstored;
	struct lr_site *sites;			/* caller: a wp function */
	int nsites, cap_sites;
	int *buckets;				/* name hash -> first function */
	int nbuckets;
	struct lr_wp_str *strings;
	void *memo;				/* per function and rule: ctx() */
	int only_unit;				/* report only in this unit; -1: all */
	char *skip_unit;			/* or not in these (per unit), NULL: none */
	struct lr_unit *sink;			/* where reports and counts go */
	const char *root_ok;			/* per function: evaluate its roots; NULL: all */
	int *uf;				/* per function: component (union-find), or NULL */
	long cross_sites;			/* sites calling into another unit */
	long undecided;				/* contributors held on some paths only */
	long reported_sites;
};

struct lr_wp *lr_wp_new(const struct lr_pack *pack);
void lr_wp_free(struct lr_wp *wp);
const char *lr_wp_intern(struct lr_wp *wp, const char *s);
int lr_wp_add_unit_name(struct lr_wp *wp, const char *key);
int lr_wp_first(const struct lr_wp *wp, const char *name);
int lr_wp_add_func(struct lr_wp *wp, int unit, const char *name, enum lr_linkage linkage,
		   struct lr_loc loc);
void lr_wp_add_pre(struct lr_wp *wp, int func, const struct lr_pre *pre);
void lr_wp_add_stored(struct lr_wp *wp, int func, const char *member);
void lr_wp_add_stored_extern(struct lr_wp *wp, int unit, const char *func, const char *member);
struct lr_site *lr_wp_add_site(struct lr_wp *wp, int caller);
int lr_wp_add_unit(struct lr_wp *wp, const struct lr_unit *u);
/* Reports and pre-* counts into sink (only those in wp->only_unit, if set). */
void lr_wp_analyse(struct lr_wp *wp, struct lr_unit *sink);
/* After lr_wp_analyse: whether ctx() asked about f (its callers matter). */
int lr_wp_visited(const struct lr_wp *wp, int f);
/* Record components (functions joined by the call sites ctx() examined). */
void lr_wp_track_components(struct lr_wp *wp);
int lr_wp_component(struct lr_wp *wp, int f);

/*
 * db.c's line format.  It is part of the pack hash (options.c), so that a
 * database written in an older format is stale, never misread.
 */
#define LR_DB_FORMAT 2

/* db.c: the link-time index of a database (DIR/index) */
struct lr_db_index;
struct lr_db_index *lr_db_index_open(const char *dir, unsigned long hash);
void lr_db_index_close(struct lr_db_index *idx);
int lr_db_write_index(struct lr_wp *wp, const char *dir, unsigned long hash);
/* What a compile of u must read: the units of u's components, marked in want. */
void lr_db_index_seed(struct lr_db_index *idx, const struct lr_unit *u);
int lr_db_index_load(struct lr_db_index *idx, struct lr_wp *wp, const char *dir,
		     unsigned long hash, long *stale);
void lr_db_index_roots(struct lr_db_index *idx, struct lr_wp *wp);
/* Units holding callers of functions ctx() visited and not read yet: how many. */
int lr_db_index_grow(struct lr_db_index *idx, const struct lr_wp *wp);

/* db.c: the database directory */
int lr_db_write_unit(const struct lr_unit *u, const char *dir, unsigned long hash,
		     char *msg, int len);
/* Every unit file but skip_key's into wp; returns how many; *stale: other packs. */
int lr_db_load(struct lr_wp *wp, const char *dir, const char *skip_key, unsigned long hash,
	       long *stale);
int lr_db_linked(const char *dir);
int lr_db_mark_linked(const char *dir);

/* options.c */
const char *lr_options_db(const struct lr_options *o);
int lr_options_db_readonly(const struct lr_options *o);
const char *lr_options_unit(const struct lr_options *o);
unsigned long lr_options_pack_hash(const struct lr_options *o);
const struct lr_pack *lr_options_pack(const struct lr_options *o);

/* ------------------------------------------------------------ the walk */

/*
 * One walk over a function's events.  SOLVE only computes locksets;
 * SUMMARISE also fills the function's summary; REPORT also reports.
 */
enum lr_walk_mode { LR_WALK_SOLVE, LR_WALK_SUMMARISE, LR_WALK_REPORT };

struct lr_walk {
	struct lr_unit *u;
	struct lr_func *f;
	struct lr_summary *sum;	/* SUMMARISE, REPORT: the summary being built */
	enum lr_walk_mode mode;
	int blk, ev;		/* the event being transferred: block, index */
};

/* graph.c */
void *lr_xrealloc(void *p, size_t n);
char *lr_xstrdup(const char *s);
struct lr_unit *lr_unit_new_pack(const struct lr_pack *pack, const char *debug);
void lr_block_add_event(struct lr_func *f, int block, const struct lr_event *ev);
struct lr_func *lr_unit_find_func(const struct lr_unit *u, const char *name);
int lr_func_param_of(const struct lr_func *f, const char *inst);
void lr_func_slot_set(struct lr_func *f, const char *key, int cls);
void lr_func_ptable_set(struct lr_func *f, const char *lock, const char *table, int cls,
			struct lr_loc loc);
/* The page table lock pointer 'lock' is for, or NULL (unknown, ambiguous). */
const char *lr_func_ptable(const struct lr_func *f, const char *lock);
/* A lock pointer of class cls for table, taken or looked up in f; NULL if none. */
const struct lr_ptable *lr_func_ptable_of(const struct lr_func *f, const char *table, int cls);
/* A key that names a page table (not "?", a constant or empty). */
int lr_table_key(const char *key);
void lr_summary_free(struct lr_summary *s);
void lr_unit_drop(struct lr_unit *u, enum lr_drop d);
void lr_unit_count_events(const struct lr_unit *u, int *nfuncs, int *nevents);

/* diag.c */
struct lr_diag *lr_diag_new(struct lr_unit *u, const char *rule_id, struct lr_loc loc);
void lr_diag_msg(struct lr_unit *u, struct lr_diag *d, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void lr_diag_note(struct lr_unit *u, struct lr_diag *d, struct lr_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void lr_describe_class(const struct lr_pack *pack, int cls, enum lr_mode mode, char *buf,
		       int len);
void lr_describe_held(const struct lr_pack *pack, const struct lr_lockset *ls, char *buf,
		      int len);

/* need.c */
int lr_facts_unknown(const struct lr_lockset *facts);
void lr_need_effective(const struct lr_rule *rule, unsigned excl, struct lr_need *out,
		       int *map);
void lr_need_judge(const struct lr_pack *pack, const struct lr_lockset *ls,
		   const struct lr_rule *rule, unsigned excl, struct lr_judgement *j);
void lr_need_report(struct lr_unit *u, const struct lr_lockset *ls, const struct lr_rule *rule,
		    struct lr_loc loc, const char *via, const struct lr_pre *pre,
		    const struct lr_judgement *j);
int lr_atom_held(const struct lr_pack *pack, const struct lr_lockset *ls,
		 const struct lr_atom *a, int must);
/* Is a met need met by the lock of the page table the operation changes? (need.c) */
void lr_check_table(struct lr_walk *w, const struct lr_lockset *ls, const struct lr_event *ev);
enum lr_judge lr_check_need(struct lr_walk *w, const struct lr_lockset *ls,
			    const struct lr_rule *rule, struct lr_loc loc,
			    const struct lr_func *via, const struct lr_pre *pre,
			    const struct lr_lockset *facts, int obj_param);
/* A precondition on the object of a parameter the call passes a private object for. */
int lr_pre_private(const struct lr_pre *pre, unsigned private_args);
int lr_pre_applies(struct lr_walk *w, const struct lr_event *call, const struct lr_pre *pre,
		   struct lr_lockset *facts_out);

/* order.c */
void lr_check_order(struct lr_walk *w, const struct lr_lockset *ls, int cls, enum lr_mode mode,
		    struct lr_loc loc, const struct lr_func *via);
/* dropped: the classes the callee (via) releases first, or NULL */
void lr_check_sleep(struct lr_walk *w, const struct lr_lockset *ls, int cls, enum lr_mode mode,
		    struct lr_loc loc, const struct lr_func *via, const struct lr_sumlist *dropped);

/* transfer.c */
void lr_sum_add(struct lr_sumlist *l, int cls, enum lr_mode mode, int param, int maybe,
		struct lr_loc loc);
void lr_transfer_block(struct lr_walk *w, int b, struct lr_lockset *ls);
void lr_transfer_event(struct lr_walk *w, struct lr_lockset *ls, const struct lr_event *ev);
void lr_call_releases(struct lr_walk *w, struct lr_lockset *ls, const struct lr_event *ev);

/* solve.c: leaves f->in[] set (free it), ORs lockset overflows into f->overflow */
void lr_solve(struct lr_unit *u, struct lr_func *f);

/*
 * path.c: a path from the entry to the walk's current event on which a
 * lock of class cls is held (mode at least mode), with branches that do
 * not test related things (see there).  FOUND fills *out: the lock as
 * that path holds it, and the branches it takes after taking it.
 */
#define LR_WITNESS_MAX 6
enum lr_witness_result { LR_WITNESS_NONE, LR_WITNESS_FOUND, LR_WITNESS_UNDECIDED };
struct lr_witness {
	struct lr_held held;
	int n, more;
	const struct lr_edge *edge[LR_WITNESS_MAX];
};
enum lr_witness_result lr_path_witness(const struct lr_walk *w, int cls, enum lr_mode mode,
				       struct lr_witness *out);
/*
 * The general question: a path to the current event whose lockset 'want'
 * accepts (it may fill *held); no_param_reads: no branch on it may read a
 * parameter or memory reached from one (a caller could have said through
 * it which locks it holds).  what: for debug output.
 */
struct lr_witness_query {
	int (*want)(const struct lr_lockset *ls, void *ctx, struct lr_held *held);
	void *ctx;
	int no_param_reads;
	const char *what;
};
enum lr_witness_result lr_path_find(const struct lr_walk *w, const struct lr_witness_query *q,
				    struct lr_witness *out);
/* "45 (false) -> 47 (true)": the branches of a witness, for a note; 0 if none has a location */
int lr_witness_describe(const struct lr_witness *p, struct lr_loc at, char *path, int len);

/* solve.c: the blocks from which block t can be reached (a fresh array) */
char *lr_func_reaching(const struct lr_func *f, int t);
/* solve.c: what crossing e does to ls (other_dead: see there) */
void lr_cross_edge(const struct lr_func *f, const struct lr_edge *e, struct lr_lockset *ls,
		   int other_dead);

/* summary.c: the final walk; returns the function's new summary */
struct lr_summary lr_summarise(struct lr_unit *u, struct lr_func *f, enum lr_walk_mode mode);
int lr_summary_equal(const struct lr_summary *a, const struct lr_summary *b);

/* roots.c: functions stored in members or whose address is taken */
void lr_stored_free(struct lr_unit *u);

/* dump.c */
void lr_dump_func(struct lr_unit *u, struct lr_func *f);

#endif
