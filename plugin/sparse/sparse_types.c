// SPDX-License-Identifier: GPL-2.0
/*
 * Struct members from offsets, through sparse's type information.
 *
 * sparse's linearized IR has no member names: "vmf->ptl" is a load at
 * offset 32 from the pointer vmf, "&mm->mmap_lock" an add of a constant.
 * The IR keeps the types, though: a load's type is the member's type, an
 * address's type points to it, and the base pointer's type names the
 * struct.  This file turns (struct, offset, type) back into the chain of
 * members GCC's COMPONENT_REFs spell, "mm_struct.mmap_lock", so that the
 * engine can be asked about the pack's 'field' lines, and names the
 * enumerator of an enum constant (an argument pattern such as NR_MLOCK).
 * Anonymous structs and unions are looked through; a member inside one is
 * reported with the nearest named struct's tag.
 *
 * Debugging: test-linearize (built with libsparse) prints the IR whose
 * offsets these are.
 */
#include <stdlib.h>
#include <string.h>
#include "lib.h"
#include "token.h"
#include "symbol.h"
#include "expression.h"
#include "sparse_frontend.h"

static unsigned long hash_id(const struct ident *id)
{
	return ((unsigned long)id >> 4) * 2654435761UL;
}

static unsigned long old_cap_or(unsigned long cap)
{
	return cap ? 2 * cap : 1UL << 12;
}

/*
 * An identifier as a C string that lives as long as the program: sparse's
 * show_ident() reuses four static buffers, and idents are not
 * NUL-terminated.  Interned per ident (each name has one).
 */
struct name {
	const struct ident *id;
	char *s;
};

static struct name *names;
static unsigned long names_cap, names_used;

static const char *ident_name(const struct ident *id)
{
	unsigned long i;

	if (names_used * 2 >= names_cap) {
		struct name *old = names;
		unsigned long j, cap = old_cap_or(names_cap);

		names = calloc(cap, sizeof(*names));
		for (j = 0; j < names_cap; j++)
			if (old[j].id) {
				for (i = hash_id(old[j].id) & (cap - 1); names[i].id; i = (i + 1) & (cap - 1))
					;
				names[i] = old[j];
			}
		free(old);
		names_cap = cap;
	}
	for (i = hash_id(id) & (names_cap - 1); names[i].id; i = (i + 1) & (names_cap - 1))
		if (names[i].id == id)
			return names[i].s;
	names[i].id = id;
	names[i].s = malloc(id->len + 1);
	memcpy(names[i].s, id->name, id->len);
	names[i].s[id->len] = '\0';
	names_used++;
	return names[i].s;
}

const char *sp_name(struct symbol *sym)
{
	return sym && sym->ident ? ident_name(sym->ident) : NULL;
}

struct symbol *sp_real_type(struct symbol *t)
{
	int depth = 0;

	while (t && depth++ < 16 && (t->type == SYM_NODE || t->type == SYM_TYPEOF))
		t = t->ctype.base_type;
	return t;
}

struct symbol *sp_pointee_record(struct symbol *ptr_type)
{
	struct symbol *t = sp_real_type(ptr_type);

	if (!t || t->type != SYM_PTR)
		return NULL;
	t = sp_real_type(t->ctype.base_type);
	return t && (t->type == SYM_STRUCT || t->type == SYM_UNION) ? t : NULL;
}

const char *sp_record_tag(struct symbol *rec)
{
	rec = sp_real_type(rec);
	return rec && (rec->type == SYM_STRUCT || rec->type == SYM_UNION) ? sp_name(rec) : NULL;
}

static int is_record(struct symbol *t)
{
	return t && (t->type == SYM_STRUCT || t->type == SYM_UNION);
}

static long bytes_of(struct symbol *member, struct symbol *type)
{
	int bits = member->bit_size > 0 ? member->bit_size : type ? type->bit_size : 0;

	return bits > 0 ? (bits + 7) / 8 : 0;
}

/* Depth-first over the members of rec covering off; tag: the nearest named tag. */
static int walk(struct symbol *rec, const char *tag, long off, struct symbol *want, int scalar,
		struct sp_chain *c, int depth)
{
	struct symbol *m;

	if (depth >= SP_CHAIN_MAX)
		return 0;
	if (sp_name(rec))
		tag = sp_name(rec);
	FOR_EACH_PTR(rec->symbol_list, m) {
		struct symbol *t = sp_real_type(m);
		long start = (long)m->offset, size = bytes_of(m, t);
		int n = c->n;

		if (off < start || (size && off >= start + size) || (!size && off != start))
			continue;
		if (m->ident) {
			c->records[c->n] = tag;
			c->fields[c->n] = sp_name(m);
			c->n++;
		}
		c->leaf = t;
		if (off == start && !scalar && (!want || sp_real_type(want) == t) && m->ident)
			return 1;	/* the address of this member */
		if (is_record(t)) {
			if (walk(t, tag, off - start, want, scalar, c, depth + 1))
				return 1;
		} else if (off == start && scalar && m->ident &&
			   (!want || sp_real_type(want) == t || bytes_of(m, t) == bytes_of(want, sp_real_type(want)))) {
			return 1;	/* the scalar a load reads */
		}
		c->n = n;	/* another union member may fit */
	} END_FOR_EACH_PTR(m);
	return 0;
}

int sp_member_at(struct symbol *rec, long off, struct symbol *want, int scalar, struct sp_chain *c)
{
	c->n = 0;
	c->leaf = NULL;
	rec = sp_real_type(rec);
	if (!is_record(rec) || walk(rec, NULL, off, want, scalar, c, 0))
		return c->n;
	/* no member of that type starts there: the outermost named one that does */
	c->n = 0;
	if (!scalar && walk(rec, NULL, off, NULL, 0, c, 0))
		return c->n;
	c->n = 0;
	return 0;
}

const char *sp_enumerator(struct symbol *type, long long v)
{
	struct symbol *e, *t = sp_real_type(type);

	if (!t || t->type != SYM_ENUM)
		return NULL;
	FOR_EACH_PTR(t->symbol_list, e) {
		struct expression *init = e->initializer;

		if (init && init->type == EXPR_VALUE && (long long)init->value == v)
			return sp_name(e);
	} END_FOR_EACH_PTR(e);
	return NULL;
}
