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
 * Nothing here changes the IL: the plugin only reads.
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
#include "gcc_frontend.h"

#define KEYLEN 256
/* A lock that is certainly none of the rule pack's classes. */
#define LR_NOT_TRACKED (-3)

/* Lock pointers stored through out-parameters: slot key -> class. */
#define MAX_SLOTS 32
static struct {
	char key[KEYLEN];
	int cls;
} slots[MAX_SLOTS];
static int nslots;

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

static void key_of(tree t, char *buf, int depth);

static void key_field(tree base, tree field, char *buf, int depth)
{
	char b[KEYLEN];
	const char *s = b;
	const char *f = decl_name(field);

	key_of(base, b, depth + 1);
	if (*s == '&')
		s++;		/* (&x)->f is x.f */
	snprintf(buf, KEYLEN, "%s.%s", s, f ? f : "?");
}

/*
 * A stable name for the value or object t, relative to the function's
 * parameters and locals: "mm", "vma.vm_mm", "&pvmw", "vmf.ptl".  Named
 * locals keep their name across SSA versions so that "ptl = pmd_lock();
 * ... spin_unlock(ptl)" matches even through a PHI.
 */
static void key_of(tree t, char *buf, int depth)
{
	char b[KEYLEN];

	buf[0] = '\0';
	if (!t || depth > 8) {
		snprintf(buf, KEYLEN, "?");
		return;
	}
	switch (TREE_CODE(t)) {
	case SSA_NAME: {
		tree var = SSA_NAME_VAR(t);
		gimple *def;

		if (var && decl_name(var)) {
			snprintf(buf, KEYLEN, "%s", decl_name(var));
			return;
		}
		def = SSA_NAME_DEF_STMT(t);
		if (def && is_gimple_assign(def) &&
		    (gimple_assign_single_p(def) || CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)))) {
			key_of(gimple_assign_rhs1(def), buf, depth + 1);
			return;
		}
		snprintf(buf, KEYLEN, "_%u", SSA_NAME_VERSION(t));
		return;
	}
	case PARM_DECL:
	case VAR_DECL:
		if (decl_name(t))
			snprintf(buf, KEYLEN, "%s", decl_name(t));
		else
			snprintf(buf, KEYLEN, "D%u", DECL_UID(t));
		return;
	case COMPONENT_REF:
		key_field(TREE_OPERAND(t, 0), TREE_OPERAND(t, 1), buf, depth);
		return;
	case MEM_REF:
		key_of(TREE_OPERAND(t, 0), b, depth + 1);
		/* *&x is x; *p stays "*p" unless a field follows (then "p.f") */
		if (b[0] == '&')
			snprintf(buf, KEYLEN, "%s", b + 1);
		else
			snprintf(buf, KEYLEN, "%s", b);
		return;
	case ADDR_EXPR:
		key_of(TREE_OPERAND(t, 0), b, depth + 1);
		snprintf(buf, KEYLEN, "&%s", b);
		return;
	case NOP_EXPR:
	case CONVERT_EXPR:
		key_of(TREE_OPERAND(t, 0), buf, depth + 1);
		return;
	case INTEGER_CST:
		snprintf(buf, KEYLEN, "#%ld", (long)TREE_INT_CST_LOW(t));
		return;
	default:
		snprintf(buf, KEYLEN, "?");
		return;
	}
}

/* Key of the object an out-parameter points to: &ptl -> "ptl". */
static void key_deref(tree arg, char *buf)
{
	char b[KEYLEN];

	key_of(arg, b, 0);
	if (b[0] == '&')
		snprintf(buf, KEYLEN, "%s", b + 1);
	else
		snprintf(buf, KEYLEN, "*%s", b);
}

/*
 * Key of a returned lock pointer: where it is stored right away
 * ("vmf->ptl = pmd_lock(...)" gives "vmf.ptl"), else the variable.
 */
static void key_ret(tree lhs, char *buf)
{
	use_operand_p use;
	gimple *use_stmt;

	if (!lhs) {
		snprintf(buf, KEYLEN, "?");
		return;
	}
	if (TREE_CODE(lhs) == SSA_NAME && single_imm_use(lhs, &use, &use_stmt) &&
	    gimple_assign_single_p(use_stmt) && gimple_assign_rhs1(use_stmt) == lhs &&
	    TREE_CODE(gimple_assign_lhs(use_stmt)) != SSA_NAME) {
		key_of(gimple_assign_lhs(use_stmt), buf, 0);
		return;
	}
	key_of(lhs, buf, 0);
}

