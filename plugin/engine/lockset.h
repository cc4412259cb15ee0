/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Locksets: what is held at a program point, and what was released on the
 * way there.  A must-analysis with a "maybe" grade: HELD on every path,
 * MAYBE on some, PENDING until the test of a trylock's result.
 *
 * Sets are fixed arrays (they are copied at every block of the dataflow).
 * An entry that does not fit is not stored and the set is marked with an
 * overflow bit; the meet keeps the bits, and a function whose sets
 * overflowed is not analysed at all (analyse.c) and counted as a drop.
 */
#ifndef LOCKRULES_LOCKSET_H
#define LOCKRULES_LOCKSET_H

#include "engine.h"
#include "rules.h"

#define LR_MAX_HELD 24
#define LR_MAX_REL  12

/* lr_lockset.overflow bits */
#define LR_OVF_HELD	(1u << 0)
#define LR_OVF_REL	(1u << 1)
#define LR_OVF_FACTS	(1u << 2)

/*
 * LR_GONE marks a lock the caller held and this function released on every
 * path so far: it makes the function a releaser in its summary.
 */
enum lr_held_state { LR_HELD, LR_MAYBE, LR_PENDING, LR_GONE };
/*
 * LR_ORIG_UNKNOWN: a lock of a class the analysis cannot name ("spinlock_t
 * *ptl" as a parameter), cls < 0, always MAYBE: it may be the one a need
 * wants, so a need it could satisfy is undecided, never reported.
 */
enum lr_origin { LR_ORIG_ACQUIRED, LR_ORIG_ASSERTED, LR_ORIG_CALLEE, LR_ORIG_UNKNOWN };

struct lr_held {
	int cls;
	enum lr_mode mode;
	const char *inst;
	enum lr_held_state state;
	int value;		/* PENDING: the tested value (a call result's id) */
	int held_if_nonzero;	/* PENDING: held on the edge where value != 0 */
	/*
	 * PENDING made at a join (lr_lockset_meet): held on the paths where a
	 * value tested before was nonzero (or zero), absent on the others, so
	 * a later test of the same value settles it ("if (c) lock(); ...
	 * if (c) unlock()").  LR_CORR_PARAM: value is a parameter's index;
	 * LR_CORR_RESULT: a call result's id.  0: a conditional acquisition.
	 */
	int corr;
	int corr2, value2, held_if_nonzero2;	/* a second value that tells the same */
	/*
	 * Held because a lock pointer equals the one of this key ("if (ptl !=
	 * pml) spin_lock_nested(ptl)": on the equal edge ptl's lock is pml's,
	 * held); released with it.
	 */
	const char *alias_of;
	enum lr_origin origin;
	int ret_keyed;		/* inst is the variable the lock pointer was returned to */
	const char *tkey;	/* MAYBE until a NULL test of this key (the result went
				 * to memory: "vmf->pte = pte_offset_map_lock(..)") */
	const char *table;	/* the page table it protects ("pmd" for pmd_lock(mm,
				 * pmd)); NULL: unknown, it stands for any */
	struct lr_loc loc;	/* where it was taken */
};

struct lr_released {
	int cls;
	enum lr_mode mode;
	struct lr_loc loc;
	int unheld;		/* released a lock this function never took */
	int failed;		/* not released: a conditional acquisition failed */
	/*
	 * unheld: the object whose lock went ("folio" of folio_unlock(folio)),
	 * NULL when unknown or when the releases that met here named
	 * different ones.  Once that variable names another object
	 * (lr_lockset_assigned) the release is of no lock a need there wants.
	 */
	const char *inst;
};

/*
 * A parameter tested on every path here: "if (lock_vma)" taken.  In a
 * precondition, LR_FACT_UNKNOWN stands for a value no parameter carries
 * (a callee's test of "ops->walk_lock"): needed under a test nobody decides.
 */
#define LR_MAX_FACTS 8
#define LR_FACT_UNKNOWN (-1)
struct lr_fact {
	short param;
	short nonzero;
};

#define LR_CORR_PARAM	1
#define LR_CORR_RESULT	2

/* A call result tested on every path here: "c = f(); if (c)" taken. */
#define LR_MAX_VFACTS 8
struct lr_vfact {
	int value;
	int nonzero;
};

struct lr_lockset {
	int reachable;
	unsigned overflow;	/* LR_OVF_*: something did not fit */
	int nfacts;
	struct lr_fact facts[LR_MAX_FACTS];
	int nvfacts;		/* dropped silently when full: a lost fact only costs precision */
	struct lr_vfact vfacts[LR_MAX_VFACTS];
	int nheld;
	struct lr_held held[LR_MAX_HELD];
	int nrel;
	struct lr_released rel[LR_MAX_REL];
};

int lr_inst_equal(const char *a, const char *b);
void lr_lockset_add(struct lr_lockset *ls, const struct lr_held *h);
void lr_lockset_remove(struct lr_lockset *ls, int idx);
void lr_lockset_note_release(struct lr_lockset *ls, int cls, enum lr_mode mode,
			     struct lr_loc loc, int unheld, const char *inst);
/* A variable (its key) given a new value: the callers' locks released of what it named are not its. */
void lr_lockset_assigned(struct lr_lockset *ls, const char *key);
void lr_lockset_note_failed(struct lr_lockset *ls, int cls, enum lr_mode mode,
			    struct lr_loc loc);
/* Crossing an edge that tests a call's result, a parameter, a lock pointer. */
void lr_lockset_result_edge(struct lr_lockset *ls, int value, int nonzero);
/* ... where the other side of the test cannot reach the exit: a failed trylock asserts the lock */
void lr_lockset_result_edge_other_dead(struct lr_lockset *ls, int value, int nonzero);
void lr_lockset_param_edge(struct lr_lockset *ls, int param, int nonzero);
/* Assume a correlated value (corr, value) is as nonzero says: settle what waits for it. */
void lr_lockset_assume(struct lr_lockset *ls, int corr, int value, int nonzero);
/* A lock released through inst: the locks held as its aliases go with it. */
void lr_lockset_drop_aliases(struct lr_lockset *ls, const char *inst);
/*
 * Crossing the edge where lock pointers a and b are equal (cls_*: their
 * slots' classes, or <0; table_*: the page tables they are for, or NULL).
 */
void lr_lockset_equal_edge(struct lr_lockset *ls, const char *a, int cls_a, const char *table_a,
			   const char *b, int cls_b, const char *table_b);
/* Crossing an edge that gives a value a constant (a PHI's argument). */
void lr_lockset_value_set(struct lr_lockset *ls, int value, int nonzero);
void lr_lockset_key_edge(struct lr_lockset *ls, const char *key, int nonzero);
/* Add a parameter fact; sets LR_OVF_FACTS when it does not fit. */
void lr_lockset_add_fact(struct lr_lockset *ls, int param, int nonzero);
/* dst := dst meet src; returns whether dst changed */
int lr_lockset_meet(struct lr_lockset *dst, const struct lr_lockset *src);
int lr_lockset_equal(const struct lr_lockset *a, const struct lr_lockset *b);

#endif
