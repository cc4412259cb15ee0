// SPDX-License-Identifier: GPL-2.0
/*
 * sparse's linearized IR to the engine's calls, stores and edges.
 *
 * sparse_main.c linearizes each function without inlining and without
 * mem2reg: every call is an OP_CALL (static inline lock helpers too, as in
 * GCC's IL right after "ssa"), and every local is a named memory slot, so
 * that "ptl = pmd_lock(...); ... spin_unlock(ptl)" is a store to and a load
 * from 'ptl' and both name the lock "ptl", as the GCC front end does.
 *
 * This file only walks the IR and hands the engine what it says:
 *   OP_CALL   the callee, each argument's instance key, constant value and
 *             enumerator (through the argument's enum type), the result's
 *             pseudo (its value id) and where it is stored; the engine asks
 *             back for a pointer argument's lock class (provenance below);
 *   OP_STORE  a lock pointer stored into a variable or member
 *             (lr_func_store), a function's address stored into a member
 *             (lr_unit_func_stored), and any store into a struct member
 *             (lr_func_member_store: the members, the base pointer and
 *             whose object it reaches: a local, a call's result);
 *   OP_CBR    what the branch tests: a call's result, a parameter, a
 *             pointer's NULL test, traced through setne/seteq 0 and casts,
 *             and through a local stored exactly once;
 *   loads and adds of constants are member accesses, named through the
 *             types (sparse_types.c).
 * What a member, a variable or a call's result means for the locks, the
 * engine says (lr_unit_member_chain_class, lr_func_var_class,
 * lr_func_loaded_class, lr_unit_result_class, lr_unit_passes_through).
 *
 * Debugging: test-linearize -fno-mem2reg -fno-optim FILE shows the IR read
 * here (its calls are inlined; this front end's are not);
 * --lockrules-debug=FUNC prints what the engine made of FUNC.
 */
#include <stdlib.h>
#include <string.h>
#include "lib.h"
#include "symbol.h"
#include "expression.h"
#include "linearize.h"
#include "evaluate.h"
#include "expand.h"
#include "flowgraph.h"
#include "sparse_frontend.h"

#define DEPTH_MAX 8

/* One function's walk. */
#define MAX_FLAGS 16
/* Locals that only ever hold constants ("int locked = 0; ... locked = 1"). */
struct flags {
	pseudo_t var[MAX_FLAGS];
	int n;
};

struct walk {
	struct lr_unit *unit;
	struct lr_func *f;
	struct entrypoint *ep;
	struct symbol *fn;	/* the SYM_FN */
	struct flags *flags;
};

struct lr_loc sp_loc(struct position pos)
{
	struct lr_loc loc;

	loc.file = stream_name(pos.stream);
	loc.line = pos.line;
	loc.col = pos.pos;
	loc.cookie = 0;
	return loc;
}

static struct instruction *def_of(pseudo_t p)
{
	return p && (p->type == PSEUDO_REG || p->type == PSEUDO_PHI) ? p->def : NULL;
}

static int is_cast(int op)
{
	switch (op) {
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_PTRCAST:
	case OP_UTPTR: case OP_PTRTU: case OP_COPY:
		return 1;
	}
	return 0;
}

static int is_global(struct symbol *sym)
{
	return (sym->ctype.modifiers & (MOD_TOPLEVEL | MOD_STATIC | MOD_EXTERN)) != 0;
}

static int is_fn_sym(struct symbol *sym)
{
	struct symbol *t = sp_real_type(sym);

	return t && t->type == SYM_FN;
}

/* The type of the value p (the type an instruction made it with). */
static struct symbol *value_type(pseudo_t p)
{
	struct instruction *def = def_of(p);

	if (p && p->type == PSEUDO_ARG) {
		/* the declared type of parameter nr (1-based) of the function */
		struct instruction *entry = p->def;
		struct symbol *fn = entry && entry->bb && entry->bb->ep ? entry->bb->ep->name : NULL;
		struct symbol *arg;
		int i = 0;

		fn = fn ? sp_real_type(fn) : NULL;
		if (!fn || fn->type != SYM_FN)
			return NULL;
		FOR_EACH_PTR(fn->arguments, arg) {
			if (++i == p->nr)
				return arg;
		} END_FOR_EACH_PTR(arg);
		return NULL;
	}
	return def ? def->type : NULL;
}

static void key_of(const struct walk *w, pseudo_t p, struct lr_key *k, int depth);
static enum lr_obj_origin pointer_origin(const struct walk *w, pseudo_t p, const char **from_call,
					 int depth);


/* The symbol pseudo an address is: the symbol itself, or its OP_SYMADDR (globals). */
static pseudo_t sym_of(pseudo_t p)
{
	struct instruction *def = def_of(p);

	if (def && def->opcode == OP_SYMADDR)
		p = def->src;
	return p && p->type == PSEUDO_SYM ? p : NULL;
}

/*
 * An address p + constant, through nested member addresses
 * (&mm->context.ldt_usr_sem is (mm + 8) + 8): the base pointer and the
 * summed offset, or NULL if add is not such an address.
 */
static pseudo_t add_base(struct instruction *add, long *off)
{
	pseudo_t base = NULL;
	int depth = 0;

	*off = 0;
	while (add && add->opcode == OP_ADD && add->src2 && add->src2->type == PSEUDO_VAL &&
	       depth++ < DEPTH_MAX) {
		*off += (long)add->src2->value;
		base = add->src1;
		add = def_of(base);
		/* stop at a base that names a record or a variable */
		if (sym_of(base) || sp_pointee_record(value_type(base)))
			break;
	}
	return base;
}

/* The variable a symbol pseudo names. */
static void key_sym(struct symbol *sym, struct lr_key *k)
{
	if (sp_name(sym))
		lr_key_var(k, sp_name(sym));
	else
		lr_key_unknown(k);
}

static void apply_chain(struct lr_key *k, const struct sp_chain *c, int n)
{
	int i;

	for (i = 0; i < n; i++)
		lr_key_member(k, k, c->fields[i]);
}

/*
 * The object an address names before any offset: a variable (*addr is then
 * its symbol pseudo), or what a pointer points to.  Its key in *k; returns
 * its struct type, if it is one.
 */
static struct symbol *base_object(const struct walk *w, pseudo_t *addr, struct lr_key *k,
				  int depth)
{
	if (sym_of(*addr))
		*addr = sym_of(*addr);
	if (*addr && (*addr)->type == PSEUDO_SYM) {
		key_sym((*addr)->sym, k);
		return sp_real_type((*addr)->sym);
	}
	key_of(w, *addr, k, depth + 1);
	lr_key_pointee(k, k);
	return sp_pointee_record(value_type(*addr));
}

/*
 * The object at addr + off (a memory reference): a variable, one of its
 * members, or a member of what a pointer points to.  *chain: the members.
 */
