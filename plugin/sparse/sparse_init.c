// SPDX-License-Identifier: GPL-2.0
/*
 * Functions stored by static initializers:
 *
 *   static const struct mm_walk_ops ops = { .pmd_entry = f };
 *
 * sparse's evaluated initializer is a list of positions (EXPR_POS: an
 * offset and a value); the offset names the member through the record's
 * type (sparse_types.c), and a value that is a function's address tells
 * the engine which member the function is stored in
 * (lr_unit_func_stored).  Stores in function bodies are sparse_ir.c's.
 *
 * Debugging: --lockrules-debug=FUNC shows whether FUNC got a caller's
 * contract (its entry locks).
 */
#include "lib.h"
#include "symbol.h"
#include "expression.h"
#include "sparse_frontend.h"

/* The function an initializer value names: f, &f, (cast)f. */
static struct symbol *function_of(struct expression *e)
{
	int depth = 0;

	while (e && depth++ < 8) {
		switch (e->type) {
		case EXPR_CAST:
		case EXPR_FORCE_CAST:
		case EXPR_IMPLIED_CAST:
			e = e->cast_expression;
			continue;
		case EXPR_PREOP:
			if (e->op != '&' && e->op != '*')
				return NULL;
			e = e->unop;
			continue;
		case EXPR_SYMBOL: {
			struct symbol *t = sp_real_type(e->symbol);

			return t && t->type == SYM_FN ? e->symbol : NULL;
		}
		default:
			return NULL;
		}
	}
	return NULL;
}

static void walk(struct lr_unit *unit, struct symbol *type, struct expression *init, int depth)
{
	struct expression *e;

	type = sp_real_type(type);
	if (!type || !init || init->type != EXPR_INITIALIZER || depth > 8)
		return;
	if (type->type == SYM_ARRAY) {
		/* each element: a record of the element type */
		FOR_EACH_PTR(init->expr_list, e) {
			struct expression *v = e->type == EXPR_POS ? e->init_expr : e;

			walk(unit, type->ctype.base_type, v, depth + 1);
		} END_FOR_EACH_PTR(e);
		return;
	}
	if (type->type != SYM_STRUCT && type->type != SYM_UNION)
		return;
	FOR_EACH_PTR(init->expr_list, e) {
		struct sp_chain c;
		struct expression *v;
		struct symbol *fn;
		int scalar;

		if (e->type != EXPR_POS)
			continue;
		v = e->init_expr;
		scalar = !v || v->type != EXPR_INITIALIZER;
		if (!sp_member_at(type, e->init_offset, NULL, scalar, &c))
			continue;
		if (!scalar) {
			walk(unit, c.leaf, v, depth + 1);
			continue;
		}
		fn = function_of(v);
		if (fn && sp_name(fn))
			lr_unit_func_stored(unit, sp_name(fn), c.records[c.n - 1], c.fields[c.n - 1]);
	} END_FOR_EACH_PTR(e);
}

void sp_initializer(struct lr_unit *unit, struct symbol *var)
{
	if (var && var->initializer)
		walk(unit, var, var->initializer, 0);
}
