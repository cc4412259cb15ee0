// SPDX-License-Identifier: GPL-2.0
/*
 * The cross-unit database ('db=DIR'): each unit's facts in a file of its
 * own, DIR/units/<object>.lr, replaced whole (written to a temporary file,
 * then renamed) every time the unit is compiled, so a rebuild never leaves
 * stale facts and a parallel build never sees half a file.  The facts are
 * what the whole-program analysis (wp.c) needs: per function its linkage,
 * preconditions, the members it is stored in; per call site the callee,
 * the caller's lockset there and the unit's own judgements.
 *
 * Format, one record per line, fields separated by one space:
 *
 *   lockrules-db 1 PACKHASH VERSION      header: the pack the facts were made with
 *   unit KEY                             the object
 *   file N PATH                          file table (locations say N:LINE:COL)
 *   f NAME g|s a|- LOC                   a function: global/static, address taken
 *   p RULE LOC FUNC VIA|- FACTS|- EXCL   its precondition (FACTS: PARAM.NZ,...;
 *                                        EXCL: alternatives its callers cannot provide)
 *   s RECORD.FIELD                       it is stored in this member
 *   S FUNC RECORD.FIELD                  a function of another unit stored in a member here
 *   c CALLEE l|x LOC HELD REL FACTS OUTS a call site in it (l: the unit defines the callee)
 *       HELD: CLS.MODE.STATE.ORIGIN@LOC,...  REL: CLS.MODE.UNHELD.FAILED@LOC,...
 *       OUTS: RULE=JUDGEMENT,...  ('-' for an empty list)
 *
 * Classes are the pack's class numbers: a file made with another pack (its
 * hash differs) is not read, and counted.  A unit is read back into a
 * wp graph by lr_db_load(); the unit being compiled is added from memory.
 *
 * When DIR/linked exists (written by 'lockrules-db DIR --link' after a
 * full build), a compile also reads other units' facts and reports what
 * concerns its own unit with whole-kernel knowledge: the units the link's
 * index (DIR/index, below) says can matter to it, or every unit when
 * there is no index; before that (a cold build) it only writes, and the
 * report step reports all.
 * Debugging: the files are text; 'lockrules-db stats DIR' counts them.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include "internal.h"

#define DB_MAGIC "lockrules-db 1"

static void mkdir_p(const char *path)
{
	char buf[4096];
	char *p;

	snprintf(buf, sizeof(buf), "%s", path);
	for (p = buf + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(buf, 0777);
			*p = '/';
		}
	mkdir(buf, 0777);
}

/* ------------------------------------------------------------ writing */

struct files {
	const char **v;
	int n;
};

static int file_index(struct files *t, const char *file)
{
	int i;

	if (!file)
		return -1;
	for (i = t->n - 1; i >= 0; i--)
		if (t->v[i] == file || !strcmp(t->v[i], file))
			return i;
	t->v = lr_xrealloc(t->v, (t->n + 1) * sizeof(*t->v));
	t->v[t->n] = file;
	return t->n++;
}

static void put_loc(FILE *fp, struct files *t, struct lr_loc loc)
{
	fprintf(fp, "%d:%d:%d", file_index(t, loc.file), loc.line, loc.col);
}

static void put_facts(FILE *fp, const struct lr_fact *facts, int n)
{
	int i;

	if (!n)
		fputc('-', fp);
	for (i = 0; i < n; i++)
		fprintf(fp, "%s%d.%d", i ? "," : "", facts[i].param, facts[i].nonzero);
}

/* "mm/memory.o" -> DIR/units/mm#memory.o.lr */
static void unit_path(const char *dir, const char *key, char *buf, int len)
{
	int n = snprintf(buf, len, "%s/units/", dir), i;

	for (i = 0; key[i] && n < len - 4; i++)
		buf[n++] = key[i] == '/' ? '#' : key[i];
	snprintf(buf + n, len - n, ".lr");
}

