// SPDX-License-Identifier: GPL-2.0
/*
 * Rule pack parser.  The language is line based (see rules/mm.rules for the
 * grammar): a top-level directive per line, and indented effect or attribute
 * lines that belong to the 'api' or 'rule' above them.  Every error names
 * file:line:col and what was expected there; nothing here aborts.
 */
#include <ctype.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules.h"

/* class_ref() results besides a class: declared but not in this kernel, or '*' */
#define CLASS_ERROR	(-1)
#define CLASS_INACTIVE	(-2)
#define CLASS_FROM_ARG	(-3)

struct parser {
	const char *file;
	int line;
	const char *linestart;
	const char *p;		/* cursor in the current line */
	const char *end;	/* end of the current line */
	int version;
	char *err;
	int errlen;
	int failed;
	struct lr_pack *pack;
	struct lr_api *api;	/* open 'api' block, NULL if inactive */
	struct lr_rule *rule;	/* open 'rule' block */
	int in_block;		/* 1: api, 2: rule, 3: skipped (inactive) block */
	int rule_has_needs;
	/* every class declared, active or not: a reference to an inactive one is no error */
	char *class_names_all[LR_MAX_CLASSES];
	int nclass_names_all;
};

static void fail(struct parser *ps, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (ps->failed)
		return;
	ps->failed = 1;
	n = snprintf(ps->err, ps->errlen, "%s:%d:%d: error: ", ps->file, ps->line,
		     (int)(ps->p - ps->linestart) + 1);
	if (n < 0 || n >= ps->errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(ps->err + n, ps->errlen - n, fmt, ap);
	va_end(ap);
}

static char *xstrndup(const char *s, size_t n)
{
	char *d = malloc(n + 1);

	if (!d)
		abort();
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

static void *xgrow(void *ptr, int n, size_t size)
{
	/* grow arrays one element at a time, in chunks of 16 */
	if (n % 16 == 0) {
		ptr = realloc(ptr, (n + 16) * size);
		if (!ptr)
			abort();
		memset((char *)ptr + n * size, 0, 16 * size);
	}
	return ptr;
}

static void skip_space(struct parser *ps)
{
	while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t'))
		ps->p++;
	if (ps->p < ps->end && *ps->p == '#')
		ps->p = ps->end;
}

static int at_end(struct parser *ps)
{
	skip_space(ps);
	return ps->p >= ps->end;
}

static int is_ident_char(int c)
{
	return isalnum(c) || c == '_' || c == '-' || c == '.';
}

/* An identifier (letters, digits, _ - .); NULL and an error if none. */
static char *ident(struct parser *ps, const char *what)
{
	const char *s;

	skip_space(ps);
	s = ps->p;
	while (ps->p < ps->end && is_ident_char((unsigned char)*ps->p))
		ps->p++;
	if (ps->p == s) {
		fail(ps, "expected %s", what);
		return NULL;
	}
	return xstrndup(s, ps->p - s);
}

static int accept(struct parser *ps, const char *tok)
{
	size_t n = strlen(tok);

	skip_space(ps);
	if ((size_t)(ps->end - ps->p) >= n && !strncmp(ps->p, tok, n)) {
		/* keywords must end at a word boundary */
		if (isalpha((unsigned char)tok[n - 1]) && ps->p + n < ps->end &&
		    is_ident_char((unsigned char)ps->p[n]))
			return 0;
		ps->p += n;
		return 1;
	}
	return 0;
}

static int expect(struct parser *ps, const char *tok)
{
	if (accept(ps, tok))
		return 1;
	fail(ps, "expected '%s'", tok);
	return 0;
}

static char *string(struct parser *ps, const char *what)
{
	const char *s;

	skip_space(ps);
	if (ps->p >= ps->end || *ps->p != '"') {
		fail(ps, "expected %s as a quoted string", what);
		return NULL;
	}
	s = ++ps->p;
	while (ps->p < ps->end && *ps->p != '"')
		ps->p++;
	if (ps->p >= ps->end) {
		ps->p = s - 1;
		fail(ps, "unterminated string: expected a closing '\"' on this line");
		return NULL;
	}
	ps->p++;
	return xstrndup(s, ps->p - s - 1);
}

int lr_parse_version(const char *s)
{
	int maj, min;
	char c;

	if (!s || sscanf(s, "%d.%d%c", &maj, &min, &c) != 2 || maj < 2 || maj > 99 ||
	    min < 0 || min > 999)
		return -1;
	return LR_VERSION(maj, min);
}

static int version_arg(struct parser *ps)
{
	const char *start;
	char *s;
	int v;

	skip_space(ps);
	start = ps->p;
	s = ident(ps, "a kernel version such as 6.12");
	if (!s)
		return -1;
	v = lr_parse_version(s);
	free(s);
	if (v < 0) {
		ps->p = start;
		fail(ps, "expected a kernel version such as 6.12");
	}
	return v;
}

/* Optional "since V" / "until V" qualifiers; returns whether active. */
static int version_range(struct parser *ps)
{
	int active = 1, v;

	for (;;) {
		if (accept(ps, "since")) {
			v = version_arg(ps);
			if (v >= 0 && ps->version < v)
				active = 0;
		} else if (accept(ps, "until")) {
			v = version_arg(ps);
			if (v >= 0 && ps->version > v)
				active = 0;
		} else {
			return active;
		}
		if (ps->failed)
			return 0;
	}
}

const char *lr_lock_kind_name(enum lr_lock_kind kind)
{
	static const char *const names[] = { "rwsem", "spin", "bit", "token" };

	return kind <= LR_KIND_TOKEN ? names[kind] : "?";
}

int lr_pack_class(const struct lr_pack *pack, const char *name)
{
	int i;

	for (i = 0; i < pack->nclasses; i++)
		if (!strcmp(pack->classes[i].name, name))
			return i;
	return -1;
}

/*
 * A class reference.  Returns the class, CLASS_INACTIVE for a class
 * declared but inactive in this kernel version, CLASS_FROM_ARG for '*',
 * CLASS_ERROR on error.
 */
static int class_ref(struct parser *ps, int allow_star)
{
	const char *save;
	char *name;
	int c, i;

	skip_space(ps);
	save = ps->p;
	if (allow_star && accept(ps, "*"))
		return CLASS_FROM_ARG;
	name = ident(ps, "a lock class");
	if (!name)
		return CLASS_ERROR;
	c = lr_pack_class(ps->pack, name);
	if (c < 0) {
		c = CLASS_ERROR;
		for (i = 0; i < ps->nclass_names_all; i++)
			if (!strcmp(ps->class_names_all[i], name))
				c = CLASS_INACTIVE;
		if (c == CLASS_ERROR) {
			ps->p = save;
			fail(ps, "expected a lock class declared by 'class', not '%s'", name);
		}
	}
	free(name);
	return c;
}

static int mode_ref(struct parser *ps, enum lr_mode *mode)
{
	if (accept(ps, "R"))
		*mode = LR_MODE_R;
	else if (accept(ps, "W"))
		*mode = LR_MODE_W;
	else {
		fail(ps, "expected a lock mode, R or W");
		return 0;
	}
	return 1;
}

static void do_class(struct parser *ps)
{
	struct lr_pack *pack = ps->pack;
	struct lr_class cls;
	char *sat = NULL, *kind;
	int active;

	memset(&cls, 0, sizeof(cls));
	cls.name = ident(ps, "a class name");
	if (!cls.name)
		return;
	if (lr_pack_class(pack, cls.name) >= 0) {
		fail(ps, "class '%s' is declared twice", cls.name);
		goto out;
	}
	kind = ident(ps, "a lock kind (rwsem, spin, bit or token)");
	if (!kind)
		goto out;
	for (cls.kind = LR_KIND_RWSEM; cls.kind <= LR_KIND_TOKEN; cls.kind++)
		if (!strcmp(kind, lr_lock_kind_name(cls.kind)))
			break;
	free(kind);
	if (cls.kind > LR_KIND_TOKEN) {
		fail(ps, "expected a lock kind (rwsem, spin, bit or token)");
		goto out;
	}
	cls.what = string(ps, "the lock's name in diagnostics");
	if (!cls.what)
		goto out;
	active = version_range(ps);
	while (!ps->failed && !at_end(ps)) {
		if (accept(ps, "satisfies")) {
			skip_space(ps);
			{
				const char *s = ps->p;

				while (ps->p < ps->end && (is_ident_char((unsigned char)*ps->p) ||
							   *ps->p == ','))
					ps->p++;
				free(sat);
				sat = xstrndup(s, ps->p - s);
			}
		} else if (accept(ps, "family")) {
			free(cls.family);
			cls.family = ident(ps, "a family name");
			if (!cls.family)
				break;
		} else {
			fail(ps, "expected 'since', 'until', 'satisfies' or 'family'");
		}
	}
	if (ps->failed)
		goto out;
	if (ps->nclass_names_all < LR_MAX_CLASSES)
		ps->class_names_all[ps->nclass_names_all++] = strdup(cls.name);
	if (!active)
		goto out;
	if (pack->nclasses >= LR_MAX_CLASSES) {
		fail(ps, "too many classes (at most %d)", LR_MAX_CLASSES);
		goto out;
	}
	/* 'satisfies' names classes declared earlier */
	if (sat) {
		char *tok, *save = NULL;

		for (tok = strtok_r(sat, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			int c = lr_pack_class(pack, tok);

			if (c < 0) {
				fail(ps, "expected a class declared earlier after 'satisfies', not '%s'", tok);
				goto out;
			}
			cls.satisfies |= 1u << c;
		}
	}
	pack->classes[pack->nclasses++] = cls;
	free(sat);
	return;
out:
	free(sat);
	free(cls.name);
	free(cls.what);
	free(cls.family);
}

/* RECORD.FIELD, split; 0 and an error naming the example if malformed. */
static int record_field(struct parser *ps, const char *example, char **record, char **field)
{
	char *dotted = ident(ps, "RECORD.FIELD"), *dot;

	if (!dotted)
		return 0;
	dot = strchr(dotted, '.');
	if (!dot || dot == dotted || !dot[1]) {
		fail(ps, "expected RECORD.FIELD, such as %s", example);
		free(dotted);
		return 0;
	}
	*record = xstrndup(dotted, dot - dotted);
	*field = strdup(dot + 1);
	free(dotted);
	return 1;
}

static void do_field(struct parser *ps)
{
	struct lr_pack *pack = ps->pack;
	struct lr_field f;
	int c;

	memset(&f, 0, sizeof(f));
	if (!record_field(ps, "mm_struct.mmap_lock", &f.record, &f.field))
		return;
	if (accept(ps, "-")) {
		c = LR_CLASS_NONE;	/* transparent wrapper member */
	} else {
		c = class_ref(ps, 0);
		if (c == CLASS_ERROR || c == CLASS_INACTIVE)
			goto out;
	}
	f.cls = c;
	if (accept(ps, "pointer")) {
		if (c == LR_CLASS_NONE) {
			fail(ps, "expected the end of the line: a wrapper ('-') is no pointer");
			goto out;
		}
		f.pointee = 1;
	}
	if (!at_end(ps)) {
		fail(ps, "expected 'pointer' or the end of the line");
		goto out;
	}
	pack->fields = xgrow(pack->fields, pack->nfields, sizeof(f));
	pack->fields[pack->nfields++] = f;
	return;
out:
	free(f.record);
	free(f.field);
}

static void do_passthrough(struct parser *ps)
{
	struct lr_api api;

	memset(&api, 0, sizeof(api));
	api.name = ident(ps, "a function name");
	if (!api.name)
		return;
	if (!at_end(ps)) {
		fail(ps, "expected the end of the line");
		free(api.name);
		return;
	}
	/* a passthrough is an api with one parameter and no effect */
	api.nparams = 1;
	api.params[0] = strdup("x");
	api.line = -1;
	ps->pack->apis = xgrow(ps->pack->apis, ps->pack->napis, sizeof(api));
	ps->pack->apis[ps->pack->napis++] = api;
}

/* kernels OLDEST NEWEST: the kernel versions the pack states rules for */
static void do_kernels(struct parser *ps)
{
	int oldest, newest;

	if (ps->pack->oldest) {
		fail(ps, "a second 'kernels' line");
		return;
	}
	oldest = version_arg(ps);
	if (oldest < 0)
		return;
	newest = version_arg(ps);
	if (newest < 0)
		return;
	if (newest < oldest) {
		fail(ps, "the newest kernel is older than the oldest");
		return;
	}
	ps->pack->oldest = oldest;
	ps->pack->newest = newest;
}

/*
 * The end of an 'api' or 'rule' line: [since V] [until V].  1: the block
 * is active; 0: not in this kernel (its lines are skipped); -1: an error.
 */
static int block_head_end(struct parser *ps)
{
	int active = version_range(ps);

	if (ps->failed)
		return -1;
	if (!at_end(ps)) {
		fail(ps, "expected 'since', 'until' or the end of the line");
		return -1;
	}
	if (!active)
		ps->in_block = 3;
	return active ? 1 : 0;
}

static void do_api(struct parser *ps)
{
	struct lr_pack *pack = ps->pack;
	struct lr_api api;

	memset(&api, 0, sizeof(api));
	api.line = ps->line;
	api.name = ident(ps, "a function name");
	if (!api.name)
		return;
	if (!expect(ps, "("))
		goto out;
	if (!accept(ps, ")")) {
		do {
			if (api.nparams >= LR_MAX_PARAMS) {
				fail(ps, "too many parameters (at most %d)", LR_MAX_PARAMS);
				goto out;
			}
			api.params[api.nparams] = ident(ps, "a parameter name");
			if (!api.params[api.nparams])
				goto out;
			api.nparams++;
		} while (accept(ps, ","));
		if (!expect(ps, ")"))
			goto out;
	}
	if (block_head_end(ps) <= 0)
		goto out;
	if (lr_pack_api(pack, api.name)) {
		fail(ps, "api '%s' is declared twice", api.name);
		goto out;
	}
	pack->apis = xgrow(pack->apis, pack->napis, sizeof(api));
	pack->apis[pack->napis] = api;
	ps->api = &pack->apis[pack->napis++];
	ps->in_block = 1;
	return;
out:
	free(api.name);
	while (api.nparams--)
		free(api.params[api.nparams]);
}

/* The index of parameter name of api, or -1. */
static int find_param(const struct lr_api *api, const char *name)
{
	int i;

	for (i = 0; i < api->nparams; i++)
		if (!strcmp(api->params[i], name))
			return i;
	return -1;
}

static int param_index(struct parser *ps, const struct lr_api *api, const char *name)
{
	int i = find_param(api, name);

	if (i < 0)
		fail(ps, "expected a parameter of %s(), 'ret' or '*', not '%s'", api->name, name);
	return i;
}

/* PATH: param | param->field | *param | ret | * */
static int path_ref(struct parser *ps, struct lr_path *path)
{
	const struct lr_api *api = ps->api;
	char *name;
	const char *save;

	memset(path, 0, sizeof(*path));
	if (!expect(ps, "("))
		return 0;
	if (accept(ps, "*")) {
		skip_space(ps);
		if (accept(ps, ")")) {
			path->kind = LR_PATH_ALL;
			return 1;
		}
		path->kind = LR_PATH_DEREF;
	} else {
		path->kind = LR_PATH_PARAM;
	}
	skip_space(ps);
	save = ps->p;
	/* identifiers here stop at '-' so that "vma->vm_mm" splits */
	while (ps->p < ps->end && (isalnum((unsigned char)*ps->p) || *ps->p == '_'))
		ps->p++;
	if (ps->p == save) {
		fail(ps, "expected a parameter name, 'ret' or '*'");
		return 0;
	}
	name = xstrndup(save, ps->p - save);
	if (!strcmp(name, "ret") && path->kind == LR_PATH_PARAM) {
		path->kind = LR_PATH_RET;
	} else {
		ps->p = save;
		path->param = param_index(ps, api, name);
		ps->p = save + strlen(name);
		if (path->param < 0) {
			free(name);
			return 0;
		}
	}
	free(name);
	if (accept(ps, "->")) {
		path->field = ident(ps, "a field name after '->'");
		if (!path->field)
			return 0;
	}
	return expect(ps, ")");
}

/*
 * COND ('and' COND)? after 'if': 'ret ==|!= 0' (the result, tested by a
 * later branch), 'P ==|!= 0' or 'P & MASK' (a constant argument); at most
 * one of each.
 */
static int effect_condition(struct parser *ps, const struct lr_api *api, struct lr_effect *eff)
{
	do {
		const char *at;
		char *subject;
		int zero, is_ret;

		skip_space(ps);
		at = ps->p;
		subject = ident(ps, "'ret' or a parameter after 'if'");
		if (!subject)
			return 0;
		is_ret = !strcmp(subject, "ret");
		if (is_ret ? eff->when != LR_WHEN_ALWAYS : eff->arg.test != LR_ARG_ANY) {
			ps->p = at;
			fail(ps, "a second test of '%s'", subject);
			free(subject);
			return 0;
		}
		if (!is_ret) {
			eff->arg.param = param_index(ps, api, subject);
			if (eff->arg.param < 0) {
				free(subject);
				return 0;
			}
		}
		free(subject);
		if (!is_ret && accept(ps, "&")) {
			char *end;

			skip_space(ps);
			eff->arg.mask = strtoul(ps->p, &end, 0);
			if (end == ps->p || !eff->arg.mask) {
				fail(ps, "expected a nonzero bit mask after '&'");
				return 0;
			}
			ps->p = end;
			eff->arg.test = LR_ARG_BITS;
			continue;
		}
		if (accept(ps, "=="))
			zero = 1;
		else if (accept(ps, "!="))
			zero = 0;
		else {
			fail(ps, is_ret ? "expected '==' or '!='" : "expected '==', '!=' or '&'");
			return 0;
		}
		if (!expect(ps, "0"))
			return 0;
		if (is_ret)
			eff->when = zero ? LR_WHEN_ZERO : LR_WHEN_NONZERO;
		else
			eff->arg.test = zero ? LR_ARG_ZERO : LR_ARG_NONZERO;
	} while (accept(ps, "and"));
	return 1;
}

static void do_effect(struct parser *ps, enum lr_effect_kind kind)
{
	struct lr_api *api = ps->api;
	struct lr_effect eff;
	int c;

	memset(&eff, 0, sizeof(eff));
	eff.kind = kind;
	c = class_ref(ps, 1);
	if (c == CLASS_ERROR)
		return;
	eff.cls = c >= 0 ? c : LR_CLASS_NONE;
	if (kind == LR_EFF_ACQUIRE || kind == LR_EFF_ASSERT) {
		if (!expect(ps, ":") || !mode_ref(ps, &eff.mode))
			return;
	} else if (kind == LR_EFF_RELEASE && accept(ps, ":")) {
		if (!mode_ref(ps, &eff.mode))
			return;
	}
	if (!path_ref(ps, &eff.path))
		goto drop;
	if (c == CLASS_FROM_ARG) {
		if (eff.path.kind != LR_PATH_PARAM) {
			fail(ps, "expected a parameter: class '*' is found from the argument");
			goto drop;
		}
		eff.path.kind = LR_PATH_BYARG;
	}
	if (accept(ps, "if") && !effect_condition(ps, api, &eff))
		goto drop;
	if ((kind == LR_EFF_ACQUIRE || kind == LR_EFF_LOCKPTR) && accept(ps, "for")) {
		const char *at;
		char *name;

		skip_space(ps);
		at = ps->p;
		name = ident(ps, "'ret' or a parameter after 'for'");
		if (!name)
			goto drop;
		eff.table.kind = LR_PATH_RET;
		if (strcmp(name, "ret")) {
			eff.table.kind = LR_PATH_PARAM;
			eff.table.param = find_param(api, name);
		}
		if (eff.table.kind == LR_PATH_PARAM && eff.table.param < 0) {
			ps->p = at;
			fail(ps, "expected a parameter of %s() or 'ret' after 'for', not '%s'",
			     api->name, name);
			free(name);
			goto drop;
		}
		free(name);
	}
	if (accept(ps, "try"))
		eff.is_try = 1;
	if (kind == LR_EFF_RELEASE && accept(ps, "ifheld"))
		eff.if_held = 1;
	if (!at_end(ps)) {
		fail(ps, kind == LR_EFF_RELEASE ? "expected 'ifheld' or the end of the line" :
		     kind == LR_EFF_ASSERT ? "expected 'if' or the end of the line" :
		     "expected 'if', 'for', 'try' or the end of the line");
		goto drop;
	}
	if (c == CLASS_INACTIVE)
		goto drop;	/* class not in this kernel version: no effect */
	if (api->neffects >= LR_MAX_EFFECTS) {
		fail(ps, "too many effects for %s (at most %d)", api->name, LR_MAX_EFFECTS);
		goto drop;
	}
	api->effects[api->neffects++] = eff;
	return;
drop:
	free(eff.path.field);	/* 'P->field' of an effect not kept */
}

/* FORMULA := ALT ('|' ALT)* ; ALT := ATOM ('&' ATOM)* ; ATOM := class:mode */
static int formula(struct parser *ps, struct lr_need *need)
{
	memset(need, 0, sizeof(*need));
	do {
		struct lr_alt alt;
		int dead = 0;

		memset(&alt, 0, sizeof(alt));
		do {
			struct lr_atom atom;
			int c = class_ref(ps, 0);

			if (c == CLASS_ERROR)
				return 0;
			if (!expect(ps, ":") || !mode_ref(ps, &atom.mode))
				return 0;
			if (c == CLASS_INACTIVE) {
				/* a class absent in this kernel: drop the atom;
				 * an alternative made only of such atoms goes */
				dead = 1;
				continue;
			}
			atom.cls = c;
			if (alt.natoms >= LR_MAX_ATOMS) {
				fail(ps, "too many locks in one alternative (at most %d)", LR_MAX_ATOMS);
				return 0;
			}
			alt.atoms[alt.natoms++] = atom;
		} while (accept(ps, "&"));
		if (alt.natoms == 0 && dead)
			continue;
		if (need->nalts >= LR_MAX_ALTS) {
			fail(ps, "too many alternatives (at most %d)", LR_MAX_ALTS);
			return 0;
		}
		need->alts[need->nalts++] = alt;
	} while (accept(ps, "|"));
	return 1;
}

static void do_rule(struct parser *ps)
{
	struct lr_pack *pack = ps->pack;
	struct lr_rule rule;

	memset(&rule, 0, sizeof(rule));
	rule.line = ps->line;
	rule.id = ident(ps, "a rule id");
	if (!rule.id)
		return;
	if (block_head_end(ps) <= 0)
		goto out;
	if (lr_pack_rule(pack, rule.id)) {
		fail(ps, "rule '%s' is declared twice", rule.id);
		goto out;
	}
	pack->rules = xgrow(pack->rules, pack->nrules, sizeof(rule));
	pack->rules[pack->nrules] = rule;
	ps->rule = &pack->rules[pack->nrules++];
	ps->rule->when_cls = LR_CLASS_NONE;
	ps->rule->cocci.trigger = ps->rule->cocci.missing = LR_CLASS_NONE;
	ps->in_block = 2;
	ps->rule_has_needs = 0;
	return;
out:
	free(rule.id);
}

static void free_call(struct lr_guard_call *call)
{
	int i;

	free(call->name);
	for (i = 0; i < call->nargs; i++)
		free(call->argpat[i]);
}

static void do_calls(struct parser *ps)
{
	struct lr_rule *rule = ps->rule;

	while (!at_end(ps) && !ps->failed) {
		struct lr_guard_call call;

		memset(&call, 0, sizeof(call));
		call.table_arg = -1;
		call.table_cls = LR_CLASS_NONE;
		call.name = ident(ps, "a function name");
		if (!call.name)
			return;
		if (accept(ps, "(")) {
			do {
				if (call.nargs >= LR_MAX_PARAMS) {
					fail(ps, "too many arguments (at most %d)", LR_MAX_PARAMS);
					free_call(&call);
					return;
				}
				if (accept(ps, "@")) {
					/* the page table changed: its lock of this class is the one */
					int c = class_ref(ps, 0);

					if (c == CLASS_ERROR) {
						free_call(&call);
						return;
					}
					if (call.table_arg >= 0) {
						fail(ps, "more than one '@' argument of %s()", call.name);
						free_call(&call);
						return;
					}
					if (c >= 0) {
						call.table_arg = call.nargs;
						call.table_cls = c;
					}
					call.argpat[call.nargs++] = xstrndup("_", 1);
					continue;
				}
				call.argpat[call.nargs] = ident(ps, "'_', '@CLASS', an enumerator name or an integer");
				if (!call.argpat[call.nargs]) {
					free_call(&call);
					return;
				}
				call.nargs++;
			} while (accept(ps, ","));
			if (!expect(ps, ")")) {
				free_call(&call);
				return;
			}
		}
		rule->calls = xgrow(rule->calls, rule->ncalls, sizeof(call));
		rule->calls[rule->ncalls++] = call;
	}
}

/* stores RECORD.FIELD ... [nonnull] */
static void do_stores(struct parser *ps)
{
	struct lr_rule *rule = ps->rule;
	int first = rule->nstores;

	while (!at_end(ps) && !ps->failed) {
		struct lr_guard_store st;

		memset(&st, 0, sizeof(st));
		if (accept(ps, "nonnull")) {
			if (!at_end(ps)) {
				fail(ps, "expected the end of the line after 'nonnull'");
				return;
			}
			if (first == rule->nstores) {
				fail(ps, "expected RECORD.FIELD before 'nonnull'");
				return;
			}
			for (; first < rule->nstores; first++)
				rule->stores[first].nonnull = 1;
			return;
		}
		if (!record_field(ps, "vm_area_struct.vm_page_prot", &st.record, &st.field))
			return;
		rule->stores = xgrow(rule->stores, rule->nstores, sizeof(st));
		rule->stores[rule->nstores++] = st;
	}
}

/* A primitive of the pack ('*' class, the lock its first argument) with an effect of KIND. */
static int is_primitive(const struct lr_pack *pack, const char *name, enum lr_effect_kind kind)
{
	const struct lr_api *api = lr_pack_api(pack, name);
	int i;

	for (i = 0; api && i < api->neffects; i++)
		if (api->effects[i].kind == kind && api->effects[i].path.kind == LR_PATH_BYARG &&
		    !api->effects[i].is_try && api->effects[i].when == LR_WHEN_ALWAYS)
			return 1;
	return 0;
}

/* cocci released | sibling | missing TRIGGER MISSING [patch] | trylock DROP RETAKE */
static void do_cocci(struct parser *ps)
{
	struct lr_cocci *cc = &ps->rule->cocci;

	free(cc->drop);
	free(cc->retake);
	memset(cc, 0, sizeof(*cc));
	cc->trigger = cc->missing = LR_CLASS_NONE;
	if (accept(ps, "released")) {
		cc->tmpl = LR_COCCI_RELEASED;
		if (accept(ps, "nocontracts"))
			cc->nocontracts = 1;
	} else if (accept(ps, "none")) {
		cc->tmpl = LR_COCCI_NONE;
	} else if (accept(ps, "sibling")) {
		cc->tmpl = LR_COCCI_SIBLING;
	} else if (accept(ps, "missing")) {
		cc->tmpl = LR_COCCI_MISSING;
		cc->trigger = class_ref(ps, 0);
		if (cc->trigger == CLASS_ERROR)
			return;
		cc->missing = class_ref(ps, 0);
		if (cc->missing == CLASS_ERROR)
			return;
		if (accept(ps, "patch"))
			cc->patch = 1;
		if (cc->trigger < 0 || cc->missing < 0)
			cc->tmpl = LR_COCCI_RELEASED;	/* a class absent in this kernel */
	} else if (accept(ps, "trylock")) {
		/* the template stays the blocking rule's own; this adds its patch mode */
		if (!ps->rule->blocking_kinds) {
			fail(ps, "'cocci trylock' is for a rule with a 'blocking' line before it");
			return;
		}
		cc->drop = ident(ps, "the primitive that releases the spin lock");
		if (!cc->drop)
			return;
		if (!is_primitive(ps->pack, cc->drop, LR_EFF_RELEASE)) {
			fail(ps, "'%s' is not an api that releases the lock its argument names", cc->drop);
			return;
		}
		cc->retake = ident(ps, "the primitive that retakes the spin lock");
		if (!cc->retake)
			return;
		if (!is_primitive(ps->pack, cc->retake, LR_EFF_ACQUIRE))
			fail(ps, "'%s' is not an api that takes the lock its argument names", cc->retake);
	} else {
		fail(ps, "expected 'released', 'sibling', 'missing', 'trylock' or 'none' after 'cocci'");
	}
}

/* "blocking rwsem bit under spin": lock kinds, each a set of 1u << kind. */
static void do_blocking(struct parser *ps)
{
	struct lr_rule *rule = ps->rule;
	unsigned *set = &rule->blocking_kinds;
	char *kw;
	int k, found;

	while (!ps->failed && !at_end(ps)) {
		kw = ident(ps, "a lock kind or 'under'");
		if (!kw)
			return;
		if (!strcmp(kw, "under") && set == &rule->blocking_kinds && *set) {
			set = &rule->under_kinds;
			free(kw);
			continue;
		}
		for (k = 0, found = 0; k <= LR_KIND_TOKEN; k++)
			if (!strcmp(kw, lr_lock_kind_name(k))) {
				*set |= 1u << k;
				found = 1;
			}
		if (!found) {
			ps->p -= strlen(kw);
			fail(ps, "unknown lock kind '%s' (rwsem, spin, bit or token)", kw);
		}
		free(kw);
	}
	if (!ps->failed && !rule->under_kinds)
		fail(ps, "expected 'blocking KIND... under KIND...'");
}

static void do_rule_line(struct parser *ps, const char *kw)
{
	struct lr_rule *rule = ps->rule;

	if (!strcmp(kw, "what")) {
		free(rule->what);
		rule->what = string(ps, "what the operation is");
	} else if (!strcmp(kw, "cite")) {
		free(rule->cite);
		rule->cite = string(ps, "the citation (file:line or thread)");
	} else if (!strcmp(kw, "needs")) {
		struct lr_need need;
		int active = version_range(ps);

		if (ps->failed || !formula(ps, &need))
			return;
		if (active && !ps->rule_has_needs) {
			rule->need = need;
			ps->rule_has_needs = 1;
		}
	} else if (!strcmp(kw, "when")) {
		int c = class_ref(ps, 0);
		enum lr_mode mode;

		if (c == CLASS_ERROR || !expect(ps, ":") || !mode_ref(ps, &mode))
			return;
		if (c == CLASS_INACTIVE)
			return;	/* class absent in this kernel: no condition */
		rule->when_cls = c;
		rule->when_mode = mode;
	} else if (!strcmp(kw, "cocci")) {
		do_cocci(ps);
	} else if (!strcmp(kw, "blocking")) {
		do_blocking(ps);
		return;
	} else if (!strcmp(kw, "calls")) {
		do_calls(ps);
		return;
	} else if (!strcmp(kw, "stores")) {
		do_stores(ps);
		return;
	} else {
		fail(ps, "expected 'what', 'cite', 'needs', 'when', 'calls', 'stores', 'blocking' or "
		     "'cocci' in rule '%s'", rule->id);
		return;
	}
	if (!ps->failed && !at_end(ps))
		fail(ps, "expected the end of the line");
}

static void do_order(struct parser *ps)
{
	struct lr_pack *pack = ps->pack;
	struct lr_order ord;
	int active = 1, written = 0;

	memset(&ord, 0, sizeof(ord));
	ord.line = ps->line;
	do {
		int c = class_ref(ps, 0);
		enum lr_mode mode;

		if (c == CLASS_ERROR || !expect(ps, ":") || !mode_ref(ps, &mode))
			return;
		written++;
		if (c == CLASS_INACTIVE)
			continue;	/* class absent in this kernel */
		if (ord.n >= LR_MAX_CLASSES) {
			fail(ps, "order chain too long");
			return;
		}
		ord.chain[ord.n].cls = c;
		ord.chain[ord.n].mode = mode;
		ord.n++;
	} while (accept(ps, "<"));
	while (!ps->failed && !at_end(ps)) {
		if (accept(ps, "cite")) {
			free(ord.cite);
			ord.cite = string(ps, "the citation");
			continue;
		}
		{
			const char *before = ps->p;

			active = version_range(ps) && active;
			if (ps->p == before)
				fail(ps, "expected '<', 'cite', 'since', 'until' or the end of the line");
		}
	}
	if (!ps->failed && written < 2)
		fail(ps, "expected at least two classes in an order chain");
	if (ps->failed || !active || ord.n < 2) {
		/* inactive, or fewer than two classes exist in this kernel */
		free(ord.cite);
		return;
	}
	pack->orders = xgrow(pack->orders, pack->norders, sizeof(ord));
	pack->orders[pack->norders++] = ord;
}

/* The text up to the next blank: a name pattern with '*' and '?'. */
static char *word(struct parser *ps, const char *what)
{
	const char *s;

	skip_space(ps);
	s = ps->p;
	while (ps->p < ps->end && !isspace((unsigned char)*ps->p) && *ps->p != '"')
		ps->p++;
	if (ps->p == s) {
		fail(ps, "expected %s", what);
		return NULL;
	}
	return xstrndup(s, ps->p - s);
}

/* [cite "TEXT"] [since V] [until V] to the end of the line; 0: inactive */
static int tail_attrs(struct parser *ps, char **cite)
{
	int active = 1;

	while (!ps->failed && !at_end(ps)) {
		const char *before;

		if (accept(ps, "cite")) {
			free(*cite);
			*cite = string(ps, "the citation");
			continue;
		}
		before = ps->p;
		active = version_range(ps) && active;
		if (ps->p == before)
			fail(ps, "expected 'cite', 'since', 'until' or the end of the line");
	}
	return active;
}

/*
 * entry PATTERN "WHAT" [cite "TEXT"] [since V] [until V], and the same
 * shape for 'private VAR' and 'fresh FN'.
 */
enum entry_kind { ENTRY_POINT, ENTRY_PRIVATE, ENTRY_FRESH };

static void do_entry(struct parser *ps, enum entry_kind kind)
{
	static const char *const expected[] = {
		"a function name pattern, such as __do_sys_*",
		"a variable name, such as poking_mm",
		"a function name, such as vm_area_alloc"
	};
	static const char *const what[] = {
		"what the entry point is", "what the mm is", "what the new object is"
	};
	struct lr_pack *pack = ps->pack;
	struct lr_entry e;

	memset(&e, 0, sizeof(e));
	e.line = ps->line;
	e.pattern = word(ps, expected[kind]);
	if (e.pattern)
		e.what = string(ps, what[kind]);
	if (!ps->failed && tail_attrs(ps, &e.cite) && !ps->failed) {
		if (kind == ENTRY_PRIVATE) {
			pack->privates = xgrow(pack->privates, pack->nprivates, sizeof(e));
			pack->privates[pack->nprivates++] = e;
		} else if (kind == ENTRY_FRESH) {
			pack->fresh = xgrow(pack->fresh, pack->nfresh, sizeof(e));
			pack->fresh[pack->nfresh++] = e;
		} else {
			pack->entries = xgrow(pack->entries, pack->nentries, sizeof(e));
			pack->entries[pack->nentries++] = e;
		}
		return;
	}
	free(e.pattern);
	free(e.what);
	free(e.cite);
}

/* callback RECORD.FIELD FORMULA|none "WHAT" [cite "TEXT"] [since V] [until V] */
static void do_callback(struct parser *ps)
{
	struct lr_pack *pack = ps->pack;
	struct lr_callback cb;

	memset(&cb, 0, sizeof(cb));
	cb.line = ps->line;
	if (!record_field(ps, "mm_walk_ops.pmd_entry", &cb.record, &cb.field))
		return;
	if (!accept(ps, "none") && !formula(ps, &cb.held))
		goto out;
	cb.what = string(ps, "what the callback is");
	if (ps->failed || !tail_attrs(ps, &cb.cite) || ps->failed)
		goto out;
	if (lr_pack_callback(pack, cb.record, cb.field)) {
		fail(ps, "callback '%s.%s' is declared twice", cb.record, cb.field);
		goto out;
	}
	pack->callbacks = xgrow(pack->callbacks, pack->ncallbacks, sizeof(cb));
	pack->callbacks[pack->ncallbacks++] = cb;
	return;
out:
	free(cb.record);
	free(cb.field);
	free(cb.what);
	free(cb.cite);
}

const struct lr_entry *lr_pack_entry(const struct lr_pack *pack, const char *func)
{
	int i;

	for (i = 0; i < pack->nentries; i++)
		if (!fnmatch(pack->entries[i].pattern, func, 0))
			return &pack->entries[i];
	return NULL;
}

const struct lr_entry *lr_pack_fresh(const struct lr_pack *pack, const char *func)
{
	int i;

	for (i = 0; func && i < pack->nfresh; i++)
		if (!strcmp(pack->fresh[i].pattern, func))
			return &pack->fresh[i];
	return NULL;
}

const struct lr_callback *lr_pack_callback(const struct lr_pack *pack, const char *record,
					   const char *field)
{
	int i;

	for (i = 0; i < pack->ncallbacks; i++)
		if ((!record || !strcmp(pack->callbacks[i].record, record)) &&
		    !strcmp(pack->callbacks[i].field, field))
			return &pack->callbacks[i];
	return NULL;
}

int lr_need_implied(const struct lr_pack *pack, const struct lr_need *held,
		    const struct lr_need *need)
{
	int h, n, i, j;

	if (need->nalts == 0)
		return 1;
	if (held->nalts == 0)
		return 0;
	for (h = 0; h < held->nalts; h++) {
		const struct lr_alt *ha = &held->alts[h];
		int ok = 0;

		for (n = 0; n < need->nalts && !ok; n++) {
			const struct lr_alt *na = &need->alts[n];

			for (i = 0; i < na->natoms; i++) {
				for (j = 0; j < ha->natoms; j++)
					if (lr_class_satisfies(pack, ha->atoms[j].cls, na->atoms[i].cls) &&
					    ha->atoms[j].mode >= na->atoms[i].mode)
						break;
				if (j == ha->natoms)
					break;
			}
			ok = i == na->natoms;
		}
		if (!ok)
			return 0;
	}
	return 1;
}

static void close_block(struct parser *ps)
{
	if (ps->in_block == 2 && ps->rule) {
		/* point at the rule's own line */
		int blocking = ps->rule->blocking_kinds != 0;

		int ops = ps->rule->ncalls + ps->rule->nstores;

		if ((!blocking && (!ps->rule_has_needs || !ops)) ||
		    (blocking && (ps->rule_has_needs || ops)) ||
		    !ps->rule->what || !ps->rule->cite) {
			ps->line = ps->rule->line;
			ps->p = ps->linestart = ps->end = "";
		}
		if (blocking && (ps->rule_has_needs || ops))
			fail(ps, "rule '%s' has a 'blocking' line and 'needs', 'calls' or 'stores'",
			     ps->rule->id);
		else if (blocking && (!ps->rule->what || !ps->rule->cite))
			fail(ps, "rule '%s' needs both 'what' and 'cite'", ps->rule->id);
		else if (blocking)
			;
		else if (!ps->rule_has_needs)
			fail(ps, "rule '%s' has no 'needs' line", ps->rule->id);
		else if (!ops)
			fail(ps, "rule '%s' has no 'calls' or 'stores' line", ps->rule->id);
		else if (!ps->rule->what || !ps->rule->cite)
			fail(ps, "rule '%s' needs both 'what' and 'cite'", ps->rule->id);
	}
	ps->in_block = 0;
	ps->api = NULL;
	ps->rule = NULL;
}

static void parse_line(struct parser *ps)
{
	char *kw;

	if (at_end(ps))
		return;
	kw = ident(ps, "a directive");
	if (!kw)
		return;
	if (!strcmp(kw, "class") || !strcmp(kw, "field") || !strcmp(kw, "api") ||
	    !strcmp(kw, "rule") || !strcmp(kw, "order") || !strcmp(kw, "passthrough") ||
	    !strcmp(kw, "entry") || !strcmp(kw, "callback") || !strcmp(kw, "kernels") ||
	    !strcmp(kw, "private") || !strcmp(kw, "fresh")) {
		close_block(ps);
		if (ps->failed)
			goto out;
		if (!strcmp(kw, "class"))
			do_class(ps);
		else if (!strcmp(kw, "field"))
			do_field(ps);
		else if (!strcmp(kw, "passthrough"))
			do_passthrough(ps);
		else if (!strcmp(kw, "api"))
			do_api(ps);
		else if (!strcmp(kw, "rule"))
			do_rule(ps);
		else if (!strcmp(kw, "entry"))
			do_entry(ps, ENTRY_POINT);
		else if (!strcmp(kw, "private"))
			do_entry(ps, ENTRY_PRIVATE);
		else if (!strcmp(kw, "fresh"))
			do_entry(ps, ENTRY_FRESH);
		else if (!strcmp(kw, "callback"))
			do_callback(ps);
		else if (!strcmp(kw, "kernels"))
			do_kernels(ps);
		else
			do_order(ps);
	} else if (ps->in_block == 3) {
		/* lines of an api or rule inactive in this kernel version */
		ps->p = ps->end;
	} else if (ps->in_block == 1 && (!strcmp(kw, "acquire") || !strcmp(kw, "release") ||
					  !strcmp(kw, "assert") || !strcmp(kw, "lockptr"))) {
		do_effect(ps, !strcmp(kw, "acquire") ? LR_EFF_ACQUIRE :
			      !strcmp(kw, "release") ? LR_EFF_RELEASE :
			      !strcmp(kw, "assert") ? LR_EFF_ASSERT : LR_EFF_LOCKPTR);
	} else if (ps->in_block == 2) {
		do_rule_line(ps, kw);
	} else {
		ps->p -= strlen(kw);
		fail(ps, ps->in_block == 1 ?
		     "expected 'acquire', 'release', 'assert' or 'lockptr' in api '%s'" :
		     "expected 'class', 'field', 'passthrough', 'api', 'rule', 'order', 'entry', 'callback' or 'kernels'%s",
		     ps->in_block == 1 ? ps->api->name : "");
	}
out:
	free(kw);
}

struct lr_pack *lr_pack_parse(const char *text, const char *filename, int version,
			      char *errbuf, int errlen)
{
	struct parser ps;
	const char *s = text;
	int i;

	memset(&ps, 0, sizeof(ps));
	ps.file = filename;
	ps.version = version;
	ps.err = errbuf;
	ps.errlen = errlen;
	ps.pack = calloc(1, sizeof(*ps.pack));
	if (!ps.pack)
		abort();
	ps.pack->version = version;
	while (*s && !ps.failed) {
		const char *nl = strchr(s, '\n');

		ps.line++;
		ps.linestart = ps.p = s;
		ps.end = nl ? nl : s + strlen(s);
		parse_line(&ps);
		if (!ps.failed && !at_end(&ps))
			fail(&ps, "expected the end of the line");
		s = nl ? nl + 1 : ps.end;
	}
	if (!ps.failed) {
		ps.p = ps.linestart = s;
		ps.end = s;
		close_block(&ps);
	}
	if (!ps.failed && ps.pack->nrules == 0) {
		ps.line = 1;
		ps.p = ps.linestart = text;
		fail(&ps, "expected at least one 'rule'");
	}
	for (i = 0; i < ps.nclass_names_all; i++)
		free(ps.class_names_all[i]);
	if (ps.failed) {
		lr_pack_free(ps.pack);
		return NULL;
	}
	return ps.pack;
}

void lr_pack_free(struct lr_pack *pack)
{
	int i, j;

	if (!pack)
		return;
	for (i = 0; i < pack->nclasses; i++) {
		free(pack->classes[i].name);
		free(pack->classes[i].what);
		free(pack->classes[i].family);
	}
	for (i = 0; i < pack->nfields; i++) {
		free(pack->fields[i].record);
		free(pack->fields[i].field);
	}
	free(pack->fields);
	for (i = 0; i < pack->napis; i++) {
		free(pack->apis[i].name);
		for (j = 0; j < pack->apis[i].nparams; j++)
			free(pack->apis[i].params[j]);
		for (j = 0; j < pack->apis[i].neffects; j++)
			free(pack->apis[i].effects[j].path.field);
	}
	free(pack->apis);
	for (i = 0; i < pack->nentries; i++) {
		free(pack->entries[i].pattern);
		free(pack->entries[i].what);
		free(pack->entries[i].cite);
	}
	for (i = 0; i < pack->nprivates; i++) {
		free(pack->privates[i].pattern);
		free(pack->privates[i].what);
		free(pack->privates[i].cite);
	}
	free(pack->entries);
	free(pack->privates);
	for (i = 0; i < pack->nfresh; i++) {
		free(pack->fresh[i].pattern);
		free(pack->fresh[i].what);
		free(pack->fresh[i].cite);
	}
	free(pack->fresh);
	for (i = 0; i < pack->ncallbacks; i++) {
		free(pack->callbacks[i].record);
		free(pack->callbacks[i].field);
		free(pack->callbacks[i].what);
		free(pack->callbacks[i].cite);
	}
	free(pack->callbacks);
	for (i = 0; i < pack->nrules; i++) {
		struct lr_rule *r = &pack->rules[i];

		free(r->id);
		free(r->what);
		free(r->cite);
		for (j = 0; j < r->ncalls; j++) {
			int k;

			free(r->calls[j].name);
			for (k = 0; k < r->calls[j].nargs; k++)
				free(r->calls[j].argpat[k]);
		}
		free(r->calls);
		for (j = 0; j < r->nstores; j++) {
			free(r->stores[j].record);
			free(r->stores[j].field);
		}
		free(r->stores);
		free(r->cocci.drop);
		free(r->cocci.retake);
	}
	free(pack->rules);
	for (i = 0; i < pack->norders; i++)
		free(pack->orders[i].cite);
	free(pack->orders);
	free(pack);
}

const struct lr_api *lr_pack_api(const struct lr_pack *pack, const char *name)
{
	int i;

	for (i = 0; i < pack->napis; i++)
		if (!strcmp(pack->apis[i].name, name))
			return &pack->apis[i];
	return NULL;
}

const struct lr_rule *lr_pack_rule(const struct lr_pack *pack, const char *id)
{
	int i;

	for (i = 0; i < pack->nrules; i++)
		if (!strcmp(pack->rules[i].id, id))
			return &pack->rules[i];
	return NULL;
}

const struct lr_field *lr_pack_field(const struct lr_pack *pack, const char *record,
				     const char *field)
{
	int i;

	for (i = 0; i < pack->nfields; i++) {
		const struct lr_field *f = &pack->fields[i];

		if (!strcmp(f->field, field) &&
		    (!strcmp(f->record, "*") || (record && !strcmp(f->record, record))))
			return f;
	}
	return NULL;
}

int lr_class_satisfies(const struct lr_pack *pack, int held, int want)
{
	if (held < 0 || want < 0)
		return 0;
	return held == want || (pack->classes[held].satisfies & (1u << want));
}

/* One stands for the other ("a page-table lock" and the PTE one): either way. */
int lr_class_related(const struct lr_pack *pack, int a, int b)
{
	return lr_class_satisfies(pack, a, b) || lr_class_satisfies(pack, b, a);
}

static void append(char *buf, int len, const char *fmt, ...)
{
	int used = strlen(buf);
	va_list ap;

	if (used >= len - 1)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + used, len - used, fmt, ap);
	va_end(ap);
}

void lr_atom_describe(const struct lr_pack *pack, const struct lr_atom *a, char *buf, int len)
{
	const struct lr_class *c = &pack->classes[a->cls];

	buf[0] = '\0';
	if (c->kind == LR_KIND_RWSEM && a->mode != LR_MODE_NONE)
		append(buf, len, "%s (%s)", c->what, a->mode == LR_MODE_W ? "write" : "read");
	else
		append(buf, len, "%s", c->what);
}

void lr_need_describe(const struct lr_pack *pack, const struct lr_need *need, char *buf, int len)
{
	int i, j;
	char atom[160];

	int multi = 0;

	for (i = 0; i < need->nalts; i++)
		multi |= need->alts[i].natoms > 1;
	buf[0] = '\0';
	for (i = 0; i < need->nalts; i++) {
		const struct lr_alt *alt = &need->alts[i];

		if (i)
			append(buf, len, multi ? "; or " : " or ");
		for (j = 0; j < alt->natoms; j++) {
			lr_atom_describe(pack, &alt->atoms[j], atom, sizeof(atom));
			append(buf, len, "%s%s", j ? (j == alt->natoms - 1 ? " and " : ", ") : "",
			       atom);
		}
	}
}