static void key_mem(const struct walk *w, pseudo_t addr, long off, struct symbol *type,
		    int scalar, struct lr_key *k, struct sp_chain *chain, int depth)
{
	struct symbol *rec = base_object(w, &addr, k, depth);

	chain->n = 0;
	if (rec && (off || sp_real_type(type) != rec) && sp_member_at(rec, off, type, scalar, chain))
		apply_chain(k, chain, chain->n);
}

/* A stable name for the value p, in the engine's key grammar. */
static void key_of(const struct walk *w, pseudo_t p, struct lr_key *k, int depth)
{
	struct instruction *def;
	struct sp_chain c;

	if (!p || depth > DEPTH_MAX) {
		lr_key_unknown(k);
		return;
	}
	switch (p->type) {
	case PSEUDO_VAL:
		lr_key_const(k, (long)p->value);
		return;
	case PSEUDO_SYM:
		key_sym(p->sym, k);
		if (!is_fn_sym(p->sym))
			lr_key_addr(k, k);
		return;
	case PSEUDO_ARG: {
		struct symbol *arg = NULL;
		int i = 1;

		FOR_EACH_PTR(w->fn->arguments, arg) {
			if (i++ == p->nr)
				break;
		} END_FOR_EACH_PTR(arg);
		key_sym(arg, k);
		return;
	}
	default:
		break;
	}
	def = def_of(p);
	if (!def) {
		lr_key_unknown(k);
		return;
	}
	switch (def->opcode) {
	case OP_LOAD:
		key_mem(w, def->src, def->offset, def->type, 1, k, &c, depth);
		return;
	case OP_ADD: {
		long off;
		pseudo_t base = add_base(def, &off);

		if (base && (sym_of(base) || sp_pointee_record(value_type(base)))) {
			key_mem(w, base, off,
				sp_real_type(def->type) && sp_real_type(def->type)->type == SYM_PTR ?
				sp_real_type(def->type)->ctype.base_type : NULL, 0, k, &c, depth);
			lr_key_addr(k, k);
			return;
		}
		break;
	}
	case OP_SYMADDR:
		key_of(w, def->src, k, depth + 1);
		return;
	default:
		if (is_cast(def->opcode)) {
			key_of(w, def->src, k, depth + 1);
			return;
		}
		break;
	}
	lr_key_temp(k, (unsigned)p->nr);
}

/* A constant value p, through casts. */
static int const_of(pseudo_t p, long long *v)
{
	struct instruction *def;
	int depth = 0;

	while (p && depth++ < DEPTH_MAX) {
		if (p->type == PSEUDO_VAL) {
			*v = p->value;
			return 1;
		}
		def = def_of(p);
		if (!def || !is_cast(def->opcode))
			return 0;
		p = def->src;
	}
	return 0;
}

/* ---------------------------------------------------------------- provenance */

static int provenance(const struct walk *w, pseudo_t p, struct lr_key *inst, int depth);

/*
 * The lock at addr + off: a member chain the engine decides on, else the
 * variable or what the pointer points to.
 */
static int object_class(const struct walk *w, pseudo_t addr, long off, struct symbol *want,
			struct lr_key *inst, int depth)
{
	struct sp_chain c;
	struct symbol *rec;
	int cls, obj;

	if (depth > DEPTH_MAX) {
		lr_key_unknown(inst);
		return LR_CLASS_UNKNOWN;
	}
	rec = base_object(w, &addr, inst, depth);
	if (rec && sp_member_at(rec, off, want, 0, &c)) {
		cls = lr_unit_member_chain_class(w->unit, c.n, c.records, c.fields, &obj);
		if (cls != LR_CLASS_UNKNOWN) {
			apply_chain(inst, &c, obj);
			return cls;
		}
	} else if (off) {
		return LR_CLASS_UNKNOWN;
	}
	/* the object itself: a variable, or what the pointer points to */
	if (addr && addr->type == PSEUDO_SYM)
		return lr_func_var_class(w->f, inst, is_global(addr->sym));
	return provenance(w, addr, inst, depth + 1);
}

/*
 * The class of the lock the pointer p points to (or a sentinel), and its
 * instance key.
 */
static int provenance(const struct walk *w, pseudo_t p, struct lr_key *inst, int depth)
{
	struct instruction *def;

	if (!p || depth > DEPTH_MAX) {
		lr_key_unknown(inst);
		return LR_CLASS_UNKNOWN;
	}
	if (p->type == PSEUDO_SYM)
		return object_class(w, p, 0, sp_real_type(p->sym), inst, depth + 1);
	def = def_of(p);
	if (!def) {
		key_of(w, p, inst, depth);
		return LR_CLASS_UNKNOWN;
	}
	switch (def->opcode) {
	case OP_ADD: {
		long off;
		pseudo_t base = add_base(def, &off);

		if (base && (sym_of(base) || sp_pointee_record(value_type(base)))) {
			struct symbol *t = sp_real_type(def->type);

			return object_class(w, base, off,
					    t && t->type == SYM_PTR ? t->ctype.base_type : NULL, inst,
					    depth + 1);
		}
		break;
	}
	case OP_SYMADDR:
		return object_class(w, def->src, 0, NULL, inst, depth + 1);
	case OP_LOAD: {
		struct sp_chain c;

		key_mem(w, def->src, def->offset, def->type, 1, inst, &c, depth);
		if (c.n)
			return lr_func_loaded_class(w->f, c.records[c.n - 1], c.fields[c.n - 1], inst);
		return lr_func_loaded_class(w->f, NULL, NULL, inst);
	}
	case OP_CALL: {
		const char *fn = def->func && def->func->type == PSEUDO_SYM ? sp_name(def->func->sym) : NULL;
		int through = fn ? lr_unit_passes_through(w->unit, fn) : -1;

		if (through >= 0) {
			pseudo_t a;
			int i = 0;

			FOR_EACH_PTR(def->arguments, a) {
				if (i++ == through)
					return provenance(w, a, inst, depth + 1);
			} END_FOR_EACH_PTR(a);
		}
		key_of(w, p, inst, depth);
		return fn ? lr_unit_result_class(w->unit, fn) : LR_CLASS_UNKNOWN;
	}
	case OP_PHI: {
		/* all incoming values of one class */
		pseudo_t phi;
		int cls = LR_CLASS_UNKNOWN, first = 1;
		struct lr_key tmp;

		FOR_EACH_PTR(def->phi_list, phi) {
			struct instruction *src = def_of(phi);
			int c = src && src->opcode == OP_PHISOURCE && depth < 4 ?
				provenance(w, src->phi_src, &tmp, depth + 4) : LR_CLASS_UNKNOWN;

			if (first)
				cls = c;
			else if (cls != c)
				cls = LR_CLASS_UNKNOWN;
			first = 0;
		} END_FOR_EACH_PTR(phi);
		key_of(w, p, inst, depth);
		return cls < 0 ? LR_CLASS_UNKNOWN : cls;
	}
	default:
		if (is_cast(def->opcode))
			return provenance(w, def->src, inst, depth + 1);
		break;
	}
	key_of(w, p, inst, depth);
	return lr_func_slot(w->f, inst);
}

