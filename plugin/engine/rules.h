/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The rule pack model: lock classes, the lock API, guarded operations and
 * lock order, as read from a rules/ file.  Plain C, no compiler headers.
 * The engine and the tools (rules2cocci, packdump) read it; front ends do
 * not: they see the pack only through engine.h.
 */
#ifndef LOCKRULES_RULES_H
#define LOCKRULES_RULES_H

#ifdef __cplusplus
extern "C" {
#endif

#define LR_MAX_CLASSES   32
#define LR_MAX_PARAMS    8
#define LR_MAX_EFFECTS   6
#define LR_MAX_ATOMS     6
#define LR_MAX_ALTS      6
#define LR_VERSION(maj, min) ((maj) * 1000 + (min))

/*
 * Class numbers index pack->classes; LR_CLASS_NONE stands where a pack
 * entry names no class: a rule without 'when', an effect whose class comes
 * from the argument (LR_PATH_BYARG), a field that is a transparent wrapper.
 */
#define LR_CLASS_NONE (-1)

/* Modes are ordered: a held W lock satisfies a need for R. */
enum lr_mode { LR_MODE_NONE = 0, LR_MODE_R = 1, LR_MODE_W = 2 };

enum lr_lock_kind { LR_KIND_RWSEM, LR_KIND_SPIN, LR_KIND_BIT, LR_KIND_TOKEN };

struct lr_class {
	char *name;
	enum lr_lock_kind kind;	/* parsed once; lr_lock_kind_name() for text */
	char *what;		/* human name used in diagnostics */
	unsigned satisfies;	/* bitmask of classes a held lock of this class stands for */
	char *family;		/* classes of one family are siblings */
};

/* Where a lock instance comes from, relative to the call's arguments. */
enum lr_path_kind {
	LR_PATH_NONE,		/* no instance (global, or "any") */
	LR_PATH_PARAM,		/* the argument itself, optionally ->field */
	LR_PATH_DEREF,		/* *param: the object an out-parameter points to */
	LR_PATH_RET,		/* the return value */
	LR_PATH_ALL,		/* every instance of the class (release only) */
	LR_PATH_BYARG,		/* class and instance found from the argument's provenance */
};

struct lr_path {
	enum lr_path_kind kind;
	int param;		/* index into the API function's parameters */
	char *field;		/* optional "->field" suffix */
};

enum lr_effect_kind {
	LR_EFF_ACQUIRE,
	LR_EFF_RELEASE,
	LR_EFF_ASSERT,
	LR_EFF_LOCKPTR,		/* returns or stores a pointer to a lock of a class */
};

/* When a conditional effect takes place, as a test of the return value. */
enum lr_when { LR_WHEN_ALWAYS, LR_WHEN_ZERO, LR_WHEN_NONZERO };

/*
 * When a conditional effect takes place, as a test of a constant argument
 * ('if read == 0', 'if fgp_flags & 0x2'): the effect applies only where the
 * call passes an integer constant that passes the test; with any other
 * argument (a variable, an expression) it does not apply.
 */
enum lr_arg_test {
	LR_ARG_ANY,		/* no argument test */
	LR_ARG_ZERO,		/* P == 0 */
	LR_ARG_NONZERO,		/* P != 0 */
	LR_ARG_BITS,		/* P & MASK: any bit of mask set */
};

struct lr_arg_cond {
	enum lr_arg_test test;
	int param;		/* index into the API function's parameters */
	unsigned long mask;	/* LR_ARG_BITS */
};

struct lr_effect {
	enum lr_effect_kind kind;
	int cls;		/* LR_CLASS_NONE with LR_PATH_BYARG: from the argument */
	enum lr_mode mode;	/* NONE on release: any mode */
	struct lr_path path;
	enum lr_when when;	/* a test of the result ('if ret != 0') */
	struct lr_arg_cond arg;	/* and/or a test of a constant argument */
	int is_try;		/* never waits: exempt from lock order */
	int if_held;		/* release only a lock held here: never the caller's */
	/*
	 * 'for P' (acquire, lockptr): the page table the lock protects, a
	 * parameter (pmd_lock(mm, pmd): pmd) or the result
	 * (pte_offset_map_lock(): the PTE table it maps); kind NONE: unknown.
	 */
	struct lr_path table;
};

struct lr_api {
	char *name;
	int nparams;
	char *params[LR_MAX_PARAMS];
	int neffects;
	struct lr_effect effects[LR_MAX_EFFECTS];
	int line;
};

/* One lock a requirement names: class at least mode. */
struct lr_atom {
	int cls;
	enum lr_mode mode;
};

/* Requirement in disjunctive normal form: any alternative, all atoms of it. */
struct lr_alt {
	int natoms;
	struct lr_atom atoms[LR_MAX_ATOMS];
};

struct lr_need {
	int nalts;
	struct lr_alt alts[LR_MAX_ALTS];
};

/* A call that is a guarded operation; argument patterns name enumerators. */
struct lr_guard_call {
	char *name;
	int nargs;		/* 0: any arguments */
	char *argpat[LR_MAX_PARAMS];	/* "_", an enumerator name, or an integer
					 * constant ("1": a bool true) */
	/*
	 * '@CLASS' in argument table_arg: the page table the operation
	 * changes, whose lock of class table_cls the need means
	 * (set_pmd_at(_, _, @ptl_pmd, _)); table_arg -1: none.
	 */
	int table_arg;
	int table_cls;
};

/*
 * How rules2cocci writes a rule as a Coccinelle match ('cocci' line):
 *   released  a needed lock released, then the guarded call (the default);
 *             'released nocontracts' leaves out the contracts part
 *   sibling   a lock of the need's family taken, then the call, no needed one between
 *   missing   the trigger class taken, then the call, the missing class taken nowhere
 *   none      no Coccinelle form (the template would report clean code)
 *   trylock DROP RETAKE  (a 'blocking' rule, whose template is its own) a
 *             patch mode: a blocking acquisition under a spin lock becomes
 *             its trylock, and where that fails the spin lock is dropped
 *             with DROP(lock), the blocking one taken, and the spin lock
 *             retaken with RETAKE(lock); both are primitives of the pack
 */
enum lr_cocci_template { LR_COCCI_RELEASED, LR_COCCI_SIBLING, LR_COCCI_MISSING, LR_COCCI_NONE };

struct lr_cocci {
	enum lr_cocci_template tmpl;
	int trigger;		/* missing: the class that calls for the need */
	int missing;		/* missing: the class taken nowhere */
	int patch;		/* missing: a patch mode, __fn() -> fn() */
	int nocontracts;	/* released: without the contracts part (entry points,
				 * callbacks): for a guard too common in the source for it */
	char *drop, *retake;	/* trylock: the primitives that release and retake the spin lock */
};

/*
 * A member whose stores are guarded operations ('stores' line):
 * "vm_area_struct.vm_page_prot"; nonnull: only stores of a value that is
 * not the constant 0 (the 'nonnull' word ends the line).
 */
struct lr_guard_store {
	char *record;
	char *field;
	int nonnull;
};

struct lr_rule {
	char *id;
	char *what;		/* "page-table walk" */
	char *cite;
	struct lr_need need;
	int ncalls;
	struct lr_guard_call *calls;
	int nstores;
	struct lr_guard_store *stores;
	int when_cls;		/* LR_CLASS_NONE, or: applies only while this class is held */
	enum lr_mode when_mode;
	int disabled;		/* turned off by an option */
	/*
	 * A 'blocking KIND.. under KIND..' rule instead of needs and calls: no
	 * blocking acquisition (not a trylock) of a class of the first kinds
	 * while a class of the second is held (1u << enum lr_lock_kind each).
	 */
	unsigned blocking_kinds, under_kinds;
	struct lr_cocci cocci;
	int line;
};

struct lr_order {
	int n;
	struct lr_atom chain[LR_MAX_CLASSES];	/* outer first */
	char *cite;
	int line;
};

struct lr_field {
	char *record;		/* struct tag, or "*" */
	char *field;
	int cls;		/* LR_CLASS_NONE: a transparent wrapper (spinlock.rlock) */
	int pointee;		/* the field holds a pointer to the lock */
};

/*
 * Where a function is called from, when no caller in the build says so:
 * an entry point (a name pattern: the system calls) is called with none of
 * the pack's locks; a function stored in a callback member (RECORD.FIELD)
 * is called with the locks of 'held' (one of its alternatives), or none.
 */
struct lr_entry {
	char *pattern;		/* shell glob on the function name */
	char *what;		/* "a system call" */
	char *cite;
	int line;
};

struct lr_callback {
	char *record;
	char *field;
	struct lr_need held;	/* nalts == 0: called with no lock of the pack */
	char *what;		/* "a page-walk pmd_entry callback" */
	char *cite;
	int line;
};

struct lr_pack {
	int nclasses;
	struct lr_class classes[LR_MAX_CLASSES];
	int nfields;
	struct lr_field *fields;
	int napis;
	struct lr_api *apis;
	int nrules;
	struct lr_rule *rules;
	int norders;
	struct lr_order *orders;
	int nentries;
	struct lr_entry *entries;
	int nprivates;
	struct lr_entry *privates;	/* 'private': mm variables of the kernel's own use */
	int nfresh;
	struct lr_entry *fresh;		/* 'fresh': functions returning an object nobody else sees */
	int ncallbacks;
	struct lr_callback *callbacks;
	int order_disabled;	/* 'disable=lock-order' */
	int version;		/* kernel version the pack was loaded for */
	int oldest, newest;	/* 'kernels OLDEST NEWEST': the versions it states rules for (0: not said) */
};

/*
 * Parse a rule file.  On error returns NULL and writes
 * "file:line:col: error: <what was expected>" into errbuf.
 */
struct lr_pack *lr_pack_parse(const char *text, const char *filename,
			      int version, char *errbuf, int errlen);
void lr_pack_free(struct lr_pack *pack);

int lr_pack_class(const struct lr_pack *pack, const char *name);
const char *lr_lock_kind_name(enum lr_lock_kind kind);
const struct lr_api *lr_pack_api(const struct lr_pack *pack, const char *name);
const struct lr_rule *lr_pack_rule(const struct lr_pack *pack, const char *id);
/* The 'field' entry of record.field (record NULL: only "*" entries), or NULL. */
const struct lr_field *lr_pack_field(const struct lr_pack *pack,
				     const char *record, const char *field);
/* The entry point a function name matches, or NULL. */
const struct lr_entry *lr_pack_entry(const struct lr_pack *pack, const char *func);
/* A 'fresh' line naming func: its result is an object only the caller sees. */
const struct lr_entry *lr_pack_fresh(const struct lr_pack *pack, const char *func);
/* The callback contract of record.field, or NULL. */
const struct lr_callback *lr_pack_callback(const struct lr_pack *pack, const char *record,
					   const char *field);
/* Does every alternative of 'held' satisfy 'need'? (held with no alternative: no lock) */
int lr_need_implied(const struct lr_pack *pack, const struct lr_need *held,
		    const struct lr_need *need);
/* Does a held lock of class 'held' stand for a lock of class 'want'? */
int lr_class_satisfies(const struct lr_pack *pack, int held, int want);
int lr_class_related(const struct lr_pack *pack, int a, int b);
int lr_parse_version(const char *s);
void lr_atom_describe(const struct lr_pack *pack, const struct lr_atom *a,
		      char *buf, int len);
/* Text form of a requirement: "mmap_lock (read) or the per-VMA lock" */
void lr_need_describe(const struct lr_pack *pack, const struct lr_need *need,
		      char *buf, int len);

#ifdef __cplusplus
}
#endif
#endif
