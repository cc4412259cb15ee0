// SPDX-License-Identifier: GPL-2.0
/*
 * GIMPLE to lock events.  Runs right after "ssa", before early inlining,
 * so calls to static inline lock helpers (mmap_read_lock, pmd_lock,
 * pte_offset_map_lock) are still calls.  Helpers that are macros on an
 * arch reach us as what they expand to (spin_unlock for pte_unmap_unlock,
 * _raw_spin_lock for spin_lock_nested, lock_is_held_type for
 * lockdep_assert_held): the rule pack lists those primitives too, and the
 * lock's class then comes from the argument: &mm->mmap_lock, a ptl that
 * pmd_lockptr() returned, vmf->ptl.
 *
 * This file only walks the IR: it hands each call to the engine with the
 * facts GIMPLE knows (callee, arguments' instance keys and constants, the
 * result's SSA version and where it goes, and whose object a pointer
 * argument reaches), each store into a struct member (the member chain and
 * the base pointer's origin), answers the engine's question
 * about a pointer argument's lock class by following SSA definitions
 * (provenance), and labels branch edges with what they test.  What a call
 * means, which member is a lock, which class a lock pointer has: the engine
 * answers, from the rule pack (engine.h).
 *
 * Nothing here changes the IL: the plugin only reads.
 * Debugging: -fdump-tree-ssa shows the IL this pass reads;
 * -fplugin-arg-lockrules-debug=FUNC what the engine made of FUNC.
 */
#include "gcc-plugin.h"
#include "tree.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "ssa.h"
#include "tree-cfg.h"
#include "cgraph.h"
#include "stringpool.h"
#include "dominance.h"
#include "gcc_frontend.h"

/* What the walk of one function needs: the engine's unit and function. */
struct walk {
	struct lr_unit *unit;
	struct lr_func *f;
};

static const char *decl_name(tree decl)
{
	if (decl && DECL_P(decl) && DECL_NAME(decl))
		return IDENTIFIER_POINTER(DECL_NAME(decl));
	return NULL;
}

static const char *record_tag(tree type)
{
	tree name;

	if (!type || !RECORD_OR_UNION_TYPE_P(type))
		return NULL;
	type = TYPE_MAIN_VARIANT(type);
	name = TYPE_NAME(type);
	if (!name)
		return NULL;
	if (TREE_CODE(name) == TYPE_DECL)
		name = DECL_NAME(name);
	return name && TREE_CODE(name) == IDENTIFIER_NODE ? IDENTIFIER_POINTER(name) : NULL;
}

/*
 * The record a member of 'base' belongs to, for the pack's 'field' lines:
 * base's struct tag, or for an anonymous struct its typedef's name, as the
 * sparse front end names it (x86's mm_context_t, typedef struct { ... }).
 */
static const char *member_record(tree base)
{
	const char *tag = record_tag(TREE_TYPE(base));
	tree name;

	if (tag || !TREE_TYPE(base) || !RECORD_OR_UNION_TYPE_P(TREE_TYPE(base)))
		return tag;
	name = TYPE_NAME(TREE_TYPE(base));
	if (name && TREE_CODE(name) == TYPE_DECL)
		name = DECL_NAME(name);
	return name && TREE_CODE(name) == IDENTIFIER_NODE ? IDENTIFIER_POINTER(name) : NULL;
}

/* member_record() for a struct type rather than an object of it. */
static const char *member_record_type(tree type)
{
	const char *tag = record_tag(type);
	tree name;

	if (tag || !type || !RECORD_OR_UNION_TYPE_P(type))
		return tag;
	name = TYPE_NAME(type);
	if (name && TREE_CODE(name) == TYPE_DECL)
		name = DECL_NAME(name);
	return name && TREE_CODE(name) == IDENTIFIER_NODE ? IDENTIFIER_POINTER(name) : NULL;
}

/*
 * A stable name for the value or object t, relative to the function's
 * parameters and locals, in the engine's key grammar: "mm", "vma.vm_mm",
 * "&pvmw", "vmf.ptl".  Named locals keep their name across SSA versions so
 * that "ptl = pmd_lock(); ... spin_unlock(ptl)" matches even through a PHI.
 * A value copied from a constant is that constant: *cst is set.
 */
static void key_of(tree t, struct lr_key *k, int depth, long *cst, int *is_cst)
{
	struct lr_key b;

	if (!t || depth > 8) {
		lr_key_unknown(k);
		return;
	}
	switch (TREE_CODE(t)) {
	case SSA_NAME: {
		tree var = SSA_NAME_VAR(t);
		gimple *def;

		if (var && decl_name(var)) {
			lr_key_var(k, decl_name(var));
			return;
		}
		def = SSA_NAME_DEF_STMT(t);
		if (def && is_gimple_assign(def) &&
		    (gimple_assign_single_p(def) || CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)))) {
			key_of(gimple_assign_rhs1(def), k, depth + 1, cst, is_cst);
			return;
		}
		lr_key_temp(k, SSA_NAME_VERSION(t));
		return;
	}
	case PARM_DECL:
	case VAR_DECL:
		if (decl_name(t))
			lr_key_var(k, decl_name(t));
		else
			lr_key_decl(k, DECL_UID(t));
		return;
	case COMPONENT_REF:
		key_of(TREE_OPERAND(t, 0), &b, depth + 1, NULL, NULL);
		lr_key_member(k, &b, decl_name(TREE_OPERAND(t, 1)));
		return;
	case MEM_REF:
		key_of(TREE_OPERAND(t, 0), &b, depth + 1, NULL, NULL);
		lr_key_pointee(k, &b);
		return;
	case ADDR_EXPR:
		key_of(TREE_OPERAND(t, 0), &b, depth + 1, NULL, NULL);
		lr_key_addr(k, &b);
		return;
	case NOP_EXPR:
	case CONVERT_EXPR:
		key_of(TREE_OPERAND(t, 0), k, depth + 1, cst, is_cst);
		return;
	case INTEGER_CST:
		lr_key_const(k, (long)TREE_INT_CST_LOW(t));
		if (cst && is_cst) {
			*cst = (long)TREE_INT_CST_LOW(t);
			*is_cst = 1;
		}
		return;
	default:
		lr_key_unknown(k);
		return;
	}
}

static void key(tree t, struct lr_key *k, int depth)
{
	key_of(t, k, depth, NULL, NULL);
}

/*
 * Key of a call's result: where it is stored right away
 * ("vmf->ptl = pmd_lock(...)" gives "vmf.ptl"), else the variable.
 */
static void key_ret(tree lhs, struct lr_key *k)
{
	use_operand_p use;
	gimple *use_stmt;

	if (!lhs) {
		lr_key_unknown(k);
		return;
	}
	if (TREE_CODE(lhs) == SSA_NAME && single_imm_use(lhs, &use, &use_stmt) &&
	    gimple_assign_single_p(use_stmt) && gimple_assign_rhs1(use_stmt) == lhs &&
	    TREE_CODE(gimple_assign_lhs(use_stmt)) != SSA_NAME) {
		key(gimple_assign_lhs(use_stmt), k, 0);
		return;
	}
	key(lhs, k, 0);
}

static const char *callee_name(const gimple *stmt)
{
	tree fn;

	if (!is_gimple_call(stmt) || gimple_call_internal_p(stmt))
		return NULL;
	fn = gimple_call_fndecl(stmt);
	return decl_name(fn);
}

static int provenance(const struct walk *w, tree t, struct lr_key *inst, int depth);

