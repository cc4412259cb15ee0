// SPDX-License-Identifier: GPL-2.0
/*
 * rules2cocci: write Coccinelle semantic matches from the rule pack, so that
 * `make coccicheck` checks the same rules as the plugin.  One .cocci per rule,
 * in the template its 'cocci' line names (no rule id or class is named here):
 *
 *   - released (the default): a lock the rule needs is released
 *     (mmap_read_unlock(E), spin_unlock(E) of a ptl that pmd_lock()
 *     returned, ...) and the guarded call follows on some path without a
 *     needed lock taken again;
 *   - sibling: a lock of the need's family but not the need taken (for
 *     mlock-count: PG_mlocked tested non-atomically), then the guarded call
 *     with no needed lock taken in between;
 *   - missing TRIGGER MISSING [patch]: the trigger class taken, then the
 *     guarded call, with the missing class taken nowhere in the function
 *     before it; 'patch' adds a patch mode turning __fn() into fn();
 *   - lock-order.cocci: per ordered pair, the inner lock taken and the outer
 *     one taken blocking before the inner is released.
 *
 * Source-level matching sees macros as written (pte_unmap_unlock) but not
 * what other functions do: see NOTES for what each tool catches.
 *
 *   rules2cocci RULES OUTDIR
 */
#define _GNU_SOURCE	/* memmem() */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules.h"

#define MAX_NAMES 128

struct names {
	int n;
	const char *v[MAX_NAMES];
	const struct lr_guard_call *call[MAX_NAMES];
	const struct lr_guard_store *store[MAX_NAMES];	/* a guarded store: "SE->FIELD = SV" */
};

static void add_name(struct names *s, const char *name, const struct lr_guard_call *call)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (!strcmp(s->v[i], name))
			return;
	if (s->n < MAX_NAMES) {
		s->call[s->n] = call;
		s->v[s->n++] = name;
	}
}

/* The packs of both kernel versions: names of either count. */
static struct lr_pack *packs[2];
static const int versions[2] = { LR_VERSION(6, 12), LR_VERSION(6, 1) };

static int class_in(const struct lr_pack *pack, int cls, const char *name)
{
	return cls >= 0 && !strcmp(pack->classes[cls].name, name);
}

/*
 * APIs whose effect of 'kind' is on class 'cls' (by name), in either pack;
 * cls NULL: the primitives whose class comes from the argument.  An
 * acquisition counts from min_mode up (lock order names vma:W, not vma:R).
 */
static void apis_mode(const char *cls, enum lr_effect_kind kind, int blocking_only,
		      int with_ret, enum lr_mode min_mode, struct names *out)
{
	int p, i, j;

	for (p = 0; p < 2; p++) {
		const struct lr_pack *pack = packs[p];

		for (i = 0; i < pack->napis; i++) {
			const struct lr_api *api = &pack->apis[i];
			int match = 0, gives_back = 0;

			for (j = 0; j < api->neffects; j++) {
				const struct lr_effect *e = &api->effects[j];

				/* vma_end_write_all(): every VMA lock, mmap_lock kept */
				if (kind == LR_EFF_RELEASE && e->path.kind == LR_PATH_ALL &&
				    api->neffects == 1)
					continue;
				if (e->kind == kind &&
				    (cls ? class_in(pack, e->cls, cls) && e->path.kind != LR_PATH_BYARG :
					   e->path.kind == LR_PATH_BYARG) &&
				    (!blocking_only || !e->is_try) &&
				    (kind != LR_EFF_ACQUIRE || e->mode >= min_mode) &&
				    (!with_ret || e->path.kind == LR_PATH_RET))
					match = 1;
				/* mmap_write_downgrade releases and retakes mmap_lock */
				if (kind == LR_EFF_RELEASE && e->kind == LR_EFF_ACQUIRE)
					gives_back = 1;
			}
			if (match && !gives_back)
				add_name(out, api->name, NULL);
		}
	}
}

static void apis_with(const char *cls, enum lr_effect_kind kind, int blocking_only,
		      int with_ret, struct names *out)
{
	apis_mode(cls, kind, blocking_only, with_ret, LR_MODE_NONE, out);
}

static void print_alts(FILE *f, const struct names *s, const char *pos, const char *star,
		       const char *args)
{
	int i;

	fprintf(f, "(\n");
	for (i = 0; i < s->n; i++)
		fprintf(f, "%s%s%s%s%s(%s)\n", i ? "|\n" : "", star, s->v[i], pos ? "@" : "",
			pos ? pos : "", args);
	fprintf(f, ")\n");
}

/*
 * Does a guarded call's pattern name an enumerator?  Without one (every
 * argument '_' or '@CLASS', a page table the engine compares) the match is
 * on the name alone, whatever the arity.
 */
static int names_enumerator(const struct lr_guard_call *c)
{
	int k;

	for (k = 0; c && k < c->nargs; k++)
		if (strcmp(c->argpat[k], "_"))
			return 1;
	return 0;
}

/* A guarded call's arguments: "..." or e<k> and enumerators: e0, NR_MLOCK, e2 */
static void print_args(FILE *f, const struct lr_guard_call *c)
{
	int k;

	if (!names_enumerator(c)) {
		fprintf(f, "...");
		return;
	}
	for (k = 0; c && k < c->nargs; k++)
		if (!strcmp(c->argpat[k], "_"))
			fprintf(f, "%se%d", k ? ", " : "", k);
		else
			fprintf(f, "%s%s", k ? ", " : "", c->argpat[k]);
}

/*
 * The guarded calls, with enumerator argument patterns kept: fn(e0, NR_MLOCK,
 * e2); and the guarded stores, "SE->vm_start@p2 = SV" (a 'nonnull' one after
 * a branch that takes the store of NULL: disjunctions match in order).
 */
static void print_guards(FILE *f, const struct names *s, const char *pos, const char *star)
{
	int i;

	fprintf(f, "(\n");
	for (i = 0; i < s->n; i++) {
		if (s->store[i]) {
			if (s->store[i]->nonnull)
				fprintf(f, "%sSE->%s = NULL\n", i ? "|\n" : "", s->store[i]->field);
			fprintf(f, "%s%sSE->%s%s%s = SV\n", i || s->store[i]->nonnull ? "|\n" : "",
				star, s->store[i]->field, pos ? "@" : "", pos ? pos : "");
			continue;
		}
		fprintf(f, "%s%s%s%s%s(", i ? "|\n" : "", star, s->v[i], pos ? "@" : "", pos ? pos : "");
		print_args(f, s->call[i]);
		fprintf(f, ")\n");
	}
	fprintf(f, ")\n");
}

static void guard_names(const char *rule_id, struct names *out)
{
	int p, j;

	for (p = 0; p < 2; p++) {
		const struct lr_rule *r = lr_pack_rule(packs[p], rule_id);

		for (j = 0; r && j < r->ncalls; j++)
			add_name(out, r->calls[j].name, &r->calls[j]);
		for (j = 0; r && j < r->nstores; j++) {
			int n = out->n;

			add_name(out, r->stores[j].field, NULL);
			if (out->n > n)
				out->store[n] = &r->stores[j];
		}
	}
}

static void prelude(FILE *f, const char *rule_id);

static void header(FILE *f, const struct lr_rule *r, const char *what, const char *how,
		   const char *confidence, int patch)
{
	fprintf(f, "// SPDX-License-Identifier: GPL-2.0\n");
	fprintf(f, "/// %s [lockrules:%s]\n", what, r->id);
	fprintf(f, "///\n");
	fprintf(f, "//# Generated from rules/mm.rules (rule %s) by lockrules' plugin/tools/rules2cocci.c:\n",
		r->id);
	fprintf(f, "//# change the rule pack and run 'make cocci', not this file.\n");
	fprintf(f, "//# %s\n", how);
	fprintf(f, "//# Rule: %s\n", r->cite);
	fprintf(f, "//\n");
	fprintf(f, "// Confidence: %s\n", confidence);
	fprintf(f, "// Copyright: (C) 2026 The lockrules authors.\n");
	fprintf(f, "// Comments: the GCC plugin checks the same rule with the locks held on every path\n");
	fprintf(f, "// Options: --no-includes --include-headers\n\n");
	if (patch)
		fprintf(f, "virtual patch\n");
	fprintf(f, "virtual context\nvirtual org\nvirtual report\n\n");
	prelude(f, r->id);
}

static void scripts(FILE *f, const char *rule, const char *msg, const char *second)
{
	fprintf(f, "@script:python depends on org@\np1 << %s.p1;\np2 << %s.p2;\n@@\n\n", rule, rule);
	fprintf(f, "lr_org(p2, \"%s\", p1, \"%s\")\n\n", msg, second);
	fprintf(f, "@script:python depends on report@\np1 << %s.p1;\np2 << %s.p2;\n@@\n\n", rule, rule);
	fprintf(f, "lr_report(p2[0], \"%s (%s line %%s)\" %% (p1[0].line))\n",
		msg, second);
}

static void describe_pair(const struct lr_pack *pack, int outer, int inner, char *a, char *b)
{
	struct lr_atom x = { outer, LR_MODE_NONE }, y = { inner, LR_MODE_NONE };

	lr_atom_describe(pack, &x, a, 160);
	lr_atom_describe(pack, &y, b, 160);
}

/* Classes every alternative of the need names: releasing one breaks it. */
static int essential(const struct lr_need *need, int cls)
{
	int i, j, in;

	for (i = 0; i < need->nalts; i++) {
		in = 0;
		for (j = 0; j < need->alts[i].natoms; j++)
			in |= need->alts[i].atoms[j].cls == cls;
		if (!in && need->alts[i].natoms > 1)
			return 0;
	}
	return 1;
}

/* APIs that hand back a lock pointer of a class: in ret, or through an out-parameter. */
static void lock_sources(const char *cls, enum lr_path_kind where, struct names *out)
{
	int p, i, j;

	for (p = 0; p < 2; p++)
		for (i = 0; i < packs[p]->napis; i++) {
			const struct lr_api *api = &packs[p]->apis[i];

			for (j = 0; j < api->neffects; j++) {
				const struct lr_effect *e = &api->effects[j];

				if ((e->kind == LR_EFF_ACQUIRE || e->kind == LR_EFF_LOCKPTR) &&
				    class_in(packs[p], e->cls, cls) && e->path.kind == where &&
				    (where != LR_PATH_DEREF || e->path.param == api->nparams - 1))
					add_name(out, api->name, NULL);
			}
		}
}

static void print_when_not(FILE *f, const struct names *acq, const char *extra)
{
	int i;

	fprintf(f, "... when != \\(");
	for (i = 0; i < acq->n; i++)
		fprintf(f, "%s%s(...)", i ? "\\|" : "", acq->v[i]);
	if (extra)
		fprintf(f, "%s%s", acq->n ? "\\|" : "", extra);
	fprintf(f, "\\)\n");
}

/*
 * How the source spells what an entry glob of the pack matches after
 * preprocessing: SYSCALL_DEFINEx(name, ...) defines __do_sys_name() (and
 * __se_sys_name()); spatch expands the macro to a function 'name' whose
 * position is just after "SYSCALL_DEFINEx(".  An entry glob not listed
 * here has no source form and stays a plugin-only root.
 */
static const struct {
	const char *prefix, *macro;
} entry_macros[] = {
	{ "__do_sys_", "SYSCALL_DEFINE" },
	{ "__se_sys_", "SYSCALL_DEFINE" },
	{ "__do_compat_sys_", "COMPAT_SYSCALL_DEFINE" },
	{ "__se_compat_sys_", "COMPAT_SYSCALL_DEFINE" },
};

static void py_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++)
		fprintf(f, *s == '"' || *s == '\\' ? "\\%c" : "%c", *s);
	fputc('"', f);
}

/*
 * The kernel versions a rule exists in (its 'since'/'until' lines): the
 * pack parsed for every 6.x release.  A report in a tree outside them (the
 * tree's top Makefile says which) is dropped: coccicheck has no version.
 */
static const char *pack_text, *pack_file;

/*
 * An effect conditional on a constant argument ('if fgp_flags & 0x2') cannot
 * be judged in the source, where the constant is a macro (FGP_LOCK): a
 * match would count every __filemap_get_folio() as taking the folio lock.
 * The generated rules leave such effects out.
 */
