// SPDX-License-Identifier: GPL-2.0
/*
 * lockrules GCC plugin: checks the Linux mm lock rules of rules/mm.rules
 * while the kernel builds.
 *
 *   make KCFLAGS=-fplugin=/abs/path/lockrules.so mm/
 *
 * A GIMPLE pass right after "ssa" (before early inlining, so calls to
 * static inline lock helpers are visible) turns each function into a graph
 * of lock events (gcc_gimple.c); at the end of the translation unit the
 * engine (analysis.c) runs over all of them, with summaries across calls,
 * and the violations come out as GCC warnings:
 *
 *   file:line:col: warning: PMD change without the PMD page-table lock [-Wlockrules=pmd-modify]
 *   file:line:col: note: held here: mmap_lock (read)
 *
 * The plugin only reads the IL: code generation is the same with and without.
 * Options: -fplugin-arg-lockrules-<option>, see lockrules_help below.
 * Debugging: -fdump-tree-ssa shows the IL the pass reads.
 */
#include "gcc-plugin.h"
#include "plugin-version.h"
#include "tree.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "gcc_frontend.h"

int plugin_is_GPL_compatible;

extern "C" const char lr_builtin_rules[];

static const char lockrules_help[] =
	"lockrules: check Linux mm lock rules\n"
	"  -fplugin-arg-lockrules-rules=FILE     rule pack (default: built-in rules/mm.rules)\n"
	"  -fplugin-arg-lockrules-kernel=X.Y     kernel version the rules apply to (default 6.12)\n"
	"  -fplugin-arg-lockrules-disable=ID,..  turn rules off by id\n"
	"  -fplugin-arg-lockrules-error          report violations as errors\n"
	"  -fplugin-arg-lockrules-stats=FILE     append a line of counts per unit to FILE\n";

static struct plugin_info lockrules_info = {
	"1.0",
	lockrules_help,
};

static struct lr_pack *pack;
static struct lr_unit *unit;
static int as_errors;
static const char *stats_file;
static int *rule_counts;		/* per rule of the pack, then lock-order */

static void emit(const struct lr_diag *d, void *ctx)
{
	bool werror = global_dc->warning_as_error_requested;
	bool shown;
	int i;

	(void)ctx;
	if (as_errors) {
		error_at((location_t)d->loc.cookie, "%s [-Wlockrules=%s]", d->msg, d->rule_id);
		shown = true;
	} else {
		/*
		 * Violations are reports about locking, not compiler warnings:
		 * a kernel built with CONFIG_WERROR must still build.  The
		 * 'error' option makes them fail the build.
		 */
		global_dc->warning_as_error_requested = false;
		shown = warning_at((location_t)d->loc.cookie, 0, "%s [-Wlockrules=%s]", d->msg,
				   d->rule_id);
		global_dc->warning_as_error_requested = werror;
	}
	if (!shown)
		return;
	for (i = 0; i < d->nnotes; i++)
		inform((location_t)d->notes[i].loc.cookie, "%s", d->notes[i].msg);
	for (i = 0; i < pack->nrules; i++)
		if (!strcmp(pack->rules[i].id, d->rule_id))
			break;
	rule_counts[i]++;	/* i == nrules: lock-order */
}

static void write_stats(void)
{
	FILE *fp;
	int nfuncs, nevents, i;

	if (!stats_file)
		return;
	fp = fopen(stats_file, "a");
	if (!fp)
		return;
	lr_unit_stats(unit, &nfuncs, &nevents);
	fprintf(fp, "unit %s functions %d events %d", main_input_filename, nfuncs, nevents);
	for (i = 0; i < pack->nrules; i++)
		fprintf(fp, " %s=%d", pack->rules[i].id, rule_counts[i]);
	fprintf(fp, " lock-order=%d\n", rule_counts[pack->nrules]);
	fclose(fp);
}

static void finish_unit(void *gcc_data, void *user_data)
{
	(void)gcc_data;
	(void)user_data;
	if (!unit)
		return;
	lr_unit_analyse(unit, emit, NULL);
	write_stats();
	lr_unit_free(unit);
	unit = NULL;
}