static void write_body(FILE *fp, const struct lr_unit *u, struct files *t)
{
	int i, j, k;

	for (i = 0; i < u->nfuncs; i++) {
		const struct lr_func *f = u->funcs[i];
		int addr = 0;

		for (k = 0; k < u->naddr; k++)
			addr |= !strcmp(u->addr_taken[k], f->name);
		fprintf(fp, "f %s %c %c ", f->name, f->linkage == LR_LINK_STATIC ? 's' : 'g',
			addr ? 'a' : '-');
		put_loc(fp, t, f->loc);
		fputc('\n', fp);
		for (j = 0; j < f->sum.npre; j++) {
			const struct lr_pre *p = &f->sum.pre[j];

			fprintf(fp, "p %s ", p->rule->id);
			put_loc(fp, t, p->loc);
			fprintf(fp, " %s %s ", p->func, p->via ? p->via : "-");
			put_facts(fp, p->facts, p->nfacts);
			fprintf(fp, " %x %d\n", p->excl, p->obj_param);
		}
		for (k = 0; k < u->nstored; k++)
			if (!strcmp(u->stored[k].func, f->name))
				fprintf(fp, "s %s\n", u->stored[k].member);
		for (k = 0; k < u->nsites; k++) {
			const struct lr_site *s = &u->sites[k];

			if (s->caller != i)
				continue;
			fprintf(fp, "c %s %c ", s->callee, s->local ? 'l' : 'x');
			put_loc(fp, t, s->loc);
			fputc(' ', fp);
			if (!s->nheld)
				fputc('-', fp);
			for (j = 0; j < s->nheld; j++) {
				fprintf(fp, "%s%d.%d.%d.%d@", j ? "," : "", s->held[j].cls,
					s->held[j].mode, s->held[j].state, s->held[j].origin);
				put_loc(fp, t, s->held[j].loc);
			}
			fputc(' ', fp);
			if (!s->nrel)
				fputc('-', fp);
			for (j = 0; j < s->nrel; j++) {
				fprintf(fp, "%s%d.%d.%d.%d@", j ? "," : "", s->rel[j].cls,
					s->rel[j].mode, s->rel[j].unheld, s->rel[j].failed);
				put_loc(fp, t, s->rel[j].loc);
			}
			fputc(' ', fp);
			put_facts(fp, s->facts, s->nfacts);
			fputc(' ', fp);
			if (!s->nout)
				fputc('-', fp);
			for (j = 0; j < s->nout; j++)
				fprintf(fp, "%s%s=%d", j ? "," : "", s->out[j].rule->id, s->out[j].kind);
			fprintf(fp, " %x\n", s->private_args);
		}
	}
}

/* Functions of other units this unit stores in members: ".fault = shmem_fault". */
static void write_stored_extern(FILE *fp, const struct lr_unit *u)
{
	int k;

	for (k = 0; k < u->nstored; k++)
		if (!lr_unit_find_func(u, u->stored[k].func))
			fprintf(fp, "S %s %s\n", u->stored[k].func, u->stored[k].member);
}

