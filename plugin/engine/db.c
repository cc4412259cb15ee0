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
 * When DIR/linked exists (written by 'lockrules-db report DIR --link'
 * after a full build), a compile also reads every other unit's facts and
 * reports what concerns its own unit with whole-kernel knowledge; before
 * that (a cold build) it only writes, and the report step reports all.
 * Debugging: the files are text; 'lockrules-db stats DIR' counts them.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
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
			fprintf(fp, " %x\n", p->excl);
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
			fputc('\n', fp);
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
