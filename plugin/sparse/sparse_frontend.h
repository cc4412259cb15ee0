/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared between the sparse front end's files: sparse_main.c (the CHECK=
 * program: arguments, options handed to the engine, diagnostics),
 * sparse_ir.c (sparse's linearized IR to the engine's calls, stores and
 * edges), sparse_types.c (struct members from offsets, through sparse's
 * type information) and sparse_init.c (functions stored by static
 * initializers).  Compiled with sparse's headers and the engine's public
 * header only (plugin/engine/include/engine.h).
 */
#ifndef LOCKRULES_SPARSE_FRONTEND_H
#define LOCKRULES_SPARSE_FRONTEND_H

#include "engine.h"

struct symbol;
struct entrypoint;
struct expression;

/* ---------------------------------------------------------- sparse_types.c */

#define SP_CHAIN_MAX 8

/* The members an offset into a struct names: outermost first, anonymous ones left out. */
struct sp_chain {
	int n;
	const char *records[SP_CHAIN_MAX];	/* the struct tag holding fields[i] (nearest named) */
	const char *fields[SP_CHAIN_MAX];
	struct symbol *leaf;			/* the type of the last member */
};

/* The type with typedefs and declarations stripped (a SYM_STRUCT, SYM_PTR...). */
struct symbol *sp_real_type(struct symbol *t);
/* The struct or union a pointer type points to, or NULL. */
struct symbol *sp_pointee_record(struct symbol *ptr_type);
/* A struct's tag, or NULL. */
const char *sp_record_tag(struct symbol *rec);
/*
 * The members of record 'rec' at byte offset 'off' whose type is 'want'
 * (a load's or an address's type; NULL: any).  A load names a scalar; an
 * address names the outermost member starting there whose type is 'want'.
 * Returns 0 when no member fits (chain->n == 0).
 */
int sp_member_at(struct symbol *rec, long off, struct symbol *want, int scalar,
		 struct sp_chain *chain);
/* The enumerator of enum type 'type' whose value is v, or NULL. */
const char *sp_enumerator(struct symbol *type, long long v);
/* A symbol's name, or NULL. */
const char *sp_name(struct symbol *sym);

/* ---------------------------------------------------------- sparse_ir.c */

/*
 * The unit's functions, noted before the walk (every declaration in the
 * file scope): calls to them are the engine's CALLs, and a static inline
 * one that a walked function calls is queued to be walked too.
 */
void sp_defined_reset(void);
void sp_defined_note(struct symbol *fn);
int sp_defined_claim(struct symbol *fn);
struct symbol *sp_defined_next(void);
/* Linearize one function and hand it over to the engine's unit (once). */
void sp_function(struct lr_unit *unit, struct symbol *fn);
/* The location of a sparse position, for the engine. */
struct lr_loc sp_loc(struct position pos);	/* needs token.h */

/* ---------------------------------------------------------- sparse_init.c */

/* A variable's initializer: the functions it stores in members. */
void sp_initializer(struct lr_unit *unit, struct symbol *var);

#endif
