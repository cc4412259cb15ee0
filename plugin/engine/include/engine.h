/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The lockrules engine's public contract: the only header a front end
 * (GCC, sparse, a unit test) includes.  Plain C, no compiler headers, and
 * no view of the rule pack: what a call means, which member is a lock,
 * which option does what, is the engine's to say.
 *
 * A front end, per translation unit:
 *
 *   lr_options_new(prefix)      options as the user wrote them
 *   lr_options_set(o, k, v)     one per option; lr_options_load(o) reads the pack
 *   lr_unit_new(o)
 *   per function of the unit:
 *     lr_func_new()             NULL: the pack models this function, skip its body
 *     lr_func_add_block(), lr_func_set_entry_exit()
 *     per call statement, in block order:
 *       lr_func_call()          IR facts only; the engine turns them into events
 *     per store of a pointer to a lock into memory or a named variable:
 *       lr_func_store()
 *     per store into a member of a struct (the value need not be a lock):
 *       lr_func_member_store()
 *     per CFG edge:
 *       lr_block_add_edge()     with the value the branch tests, if any
 *   lr_unit_analyse(u, emit)    every report, sorted by location
 *   lr_unit_write_stats(u, o, name), lr_unit_free(u), lr_options_free(o)
 *
 * It is the model of sparse's OP_CONTEXT instruction: the IR says what a
 * statement is, the engine says what it does to the locks.
 *
 * Debugging: the option 'debug=FUNCTION' prints that function's lock
 * events, edges and locksets on stderr (engine/dump.c).
 */
#ifndef LOCKRULES_ENGINE_H
#define LOCKRULES_ENGINE_H