static int slot_class(const char *key)
{
	int i;

	for (i = 0; i < nslots; i++)
		if (!strcmp(slots[i].key, key))
			return slots[i].cls;
	return -1;
}

static void slot_set(const char *key, int cls)
{
	int i;

	for (i = 0; i < nslots; i++)
		if (!strcmp(slots[i].key, key)) {
			slots[i].cls = cls;
			return;
		}
	if (nslots < MAX_SLOTS) {
		snprintf(slots[nslots].key, KEYLEN, "%s", key);
		slots[nslots++].cls = cls;
	}
}

/* The class of the lock a call's result points to: pmd_lockptr(), pmd_lock(). */
static const struct lr_effect *lockptr_ret(const struct lr_api *api)
{
	int i;

	for (i = 0; api && i < api->neffects; i++)
		if ((api->effects[i].kind == LR_EFF_LOCKPTR ||
		     api->effects[i].kind == LR_EFF_ACQUIRE) &&
		    api->effects[i].path.kind == LR_PATH_RET && api->effects[i].cls >= 0)
			return &api->effects[i];
	return NULL;
}

static const char *callee_name(const gimple *stmt)
{
	tree fn;

	if (!is_gimple_call(stmt) || gimple_call_internal_p(stmt))
		return NULL;
	fn = gimple_call_fndecl(stmt);
	return decl_name(fn);
}

static int provenance(const struct lr_pack *pack, tree t, char *inst, int depth);

/* The class of the lock object 'ref' (not a pointer to it): x.f, *p. */
static int object_class(const struct lr_pack *pack, tree ref, char *inst, int depth)
{
	if (depth > 8 || !ref)
		return -1;
	if (TREE_CODE(ref) == COMPONENT_REF) {
		tree base = TREE_OPERAND(ref, 0), field = TREE_OPERAND(ref, 1);
		const struct lr_field *f = lr_pack_field(pack, record_tag(TREE_TYPE(base)),
							 decl_name(field));

		if (f && !f->pointee && f->cls >= 0) {
			key_of(base, inst, depth + 1);
			if (inst[0] == '&')
				memmove(inst, inst + 1, strlen(inst));
			return f->cls;
		}
		if (f && f->cls < 0)	/* spinlock.rlock and the like */
			return object_class(pack, base, inst, depth + 1);
		/* a lock member the rules do not name: &zone->lock, &mapping->i_private_lock */
		key_of(ref, inst, depth + 1);
		return LR_NOT_TRACKED;
	}
	if (TREE_CODE(ref) == MEM_REF)
		return provenance(pack, TREE_OPERAND(ref, 0), inst, depth + 1);
	key_of(ref, inst, depth + 1);
	if (slot_class(inst) >= 0)
		return slot_class(inst);
	/* a global lock such as mmlist_lock */
	return VAR_P(ref) && is_global_var(ref) ? LR_NOT_TRACKED : -1;
}

/*
 * The class of the lock a pointer t points to, and its instance key; -1
 * when unknown (inst is then the pointer's own key).
 */
