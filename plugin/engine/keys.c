// SPDX-License-Identifier: GPL-2.0
/*
 * Instance-key builders: the one spelling of the key grammar in engine.h,
 * used by every front end and by the engine (calls.c builds the keys of
 * effect paths from argument keys).  A key that does not fit LR_KEY_MAX is
 * cut and marked truncated; lr_func_call() counts it (drop counter 'key').
 * Every builder may be given the same key as input and output.
 */
#include <stdio.h>
#include <string.h>
#include "internal.h"

static void put(struct lr_key *k, int truncated, const char *fmt, const char *a,
		const char *b)
{
	char tmp[LR_KEY_MAX];
	int n = snprintf(tmp, sizeof(tmp), fmt, a, b);

	memcpy(k->s, tmp, sizeof(tmp));
	k->truncated = truncated || n < 0 || n >= LR_KEY_MAX;
}

void lr_key_unknown(struct lr_key *k)
{
	put(k, 0, "?", NULL, NULL);
}

void lr_key_var(struct lr_key *k, const char *name)
{
	put(k, 0, "%s", name, NULL);
}

void lr_key_temp(struct lr_key *k, unsigned version)
{
	char n[32];

	snprintf(n, sizeof(n), "%u", version);
	put(k, 0, "_%s", n, NULL);
}

void lr_key_decl(struct lr_key *k, unsigned uid)
{
	char n[32];

	snprintf(n, sizeof(n), "%u", uid);
	put(k, 0, "D%s", n, NULL);
}

void lr_key_const(struct lr_key *k, long value)
{
	char n[32];

	snprintf(n, sizeof(n), "%ld", value);
	put(k, 0, "#%s", n, NULL);
}

void lr_key_addr(struct lr_key *k, const struct lr_key *obj)
{
	char o[LR_KEY_MAX];

	memcpy(o, obj->s, sizeof(o));
	put(k, obj->truncated, "&%s", o, NULL);
}

void lr_key_member(struct lr_key *k, const struct lr_key *base, const char *field)
{
	char b[LR_KEY_MAX];

	memcpy(b, base->s[0] == '&' ? base->s + 1 : base->s, sizeof(b) - 1);
	b[sizeof(b) - 1] = '\0';
	put(k, base->truncated, "%s.%s", b, field ? field : "?");
}

void lr_key_pointee(struct lr_key *k, const struct lr_key *ptr)
{
	char p[LR_KEY_MAX];

	memcpy(p, ptr->s[0] == '&' ? ptr->s + 1 : ptr->s, sizeof(p) - 1);
	p[sizeof(p) - 1] = '\0';
	put(k, ptr->truncated, "%s", p, NULL);
}

void lr_key_deref(struct lr_key *k, const struct lr_key *ptr)
{
	char p[LR_KEY_MAX];

	memcpy(p, ptr->s[0] == '&' ? ptr->s + 1 : ptr->s, sizeof(p) - 1);
	p[sizeof(p) - 1] = '\0';
	put(k, ptr->truncated, ptr->s[0] == '&' ? "%s" : "*%s", p, NULL);
}