/* The class of the lock object 'ref' (not a pointer to it): x.f, *p. */
static int object_class(const struct walk *w, tree ref, struct lr_key *inst, int depth)
{
	int cls;

	if (depth > 8 || !ref)
		return LR_CLASS_UNKNOWN;
	if (TREE_CODE(ref) == COMPONENT_REF) {
		tree base = TREE_OPERAND(ref, 0), field = TREE_OPERAND(ref, 1);

		/*
		 * A member of an anonymous struct or union is its enclosing
		 * struct's (mm->page_table_lock sits in an unnamed struct of
		 * mm_struct since 6.x), as sparse names it: look through.
		 */
		while (TREE_CODE(base) == COMPONENT_REF && !decl_name(TREE_OPERAND(base, 1)) &&
		       !member_record(base))
			base = TREE_OPERAND(base, 0);
		switch (lr_unit_member(w->unit, member_record(base), decl_name(field), &cls)) {
		case LR_MEMBER_LOCK:
			key(base, inst, depth + 1);
			lr_key_pointee(inst, inst);
			return cls;
		case LR_MEMBER_WRAPPER:	/* spinlock.rlock and the like */
			return object_class(w, base, inst, depth + 1);
		case LR_MEMBER_LOCKPTR:
		case LR_MEMBER_NONE:
			break;
		}
		/* a lock member the rules do not name: &zone->lock, &mapping->i_private_lock */
		key(ref, inst, depth + 1);
		return LR_CLASS_UNTRACKED;
	}
	if (TREE_CODE(ref) == MEM_REF)
		return provenance(w, TREE_OPERAND(ref, 0), inst, depth + 1);
	key(ref, inst, depth + 1);
	cls = lr_func_slot(w->f, inst);
	if (cls >= 0)
		return cls;
	/* a global lock such as mmlist_lock */
	return VAR_P(ref) && is_global_var(ref) ? LR_CLASS_UNTRACKED : LR_CLASS_UNKNOWN;
}

/*
 * The class of the lock a pointer t points to, and its instance key;
 * LR_CLASS_UNKNOWN when unknown (inst is then the pointer's own key).
 */
static int provenance(const struct walk *w, tree t, struct lr_key *inst, int depth)
{
	gimple *def;

	if (!t || depth > 8) {
		lr_key_unknown(inst);
		return LR_CLASS_UNKNOWN;
	}
	if (TREE_CODE(t) == ADDR_EXPR)
		return object_class(w, TREE_OPERAND(t, 0), inst, depth + 1);
	if (TREE_CODE(t) != SSA_NAME) {
		key(t, inst, depth);
		return LR_CLASS_UNKNOWN;
	}
	def = SSA_NAME_DEF_STMT(t);
	if (def && is_gimple_call(def)) {
		const char *fn = callee_name(def);
		int through = fn ? lr_unit_passes_through(w->unit, fn) : -1;

		if (through >= 0 && (int)gimple_call_num_args(def) > through)
			return provenance(w, gimple_call_arg(def, through), inst, depth + 1);
		key(t, inst, depth);
		return fn ? lr_unit_result_class(w->unit, fn) : LR_CLASS_UNKNOWN;
	}
	if (def && is_gimple_assign(def)) {
		enum tree_code code = gimple_assign_rhs_code(def);
		tree rhs = gimple_assign_rhs1(def);

		if (code == SSA_NAME || CONVERT_EXPR_CODE_P(code) || code == ADDR_EXPR)
			return provenance(w, rhs, inst, depth + 1);
		if (gimple_assign_single_p(def)) {
			/* a load: vmf->ptl, or a local the ptl was stored to */
			struct lr_key k;
			int cls;

			key(t, inst, depth);
			if (TREE_CODE(rhs) == COMPONENT_REF &&
			    lr_unit_member(w->unit, member_record(TREE_OPERAND(rhs, 0)),
					   decl_name(TREE_OPERAND(rhs, 1)), &cls) == LR_MEMBER_LOCKPTR)
				return cls;
			key(rhs, &k, depth + 1);
			return lr_func_slot(w->f, &k);
		}
	}
	if (def && gimple_code(def) == GIMPLE_PHI) {
		/* all incoming values of one class */
		unsigned i;
		int cls = LR_CLASS_UNKNOWN, first = 1;
		struct lr_key tmp;

		for (i = 0; i < gimple_phi_num_args(def) && depth < 4; i++) {
			int c = provenance(w, gimple_phi_arg_def(def, i), &tmp, depth + 4);

			if (first)
				cls = c;
			else if (cls != c)
				cls = LR_CLASS_UNKNOWN;
			first = 0;
		}
		key(t, inst, depth);
		return cls < 0 ? LR_CLASS_UNKNOWN : cls;
	}
	key(t, inst, depth);
	/* a ptl kept in a named local set earlier from a lockptr result */
	return lr_func_slot(w->f, inst);
}

/*
 * What a branch condition tests, traced through copies and negations: a
 * call's result (its SSA version is the value id) or a parameter.
 */
/*
 * "ptl = pmd_trans_huge_lock(); if (ptl)" where &ptl is taken elsewhere
 * (pte_offset_map_lock(..., &ptl)): ptl lives in memory, so GIMPLE reads
 * it back, "_2 = call; ptl = _2; ptl.1_3 = ptl; if (ptl.1_3 != 0B)".  The
 * value stored by the nearest earlier "var = SSA" of the same block, when
 * nothing between (a call, an asm, a store through a pointer) can change
 * var; else NULL.
 */
static tree stored_value(gimple *load, tree var)
{
	gimple_stmt_iterator gsi = gsi_for_stmt(load);

	if (TREE_THIS_VOLATILE(var))
		return NULL_TREE;
	for (gsi_prev(&gsi); !gsi_end_p(gsi); gsi_prev(&gsi)) {
		gimple *s = gsi_stmt(gsi);

		if (is_gimple_debug(s))
			continue;
		if (!is_gimple_assign(s))
			return NULL_TREE;
		if (gimple_assign_lhs(s) == var)
			return TREE_CODE(gimple_assign_rhs1(s)) == SSA_NAME &&
			       gimple_assign_rhs_code(s) == SSA_NAME ? gimple_assign_rhs1(s) : NULL_TREE;
		if (TREE_CODE(gimple_assign_lhs(s)) != SSA_NAME && TREE_CODE(gimple_assign_lhs(s)) != VAR_DECL)
			return NULL_TREE;
	}
	return NULL_TREE;
}

/* The index of PARM_DECL p among the current function's parameters. */
static int param_index(tree p, int *idx)
{
	tree a;
	int i = 0;

	for (a = DECL_ARGUMENTS(current_function_decl); a; a = DECL_CHAIN(a), i++)
		if (a == p) {
			*idx = i;
			return 1;
		}
	return 0;
}

/* An integer constant, or an SSA name assigned one ("locked_13 = 1"): *nz. */
static int constant_value(tree t, int *nz, int depth)
{
	gimple *def;

	if (TREE_CODE(t) == INTEGER_CST) {
		*nz = !integer_zerop(t);
		return 1;
	}
	if (TREE_CODE(t) != SSA_NAME || depth > 4)
		return 0;
	def = SSA_NAME_DEF_STMT(t);
	if (!def || !is_gimple_assign(def) || gimple_num_ops(def) != 2 ||
	    (gimple_assign_rhs_code(def) != INTEGER_CST && gimple_assign_rhs_code(def) != SSA_NAME))
		return 0;
	return constant_value(gimple_assign_rhs1(def), nz, depth + 1);
}

/* Is every argument of phi an integer constant? */
static int phi_of_constants(gphi *phi)
{
	unsigned i;
	int nz;

	for (i = 0; i < gimple_phi_num_args(phi); i++)
		if (!constant_value(gimple_phi_arg_def(phi, i), &nz, 0))
			return 0;
	return gimple_phi_num_args(phi) > 1;
}

