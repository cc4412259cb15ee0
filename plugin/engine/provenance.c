// SPDX-License-Identifier: GPL-2.0
/*
 * Provenance decisions a front end would otherwise have to make itself:
 * what a chain of struct members, a variable or a loaded pointer says about
 * the lock it names.  A front end walks its own IR (GIMPLE's COMPONENT_REF
 * chains, sparse's load/add offsets resolved through type information) and
 * hands the facts over; which member is a lock, which member only wraps
 * one (spinlock.rlock), which variable cannot hold a lock of the pack, is
 * the engine's to say, from the rule pack.
 *
 *   lr_unit_member_chain_class()  x.f1.f2...fn: the lock's class and object
 *   lr_func_var_class()           a variable: a slot, a global, or unknown
 *   lr_func_loaded_class()        a pointer loaded from a member or a variable
 *
 * Debugging: 'debug=FUNC' prints the events these classes ended up in.
 */
#include "internal.h"

int lr_unit_member_chain_class(const struct lr_unit *u, int n, const char *const *records,
			       const char *const *fields, int *object)
{
	int i, cls;

	for (i = n - 1; i >= 0; i--) {
		switch (lr_unit_member(u, records[i], fields[i], &cls)) {
		case LR_MEMBER_LOCK:
			*object = i;		/* the lock lives in base.f1...f(i) */
			return cls;
		case LR_MEMBER_WRAPPER:
			continue;		/* spinlock.rlock: the outer object is the lock */
		case LR_MEMBER_LOCKPTR:
		case LR_MEMBER_NONE:
			break;
		}
		/* a lock member the pack does not name: &zone->lock */
		*object = i + 1;
		return LR_CLASS_UNTRACKED;
	}
	*object = 0;
	return LR_CLASS_UNKNOWN;
}

int lr_func_var_class(const struct lr_func *f, const struct lr_key *var, int is_global)
{
	int cls = lr_func_slot(f, var);

	if (cls >= 0)
		return cls;
	/* a global lock such as mmlist_lock is none of the pack's classes */
	return is_global ? LR_CLASS_UNTRACKED : LR_CLASS_UNKNOWN;
}

int lr_func_loaded_class(const struct lr_func *f, const char *record, const char *field,
			 const struct lr_key *from)
{
	int cls;

	if (f && field && lr_unit_member(f->unit, record, field, &cls) == LR_MEMBER_LOCKPTR)
		return cls;
	/* a local the lock pointer was stored to earlier */
	return lr_func_slot(f, from);
}
