// SPDX-License-Identifier: GPL-2.0
/*
 * The options every front end shares (engine.h lists them): their syntax
 * checks and messages, reading the rule pack (the built-in copy of
 * rules/mm.rules unless 'rules=' names another), the kernel version it is
 * loaded for ('kernel=', else the version of the kernel being built, else
 * 6.12; never one older than the pack's 'kernels' line), the 'disable'
 * list with its 'lock-order' pseudo-rule, and the stats line.  A front end only spells the options
 * its own way (the prefix) and shows the messages.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

extern const char lr_builtin_rules[];

#define BUILTIN_NAME "<built-in>/rules/mm.rules"

struct lr_options {
	char *prefix;
	char *rules;		/* rule file, or NULL: built in */
	int kernel;
	int kernel_given;	/* 'kernel=' was on the command line */
	char *disable;
	int as_errors;
	char *stats;
	char *debug;
	char *db;
	char *unit;			/* 'unit=KEY': the object's name in the database */
	int db_readonly;		/* 'dbro=DIR': read the database, never write it */
	unsigned long pack_hash;	/* of the pack text and version: the database's check */
	struct lr_pack *pack;
};

static const struct {
	const char *key, *arg, *help;
} table[] = {
	{ "rules", "FILE", "rule pack (default: built-in rules/mm.rules)" },
	{ "kernel", "X.Y", "kernel version the rules apply to (default: the tree's, else 6.12)" },
	{ "disable", "ID,..", "turn rules off by id ('lock-order': lock-order checks)" },
	{ "error", NULL, "report violations as errors" },
	{ "stats", "FILE", "append a line of counts per unit to FILE" },
	{ "debug", "FUNC", "print FUNC's lock events and locksets on stderr" },
	{ "db", "DIR", "cross-unit database: write this unit's facts to DIR; once DIR "
		       "is linked, also check against every other unit's" },
	{ "dbro", "DIR", "check against the linked database DIR without writing to it "
			 "(trial compiles: review, mutation testing)" },
	{ "unit", "OBJ", "the object's name in the database (default: from -o, "
			 "relative to the build directory)" },
};

struct lr_options *lr_options_new(const char *prefix)
{
	struct lr_options *o = lr_xrealloc(NULL, sizeof(*o));

	memset(o, 0, sizeof(*o));
	o->prefix = lr_xstrdup(prefix ? prefix : "");
	o->kernel = LR_VERSION(6, 12);
	return o;
}

void lr_options_free(struct lr_options *o)
{
	if (!o)
		return;
	free(o->prefix);
	free(o->rules);
	free(o->disable);
	free(o->stats);
	free(o->debug);
	free(o->db);
	free(o->unit);
	lr_pack_free(o->pack);
	free(o);
}

void lr_options_help(const char *prefix, char *buf, int len)
{
	size_t i;
	int used = 0;

	buf[0] = '\0';
	for (i = 0; i < sizeof(table) / sizeof(table[0]) && used < len; i++) {
		char opt[64];

		snprintf(opt, sizeof(opt), "%s%s%s%s", prefix, table[i].key, table[i].arg ? "=" : "",
			 table[i].arg ? table[i].arg : "");
		used += snprintf(buf + used, len - used, "  %-37s %s\n", opt, table[i].help);
	}
}

static void set_str(char **dst, const char *v)
{
	free(*dst);
	*dst = lr_xstrdup(v);
}

enum lr_opt_status lr_options_set(struct lr_options *o, const char *key, const char *val,
				  char *msg, int len)
{
	if (!strcmp(key, "rules") && val && *val) {
		set_str(&o->rules, val);
	} else if (!strcmp(key, "kernel") && val) {
		o->kernel = lr_parse_version(val);
		if (o->kernel < 0) {
			snprintf(msg, len, "'%skernel=%s': expected a kernel version such as 6.12",
				 o->prefix, val);
			return LR_OPT_ERROR;
		}
		o->kernel_given = 1;
	} else if (!strcmp(key, "disable") && val && *val) {
		set_str(&o->disable, val);
	} else if (!strcmp(key, "error") && !val) {
		o->as_errors = 1;
	} else if (!strcmp(key, "stats") && val && *val) {
		set_str(&o->stats, val);
	} else if (!strcmp(key, "debug") && val && *val) {
		set_str(&o->debug, val);
	} else if (!strcmp(key, "unit") && val && *val) {
		set_str(&o->unit, val);
	} else if ((!strcmp(key, "db") || !strcmp(key, "dbro")) && val && *val) {
		set_str(&o->db, val);
		o->db_readonly = !strcmp(key, "dbro");
	} else {
		snprintf(msg, len, "unknown option '%s%s%s%s'", o->prefix, key, val ? "=" : "",
			 val ? val : "");
		return LR_OPT_UNKNOWN;
	}
	return LR_OPT_OK;
}