static int provenance(const struct lr_pack *pack, tree t, char *inst, int depth)
{
	gimple *def;

	inst[0] = '\0';
	if (!t || depth > 8) {
		snprintf(inst, KEYLEN, "?");
		return -1;
	}
	if (TREE_CODE(t) == ADDR_EXPR)
		return object_class(pack, TREE_OPERAND(t, 0), inst, depth + 1);
	if (TREE_CODE(t) != SSA_NAME) {
		key_of(t, inst, depth);
		return -1;
	}
	def = SSA_NAME_DEF_STMT(t);
	if (def && is_gimple_call(def)) {
		const char *fn = callee_name(def);
		const struct lr_api *api = fn ? lr_pack_api(pack, fn) : NULL;
		const struct lr_effect *lp = lockptr_ret(api);

		if (api && api->neffects == 0 && gimple_call_num_args(def) >= 1)
			return provenance(pack, gimple_call_arg(def, 0), inst, depth + 1);
		key_of(t, inst, depth);
		return lp ? lp->cls : -1;
	}
	if (def && is_gimple_assign(def)) {
		enum tree_code code = gimple_assign_rhs_code(def);
		tree rhs = gimple_assign_rhs1(def);

		if (code == SSA_NAME || CONVERT_EXPR_CODE_P(code) || code == ADDR_EXPR)
			return provenance(pack, rhs, inst, depth + 1);
		if (gimple_assign_single_p(def)) {
			/* a load: vmf->ptl, or a local the ptl was stored to */
			char k[KEYLEN];

			key_of(t, inst, depth);
			if (TREE_CODE(rhs) == COMPONENT_REF) {
				const struct lr_field *f =
					lr_pack_field(pack, record_tag(TREE_TYPE(TREE_OPERAND(rhs, 0))),
						      decl_name(TREE_OPERAND(rhs, 1)));

				if (f && f->pointee)
					return f->cls;
			}
			key_of(rhs, k, depth + 1);
			return slot_class(k);
		}
	}
	if (def && gimple_code(def) == GIMPLE_PHI) {
		/* all incoming values of one class */
		unsigned i;
		int cls = -2;
		char tmp[KEYLEN];

		for (i = 0; i < gimple_phi_num_args(def) && depth < 4; i++) {
			int c = provenance(pack, gimple_phi_arg_def(def, i), tmp, depth + 4);

			if (cls == -2)
				cls = c;
			else if (cls != c)
				cls = -1;
		}
		key_of(t, inst, depth);
		return cls < 0 ? -1 : cls;
	}
	key_of(t, inst, depth);
	/* a ptl kept in a named local set earlier from a lockptr result */
	return slot_class(inst);
}

/* Trace a branch condition to a tested value: returns the SSA version. */
static int tested_value(tree t, int *nonzero, int depth)
{
	gimple *def;

	if (!t || TREE_CODE(t) != SSA_NAME || depth > 8)
		return 0;
	def = SSA_NAME_DEF_STMT(t);
	if (def && is_gimple_assign(def)) {
		enum tree_code code = gimple_assign_rhs_code(def);
		tree r1 = gimple_assign_rhs1(def);
		tree r2 = gimple_num_ops(def) > 2 ? gimple_assign_rhs2(def) : NULL_TREE;

		if (code == SSA_NAME || CONVERT_EXPR_CODE_P(code))
			return tested_value(r1, nonzero, depth + 1);
		if (code == TRUTH_NOT_EXPR ||
		    (code == BIT_NOT_EXPR && TREE_CODE(TREE_TYPE(r1)) == BOOLEAN_TYPE) ||
		    (code == BIT_XOR_EXPR && r2 && integer_onep(r2))) {
			*nonzero = !*nonzero;
			return tested_value(r1, nonzero, depth + 1);
		}
		if ((code == EQ_EXPR || code == NE_EXPR) && r2 && integer_zerop(r2)) {
			if (code == EQ_EXPR)
				*nonzero = !*nonzero;
			return tested_value(r1, nonzero, depth + 1);
		}
		return 0;
	}
	if (def && is_gimple_call(def))
		return SSA_NAME_VERSION(t);
	if (SSA_NAME_IS_DEFAULT_DEF(t) && SSA_NAME_VAR(t) &&
	    TREE_CODE(SSA_NAME_VAR(t)) == PARM_DECL) {
		/* a test of a parameter: "if (lock_vma)"; encoded as -(index + 1) */
		tree p;
		int idx = 0;

		for (p = DECL_ARGUMENTS(current_function_decl); p; p = DECL_CHAIN(p), idx++)
			if (p == SSA_NAME_VAR(t))
				return idx < LR_MAX_PARAMS ? -(idx + 1) : 0;
	}
	return 0;
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
	x = expand_location(l);
	loc.file = x.file;
	loc.line = x.line;
	loc.col = x.column;
	loc.cookie = (unsigned long)l;
	return loc;
}

/* Does an effect conditional on a constant argument apply to this call? */
static int arg_condition_holds(const gimple *stmt, const struct lr_effect *eff)
{
	tree arg;

	if (eff->when_param < 0)
		return 1;
	if (eff->when_param >= (int)gimple_call_num_args(stmt))
		return 0;
	arg = gimple_call_arg(stmt, eff->when_param);
	if (TREE_CODE(arg) != INTEGER_CST)
		return 0;
	return (eff->when == LR_WHEN_ZERO) == !!integer_zerop(arg);
}