int lr_db_write_unit(const struct lr_unit *u, const char *dir, unsigned long hash,
		     char *msg, int len)
{
	char path[4096], tmp[4200];
	struct files t = { NULL, 0 };
	char *body = NULL;
	size_t bodylen = 0;
	FILE *mem, *fp;
	int i, ok;

	snprintf(path, sizeof(path), "%s/units", dir);
	mkdir_p(path);
	unit_path(dir, u->key ? u->key : "unknown", path, sizeof(path));
	snprintf(tmp, sizeof(tmp), "%s.tmp.%ld", path, (long)getpid());
	/* the body first: it fills the file table the header lists */
	mem = open_memstream(&body, &bodylen);
	if (!mem)
		return -1;
	write_body(mem, u, &t);
	write_stored_extern(mem, u);
	fclose(mem);
	fp = fopen(tmp, "w");
	if (!fp) {
		snprintf(msg, len, "cannot write the database file '%s': %s", tmp, strerror(errno));
		free(body);
		free(t.v);
		return -1;
	}
	fprintf(fp, "%s %lx %d\nunit %s\n", DB_MAGIC, hash, u->pack->version,
		u->key ? u->key : "unknown");
	for (i = 0; i < t.n; i++)
		fprintf(fp, "file %d %s\n", i, t.v[i]);
	fwrite(body, 1, bodylen, fp);
	ok = !ferror(fp);
	ok &= fclose(fp) == 0;
	free(body);
	free(t.v);
	if (!ok || rename(tmp, path)) {
		snprintf(msg, len, "cannot write the database file '%s': %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------ reading */

struct reader {
	struct lr_wp *wp;
	const char **files;
	int nfiles;
	int unit, func;
};

static struct lr_loc get_loc(struct reader *r, char **p)
{
	struct lr_loc loc = { NULL, 0, 0, 0 };
	int fi = -1, n = 0;

	if (sscanf(*p, "%d:%d:%d%n", &fi, &loc.line, &loc.col, &n) == 3) {
		*p += n;
		if (fi >= 0 && fi < r->nfiles)
			loc.file = r->files[fi];
	}
	return loc;
}

static char *field(char **p)
{
	char *s = *p, *e;

	while (*s == ' ')
		s++;
	e = s;
	while (*e && *e != ' ' && *e != '\n')
		e++;
	if (*e)
		*e++ = '\0';
	*p = e;
	return s;
}

static int get_facts(char *s, struct lr_fact *facts, int max)
{
	int n = 0, a, b, k;

	if (!strcmp(s, "-"))
		return 0;
	while (*s && n < max && sscanf(s, "%d.%d%n", &a, &b, &k) == 2) {
		facts[n].param = a;
		facts[n].nonzero = b;
		n++;
		s += k;
		if (*s == ',')
			s++;
	}
	return n;
}

static void read_site(struct reader *r, char *p)
{
	const struct lr_pack *pack = r->wp->pack;
	struct lr_site *s;
	char *callee = field(&p), *local = field(&p), *held, *rel, *facts, *outs, *q;
	struct lr_loc loc = get_loc(r, &p);
	int a, b, c, d, k;

	if (r->func < 0)
		return;
	s = lr_wp_add_site(r->wp, r->func);
	s->callee = lr_xstrdup(callee);
	s->local = *local == 'l';
	s->loc = loc;
	held = field(&p);
	rel = field(&p);
	facts = field(&p);
	outs = field(&p);
	s->private_args = strtoul(field(&p), NULL, 16);
	for (q = strcmp(held, "-") ? held : ""; *q;) {
		if (sscanf(q, "%d.%d.%d.%d@%n", &a, &b, &c, &d, &k) != 4)
			break;
		q += k;
		s->held = lr_xrealloc(s->held, (s->nheld + 1) * sizeof(*s->held));
		s->held[s->nheld].cls = a < pack->nclasses ? a : 0;
		s->held[s->nheld].mode = b;
		s->held[s->nheld].state = c;
		s->held[s->nheld].origin = d;
		s->held[s->nheld].loc = get_loc(r, &q);
		s->nheld++;
		if (*q == ',')
			q++;
	}
	for (q = strcmp(rel, "-") ? rel : ""; *q;) {
		if (sscanf(q, "%d.%d.%d.%d@%n", &a, &b, &c, &d, &k) != 4)
			break;
		q += k;
		s->rel = lr_xrealloc(s->rel, (s->nrel + 1) * sizeof(*s->rel));
		s->rel[s->nrel].cls = a < pack->nclasses ? a : 0;
		s->rel[s->nrel].mode = b;
		s->rel[s->nrel].unheld = c;
		s->rel[s->nrel].failed = d;
		s->rel[s->nrel].loc = get_loc(r, &q);
		s->nrel++;
		if (*q == ',')
			q++;
	}
	s->facts = lr_xrealloc(NULL, LR_MAX_FACTS * sizeof(*s->facts));
	s->nfacts = get_facts(facts, s->facts, LR_MAX_FACTS);
	for (q = strcmp(outs, "-") ? strtok(outs, ",") : NULL; q; q = strtok(NULL, ",")) {
		char *eq = strchr(q, '=');
		const struct lr_rule *rule;

		if (!eq)
			continue;
		*eq = '\0';
		rule = lr_pack_rule(pack, q);
		if (!rule)
			continue;
		s->out = lr_xrealloc(s->out, (s->nout + 1) * sizeof(*s->out));
		s->out[s->nout].rule = rule;
		s->out[s->nout].kind = atoi(eq + 1);
		s->nout++;
	}
}

static void read_line(struct reader *r, char *line)
{
	struct lr_wp *wp = r->wp;
	char *p = line + 2, *kind = line;

	if (!strncmp(kind, "file ", 5)) {
		char *nl;
		int num, n = 0;

		if (sscanf(line + 5, "%d %n", &num, &n) != 1 || num != r->nfiles)
			return;
		p = line + 5 + n;
		if ((nl = strchr(p, '\n')))
			*nl = '\0';
		r->files = lr_xrealloc(r->files, (r->nfiles + 1) * sizeof(*r->files));
		r->files[r->nfiles++] = lr_wp_intern(wp, p);
	} else if (!strncmp(kind, "unit ", 5)) {
		p = line + 5;
		r->unit = lr_wp_add_unit_name(wp, field(&p));
	} else if (kind[0] == 'f' && kind[1] == ' ') {
		char *name = field(&p), *link = field(&p), *addr = field(&p);
		struct lr_loc loc = get_loc(r, &p);

		r->func = lr_wp_add_func(wp, r->unit, name,
					 *link == 's' ? LR_LINK_STATIC : LR_LINK_GLOBAL, loc);
		wp->funcs[r->func].addr_taken = *addr == 'a';
	} else if (kind[0] == 'p' && kind[1] == ' ' && r->func >= 0) {
		struct lr_pre pre;
		char *id = field(&p), *func, *via;

		memset(&pre, 0, sizeof(pre));
		pre.rule = lr_pack_rule(wp->pack, id);
		pre.loc = get_loc(r, &p);
		func = field(&p);
		via = field(&p);
		pre.func = lr_wp_intern(wp, func);
		pre.via = strcmp(via, "-") ? lr_wp_intern(wp, via) : NULL;
		pre.nfacts = get_facts(field(&p), pre.facts, LR_MAX_FACTS);
		pre.excl = strtoul(field(&p), NULL, 16);
		pre.obj_param = atoi(field(&p));
		if (pre.rule)
			lr_wp_add_pre(wp, r->func, &pre);
	} else if (kind[0] == 's' && kind[1] == ' ' && r->func >= 0) {
		lr_wp_add_stored(wp, r->func, field(&p));
	} else if (kind[0] == 'c' && kind[1] == ' ') {
		read_site(r, p);
	} else if (kind[0] == 'S' && kind[1] == ' ') {
		char *func = field(&p);

		lr_wp_add_stored_extern(wp, r->unit, func, field(&p));
	}
}

/* One unit file; returns 0, or -1 when it was made with another pack. */
static int load_file(struct lr_wp *wp, const char *path, unsigned long hash)
{
	struct reader r = { wp, NULL, 0, -1, -1 };
	char *line = NULL, magic[64];
	size_t cap = 0;
	unsigned long h = 0;
	int version = 0, st = -1;
	FILE *fp = fopen(path, "r");

	if (!fp)
		return -1;
	if (getline(&line, &cap, fp) > 0 &&
	    sscanf(line, "lockrules-db %63s %lx %d", magic, &h, &version) == 3 &&
	    !strcmp(magic, "1") && h == hash) {
		st = 0;
		while (getline(&line, &cap, fp) > 0)
			read_line(&r, line);
	}
	free(line);
	free(r.files);
	fclose(fp);
	return st;
}

int lr_db_load(struct lr_wp *wp, const char *dir, const char *skip_key, unsigned long hash,
	       long *stale)
{
	char path[4096], skip[4096];
	struct dirent *de;
	DIR *d;
	int n = 0;

	snprintf(path, sizeof(path), "%s/units", dir);
	d = opendir(path);
	if (!d)
		return 0;
	skip[0] = '\0';
	if (skip_key)
		unit_path(dir, skip_key, skip, sizeof(skip));
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);

		if (len < 4 || strcmp(de->d_name + len - 3, ".lr"))
			continue;
		snprintf(path, sizeof(path), "%s/units/%s", dir, de->d_name);
		if (!strcmp(path, skip))
			continue;
		if (load_file(wp, path, hash))
			(*stale)++;
		else
			n++;
	}
	closedir(d);
	return n;
}

int lr_db_linked(const char *dir)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/linked", dir);
	return access(path, F_OK) == 0;
}