static void drop_arg_effects(struct lr_pack *pack)
{
	int i, j, n;

	for (i = 0; i < pack->napis; i++) {
		struct lr_api *api = &pack->apis[i];

		for (j = n = 0; j < api->neffects; j++)
			if (api->effects[j].arg.test == LR_ARG_ANY)
				api->effects[n++] = api->effects[j];
			else
				free(api->effects[j].path.field);
		api->neffects = n;
	}
}

static void rule_range(const char *rule_id, int *lo, int *hi)
{
	char err[1024];
	int m;

	*lo = *hi = 0;
	for (m = 0; m <= 20; m++) {
		struct lr_pack *pk = lr_pack_parse(pack_text, pack_file, LR_VERSION(6, m), err, sizeof(err));

		if (pk && lr_pack_rule(pk, rule_id)) {
			if (!*lo)
				*lo = m ? m : -1;
			*hi = m;
		}
		if (pk)
			lr_pack_free(pk);
	}
}

/* Shared by every file: one report per position, the entry macros of the pack. */
static void prelude(FILE *f, const char *rule_id)
{
	const struct lr_pack *pack = packs[0];
	int i, k, n = 0, lo = 0, hi = 0;
	const char *seen[16];

	fprintf(f, "@initialize:python@\n@@\n\nimport linecache, os, re\nlr_seen = set()\nlr_fn = {}\n");
	/* positions a later rule cleared (a path that holds no lock there): not reported */
	fprintf(f, "lr_excl = set()\n");
	if (rule_id)
		rule_range(rule_id, &lo, &hi);
	/* 6.0 and 6.20 bound the releases the generator asks about: no limit there */
	fprintf(f, "# the 6.x releases the rule exists in (rules/mm.rules since/until)\n");
	fprintf(f, "lr_range = (%d, %d)\n", lo > 0 ? lo : 0, hi && hi < 20 ? hi : 999);
	fprintf(f, "# the pack's entry points, as the source defines them (SYSCALL_DEFINEx)\nlr_entries = [");
	for (i = 0; i < pack->nentries; i++)
		for (k = 0; k < (int)(sizeof(entry_macros) / sizeof(entry_macros[0])); k++) {
			size_t l = strlen(entry_macros[k].prefix);
			int j, dup = 0;

			if (strncmp(pack->entries[i].pattern, entry_macros[k].prefix, l) ||
			    strcmp(pack->entries[i].pattern + l, "*"))
				continue;
			for (j = 0; j < n; j++)
				dup |= !strcmp(seen[j], entry_macros[k].macro);
			if (dup || n == 16)
				continue;
			seen[n++] = entry_macros[k].macro;
			fprintf(f, "(\"%s\", ", entry_macros[k].macro);
			py_string(f, pack->entries[i].what);
			fprintf(f, "), ");
		}
	fprintf(f, "]\n\n");
	fprintf(f, "lr_trees = {}\n"
		   "def lr_applies(path):\n"
		   "    # LOCKRULES_KERNEL=6.1: the release of a file outside its tree (a copy of a mutant)\n"
		   "    env = re.match(r'^(\\d+)\\.(\\d+)', os.environ.get('LOCKRULES_KERNEL', ''))\n"
		   "    if env:\n"
		   "        v = (int(env.group(1)), int(env.group(2)))\n"
		   "        return v[0] != 6 or lr_range[0] <= v[1] <= lr_range[1]\n"
		   "    d = os.path.dirname(os.path.abspath(path))\n"
		   "    while d not in lr_trees and d != os.path.dirname(d):\n"
		   "        mk = os.path.join(d, 'Makefile')\n"
		   "        if os.path.isfile(os.path.join(d, 'Kbuild')) and os.path.isfile(mk):\n"
		   "            head = open(mk, errors='replace').read(2000)\n"
		   "            v = re.search(r'^VERSION = (\\d+)\\s+PATCHLEVEL = (\\d+)', head, re.M)\n"
		   "            lr_trees[d] = (int(v.group(1)), int(v.group(2))) if v else None\n"
		   "            break\n"
		   "        d = os.path.dirname(d)\n"
		   "    v = lr_trees.get(d)\n"
		   "    return v is None or v[0] != 6 or lr_range[0] <= v[1] <= lr_range[1]\n\n");
	fprintf(f, "def lr_key(p):\n"
		   "    return (p.file, p.line, p.column)\n\n"
		   "def lr_report(p, msg):\n"
		   "    k = lr_key(p)\n"
		   "    if k not in lr_seen and k not in lr_excl and lr_applies(p.file):\n"
		   "        lr_seen.add(k)\n"
		   "        coccilib.report.print_report(p, msg)\n\n"
		   "def lr_org(p, msg, p1=None, second=None):\n"
		   "    k = (p[0].file, p[0].line, p[0].column, 'org')\n"
		   "    if k not in lr_seen and lr_key(p[0]) not in lr_excl and lr_applies(p[0].file):\n"
		   "        lr_seen.add(k)\n"
		   "        cocci.print_main(msg, p)\n"
		   "        if p1:\n"
		   "            cocci.print_secs(second, p1)\n\n"
		   "def lr_word(p, pat):\n"
		   "    m = re.search(pat, linecache.getline(p.file, int(p.line))[int(p.column):])\n"
		   "    return m.group(1) if m else ''\n\n"
		   "def lr_entry(p):\n"
		   "    text = linecache.getline(p.file, int(p.line))[:int(p.column)]\n"
		   "    for macro, what in lr_entries:\n"
		   "        if re.search(r'\\b%%s\\d\\(\\s*$' %% macro, text):\n"
		   "            return what\n"
		   "    return None\n\n");
}

/* The ways a ptl reaches a variable: E = fn(...), T I = fn(...), fn(..., &E). */
static const char *const unlock_of_E =
	"\\(spin_unlock@p1(E)\\|spin_unlock_irq@p1(E)\\|spin_unlock_irqrestore@p1(E, ...)\\|pte_unmap_unlock@p1(..., E)\\)";
static const char *const unlock_of_I =
	"\\(spin_unlock@p1(I)\\|spin_unlock_irq@p1(I)\\|spin_unlock_irqrestore@p1(I, ...)\\|pte_unmap_unlock@p1(..., I)\\)";

/* Where a needed lock goes away: an unlock API, or spin_unlock of a ptl some API gave. */
static void print_releases(FILE *f, const struct names *rel, const struct names *ret_src,
			   const struct names *out_src, const char *star)
{
	int i, first = 1;

	fprintf(f, "(\n");
	for (i = 0; i < rel->n; i++, first = 0)
		fprintf(f, "%s%s%s@p1(...);\n", first ? "" : "|\n", star, rel->v[i]);
	for (i = 0; i < ret_src->n; i++, first = 0) {
		fprintf(f, "%sE = %s(...);\n... when != E = V\n%s%s\n", first ? "" : "|\n",
			ret_src->v[i], star, unlock_of_E);
		fprintf(f, "|\nT I = %s(...);\n... when != I = V\n%s%s\n", ret_src->v[i], star,
			unlock_of_I);
	}
	for (i = 0; i < out_src->n; i++, first = 0) {
		fprintf(f, "%sV = %s(..., &E);\n... when != E = V\n%s%s\n", first ? "" : "|\n",
			out_src->v[i], star, unlock_of_E);
		fprintf(f, "|\nT I = %s(..., &E);\n... when != E = V\n%s%s\n", out_src->v[i], star,
			unlock_of_E);
	}
	fprintf(f, ")\n");
}

/* e<k> for each "_" argument of a guarded call: fn(e0, NR_MLOCK, e2) */
static void guard_metavars(FILE *f, const struct names *guards)
{
	int i, k, used[LR_MAX_PARAMS] = { 0 };

	int stores = 0;

	for (i = 0; i < guards->n; i++) {
		stores |= guards->store[i] != NULL;
		for (k = 0; names_enumerator(guards->call[i]) && k < guards->call[i]->nargs; k++)
			if (!strcmp(guards->call[i]->argpat[k], "_"))
				used[k] = 1;
	}
	for (k = 0; k < LR_MAX_PARAMS; k++)
		if (used[k])
			fprintf(f, "expression e%d;\n", k);
	/* a guarded store's object and value (the record's type is not checked) */
	if (stores)
		fprintf(f, "expression SE, SV;\n");
}

static void metavars(FILE *f, const char *rule, const char *deps, const struct names *guards,
		     int ptl)
{
	fprintf(f, "@%s depends on %s exists@\nposition p1, p2;\n", rule, deps);
	if (ptl)
		fprintf(f, "expression E, V;\nidentifier I;\ntype T;\n");
	guard_metavars(f, guards);
	fprintf(f, "@@\n\n");
}

/* A set of class numbers, with the mode a class must be held in at least. */
struct classes {
	int in[LR_MAX_CLASSES];
	enum lr_mode min[LR_MAX_CLASSES];
};

/* The classes a need names, and those that stand for one of them (ptl for the PMD ptl). */
static void need_classes(const struct lr_pack *pack, const struct lr_need *need, struct classes *x)
{
	int i, j, k;

	memset(x, 0, sizeof(*x));
	for (i = 0; i < need->nalts; i++)
		for (j = 0; j < need->alts[i].natoms; j++) {
			const struct lr_atom *a = &need->alts[i].atoms[j];

			for (k = 0; k < pack->nclasses; k++)
				if (lr_class_satisfies(pack, k, a->cls) &&
				    (!x->in[k] || a->mode < x->min[k])) {
					x->in[k] = 1;
					x->min[k] = a->mode;
				}
		}
}

/*
 * What shows a function handles a lock of the set itself: an acquisition
 * (from min_mode up when 'suff', else any), an assertion, a lock pointer
 * getter (pmd_lockptr() in assert_spin_locked()), a primitive whose class
 * comes from its argument (spin_lock(ptl), down_read(&mm->mmap_lock)), and
 * the lock's struct member itself (fields: E->mmap_lock).
 */
static void handled(const struct lr_pack *pack, const struct classes *x, int suff,
		    struct names *acq, struct names *fields)
{
	int k, i;

	for (k = 0; k < pack->nclasses; k++) {
		if (!x->in[k])
			continue;
		apis_mode(pack->classes[k].name, LR_EFF_ACQUIRE, 0, 0, suff ? x->min[k] : LR_MODE_NONE, acq);
		apis_with(pack->classes[k].name, LR_EFF_ASSERT, 0, 0, acq);
		apis_with(pack->classes[k].name, LR_EFF_LOCKPTR, 0, 0, acq);
		for (i = 0; fields && i < pack->nfields; i++)
			if (pack->fields[i].cls == k)
				add_name(fields, pack->fields[i].field, NULL);
	}
	apis_with(NULL, LR_EFF_ACQUIRE, 0, 0, acq);
}

static void print_handled(FILE *f, const struct names *acq, const struct names *fields)
{
	int i;

	fprintf(f, "... when != \\(");
	for (i = 0; i < acq->n; i++)
		fprintf(f, "%s%s(...)", i ? "\\|" : "", acq->v[i]);
	for (i = 0; i < fields->n; i++)
		fprintf(f, "\\|LE->%s\\|LE.%s", fields->v[i], fields->v[i]);
	/* past other calls of the pattern too (a second mmap_read_lock(), an earlier walk) */
	fprintf(f, "\\)\n    when any\n");
}

/*
 * Rule NAME: the guarded calls that a path from one of these locks reaches.
 * A lock held on some path to the call keeps the other rules silent there
 * ('position p2 != NAME.p2'), as the plugin is silent on held-on-some-paths.
 */
static void write_held(FILE *f, const char *name, const char *deps, const struct names *acq,
		       const struct names *fields, const struct names *guards)
{
	int i, first = 1;

	fprintf(f, "@%s%s exists@\nposition p2;\n", name, deps);
	if (fields && fields->n)
		fprintf(f, "expression LE;\n");
	guard_metavars(f, guards);
	fprintf(f, "@@\n\n(\n");
	for (i = 0; i < acq->n; i++, first = 0)
		fprintf(f, "%s%s(...)\n", first ? "" : "|\n", acq->v[i]);
	for (i = 0; fields && i < fields->n; i++, first = 0)
		fprintf(f, "%sLE->%s\n|\nLE.%s\n", first ? "" : "|\n", fields->v[i], fields->v[i]);
	fprintf(f, ")\n...\n");
	print_guards(f, guards, "p2", "");
	fprintf(f, "\n");
}