/* ---------------------------------------------------------------- calls */

/*
 * Functions the unit defines, by identifier (idents are unique per name),
 * with their definition; a static inline one is linearized when a walked
 * function calls it (sparse's list of the unit's symbols leaves out inline
 * functions it would inline).
 */
struct defined {
	struct ident *id;
	struct symbol *def;
	int queued, walked;
};

static struct defined *defined;
static unsigned long defined_cap;
static struct symbol **queue;
static int nqueue, queue_cap;

static struct defined *defined_slot(struct ident *id)
{
	unsigned long i = (((unsigned long)id >> 4) * 2654435761UL) & (defined_cap - 1);

	while (defined[i].id && defined[i].id != id)
		i = (i + 1) & (defined_cap - 1);
	return &defined[i];
}

void sp_defined_reset(void)
{
	free(defined);
	defined_cap = 1UL << 15;
	defined = calloc(defined_cap, sizeof(*defined));
	nqueue = 0;
}

void sp_defined_note(struct symbol *sym)
{
	struct defined *d;

	if (!sym || !sym->ident || !defined)
		return;
	d = defined_slot(sym->ident);
	d->id = sym->ident;
	d->def = sym->definition ? sym->definition : sym;
}

/* A function is walked once: from the unit's list, or from the queue. */
int sp_defined_claim(struct symbol *sym)
{
	struct defined *d = sym && sym->ident && defined ? defined_slot(sym->ident) : NULL;

	if (!d || !d->id)
		return 1;
	if (d->walked)
		return 0;
	d->walked = d->queued = 1;
	return 1;
}

struct symbol *sp_defined_next(void)
{
	return nqueue ? queue[--nqueue] : NULL;
}

/* A call to a function of the unit: walk it later if nobody did. */
static int is_defined(struct symbol *sym)
{
	struct defined *d;

	if (!sym || !sym->ident || !defined)
		return 0;
	d = defined_slot(sym->ident);
	if (!d->id)
		return 0;
	if (!d->queued && !d->walked) {
		d->queued = 1;
		if (nqueue == queue_cap) {
			queue_cap = queue_cap ? 2 * queue_cap : 256;
			queue = realloc(queue, queue_cap * sizeof(*queue));
		}
		queue[nqueue++] = d->def;
	}
	return 1;
}

/* The engine's question about a pointer argument of the call being handed over. */
struct call_ctx {
	const struct walk *w;
	struct instruction *insn;
};

static pseudo_t nth_arg(struct instruction *insn, int n)
{
	pseudo_t a;
	int i = 0;

	FOR_EACH_PTR(insn->arguments, a) {
		if (i++ == n)
			return a;
	} END_FOR_EACH_PTR(a);
	return NULL;
}

static int arg_lockclass(void *ctx, int arg, struct lr_key *inst)
{
	const struct call_ctx *c = ctx;

	return provenance(c->w, nth_arg(c->insn, arg), inst, 0);
}

/* Where a call's result goes: the one store of it ("vmf->ptl = pmd_lock()"), else itself. */
static void key_ret(const struct walk *w, pseudo_t target, struct lr_key *k)
{
	struct pseudo_user *pu, *only = NULL;
	int n = 0;

	if (!target || target == VOID) {
		lr_key_unknown(k);
		return;
	}
	FOR_EACH_PTR(target->users, pu) {
		only = pu;
		n++;
	} END_FOR_EACH_PTR(pu);
	if (n == 1 && only->insn->opcode == OP_STORE && only->insn->target == target) {
		struct sp_chain c;

		key_mem(w, only->insn->src, only->insn->offset, only->insn->type, 1, k, &c, 0);
		return;
	}
	key_of(w, target, k, 0);
}

static void translate_call(const struct walk *w, int block, struct instruction *insn)
{
	struct lr_call call;
	struct call_ctx ctx = { w, insn };
	struct lr_arg *args;
	struct symbol *fnsym, *type, *decl_arg = NULL, *fntype;
	pseudo_t a;
	int i, nargs;

	if (!insn->func || insn->func->type != PSEUDO_SYM)
		return;		/* an indirect call: no name to look up */
	fnsym = insn->func->sym;
	memset(&call, 0, sizeof(call));
	call.callee = sp_name(fnsym);
	if (!call.callee || !is_fn_sym(fnsym))
		return;
	nargs = pseudo_list_size(insn->arguments);
	args = calloc(nargs + 1, sizeof(*args));
	fntype = sp_real_type(fnsym);
	PREPARE_PTR_LIST(fntype->arguments, decl_arg);
	i = 0;
	FOR_EACH_PTR(insn->arguments, a) {
		long long v;

		key_of(w, a, &args[i].key, 0);
		args[i].origin = pointer_origin(w, a, &args[i].from_call, 0);
		if (const_of(a, &v)) {
			args[i].is_const = 1;
			args[i].value = (long)v;
			/* the enum type of the argument, else of the parameter */
			type = i + 1 < symbol_list_size(insn->fntypes) ?
			       (struct symbol *)ptr_list_nth_entry((struct ptr_list *)insn->fntypes, i + 1) : NULL;
			args[i].enumerator = sp_enumerator(type, v);
			if (!args[i].enumerator && decl_arg)
				args[i].enumerator = sp_enumerator(decl_arg, v);
		}
		i++;
		NEXT_PTR_LIST(decl_arg);
	} END_FOR_EACH_PTR(a);
	FINISH_PTR_LIST(decl_arg);
	call.defined = is_defined(fnsym);
	call.nargs = nargs;
	call.args = args;
	call.result = insn->target && insn->target != VOID ? insn->target->nr : 0;
	key_ret(w, insn->target, &call.result_key);
	call.lockclass = arg_lockclass;
	call.ctx = &ctx;
	call.loc = sp_loc(insn->pos);
	/* sparse places a call at its '(': GCC (and the reader) at the callee's name */
	if (call.loc.col > (int)strlen(call.callee))
		call.loc.col -= strlen(call.callee);
	lr_func_call(w->f, block, &call);
	free(args);
}

/* ---------------------------------------------------------------- stores */

/* The function whose address p is, or NULL. */
static struct symbol *function_of(pseudo_t p)
{
	struct instruction *def = def_of(p);

	while (def && (is_cast(def->opcode) || def->opcode == OP_SYMADDR)) {
		p = def->src;
		def = def_of(p);
	}
	return p && p->type == PSEUDO_SYM && is_fn_sym(p->sym) ? p->sym : NULL;
}