int lr_db_mark_linked(const char *dir)
{
	char path[4096];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/linked", dir);
	fp = fopen(path, "w");
	if (!fp)
		return -1;
	fprintf(fp, "linked: compiles with db=%s check against every unit here\n", dir);
	return fclose(fp);
}

/* ------------------------------------------------------------ the index */

/*
 * DIR/index, written by the link step beside 'linked', so that a compile
 * reads a few units instead of every one (reading all 2870 unit files of a
 * whole kernel made each compile 8 times slower).  Text, sorted where it
 * is searched:
 *
 *   lockrules-index 1 PACKHASH NUNITS NCOMPS
 *   KEY                                  NUNITS lines: unit number i's key
 *   U1 U2 ...                            NCOMPS lines: component i's units
 *   NAME<TAB>C1,C2|-<TAB>U1,U2|-         sorted: a function's components and
 *                                        the other units that call it or
 *                                        store it in a member
 *
 * NAME is a global function's name, or "name@U" for a static one of unit
 * U.  A component (wp.c) is a set of functions ctx() joined at the link:
 * a root and every caller its verdict examined.  A compile of unit X
 * reads the units of the components of X's functions and of its callees
 * in other units, evaluates only the roots in those components (and its
 * own), and then reads the callers of any function the evaluation asked
 * about that were not read yet, until none is missing: an edit that adds
 * a precondition climbs as far as the full link step would.
 * Debugging: the index is text ('lockrules-db stats DIR' counts it).
 */