/* A match of the guarded calls in the body of fn, no lock of the set on the path. */
static void body_match(FILE *f, const char *name, const char *deps, const char *fnvar,
		       const char *extra, const struct names *acq, const struct names *fields,
		       const struct names *guards, const char *star, const char *held)
{
	fprintf(f, "@%s depends on has_guard && %s exists@\n%sposition p2 != %s.p2;\n%s", name, deps,
		extra, held, fields->n ? "expression LE;\n" : "");
	guard_metavars(f, guards);
	fprintf(f, "@@\n\n%s(...) {\n", fnvar);
	print_handled(f, acq, fields);
	print_guards(f, guards, "p2", star);
	fprintf(f, "... when any\n}\n\n");
}

static void contract_scripts(FILE *f, const char *rule, const char *inherit, const char *msg,
			     const char *why)
{
	static const char *const modes[2] = { "org", "report" };
	int m;

	for (m = 0; m < 2; m++) {
		fprintf(f, "@script:python depends on %s@\n%sp2 << %s.p2;\n@@\n\n", modes[m], inherit, rule);
		fprintf(f, "%s\n", why);
		if (m == 0)
			fprintf(f, "if w:\n    lr_org(p2, \"%s (%%s)\" %% w)\n\n", msg);
		else
			fprintf(f, "if w:\n    lr_report(p2[0], \"%s (%%s)\" %% w)\n\n", msg);
	}
}

/*
 * The root (an entry point, a callback) calls helper h of the file with no
 * lock of the need on the path, and h makes the guarded call with none
 * either: reported at the call in h, with the chain (one level).
 */
static void write_chain(FILE *f, const char *name, const char *decl, const char *fnvar,
			const char *inherit, const struct names *any, const struct names *fields,
			const char *msg)
{
	static const char *const modes[2] = { "org", "report" };
	int m;

	fprintf(f, "@%s depends on !context exists@\n%sidentifier hf.h;\nposition pc != hc.pc;\n%s@@\n\n",
		name, decl, fields->n ? "expression LE;\n" : "");
	fprintf(f, "%s(...) {\n", fnvar);
	print_handled(f, any, fields);
	fprintf(f, "h@pc(...)\n... when any\n}\n\n");
	for (m = 0; m < 2; m++) {
		fprintf(f, "@script:python depends on %s@\n%sh << hf.h;\np2 << hf.p2;\npc << %s.pc;\n@@\n\n",
			modes[m], inherit, name);
		fprintf(f, "w = \"no caller holds it: %%s() <- %%s(), %%s\" %% (h, %s, lr_fn.get(str(%s), ''))\n",
			fnvar, fnvar);
		if (m == 0)
			fprintf(f, "lr_org(p2, \"%s (%%s)\" %% w)\n\n", msg);
		else
			fprintf(f, "lr_report(p2[0], \"%s (%%s)\" %% w)\n\n", msg);
	}
}

/*
 * A contract broken where the function shows it is responsible (NOTES 5):
 *   - an entry point: a function SYSCALL_DEFINEx() defines calls the
 *     guarded API with no lock of the need taken on any path before it;
 *   - a callback: a function a struct initializer stores in a member whose
 *     contract (the pack's 'callback' lines) does not provide the need;
 *   - the function's own locks ('evidence'): a sibling of a needed lock
 *     (the PTE ptl for the PMD one) or a needed lock in too weak a mode
 *     (mmap_lock for read where write is needed), and no needed lock in a
 *     mode that meets the need on the path.
 * A function with none of these stays silent: its callers are elsewhere.
 * A needed lock held on some path to the call keeps each of them silent.
 */
static void write_contracts(FILE *f, const struct lr_pack *pack, const struct lr_rule *r,
			    int evidence)
{
	struct names any = { 0 }, suff = { 0 }, fields = { 0 }, guards = { 0 }, ev = { 0 };
	struct classes x;
	char msg[700], needs[512], buf[800];
	int i, k, c, ncb = 0;
	const char *done[64];
	int ndone = 0;

	need_classes(pack, &r->need, &x);
	handled(pack, &x, 0, &any, &fields);
	handled(pack, &x, 1, &suff, NULL);
	guard_names(r->id, &guards);
	lr_need_describe(pack, &r->need, needs, sizeof(needs));
	snprintf(msg, sizeof(msg), "%s without %s [-Wlockrules=%s]", r->what, needs, r->id);

	fprintf(f, "// ---- contracts: entry points, callbacks%s\n\n",
		evidence ? ", the function's own locks" : "");
	/* a file without a guarded call is not parsed for the contracts */
	fprintf(f, "@has_guard@\n");
	guard_metavars(f, &guards);
	fprintf(f, "@@\n\n");
	print_guards(f, &guards, NULL, "");
	fprintf(f, "\n");
	write_held(f, "ha", " depends on has_guard", &any, &fields, &guards);

	/* helpers: a function of the file with a guarded call and no lock of the need before it */
	fprintf(f, "@hf depends on has_guard exists@\nidentifier h;\nposition pf, p2 != ha.p2;\n%s",
		fields.n ? "expression LE;\n" : "");
	guard_metavars(f, &guards);
	fprintf(f, "@@\n\nh@pf(...) {\n");
	print_handled(f, &any, &fields);
	print_guards(f, &guards, "p2", "");
	fprintf(f, "... when any\n}\n\n");
	{
		struct names one = { 0 };

		add_name(&one, "h", NULL);
		fprintf(f, "@hc depends on hf exists@\nidentifier hf.h;\nposition pc;\n%s@@\n\n(\n",
			fields.n ? "expression LE;\n" : "");
		for (i = 0; i < any.n; i++)
			fprintf(f, "%s%s(...)\n", i ? "|\n" : "", any.v[i]);
		for (i = 0; i < fields.n; i++)
			fprintf(f, "|\nLE->%s\n|\nLE.%s\n", fields.v[i], fields.v[i]);
		fprintf(f, ")\n...\nh@pc(...)\n\n");
	}

	/*
	 * Entry points: the functions SYSCALL_DEFINEx() defines.  For report and
	 * org, hf's matches are the entry points' too (the same body match): a
	 * script tells a system call by the text before its name.  Context mode
	 * stars the call in a rule of its own (en_c), on the functions en_fn
	 * found and en_ok named.
	 */
	fprintf(f, "@en_fn depends on has_guard && context exists@\nidentifier fn;\nposition pf;\n");
	guard_metavars(f, &guards);
	fprintf(f, "@@\n\nfn@pf(...) {\n... when any\n");
	print_guards(f, &guards, NULL, "");
	fprintf(f, "... when any\n}\n\n");
	fprintf(f, "@script:python en_ok@\nfn << en_fn.fn;\npf << en_fn.pf;\nefn;\n@@\n\n"
		   "w = lr_entry(pf[0])\nif w:\n    lr_fn[fn] = w\n"
		   "    coccinelle.efn = cocci.make_ident(fn)\nelse:\n"
		   "    # not include_match(False): it would drop the rules matched so far\n"
		   "    coccinelle.efn = cocci.make_ident(\"lr_not_an_entry_point\")\n\n");
	body_match(f, "en_c", "context", "efn", "identifier en_ok.efn;\n", &any, &fields, &guards, "*", "ha");
	contract_scripts(f, "hf", "h << hf.h;\npf << hf.pf;\n", msg,
			 "w = lr_entry(pf[0])\nw = w and \"no caller holds it: %s() is %s\" % (h, w)");

	/* an entry point that calls such a helper with no lock of the need */
	fprintf(f, "@en2_fn depends on hf exists@\nidentifier hf.h, fn;\nposition pf;\n@@\n\n"
		   "fn@pf(...) {\n... when any\nh(...)\n... when any\n}\n\n");
	fprintf(f, "@script:python en2_ok@\nfn << en2_fn.fn;\npf << en2_fn.pf;\nefn2;\n@@\n\n"
		   "w = lr_entry(pf[0])\nif w:\n    lr_fn[fn] = w\n"
		   "    coccinelle.efn2 = cocci.make_ident(fn)\nelse:\n"
		   "    coccinelle.efn2 = cocci.make_ident(\"lr_not_an_entry_point\")\n\n");
	write_chain(f, "enh", "identifier en2_ok.efn2;\n", "efn2", "efn2 << en2_ok.efn2;\n", &any, &fields, msg);

	/* callbacks, one match per struct whose members' contracts miss the need */
	for (i = 0; i < pack->ncallbacks; i++) {
		const char *rec = pack->callbacks[i].record;
		int j, dup = 0, first = 1;
		char name[32];

		for (j = 0; j < ndone; j++)
			dup |= !strcmp(done[j], rec);
		if (dup || ndone == 64)
			continue;
		done[ndone++] = rec;
		snprintf(name, sizeof(name), "cb%d", ncb);
		fprintf(f, "@%s depends on has_guard@\nidentifier I, fn;\nidentifier fld =~ \"^(", name);
		for (j = i; j < pack->ncallbacks; j++) {
			const struct lr_callback *cb = &pack->callbacks[j];

			if (strcmp(cb->record, rec) || lr_need_implied(pack, &cb->held, &r->need))
				continue;
			fprintf(f, "%s%s", first ? "" : "|", cb->field);
			first = 0;
		}
		if (first) {
			/* every member of the struct provides the need: nothing to match */
			fprintf(f, "lr_none)$\";\n@@\n\nstruct %s I = { ..., .fld = fn, ... };\n\n", rec);
			ncb++;
			continue;
		}
		fprintf(f, ")$\";\n@@\n\nstruct %s I = { ..., .fld = fn, ... };\n\n", rec);
		fprintf(f, "@script:python@\nfn << %s.fn;\nfld << %s.fld;\n@@\n\nlr_fn[fn] = {\n",
			name, name);
		for (j = i; j < pack->ncallbacks; j++) {
			const struct lr_callback *cb = &pack->callbacks[j];
			char held[512];

			if (strcmp(cb->record, rec) || lr_need_implied(pack, &cb->held, &r->need))
				continue;
			if (cb->held.nalts)
				lr_need_describe(pack, &cb->held, held, sizeof(held));
			else
				snprintf(held, sizeof(held), "no mm lock");
			snprintf(buf, sizeof(buf), "%s, called with %s", cb->what, held);
			fprintf(f, "    \"%s\": ", cb->field);
			py_string(f, buf);
			fprintf(f, ",\n");
		}
		fprintf(f, "}[fld]\n\n");
		snprintf(buf, sizeof(buf), "identifier %s.fn;\n", name);
		{
			char rn[40], rc[40], inh[80];

			snprintf(rn, sizeof(rn), "cbr%d", ncb);
			snprintf(rc, sizeof(rc), "cbr%d_c", ncb);
			body_match(f, rn, "!context", "fn", buf, &any, &fields, &guards, "", "ha");
			body_match(f, rc, "context", "fn", buf, &any, &fields, &guards, "*", "ha");
			snprintf(inh, sizeof(inh), "fn << %s.fn;\n", name);
			contract_scripts(f, rn, inh, msg, "w = \"no caller holds it: %s() is %s\" % (fn, lr_fn.get(str(fn), ''))");
			snprintf(rn, sizeof(rn), "cbh%d", ncb);
			write_chain(f, rn, buf, "fn", inh, &any, &fields, msg);
		}
		ncb++;
	}

	if (!evidence)
		return;
	/* the function's own locks: a sibling of a needed lock, or one too weak */
	for (k = 0; k < pack->nclasses; k++) {
		struct names some = { 0 };
		int sib = 0;

		for (c = 0; c < pack->nclasses; c++)
			if (x.in[c] && !x.in[k] && pack->classes[k].family && pack->classes[c].family &&
			    !strcmp(pack->classes[k].family, pack->classes[c].family))
				sib = 1;
		if (sib)
			apis_with(pack->classes[k].name, LR_EFF_ACQUIRE, 0, 0, &some);
		else if (x.in[k] && x.min[k] == LR_MODE_W)
			apis_mode(pack->classes[k].name, LR_EFF_ACQUIRE, 0, 0, LR_MODE_R, &some);
		for (i = 0; i < some.n; i++) {
			int j, in_suff = 0;

			for (j = 0; j < suff.n; j++)
				in_suff |= !strcmp(suff.v[j], some.v[i]);
			if (!in_suff)
				add_name(&ev, some.v[i], NULL);
		}
	}
	if (!ev.n)
		return;
	write_held(f, "hs", " depends on has_guard", &suff, &fields, &guards);
	for (c = 0; c < 2; c++) {
		fprintf(f, "@%s depends on has_guard && %scontext exists@\nidentifier fn;\nidentifier lk =~ \"^(",
			c ? "ev_c" : "ev", c ? "" : "!");
		for (i = 0; i < ev.n; i++)
			fprintf(f, "%s%s", i ? "|" : "", ev.v[i]);
		fprintf(f, ")$\";\nposition p1, p2 != hs.p2;\n%s", fields.n ? "expression LE;\n" : "");
		guard_metavars(f, &guards);
		fprintf(f, "@@\n\nfn(...) {\n");
		print_handled(f, &suff, &fields);
		fprintf(f, "lk@p1(...)\n");
		print_handled(f, &suff, &fields);
		print_guards(f, &guards, "p2", c ? "*" : "");
		fprintf(f, "... when any\n}\n\n");
	}
	snprintf(buf, sizeof(buf), "%s (this function took its own lock, %%s, on line %%s)", msg);
	for (c = 0; c < 2; c++) {
		fprintf(f, "@script:python depends on %s@\nlk << ev.lk;\np1 << ev.p1;\np2 << ev.p2;\n@@\n\n",
			c ? "report" : "org");
		fprintf(f, "w = {");
		for (i = 0; i < ev.n; i++) {
			const struct lr_api *api = NULL;
			int p;
			char d[200] = "";

			for (p = 0; p < 2 && !api; p++)
				api = lr_pack_api(packs[p], ev.v[i]);
			for (p = 0; api && p < api->neffects; p++)
				if (api->effects[p].kind == LR_EFF_ACQUIRE && api->effects[p].cls >= 0) {
					struct lr_atom a = { api->effects[p].cls, api->effects[p].mode };

					lr_atom_describe(pack, &a, d, sizeof(d));
				}
			fprintf(f, "%s\"%s\": \"%s\"", i ? ", " : "", ev.v[i], d);
		}
		fprintf(f, "}.get(lk, lk)\n");
		if (c)
			fprintf(f, "lr_report(p2[0], \"%s\" %% (w, p1[0].line))\n\n", buf);
		else
			fprintf(f, "lr_org(p2, \"%s\" %% (w, p1[0].line), p1, \"the function's own lock\")\n\n", buf);
	}
}

