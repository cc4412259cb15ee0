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

void lr_test_reads_init(struct lr_test *t)
{
	t->reads_known = 1;
	t->reads_coarse = 0;
	t->nreads = 0;
}

/* The variable a key starts from: "vma.vm_file.f_mapping" is "vma". */
static void coarsen(struct lr_key *k)
{
	char *p = k->s;

	while (*p == '*' || *p == '&')
		p++;
	memmove(k->s, p, strlen(p) + 1);
	p = strchr(k->s, '.');
	if (p)
		*p = '\0';
}

/*
 * A key that names nothing certain ('?', truncated) makes the reads
 * unknown.  A member of an anonymous struct or union (".?") is the
 * member of the struct around it, as in C: "vma.?.vm_flags" is
 * "vma.vm_flags".
 */
void lr_test_reads_add(struct lr_test *t, const struct lr_key *k)
{
	struct lr_key c;
	char *q;
	int i;

	if (!t->reads_known)
		return;
	c = *k;
	while ((q = strstr(c.s, ".?")) && (q[2] == '.' || q[2] == '\0'))
		memmove(q, q + 2, strlen(q + 2) + 1);
	if (c.truncated || !c.s[0] || strchr(c.s, '?')) {
		t->reads_known = 0;
		return;
	}
	if (t->reads_coarse)
		coarsen(&c);
	for (i = 0; i < t->nreads; i++)
		if (!strcmp(t->reads[i].s, c.s))
			return;
	if (t->nreads == LR_MAX_TEST_READS && !t->reads_coarse) {
		/* too many: each key becomes its variable's ("vma.vm_flags": "vma") */
		struct lr_test tmp = *t;

		t->nreads = 0;
		t->reads_coarse = 1;
		for (i = 0; i < tmp.nreads; i++)
			lr_test_reads_add(t, &tmp.reads[i]);
		lr_test_reads_add(t, &c);
		return;
	}
	if (t->nreads == LR_MAX_TEST_READS) {
		t->reads_known = 0;
		return;
	}
	t->reads[t->nreads++] = c;
}