struct ix_name {
	const char *key;
	char *text;		/* "name" or "name@U" */
	int *comps, ncomps;
	int *units, nunits;
};

static int int_cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static int uniq(int *v, int n)
{
	int i, m = 0;

	qsort(v, n, sizeof(*v), int_cmp);
	for (i = 0; i < n; i++)
		if (!m || v[m - 1] != v[i])
			v[m++] = v[i];
	return m;
}

static void push(int **v, int *n, int x)
{
	*v = lr_xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = x;
}

static int ix_name_cmp(const void *a, const void *b)
{
	return strcmp(((const struct ix_name *)a)->text, ((const struct ix_name *)b)->text);
}

static void put_list(FILE *fp, const int *v, int n)
{
	int i;

	if (!n)
		fputc('-', fp);
	for (i = 0; i < n; i++)
		fprintf(fp, "%s%d", i ? "," : "", v[i]);
}

int lr_db_write_index(struct lr_wp *wp, const char *dir, unsigned long hash)
{
	struct ix_name *names = lr_xrealloc(NULL, (wp->nfuncs + 1) * sizeof(*names));
	int *comp_of = lr_xrealloc(NULL, (wp->nfuncs + 1) * sizeof(int));
	int **comp_units = NULL, *ncomp_units = NULL, ncomps = 0, nnames = 0, i, k, m;
	struct { int func, unit; } *xs = NULL;
	int nxs = 0;
	char path[4096], tmp[4200], buf[512];
	FILE *fp;
	int ok;

	/*
	 * Components: the units of their functions and of the members other
	 * units store them in; those of two units or more are written (one
	 * unit's roots are always evaluated when it is compiled).
	 */
	for (i = 0; i < wp->nfuncs; i++)
		comp_of[i] = -1;
	for (i = 0; i < wp->nfuncs; i++) {
		int root = lr_wp_component(wp, i);

		if (comp_of[root] < 0) {
			comp_of[root] = ncomps++;
			comp_units = lr_xrealloc(comp_units, ncomps * sizeof(*comp_units));
			ncomp_units = lr_xrealloc(ncomp_units, ncomps * sizeof(int));
			comp_units[ncomps - 1] = NULL;
			ncomp_units[ncomps - 1] = 0;
		}
		comp_of[i] = comp_of[root];
		push(&comp_units[comp_of[i]], &ncomp_units[comp_of[i]], wp->funcs[i].unit);
	}
	/* the global functions other units store in members: (function, unit) pairs */
	for (k = 0; k < wp->nxstored; k++)
		for (i = lr_wp_first(wp, wp->xstored[k].func); i >= 0;
		     i = wp->funcs[i].next_same_hash)
			if (wp->funcs[i].linkage == LR_LINK_GLOBAL &&
			    wp->funcs[i].unit != wp->xstored[k].unit &&
			    !strcmp(wp->funcs[i].name, wp->xstored[k].func)) {
				xs = lr_xrealloc(xs, (nxs + 1) * sizeof(*xs));
				xs[nxs].func = i;
				xs[nxs++].unit = wp->xstored[k].unit;
			}
	for (k = 0; k < nxs; k++)
		push(&comp_units[comp_of[xs[k].func]], &ncomp_units[comp_of[xs[k].func]], xs[k].unit);
	/* renumber: only the components of two units or more are written */
	{
		int *num = lr_xrealloc(NULL, (ncomps + 1) * sizeof(int)), w = 0;

		for (i = 0; i < ncomps; i++) {
			ncomp_units[i] = uniq(comp_units[i], ncomp_units[i]);
			if (ncomp_units[i] > 1) {
				comp_units[w] = comp_units[i];
				ncomp_units[w] = ncomp_units[i];
				num[i] = w++;
			} else {
				free(comp_units[i]);
				num[i] = -1;
			}
		}
		for (i = 0; i < wp->nfuncs; i++)
			comp_of[i] = num[comp_of[i]];
		ncomps = w;
		free(num);
	}
	for (i = 0; i < wp->nfuncs; i++) {
		const struct lr_wp_func *f = &wp->funcs[i];
		struct ix_name *n = &names[nnames++];
		int c = comp_of[i];

		memset(n, 0, sizeof(*n));
		if (f->linkage == LR_LINK_STATIC)
			snprintf(buf, sizeof(buf), "%s@%d", f->name, f->unit);
		else
			snprintf(buf, sizeof(buf), "%s", f->name);
		n->text = lr_xstrdup(buf);
		if (c >= 0)
			push(&n->comps, &n->ncomps, c);
		for (k = 0; k < f->ncallers; k++) {
			int u = wp->funcs[wp->sites[f->callers[k]].caller].unit;

			if (u != f->unit)
				push(&n->units, &n->nunits, u);
		}

	}
	/* names[i] is still function i's (not sorted yet): the units storing it */
	for (k = 0; k < nxs; k++)
		push(&names[xs[k].func].units, &names[xs[k].func].nunits, xs[k].unit);
	free(xs);
	qsort(names, nnames, sizeof(*names), ix_name_cmp);
	/* one line per name: the definitions of a global name merged */
	for (i = 0, m = 0; i < nnames; i++) {
		if (m && !strcmp(names[m - 1].text, names[i].text)) {
			struct ix_name *d = &names[m - 1];

			for (k = 0; k < names[i].ncomps; k++)
				push(&d->comps, &d->ncomps, names[i].comps[k]);
			for (k = 0; k < names[i].nunits; k++)
				push(&d->units, &d->nunits, names[i].units[k]);
			free(names[i].text);
			free(names[i].comps);
			free(names[i].units);
			continue;
		}
		names[m++] = names[i];
	}
	nnames = m;
	snprintf(path, sizeof(path), "%s/index", dir);
	snprintf(tmp, sizeof(tmp), "%s.tmp.%ld", path, (long)getpid());
	fp = fopen(tmp, "w");
	if (!fp)
		return -1;
	fprintf(fp, "lockrules-index 1 %lx %d %d\n", hash, wp->nunits, ncomps);
	for (i = 0; i < wp->nunits; i++)
		fprintf(fp, "%s\n", wp->units[i]);
	for (i = 0; i < ncomps; i++) {
		for (k = 0; k < ncomp_units[i]; k++)
			fprintf(fp, "%s%d", k ? " " : "", comp_units[i][k]);
		fputc('\n', fp);
		free(comp_units[i]);
	}
	for (i = 0; i < nnames; i++) {
		names[i].ncomps = uniq(names[i].comps, names[i].ncomps);
		names[i].nunits = uniq(names[i].units, names[i].nunits);
		fprintf(fp, "%s\t", names[i].text);
		put_list(fp, names[i].comps, names[i].ncomps);
		fputc('\t', fp);
		put_list(fp, names[i].units, names[i].nunits);
		fputc('\n', fp);
		free(names[i].text);
		free(names[i].comps);
		free(names[i].units);
	}
	ok = !ferror(fp);
	ok &= fclose(fp) == 0;
	free(names);
	free(comp_of);
	free(comp_units);
	free(ncomp_units);
	if (!ok || rename(tmp, path)) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

struct lr_db_index {
	char *map;
	size_t size;
	int nunits, ncomps;
	const char **unit_key;	/* into map, each ended by '\n' */
	const char **comp;	/* into map: "U1 U2 ...\n" */
	const char *names, *end;
	int self;		/* the unit being compiled, -1: not in the index */
	char *want;		/* units to read */
	char *read;		/* units read (in the current graph) */
	char *seeded;		/* components whose roots are evaluated */
	int *wp_unit;		/* per unit read into the graph: its index number */
	int nwp;		/* how many (the compiled unit comes after them) */
};

void lr_db_index_close(struct lr_db_index *idx)
{
	if (!idx)
		return;
	munmap(idx->map, idx->size);
	free(idx->unit_key);
	free(idx->comp);
	free(idx->want);
	free(idx->read);
	free(idx->seeded);
	free(idx->wp_unit);
	free(idx);
}

static const char *next_line(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', end - p);

	return nl ? nl + 1 : end;
}

struct lr_db_index *lr_db_index_open(const char *dir, unsigned long hash)
{
	struct lr_db_index *idx;
	char path[4096];
	unsigned long h;
	const char *p, *end;
	struct stat st;
	int fd, i;
	void *map;

	snprintf(path, sizeof(path), "%s/index", dir);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) || !st.st_size) {
		close(fd);
		return NULL;
	}
	map = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return NULL;
	idx = lr_xrealloc(NULL, sizeof(*idx));
	memset(idx, 0, sizeof(*idx));
	idx->map = map;
	idx->size = st.st_size;
	end = idx->map + idx->size;
	if (sscanf(idx->map, "lockrules-index 1 %lx %d %d", &h, &idx->nunits, &idx->ncomps) != 3 ||
	    h != hash || idx->nunits < 0 || idx->ncomps < 0) {
		lr_db_index_close(idx);
		return NULL;
	}
	p = next_line(idx->map, end);
	idx->unit_key = lr_xrealloc(NULL, (idx->nunits + 1) * sizeof(char *));
	idx->comp = lr_xrealloc(NULL, (idx->ncomps + 1) * sizeof(char *));
	for (i = 0; i < idx->nunits; i++, p = next_line(p, end))
		idx->unit_key[i] = p;
	for (i = 0; i < idx->ncomps; i++, p = next_line(p, end))
		idx->comp[i] = p;
	if (p >= end && (idx->nunits || idx->ncomps) && end[-1] != '\n') {
		lr_db_index_close(idx);
		return NULL;
	}
	idx->names = p;
	idx->end = end;
	idx->self = -1;
	idx->want = lr_xrealloc(NULL, idx->nunits + 1);
	idx->read = lr_xrealloc(NULL, idx->nunits + 1);
	idx->seeded = lr_xrealloc(NULL, idx->ncomps + 1);
	memset(idx->want, 0, idx->nunits + 1);
	memset(idx->read, 0, idx->nunits + 1);
	memset(idx->seeded, 0, idx->ncomps + 1);
	return idx;
}