static void translate_effect(struct lr_func *f, int block, const struct lr_pack *pack,
			     const gimple *stmt, const struct lr_effect *eff)
{
	struct lr_event ev;
	char inst[KEYLEN];
	tree lhs = gimple_call_lhs(stmt);
	tree arg = NULL_TREE;

	memset(&ev, 0, sizeof(ev));
	inst[0] = '\0';
	if (!arg_condition_holds(stmt, eff))
		return;
	if (eff->path.kind == LR_PATH_PARAM || eff->path.kind == LR_PATH_DEREF ||
	    eff->path.kind == LR_PATH_BYARG) {
		if (eff->path.param >= (int)gimple_call_num_args(stmt))
			return;
		arg = gimple_call_arg(stmt, eff->path.param);
	}
	ev.cls = eff->cls;
	switch (eff->path.kind) {
	case LR_PATH_PARAM:
		key_of(arg, inst, 0);
		if (eff->path.field) {
			char b[KEYLEN];

			snprintf(b, KEYLEN, "%s.%s", inst[0] == '&' ? inst + 1 : inst,
				 eff->path.field);
			memcpy(inst, b, KEYLEN);
		}
		break;
	case LR_PATH_DEREF:
		key_deref(arg, inst);
		break;
	case LR_PATH_RET:
		key_ret(lhs, inst);
		ev.inst_is_ret = 1;
		break;
	case LR_PATH_ALL:
		snprintf(inst, KEYLEN, "*");
		break;
	case LR_PATH_BYARG:
		ev.cls = provenance(pack, arg, inst, 0);
		break;
	case LR_PATH_NONE:
		break;
	}
	if (eff->kind == LR_EFF_LOCKPTR) {
		if (eff->path.kind == LR_PATH_DEREF)
			slot_set(inst, eff->cls);
		return;
	}
	if (ev.cls == LR_NOT_TRACKED)
		return;
	if (eff->kind != LR_EFF_RELEASE && ev.cls < 0)
		return;		/* a lock of no class the rules know */
	ev.kind = eff->kind == LR_EFF_ACQUIRE ? LR_EV_ACQUIRE :
		  eff->kind == LR_EFF_ASSERT ? LR_EV_ASSERT : LR_EV_RELEASE;
	ev.mode = eff->mode;
	ev.inst = inst;
	ev.is_try = eff->is_try;
	ev.if_held = eff->if_held;
	ev.loc = stmt_loc(stmt);
	if (eff->when_param < 0 && eff->when != LR_WHEN_ALWAYS) {
		/* conditional on the result: pending until tested */
		if (!lhs || TREE_CODE(lhs) != SSA_NAME)
			return;
		ev.value = SSA_NAME_VERSION(lhs);
		ev.when = eff->when;
	}
	lr_block_add_event(f, block, &ev);
}

static int is_unit_function(tree fndecl)
{
	cgraph_node *node = cgraph_node::get(fndecl);

	return node && node->definition;
}

static void translate_call(struct lr_func *f, int block, const struct lr_pack *pack,
			   const gimple *stmt)
{
	const char *name = callee_name(stmt);
	const struct lr_api *api;
	const struct lr_rule *rules[8];
	const char *argnames[LR_MAX_PARAMS];
	unsigned i, nargs;
	int n, k;

	if (!name)
		return;
	nargs = gimple_call_num_args(stmt);
	for (i = 0; i < LR_MAX_PARAMS; i++)
		argnames[i] = i < nargs ? enumerator_name(gimple_call_arg(stmt, i)) : NULL;
	/* the guarded operation is checked with the locks held before the call */
	n = lr_pack_guards(pack, name, nargs < LR_MAX_PARAMS ? nargs : LR_MAX_PARAMS,
			   argnames, rules, 8);
	for (k = 0; k < n; k++) {
		struct lr_event ev;

		memset(&ev, 0, sizeof(ev));
		ev.kind = LR_EV_GUARD;
		ev.rule = rules[k];
		ev.callee = name;
		ev.loc = stmt_loc(stmt);
		lr_block_add_event(f, block, &ev);
	}
	api = lr_pack_api(pack, name);
	if (api) {
		for (k = 0; k < api->neffects; k++)
			translate_effect(f, block, pack, stmt, &api->effects[k]);
		return;
	}
	if (is_unit_function(gimple_call_fndecl(stmt))) {
		struct lr_event ev;
		char keys[LR_MAX_PARAMS][KEYLEN];
		const char *args[LR_MAX_PARAMS];

		memset(&ev, 0, sizeof(ev));
		ev.kind = LR_EV_CALL;
		ev.callee = name;
		ev.nargs = nargs < LR_MAX_PARAMS ? nargs : LR_MAX_PARAMS;
		for (i = 0; i < (unsigned)ev.nargs; i++) {
			key_of(gimple_call_arg(stmt, i), keys[i], 0);
			args[i] = keys[i];
		}
		ev.args = args;
		ev.loc = stmt_loc(stmt);
		lr_block_add_event(f, block, &ev);
	}
}