#ifdef __cplusplus
extern "C" {
#endif

struct lr_options;
struct lr_unit;
struct lr_func;

struct lr_loc {
	const char *file;	/* owned by the front end, lives as long as the unit */
	int line, col;
	unsigned long cookie;	/* the front end's own location (GCC location_t) */
};

/* ------------------------------------------------------------ lock classes */

/*
 * A lock class is a number 0..N-1 the engine hands out (lr_unit_member(),
 * lr_unit_result_class(), lr_func_slot()); a front end never names one.
 * Two sentinels, both negative:
 */
enum {
	LR_CLASS_UNKNOWN = -1,	/* a lock whose class is not known */
	LR_CLASS_UNTRACKED = -2	/* certainly none of the pack's classes: ignore it */
};

/* ------------------------------------------------------------ instance keys */

/*
 * An instance key names the object a lock lives in, relative to the
 * function's parameters and locals, so that "lock(mm) ... unlock(mm)" and
 * "ptl = pmd_lock(..) ... spin_unlock(ptl)" match.  Grammar, in C terms:
 *
 *   key := NAME          a named variable or parameter (every SSA version of it)
 *        | '_' N         an unnamed temporary (SSA version N)
 *        | 'D' N         an unnamed declaration (uid N)
 *        | key '.' FIELD a member: x.f, and p->f (the pointer names its object)
 *        | '*' key       what an out-parameter points to (engine-made: *ptlp)
 *        | '&' key       the address of an object
 *        | '#' N         the integer constant N
 *        | '?'           unknown: matches nothing but another '?'
 *
 * Front ends build keys only with the helpers below, so every front end
 * spells one object the same way.  A key longer than LR_KEY_MAX - 1 is
 * truncated and marked; the engine counts it (drop counter 'key').
 */
#define LR_KEY_MAX 256

struct lr_key {
	char s[LR_KEY_MAX];
	int truncated;
};

void lr_key_unknown(struct lr_key *k);				/* ? */
void lr_key_var(struct lr_key *k, const char *name);		/* name */
void lr_key_temp(struct lr_key *k, unsigned version);		/* _N */
void lr_key_decl(struct lr_key *k, unsigned uid);		/* DN */
void lr_key_const(struct lr_key *k, long value);		/* #N */
/* &obj */
void lr_key_addr(struct lr_key *k, const struct lr_key *obj);
/* base.field; a base that is an address is its object: (&x)->f is x.f */
void lr_key_member(struct lr_key *k, const struct lr_key *base, const char *field);
/* The object a pointer points to, as a memory reference: *&x is x, *p is p. */
void lr_key_pointee(struct lr_key *k, const struct lr_key *ptr);
/* The object an out-parameter points to: &ptl is ptl, p is *p. */
void lr_key_deref(struct lr_key *k, const struct lr_key *ptr);

/* ------------------------------------------------------------ options */

/*
 * Options shared by every front end; each spells them its own way
 * (GCC: -fplugin-arg-lockrules-KEY=VALUE), given as 'prefix' so that
 * messages quote the option as the user wrote it.
 *
 *   rules=FILE     the rule pack (default: rules/mm.rules, built in)
 *   kernel=X.Y     the kernel version the rules apply to (default: the one in
 *                  include/generated/uapi/linux/version.h of the build, else
 *                  6.12); older than the pack's 'kernels' line is an error
 *   disable=ID,..  rules off by id; 'lock-order' turns lock-order checks off
 *   error          violations are errors (the front end's to show)
 *   stats=FILE     append a line of counts per unit to FILE (unwritable: an error)
 *   debug=FUNC     print FUNC's events and locksets on stderr ('*': every function)
 *   db=DIR         the cross-unit database (engine/db.c): write the unit's
 *                  facts there; once DIR is linked, check against all units
 *   dbro=DIR       check against the linked DIR, never write to it
 *   unit=OBJ       the unit's name in the database (default: lr_unit_set_key)
 */
enum lr_opt_status {
	LR_OPT_OK = 0,
	LR_OPT_ERROR,		/* msg: what is wrong, quoting the option */
	LR_OPT_UNKNOWN,		/* msg: an option the engine does not know; show the help too */
	LR_OPT_MALFORMED_PACK	/* msg: "file:line:col: error: ..." from the parser */
};

struct lr_options *lr_options_new(const char *prefix);
void lr_options_free(struct lr_options *o);
/* One option; value NULL for a flag. */
enum lr_opt_status lr_options_set(struct lr_options *o, const char *key, const char *value,
				  char *msg, int len);
/* After the last option: read and parse the pack, apply 'disable'. */
enum lr_opt_status lr_options_load(struct lr_options *o, char *msg, int len);
/* The help text: one line per option, with the prefix. */
void lr_options_help(const char *prefix, char *buf, int len);
int lr_options_as_errors(const struct lr_options *o);

/* ------------------------------------------------------------ the graph */

struct lr_unit *lr_unit_new(const struct lr_options *o);
void lr_unit_free(struct lr_unit *unit);

/*
 * A function of the unit; params are its parameters' names ("" when
 * unnamed).  NULL when the rule pack models the function itself (an API
 * such as mmap_read_lock defined in this unit): its body is not analysed.
 */
struct lr_func *lr_func_new(struct lr_unit *unit, const char *name, struct lr_loc loc,
			    int nparams, const char *const *params);
/* Whether other units can call it; a function is GLOBAL unless the front end says. */
enum lr_linkage {
	LR_LINK_GLOBAL,		/* extern: callers may be in other units */
	LR_LINK_STATIC		/* static: every caller is in this unit */
};

void lr_func_set_linkage(struct lr_func *f, enum lr_linkage linkage);
int lr_func_add_block(struct lr_func *f);
void lr_func_set_entry_exit(struct lr_func *f, int entry, int exit);

/* What a CFG edge tests; the edge is taken when (tested != 0) == nonzero. */
enum lr_test_kind {
	LR_TEST_NONE,		/* unconditional, or a test the engine has no use for */
	LR_TEST_RESULT,		/* the result of a call: lr_call.result */
	LR_TEST_PARAM,		/* a parameter of the function, by index: "if (lock_vma)" */
	LR_TEST_LOCKPTR,	/* a variable holding a lock pointer: "if (!pml)" */
	LR_TEST_LOCKEQ		/* two lock pointers compared: "if (ptl != pml)";
				 * the tested value is their equality */
};

#define LR_MAX_EDGE_SETS 4
#define LR_MAX_TEST_READS 24

struct lr_test {
	enum lr_test_kind kind;
	int result;			/* RESULT: the value id */
	int param;			/* PARAM: the parameter's index */
	const struct lr_key *lockptr;	/* LOCKPTR: the variable's key; LOCKEQ: the first */
	int nonzero;
	/*
	 * A parameter this edge also proves nonzero, whatever kind says: the
	 * tested value is nonzero only if the parameter is, so the edge where
	 * it is nonzero carries implies_param ("vma = vmf ? vmf->vma : NULL;
	 * if (vma)": vmf != NULL there).  The other edge proves nothing and
	 * leaves it 0.  A value loaded through a pointer (p->field) is nonzero
	 * only if p is, as a PHI is whose every other input is a constant 0.
	 */
	int implies_param;		/* 1: implied_param != NULL on this edge */
	int implied_param;		/* its index */
	/*
	 * Values the edge gives a constant: the arguments of the PHI nodes at
	 * its destination ("locked = 1" on the path that took the lock, 0 on
	 * the other).  value: an id of the RESULT space (the PHI's result);
	 * nonzero: whether the constant is.  A later test of the value then
	 * tells which path was taken, and so which locks are held.
	 */
	int nsets;
	struct lr_value_set {
		int value;
		int nonzero;
	} sets[LR_MAX_EDGE_SETS];
	const struct lr_key *lockptr2;	/* LOCKEQ: the second (nonzero: they are equal) */
	int lockcls, lockcls2;		/* LOCKEQ: the classes of the locks they point to
					 * (the front end's provenance), or LR_CLASS_UNKNOWN */
	/*
	 * What the branch condition reads, whatever kind says (every edge out
	 * of a block that branches carries it): the keys of the parameters,
	 * variables and memory its value is computed from, following the IR's
	 * definitions back.  A loaded value reads its memory ("vma.vm_flags")
	 * and the memory its address was loaded from, not the pointer it
	 * started at ("vma"); a call's result reads itself ("_N") and its
	 * arguments; a value merged at a join (a PHI) reads its inputs and
	 * the conditions that chose among them (a loop's PHI reads itself).  The engine takes two tests
	 * whose reads share nothing (no key is the other's prefix at a '.')
	 * as independent: a path may take any outcome of each (path.c, the
	 * witness of a lock held on some paths).  reads_known 0 (the
	 * default), or more than LR_MAX_TEST_READS keys: related to every
	 * other test, which only costs recall.
	 */
	int reads_known;
	int nreads;
	struct lr_key reads[LR_MAX_TEST_READS];
	int reads_coarse;	/* lr_test_reads_add()'s: the keys were cut to their
				 * variables ("vma") to fit, which relates more tests */
	/*
	 * The value the branch compares with zero, through "!", "== 0" and
	 * casts: an id of the function's SSA values (GCC: the SSA name's
	 * version; sparse: the pseudo's number), 0 when the condition is
	 * anything else.  This edge is taken when (value != 0) == cond_nonzero.
	 * One value has one outcome on a path that runs its definition once,
	 * so two branches on it agree or the path cannot be taken.  The side
	 * where a pointer is not NULL is a weak fact: only a test of the same
	 * value or memory contradicts it, not one that reads through it
	 * (path.c).  reads[0] is then the key of the value itself.
	 */
	int cond_value;
	int cond_nonzero;
	/*
	 * For the witness search only (path.c): the values this edge gives a
	 * constant, every PHI at its destination whose argument on this edge
	 * is an integer or a null pointer ("pml = PHI <0B(3), pml_7(4)>"), as
	 * ids of cond_value's space; 'sets' above keeps only PHIs of
	 * constants, for the dataflow.  A later branch on such a value on the
	 * same path is decided by it, not a free choice.
	 */
	int nconsts;
	struct lr_value_set consts[LR_MAX_EDGE_SETS];
	int cond_pointer;	/* the value is a pointer no join chose (not a PHI): its
				 * nonzero side says only "not NULL" */
	/* where the branch is, and which way this edge goes (1 true, 0 false,
	 * -1 neither: a switch's case), for a note that names a path */
	struct lr_loc loc;
	int branch;
};

/*
 * Build a test's reads: add one key (deduplicated; past LR_MAX_TEST_READS
 * every key is cut to its variable, and past that again the reads are
 * unknown).  lr_test_reads_init() marks the reads known.
 */
void lr_test_reads_init(struct lr_test *t);
void lr_test_reads_add(struct lr_test *t, const struct lr_key *k);

/* test NULL: unconditional. */
void lr_block_add_edge(struct lr_func *f, int from, int to, const struct lr_test *test);

/* ------------------------------------------------------------ calls */

/*
 * Whose object a pointer reaches, as far as the IR shows: the pack says
 * which callees return an object nobody else can see yet ('fresh' lines:
 * vm_area_alloc()), so that stores into it need no lock.
 */
enum lr_obj_origin {
	LR_OBJ_SHARED,		/* anything else: a parameter, a load, a global */
	LR_OBJ_LOCAL,		/* the function's own variable, or its address: "&pvma" */
	LR_OBJ_RESULT		/* the result of a call to from_call: "new = vm_area_dup(vma)" */
};

struct lr_arg {
	struct lr_key key;	/* instance key of the argument's value */
	int is_const;		/* the argument is the integer constant 'value' */
	long value;
	const char *enumerator;	/* an enumerator constant: its name; else NULL */
	enum lr_obj_origin origin;	/* a pointer argument: what it points to */
	const char *from_call;		/* origin RESULT: the callee */
};

/*
 * The front end's provenance of a pointer argument: the class of the lock
 * it points to (or a sentinel), and the lock's instance key in *key.  It
 * may ask lr_unit_member(), lr_unit_result_class(), lr_unit_passes_through()
 * and lr_func_slot() along the way.
 */
typedef int (*lr_lockclass_fn)(void *ctx, int arg, struct lr_key *key);

struct lr_call {
	const char *callee;	/* NULL: an indirect call */
	int defined;		/* the unit defines the callee (its body is analysed) */
	int nargs;
	const struct lr_arg *args;
	int result;		/* value id (> 0) of the result, tested by LR_TEST_RESULT
				 * edges; 0 when the result is not kept */
	struct lr_key result_key;	/* where the result goes: "vmf.ptl", "ptl", "?" */
	lr_lockclass_fn lockclass;
	void *ctx;
	struct lr_loc loc;
};

/* A call statement in a block; the strings are copied. */
void lr_func_call(struct lr_func *f, int block, const struct lr_call *call);

/*
 * A store of a pointer to a lock of class cls (from the front end's
 * provenance) into dest: "vmf->ptl = pmd_lock(..)", "ptl = pte_lockptr(..)".
 */
void lr_func_store(struct lr_func *f, int block, const struct lr_key *dest, int cls);

/*
 * A pointer variable (a named local or parameter) given a new value here,
 * after the events of the statement that computes it ("folio =
 * fbatch.folios[i]", "folio = filemap_get_folio(..)"): a lock of the
 * callers' that this function released through the variable before (a
 * loop that unlocks each folio at the end of its round) is not the lock
 * of the object the variable names from here on.
 */
void lr_func_assign(struct lr_func *f, int block, const struct lr_key *var);

/*
 * A store into a member of a struct, "vma->vm_page_prot = prot": the chain
 * of members from the object the base pointer reaches, outermost first,
 * as lr_unit_member_chain_class() takes them: fields[i] a named member,
 * records[i] the nearest named struct holding it (NULL if none), members
 * of anonymous structs and unions belonging to the struct around them
 * (vma->__vm_flags, in an unnamed union, is { vm_area_struct, __vm_flags }).
 * The engine makes a guarded operation of it when a rule of the pack
 * guards the member ('stores' lines) and the object is not private.
 */
struct lr_member_store {
	int n;
	const char *const *records;
	const char *const *fields;
	struct lr_key base;		/* the pointer it is reached through: "vma" */
	enum lr_obj_origin origin;	/* LOCAL: a member of a local, not through a pointer */
	const char *from_call;		/* origin RESULT: the callee */
	int value_is_null;		/* the value stored is the constant 0 */
	struct lr_loc loc;
};

void lr_func_member_store(struct lr_func *f, int block, const struct lr_member_store *st);

/*
 * The unit stores the address of function 'func' in a member: a static
 * initializer ".pmd_entry = f" or a store "w->func = f".  record is the
 * struct tag (NULL if unknown), field the member's name.  The engine keeps
 * the pack's contracts for such members ('callback' lines): the function
 * is then called with those locks, and a precondition they do not meet is
 * reported at the operation.  Members without a contract are counted.
 */
void lr_unit_func_stored(struct lr_unit *u, const char *func, const char *record,
			 const char *field);

/*
 * The unit takes the address of 'func' other than into a member (an
 * argument: "kthread_run(fn, ...)"): callers the engine cannot see.
 */
void lr_unit_func_address_taken(struct lr_unit *u, const char *func);

/*
 * The object the unit compiles to ("mm/memory.o"), relative to the build
 * directory: its key in the database ('db=DIR'), so that a rebuild
 * replaces the unit's facts.  Set it before lr_unit_analyse().
 */
void lr_unit_set_key(struct lr_unit *u, const char *key);
/* After lr_unit_analyse(): why the database could not be written, or NULL. */
const char *lr_unit_db_error(const struct lr_unit *u);

/* ------------------------------------------------------------ provenance queries */

enum lr_member_kind {
	LR_MEMBER_NONE,		/* not a member the pack names */
	LR_MEMBER_LOCK,		/* the member is a lock: mm_struct.mmap_lock */
	LR_MEMBER_LOCKPTR,	/* the member points to a lock: vm_fault.ptl */
	LR_MEMBER_WRAPPER	/* transparent for identity: spinlock.rlock */
};

/* record: the struct tag, or NULL.  *cls: the class for LOCK and LOCKPTR. */
enum lr_member_kind lr_unit_member(const struct lr_unit *u, const char *record,
				   const char *field, int *cls);
/* The class of the lock a call's result points to (pmd_lockptr, pmd_lock), or UNKNOWN. */
int lr_unit_result_class(const struct lr_unit *u, const char *callee);
/* The argument a call returns as far as lock identity goes (spinlock_check), or -1. */
int lr_unit_passes_through(const struct lr_unit *u, const char *callee);
/* The class of the lock pointer stored in key so far in f, or UNKNOWN. */
int lr_func_slot(const struct lr_func *f, const struct lr_key *key);

/*
 * Provenance decisions, so that a front end only reports what its IR says
 * (engine/provenance.c).
 *
 * An object reference base.f1...fn as a chain of members, fields[i] a
 * member of the struct tagged records[i] (NULL if unknown): the class of
 * the lock it is (LR_CLASS_UNTRACKED: a lock member the pack does not
 * name; LR_CLASS_UNKNOWN: no member decides, ask about the base), and in
 * *object how many members of the chain name the object the lock lives
 * in, its instance key (base.f1...f(*object)).  Wrappers (spinlock.rlock)
 * are looked through.
 */
int lr_unit_member_chain_class(const struct lr_unit *u, int n, const char *const *records,
			       const char *const *fields, int *object);
/* A lock variable: the class of a lock pointer stored there, else UNTRACKED
 * for a global (mmlist_lock), UNKNOWN for a local. */
int lr_func_var_class(const struct lr_func *f, const struct lr_key *var, int is_global);
/* A pointer loaded from record.field (field NULL: from the variable 'from'):
 * the class of a lock-pointer member (vm_fault.ptl), else of what was
 * stored in 'from' so far in f, else UNKNOWN. */
int lr_func_loaded_class(const struct lr_func *f, const char *record, const char *field,
			 const struct lr_key *from);

/* ------------------------------------------------------------ results */

struct lr_note {
	struct lr_loc loc;
	char msg[512];
};

#define LR_MAX_NOTES 6

struct lr_diag {
	const char *rule_id;	/* a rule of the pack, or "lock-order" */
	struct lr_loc loc;
	char msg[512];
	int nnotes;
	struct lr_note notes[LR_MAX_NOTES];
};

/* Show one report; returns whether it was shown (counted per rule). */
typedef int (*lr_emit_fn)(const struct lr_diag *diag, void *ctx);

/* Analyse every function of the unit and report violations, sorted by location. */
int lr_unit_analyse(struct lr_unit *unit, lr_emit_fn emit, void *ctx);

/*
 * What the engine dropped because a fixed limit was reached.  Every count
 * is on the stats line as drop-NAME=N; on a clean kernel tree all are 0
 * (make kernel-check fails otherwise).  NOTES section 1 (Limits) has the policy.
 */
enum lr_drop {
	LR_DROP_HELD,		/* functions whose held set overflowed: not analysed */
	LR_DROP_RELEASED,	/* functions whose release list overflowed: not analysed */
	LR_DROP_FACTS,		/* functions whose parameter facts overflowed: not analysed */
	LR_DROP_SOLVER,		/* functions whose dataflow hit its budget: not analysed */
	LR_DROP_ROUNDS,		/* units whose summaries reached no fixpoint */
	LR_DROP_KEY,		/* truncated instance keys */
	LR_DROP_NOTES,		/* notes left off a report */
	LR_DROP_TEXT,		/* report or note text truncated */
	LR_NDROPS
};

const char *lr_drop_name(enum lr_drop d);

/*
 * Preconditions at the roots of the unit's call graph, counted on the stats
 * line as pre-NAME=N: where they were decided, and where they could not be.
 */
enum lr_root_stat {
	LR_ROOT_MET,		/* a callback's contract provides the need */
	LR_ROOT_REPORTED,	/* an entry point or callback without the need: reported */
	LR_ROOT_UNKNOWN,	/* callers elsewhere, no contract known: silent */
	LR_ROOT_FACTS,		/* needed only under a parameter test: silent */
	LR_NROOTS
};

const char *lr_root_stat_name(enum lr_root_stat r);
long lr_unit_root_stat(const struct lr_unit *u, enum lr_root_stat r);
long lr_unit_drops(const struct lr_unit *u, enum lr_drop d);

/*
 * Append the unit's stats line to the 'stats' file of the options, if any:
 *   unit NAME functions N events N RULE=N ... lock-order=N drop-NAME=N ...
 */
void lr_unit_write_stats(const struct lr_unit *u, const struct lr_options *o, const char *name);

/* ------------------------------------------------------------ the database */

/*
 * The report step over a database directory (option 'db=DIR'): read every
 * unit's facts, work out where each precondition ends up across the whole
 * program, and emit every such report in location order (the reports a
 * unit can decide alone came out of its own compile).  only[0..nonly-1]:
 * report and count only in units whose key starts with one of these
 * ("mm/"); nonly 0: all.  link: mark DIR linked, so that later compiles
 * with db=DIR check against it.  Returns the number of reports, or -1.
 */
struct lr_db_stats {
	long units, functions, sites, cross_sites, preconditions;
	long roots[LR_NROOTS];	/* met, reported, unknown, facts */
	long undecided;		/* callers holding a need on some paths only */
	long stale;		/* unit files made with another pack: not read */
	long drops;
};

int lr_db_report(const struct lr_options *o, const char *dir, int link,
		 const char *const *only, int nonly, lr_emit_fn emit, void *ctx,
		 struct lr_db_stats *st);

/*
 * Whether a database directory can be used as it is with these options:
 * linked, and its index written with this pack and kernel version (a pack
 * edit makes every unit file stale: the compiles would read nothing).
 */
enum lr_db_state {
	LR_DB_FRESH,		/* linked, made with this pack */
	LR_DB_UNLINKED,		/* no report step has run on it (or no such directory) */
	LR_DB_STALE,		/* linked with another pack or kernel version */
};
enum lr_db_state lr_db_state(const struct lr_options *o, const char *dir);

#ifdef __cplusplus
}
#endif
#endif