static unsigned int lockrules_execute(void)
{
	if (unit)
		lr_gimple_translate(unit, pack);
	return 0;
}

namespace {
const pass_data lockrules_pass_data = {
	GIMPLE_PASS,
	"lockrules",
	OPTGROUP_NONE,
	TV_NONE,
	PROP_cfg | PROP_ssa,
	0, 0, 0, 0,
};

class lockrules_pass : public gimple_opt_pass {
public:
	lockrules_pass(gcc::context *ctxt) : gimple_opt_pass(lockrules_pass_data, ctxt) {}
	unsigned int execute(function *) final override { return lockrules_execute(); }
};
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
	buf = (char *)xmalloc(n + 1);
	if ((long)fread(buf, 1, n, fp) != n) {
		fclose(fp);
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

/* Parse "a,b,c" rule ids and turn them off; unknown ids are errors. */
static bool disable_rules(const char *list)
{
	char *copy = xstrdup(list), *tok, *save = NULL;
	bool ok = true;

	for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		const struct lr_rule *r = lr_pack_rule(pack, tok);

		if (r) {
			((struct lr_rule *)r)->disabled = 1;
		} else if (!strcmp(tok, "lock-order")) {
			pack->norders = 0;
		} else {
			error("lockrules: unknown rule id '%s' in '-fplugin-arg-lockrules-disable'", tok);
			ok = false;
		}
	}
	free(copy);
	return ok;
}

int plugin_init(struct plugin_name_args *info, struct plugin_gcc_version *version)
{
	const char *rules_path = NULL, *disable = NULL;
	char *text;
	char err[1024];
	int kernel = LR_VERSION(6, 12), i;
	struct register_pass_info pass_info;

	if (!plugin_default_version_check(version, &gcc_version)) {
		error("lockrules: this plugin was built for GCC %s (%s), not for this compiler; "
		      "rebuild it against this compiler's plugin headers",
		      gcc_version.basever, gcc_version.configuration_arguments ?
		      "another configuration" : "?");
		return 1;
	}
	for (i = 0; i < info->argc; i++) {
		const char *key = info->argv[i].key, *val = info->argv[i].value;

		if (!strcmp(key, "rules") && val && *val) {
			rules_path = val;
		} else if (!strcmp(key, "kernel") && val) {
			kernel = lr_parse_version(val);
			if (kernel < 0) {
				error("lockrules: '-fplugin-arg-lockrules-kernel=%s': expected a "
				      "kernel version such as 6.12", val);
				return 1;
			}
		} else if (!strcmp(key, "disable") && val && *val) {
			disable = val;
		} else if (!strcmp(key, "error") && !val) {
			as_errors = 1;
		} else if (!strcmp(key, "stats") && val && *val) {
			stats_file = val;
		} else {
			error("lockrules: unknown option '-fplugin-arg-%s-%s%s%s'\n%s",
			      info->base_name, key, val ? "=" : "", val ? val : "", lockrules_help);
			return 1;
		}
	}
	if (rules_path) {
		text = read_file(rules_path);
		if (!text) {
			error("lockrules: cannot read rule file '%s': %s", rules_path,
			      xstrerror(errno));
			return 1;
		}
	} else {
		text = xstrdup(lr_builtin_rules);
	}
	pack = lr_pack_parse(text, rules_path ? rules_path : "<built-in>/rules/mm.rules",
			     kernel, err, sizeof(err));
	free(text);
	if (!pack) {
		/* already "file:line:col: error: ..." */
		fprintf(stderr, "%s\n", err);
		error("lockrules: the rule file is malformed");
		return 1;
	}
	if (disable && !disable_rules(disable))
		return 1;
	unit = lr_unit_new(pack);
	rule_counts = XCNEWVEC(int, pack->nrules + 1);

	register_callback(info->base_name, PLUGIN_INFO, NULL, &lockrules_info);
	pass_info.pass = new lockrules_pass(g);
	pass_info.reference_pass_name = "ssa";
	pass_info.ref_pass_instance_number = 1;
	pass_info.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass_info);
	register_callback(info->base_name, PLUGIN_FINISH_UNIT, finish_unit, NULL);
	return 0;
}