/* "vmf->ptl = ptl" keeps its class; "ops.pmd_entry = fn", "w->func = fn": callers. */
static void translate_store(const struct walk *w, int block, struct instruction *insn)
{
	pseudo_t value = insn->target;
	struct symbol *fn = function_of(value), *t;
	struct sp_chain c;
	struct lr_key dest, inst;
	int cls;

	if (fn) {
		key_mem(w, insn->src, insn->offset, insn->type, 1, &dest, &c, 0);
		if (c.n && sp_name(fn))
			lr_unit_func_stored(w->unit, sp_name(fn), c.records[c.n - 1], c.fields[c.n - 1]);
		return;
	}
	t = sp_real_type(insn->type);
	if (!t || t->type != SYM_PTR || !value || value->type != PSEUDO_REG)
		return;
	cls = provenance(w, value, &inst, 0);
	if (cls < 0)
		return;
	key_mem(w, insn->src, insn->offset, insn->type, 1, &dest, &c, 0);
	lr_func_store(w->f, block, &dest, cls);
}

/* ---------------------------------------------------------------- edges */

/*
 * The value a load of local 'var' reads: the last store before it in its
 * block, else the one store of the function; NULL when the address
 * escapes or several stores may reach it.
 */
static pseudo_t only_store(const struct walk *w, pseudo_t var, struct instruction *load)
{
	struct instruction *insn, *last = NULL;
	struct pseudo_user *pu;
	pseudo_t value = NULL;
	int stores = 0;

	if (!var || var->type != PSEUDO_SYM || is_global(var->sym))
		return NULL;
	FOR_EACH_PTR(var->users, pu) {
		struct instruction *u = pu->insn;

		if (!u->bb || u->bb->ep != w->ep)
			continue;
		if (u->opcode == OP_LOAD && u->src == var)
			continue;
		if (u->opcode != OP_STORE || u->src != var || u->target == var)
			return NULL;	/* its address escapes */
		value = u->target;
		stores++;
	} END_FOR_EACH_PTR(pu);
	if (!stores)
		return NULL;
	FOR_EACH_PTR(load->bb->insns, insn) {
		if (insn == load)
			break;
		if (insn->bb && insn->opcode == OP_STORE && insn->src == var && insn->offset == 0)
			last = insn;
	} END_FOR_EACH_PTR(insn);
	if (last)
		return last->target;
	if (stores == 1)
		return value;
	/* up a chain of blocks each with one predecessor: "vma = vm_area_alloc(); if (!vma) goto" */
	{
		struct basic_block *bb = load->bb;
		int depth = 0;

		while (bb && bb_list_size(bb->parents) == 1 && depth++ < DEPTH_MAX) {
			bb = first_basic_block(bb->parents);
			last = NULL;
			FOR_EACH_PTR(bb->insns, insn) {
				if (insn->bb && insn->opcode == OP_STORE && insn->src == var &&
				    insn->offset == 0)
					last = insn;
			} END_FOR_EACH_PTR(insn);
			if (last)
				return last->target;
		}
	}
	return NULL;
}

/*
 * Whose object pointer p reaches: a local's address ("&pvma"), the result
 * of a call ("new = vm_area_dup(vma)": the slot 'new' is stored once, or
 * last in the block before the load), or anything else.  The pack says
 * which callees' results are private; this only names the callee.
 */
static enum lr_obj_origin pointer_origin(const struct walk *w, pseudo_t p, const char **from_call,
					 int depth)
{
	struct instruction *def;
	pseudo_t s;

	*from_call = NULL;
	if (!p || depth > DEPTH_MAX)
		return LR_OBJ_SHARED;
	s = sym_of(p);
	if (s && s->type == PSEUDO_SYM)
		return !is_global(s->sym) && !is_fn_sym(s->sym) ? LR_OBJ_LOCAL : LR_OBJ_SHARED;
	def = def_of(p);
	while (def && is_cast(def->opcode)) {
		p = def->src;
		def = def_of(p);
	}
	if (!def)
		return LR_OBJ_SHARED;
	if (def->opcode == OP_CALL) {
		if (!def->func || def->func->type != PSEUDO_SYM)
			return LR_OBJ_SHARED;
		*from_call = sp_name(def->func->sym);
		return *from_call ? LR_OBJ_RESULT : LR_OBJ_SHARED;
	}
	if (def->opcode == OP_LOAD && def->offset == 0 && def->src && def->src->type == PSEUDO_SYM &&
	    !is_global(def->src->sym))
		return pointer_origin(w, only_store(w, def->src, def), from_call, depth + 1);
	return LR_OBJ_SHARED;
}

/*
 * A store into a struct member: "vma->vm_page_prot = prot" (a member of
 * what a pointer points to), "pvma.vm_pgoff = idx" (of a local).  The
 * engine decides whether a rule guards it.
 */
static void translate_member_store(const struct walk *w, int block, struct instruction *insn)
{
	struct lr_member_store st;
	struct sp_chain c;
	struct lr_key dest;
	pseudo_t addr = insn->src, s = sym_of(insn->src);

	key_mem(w, insn->src, insn->offset, insn->type, 1, &dest, &c, 0);
	if (!c.n && !s) {
		/* smp_store_release(&vma->anon_vma, v): a store through p + offset */
		struct instruction *def = def_of(addr);
		pseudo_t base;
		long off;

		while (def && is_cast(def->opcode))
			def = def_of(def->src);
		if (def && def->opcode == OP_ADD && (base = add_base(def, &off)) && !sym_of(base)) {
			key_mem(w, base, off + insn->offset, insn->type, 1, &dest, &c, 0);
			addr = base;
		}
	}
	if (!c.n)
		return;
	memset(&st, 0, sizeof(st));
	if (s && s->type == PSEUDO_SYM) {
		/* a member of a variable itself */
		st.origin = is_global(s->sym) ? LR_OBJ_SHARED : LR_OBJ_LOCAL;
		key_sym(s->sym, &st.base);
	} else {
		st.origin = pointer_origin(w, addr, &st.from_call, 0);
		key_of(w, addr, &st.base, 0);
	}
	st.n = c.n;
	st.records = c.records;
	st.fields = c.fields;
	st.value_is_null = insn->target && insn->target->type == PSEUDO_VAL && !insn->target->value;
	st.loc = sp_loc(insn->pos);
	lr_func_member_store(w->f, block, &st);
}

/*
 * A flag: a local whose address does not escape and every store to which
 * stores an integer constant.  Its value id (the RESULT space, above every
 * pseudo's number) lets the engine tell, at a test of it, which stores the
 * path went through (flag_sets below): khugepaged's "mmap_locked".
 */