/*
 * The values edge e gives a constant: the integer PHIs of constants at its
 * destination ("locked_5 = PHI <1(3), 0(2)>"), whose later tests
 * tested_value() reports as tests of the PHI's result.
 */
static void edge_sets(edge e, struct lr_test *t)
{
	gphi_iterator gsi;

	t->nsets = 0;
	for (gsi = gsi_start_phis(e->dest); !gsi_end_p(gsi) && t->nsets < LR_MAX_EDGE_SETS;
	     gsi_next(&gsi)) {
		gphi *phi = gsi.phi();
		tree res = gimple_phi_result(phi), arg;

		if (virtual_operand_p(res) || !INTEGRAL_TYPE_P(TREE_TYPE(res)) ||
		    !phi_of_constants(phi))
			continue;
		arg = PHI_ARG_DEF_FROM_EDGE(phi, e);
		if (!constant_value(arg, &t->sets[t->nsets].nonzero, 0))
			continue;
		t->sets[t->nsets].value = SSA_NAME_VERSION(res);
		t->nsets++;
	}
}

/*
 * The PHIs at e's destination whose argument on e is an integer or a null
 * pointer: the values e gives a constant, for the witness search
 * (lr_test.consts; ids are SSA versions, as cond_value's).
 */
static void edge_consts(edge e, struct lr_test *t)
{
	gphi_iterator gsi;

	t->nconsts = 0;
	for (gsi = gsi_start_phis(e->dest); !gsi_end_p(gsi) && t->nconsts < LR_MAX_EDGE_SETS;
	     gsi_next(&gsi)) {
		gphi *phi = gsi.phi();
		tree res = gimple_phi_result(phi), arg;

		if (virtual_operand_p(res) ||
		    !(INTEGRAL_TYPE_P(TREE_TYPE(res)) || POINTER_TYPE_P(TREE_TYPE(res))))
			continue;
		arg = PHI_ARG_DEF_FROM_EDGE(phi, e);
		if (!arg || TREE_CODE(arg) != INTEGER_CST)
			continue;
		t->consts[t->nconsts].value = SSA_NAME_VERSION(res);
		t->consts[t->nconsts].nonzero = !integer_zerop(arg);
		t->nconsts++;
	}
}

static enum lr_test_kind tested_value(tree t, int *id, int *nonzero, int depth)
{
	gimple *def;

	if (!t || TREE_CODE(t) != SSA_NAME || depth > 8)
		return LR_TEST_NONE;
	def = SSA_NAME_DEF_STMT(t);
	if (def && is_gimple_assign(def)) {
		enum tree_code code = gimple_assign_rhs_code(def);
		tree r1 = gimple_assign_rhs1(def);
		tree r2 = gimple_num_ops(def) > 2 ? gimple_assign_rhs2(def) : NULL_TREE;

		if (code == SSA_NAME || CONVERT_EXPR_CODE_P(code))
			return tested_value(r1, id, nonzero, depth + 1);
		if (code == TRUTH_NOT_EXPR ||
		    (code == BIT_NOT_EXPR && TREE_CODE(TREE_TYPE(r1)) == BOOLEAN_TYPE) ||
		    (code == BIT_XOR_EXPR && r2 && integer_onep(r2))) {
			*nonzero = !*nonzero;
			return tested_value(r1, id, nonzero, depth + 1);
		}
		if ((code == EQ_EXPR || code == NE_EXPR) && r2 && integer_zerop(r2)) {
			if (code == EQ_EXPR)
				*nonzero = !*nonzero;
			return tested_value(r1, id, nonzero, depth + 1);
		}
		if (code == VAR_DECL)
			return tested_value(stored_value(def, r1), id, nonzero, depth + 1);
		return LR_TEST_NONE;
	}
	if (def && is_gimple_call(def)) {
		*id = SSA_NAME_VERSION(t);
		return LR_TEST_RESULT;
	}
	/* a PHI of constants ("locked"): each edge into its block sets it (edge_sets) */
	if (def && gimple_code(def) == GIMPLE_PHI && INTEGRAL_TYPE_P(TREE_TYPE(t)) &&
	    phi_of_constants(as_a<gphi *>(def))) {
		*id = SSA_NAME_VERSION(t);
		return LR_TEST_RESULT;
	}
	if (SSA_NAME_IS_DEFAULT_DEF(t) && SSA_NAME_VAR(t) &&
	    TREE_CODE(SSA_NAME_VAR(t)) == PARM_DECL) {
		/* a test of a parameter: "if (lock_vma)" */
		if (param_index(SSA_NAME_VAR(t), id))
			return LR_TEST_PARAM;
	}
	return LR_TEST_NONE;
}

/*
 * Is t nonzero only if a parameter is?  The parameter itself; a value
 * loaded through it or through such a value (vmf->vma: the load proves vmf
 * was not NULL); a PHI whose inputs are each such (the same parameter) or
 * a constant 0: "vma = vmf ? vmf->vma : NULL".  An address (&p->f) is not.
 * Returns IMPLIES (*idx set), ZERO (t is a constant 0) or NO.
 */
enum implied { IMPLIES_NO, IMPLIES_PARAM, IMPLIES_ZERO };

static enum implied nonzero_implies_param(tree t, int *idx, int depth)
{
	gimple *def;

	if (t && integer_zerop(t))
		return IMPLIES_ZERO;
	if (!t || TREE_CODE(t) != SSA_NAME || depth > 8)
		return IMPLIES_NO;
	if (SSA_NAME_IS_DEFAULT_DEF(t))
		return SSA_NAME_VAR(t) && TREE_CODE(SSA_NAME_VAR(t)) == PARM_DECL &&
		       param_index(SSA_NAME_VAR(t), idx) ? IMPLIES_PARAM : IMPLIES_NO;
	def = SSA_NAME_DEF_STMT(t);
	if (!def)
		return IMPLIES_NO;
	if (gimple_code(def) == GIMPLE_PHI) {
		unsigned i;
		int found = 0, p;

		for (i = 0; i < gimple_phi_num_args(def); i++) {
			switch (nonzero_implies_param(gimple_phi_arg_def(def, i), &p, depth + 1)) {
			case IMPLIES_ZERO:
				continue;
			case IMPLIES_PARAM:
				if (!found || p == *idx) {
					*idx = p;
					found = 1;
					continue;
				}
				/* fall through: another parameter */
			case IMPLIES_NO:
				return IMPLIES_NO;
			}
		}
		return found ? IMPLIES_PARAM : IMPLIES_ZERO;
	}
	if (is_gimple_assign(def)) {
		enum tree_code code = gimple_assign_rhs_code(def);
		tree r1 = gimple_assign_rhs1(def), base;

		if (code == SSA_NAME || code == INTEGER_CST || CONVERT_EXPR_CODE_P(code))
			return nonzero_implies_param(r1, idx, depth + 1);
		if (!gimple_assign_single_p(def) || TREE_CODE(r1) == ADDR_EXPR)
			return IMPLIES_NO;
		base = get_base_address(r1);
		if (base && TREE_CODE(base) == MEM_REF &&
		    nonzero_implies_param(TREE_OPERAND(base, 0), idx, depth + 1) == IMPLIES_PARAM)
			return IMPLIES_PARAM;
	}
	return IMPLIES_NO;
}