/* The rule: a needed lock released, then the guarded call. */
static void write_released(FILE *f, const struct lr_pack *pack, const struct lr_rule *r)
{
	struct names rel = { 0 }, acq = { 0 }, guards = { 0 }, ret_src = { 0 }, out_src = { 0 };
	char what[700], needs[512];
	int i, j, k;

	for (i = 0; i < r->need.nalts; i++)
		for (j = 0; j < r->need.alts[i].natoms; j++) {
			int c = r->need.alts[i].atoms[j].cls;

			/* a lock that stands for it counts too (vmf->ptl for the PMD ptl) */
			for (k = 0; k < pack->nclasses; k++) {
				if (!lr_class_satisfies(pack, k, c))
					continue;
				apis_with(pack->classes[k].name, LR_EFF_ACQUIRE, 0, 0, &acq);
				apis_with(pack->classes[k].name, LR_EFF_ASSERT, 0, 0, &acq);
			}
			if (!essential(&r->need, c))
				continue;
			if (pack->classes[c].kind == LR_KIND_SPIN) {
				lock_sources(pack->classes[c].name, LR_PATH_RET, &ret_src);
				lock_sources(pack->classes[c].name, LR_PATH_DEREF, &out_src);
			}
			/* unlock helpers, also of a lock that stands for it (pvmw.ptl) */
			for (k = 0; k < pack->nclasses; k++)
				if (lr_class_satisfies(pack, k, c))
					apis_with(pack->classes[k].name, LR_EFF_RELEASE, 0, 0, &rel);
		}
	/* a ptl can come back through spin_lock(), double_pt_lock(), ... */
	if (ret_src.n || out_src.n)
		apis_with(NULL, LR_EFF_ACQUIRE, 0, 0, &acq);
	guard_names(r->id, &guards);
	lr_need_describe(pack, &r->need, needs, sizeof(needs));
	snprintf(what, sizeof(what), "%s without %s after it was released", r->what, needs);
	header(f, r, what, "Reports the guarded call when, on some path, a lock the rule needs was released before it and none was taken again.", "Moderate", 0);
	metavars(f, "r", "!context", &guards, ret_src.n || out_src.n);
	print_releases(f, &rel, &ret_src, &out_src, "");
	print_when_not(f, &acq, NULL);
	print_guards(f, &guards, "p2", "");
	fprintf(f, "\n");
	metavars(f, "c", "context", &guards, ret_src.n || out_src.n);
	print_releases(f, &rel, &ret_src, &out_src, "*");
	print_when_not(f, &acq, NULL);
	print_guards(f, &guards, "p2", "*");
	fprintf(f, "\n");
	snprintf(what, sizeof(what), "%s without %s [-Wlockrules=%s]", r->what, needs, r->id);
	scripts(f, "r", what, "released on");
	fprintf(f, "\n");
	if (!r->cocci.nocontracts)
		write_contracts(f, pack, r, 1);
}

/* The first class of the need's family that satisfies no atom of the need (mlock_seen). */
static const char *sibling_class(const struct lr_pack *pack, const struct lr_rule *r)
{
	int i, k, sat;

	for (k = 0; k < pack->nclasses; k++) {
		const char *fam = pack->classes[k].family;

		for (i = 0, sat = 0; i < r->need.alts[0].natoms; i++) {
			int c = r->need.alts[0].atoms[i].cls;

			sat |= lr_class_satisfies(pack, k, c);
			if (fam && pack->classes[c].family && !strcmp(fam, pack->classes[c].family) &&
			    !lr_class_satisfies(pack, k, c))
				sat |= 2;
		}
		if (sat == 2)
			return pack->classes[k].name;
	}
	return "";
}

/* mlock-count: a non-atomic PG_mlocked test, then the counter, no flip between. */
static void write_sibling(FILE *f, const struct lr_pack *pack, const struct lr_rule *r)
{
	struct names seen = { 0 }, flip = { 0 }, guards = { 0 };
	char what[700], needs[512], second[260];
	int i, k;

	for (k = 0; k < pack->nclasses; k++) {
		for (i = 0; i < r->need.alts[0].natoms; i++) {
			int c = r->need.alts[0].atoms[i].cls;

			if (lr_class_satisfies(pack, k, c))
				apis_with(pack->classes[k].name, LR_EFF_ACQUIRE, 0, 0, &flip);
			else if (pack->classes[k].family && pack->classes[c].family &&
				 !strcmp(pack->classes[k].family, pack->classes[c].family))
				apis_with(pack->classes[k].name, LR_EFF_ACQUIRE, 0, 0, &seen);
		}
	}
	guard_names(r->id, &guards);
	lr_need_describe(pack, &r->need, needs, sizeof(needs));
	snprintf(what, sizeof(what), "%s without %s", r->what, needs);
	{
		char how[600], seen_what[200] = "", need_what[200];

		for (k = 0; k < pack->nclasses; k++)
			if (seen.n && class_in(pack, k, sibling_class(pack, r)))
				snprintf(seen_what, sizeof(seen_what), "%s", pack->classes[k].what);
		lr_need_describe(pack, &r->need, need_what, sizeof(need_what));
		snprintf(how, sizeof(how), "Reports the %s after %s (a lock of the need's family that is not the need), with no %s taken in between.",
			 r->what, seen_what, need_what);
		header(f, r, what, how, "High", 0);
		snprintf(second, sizeof(second), "%s on", seen_what);
	}
	metavars(f, "r", "!context", &guards, 0);
	print_alts(f, &seen, "p1", "", "...");
	print_when_not(f, &flip, NULL);
	print_guards(f, &guards, "p2", "");
	fprintf(f, "\n");
	metavars(f, "c", "context", &guards, 0);
	print_alts(f, &seen, "p1", "*", "...");
	print_when_not(f, &flip, NULL);
	print_guards(f, &guards, "p2", "*");
	fprintf(f, "\n");
	snprintf(what, sizeof(what), "%s without %s [-Wlockrules=%s]", r->what, needs, r->id);
	scripts(f, "r", what, second);
	fprintf(f, "\n");
	write_contracts(f, pack, r, 0);
}

/*
 * A rule whose need is taken nowhere before the guarded call in the
 * function, after a lock that shows the function means it (the 'when' lock,
 * or for mlock-count-irq the flip): collapse-vma-write, mlock-count-irq.
 */
static void write_missing(FILE *f, const struct lr_pack *pack, const struct lr_rule *r,
			  const char *trigger_cls, const char *missing_cls, int patch)
{
	struct names trig = { 0 }, miss = { 0 }, guards = { 0 };
	char what[700], needs[512], m[200];
	int i;

	apis_with(trigger_cls, LR_EFF_ACQUIRE, 0, 0, &trig);
	apis_with(missing_cls, LR_EFF_ACQUIRE, 0, 0, &miss);
	apis_with(missing_cls, LR_EFF_ASSERT, 0, 0, &miss);
	guard_names(r->id, &guards);
	lr_need_describe(pack, &r->need, needs, sizeof(needs));
	{
		struct lr_atom a = { lr_pack_class(pack, missing_cls), LR_MODE_W };

		lr_atom_describe(pack, &a, m, sizeof(m));
	}
	snprintf(what, sizeof(what), "%s without %s", r->what, m);
	{
		char how[700], t[200];
		struct lr_atom ta = { lr_pack_class(pack, trigger_cls), LR_MODE_NONE };

		lr_atom_describe(pack, &ta, t, sizeof(t));
		snprintf(how, sizeof(how), "Reports the %s after %s, on a path where %s is taken nowhere before it (held on some path: silent)%s.",
			 r->what, t, m, patch ? "; the patch mode turns __fn() into fn(), which needs no lock" : "");
		header(f, r, what, how, "Moderate", patch);
	}
	/* held on some path to the call: silent, as in the plugin */
	write_held(f, "h", "", &miss, NULL, &guards);
	fprintf(f, "@r depends on !context%s exists@\nidentifier fn;\nposition p1, p2 != h.p2;\n",
		patch ? " && !patch" : "");
	guard_metavars(f, &guards);
	fprintf(f, "@@\n\nfn(...) {\n");
	print_when_not(f, &miss, NULL);
	print_alts(f, &trig, "p1", "", "...");
	print_when_not(f, &miss, NULL);
	print_guards(f, &guards, "p2", "");
	fprintf(f, "... when any\n}\n\n");
	if (patch) {
		/* the irq-safe form of each non-irq-safe update: __foo -> foo */
		fprintf(f, "@p depends on patch exists@\nidentifier fn;\nposition p2 != h.p2;\n");
		guard_metavars(f, &guards);
		fprintf(f, "@@\n\nfn(...) {\n");
		print_when_not(f, &miss, NULL);
		print_alts(f, &trig, NULL, "", "...");
		print_when_not(f, &miss, NULL);
		fprintf(f, "(\n");
		for (i = 0; i < guards.n; i++) {
			if (strncmp(guards.v[i], "__", 2))
				continue;
			fprintf(f, "%s- %s@p2(", i ? "|\n" : "", guards.v[i]);
			print_args(f, guards.call[i]);
			fprintf(f, ")\n+ %s(", guards.v[i] + 2);
			print_args(f, guards.call[i]);
			fprintf(f, ")\n");
		}
		fprintf(f, ")\n... when any\n}\n\n");
	}
	fprintf(f, "@c depends on context exists@\nidentifier fn;\n");
	guard_metavars(f, &guards);
	fprintf(f, "position p2 != h.p2;\n@@\n\nfn(...) {\n");
	print_when_not(f, &miss, NULL);
	print_alts(f, &trig, NULL, "", "...");
	print_when_not(f, &miss, NULL);
	print_guards(f, &guards, "p2", "*");
	fprintf(f, "... when any\n}\n\n");
	snprintf(what, sizeof(what), "%s without %s [-Wlockrules=%s]", r->what, m, r->id);
	snprintf(needs, sizeof(needs), "%s on", pack->classes[lr_pack_class(pack, trigger_cls)].what);
	scripts(f, "r", what, needs);
}