/* Compare key with the name that starts line p (ended by a tab). */
static int name_cmp(const char *key, const char *p, const char *end)
{
	for (; p < end && *p != '\t' && *p != '\n'; key++, p++)
		if (*key != *p)
			return (unsigned char)*key - (unsigned char)*p;
	return *key ? 1 : 0;
}

/* The line of key among the sorted names, or NULL: a binary search on lines. */
static const char *ix_find(const struct lr_db_index *idx, const char *key)
{
	const char *lo = idx->names, *hi = idx->end;

	while (lo < hi) {
		const char *mid = lo + (hi - lo) / 2, *line = mid;
		int c;

		while (line > lo && line[-1] != '\n')
			line--;
		c = name_cmp(key, line, idx->end);
		if (!c)
			return line;
		if (c < 0)
			hi = line;
		else
			lo = next_line(line, idx->end);
	}
	return NULL;
}

/* The numbers of the field'th tab-separated list of a name line, one by one. */
static const char *ix_field(const char *line, const char *end, int field)
{
	const char *p = line;

	while (field-- > 0) {
		while (p < end && *p != '\t' && *p != '\n')
			p++;
		if (p >= end || *p != '\t')
			return end;
		p++;
	}
	return p;
}

static int ix_next(const char **pp, const char *end, int *v)
{
	const char *p = *pp;

	if (p >= end || *p < '0' || *p > '9')
		return 0;
	*v = 0;
	while (p < end && *p >= '0' && *p <= '9')
		*v = *v * 10 + (*p++ - '0');
	if (p < end && (*p == ',' || *p == ' '))
		p++;
	*pp = p;
	return 1;
}