/* The enumerator name of a constant argument (for NR_MLOCK patterns). */
static const char *enumerator_name(tree arg)
{
	tree type, v;

	if (!arg || TREE_CODE(arg) != INTEGER_CST)
		return NULL;
	type = TREE_TYPE(arg);
	if (TREE_CODE(type) != ENUMERAL_TYPE)
		return NULL;
	for (v = TYPE_VALUES(type); v; v = TREE_CHAIN(v)) {
		tree val = TREE_VALUE(v);

		if (TREE_CODE(val) == CONST_DECL)
			val = DECL_INITIAL(val);
		if (val && TREE_CODE(val) == INTEGER_CST && tree_int_cst_equal(val, arg))
			return IDENTIFIER_POINTER(TREE_PURPOSE(v));
	}
	return NULL;
}

static struct lr_loc stmt_loc(const gimple *stmt)
{
	struct lr_loc loc;
	location_t l = gimple_location(stmt);
	expanded_location x;

	if (l == UNKNOWN_LOCATION)
		l = DECL_SOURCE_LOCATION(current_function_decl);
	/*
	 * A call a macro expands to ("spin_lock_nested(ptl, ..)" ->
	 * raw_spin_lock_nested() in spinlock.h) is the macro's use, in the
	 * function's own file, as sparse says it too.
	 */
	l = linemap_resolve_location(line_table, l, LRK_MACRO_EXPANSION_POINT, NULL);
	x = expand_location(l);
	loc.file = x.file;
	loc.line = x.line;
	loc.col = x.column;
	loc.cookie = (unsigned long)l;
	return loc;
}

/* "&fn" or "fn" in an initializer or a store: the function, else NULL. */
static tree function_of(tree v)
{
	STRIP_NOPS(v);
	if (TREE_CODE(v) == ADDR_EXPR)
		v = TREE_OPERAND(v, 0);
	return TREE_CODE(v) == FUNCTION_DECL ? v : NULL_TREE;
}

static int is_unit_function(tree fndecl)
{
	cgraph_node *node = fndecl ? cgraph_node::get(fndecl) : NULL;

	return node && node->definition;
}

/* The engine's question about a pointer argument of the call being handed over. */
struct call_ctx {
	const struct walk *w;
	const gimple *stmt;
};

/*
 * Whose object pointer t reaches: the result of a call ("new =
 * vm_area_dup(vma)", through copies and casts), a local's address
 * ("&pvma"), or anything else.  The pack says which callees' results are
 * private ('fresh'); the front end only names the callee.
 */
static enum lr_obj_origin pointer_origin(tree t, const char **from_call, int depth)
{
	gimple *def;

	*from_call = NULL;
	if (!t || depth > 8)
		return LR_OBJ_SHARED;
	if (TREE_CODE(t) == ADDR_EXPR) {
		tree obj = TREE_OPERAND(t, 0);

		return VAR_P(obj) && auto_var_in_fn_p(obj, current_function_decl) ?
		       LR_OBJ_LOCAL : LR_OBJ_SHARED;
	}
	if (TREE_CODE(t) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(t))
		return LR_OBJ_SHARED;
	def = SSA_NAME_DEF_STMT(t);
	if (is_gimple_call(def)) {
		*from_call = callee_name(def);
		return *from_call ? LR_OBJ_RESULT : LR_OBJ_SHARED;
	}
	if (is_gimple_assign(def) &&
	    (gimple_assign_rhs_code(def) == SSA_NAME || CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
		return pointer_origin(gimple_assign_rhs1(def), from_call, depth + 1);
	return LR_OBJ_SHARED;
}

#define CHAIN_MAX 8

struct member_chain {
	int n;
	const char *records[CHAIN_MAX], *fields[CHAIN_MAX];
	const char *tag;	/* the nearest named struct so far */
};

static void chain_add(struct member_chain *c, tree field, tree record_type)
{
	const char *tag = member_record_type(record_type);

	if (tag)
		c->tag = tag;
	/* an anonymous struct or union member: its members are the outer struct's */
	if (!decl_name(field) || c->n >= CHAIN_MAX)
		return;
	c->records[c->n] = c->tag;
	c->fields[c->n] = decl_name(field);
	c->n++;
}

/*
 * The members of 'rec' at bit offset 'off' down to a member of 'size'
 * bits (WRITE_ONCE(vma->vm_page_prot, ..) is "MEM[(volatile T *)vma +
 * 72B] = .." once GCC folded the cast): outermost first.
 */
static int chain_at_offset(struct member_chain *c, tree rec, HOST_WIDE_INT off,
			   HOST_WIDE_INT size, int depth)
{
	tree fld;

	if (depth > CHAIN_MAX || !RECORD_OR_UNION_TYPE_P(rec))
		return 0;
	for (fld = TYPE_FIELDS(rec); fld; fld = DECL_CHAIN(fld)) {
		HOST_WIDE_INT start, fsize;
		int n = c->n;
		const char *tag = c->tag;

		if (TREE_CODE(fld) != FIELD_DECL || !DECL_SIZE(fld) ||
		    !tree_fits_shwi_p(DECL_SIZE(fld)) || !tree_fits_shwi_p(bit_position(fld)))
			continue;
		start = int_bit_position(fld);
		fsize = tree_to_shwi(DECL_SIZE(fld));
		if (off < start || off + size > start + fsize)
			continue;
		chain_add(c, fld, rec);
		if (off == start && size == fsize && !RECORD_OR_UNION_TYPE_P(TREE_TYPE(fld)))
			return 1;
		if (RECORD_OR_UNION_TYPE_P(TREE_TYPE(fld)) &&
		    chain_at_offset(c, TREE_TYPE(fld), off - start, size, depth + 1))
			return 1;
		if (off == start && size == fsize)
			return 1;
		c->n = n;	/* another union member may fit */
		c->tag = tag;
	}
	return 0;
}

/* The member whose address SSA name p holds ("_10 = &vma->anon_vma"), or NULL. */
static tree member_address(tree p)
{
	gimple *def = SSA_NAME_DEF_STMT(p);
	tree rhs;

	if (!def || !is_gimple_assign(def) || !gimple_assign_single_p(def))
		return NULL_TREE;
	rhs = gimple_assign_rhs1(def);
	if (TREE_CODE(rhs) != ADDR_EXPR || TREE_CODE(TREE_OPERAND(rhs, 0)) != COMPONENT_REF)
		return NULL_TREE;
	return TREE_OPERAND(rhs, 0);
}

/*
 * A store into a struct member: "vma->vm_page_prot = prot",
 * "vma->vm_userfaultfd_ctx.ctx = NULL", "vma->__vm_flags = flags" (in an
 * anonymous union), "pvma.vm_pgoff = idx" (a local).  Hands the engine
 * the member chain, the base pointer and its origin; the engine decides
 * whether a rule guards it.
 */
static void translate_member_store(const struct walk *w, int block, const gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt), rhs = gimple_assign_rhs1(stmt), t;
	tree refs[CHAIN_MAX];
	int nrefs = 0, i;
	struct member_chain c;
	struct lr_member_store st;

	memset(&c, 0, sizeof(c));
	memset(&st, 0, sizeof(st));
	/* the member references, innermost (the stored member) first */
	for (t = lhs; t; ) {
		if (TREE_CODE(t) == COMPONENT_REF) {
			if (nrefs == CHAIN_MAX)
				return;
			refs[nrefs++] = t;
			t = TREE_OPERAND(t, 0);
		} else if (TREE_CODE(t) == ARRAY_REF) {
			t = TREE_OPERAND(t, 0);
		} else if (TREE_CODE(t) == MEM_REF && TREE_CODE(TREE_OPERAND(t, 0)) == ADDR_EXPR &&
			   handled_component_p(TREE_OPERAND(TREE_OPERAND(t, 0), 0)) &&
			   integer_zerop(TREE_OPERAND(t, 1))) {
			/* *(volatile T *)&vma->f, unfolded */
			t = TREE_OPERAND(TREE_OPERAND(t, 0), 0);
		} else if (TREE_CODE(t) == MEM_REF && TREE_CODE(TREE_OPERAND(t, 0)) == SSA_NAME &&
			   integer_zerop(TREE_OPERAND(t, 1)) &&
			   member_address(TREE_OPERAND(t, 0))) {
			/* smp_store_release(&vma->anon_vma, v): "_10 = &vma->anon_vma; MEM[_10] = v" */
			t = member_address(TREE_OPERAND(t, 0));
		} else {
			break;
		}
	}
	if (!t)
		return;
	if (TREE_CODE(t) == MEM_REF) {
		tree p = TREE_OPERAND(t, 0);
		HOST_WIDE_INT off;

		if (!tree_fits_shwi_p(TREE_OPERAND(t, 1)))
			return;
		off = tree_to_shwi(TREE_OPERAND(t, 1)) * BITS_PER_UNIT;

		if (TREE_CODE(p) == ADDR_EXPR) {
			tree obj = TREE_OPERAND(p, 0);

			if (!VAR_P(obj))
				return;
			st.origin = auto_var_in_fn_p(obj, current_function_decl) ?
				    LR_OBJ_LOCAL : LR_OBJ_SHARED;
			key(obj, &st.base, 0);
		} else {
			st.origin = pointer_origin(p, &st.from_call, 0);
			key(p, &st.base, 0);
		}
		/* the folded form: the members at that offset of what p points to */
		if (!nrefs && POINTER_TYPE_P(TREE_TYPE(p)) && TYPE_SIZE(TREE_TYPE(t)) &&
		    tree_fits_shwi_p(TYPE_SIZE(TREE_TYPE(t)))) {
			tree rec = TREE_TYPE(TREE_TYPE(p));

			if (TREE_CODE(p) == ADDR_EXPR)
				rec = TREE_TYPE(TREE_OPERAND(p, 0));
			if (!chain_at_offset(&c, rec, off, tree_to_shwi(TYPE_SIZE(TREE_TYPE(t))), 0))
				return;
		}
	} else if (VAR_P(t) || TREE_CODE(t) == PARM_DECL || TREE_CODE(t) == RESULT_DECL) {
		/* a member of a variable itself, not through a pointer */
		st.origin = VAR_P(t) && !auto_var_in_fn_p(t, current_function_decl) ?
			    LR_OBJ_SHARED : LR_OBJ_LOCAL;
		key(t, &st.base, 0);
	} else {
		return;
	}
	for (i = nrefs - 1; i >= 0; i--)
		chain_add(&c, TREE_OPERAND(refs[i], 1), TREE_TYPE(TREE_OPERAND(refs[i], 0)));
	if (!c.n)
		return;
	st.n = c.n;
	st.records = c.records;
	st.fields = c.fields;
	st.value_is_null = integer_zerop(rhs) ||
			   (TREE_CODE(rhs) == CONSTRUCTOR && CONSTRUCTOR_NELTS(rhs) == 0);
	st.loc = stmt_loc(stmt);
	lr_func_member_store(w->f, block, &st);
}

static int arg_lockclass(void *ctx, int arg, struct lr_key *inst)
{
	const struct call_ctx *c = (const struct call_ctx *)ctx;

	return provenance(c->w, gimple_call_arg(c->stmt, arg), inst, 0);
}

static void translate_call(const struct walk *w, int block, const gimple *stmt)
{
	struct lr_call call;
	struct call_ctx ctx = { w, stmt };
	struct lr_arg *args;
	tree lhs = gimple_call_lhs(stmt);
	unsigned i, nargs = gimple_call_num_args(stmt);

	memset(&call, 0, sizeof(call));
	call.callee = callee_name(stmt);
	if (!call.callee)
		return;		/* an indirect or internal call: no name to look up */
	args = XCNEWVEC(struct lr_arg, nargs + 1);
	for (i = 0; i < nargs; i++) {
		tree a = gimple_call_arg(stmt, i), fn = function_of(a);

		/* "kthread_run(fn, ...)": fn has callers the unit cannot see */
		if (fn && decl_name(fn))
			lr_unit_func_address_taken(w->unit, decl_name(fn));
		key_of(a, &args[i].key, 0, &args[i].value, &args[i].is_const);
		args[i].enumerator = enumerator_name(a);
		args[i].origin = pointer_origin(a, &args[i].from_call, 0);
	}
	call.defined = is_unit_function(gimple_call_fndecl(stmt));
	call.nargs = nargs;
	call.args = args;
	call.result = lhs && TREE_CODE(lhs) == SSA_NAME ? SSA_NAME_VERSION(lhs) : 0;
	key_ret(lhs, &call.result_key);
	call.lockclass = arg_lockclass;
	call.ctx = &ctx;
	call.loc = stmt_loc(stmt);
	lr_func_call(w->f, block, &call);
	XDELETEVEC(args);
}

/* Stores of a lock pointer: "vmf->ptl = pmd_lock(...)" keeps its class. */
static void translate_store(const struct walk *w, int block, const gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt), rhs = gimple_assign_rhs1(stmt);
	struct lr_key inst, k;
	int cls;