static void source_names(const struct names *in, struct names *out);

/*
 * The lock primitives of both packs' versions: those that take (not try)
 * the lock their first argument names, and those that release it without
 * taking one again.
 */
static void primitives(struct names *take, struct names *release)
{
	int p, i, j;

	for (p = 0; p < 2; p++)
		for (i = 0; i < packs[p]->napis; i++) {
			const struct lr_api *api = &packs[p]->apis[i];
			int retakes = 0;

			for (j = 0; j < api->neffects; j++)
				retakes |= api->effects[j].kind == LR_EFF_ACQUIRE;
			for (j = 0; j < api->neffects; j++) {
				const struct lr_effect *e = &api->effects[j];

				if (e->path.kind != LR_PATH_BYARG || e->path.param != 0)
					continue;
				if (e->kind == LR_EFF_ACQUIRE && !e->is_try)
					add_name(take, api->name, NULL);
				if (e->kind == LR_EFF_RELEASE && !retakes)
					add_name(release, api->name, NULL);
			}
		}
}

static void print_regex(FILE *f, const char *var, const struct names *s);
static void print_each(FILE *f, const struct names *s, const char *fmt);
static void print_inline(FILE *f, const struct names *s, const char *args, const char *more);

/* The lock-pointer getters of a class: pte_lockptr() for the PTE ptl. */
static void lockptrs(const char *cls, struct names *out)
{
	int p, i, j;

	for (p = 0; p < 2; p++)
		for (i = 0; i < packs[p]->napis; i++) {
			const struct lr_api *api = &packs[p]->apis[i];

			for (j = 0; j < api->neffects; j++)
				if (api->effects[j].kind == LR_EFF_LOCKPTR &&
				    api->effects[j].path.kind == LR_PATH_RET &&
				    class_in(packs[p], api->effects[j].cls, cls))
					add_name(out, api->name, NULL);
		}
}

/* The gate rule lpi<N> for a set of lock-pointer getters: written once per set, its N returned. */
static int lockptr_gate(FILE *f, const struct names *getters, int n)
{
	static char keys[16][400];
	static int nums[16], ngates;
	char key[400] = "";
	int i;

	for (i = 0; i < getters->n; i++)
		snprintf(key + strlen(key), sizeof(key) - strlen(key), "%s ", getters->v[i]);
	for (i = 0; i < ngates; i++)
		if (!strcmp(keys[i], key))
			return nums[i];
	fprintf(f, "@lpi%d@\nexpression E;\n@@\n\n", n);
	print_each(f, getters, "E = %s(...)");
	fprintf(f, "\n");
	if (ngates < 16) {
		snprintf(keys[ngates], sizeof(keys[ngates]), "%s", key);
		nums[ngates++] = n;
	} else {	/* correct, only slower: each pair writes its own */
		fprintf(stderr, "rules2cocci: more than 16 sets of lock-pointer getters; lpi%d is not shared\n", n);
	}
	return n;
}

/*
 * lock-order's matches are grouped by the lock held: the pairs whose inner
 * lock is taken and released by the same APIs share one match, the outer
 * APIs of all of them in one regex identifier 'lo', and a script per
 * message picks the pair by the name it bound.  Fewer rules over the same
 * functions (each rule is model-checked on every function of every file it
 * parses), and no outer names in the file filter: spatch keeps a file when
 * the formula its rules' constants make holds, and an 'or' of more than five
 * conjunctions (A and B per pair) is no filter at all, so every file of
 * mm/ was parsed (get_constants2.ml, max_cnf).
 */
#define MAX_ORDER_MSGS 16
struct order_group {
	int inner;		/* the class held */
	int lockptr;		/* held through a lock-pointer getter's pointer */
	struct names take_inner, drop_inner, take_outer;
	int nmsgs;
	struct names outer[MAX_ORDER_MSGS];	/* the outer APIs of each message */
	char msg[MAX_ORDER_MSGS][400];
};

static int same_names(const struct names *a, const struct names *b)
{
	int i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]))
			return 0;
	return 1;
}

static int has_name(const struct names *s, const char *name)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (!strcmp(s->v[i], name))
			return 1;
	return 0;
}

/* Can g take the pair: an outer API it has already must keep its message, and a new message needs room. */
static int group_takes(const struct order_group *g, const struct names *take_outer, const char *msg)
{
	int i, m, found = 0;

	for (m = 0; m < g->nmsgs; m++) {
		if (!strcmp(g->msg[m], msg)) {
			found = 1;
			continue;
		}
		for (i = 0; i < take_outer->n; i++)
			if (has_name(&g->outer[m], take_outer->v[i]))
				return 0;
	}
	return found || g->nmsgs < MAX_ORDER_MSGS;
}

static void group_pair(struct order_group **gs, int *ng, int inner, int lockptr,
		       const struct names *take_inner, const struct names *drop_inner,
		       const struct names *take_outer, const char *msg)
{
	struct order_group *g = NULL;
	int i, m;

	for (i = 0; i < *ng && !g; i++)
		if ((*gs)[i].inner == inner && (*gs)[i].lockptr == lockptr &&
		    same_names(&(*gs)[i].take_inner, take_inner) &&
		    same_names(&(*gs)[i].drop_inner, drop_inner) &&
		    group_takes(&(*gs)[i], take_outer, msg))
			g = &(*gs)[i];
	if (!g) {
		*gs = realloc(*gs, (*ng + 1) * sizeof(**gs));
		if (!*gs) {
			perror("rules2cocci");
			exit(1);
		}
		g = &(*gs)[(*ng)++];
		memset(g, 0, sizeof(*g));
		g->inner = inner;
		g->lockptr = lockptr;
		g->take_inner = *take_inner;
		g->drop_inner = *drop_inner;
	}
	for (m = 0; m < g->nmsgs && strcmp(g->msg[m], msg); m++)
		;
	if (m == g->nmsgs)
		snprintf(g->msg[g->nmsgs++], sizeof(g->msg[0]), "%s", msg);
	for (i = 0; i < take_outer->n; i++) {
		add_name(&g->outer[m], take_outer->v[i], NULL);
		add_name(&g->take_outer, take_outer->v[i], NULL);
	}
}

/* The org and report scripts of a group's rule: per message, for the outer APIs it names. */
static void order_scripts(FILE *f, const char *rule, const struct order_group *g)
{
	int m, i, mode;

	for (m = 0; m < g->nmsgs; m++)
		for (mode = 0; mode < 2; mode++) {
			fprintf(f, "@script:python depends on %s@\np1 << %s.p1;\np2 << %s.p2;\nlo << %s.lo;\n@@\n\n",
				mode ? "report" : "org", rule, rule, rule);
			fprintf(f, "if str(lo) in (");
			for (i = 0; i < g->outer[m].n; i++)
				fprintf(f, "\"%s\", ", g->outer[m].v[i]);
			if (mode)
				fprintf(f, "):\n    lr_report(p2[0], \"%s (taken on line %%s)\" %% (p1[0].line))\n\n",
					g->msg[m]);
			else
				fprintf(f, "):\n    lr_org(p2, \"%s\", p1, \"taken on\")\n\n", g->msg[m]);
		}
}

/*
 * A match's body up to the outer lock: the inner lock taken by a primitive
 * on the pointer its getter gave (E), neither released nor E changed since.
 */
static void print_held_by_getter(FILE *f, const struct names *lpi, const struct names *rel)
{
	fprintf(f, "@@\n\nfn(...) {\n...\n");
	print_each(f, lpi, "E = %s(...)");
	fprintf(f, "... when != E = V\nlk@p1(E, ...)\n... when != ");
	print_inline(f, rel, "E, ...", "\\|pte_unmap_unlock(..., E)\\|E = V");
}

/*
 * The inner lock taken through a pointer its getter gave (ptl =
 * pte_lockptr(); spin_lock(ptl)), then an outer one taken blocking by its
 * API: a group's rules p<N>a (and p<N>au, the calls a path with no spin lock
 * reaches, silent).
 */
static void write_order_lockptr(FILE *f, const struct order_group *g, int n)
{
	struct names lpi = { 0 }, prim_src = { 0 }, prim = { 0 }, rel_src = { 0 }, rel = { 0 };
	char name[40];
	int gate;

	lockptrs(packs[0]->classes[g->inner].name, &lpi);
	primitives(&prim_src, &rel_src);
	source_names(&prim_src, &prim);
	source_names(&rel_src, &rel);
	gate = lockptr_gate(f, &lpi, n);
	snprintf(name, sizeof(name), "p%dau", n);
	fprintf(f, "@%s depends on lpi%d exists@\nidentifier fn;\nposition p2;\n", name, gate);
	print_regex(f, "lo", &g->take_outer);
	print_regex(f, "lk", &prim);
	fprintf(f, "@@\n\nfn(...) {\n... when != lk(...)\n    when any\nlo@p2(...)\n... when any\n}\n\n");
	snprintf(name, sizeof(name), "p%da", n);
	fprintf(f, "@%s depends on lpi%d && !context exists@\nidentifier fn;\nexpression E, V;\n"
		   "position p1, p2 != %su.p2;\n", name, gate, name);
	print_regex(f, "lo", &g->take_outer);
	print_regex(f, "lk", &prim);
	print_held_by_getter(f, &lpi, &rel);
	fprintf(f, "    when any\nlo@p2(...)\n... when any\n}\n\n");
	order_scripts(f, name, g);
	fprintf(f, "\n");
}

/*
 * Both taken through lock-pointer getters' pointers: the inner one as
 * above, the outer one by a primitive on its getter's pointer
 * (spin_lock_nested(pml) with pml = pmd_lockptr(), taken conditionally in
 * retract_page_tables()).  Per pair: the outer getter's match is its own.
 */
static void write_order_lockptr2(FILE *f, const struct lr_pack *pack, int outer, int inner,
				 const char *msg, int n)
{
	struct names lpi = { 0 }, lpo = { 0 }, prim_src = { 0 }, prim = { 0 }, rel_src = { 0 }, rel = { 0 };
	int gate;
	char name[40];

	lockptrs(pack->classes[inner].name, &lpi);
	lockptrs(pack->classes[outer].name, &lpo);
	if (!lpi.n || !lpo.n)
		return;
	primitives(&prim_src, &rel_src);
	source_names(&prim_src, &prim);
	source_names(&rel_src, &rel);
	gate = lockptr_gate(f, &lpi, n);
	fprintf(f, "@lpo%d depends on lpi%d exists@\nidentifier fn;\nexpression F;\n@@\n\n"
		   "fn(...) {\n... when any\n", n, gate);
	print_each(f, &lpo, "F = %s(...)");
	fprintf(f, "... when any\n}\n\n");
	/* a path from the function's start to the outer lock with no spin_lock() on it: silent there */
	snprintf(name, sizeof(name), "p%dbu", n);
	fprintf(f, "@%s depends on lpi%d exists@\nidentifier lpo%d.fn;\nexpression lpo%d.F;\nposition p2;\n",
		name, gate, n, n);
	print_regex(f, "lk", &prim);
	print_regex(f, "lk2", &prim);
	fprintf(f, "@@\n\nfn(...) {\n... when != lk(...)\nlk2@p2(F, ...)\n... when any\n}\n\n");
	snprintf(name, sizeof(name), "p%db", n);
	fprintf(f, "@%s depends on !context exists@\nidentifier lpo%d.fn;\nexpression lpo%d.F;\n"
		   "expression E, V;\nposition p1, p2 != %su.p2;\n", name, n, n, name);
	print_regex(f, "lk", &prim);
	print_regex(f, "lk2", &prim);
	print_held_by_getter(f, &lpi, &rel);
	fprintf(f, "lk2@p2(F, ...)\n... when any\n}\n\n");
	scripts(f, name, msg, "taken on");
	fprintf(f, "\n");
}