#define FLAG_ID_BASE 0x40000000
static int flag_id(const struct walk *w, pseudo_t var)
{
	struct pseudo_user *pu;
	int i, stores = 0;

	if (!var || var->type != PSEUDO_SYM || is_global(var->sym))
		return 0;
	for (i = 0; i < w->flags->n; i++)
		if (w->flags->var[i] == var)
			return FLAG_ID_BASE + i;
	FOR_EACH_PTR(var->users, pu) {
		struct instruction *u = pu->insn;

		if (!u->bb || u->bb->ep != w->ep)
			continue;
		if (u->opcode == OP_LOAD && u->src == var && u->offset == 0)
			continue;
		if (u->opcode != OP_STORE || u->src != var || u->offset != 0 ||
		    !u->target || u->target->type != PSEUDO_VAL)
			return 0;
		stores++;
	} END_FOR_EACH_PTR(pu);
	if (stores < 2 || w->flags->n == MAX_FLAGS)
		return 0;
	w->flags->var[w->flags->n] = var;
	return FLAG_ID_BASE + w->flags->n++;
}

/* The flags block bb leaves with a constant: its last store to each. */
static void flag_sets(const struct walk *w, struct basic_block *bb, struct lr_test *t)
{
	struct instruction *insn;
	int id, i;

	t->nsets = 0;
	FOR_EACH_PTR(bb->insns, insn) {
		if (!insn->bb || insn->opcode != OP_STORE || !(id = flag_id(w, insn->src)))
			continue;
		for (i = 0; i < t->nsets && t->sets[i].value != id; i++)
			;
		if (i == t->nsets) {
			if (t->nsets == LR_MAX_EDGE_SETS)
				continue;
			t->nsets++;
		}
		t->sets[i].value = id;
		t->sets[i].nonzero = insn->target->value != 0;
	} END_FOR_EACH_PTR(insn);
}

/*
 * What a branch condition tests, traced through "!= 0", "== 0", casts and
 * a local stored once: a call's result (its pseudo is the value id) or a
 * parameter.  *leaf: the value tested, when it is neither.
 */
static enum lr_test_kind tested(const struct walk *w, pseudo_t p, int *id, int *nonzero,
				pseudo_t *leaf, int depth)
{
	struct instruction *def = def_of(p);

	*leaf = p;
	if (!def || depth > DEPTH_MAX)
		return LR_TEST_NONE;
	if ((def->opcode == OP_SET_NE || def->opcode == OP_SET_EQ) &&
	    def->src2 && def->src2->type == PSEUDO_VAL && def->src2->value == 0) {
		if (def->opcode == OP_SET_EQ)
			*nonzero = !*nonzero;
		return tested(w, def->src1, id, nonzero, leaf, depth + 1);
	}
	if (is_cast(def->opcode))
		return tested(w, def->src, id, nonzero, leaf, depth + 1);
	if (def->opcode == OP_CALL) {
		*id = p->nr;
		return LR_TEST_RESULT;
	}
	if (def->opcode == OP_LOAD && def->offset == 0 && def->src && def->src->type == PSEUDO_SYM &&
	    sp_real_type(def->type) == sp_real_type(def->src->sym)) {
		pseudo_t v = only_store(w, def->src, def);
		struct instruction *vdef = def_of(v);
		int flag = flag_id(w, def->src);

		if (flag) {
			*id = flag;
			return LR_TEST_RESULT;
		}

		if (v && v->type == PSEUDO_ARG) {
			/* a test of a parameter: "if (lock_vma)" */
			*id = v->nr - 1;
			return LR_TEST_PARAM;
		}
		/* also a copy of another local: "start_pte = pte; if (!start_pte)" */
		if (vdef && (vdef->opcode == OP_CALL || is_cast(vdef->opcode) ||
			     vdef->opcode == OP_SET_NE || vdef->opcode == OP_SET_EQ ||
			     vdef->opcode == OP_LOAD)) {
			int nz = *nonzero;
			pseudo_t l;
			enum lr_test_kind k = tested(w, v, id, &nz, &l, depth + 1);

			if (k != LR_TEST_NONE) {
				*nonzero = nz;
				return k;
			}
		}
	}
	return LR_TEST_NONE;
}

/*
 * Is p nonzero only if a parameter is?  The parameter (through the local
 * it is stored in); a value loaded through it or through such a value
 * (vmf->vma: the load proves vmf was not NULL); a phi or select whose
 * inputs are each such (the same parameter) or a constant 0: "vma = vmf ?
 * vmf->vma : NULL".  Returns IMPLIES_PARAM (*idx set), IMPLIES_ZERO (a
 * constant 0) or IMPLIES_NO.
 */
enum implied { IMPLIES_NO, IMPLIES_PARAM, IMPLIES_ZERO };

static enum implied implies_param(const struct walk *w, pseudo_t p, int *idx, int depth);

static enum implied implies_join(const struct walk *w, pseudo_t a, int *idx, int *found,
				 int depth)
{
	int i;

	switch (implies_param(w, a, &i, depth)) {
	case IMPLIES_ZERO:
		return IMPLIES_ZERO;
	case IMPLIES_PARAM:
		if (*found && i != *idx)
			return IMPLIES_NO;
		*idx = i;
		*found = 1;
		return IMPLIES_PARAM;
	default:
		return IMPLIES_NO;
	}
}

static enum implied implies_param(const struct walk *w, pseudo_t p, int *idx, int depth)
{
	struct instruction *def;
	pseudo_t src;
	int found = 0;

	if (!p || depth > DEPTH_MAX)
		return IMPLIES_NO;
	if (p->type == PSEUDO_VAL)
		return p->value == 0 ? IMPLIES_ZERO : IMPLIES_NO;
	if (p->type == PSEUDO_ARG) {
		*idx = p->nr - 1;
		return IMPLIES_PARAM;
	}
	def = def_of(p);
	if (!def)
		return IMPLIES_NO;
	if (is_cast(def->opcode))
		return implies_param(w, def->src, idx, depth + 1);
	switch (def->opcode) {
	case OP_PHI:
		FOR_EACH_PTR(def->phi_list, src) {
			struct instruction *ps = def_of(src);

			if (!ps || ps->opcode != OP_PHISOURCE ||
			    implies_join(w, ps->phi_src, idx, &found, depth + 1) == IMPLIES_NO)
				return IMPLIES_NO;
		} END_FOR_EACH_PTR(src);
		return found ? IMPLIES_PARAM : IMPLIES_ZERO;
	case OP_SEL:
		if (implies_join(w, def->src2, idx, &found, depth + 1) == IMPLIES_NO ||
		    implies_join(w, def->src3, idx, &found, depth + 1) == IMPLIES_NO)
			return IMPLIES_NO;
		return found ? IMPLIES_PARAM : IMPLIES_ZERO;
	case OP_LOAD:
		if (def->src && def->src->type == PSEUDO_SYM)	/* a local: what was stored */
			return implies_param(w, only_store(w, def->src, def), idx, depth + 1);
		/* a load through a pointer: it was not NULL */
		return implies_param(w, def->src, idx, depth + 1) == IMPLIES_PARAM ?
		       IMPLIES_PARAM : IMPLIES_NO;
	}
	return IMPLIES_NO;
}