	if (TREE_CODE(lhs) == SSA_NAME || !POINTER_TYPE_P(TREE_TYPE(rhs)) ||
	    TREE_CODE(rhs) != SSA_NAME)
		return;
	cls = provenance(w, rhs, &inst, 0);
	if (cls < 0)
		return;
	key(lhs, &k, 0);
	lr_func_store(w->f, block, &k, cls);
}

/* A pointer variable given a new value, after the statement's own events (lr_func_assign). */
static void translate_assign(const struct walk *w, int block, const gimple *stmt)
{
	tree lhs = gimple_get_lhs(stmt);
	struct lr_key k;

	if (!lhs || gimple_clobber_p(stmt) || !POINTER_TYPE_P(TREE_TYPE(lhs)))
		return;
	if (TREE_CODE(lhs) == SSA_NAME) {
		if (!decl_name(SSA_NAME_VAR(lhs)))
			return;
	} else if (TREE_CODE(lhs) != VAR_DECL && TREE_CODE(lhs) != PARM_DECL) {
		return;
	}
	key(lhs, &k, 0);
	lr_func_assign(w->f, block, &k);
}

/* "ops.pmd_entry = fn", "work->func = fn": the engine learns the member's callers. */
static void translate_fn_store(const struct walk *w, const gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt), fn = function_of(gimple_assign_rhs1(stmt));

	if (!fn || !decl_name(fn))
		return;
	if (TREE_CODE(lhs) != COMPONENT_REF || !decl_name(TREE_OPERAND(lhs, 1))) {
		lr_unit_func_address_taken(w->unit, decl_name(fn));
		return;
	}
	lr_unit_func_stored(w->unit, decl_name(fn), record_tag(TREE_TYPE(TREE_OPERAND(lhs, 0))),
			    decl_name(TREE_OPERAND(lhs, 1)));
}

static void initializer(struct lr_unit *unit, tree ctor, int depth)
{
	unsigned HOST_WIDE_INT i;
	tree field, value;

	if (depth > 8)
		return;
	FOR_EACH_CONSTRUCTOR_ELT(CONSTRUCTOR_ELTS(ctor), i, field, value) {
		tree fn;

		if (!value)
			continue;
		if (TREE_CODE(value) == CONSTRUCTOR) {
			initializer(unit, value, depth + 1);
			continue;
		}
		fn = function_of(value);
		if (!fn || !decl_name(fn))
			continue;
		if (field && TREE_CODE(field) == FIELD_DECL && decl_name(field))
			lr_unit_func_stored(unit, decl_name(fn), record_tag(TREE_TYPE(ctor)),
					    decl_name(field));
		else	/* an array of function pointers, say */
			lr_unit_func_address_taken(unit, decl_name(fn));
	}
}