/* A group of pairs whose inner lock is taken by an API: rule o<N>, its context form, its scripts. */
static void write_order_group(FILE *f, const struct order_group *g, int n)
{
	char rule[40];

	fprintf(f, "@o%d depends on !context exists@\nposition p1, p2;\n", n);
	print_regex(f, "lo", &g->take_outer);
	fprintf(f, "@@\n\n");
	print_alts(f, &g->take_inner, "p1", "", "...");
	fprintf(f, "... when != ");
	print_inline(f, &g->drop_inner, "...", NULL);
	fprintf(f, "    when any\nlo@p2(...)\n\n@depends on context exists@\n");
	print_regex(f, "lo", &g->take_outer);
	fprintf(f, "@@\n\n");
	print_alts(f, &g->take_inner, NULL, "*", "...");
	fprintf(f, "... when != ");
	print_inline(f, &g->drop_inner, "...", NULL);
	fprintf(f, "    when any\n*lo(...)\n\n");
	snprintf(rule, sizeof(rule), "o%d", n);
	order_scripts(f, rule, g);
	fprintf(f, "\n");
}

/* lock-order: per ordered pair (outer before inner), inner held, outer taken blocking. */
static void write_order(FILE *f, const struct lr_pack *pack)
{
	struct order_group *gs = NULL;
	int k, i, j, ng = 0, nptr = 0;

	fprintf(f, "// SPDX-License-Identifier: GPL-2.0\n");
	fprintf(f, "/// lock order: an mm lock taken, blocking, while a lock below it is held [lockrules:lock-order]\n");
	fprintf(f, "///\n//# Generated from rules/mm.rules ('order' lines) by lockrules' plugin/tools/rules2cocci.c:\n");
	fprintf(f, "//# change the rule pack and run 'make cocci', not this file.\n");
	fprintf(f, "//# Trylocks are exempt: they never wait.  Rule: mm/rmap.c:20-52, mm/filemap.c:78-126.\n//\n");
	fprintf(f, "// Confidence: Moderate\n// Copyright: (C) 2026 The lockrules authors.\n");
	fprintf(f, "// Comments: the GCC plugin also sees locks taken inside called functions\n");
	fprintf(f, "// Options: --no-includes --include-headers\n\nvirtual context\nvirtual org\nvirtual report\n\n");
	prelude(f, NULL);
	for (k = 0; k < pack->norders; k++) {
		const struct lr_order *o = &pack->orders[k];

		for (i = 0; i < o->n; i++)
			for (j = i + 1; j < o->n; j++) {
				const char *outer = pack->classes[o->chain[i].cls].name;
				const char *inner = pack->classes[o->chain[j].cls].name;
				struct names take_inner = { 0 }, drop_inner = { 0 }, take_outer = { 0 }, lpi = { 0 };
				char a[160], b[160], msg[400];

				apis_mode(inner, LR_EFF_ACQUIRE, 0, 0, o->chain[j].mode, &take_inner);
				apis_with(inner, LR_EFF_RELEASE, 0, 0, &drop_inner);
				apis_mode(outer, LR_EFF_ACQUIRE, 1, 0, o->chain[i].mode, &take_outer);
				describe_pair(pack, o->chain[i].cls, o->chain[j].cls, a, b);
				snprintf(msg, sizeof(msg), "lock order: %s taken while %s is held [-Wlockrules=lock-order]", a, b);
				nptr++;
				lockptrs(inner, &lpi);
				if (lpi.n && take_outer.n)
					group_pair(&gs, &ng, o->chain[j].cls, 1, &lpi, &lpi, &take_outer, msg);
				write_order_lockptr2(f, pack, o->chain[i].cls, o->chain[j].cls, msg, nptr);
				if (take_inner.n && take_outer.n && drop_inner.n)
					group_pair(&gs, &ng, o->chain[j].cls, 0, &take_inner, &drop_inner,
						   &take_outer, msg);
			}
	}
	for (i = 0; i < ng; i++) {
		if (gs[i].lockptr)
			write_order_lockptr(f, &gs[i], nptr + 1 + i);
		else
			write_order_group(f, &gs[i], i + 1);
	}
	free(gs);
}

/*
 * The source spelling of a primitive: spin_lock_irqsave() and
 * spin_lock_nested() are macros the pack knows by their expansion
 * (_raw_spin_lock_irqsave), so a "_raw_" primitive counts without it too.
 */
static void source_names(const struct names *in, struct names *out)
{
	int i;

	for (i = 0; i < in->n; i++) {
		add_name(out, in->v[i], NULL);
		if (!strncmp(in->v[i], "_raw_", 5))
			add_name(out, in->v[i] + 5, NULL);
	}
}

static void print_regex(FILE *f, const char *var, const struct names *s)
{
	int i;

	fprintf(f, "identifier %s =~ \"^(", var);
	for (i = 0; i < s->n; i++)
		fprintf(f, "%s%s", i ? "|" : "", s->v[i]);
	fprintf(f, ")$\";\n");
}

/* ( FMT | FMT ... ) with %s the name, once per name of s */
static void print_each(FILE *f, const struct names *s, const char *fmt)
{
	int i;

	fprintf(f, "(\n");
	for (i = 0; i < s->n; i++) {
		fprintf(f, "%s", i ? "|\n" : "");
		fprintf(f, fmt, s->v[i], s->v[i]);
		fprintf(f, "\n");
	}
	fprintf(f, ")\n");
}

/* \(a(ARGS)\|b(ARGS)\) on one line, for 'when !=' */
static void print_inline(FILE *f, const struct names *s, const char *args, const char *more)
{
	int i;

	fprintf(f, "\\(");
	for (i = 0; i < s->n; i++)
		fprintf(f, "%s%s(%s)", i ? "\\|" : "", s->v[i], args);
	fprintf(f, "%s\\)\n", more ? more : "");
}

/* A python dict literal: the what of each API's acquisition of a spin (or sleeping) class. */
static void print_what_dict(FILE *f, const struct lr_pack *pack, const struct names *s, int spin)
{
	int i, p, j;

	fprintf(f, "{");
	for (i = 0; i < s->n; i++) {
		const struct lr_api *api = NULL;
		char d[200] = "";

		for (p = 0; p < 2 && !api; p++)
			api = lr_pack_api(packs[p], s->v[i]);
		for (j = 0; api && j < api->neffects; j++) {
			const struct lr_effect *e = &api->effects[j];

			if ((e->kind == LR_EFF_ACQUIRE || e->kind == LR_EFF_LOCKPTR) && e->cls >= 0 &&
			    (pack->classes[e->cls].kind == LR_KIND_SPIN) == spin) {
				struct lr_atom a = { e->cls, spin ? LR_MODE_NONE : e->mode };

				lr_atom_describe(pack, &a, d, sizeof(d));
			}
		}
		fprintf(f, "%s\"%s\": ", i ? ", " : "", s->v[i]);
		py_string(f, d);
	}
	fprintf(f, "}");
}

/*
 * A 'blocking KIND.. under KIND..' rule (sleep-under-spinlock): a blocking
 * acquisition (a lock of a class of the blocking kinds, rwsem or bit, taken
 * without 'try') between the acquisition of a lock of a class of the other
 * kinds (spin) and its release.  A spin lock comes from an API that returns it
 * (pmd_lock), one that hands it back through its last argument
 * (pte_offset_map_lock), or spin_lock() of a member of a spin class
 * (vmf->ptl, &mm->page_table_lock) or of a pointer a lock-pointer getter
 * gave (pte_lockptr).  Reported only where no path reaches the blocking call
 * without the spin lock or past a release of one (as the plugin, silent on
 * held-on-some-paths).
 */
static void sleep_rule_name(char *buf, size_t size, int form, int fi)
{
	if (form == 2 || form == 3)
		snprintf(buf, size, "s%df%d", form, fi);
	else
		snprintf(buf, size, "s%d", form);
}

/* What every form of sleep-under-spinlock shares (write_sleep fills it). */
struct sleep_ctx {
	const struct names *prim, *spin_rel, *block, *block_fields;
	struct names tried, trylock;	/* blocking APIs with a trylock, and that trylock */
	const char *drop, *retake;	/* 'cocci trylock DROP RETAKE': the patch mode */
	const char *not_patch;		/* " && !patch" when there is a patch mode */
};

/*
 * One way a spin lock reaches E (0 returned, 1 out-parameter, 2 pointer
 * member, 3 member, 4 lock pointer), then a blocking call before E's
 * release.  c: 0 s<form> for report and org; 1 s<form>_c, context, starred,
 * with the clearing paths u and u2 as a position constraint; 2 s<form>_p,
 * the patch: the blocking call becomes its trylock, and where that fails
 * the spin lock is dropped, the blocking one taken, the spin lock retaken
 * (the spin lock taken by RETAKE itself, so that DROP undoes it exactly;
 * what the spin lock protected must be checked again after it: not
 * mechanical, so the patch says so).
 */
static void write_sleep_form(FILE *f, const struct sleep_ctx *x, int form, int fi, int c,
			     const struct names *src)
{
	const char *star = c == 1 ? "*" : "", *lk = c == 2 ? x->retake : "lk";
	char name[32], pat[200], args[200], lock[200];
	int i;

	if (!src->n)
		return;	/* the patch's returned locks: none the primitives take */
	sleep_rule_name(name, sizeof(name), form, fi);
	if (c == 2)
		fprintf(f, "@%s_p depends on patch exists@\n", name);
	else if (c)
		fprintf(f, "@%s_c depends on context exists@\n", name);
	else
		fprintf(f, "@%s depends on !context%s exists@\n", name, x->not_patch);
	fprintf(f, "expression %s;\nposition p1,%s p2%s;\n", form == 2 || form == 3 ? "X" : "E, V",
		form == 4 ? " p0," : "", c ? " != {u.p2, u2.p2}" : "");
	if (c == 2) {
		fprintf(f, "expression list ES;\n");
	} else {
		fprintf(f, "expression BE;\n");
		print_regex(f, "bp", x->prim);
		if (form >= 2)
			print_regex(f, "lk", x->prim);
	}
	fprintf(f, "@@\n\n");
	snprintf(lock, sizeof(lock), form == 2 ? "X->%s" : form == 3 ? "&X->%s" : "E",
		 form == 2 || form == 3 ? src->v[fi] : "");
	switch (form) {
	case 0:
		print_each(f, src, "E = %s@p1(...)");
		break;
	case 1:
		print_each(f, src, "%s@p1(..., &E)");
		break;
	case 2:
	case 3:
		fprintf(f, "%s@p1(%s%s)\n", lk, lock, c == 2 ? "" : ", ...");
		break;
	case 4:
		print_each(f, src, "E = %s@p0(...)");
		fprintf(f, "... when != E = V\n%s@p1(E%s)\n", lk, c == 2 ? "" : ", ...");
		break;
	}
	fprintf(f, "... when != ");
	snprintf(args, sizeof(args), "%s, ...", lock);
	if (form == 2) {	/* the same member released */
		snprintf(pat, sizeof(pat), "\\|pte_unmap_unlock(..., %s)", lock);
		print_inline(f, x->spin_rel, args, pat);
	} else if (form == 3) {
		print_inline(f, x->spin_rel, args, NULL);
	} else {
		print_inline(f, x->spin_rel, args, "\\|pte_unmap_unlock(..., E)\\|E = V");
	}
	fprintf(f, "(\n");
	if (c == 2) {
		for (i = 0; i < x->tried.n; i++)
			fprintf(f, "%s-%s@p2(ES);\n+if (!%s(ES)) {\n+\t%s(%s);\n+\t%s(ES);\n"
				   "+\t/* lockrules: revalidate what the spin lock protects */\n+\t%s(%s);\n+}\n",
				i ? "|\n" : "", x->tried.v[i], x->trylock.v[i], x->drop, lock,
				x->tried.v[i], x->retake, lock);
	} else {
		/* the blocking calls, on @p2: the APIs, and a primitive on a member of a sleeping class */
		for (i = 0; i < x->block->n; i++)
			fprintf(f, "%s%s%s@p2(...)\n", i ? "|\n" : "", star, x->block->v[i]);
		for (i = 0; i < x->block_fields->n; i++)
			fprintf(f, "|\n%sbp@p2(&BE->%s, ...)\n", star, x->block_fields->v[i]);
	}
	fprintf(f, ")\n\n");
}

