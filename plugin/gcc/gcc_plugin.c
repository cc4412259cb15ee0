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
 * This file is the GCC glue only: it registers the pass and the end-of-unit
 * callback, hands the -fplugin-arg- options to the engine's shared option
 * helper (engine/options.c: their meaning, the built-in pack, 'disable',
 * the stats line), and shows the engine's reports as GCC diagnostics.
 *
 * The plugin only reads the IL: code generation is the same with and without.
 * Options: -fplugin-arg-lockrules-<option>; the help text (gcc --help=...,
 * or any unknown option) lists them.
 * Debugging: -fdump-tree-ssa shows the IL the pass reads;
 * -fplugin-arg-lockrules-debug=FUNC prints what the engine made of FUNC.
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

static char lockrules_help[2048];

static struct plugin_info lockrules_info = {
	"1.0",
	lockrules_help,
};

static struct lr_options *options;
static struct lr_unit *unit;

static int emit(const struct lr_diag *d, void *ctx)
{
	bool werror = global_dc->warning_as_error_requested;
	bool shown;
	int i;

	(void)ctx;
	if (lr_options_as_errors(options)) {
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
		return 0;
	for (i = 0; i < d->nnotes; i++) {
		const struct lr_note *n = &d->notes[i];

		if (n->loc.cookie)
			inform((location_t)n->loc.cookie, "%s", n->msg);
		else	/* a place in another unit, from the database */
			inform((location_t)d->loc.cookie, "%s:%d: %s", n->loc.file ? n->loc.file : "?",
			       n->loc.line, n->msg);
	}
	return 1;
}

/*
 * The object this compile writes, relative to the build directory: -o x/a.o
 * makes cc1 see -dumpdir x/ -dumpbase a.c -dumpbase-ext .c, and kbuild's
 * -o mm/memory.o a -dumpbase mm/memory.c.
 */
static void unit_key(char *buf, size_t len)
{
	const char *base = dump_base_name ? dump_base_name : main_input_filename;
	size_t n = strlen(base), e = dump_base_ext ? strlen(dump_base_ext) : 0;

	if (e > n || (e && strcmp(base + n - e, dump_base_ext)))
		e = 0;
	/* kbuild's -dumpbase already has the directory: "mm/memory.c" */
	snprintf(buf, len, "%s%.*s.o", dump_dir_name && !strchr(base, '/') ? dump_dir_name : "",
		 (int)(n - e), base);
}

static void finish_unit(void *gcc_data, void *user_data)
{
	char key[4096];
	const char *err;

	(void)gcc_data;
	(void)user_data;
	if (!unit)
		return;
	unit_key(key, sizeof(key));
	lr_unit_set_key(unit, key);
	lr_unit_analyse(unit, emit, NULL);
	err = lr_unit_db_error(unit);
	if (err)
		error("lockrules: %s", err);
	lr_unit_write_stats(unit, options, main_input_filename);
	lr_unit_free(unit);
	unit = NULL;
}

static unsigned int lockrules_execute(void)
{
	if (unit)
		lr_gimple_translate(unit);
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

/* Each declaration as the parser finishes it: initializers that store functions. */
static void finish_decl(void *gcc_data, void *user_data)
{
	(void)user_data;
	lr_gimple_initializer(unit, (tree)gcc_data);
}

int plugin_init(struct plugin_name_args *info, struct plugin_gcc_version *version)
{
	char prefix[128], msg[1024];
	int i, n;
	struct register_pass_info pass_info;

	if (!plugin_default_version_check(version, &gcc_version)) {
		error("lockrules: this plugin was built for GCC %s (%s), not for this compiler; "
		      "rebuild it against this compiler's plugin headers",
		      gcc_version.basever, gcc_version.configuration_arguments ?
		      "another configuration" : "?");
		return 1;
	}
	snprintf(prefix, sizeof(prefix), "-fplugin-arg-%s-", info->base_name);
	n = snprintf(lockrules_help, sizeof(lockrules_help), "lockrules: check Linux mm lock rules\n");
	lr_options_help(prefix, lockrules_help + n, sizeof(lockrules_help) - n);
	options = lr_options_new(prefix);
	for (i = 0; i < info->argc; i++) {
		switch (lr_options_set(options, info->argv[i].key, info->argv[i].value, msg,
				       sizeof(msg))) {
		case LR_OPT_OK:
			break;
		case LR_OPT_UNKNOWN:
			error("lockrules: %s\n%s", msg, lockrules_help);
			return 1;
		default:
			error("lockrules: %s", msg);
			return 1;
		}
	}
	switch (lr_options_load(options, msg, sizeof(msg))) {
	case LR_OPT_OK:
		break;
	case LR_OPT_MALFORMED_PACK:
		/* already "file:line:col: error: ..." */
		fprintf(stderr, "%s\n", msg);
		error("lockrules: the rule file is malformed");
		return 1;
	case LR_OPT_ERROR:
	case LR_OPT_UNKNOWN:
		error("lockrules: %s", msg);
		return 1;
	}
	unit = lr_unit_new(options);

	register_callback(info->base_name, PLUGIN_INFO, NULL, &lockrules_info);
	pass_info.pass = new lockrules_pass(g);
	pass_info.reference_pass_name = "ssa";
	pass_info.ref_pass_instance_number = 1;
	pass_info.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass_info);
	register_callback(info->base_name, PLUGIN_FINISH_UNIT, finish_unit, NULL);
	register_callback(info->base_name, PLUGIN_FINISH_DECL, finish_decl, NULL);
	return 0;
}