void lr_gimple_initializer(struct lr_unit *unit, tree decl)
{
	if (decl && TREE_CODE(decl) == VAR_DECL && DECL_INITIAL(decl) &&
	    TREE_CODE(DECL_INITIAL(decl)) == CONSTRUCTOR)
		initializer(unit, DECL_INITIAL(decl), 0);
}

/*
 * What a branch condition reads (lr_test.reads): follow the SSA definitions
 * of its operands.  A named variable reads itself (every version), a load
 * its memory's key and, as an address only, the loads its base pointer
 * came from (not the pointer parameter itself: "vma->vm_file" and
 * "vma->anon_vma" are unrelated); a call reads its result and its
 * arguments; a PHI its inputs and the conditions of the blocks between
 * its block's immediate dominator and it, which chose the input (a loop's
 * PHI, itself: the loop's conditions that choose read it too).  What
 * cannot be followed (an asm, too deep, too much) makes the reads unknown.
 */
#define READS_DEPTH 40
#define READS_SEEN 64

struct reads {
	struct lr_test *t;
	unsigned seen[READS_SEEN];
	int nseen;
	int in_args;	/* inside a call's arguments: a call there reads only itself */
};

static void reads_of(struct reads *r, tree t, int addr, int depth);

/*
 * How many statements of the function store into the local 'var', or
 * give a call its address: a local in memory stored in two places has
 * the value the branches chose; one stored in one place (the callee of
 * "find_pmd_or_thp_or_none(mm, haddr, &pmd)") is like a call's result.
 */
static int local_stores(tree var)
{
	basic_block bb;
	int n = 0;

	FOR_EACH_BB_FN(bb, cfun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			tree lhs = gimple_get_lhs(stmt);

			unsigned i;

			while (lhs && handled_component_p(lhs))
				lhs = TREE_OPERAND(lhs, 0);
			if (lhs == var && !is_gimple_call(stmt) && !gimple_clobber_p(stmt))
				n++;
			/* a call given its address may store it too */
			for (i = 0; is_gimple_call(stmt) && i < gimple_call_num_args(stmt); i++) {
				tree a = gimple_call_arg(stmt, i);

				if (TREE_CODE(a) != ADDR_EXPR)
					continue;
				a = TREE_OPERAND(a, 0);
				while (handled_component_p(a))
					a = TREE_OPERAND(a, 0);
				n += a == var;
			}
		}
	}
	return n;
}

/* A PHI whose inputs are all one SSA value (or the PHI itself): that value, else NULL. */
static tree phi_copy(gphi *phi, tree self)
{
	tree one = NULL_TREE, a;
	unsigned i;

	for (i = 0; i < gimple_phi_num_args(phi); i++) {
		a = gimple_phi_arg_def(phi, i);
		if (a == self)
			continue;
		if (TREE_CODE(a) != SSA_NAME || (one && a != one))
			return NULL_TREE;
		one = a;
	}
	return one;
}

static int reads_seen(struct reads *r, tree t, int addr)
{
	unsigned id = SSA_NAME_VERSION(t) * 4 + !!addr * 2 + (r->in_args > 0);
	int i;

	for (i = 0; i < r->nseen; i++)
		if (r->seen[i] == id)
			return 1;
	if (r->nseen == READS_SEEN) {
		r->t->reads_known = 0;
		return 1;
	}
	r->seen[r->nseen++] = id;
	return 0;
}

static void reads_key(struct reads *r, tree t)
{
	struct lr_key k;

	key(t, &k, 0);
	lr_test_reads_add(r->t, &k);
}

/* A memory reference: its key, and the loads its address came from. */
static void reads_mem(struct reads *r, tree ref, int depth)
{
	tree base = ref, whole = ref;
	struct lr_key k;

	/* a part the key grammar cannot name (a[i], a bit-field): the object around it */
	key(whole, &k, 0);
	while (strchr(k.s, '?') && handled_component_p(whole)) {
		whole = TREE_OPERAND(whole, 0);
		key(whole, &k, 0);
	}
	lr_test_reads_add(r->t, &k);
	while (handled_component_p(base))
		base = TREE_OPERAND(base, 0);
	/* a member of a local struct the branches may have chosen */
	if (TREE_CODE(base) == VAR_DECL && !is_global_var(base) && local_stores(base) > 1)
		r->t->reads_known = 0;
	if (TREE_CODE(base) == MEM_REF || TREE_CODE(base) == TARGET_MEM_REF)
		reads_of(r, TREE_OPERAND(base, 0), 1, depth + 1);
	/* an index: "a[i]" reads i */
	for (; handled_component_p(ref); ref = TREE_OPERAND(ref, 0))
		if (TREE_CODE(ref) == ARRAY_REF)
			reads_of(r, TREE_OPERAND(ref, 1), 0, depth + 1);
}

static void reads_cond(struct reads *r, basic_block bb, int depth);

/* The conditions that choose a PHI's input: the blocks from its block's idom to it. */
static void reads_phi_region(struct reads *r, basic_block bb, int depth)
{
	basic_block idom = get_immediate_dominator(CDI_DOMINATORS, bb), work[32], x;
	auto_vec<basic_block, 32> seen;
	int n = 0;
	edge e;
	edge_iterator ei;

	if (!idom) {
		r->t->reads_known = 0;
		return;
	}
	FOR_EACH_EDGE(e, ei, bb->preds)
		if (n < 32 && !seen.contains(e->src)) {
			seen.safe_push(e->src);
			work[n++] = e->src;
		}
	while (n > 0 && r->t->reads_known) {
		x = work[--n];
		reads_cond(r, x, depth);
		if (x == idom)
			continue;
		FOR_EACH_EDGE(e, ei, x->preds) {
			if (seen.contains(e->src))
				continue;
			if (seen.length() >= 32 || n == 32) {
				r->t->reads_known = 0;
				return;
			}
			seen.safe_push(e->src);
			work[n++] = e->src;
		}
	}
}