/*
 * The blocking acquisitions that have a trylock in the pack (the same class,
 * mode and lock parameter, by position and name, 'try', as many parameters):
 * folio_lock(folio) -> folio_trylock(folio), lock_page(page) -> trylock_page(page).
 */
static void trylock_pairs(const struct names *block, struct names *tried, struct names *trylock)
{
	int i, p, q, j, k, t;

	for (i = 0; i < block->n; i++)
		for (p = 0; p < 2; p++) {
			const struct lr_api *b = lr_pack_api(packs[p], block->v[i]);

			for (j = 0; b && j < b->neffects; j++) {
				const struct lr_effect *e = &b->effects[j];

				/* unconditional: a killable acquisition's failure has no trylock form */
				if (e->kind != LR_EFF_ACQUIRE || e->is_try || e->when != LR_WHEN_ALWAYS ||
				    e->path.kind != LR_PATH_PARAM)
					continue;
				for (q = 0; q < 2; q++)
					for (t = 0; t < packs[q]->napis; t++) {
						const struct lr_api *ta = &packs[q]->apis[t];

						for (k = 0; k < ta->neffects; k++) {
							const struct lr_effect *te = &ta->effects[k];

							if (te->kind == LR_EFF_ACQUIRE && te->is_try &&
							    te->mode == e->mode && ta->nparams == b->nparams &&
							    te->path.kind == LR_PATH_PARAM &&
							    te->path.param == e->path.param && !te->path.field &&
							    /* the same argument: lock_page(page), trylock_page(page) */
							    !strcmp(ta->params[te->path.param], b->params[e->path.param]) &&
							    !e->path.field && te->cls >= 0 && e->cls >= 0 &&
							    !strcmp(packs[q]->classes[te->cls].name,
								    packs[p]->classes[e->cls].name)) {
								int n = tried->n;

								add_name(tried, b->name, NULL);
								if (tried->n > n)	/* parallel to tried */
									trylock->v[trylock->n++] = ta->name;
							}
						}
					}
			}
		}
}

static void write_sleep(FILE *f, const struct lr_pack *pack, const struct lr_rule *rule)
{
	struct names ret_src = { 0 }, out_src = { 0 }, ptr_fields = { 0 }, emb_fields = { 0 };
	struct names lockptr = { 0 }, prim = { 0 }, prim_src = { 0 }, rel = { 0 }, rel_src = { 0 };
	struct names block = { 0 }, block_fields = { 0 }, all_spin = { 0 }, spin_rel = { 0 };
	struct names all_fields = { 0 }, ret_ptr = { 0 };
	struct sleep_ctx x = { 0 };
	int k, i, j, p, form, fi, c;
	char name[32];
	char spins[400] = "", sleeps[400] = "";

	for (k = 0; k < pack->nclasses; k++) {
		const char *cls = pack->classes[k].name;
		enum lr_lock_kind kind = pack->classes[k].kind;

		if (rule->under_kinds & (1u << kind)) {
			snprintf(spins + strlen(spins), sizeof(spins) - strlen(spins), "%s%s",
				 spins[0] ? ", " : "", pack->classes[k].what);
			for (p = 0; p < 2; p++)
				for (i = 0; i < packs[p]->napis; i++) {
					const struct lr_api *api = &packs[p]->apis[i];

					for (j = 0; j < api->neffects; j++) {
						const struct lr_effect *e = &api->effects[j];

						if (!class_in(packs[p], e->cls, cls))
							continue;
						/* unconditional: a NULL-returning getter leaves nothing held */
						if (e->kind == LR_EFF_ACQUIRE && e->path.kind == LR_PATH_RET &&
						    e->when == LR_WHEN_ALWAYS)
							add_name(&ret_src, api->name, NULL);
						if (e->kind == LR_EFF_ACQUIRE && e->path.kind == LR_PATH_DEREF &&
						    e->path.param == api->nparams - 1)
							add_name(&out_src, api->name, NULL);
						if (e->kind == LR_EFF_LOCKPTR && e->path.kind == LR_PATH_RET)
							add_name(&lockptr, api->name, NULL);
						if (e->kind == LR_EFF_RELEASE && e->path.kind == LR_PATH_PARAM &&
						    e->path.param == 0 && !e->path.field)
							add_name(&rel, api->name, NULL);
					}
				}
			for (i = 0; i < pack->nfields; i++)
				if (pack->fields[i].cls == k) {
					add_name(pack->fields[i].pointee ? &ptr_fields : &emb_fields,
						 pack->fields[i].field, NULL);
					add_name(&all_fields, pack->fields[i].field, NULL);
				}
		} else if (rule->blocking_kinds & (1u << kind)) {
			snprintf(sleeps + strlen(sleeps), sizeof(sleeps) - strlen(sleeps), "%s%s",
				 sleeps[0] ? ", " : "", pack->classes[k].what);
			apis_with(cls, LR_EFF_ACQUIRE, 1, 0, &block);
			for (i = 0; i < pack->nfields; i++)
				if (pack->fields[i].cls == k)
					add_name(&block_fields, pack->fields[i].field, NULL);
		}
	}
	/* the primitives: taking (not trying) and releasing the lock their first argument names */
	primitives(&prim_src, &rel_src);
	source_names(&prim_src, &prim);
	source_names(&rel_src, &spin_rel);
	for (i = 0; i < rel.n; i++)
		add_name(&spin_rel, rel.v[i], NULL);
	for (i = 0; i < ret_src.n; i++)
		add_name(&all_spin, ret_src.v[i], NULL);
	for (i = 0; i < out_src.n; i++)
		add_name(&all_spin, out_src.v[i], NULL);
	for (i = 0; i < prim.n; i++)
		add_name(&all_spin, prim.v[i], NULL);

	x.prim = &prim;
	x.spin_rel = &spin_rel;
	x.block = &block;
	x.block_fields = &block_fields;
	x.not_patch = "";
	if (rule->cocci.drop) {
		x.drop = rule->cocci.drop;
		x.retake = rule->cocci.retake;
		trylock_pairs(&block, &x.tried, &x.trylock);
		if (x.tried.n)
			x.not_patch = " && !patch";
	}
	/*
	 * The patch drops and retakes the lock an API returned only where that
	 * is a lock the primitives take: a class with a lock-pointer getter
	 * (pmd_lock()'s ptl, not folio_lruvec_lock()'s lruvec).
	 */
	for (i = 0; i < ret_src.n; i++)
		for (p = 0; p < 2; p++) {
			const struct lr_api *api = lr_pack_api(packs[p], ret_src.v[i]);

			for (j = 0; api && j < api->neffects; j++) {
				struct names getters = { 0 };

				if (api->effects[j].kind != LR_EFF_ACQUIRE || api->effects[j].path.kind != LR_PATH_RET ||
				    api->effects[j].cls < 0)
					continue;
				lockptrs(packs[p]->classes[api->effects[j].cls].name, &getters);
				if (getters.n)
					add_name(&ret_ptr, ret_src.v[i], NULL);
			}
		}

	fprintf(f, "// SPDX-License-Identifier: GPL-2.0\n");
	fprintf(f, "/// sleeping lock taken under a spinlock [lockrules:%s]\n", rule->id);
	fprintf(f, "///\n//# Generated from rules/mm.rules (the classes of kind spin, and the blocking\n");
	fprintf(f, "//# acquisitions of the sleeping kinds) by lockrules' plugin/tools/rules2cocci.c:\n");
	fprintf(f, "//# change the rule pack and run 'make cocci', not this file.\n");
	fprintf(f, "//# Reports a blocking acquisition of %s (not a trylock)\n", sleeps);
	fprintf(f, "//# between the acquisition of %s and its release,\n", spins);
	fprintf(f, "//# where no path reaches it without the spin lock.  A spinlock holder must not\n");
	fprintf(f, "//# sleep: do_huge_pmd_wp_page() and madvise_free_pte_range() use folio_trylock()\n");
	fprintf(f, "//# under the ptl and drop the ptl to wait.\n");
	if (x.tried.n)
		fprintf(f, "//# Patch mode: the blocking call becomes its trylock; where that fails, %s(),\n"
			   "//# the blocking call, %s(); what the spin lock protects must then be checked again.\n",
			x.drop, x.retake);
	fprintf(f, "//\n");
	fprintf(f, "// Confidence: Moderate\n// Copyright: (C) 2026 The lockrules authors.\n");
	fprintf(f, "// Comments: the GCC plugin checks the same rule with the locks held on every path\n");
	fprintf(f, "// Options: --no-includes --include-headers\n\nvirtual context\nvirtual org\nvirtual report\n%s\n",
		x.tried.n ? "virtual patch\n" : "");
	prelude(f, NULL);

	/* the blocking calls, on @p2: the APIs, and a primitive on a member of a sleeping class */
#define BLOCKING(star) do { \
		fprintf(f, "(\n"); \
		for (i = 0; i < block.n; i++) \
			fprintf(f, "%s%s%s@p2(...)\n", i ? "|\n" : "", star, block.v[i]); \
		for (i = 0; i < block_fields.n; i++) \
			fprintf(f, "|\n%sbp@p2(&BE->%s, ...)\n", star, block_fields.v[i]); \
		fprintf(f, ")\n"); \
	} while (0)
#define BLOCK_VARS() do { \
		fprintf(f, "expression BE;\n"); \
		print_regex(f, "bp", &prim); \
	} while (0)

	/*
	 * The candidates first: a blocking call after a spin lock's acquisition
	 * with no release between (s0..s4, report and org).  Then, only in a file
	 * with a candidate, the paths that clear one: a path from the function's
	 * start (u) or from a release (u2) to the blocking call that takes no spin
	 * lock; their positions go into lr_excl, which lr_report()/lr_org() skip.
	 * Most files have no candidate, so u and u2 are not run there (they were
	 * half of this file's time on mm/).  Context mode (s0_c..) needs them
	 * before its matches: a position constraint.
	 */
#define SLEEP_SRC(form) ((form) == 0 ? &ret_src : (form) == 1 ? &out_src : (form) == 2 ? &ptr_fields : \
			 (form) == 3 ? &emb_fields : &lockptr)
	/* one rule per member for forms 2 and 3: a constant member lets spatch skip functions */
#define SLEEP_VARIANTS(form) ((form) == 2 || (form) == 3 ? SLEEP_SRC(form)->n : SLEEP_SRC(form)->n ? 1 : 0)
#define SLEEP_FORMS(c) \
	for (form = 0; form < 5; form++) \
		for (fi = 0; fi < SLEEP_VARIANTS(form); fi++) \
			write_sleep_form(f, &x, form, fi, c, (c) == 2 && !(form) ? &ret_ptr : SLEEP_SRC(form));
	SLEEP_FORMS(0);
	for (k = 0; k < 2; k++) {
		fprintf(f, "@%s depends on context%s", k ? "u2" : "u", x.tried.n ? " || patch" : "");
		for (form = 0; form < 5; form++)
			for (fi = 0; fi < SLEEP_VARIANTS(form); fi++) {
				sleep_rule_name(name, sizeof(name), form, fi);
				fprintf(f, " || %s", name);
			}
		fprintf(f, " exists@\n%sposition p2;\n", k ? "" : "identifier fn;\n");
		BLOCK_VARS();
		if (!k) {
			fprintf(f, "@@\n\nfn(...) {\n... when != ");
			print_inline(f, &all_spin, "...", NULL);
			BLOCKING("");
			fprintf(f, "... when any\n}\n\n");
		} else {
			fprintf(f, "@@\n\n(\n");
			for (i = 0; i < spin_rel.n; i++)
				fprintf(f, "%s%s(...)\n", i ? "|\n" : "", spin_rel.v[i]);
			fprintf(f, "|\npte_unmap_unlock(...)\n)\n... when != ");
			print_inline(f, &all_spin, "...", NULL);
			BLOCKING("");
			fprintf(f, "\n");
		}
		fprintf(f, "@script:python@\np2 << %s.p2;\n@@\n\nlr_excl.add(lr_key(p2[0]))\n\n", k ? "u2" : "u");
	}
	SLEEP_FORMS(1);
	if (x.tried.n)
		SLEEP_FORMS(2);