/* Stores of a lock pointer: "vmf->ptl = pmd_lock(...)" keeps its class. */
static void translate_store(const struct lr_pack *pack, const gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt), rhs = gimple_assign_rhs1(stmt);
	char inst[KEYLEN], k[KEYLEN];
	int cls;

	if (TREE_CODE(lhs) == SSA_NAME || !POINTER_TYPE_P(TREE_TYPE(rhs)) ||
	    TREE_CODE(rhs) != SSA_NAME)
		return;
	cls = provenance(pack, rhs, inst, 0);
	if (cls < 0)
		return;
	key_of(lhs, k, 0);
	slot_set(k, cls);
}

void lr_gimple_translate(struct lr_unit *unit, const struct lr_pack *pack)
{
	const char *params[LR_MAX_PARAMS + 1];
	const char *name = decl_name(current_function_decl);
	struct lr_func *f;
	struct lr_loc loc;
	basic_block bb;
	tree p;
	int nparams = 0, *map, i;
	expanded_location x;

	if (!name || !cfun || !cfun->cfg)
		return;
	/* the rule pack models the API's own bodies */
	if (lr_pack_api(pack, name))
		return;
	for (p = DECL_ARGUMENTS(current_function_decl); p && nparams < LR_MAX_PARAMS;
	     p = DECL_CHAIN(p))
		params[nparams++] = decl_name(p) ? decl_name(p) : "";
	x = expand_location(DECL_SOURCE_LOCATION(current_function_decl));
	loc.file = x.file;
	loc.line = x.line;
	loc.col = x.column;
	loc.cookie = (unsigned long)DECL_SOURCE_LOCATION(current_function_decl);
	f = lr_func_new(unit, name, loc, nparams, params);
	nslots = 0;

	map = XNEWVEC(int, last_basic_block_for_fn(cfun) + 1);
	for (i = 0; i <= last_basic_block_for_fn(cfun); i++)
		map[i] = -1;
	FOR_ALL_BB_FN(bb, cfun)
		map[bb->index] = lr_func_add_block(f);
	lr_func_set_entry_exit(f, map[ENTRY_BLOCK_PTR_FOR_FN(cfun)->index],
			       map[EXIT_BLOCK_PTR_FOR_FN(cfun)->index]);

	/* blocks in order, so that stored lock pointers are known before use */
	FOR_EACH_BB_FN(bb, cfun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (is_gimple_call(stmt))
				translate_call(f, map[bb->index], pack, stmt);
			else if (gimple_assign_single_p(stmt))
				translate_store(pack, stmt);
		}
	}
	FOR_ALL_BB_FN(bb, cfun) {
		gimple *last = last_stmt(bb);
		edge e;
		edge_iterator ei;
		int value = 0, nonzero = 1;
		char key[KEYLEN] = "";

		if (last && gimple_code(last) == GIMPLE_COND) {
			tree lhs = gimple_cond_lhs(last), rhs = gimple_cond_rhs(last);
			enum tree_code code = gimple_cond_code(last);

			if ((code == NE_EXPR || code == EQ_EXPR) && integer_zerop(rhs)) {
				value = tested_value(lhs, &nonzero, 0);
				if (code == EQ_EXPR)
					nonzero = !nonzero;
				/* a NULL test of a pointer variable: "if (!pml)" */
				if (!value && POINTER_TYPE_P(TREE_TYPE(lhs))) {
					nonzero = code == NE_EXPR;
					key_of(lhs, key, 0);
				}
			}
		}
		FOR_EACH_EDGE(e, ei, bb->succs) {
			int v = 0, nz = 1;

			if ((value || key[0]) && (e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE))) {
				v = value;
				/* true edge: (value != 0) == nonzero */
				nz = (e->flags & EDGE_TRUE_VALUE) ? nonzero : !nonzero;
			}
			if (!value && key[0] && (e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE)))
				lr_block_add_key_edge(f, map[bb->index], map[e->dest->index], key, nz);
			else
				lr_block_add_edge(f, map[bb->index], map[e->dest->index], v, nz);
		}
	}
	XDELETEVEC(map);
}