static void reads_of(struct reads *r, tree t, int addr, int depth)
{
	gimple *def;
	tree var;
	unsigned i;

	if (!r->t->reads_known || !t || CONSTANT_CLASS_P(t))
		return;
	if (depth > READS_DEPTH) {
		r->t->reads_known = 0;
		return;
	}
	if (TREE_CODE(t) == ADDR_EXPR) {
		/* &x is constant; &p->f reads what p came from */
		tree base = TREE_OPERAND(t, 0);

		while (handled_component_p(base))
			base = TREE_OPERAND(base, 0);
		if (TREE_CODE(base) == MEM_REF || TREE_CODE(base) == TARGET_MEM_REF)
			reads_of(r, TREE_OPERAND(base, 0), addr, depth + 1);
		return;
	}
	if (TREE_CODE(t) == VAR_DECL || TREE_CODE(t) == PARM_DECL || TREE_CODE(t) == RESULT_DECL) {
		/* a local in memory (its address taken) that the branches may have chosen */
		if (TREE_CODE(t) == VAR_DECL && !is_global_var(t) && local_stores(t) > 1) {
			r->t->reads_known = 0;
			return;
		}
		reads_key(r, t);
		return;
	}
	if (REFERENCE_CLASS_P(t)) {
		reads_mem(r, t, depth);
		return;
	}
	if (TREE_CODE(t) != SSA_NAME) {
		r->t->reads_known = 0;
		return;
	}
	if (reads_seen(r, t, addr))
		return;
	var = SSA_NAME_VAR(t);
	if (var && decl_name(var) && !addr)
		reads_key(r, var);
	if (SSA_NAME_IS_DEFAULT_DEF(t)) {
		if (!var || !decl_name(var))
			r->t->reads_known = 0;
		return;
	}
	def = SSA_NAME_DEF_STMT(t);
	if (!def) {
		r->t->reads_known = 0;
		return;
	}
	if (is_gimple_assign(def)) {
		for (i = 1; i < gimple_num_ops(def); i++)
			reads_of(r, gimple_op(def, i), addr, depth + 1);
		return;
	}
	if (is_gimple_call(def)) {
		struct lr_key k;

		/* as an address, the memory's key says it: only what the arguments loaded */
		if (!addr) {
			lr_key_temp(&k, SSA_NAME_VERSION(t));
			lr_test_reads_add(r->t, &k);
		}
		/*
		 * The arguments of the call the condition tests, not those of
		 * the calls that made them ("userfaultfd_wp(vma)" reads vma,
		 * not the mm vma_lookup() was given).
		 */
		if (r->in_args)
			return;
		r->in_args++;
		for (i = 0; i < gimple_call_num_args(def); i++)
			reads_of(r, gimple_call_arg(def, i), addr, depth + 1);
		r->in_args--;
		return;
	}
	if (gimple_code(def) == GIMPLE_PHI && phi_copy(as_a<gphi *>(def), t)) {
		/* every input the same value: that value, whichever edge came */
		reads_of(r, phi_copy(as_a<gphi *>(def), t), addr, depth + 1);
		return;
	}
	if (gimple_code(def) == GIMPLE_PHI) {
		gphi *phi = as_a<gphi *>(def);
		basic_block bb = gimple_bb(def);
		int loop = 0;
		edge e;
		edge_iterator ei;

		for (i = 0; i < gimple_phi_num_args(phi); i++)
			reads_of(r, gimple_phi_arg_def(phi, i), addr, depth + 1);
		FOR_EACH_EDGE(e, ei, bb->preds)
			loop |= dominated_by_p(CDI_DOMINATORS, e->src, bb);
		if (loop) {
			/* a loop's variable: itself (the loop's conditions read it) */
			struct lr_key k;

			lr_key_temp(&k, SSA_NAME_VERSION(t));
			lr_test_reads_add(r->t, &k);
		} else {
			reads_phi_region(r, bb, depth + 1);
		}
		return;
	}
	r->t->reads_known = 0;
}

/* The reads of bb's final condition, if it branches. */
static void reads_cond(struct reads *r, basic_block bb, int depth)
{
	gimple *last = last_stmt(bb);

	if (!last || EDGE_COUNT(bb->succs) < 2)
		return;
	if (gimple_code(last) == GIMPLE_COND) {
		reads_of(r, gimple_cond_lhs(last), 0, depth + 1);
		reads_of(r, gimple_cond_rhs(last), 0, depth + 1);
	} else if (gimple_code(last) == GIMPLE_SWITCH) {
		reads_of(r, gimple_switch_index(as_a<gswitch *>(last)), 0, depth + 1);
	} else if (gimple_code(last) == GIMPLE_ASM && gimple_asm_ninputs(as_a<gasm *>(last))) {
		/* an asm goto (a static key): the objects whose address it gets, its values */
		gasm *as = as_a<gasm *>(last);
		unsigned i;

		for (i = 0; i < gimple_asm_ninputs(as); i++) {
			tree v = TREE_VALUE(gimple_asm_input_op(as, i));

			if (TREE_CODE(v) == ADDR_EXPR && DECL_P(TREE_OPERAND(v, 0)))
				reads_key(r, TREE_OPERAND(v, 0));
			else
				reads_of(r, v, 0, depth + 1);
		}
	} else {
		r->t->reads_known = 0;	/* a computed goto, an asm goto of no input */
	}
}

/* Fill t's reads, location and branch direction for an edge of bb. */
static void edge_reads(basic_block bb, edge e, struct lr_test *t)
{
	struct reads r;
	gimple *last = last_stmt(bb);

	memset(&r, 0, sizeof(r));
	r.t = t;
	lr_test_reads_init(t);
	reads_cond(&r, bb, 0);
	if (last)
		t->loc = stmt_loc(last);
	t->branch = (e->flags & EDGE_TRUE_VALUE) ? 1 : (e->flags & EDGE_FALSE_VALUE) ? 0 : -1;
}

/*
 * The SSA value a condition "t != 0" tests, through "!", "== 0" and
 * conversions that keep zero zero (not a narrowing one); *flip toggles
 * for each negation.  NULL when t is no SSA name.
 */
static tree cond_leaf(tree t, int *flip)
{
	int depth;

	for (depth = 0; depth < 8 && t && TREE_CODE(t) == SSA_NAME; depth++) {
		gimple *def = SSA_NAME_DEF_STMT(t);
		enum tree_code code;
		tree r1, r2;

		if (def && gimple_code(def) == GIMPLE_PHI && phi_copy(as_a<gphi *>(def), t)) {
			t = phi_copy(as_a<gphi *>(def), t);
			continue;
		}
		if (!def || !is_gimple_assign(def))
			break;
		code = gimple_assign_rhs_code(def);
		r1 = gimple_assign_rhs1(def);
		r2 = gimple_num_ops(def) > 2 ? gimple_assign_rhs2(def) : NULL_TREE;
		if (code == SSA_NAME || CONVERT_EXPR_CODE_P(code)) {
			if (TREE_CODE(r1) != SSA_NAME ||
			    TYPE_PRECISION(TREE_TYPE(t)) < TYPE_PRECISION(TREE_TYPE(r1)))
				break;
			t = r1;
		} else if (code == TRUTH_NOT_EXPR ||
			   (code == BIT_NOT_EXPR && TREE_CODE(TREE_TYPE(r1)) == BOOLEAN_TYPE) ||
			   (code == BIT_XOR_EXPR && r2 && integer_onep(r2) &&
			    TREE_CODE(TREE_TYPE(r1)) == BOOLEAN_TYPE)) {
			*flip = !*flip;
			t = r1;
		} else if ((code == EQ_EXPR || code == NE_EXPR) && r2 && integer_zerop(r2)) {
			if (code == EQ_EXPR)
				*flip = !*flip;
			t = r1;
		} else {
			break;
		}
	}
	return t && TREE_CODE(t) == SSA_NAME ? t : NULL_TREE;
}

/*
 * "switch (walk_lock)" on a parameter: the edge to a single-valued case
 * says whether the parameter is zero there ("case 0:" or "case 2:"); the
 * default edge and an edge of several cases say nothing.
 */
static void translate_switch(const struct walk *w, basic_block bb, const gswitch *sw,
			     const int *map)
{
	struct lr_test test;
	int nonzero = 1;
	edge e;
	edge_iterator ei;

	memset(&test, 0, sizeof(test));
	test.kind = tested_value(gimple_switch_index(sw), &test.param, &nonzero, 0);
	FOR_EACH_EDGE(e, ei, bb->succs) {
		unsigned i, n = gimple_switch_num_labels(sw), hits = 0;
		tree value = NULL_TREE;

		for (i = 1; i < n; i++) {	/* label 0 is the default */
			tree label = gimple_switch_label(sw, i);

			if (label_to_block(cfun, CASE_LABEL(label)) != e->dest)
				continue;
			hits++;
			value = CASE_HIGH(label) ? NULL_TREE : CASE_LOW(label);
		}
		struct lr_test t = test;

		edge_reads(bb, e, &t);
		if (test.kind == LR_TEST_PARAM && hits == 1 && value &&
		    label_to_block(cfun, CASE_LABEL(gimple_switch_default_label(sw))) != e->dest &&
		    TREE_CODE(value) == INTEGER_CST) {
			t.nonzero = !integer_zerop(value) == nonzero;
		} else {
			t.kind = LR_TEST_NONE;
		}
		lr_block_add_edge(w->f, map[bb->index], map[e->dest->index], &t);
	}
}

