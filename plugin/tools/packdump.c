// SPDX-License-Identifier: GPL-2.0
/*
 * packdump: print the rule pack, as loaded for one kernel version, as JSON,
 * so that scripts (the mutation scanner, the inventory) read the pack
 * through the one parser (rules.c) instead of parsing rules/ themselves.
 *
 *   packdump RULES VERSION            e.g. packdump rules/mm.rules 6.12
 *
 * Output: one JSON object with "version", "classes", "apis", "rules" and
 * "orders".  Class references are class names; modes are "R" or "W" (or
 * null on a release, which matches any mode); an effect's "path" is
 * {"kind": "param"|"deref"|"ret"|"all"|"byarg"|"none", "param": N,
 * "field": F}.  Debugging: pipe it through `python3 -m json.tool`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules.h"

static void str(const char *s)
{
	putchar('"');
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			printf("\\u%04x", *s);
		else
			putchar(*s);
	}
	putchar('"');
}

static void cls(const struct lr_pack *p, int c)
{
	if (c < 0)
		printf("null");
	else
		str(p->classes[c].name);
}

static const char *mode(enum lr_mode m)
{
	return m == LR_MODE_W ? "\"W\"" : m == LR_MODE_R ? "\"R\"" : "null";
}

static void need(const struct lr_pack *p, const struct lr_need *n)
{
	int a, i;

	putchar('[');
	for (a = 0; a < n->nalts; a++) {
		printf("%s[", a ? ", " : "");
		for (i = 0; i < n->alts[a].natoms; i++) {
			printf("%s{\"class\": ", i ? ", " : "");
			cls(p, n->alts[a].atoms[i].cls);
			printf(", \"mode\": %s}", mode(n->alts[a].atoms[i].mode));
		}
		putchar(']');
	}
	putchar(']');
}

int main(int argc, char **argv)
{
	static const char *kinds[] = { "acquire", "release", "assert", "lockptr" };
	static const char *paths[] = { "none", "param", "deref", "ret", "all", "byarg" };
	static const char *whens[] = { "always", "zero", "nonzero" };
	static const char *arg_tests[] = { "any", "zero", "nonzero", "bits" };
	struct lr_pack *p;
	char err[512];
	char *text;
	long len;
	FILE *f;
	int i, j, k, version;

	if (argc != 3) {
		fprintf(stderr, "usage: packdump RULES VERSION\n");
		return 2;
	}
	version = lr_parse_version(argv[2]);
	f = fopen(argv[1], "r");
	if (!f || version < 0) {
		fprintf(stderr, "packdump: cannot read %s or bad version %s\n", argv[1], argv[2]);
		return 2;
	}
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	text = malloc(len + 1);
	if (!text || fread(text, 1, len, f) != (size_t)len)
		return 2;
	text[len] = 0;
	fclose(f);
	p = lr_pack_parse(text, argv[1], version, err, sizeof(err));
	if (!p) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	printf("{\"version\": \"%s\",\n \"classes\": [", argv[2]);
	for (i = 0; i < p->nclasses; i++) {
		printf("%s\n  {\"name\": ", i ? "," : "");
		str(p->classes[i].name);
		printf(", \"kind\": ");
		str(lr_lock_kind_name(p->classes[i].kind));
		printf(", \"what\": ");
		str(p->classes[i].what);
		printf(", \"family\": ");
		if (p->classes[i].family)
			str(p->classes[i].family);
		else
			printf("null");
		printf(", \"satisfies\": [");
		for (j = 0, k = 0; j < p->nclasses; j++)
			if (p->classes[i].satisfies & (1u << j)) {
				printf("%s", k++ ? ", " : "");
				cls(p, j);
			}
		printf("]}");
	}
	printf("],\n \"fields\": [");
	for (i = 0; i < p->nfields; i++) {
		printf("%s\n  {\"record\": ", i ? "," : "");
		str(p->fields[i].record);
		printf(", \"field\": ");
		str(p->fields[i].field);
		printf(", \"class\": ");
		cls(p, p->fields[i].cls);
		printf(", \"pointer\": %s}", p->fields[i].pointee ? "true" : "false");
	}
	printf("],\n \"apis\": [");
	for (i = 0; i < p->napis; i++) {
		const struct lr_api *a = &p->apis[i];

		printf("%s\n  {\"name\": ", i ? "," : "");
		str(a->name);
		printf(", \"params\": [");
		for (j = 0; j < a->nparams; j++) {
			printf("%s", j ? ", " : "");
			str(a->params[j]);
		}
		printf("], \"effects\": [");
		for (j = 0; j < a->neffects; j++) {
			const struct lr_effect *e = &a->effects[j];

			printf("%s{\"kind\": \"%s\", \"class\": ", j ? ", " : "", kinds[e->kind]);
			cls(p, e->cls);
			printf(", \"mode\": %s, \"path\": {\"kind\": \"%s\", \"param\": %d, \"field\": ",
			       mode(e->mode), paths[e->path.kind], e->path.param);
			if (e->path.field)
				str(e->path.field);
			else
				printf("null");
			printf("}, \"when\": \"%s\", \"arg\": {\"test\": \"%s\", \"param\": %d, "
			       "\"mask\": %lu}, \"try\": %s, \"ifheld\": %s}",
			       whens[e->when], arg_tests[e->arg.test], e->arg.param, e->arg.mask,
			       e->is_try ? "true" : "false", e->if_held ? "true" : "false");
		}
		printf("]}");
	}
	printf("],\n \"rules\": [");
	for (i = 0; i < p->nrules; i++) {
		const struct lr_rule *r = &p->rules[i];

		printf("%s\n  {\"id\": ", i ? "," : "");
		str(r->id);
		printf(", \"what\": ");
		str(r->what);
		printf(", \"needs\": ");
		need(p, &r->need);
		printf(", \"when\": ");
		if (r->when_cls >= 0) {
			printf("{\"class\": ");
			cls(p, r->when_cls);
			printf(", \"mode\": %s}", mode(r->when_mode));
		} else {
			printf("null");
		}
		printf(", \"calls\": [");
		for (j = 0; j < r->ncalls; j++) {
			printf("%s{\"name\": ", j ? ", " : "");
			str(r->calls[j].name);
			printf(", \"args\": [");
			for (k = 0; k < r->calls[j].nargs; k++) {
				printf("%s", k ? ", " : "");
				str(r->calls[j].argpat[k]);
			}
			printf("]}");
		}
		printf("], \"stores\": [");
		for (j = 0; j < r->nstores; j++) {
			printf("%s{\"record\": ", j ? ", " : "");
			str(r->stores[j].record);
			printf(", \"field\": ");
			str(r->stores[j].field);
			printf(", \"nonnull\": %s}", r->stores[j].nonnull ? "true" : "false");
		}
		/* a 'blocking KIND.. under KIND..' rule: the lock kinds, by name */
		printf("], \"blocking\": [");
		for (j = 0, k = 0; j <= LR_KIND_TOKEN; j++)
			if (r->blocking_kinds & (1u << j)) {
				printf("%s", k++ ? ", " : "");
				str(lr_lock_kind_name(j));
			}
		printf("], \"under\": [");
		for (j = 0, k = 0; j <= LR_KIND_TOKEN; j++)
			if (r->under_kinds & (1u << j)) {
				printf("%s", k++ ? ", " : "");
				str(lr_lock_kind_name(j));
			}
		printf("]}");
	}
	printf("],\n \"entries\": [");
	for (i = 0; i < p->nentries; i++) {
		printf("%s\n  {\"pattern\": ", i ? "," : "");
		str(p->entries[i].pattern);
		printf(", \"what\": ");
		str(p->entries[i].what);
		printf("}");
	}
	printf("],\n \"callbacks\": [");
	for (i = 0; i < p->ncallbacks; i++) {
		printf("%s\n  {\"record\": ", i ? "," : "");
		str(p->callbacks[i].record);
		printf(", \"field\": ");
		str(p->callbacks[i].field);
		printf(", \"held\": ");
		need(p, &p->callbacks[i].held);
		printf(", \"what\": ");
		str(p->callbacks[i].what);
		printf("}");
	}
	printf("],\n \"orders\": [");
	for (i = 0; i < p->norders; i++) {
		printf("%s\n  [", i ? "," : "");
		for (j = 0; j < p->orders[i].n; j++) {
			printf("%s{\"class\": ", j ? ", " : "");
			cls(p, p->orders[i].chain[j].cls);
			printf(", \"mode\": %s}", mode(p->orders[i].chain[j].mode));
		}
		printf("]");
	}
	printf("]}\n");
	lr_pack_free(p);
	free(text);
	return 0;
}