static int key_is(const char *line, const char *key)
{
	size_t n = strlen(key);

	return !strncmp(line, key, n) && line[n] == '\n';
}

static void seed_name(struct lr_db_index *idx, const char *key)
{
	const char *line = ix_find(idx, key), *p, *q;
	int c, u;

	if (!line)
		return;
	for (p = ix_field(line, idx->end, 1); ix_next(&p, idx->end, &c);) {
		if (c >= idx->ncomps || idx->seeded[c])
			continue;
		idx->seeded[c] = 1;
		for (q = idx->comp[c]; ix_next(&q, idx->end, &u);)
			if (u < idx->nunits)
				idx->want[u] = 1;
	}
}

void lr_db_index_seed(struct lr_db_index *idx, const struct lr_unit *u)
{
	char key[512];
	int i;

	for (i = 0; i < idx->nunits; i++)
		if (u->key && key_is(idx->unit_key[i], u->key))
			idx->self = i;
	for (i = 0; i < u->nfuncs; i++) {
		const struct lr_func *f = u->funcs[i];

		if (f->linkage == LR_LINK_STATIC) {
			if (idx->self < 0)
				continue;
			snprintf(key, sizeof(key), "%s@%d", f->name, idx->self);
			seed_name(idx, key);
		} else {
			seed_name(idx, f->name);
		}
	}
	for (i = 0; i < u->nsites; i++)
		if (!u->sites[i].local)
			seed_name(idx, u->sites[i].callee);
	if (idx->self >= 0)
		idx->want[idx->self] = 0;
}