/* The edges out of bb, labelled with what its final condition tests. */
static void translate_edges(const struct walk *w, basic_block bb, const int *map)
{
	gimple *last = last_stmt(bb);
	struct lr_test test;
	struct lr_key ptr, ptr2;
	edge e;
	edge_iterator ei;
	int nonzero = 1, implied = 0, implied_on = 0, flip = 0, pol = 0;
	tree leaf = NULL_TREE;

	if (last && gimple_code(last) == GIMPLE_SWITCH) {
		translate_switch(w, bb, as_a<const gswitch *>(last), map);
		return;
	}
	memset(&test, 0, sizeof(test));
	if (last && gimple_code(last) == GIMPLE_COND) {
		tree lhs = gimple_cond_lhs(last), rhs = gimple_cond_rhs(last);
		enum tree_code code = gimple_cond_code(last);

		if ((code == NE_EXPR || code == EQ_EXPR) && integer_zerop(rhs) &&
		    nonzero_implies_param(lhs, &implied, 0) == IMPLIES_PARAM)
			/* the edge where lhs != 0 */
			implied_on = code == NE_EXPR ? EDGE_TRUE_VALUE : EDGE_FALSE_VALUE;
		if ((code == NE_EXPR || code == EQ_EXPR) && !integer_zerop(rhs) &&
		    POINTER_TYPE_P(TREE_TYPE(lhs)) && POINTER_TYPE_P(TREE_TYPE(rhs))) {
			/* two lock pointers compared: "if (ptl != pml)"; the value is their equality */
			test.lockcls = provenance(w, lhs, &ptr, 0);
			test.lockcls2 = provenance(w, rhs, &ptr2, 0);
			test.kind = LR_TEST_LOCKEQ;
			test.lockptr = &ptr;
			test.lockptr2 = &ptr2;
			nonzero = code == EQ_EXPR;
		}
		if ((code == NE_EXPR || code == EQ_EXPR) && integer_zerop(rhs)) {
			test.kind = tested_value(lhs, &test.result, &nonzero, 0);
			if (test.kind == LR_TEST_PARAM)
				test.param = test.result;
			if (code == EQ_EXPR)
				nonzero = !nonzero;
			/* a NULL test of a pointer variable: "if (!pml)" */
			if (test.kind == LR_TEST_NONE && POINTER_TYPE_P(TREE_TYPE(lhs))) {
				nonzero = code == NE_EXPR;
				key(lhs, &ptr, 0);
				test.kind = LR_TEST_LOCKPTR;
				test.lockptr = &ptr;
			}
		}
	}
	/* the SSA value compared with zero, and on which outcome the true edge goes */
	if (last && gimple_code(last) == GIMPLE_COND &&
	    (gimple_cond_code(last) == NE_EXPR || gimple_cond_code(last) == EQ_EXPR) &&
	    integer_zerop(gimple_cond_rhs(last))) {
		leaf = cond_leaf(gimple_cond_lhs(last), &flip);
		pol = (gimple_cond_code(last) == NE_EXPR) != flip;
	}
	FOR_EACH_EDGE(e, ei, bb->succs) {
		int cond = test.kind != LR_TEST_NONE &&
			   (e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE));
		struct lr_test t = test;

		if (leaf && (e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE))) {
			t.cond_value = SSA_NAME_VERSION(leaf);
			t.cond_nonzero = (e->flags & EDGE_TRUE_VALUE) ? pol : !pol;
			/* a pointer no join chose: its not-NULL side is a weak fact */
			t.cond_pointer = POINTER_TYPE_P(TREE_TYPE(leaf)) &&
					 !(SSA_NAME_DEF_STMT(leaf) &&
					   gimple_code(SSA_NAME_DEF_STMT(leaf)) == GIMPLE_PHI);
		}

		if (!cond)
			t.kind = LR_TEST_NONE;
		/* true edge: (tested != 0) == nonzero */
		t.nonzero = (e->flags & EDGE_TRUE_VALUE) ? nonzero : !nonzero;
		t.implies_param = implied_on && (e->flags & implied_on) &&
				  !(t.kind == LR_TEST_PARAM && t.param == implied);
		t.implied_param = implied;
		edge_sets(e, &t);
		edge_consts(e, &t);
		if (EDGE_COUNT(bb->succs) > 1)
			edge_reads(bb, e, &t);
		lr_block_add_edge(w->f, map[bb->index], map[e->dest->index],
				  cond || t.implies_param || t.nsets || t.reads_known ||
				  t.cond_value || t.nconsts || EDGE_COUNT(bb->succs) > 1 ? &t : NULL);
	}
}

void lr_gimple_translate(struct lr_unit *unit)
{
	const char *name = decl_name(current_function_decl);
	const char **params;
	struct walk w;
	struct lr_loc loc;
	basic_block bb;
	tree p;
	int nparams = 0, *map, i, dom;
	expanded_location x;

	if (!name || !cfun || !cfun->cfg)
		return;
	for (p = DECL_ARGUMENTS(current_function_decl); p; p = DECL_CHAIN(p))
		nparams++;
	params = XNEWVEC(const char *, nparams + 1);
	nparams = 0;
	for (p = DECL_ARGUMENTS(current_function_decl); p; p = DECL_CHAIN(p))
		params[nparams++] = decl_name(p) ? decl_name(p) : "";
	x = expand_location(DECL_SOURCE_LOCATION(current_function_decl));
	loc.file = x.file;
	loc.line = x.line;
	loc.col = x.column;
	loc.cookie = (unsigned long)DECL_SOURCE_LOCATION(current_function_decl);
	w.unit = unit;
	w.f = lr_func_new(unit, name, loc, nparams, params);
	XDELETEVEC(params);
	if (!w.f)
		return;		/* the rule pack models this function */
	lr_func_set_linkage(w.f, TREE_PUBLIC(current_function_decl) ? LR_LINK_GLOBAL :
			    LR_LINK_STATIC);

	map = XNEWVEC(int, last_basic_block_for_fn(cfun) + 1);
	for (i = 0; i <= last_basic_block_for_fn(cfun); i++)
		map[i] = -1;
	FOR_ALL_BB_FN(bb, cfun)
		map[bb->index] = lr_func_add_block(w.f);
	lr_func_set_entry_exit(w.f, map[ENTRY_BLOCK_PTR_FOR_FN(cfun)->index],
			       map[EXIT_BLOCK_PTR_FOR_FN(cfun)->index]);

	/* blocks in order, so that stored lock pointers are known before use */
	FOR_EACH_BB_FN(bb, cfun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (is_gimple_call(stmt))
				translate_call(&w, map[bb->index], stmt);
			else if (gimple_assign_single_p(stmt)) {
				translate_store(&w, map[bb->index], stmt);
				translate_fn_store(&w, stmt);
				translate_member_store(&w, map[bb->index], stmt);
			}
			if (is_gimple_call(stmt) || is_gimple_assign(stmt))
				translate_assign(&w, map[bb->index], stmt);
		}
	}
	/* the reads of a PHI's conditions need dominators (read only, freed if ours) */
	dom = dom_info_available_p(CDI_DOMINATORS);
	if (!dom)
		calculate_dominance_info(CDI_DOMINATORS);
	FOR_ALL_BB_FN(bb, cfun)
		translate_edges(&w, bb, map);
	if (!dom)
		free_dominance_info(CDI_DOMINATORS);
	XDELETEVEC(map);
}