static char *read_file(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	if (!fp)
		return NULL;
	if (fseek(fp, 0, SEEK_END) || (n = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET)) {
		fclose(fp);
		return NULL;
	}
	buf = lr_xrealloc(NULL, n + 1);
	if ((long)fread(buf, 1, n, fp) != n) {
		fclose(fp);
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

/* "a,b,c" rule ids off; 'lock-order' turns lock-order checks off. */
static enum lr_opt_status disable_rules(struct lr_options *o, char *msg, int len)
{
	char *copy = lr_xstrdup(o->disable), *tok, *save = NULL;
	enum lr_opt_status st = LR_OPT_OK;

	for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		const struct lr_rule *r = lr_pack_rule(o->pack, tok);

		if (r) {
			((struct lr_rule *)r)->disabled = 1;
		} else if (!strcmp(tok, "lock-order")) {
			o->pack->order_disabled = 1;
		} else {
			snprintf(msg, len, "unknown rule id '%s' in '%sdisable'", tok, o->prefix);
			st = LR_OPT_ERROR;
			break;
		}
	}
	free(copy);
	return st;
}

/*
 * kbuild runs the compiler in the object tree (O=, or the source tree),
 * where make prepare wrote the kernel's version.  0: no such file (not a
 * kernel build); -1: a file without a LINUX_VERSION_CODE.
 */
#define TREE_VERSION_H "include/generated/uapi/linux/version.h"

static int tree_version(const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[256];
	long code = -1;

	if (!fp)
		return 0;
	while (fgets(line, sizeof(line), fp))
		if (sscanf(line, "#define LINUX_VERSION_CODE %ld", &code) == 1)
			break;
	fclose(fp);
	if (code < LR_VERSION(2, 0) || code > 0xffffff)
		return -1;
	return LR_VERSION(code >> 16, (code >> 8) & 0xff);
}

static void version_str(int v, char *buf, int len)
{
	snprintf(buf, len, "%d.%d", v / 1000, v % 1000);
}

/* The kernel version, from 'kernel=' or the tree; an error when the pack has nothing for it. */
static enum lr_opt_status check_kernel(struct lr_options *o, const char *name, char *msg, int len)
{
	char v[16], oldest[16], newest[16], from[160];

	if (!o->pack->oldest || o->kernel >= o->pack->oldest)
		return LR_OPT_OK;
	version_str(o->kernel, v, sizeof(v));
	version_str(o->pack->oldest, oldest, sizeof(oldest));
	version_str(o->pack->newest, newest, sizeof(newest));
	if (o->kernel_given)
		snprintf(from, sizeof(from), "'%skernel=%s'", o->prefix, v);
	else
		snprintf(from, sizeof(from), "this build's kernel, %s (%s),", v, TREE_VERSION_H);
	snprintf(msg, len, "%s is older than any kernel the rule pack %s states rules for "
		 "(%s to %s): it has nothing for %s", from, name, oldest, newest, v);
	return LR_OPT_ERROR;
}

enum lr_opt_status lr_options_load(struct lr_options *o, char *msg, int len)
{
	char *text;
	int e;
	enum lr_opt_status st;
	FILE *fp;

	if (!o->kernel_given) {
		int v = tree_version(TREE_VERSION_H);

		if (v < 0) {
			snprintf(msg, len, "cannot tell the kernel version from %s (no LINUX_VERSION_CODE): "
				 "give '%skernel=X.Y'", TREE_VERSION_H, o->prefix);
			return LR_OPT_ERROR;
		}
		if (v > 0)
			o->kernel = v;
	}
	if (o->stats) {
		/* the counts must not vanish: an unwritable file is an error now, not a silent loss */
		fp = fopen(o->stats, "a");
		if (!fp) {
			e = errno;
			snprintf(msg, len, "cannot write the stats file '%s' ('%sstats'): %s", o->stats,
				 o->prefix, strerror(e));
			return LR_OPT_ERROR;
		}
		fclose(fp);
	}

	if (o->rules) {
		text = read_file(o->rules);
		if (!text) {
			e = errno;
			snprintf(msg, len, "cannot read rule file '%s': %s", o->rules, strerror(e));
			return LR_OPT_ERROR;
		}
	} else {
		text = lr_xstrdup(lr_builtin_rules);
	}
	o->pack_hash = (1469598103934665603ul ^ (unsigned long)o->kernel) * 1099511628211ul ^
		       LR_DB_FORMAT;
	for (e = 0; text[e]; e++)
		o->pack_hash = (o->pack_hash ^ (unsigned char)text[e]) * 1099511628211ul;
	lr_pack_free(o->pack);
	o->pack = lr_pack_parse(text, o->rules ? o->rules : BUILTIN_NAME, o->kernel, msg, len);
	free(text);
	if (!o->pack)
		return LR_OPT_MALFORMED_PACK;
	st = check_kernel(o, o->rules ? o->rules : BUILTIN_NAME, msg, len);
	if (st != LR_OPT_OK)
		return st;
	if (o->disable)
		return disable_rules(o, msg, len);
	return LR_OPT_OK;
}

int lr_options_as_errors(const struct lr_options *o)
{
	return o->as_errors;
}

struct lr_unit *lr_unit_new(const struct lr_options *o)
{
	struct lr_unit *u = o->pack ? lr_unit_new_pack(o->pack, o->debug) : NULL;

	if (u)
		u->opts = o;
	return u;
}

const char *lr_options_db(const struct lr_options *o)
{
	return o ? o->db : NULL;
}

const char *lr_options_unit(const struct lr_options *o)
{
	return o ? o->unit : NULL;
}

int lr_options_db_readonly(const struct lr_options *o)
{
	return o && o->db_readonly;
}

unsigned long lr_options_pack_hash(const struct lr_options *o)
{
	return o ? o->pack_hash : 0;
}

const struct lr_pack *lr_options_pack(const struct lr_options *o)
{
	return o->pack;
}

void lr_unit_write_stats(const struct lr_unit *u, const struct lr_options *o, const char *name)
{
	FILE *fp;
	int nfuncs, nevents, i;

	if (!o->stats)
		return;
	fp = fopen(o->stats, "a");
	if (!fp)
		return;
	lr_unit_count_events(u, &nfuncs, &nevents);
	fprintf(fp, "unit %s functions %d events %d", name, nfuncs, nevents);
	for (i = 0; i < u->pack->nrules; i++)
		fprintf(fp, " %s=%d", u->pack->rules[i].id, u->shown[i]);
	fprintf(fp, " lock-order=%d", u->shown[u->pack->nrules]);
	for (i = 0; i < LR_NDROPS; i++)
		fprintf(fp, " drop-%s=%ld", lr_drop_name(i), u->drops[i]);
	for (i = 0; i < LR_NROOTS; i++)
		fprintf(fp, " pre-%s=%ld", lr_root_stat_name(i), lr_unit_root_stat(u, i));
	fprintf(fp, " paths-some=%ld paths-correlated=%ld", u->paths_some, u->paths_correlated);
	fprintf(fp, " paths-some-witness=%ld paths-some-callers=%ld paths-some-undecided=%ld",
		u->paths_some_witness, u->paths_some_callers, u->paths_some_undecided);
	fprintf(fp, " paths-order=%ld paths-order-witness=%ld paths-order-undecided=%ld",
		u->paths_order, u->paths_order_witness, u->paths_order_undecided);
	if (o->db)
		fprintf(fp, " db-units=%ld db-rounds=%d db-stale=%ld", u->db_units, u->db_rounds,
			u->db_stale);
	fprintf(fp, "\n");
	fclose(fp);
}