#undef SLEEP_FORMS
	/* messages: what the spin lock is, what the blocking call takes */
	for (form = 0; form < 5; form++) {
		const struct names *src = SLEEP_SRC(form);

		for (fi = 0; fi < SLEEP_VARIANTS(form); fi++)
		for (c = 0; c < 2; c++) {
			sleep_rule_name(name, sizeof(name), form, fi);
			fprintf(f, "@script:python depends on %s@\np1 << %s.p1;\np2 << %s.p2;\n%s@@\n\n",
				c ? "report" : "org", name, name, form == 4 ? "p0 << s4.p0;\n" : "");
			if (form == 2 || form == 3)
				fprintf(f, "fld = \"%s\"\n", src->v[fi]);
			fprintf(f, "held = ");
			if (form == 2 || form == 3) {
				fprintf(f, "{");
				for (i = 0; i < src->n; i++) {
					char d[200] = "";

					for (j = 0; j < pack->nfields; j++)
						if (!strcmp(pack->fields[j].field, src->v[i]) && pack->fields[j].cls >= 0 &&
						    pack->classes[pack->fields[j].cls].kind == LR_KIND_SPIN) {
							struct lr_atom a = { pack->fields[j].cls, LR_MODE_NONE };

							lr_atom_describe(pack, &a, d, sizeof(d));
						}
					fprintf(f, "%s\"%s\": ", i ? ", " : "", src->v[i]);
					py_string(f, d);
				}
				fprintf(f, "}.get(fld, 'a spinlock')\n");
			} else if (form == 4) {
				print_what_dict(f, pack, src, 1);
				fprintf(f, ".get(lr_word(p0[0], r'(\\w+)'), 'a spinlock')\n");
			} else {
				print_what_dict(f, pack, src, 1);
				fprintf(f, ".get(lr_word(p1[0], r'(\\w+)'), 'a spinlock')\n");
			}
			fprintf(f, "takes = ");
			print_what_dict(f, pack, &block, 0);
			fprintf(f, ".get(lr_word(p2[0], r'(\\w+)'))\nif not takes:\n    takes = {");
			for (i = 0; i < pack->nfields; i++)
				if (pack->fields[i].cls >= 0 && pack->classes[pack->fields[i].cls].kind != LR_KIND_SPIN &&
				    pack->classes[pack->fields[i].cls].kind != LR_KIND_TOKEN) {
					struct lr_atom a = { pack->fields[i].cls, LR_MODE_NONE };
					char d[200];

					lr_atom_describe(pack, &a, d, sizeof(d));
					fprintf(f, "\"%s\": ", pack->fields[i].field);
					py_string(f, d);
					fprintf(f, ", ");
				}
			fprintf(f, "}.get(lr_word(p2[0], r'^\\w+\\s*\\(\\s*&[^,)]*->\\s*(\\w+)'), 'a sleeping lock')\n");
			if (c)
				fprintf(f, "lr_report(p2[0], \"%s: %%s taken while %%s is held [-Wlockrules=%s] (taken on line %%s)\" %% (takes, held, p1[0].line))\n\n", rule->what, rule->id);
			else
				fprintf(f, "lr_org(p2, \"%s: %%s taken while %%s is held [-Wlockrules=%s]\" %% (takes, held), p1, \"the spinlock taken on\")\n\n", rule->what, rule->id);
		}
	}
#undef BLOCKING
#undef SLEEP_SRC
#undef SLEEP_VARIANTS
#undef BLOCK_VARS
}

/*
 * The written file, with each 'when != \(a(ARGS)\|b(ARGS)\|...\)' list
 * turned into one identifier metavariable per argument shape:
 *
 *     identifier lrw0 =~ "^(a|b)$";            (before the rule's @@)
 *     ... when != \(lrw0(ARGS)\|E = V\)
 *
 * The same match (a 'when !=' metavariable bound nowhere else is any
 * identifier the regex allows), but spatch tries its isomorphisms on every
 * disjunct of a semantic patch when it parses it, and the lists of lock
 * APIs made that parse cost more than the match itself (pt-retract: 1.5 s
 * of 1.9 s on khugepaged.c).  The positive disjunctions stay as they are:
 * spatch picks the files to parse from their function names.  To see the
 * uncompacted form, run spatch --parse-cocci on a file and read its
 * disjunctions there.
 */
#define MAX_SHAPES 16

static int is_ident_call(const char *item, size_t len, size_t *name_len)
{
	size_t i = 0;

	while (i < len && (item[i] == '_' || (item[i] >= 'a' && item[i] <= 'z') ||
			   (item[i] >= 'A' && item[i] <= 'Z') || (i && item[i] >= '0' && item[i] <= '9')))
		i++;
	if (!i || i >= len || item[i] != '(' || item[len - 1] != ')')
		return 0;
	*name_len = i;
	return 1;
}

/* One 'when != \(...\)' body (between "\(" and "\)"): the rewritten list, and decls appended. */
static void compact_list(FILE *out, const char *body, size_t len, FILE *decls, int *nvar)
{
	const char *item[MAX_NAMES * 2];
	size_t ilen[MAX_NAMES * 2], nlen[MAX_NAMES * 2];
	int nitems = 0, i, j, done[MAX_NAMES * 2] = { 0 }, first = 1;
	const char *q = body, *end = body + len;

	while (q < end && nitems < MAX_NAMES * 2) {
		const char *bar = strstr(q, "\\|");

		if (!bar || bar > end)
			bar = end;
		item[nitems] = q;
		ilen[nitems] = bar - q;
		nitems++;
		q = bar < end ? bar + 2 : end;
	}
	if (q < end) {	/* more than the table holds: leave the list as written */
		fprintf(out, "\\(%.*s\\)", (int)len, body);
		return;
	}
	fprintf(out, "\\(");
	for (i = 0; i < nitems; i++) {
		int same = 0;

		if (done[i])
			continue;
		if (is_ident_call(item[i], ilen[i], &nlen[i]))
			for (j = i + 1; j < nitems; j++)
				if (!done[j] && is_ident_call(item[j], ilen[j], &nlen[j]) &&
				    ilen[j] - nlen[j] == ilen[i] - nlen[i] &&
				    !memcmp(item[j] + nlen[j], item[i] + nlen[i], ilen[i] - nlen[i]))
					same++;
		if (!same) {
			fprintf(out, "%s%.*s", first ? "" : "\\|", (int)ilen[i], item[i]);
			first = 0;
			done[i] = 1;
			continue;
		}
		fprintf(decls, "identifier lrw%d =~ \"^(%.*s", *nvar, (int)nlen[i], item[i]);
		for (j = i + 1; j < nitems; j++)
			if (!done[j] && is_ident_call(item[j], ilen[j], &nlen[j]) &&
			    ilen[j] - nlen[j] == ilen[i] - nlen[i] &&
			    !memcmp(item[j] + nlen[j], item[i] + nlen[i], ilen[i] - nlen[i])) {
				fprintf(decls, "|%.*s", (int)nlen[j], item[j]);
				done[j] = 1;
			}
		fprintf(decls, ")$\";\n");
		fprintf(out, "%slrw%d%.*s", first ? "" : "\\|", *nvar, (int)(ilen[i] - nlen[i]),
			item[i] + nlen[i]);
		first = 0;
		done[i] = 1;
		(*nvar)++;
	}
	fprintf(out, "\\)");
}

static void flush_rule(FILE *out, FILE **decls, char **dbuf, FILE **rule, char **body)
{
	fclose(*decls);
	fclose(*rule);
	fprintf(out, "%s%s", *dbuf, *body);
	free(*dbuf);
	free(*body);
	*rule = NULL;
}

static int write_compacted(const char *path, const char *text)
{
	FILE *out = fopen(path, "w"), *decls = NULL, *rule = NULL;
	const char *line = text;
	char *dbuf = NULL, *body = NULL;
	size_t dlen, blen;
	int nvar = 0, in_header = 0, match = 0;

	if (!out)
		return -1;
	/* rule by rule: the header as is, the new decls before its @@, then the body */
	while (*line) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line + 1) : strlen(line);

		if (line[0] == '@' && line[1] != '@') {
			if (rule)
				flush_rule(out, &decls, &dbuf, &rule, &body);
			in_header = 1;
			match = !memmem(line, len, "script:", 7) && !memmem(line, len, "initialize:", 11) &&
				!memmem(line, len, "finalize:", 9);
		} else if (in_header && !strncmp(line, "@@", 2)) {
			in_header = 0;
			if (match) {
				decls = open_memstream(&dbuf, &dlen);
				rule = open_memstream(&body, &blen);
				nvar = 0;
			}
		}
		if (rule) {
			const char *w = memmem(line, len, "when != \\(", 10);
			const char *close = w ? memmem(w, line + len - w, "\\)\n", 3) : NULL;

			if (close) {
				fwrite(line, 1, w + 8 - line, rule);
				compact_list(rule, w + 10, close - (w + 10), decls, &nvar);
				fwrite(close + 2, 1, line + len - (close + 2), rule);
			} else {
				fwrite(line, 1, len, rule);
			}
		} else {
			fwrite(line, 1, len, out);
		}
		line += len;
	}
	if (rule)
		flush_rule(out, &decls, &dbuf, &rule, &body);
	return fclose(out);
}

/* A file written into memory: compacted into PATH. */
static int finish(FILE *f, char **made, const char *path)
{
	int bad = fclose(f) || write_compacted(path, *made);	/* fclose() sets *made */

	if (bad)
		fprintf(stderr, "rules2cocci: cannot write %s\n", path);
	free(*made);
	*made = NULL;
	return bad;
}

int main(int argc, char **argv)
{
	FILE *in;
	char *text, err[1024], path[1024], *made = NULL;
	size_t made_len;
	long n;
	int i;

	if (argc != 3) {
		fprintf(stderr, "usage: rules2cocci RULES OUTDIR\n");
		return 2;
	}
	in = fopen(argv[1], "rb");
	if (!in || fseek(in, 0, SEEK_END) || (n = ftell(in)) < 0 || fseek(in, 0, SEEK_SET)) {
		fprintf(stderr, "rules2cocci: cannot read %s\n", argv[1]);
		return 2;
	}
	text = malloc(n + 1);
	if (!text || (long)fread(text, 1, n, in) != n) {
		fprintf(stderr, "rules2cocci: cannot read %s\n", argv[1]);
		return 2;
	}
	text[n] = '\0';
	pack_text = text;
	pack_file = argv[1];
	fclose(in);
	for (i = 0; i < 2; i++) {
		packs[i] = lr_pack_parse(text, argv[1], versions[i], err, sizeof(err));
		if (!packs[i]) {
			fprintf(stderr, "%s\n", err);
			return 1;
		}
		drop_arg_effects(packs[i]);
	}
	for (i = 0; i < packs[0]->nrules; i++) {
		const struct lr_rule *r = &packs[0]->rules[i];
		FILE *f;

		if (r->cocci.tmpl == LR_COCCI_NONE)
			continue;	/* 'cocci none': the plugin checks it, Coccinelle does not */
		snprintf(path, sizeof(path), "%s/%s.cocci", argv[2], r->id);
		f = open_memstream(&made, &made_len);
		if (!f) {
			fprintf(stderr, "rules2cocci: out of memory\n");
			return 2;
		}
		/* a 'blocking KIND.. under KIND..' rule has a template of its own */
		if (r->blocking_kinds) {
			write_sleep(f, packs[0], r);
			if (finish(f, &made, path))
				return 2;
			continue;
		}
		/* the rule's 'cocci' line says which template */
		switch (r->cocci.tmpl) {
		case LR_COCCI_SIBLING:
			write_sibling(f, packs[0], r);
			break;
		case LR_COCCI_MISSING:
			write_missing(f, packs[0], r, packs[0]->classes[r->cocci.trigger].name,
				      packs[0]->classes[r->cocci.missing].name, r->cocci.patch);
			break;
		case LR_COCCI_RELEASED:
			write_released(f, packs[0], r);
			break;
		case LR_COCCI_NONE:
			break;
		}
		if (finish(f, &made, path))
			return 2;
	}
	snprintf(path, sizeof(path), "%s/lock-order.cocci", argv[2]);
	{
		FILE *f = open_memstream(&made, &made_len);

		if (!f) {
			fprintf(stderr, "rules2cocci: out of memory\n");
			return 2;
		}
		write_order(f, packs[0]);
		if (finish(f, &made, path))
			return 2;
	}
	free(text);
	return 0;
}