/*
 * "ptl != pml": two pointers compared (not with NULL), each a lock pointer
 * or not (provenance says its class, or unknown): a LOCKEQ test, *nonzero
 * whether the branch's true edge is the equal one.
 */
static int lock_pointers_compared(const struct walk *w, pseudo_t cond, struct lr_test *t,
				  struct lr_key *a, struct lr_key *b, int *nonzero)
{
	struct instruction *def = def_of(cond);
	struct symbol *ta, *tb;

	if (!def || (def->opcode != OP_SET_NE && def->opcode != OP_SET_EQ) || !def->src1 ||
	    !def->src2 || def->src2->type == PSEUDO_VAL || def->src1->type == PSEUDO_VAL)
		return 0;
	ta = sp_real_type(value_type(def->src1));
	tb = sp_real_type(value_type(def->src2));
	if (!ta || !tb || ta->type != SYM_PTR || tb->type != SYM_PTR)
		return 0;
	t->kind = LR_TEST_LOCKEQ;
	t->lockcls = provenance(w, def->src1, a, 0);
	t->lockcls2 = provenance(w, def->src2, b, 0);
	t->lockptr = a;
	t->lockptr2 = b;
	*nonzero = def->opcode == OP_SET_EQ;
	return 1;
}

/*
 * What a branch condition reads (lr_test.reads), following pseudo
 * definitions: an argument reads the parameter, a load its memory's key
 * and, as an address only, the loads its address came from; a call reads
 * its result and its arguments; a phi its sources and the conditions of
 * the blocks between its block's immediate dominator and it.  What cannot
 * be followed makes the reads unknown.  The same contract as the GCC
 * front end's, from sparse's IR.
 */
#define READS_DEPTH 12
#define READS_SEEN 64

struct reads {
	const struct walk *w;
	struct lr_test *t;
	pseudo_t seen[READS_SEEN];
	int addr[READS_SEEN];
	int nseen;
	int in_args;	/* inside a call's arguments: a call there reads only itself */
};

static void reads_of(struct reads *r, pseudo_t p, int addr, int depth);
static void reads_cond(struct reads *r, struct basic_block *bb, int depth);

static int reads_seen(struct reads *r, pseudo_t p, int addr)
{
	int i;

	int mode = addr * 2 + (r->in_args > 0);

	for (i = 0; i < r->nseen; i++)
		if (r->seen[i] == p && r->addr[i] == mode)
			return 1;
	if (r->nseen == READS_SEEN) {
		r->t->reads_known = 0;
		return 1;
	}
	r->seen[r->nseen] = p;
	r->addr[r->nseen++] = mode;
	return 0;
}

/* Queue bb's parents not seen yet; 0 when there are too many (the reads are then unknown). */
static int push_parents(struct basic_block *bb, struct basic_block **work, int *n,
			struct basic_block **seen, int *nseen)
{
	struct basic_block *parent;
	int i;

	FOR_EACH_PTR(bb->parents, parent) {
		for (i = 0; i < *nseen && seen[i] != parent; i++)
			;
		if (i < *nseen)
			continue;
		if (*nseen == 32)
			return 0;
		seen[(*nseen)++] = work[(*n)++] = parent;
	} END_FOR_EACH_PTR(parent);
	return 1;
}

/* The conditions that choose a phi's source: the blocks from its block's idom to it. */
static void reads_phi_region(struct reads *r, struct basic_block *bb, int depth)
{
	struct basic_block *work[32], *seen[32], *x;
	int n = 0, nseen = 0;

	if (!bb->idom || !push_parents(bb, work, &n, seen, &nseen)) {
		r->t->reads_known = 0;
		return;
	}
	while (n > 0 && r->t->reads_known) {
		x = work[--n];
		reads_cond(r, x, depth);
		if (x != bb->idom && !push_parents(x, work, &n, seen, &nseen)) {
			r->t->reads_known = 0;
			return;
		}
	}
}

static void reads_of(struct reads *r, pseudo_t p, int addr, int depth)
{
	struct instruction *def;
	struct lr_key k;
	pseudo_t src;

	if (!r->t->reads_known || !p || p->type == PSEUDO_VAL || p->type == PSEUDO_VOID ||
	    p->type == PSEUDO_UNDEF)
		return;
	if (depth > READS_DEPTH) {
		r->t->reads_known = 0;
		return;
	}
	if (p->type == PSEUDO_SYM)
		return;		/* an address: constant */
	if (p->type == PSEUDO_ARG) {
		if (!addr) {
			key_of(r->w, p, &k, 0);
			lr_test_reads_add(r->t, &k);
		}
		return;
	}
	if (reads_seen(r, p, addr))
		return;
	def = def_of(p);
	if (!def) {
		r->t->reads_known = 0;
		return;
	}
	switch (def->opcode) {
	case OP_LOAD:
		key_of(r->w, p, &k, 0);
		lr_test_reads_add(r->t, &k);
		if (def->src && def->src->type != PSEUDO_SYM) {
			reads_of(r, def->src, 1, depth + 1);
		} else if (def->src && !is_global(def->src->sym)) {
			/*
			 * A local: the value of its one store reaching here; stored
			 * on several paths (which the branches chose) or its address
			 * taken: unknown.
			 */
			pseudo_t v = only_store(r->w, def->src, def);

			if (v)
				reads_of(r, v, addr, depth + 1);
			else
				r->t->reads_known = 0;
		}
		return;
	case OP_CALL:
		/* as an address, the memory's key says it: only what the arguments loaded */
		if (!addr) {
			lr_key_temp(&k, (unsigned)p->nr);
			lr_test_reads_add(r->t, &k);
		}
		/* the arguments of the call the condition tests, not of those that made them */
		if (r->in_args)
			return;
		r->in_args++;
		FOR_EACH_PTR(def->arguments, src) {
			reads_of(r, src, addr, depth + 1);
		} END_FOR_EACH_PTR(src);
		r->in_args--;
		return;
	case OP_PHI: {
		struct basic_block *parent, *x;
		int loop = 0;

		FOR_EACH_PTR(def->phi_list, src) {
			struct instruction *ps = def_of(src);

			if (ps && ps->opcode == OP_PHISOURCE)
				reads_of(r, ps->phi_src, addr, depth + 1);
		} END_FOR_EACH_PTR(src);
		if (!def->bb)
			return;
		/* a loop's variable (a parent the phi's block dominates): itself */
		FOR_EACH_PTR(def->bb->parents, parent) {
			for (x = parent; x && x != def->bb; x = x->idom)
				;
			loop |= x == def->bb;
		} END_FOR_EACH_PTR(parent);
		if (loop) {
			lr_key_temp(&k, (unsigned)p->nr);
			lr_test_reads_add(r->t, &k);
		} else {
			reads_phi_region(r, def->bb, depth + 1);
		}
		return;
	}
	case OP_SYMADDR:
	case OP_SETVAL:
	case OP_SETFVAL:
		return;
	case OP_SEL:
	case OP_FMADD:
		reads_of(r, def->src1, addr, depth + 1);
		reads_of(r, def->src2, addr, depth + 1);
		reads_of(r, def->src3, addr, depth + 1);
		return;
	default:
		break;
	}
	if ((def->opcode >= OP_BINARY && def->opcode <= OP_BINARY_END) ||
	    (def->opcode >= OP_BINCMP && def->opcode <= OP_BINCMP_END) ||
	    (def->opcode >= OP_FCMP_ORD && def->opcode <= OP_FCMP_UNO)) {
		reads_of(r, def->src1, addr, depth + 1);
		reads_of(r, def->src2, addr, depth + 1);
		return;
	}
	if ((def->opcode >= OP_UNOP && def->opcode <= OP_UNOP_END) || def->opcode == OP_SLICE) {
		reads_of(r, def->src, addr, depth + 1);
		return;
	}
	r->t->reads_known = 0;
}