/* Read the wanted units into a fresh graph; returns how many. */
int lr_db_index_load(struct lr_db_index *idx, struct lr_wp *wp, const char *dir,
		     unsigned long hash, long *stale)
{
	char key[4096], path[4096];
	int i, n = 0;

	memset(idx->read, 0, idx->nunits + 1);
	free(idx->wp_unit);
	idx->wp_unit = NULL;
	idx->nwp = 0;
	for (i = 0; i < idx->nunits; i++) {
		const char *k = idx->unit_key[i];
		int len = (int)(next_line(k, idx->end) - k) - 1;
		int before = wp->nunits;

		if (!idx->want[i] || i == idx->self)
			continue;
		snprintf(key, sizeof(key), "%.*s", len, k);
		unit_path(dir, key, path, sizeof(path));
		if (load_file(wp, path, hash)) {
			(*stale)++;
			continue;
		}
		idx->wp_unit = lr_xrealloc(idx->wp_unit, (wp->nunits + 1) * sizeof(int));
		while (before < wp->nunits)
			idx->wp_unit[before++] = i;
		idx->read[i] = 1;
		n++;
	}
	idx->nwp = wp->nunits;
	return n;
}

/* The index number of wp function f's key ("name" or "name@U"), into key. */
static const char *wp_key(const struct lr_db_index *idx, const struct lr_wp *wp, int f,
			  char *key, int len)
{
	const struct lr_wp_func *fn = &wp->funcs[f];
	int u = fn->unit < idx->nwp ? idx->wp_unit[fn->unit] : idx->self;

	if (fn->linkage != LR_LINK_STATIC)
		return fn->name;
	if (u < 0)
		return NULL;
	snprintf(key, len, "%s@%d", fn->name, u);
	return key;
}

/* Roots to evaluate: the compiled unit's, and those of the components read. */
void lr_db_index_roots(struct lr_db_index *idx, struct lr_wp *wp)
{
	char *ok = lr_xrealloc(NULL, wp->nfuncs + 1), key[512];
	const char *line, *k, *p;
	int f, c;

	for (f = 0; f < wp->nfuncs; f++) {
		ok[f] = wp->funcs[f].unit >= idx->nwp;
		if (ok[f] || !wp->funcs[f].npre)
			continue;
		k = wp_key(idx, wp, f, key, sizeof(key));
		line = k ? ix_find(idx, k) : NULL;
		if (!line)
			continue;
		for (p = ix_field(line, idx->end, 1); ix_next(&p, idx->end, &c);)
			if (c < idx->ncomps && idx->seeded[c])
				ok[f] = 1;
	}
	free((char *)wp->root_ok);
	wp->root_ok = ok;
}

int lr_db_index_grow(struct lr_db_index *idx, const struct lr_wp *wp)
{
	const char *line, *p;
	int f, u, n = 0;

	for (f = 0; f < wp->nfuncs; f++) {
		if (wp->funcs[f].linkage == LR_LINK_STATIC || !lr_wp_visited(wp, f))
			continue;
		line = ix_find(idx, wp->funcs[f].name);
		if (!line)
			continue;
		for (p = ix_field(line, idx->end, 2); ix_next(&p, idx->end, &u);)
			if (u < idx->nunits && !idx->want[u] && u != idx->self) {
				idx->want[u] = 1;
				n++;
			}
	}
	return n;
}