static void reads_cond(struct reads *r, struct basic_block *bb, int depth)
{
	struct instruction *last = last_instruction(bb->insns);

	if (!last || bb_list_size(bb->children) < 2)
		return;
	if (last->opcode == OP_CBR)
		reads_of(r, last->cond, 0, depth + 1);
	else if (last->opcode == OP_SWITCH)
		reads_of(r, last->_cond, 0, depth + 1);
	else
		r->t->reads_known = 0;
}

/*
 * The value a branch on p compares with zero, through "== 0", "!= 0" and
 * casts that keep zero zero (not a truncation); *flip toggles for each
 * "== 0".  Its id: a pseudo register's number (unique in sparse), an
 * argument's number in a space of its own; 0 for anything else.
 */
static int cond_leaf(pseudo_t p, int *flip, int *pointer)
{
	struct symbol *type;
	struct instruction *def;
	int depth;

	for (depth = 0; depth < DEPTH_MAX && (def = def_of(p)); depth++) {
		if ((def->opcode == OP_SET_NE || def->opcode == OP_SET_EQ) &&
		    def->src2 && def->src2->type == PSEUDO_VAL && def->src2->value == 0) {
			if (def->opcode == OP_SET_EQ)
				*flip = !*flip;
			p = def->src1;
		} else if (is_cast(def->opcode) && def->opcode != OP_TRUNC) {
			p = def->src;
		} else {
			break;
		}
	}
	type = p ? sp_real_type(value_type(p)) : NULL;
	/* a pointer no join chose: its not-NULL side is a weak fact */
	*pointer = type && type->type == SYM_PTR && p->type != PSEUDO_PHI &&
		   !(def_of(p) && def_of(p)->opcode == OP_PHI);
	if (p && (p->type == PSEUDO_REG || p->type == PSEUDO_PHI) && p->nr > 0)
		return 2 * p->nr;
	if (p && p->type == PSEUDO_ARG)
		return 2 * p->nr + 1;
	return 0;
}

/* t's reads, location and branch direction for an edge out of br's block. */
static void edge_reads(const struct walk *w, struct instruction *br, struct lr_test *t, int branch)
{
	struct reads r;

	memset(&r, 0, sizeof(r));
	r.w = w;
	r.t = t;
	lr_test_reads_init(t);
	reads_cond(&r, br->bb, 0);
	t->loc = sp_loc(br->pos);
	/* sparse may branch on "x" for "if (!x)" with the targets swapped: no direction */
	t->branch = -1;
	if (br->opcode == OP_CBR) {
		int flip = 0;

		t->cond_value = cond_leaf(br->cond, &flip, &t->cond_pointer);
		t->cond_nonzero = branch ? !flip : flip;
	}
}

static void add_cbr_edges(const struct walk *w, int from, struct instruction *br, int to_true,
			  int to_false)
{
	struct lr_test test;
	struct lr_key ptr, ptr2;
	pseudo_t leaf;
	struct symbol *t;
	int nonzero = 1, implied, param = 0;

	memset(&test, 0, sizeof(test));
	flag_sets(w, br->bb, &test);
	if (to_true != to_false)
		edge_reads(w, br, &test, 1);
	if (lock_pointers_compared(w, br->cond, &test, &ptr, &ptr2, &nonzero)) {
		/* "if (ptl != pml)": the value is their equality */
		test.nonzero = nonzero;
		lr_block_add_edge(w->f, from, to_true, &test);
		test.nonzero = !nonzero;
		test.branch = 0;
		test.cond_nonzero = !test.cond_nonzero;
		if (to_false != to_true)
			lr_block_add_edge(w->f, from, to_false, &test);
		return;
	}
	test.kind = tested(w, br->cond, &test.result, &nonzero, &leaf, 0);
	if (test.kind == LR_TEST_PARAM)
		test.param = test.result;
	t = sp_real_type(value_type(leaf));
	if (test.kind == LR_TEST_NONE && t && t->type == SYM_PTR) {
		/* a NULL test of a pointer variable: "if (!pml)" */
		key_of(w, leaf, &ptr, 0);
		test.kind = LR_TEST_LOCKPTR;
		test.lockptr = &ptr;
	}
	/* the edge where leaf != 0: the true one if nonzero */
	implied = to_true != to_false && implies_param(w, leaf, &param, 0) == IMPLIES_PARAM;
	if (to_true == to_false || (test.kind == LR_TEST_NONE && !implied)) {
		test.kind = LR_TEST_NONE;
		lr_block_add_edge(w->f, from, to_true, test.nsets || test.reads_known ? &test : NULL);
		test.branch = 0;
		test.cond_nonzero = !test.cond_nonzero;
		if (to_false != to_true)
			lr_block_add_edge(w->f, from, to_false,
					  test.nsets || test.reads_known ? &test : NULL);
		return;
	}
	implied = implied && !(test.kind == LR_TEST_PARAM && test.param == param);
	test.implied_param = param;
	test.nonzero = nonzero;
	test.implies_param = implied && nonzero;
	lr_block_add_edge(w->f, from, to_true, &test);
	test.nonzero = !nonzero;
	test.implies_param = implied && !nonzero;
	test.branch = 0;
	test.cond_nonzero = !test.cond_nonzero;
	lr_block_add_edge(w->f, from, to_false, &test);
}

#define BLOCK(bb) ((int)(long)(bb)->priv - 1)

/*
 * The value of p in block bb when the phi 'phi' (of bb) is the constant
 * v: p is the phi, a constant, a cast of such, or "x ==/!= constant"
 * computed in bb.  Returns whether it could tell.
 */
static int value_given_phi(struct basic_block *bb, pseudo_t p, pseudo_t phi, long long v,
			   long long *out, int depth)
{
	struct instruction *def = def_of(p);
	long long a, b;

	if (!p || depth > DEPTH_MAX)
		return 0;
	if (p == phi) {
		*out = v;
		return 1;
	}
	if (p->type == PSEUDO_VAL) {
		*out = p->value;
		return 1;
	}
	if (!def || def->bb != bb)
		return 0;
	if (is_cast(def->opcode))
		return value_given_phi(bb, def->src, phi, v, out, depth + 1);
	if ((def->opcode == OP_SET_EQ || def->opcode == OP_SET_NE) &&
	    value_given_phi(bb, def->src1, phi, v, &a, depth + 1) &&
	    value_given_phi(bb, def->src2, phi, v, &b, depth + 1)) {
		*out = (a == b) == (def->opcode == OP_SET_EQ);
		return 1;
	}
	return 0;
}

/*
 * Jump threading for "a || b" computed as a value.  sparse evaluates
 * "if (unlikely(!pte || !same(pte)))" into a phi of the constant 1 (from
 * the !pte side) and the value of the second test, and branches on the
 * phi in a block that does nothing else; so the path that goes on does
 * not say pte != NULL, and the lock pending on pte stays pending there.
 * An edge from a predecessor whose phi source is a constant goes straight
 * to the successor that constant selects.  The join block must hold only
 * the phi, the computation of the condition from it, and the branch (no
 * call, store, phi source or lock context), so that skipping it changes
 * nothing but which edges exist.  Returns the block the edge from pred to
 * child leads to.
 */
static struct basic_block *thread_target(struct basic_block *pred, struct basic_block *child)
{
	struct instruction *insn, *last = last_instruction(child->insns), *phi = NULL;
	pseudo_t src;
	long long v = 0, cond;
	int found = 0;

	if (!last || last->opcode != OP_CBR || !last->bb_true || !last->bb_false ||
	    last->bb_true == child || last->bb_false == child)
		return child;
	FOR_EACH_PTR(child->insns, insn) {
		if (!insn->bb || insn == last)
			continue;
		if (insn->opcode == OP_PHI && !phi) {
			phi = insn;
			continue;
		}
		if (!is_cast(insn->opcode) && insn->opcode != OP_SET_EQ && insn->opcode != OP_SET_NE)
			return child;
	} END_FOR_EACH_PTR(insn);
	if (!phi)
		return child;
	FOR_EACH_PTR(phi->phi_list, src) {
		struct instruction *ps = def_of(src);

		if (ps && ps->opcode == OP_PHISOURCE && ps->bb == pred) {
			if (found || !ps->phi_src || ps->phi_src->type != PSEUDO_VAL)
				return child;
			v = ps->phi_src->value;
			found = 1;
		}
	} END_FOR_EACH_PTR(src);
	if (!found || !value_given_phi(child, last->cond, phi->target, v, &cond, 0))
		return child;
	return cond ? last->bb_true : last->bb_false;
}

static void translate_edges(const struct walk *w, struct basic_block *bb, int exit)
{
	struct instruction *last = last_instruction(bb->insns);
	struct basic_block *child;
	struct lr_test test;

	if (last && last->opcode == OP_CBR && last->bb_true && last->bb_false) {
		add_cbr_edges(w, BLOCK(bb), last, BLOCK(thread_target(bb, last->bb_true)),
			      BLOCK(thread_target(bb, last->bb_false)));
		return;
	}
	if (last && last->opcode == OP_RET) {
		lr_block_add_edge(w->f, BLOCK(bb), exit, NULL);
		return;
	}
	memset(&test, 0, sizeof(test));
	flag_sets(w, bb, &test);
	FOR_EACH_PTR(bb->children, child) {
		lr_block_add_edge(w->f, BLOCK(bb), BLOCK(thread_target(bb, child)),
				  test.nsets ? &test : NULL);
	} END_FOR_EACH_PTR(child);
}

void sp_function(struct lr_unit *unit, struct symbol *sym)
{
	struct symbol *fn = sp_real_type(sym), *arg;
	struct entrypoint *ep;
	struct basic_block *bb;
	const char **params;
	struct walk w;
	struct flags flags;
	int nparams, i, entry, exit;

	if (!fn || fn->type != SYM_FN || !sp_name(sym) || !(fn->stmt || fn->inline_stmt) ||
	    !sp_defined_claim(sym))
		return;
	nparams = symbol_list_size(fn->arguments);
	params = calloc(nparams + 1, sizeof(*params));
	i = 0;
	FOR_EACH_PTR(fn->arguments, arg) {
		params[i++] = sp_name(arg) ? sp_name(arg) : "";
	} END_FOR_EACH_PTR(arg);
	w.unit = unit;
	w.fn = fn;
	w.flags = &flags;
	flags.n = 0;
	w.f = lr_func_new(unit, sp_name(sym), sp_loc(sym->pos), nparams, params);
	free(params);
	if (!w.f)
		return;		/* the rule pack models this function: not even linearized */
	if (!fn->stmt) {
		/* a static inline function: give it a body of its own, as for its address */
		struct symbol_list *one = NULL;

		add_symbol(&one, sym);
		evaluate_symbol_list(one);
		free_ptr_list(&one);
	}
	expand_symbol(sym);
	ep = linearize_symbol(sym);
	if (!ep || !ep->entry)
		return;
	w.ep = ep;

	/*
	 * The reads of a phi's conditions need this CFG's dominators; first,
	 * since the postorder numbers share bb->priv, which numbers our blocks.
	 */
	domtree_build(ep);
	entry = lr_func_add_block(w.f);
	exit = lr_func_add_block(w.f);
	lr_func_set_entry_exit(w.f, entry, exit);
	FOR_EACH_PTR(ep->bbs, bb) {
		bb->priv = (void *)(long)(lr_func_add_block(w.f) + 1);
	} END_FOR_EACH_PTR(bb);
	lr_block_add_edge(w.f, entry, BLOCK(ep->entry->bb), NULL);

	/* blocks in order, so that stored lock pointers are known before use */
	FOR_EACH_PTR(ep->bbs, bb) {
		struct instruction *insn;

		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb)
				continue;
			if (insn->opcode == OP_CALL)
				translate_call(&w, BLOCK(bb), insn);
			else if (insn->opcode == OP_STORE) {
				translate_store(&w, BLOCK(bb), insn);
				translate_member_store(&w, BLOCK(bb), insn);
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	FOR_EACH_PTR(ep->bbs, bb) {
		translate_edges(&w, bb, exit);
	} END_FOR_EACH_PTR(bb);
}
